"""``python -m proofs.coverage locate PAPER "QUOTE"``, ``locate --claim ID`` or ``locate --unlocated``: where a quote is
printed.

Prints each line range of the paper's text (``../shared/papers/``) where the quote occurs, one per line, in the
form a claim's ``location`` takes (``L120-L124``); exit status 1 when the quote is not found (then quote the
paper's sentence verbatim: case, spaces and hyphens do not matter; ``[...]`` elides text).  ``--unlocated`` does it
for every claim of the ledger without a location: one line ``ID LOCATION ...`` each (``?`` when not found).
"""

from __future__ import annotations

import argparse
import sys

from proofs.coverage.texts import find_quote


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m proofs.coverage", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("locate", help="print the line ranges where a quote is printed")
    p.add_argument("paper", nargs="?", help="paper key (from ../shared/papers/INDEX.md)")
    p.add_argument("quote", nargs="?", help="the sentence, quoted verbatim")
    p.add_argument("--claim", metavar="ID", help="locate this claim's source in its paper")
    p.add_argument("--unlocated", action="store_true", help="locate every claim that has no location yet")
    args = parser.parse_args(argv)
    try:
        if args.unlocated:
            return _unlocated()
        if args.claim:
            from proofs.ledger.registry import get

            claim = get(args.claim)
            paper, quote = claim.paper, claim.source
        elif args.paper and args.quote:
            paper, quote = args.paper, args.quote
        else:
            parser.error("give PAPER and QUOTE, or --claim ID")
        found = find_quote(paper, quote)
    except (ValueError, FileNotFoundError) as exc:
        print(f"python -m proofs.coverage locate: {exc}", file=sys.stderr)
        return 2
    if not found:
        print(f"not found in {paper}: quote the paper's sentence verbatim (case, spaces and hyphens do not matter; "
              f"[...] elides text)", file=sys.stderr)
        return 1
    for loc in found:
        print(loc)
    if len(found) > 1:
        print(f"{len(found)} places: pick the one of the statement (the first line of each is the quote's start)",
              file=sys.stderr)
    return 0


def _unlocated() -> int:
    from proofs.ledger.registry import claims

    status = 0
    for claim in claims():
        if claim.location:
            continue
        found = find_quote(claim.paper, claim.source)
        status = status or (0 if len(found) == 1 else 1)
        print(f"{claim.id} {' '.join(found) or '?'}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
