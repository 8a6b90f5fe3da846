"""``dlnproof show ID|LABEL [--full] [--json]``: one claim explained.

Prints the statement, the paper's sentence, the reading (the conventions the check assumes), uses and used-by,
the notebook path, then runs the check (quick scope unless ``--full``) and the separate checker and prints the
outcome, the finding of a refutation, the scope, the details and a summary of the certificate.  A label such as
``"Proposition 7"`` shows every claim with that label.
"""

from __future__ import annotations

import json
import textwrap

from proofs.ledger import registry as ledger
from proofs.ledger.report import certificate_summary

__all__ = ["add_arguments", "run"]


def add_arguments(parser):
    parser.add_argument("what", metavar="ID|LABEL", help='a claim id, or a printed label such as "Proposition 7"')
    parser.add_argument("--full", action="store_true", help="run the full scope (default: quick)")
    parser.add_argument("--json", action="store_true", help="print JSON (with the whole certificate)")


def _wrap(label: str, text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=100, initial_indent=f"{label}: ", subsequent_indent="  ")


def run(args) -> int:
    try:
        chosen = (ledger.get(args.what),)
    except ValueError as unknown_id:
        try:
            chosen = ledger.select(label=args.what)
        except ValueError:
            raise unknown_id from None
    rows = []
    for claim in chosen:
        outcome = ledger.run_claim(claim, quick=not args.full)
        if args.json:
            rows.append({**claim.to_json(), "used_by": list(ledger.used_by(claim.id)), **outcome.to_json()})
            continue
        status = f"{outcome.status} ({outcome.finding})" if outcome.finding else outcome.status
        print(f"{claim.id}  [{claim.paper}, {claim.label}, {claim.kind}]")
        for label, text in (("statement", claim.statement), ("paper's text", claim.source),
                            ("printed at", f"{claim.location} of {claim.paper}" if claim.location else ""),
                            ("reading", claim.full_reading),
                            ("uses", ", ".join(claim.uses) or "none"),
                            ("used by", ", ".join(ledger.used_by(claim.id)) or "none"),
                            ("notebook", claim.notebook),
                            (f"outcome ({'full' if args.full else 'quick'} scope)", status),
                            ("corrected by", outcome.corrected_by), ("scope kind", outcome.scope_kind or ""),
                            ("scope", outcome.scope), ("details", outcome.details),
                            ("certificate re-verified", str(outcome.certificate_ok))):
            if text:
                print(_wrap(label, text))
        print("certificate:")
        for line in certificate_summary(outcome.certificate):
            print("  " + line)
        print()
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    return 0
