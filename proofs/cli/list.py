"""``dlnproof list [--paper KEY] [--label LABEL] [--status S] [--finding F] [--json]``: the ledger's claims.

One line per claim from the claims' data (nothing is run): id, paper, label, recorded status with the kind of a
finding.  ``dlnproof show ID`` explains one claim; ``dlnproof check`` reruns them.
"""

from __future__ import annotations

import json

from proofs.ledger import registry as ledger

__all__ = ["add_arguments", "run"]


def add_arguments(parser):
    parser.add_argument("--paper", metavar="KEY", help="only this paper's claims")
    parser.add_argument("--label", metavar="LABEL", help='only the claims with this printed label ("Theorem 12")')
    parser.add_argument("--status", help="confirmed, refuted or inconclusive")
    parser.add_argument("--finding", help="error, misprint, extraction or gap")
    parser.add_argument("--json", action="store_true", help="print the claims' data as JSON")


def run(args) -> int:
    chosen = ledger.select(paper=args.paper, label=args.label, status=args.status, finding=args.finding)
    if args.json:
        print(json.dumps([c.to_json() for c in chosen], indent=2, ensure_ascii=False))
        return 0
    width = max((len(c.id) for c in chosen), default=2)
    for c in chosen:
        print(f"{c.id:<{width}}  {c.paper:<24}  {c.label:<22}  {c.recorded_text}")
    print(f"{len(chosen)} claims")
    return 0
