"""The coverage tables: sound against the ledger, honest about what is missing, and current in the README."""

import json
import pathlib
import re

import pytest

from proofs.coverage.table import (COVERAGE_MODULES, README_BEGIN, README_END, REASONS, Statement, coverage_rows,
                                   problems, readme_with_counts, statements, summary, summary_markdown, touched_lines)
from proofs.coverage.texts import normalize, paper_lines, papers_dir, parse_location
from proofs.ledger.claim import PAPERS, Claim, Outcome
from proofs.ledger.registry import claims

README = pathlib.Path(__file__).resolve().parents[3] / "README.md"
needs_papers = pytest.mark.skipif(not (papers_dir() / "INDEX.md").exists(),
                                  reason=f"the papers' texts are not at {papers_dir()} (put the shared papers folder "
                                         "beside the repository, or set DLNPROOF_PAPERS)")


def _claim(cid, location, source="a sentence", paper="zhang-2019"):
    return Claim(id=cid, paper=paper, label="Lemma 1", kind="lemma", statement="s", source=source,
                 check=lambda quick: Outcome("confirmed", "trivially"), recorded="confirmed", location=location)


def test_every_paper_has_a_table_and_every_claim_covers_a_statement():
    assert set(COVERAGE_MODULES) == set(PAPERS)
    assert problems(claims()) == []


def test_counts_add_up_and_statuses_follow_the_data():
    for paper in PAPERS:
        rows = coverage_rows(paper, claims())
        n = summary(rows)
        assert n["statements"] == len(rows) == n["covered"] + n["excluded"] + n["missing"]
        for r in rows:
            s = r.statement
            if r.status == "covered":
                assert r.claims and not r.reason
            elif r.status == "excluded":
                assert s.excluded in REASONS and not r.claims and r.reason == s.excluded
            else:
                assert r.status == "missing" and not s.excluded and not r.claims


def test_a_claim_located_in_a_statement_covers_it_and_a_missing_one_stays_missing():
    row = next(s for s in statements("zhang-2019") if s.label == "Proof of Corollary 2, ranks")
    first, _ = parse_location(row.lines)
    mapped = ("grad_zero_or_full_rank_towers_of_local_min",  # the row's entry
              "spurious_local_min_lifts_to_multi_tower_of_two_layer")  # Corollary 2 (iff)'s explicit entry
    base = tuple(c for c in claims() if c.id not in mapped)
    before = {r.statement.label: r.status for r in coverage_rows("zhang-2019", base)}
    assert before[row.label] == "missing"
    located = _claim("lifting_step_located", f"L{first}")
    after = {r.statement.label: r for r in coverage_rows("zhang-2019", base + (located,))}
    assert after[row.label].status == "covered" and after[row.label].claims == ("lifting_step_located",)
    # an explicit mapping whose claims are absent keeps a statement missing even where a claim's location (here the
    # L37 claims of Corollary 2) touches its lines
    assert after["Corollary 2 (iff)"].status == "missing"
    # a claim without a location covers nothing, and problems() names the command that locates it
    unlocated = _claim("unlocated_claim", "")
    assert all("unlocated_claim" not in r.claims for r in coverage_rows("zhang-2019", claims() + (unlocated,)))
    assert any("locate --claim unlocated_claim" in p for p in problems(claims() + (unlocated,)))


def test_elided_quotes_touch_only_their_ends():
    assert touched_lines(_claim("a", "L10-L40", "From here [...] to there")) == ((10, 10), (40, 40))
    assert touched_lines(_claim("a", "L10-L12")) == ((10, 12),)
    assert touched_lines(_claim("a", "")) == ()


def test_statement_refuses_bad_data():
    with pytest.raises(ValueError, match="not both"):
        Statement("Lemma 1", "L1", "x", claims=("a",), excluded="definition")
    with pytest.raises(ValueError, match="is not one of"):
        Statement("Lemma 1", "L1", "x", excluded="boring")
    with pytest.raises(ValueError, match='"L120-L124"'):
        Statement("Lemma 1", "1-2", "x")
    with pytest.raises(TypeError, match="tuple of claim ids"):
        Statement("Lemma 1", "L1", "x", claims="a")
    with pytest.raises(ValueError, match="says what it asserts"):
        Statement("Lemma 1", "L1", " ")


def test_unknown_explicit_ids_are_problems_not_coverage():
    only_zhang = tuple(c for c in claims() if c.paper == "zhang-2019")
    rows = coverage_rows("zhang-2019", only_zhang)   # Theorem 3 names a Laurent-von Brecht claim
    theorem3 = next(r for r in rows if r.statement.label == "Theorem 3")
    assert theorem3.status == "missing"
    assert any("grad_eq_zero_of_local_min_of_wide_layers" in p for p in problems(only_zhang))


@needs_papers
def test_statements_lie_in_their_papers_and_numbered_labels_are_printed_there():
    head = re.compile(r"^(Theorem|Lemma|Proposition|Corollary|Conjecture|Example|Remark|Observation|Claim|Fact) "
                      r"[0-9.]+$")
    wrong = []
    for paper in PAPERS:
        lines = paper_lines(paper)
        for s in statements(paper):
            first, last = parse_location(s.lines)
            if last > len(lines):
                wrong.append(f"{paper} {s.label}: {s.lines} is beyond the text's {len(lines)} lines")
            elif head.match(s.label) and normalize(s.label) not in normalize(" ".join(lines[first - 1:last])):
                wrong.append(f"{paper} {s.label}: the label is not printed in {s.lines}")
    assert not wrong, "\n".join(wrong)


def test_readme_counts_are_current():
    text = README.read_text(encoding="utf-8")
    assert README_BEGIN in text and README_END in text
    assert readme_with_counts(text, claims()) == text, "run `dlnproof coverage --update-readme`"


def test_readme_with_counts_replaces_only_the_block():
    text = f"intro\n{README_BEGIN}\nold table\n{README_END}\noutro\n"
    new = readme_with_counts(text, claims())
    assert new.startswith("intro\n") and new.endswith(f"{README_END}\noutro\n")
    assert summary_markdown(claims()) in new and "old table" not in new


def test_rows_are_json():
    for r in coverage_rows("kawaguchi-2016", claims()):
        json.dumps(r.to_json())
