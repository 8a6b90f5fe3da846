"""``dlnproof coverage``: rows, summaries, the missing filter, JSON, Markdown, bad input."""

import json

from proofs.cli import main
from proofs.coverage.table import coverage_rows, summary, summary_markdown
from proofs.ledger.registry import claims


def test_one_paper_prints_its_rows_and_summary(capsys):
    assert main(["coverage", "--paper", "zhang-2019"]) == 0
    out = capsys.readouterr().out
    n = summary(coverage_rows("zhang-2019", claims()))
    assert out.startswith("zhang-2019")
    assert "Theorem 1" in out and "no_spurious_local_min_iff_two_layer_of_bottleneck" in out
    assert ("MISSING: " in out) == (n["missing"] > 0) and "excluded (definition)" in out
    assert (f"{n['statements']} statements: {n['covered']} covered, {n['excluded']} excluded, "
            f"{n['missing']} missing") in out
    assert "all papers" not in out


def test_missing_shows_only_missing_rows(capsys):
    assert main(["coverage", "--missing"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  ") and " L" in line
            and "statements:" not in line]
    total = sum(summary(coverage_rows(p, claims()))["missing"] for p in
                ("laurent-vonbrecht-2018", "kawaguchi-2016", "nouiehed-razaviyayn-2018", "zhou-liang-2018",
                 "zhang-2019"))
    assert len(rows) == total and all("MISSING: " in line for line in rows)


def test_json_and_markdown(capsys):
    assert main(["coverage", "--json", "--paper", "kawaguchi-2016"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["paper"] for d in data] == ["kawaguchi-2016"]
    assert data[0]["summary"]["statements"] == len(data[0]["rows"])
    assert {"label", "lines", "says", "status", "claims", "reason"} <= set(data[0]["rows"][0])
    assert main(["coverage", "--markdown"]) == 0
    assert capsys.readouterr().out == summary_markdown(claims()) + "\n"


def test_unknown_paper_is_an_input_error(capsys):
    assert main(["coverage", "--paper", "kawaguchi"]) == 2
    assert "unknown paper key 'kawaguchi'" in capsys.readouterr().err


def test_list_json_carries_the_location(capsys):
    assert main(["list", "--paper", "zhang-2019", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["location"] and r["location"].startswith("L") for r in rows)
