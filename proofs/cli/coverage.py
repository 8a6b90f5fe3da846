"""``dlnproof coverage [--paper KEY] [--missing] [--json] [--markdown] [--update-readme]``: which statements of the papers are checked.

Per paper, one row per numbered statement or asserted proof step (label as printed, line range of the paper's text in
``../shared/papers/``), with the claim ids that cover it, the reason it is excluded, or ``MISSING``; then a summary
line (statements, covered, excluded, missing).  ``--missing`` prints only the missing rows; ``--markdown`` prints the
counts table that the README's Coverage section holds, ``--update-readme`` rewrites it there.  No check is run.
"""

from __future__ import annotations

import json

from pathlib import Path

from proofs.coverage.table import REASONS, coverage_rows, readme_with_counts, summary, summary_markdown
from proofs.ledger import registry as ledger
from proofs.ledger.claim import PAPERS

__all__ = ["add_arguments", "run"]


def add_arguments(parser):
    parser.add_argument("--paper", metavar="KEY", help="only this paper")
    parser.add_argument("--missing", action="store_true", help="only the statements without a claim or a reason")
    parser.add_argument("--json", action="store_true", help="print the rows and the counts as JSON")
    parser.add_argument("--markdown", action="store_true", help="print the counts per paper as a Markdown table")
    parser.add_argument("--update-readme", action="store_true", help="rewrite the counts in README.md's Coverage "
                        "section")


def _line(n: dict) -> str:
    return f"{n['statements']} statements: {n['covered']} covered, {n['excluded']} excluded, {n['missing']} missing"


def run(args) -> int:
    if args.paper is not None and args.paper not in PAPERS:
        raise ValueError(f"unknown paper key {args.paper!r}; use one of {', '.join(PAPERS)}")
    claims = ledger.claims()
    if args.update_readme:
        path = Path(__file__).resolve().parents[2] / "README.md"
        text = path.read_text(encoding="utf-8")
        new = readme_with_counts(text, claims)
        if new != text:
            path.write_text(new, encoding="utf-8")
        print(f"{path}: {'updated' if new != text else 'current'}")
        return 0
    if args.markdown:
        print(summary_markdown(claims))
        return 0
    papers = [args.paper] if args.paper else list(PAPERS)
    tables = {p: coverage_rows(p, claims) for p in papers}
    if args.json:
        out = [{"paper": p, "summary": summary(rows),
                "rows": [r.to_json() for r in rows if not args.missing or r.status == "missing"]}
               for p, rows in tables.items()]
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    for p, rows in tables.items():
        try:
            from proofs.coverage.texts import paper_file

            print(f"{p} ({paper_file(p)})")
        except FileNotFoundError:  # the texts are not beside the repository: the line ranges still stand
            print(p)
        shown = [r for r in rows if not args.missing or r.status == "missing"]
        width = max((len(r.statement.label) for r in shown), default=5)
        for r in shown:
            s = r.statement
            if r.status == "covered":
                what = ", ".join(r.claims)
            elif r.status == "excluded":
                what = f"excluded ({s.excluded}): {s.says}"
            else:
                what = f"MISSING: {s.says}"
            print(f"  {s.label:<{width}}  {s.lines:<11}  {what}")
        print(f"  {_line(summary(rows))}")
        print()
    if len(tables) > 1:
        total = {k: sum(summary(rows)[k] for rows in tables.values())
                 for k in ("statements", "covered", "excluded", "missing")}
        print(f"all papers: {_line(total)}")
    used = {r.statement.excluded for rows in tables.values() for r in rows if r.status == "excluded"}
    if used and not args.missing:
        print("reasons:")
        for k, v in REASONS.items():
            if k in used:
                print(f"  {k}: {v}")
    return 0
