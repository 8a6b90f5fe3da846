"""``dlnproof critical-counts`` on the smallest cases."""

import json

from proofs.cli.main import main


def test_critical_counts_json(capsys):
    assert main(["critical-counts", "--max-count", "17", "--backend", "sympy", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["dims"], r["count"], r["count_status"], r["verified"]) for r in rows] == [
        ([1, 3, 1], 13, "certified", True), ([1, 1, 1, 1], 17, "certified", True)]
    assert rows[0]["published"] == 13
