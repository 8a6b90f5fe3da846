"""``dlnproof report [--check] [--out PATH]``: write ``LEDGER.md`` (or check the committed one is current).

The report is :func:`proofs.ledger.report.ledger_markdown` of the ledger's claims: recorded statuses, findings and their
kinds, readings, links to the notebooks.  ``--check`` exits 1 with one line on stderr when the file differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from proofs.ledger import registry as ledger
from proofs.ledger.report import REPORT_PATH, ledger_markdown

__all__ = ["add_arguments", "run"]


def add_arguments(parser):
    root = Path(__file__).resolve().parents[2]
    parser.add_argument("--out", metavar="PATH", default=str(root / REPORT_PATH), help="where to write (default: "
                        "LEDGER.md at the repository root)")
    parser.add_argument("--check", action="store_true", help="compare with the file instead of writing it")


def run(args) -> int:
    text = ledger_markdown(ledger.claims()) + "\n"
    path = Path(args.out)
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            print(f"dlnproof report: {path} is stale; run `dlnproof report` to regenerate it", file=sys.stderr)
            return 1
        print(f"{path}: current")
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0
