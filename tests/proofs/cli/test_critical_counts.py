"""``dlnproof critical-counts`` on the smallest cases."""

import json

from proofs.cli.main import main


def test_critical_counts_json(capsys):
    assert main(["critical-counts", "--max-count", "17", "--backend", "sympy", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["dims"], r["count"], r["count_status"], r["verified"]) for r in rows] == [
        ([1, 3, 1], 13, "certified", True), ([1, 1, 1, 1], 17, "certified", True)]
    assert rows[0]["published"] == 13


def test_critical_counts_completeness_choice(capsys):
    assert main(["critical-counts", "--max-count", "13", "--backend", "sympy", "--completeness", "none",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["count"], r["count_status"], r["completeness"]["method"]) for r in rows] == [(13, "computed", "none")]
    assert main(["critical-counts", "--max-count", "13", "--backend", "sympy", "--completeness", "sympy"]) == 0
    out = capsys.readouterr().out
    assert "(certified)" in out and "cofactors (sympy)" in out
