"""The claim data model: validation of claims and outcomes, and the quoted sources."""

import re
from pathlib import Path

import pytest

from proofs.ledger.claim import KINDS, PAPERS, Claim, Outcome, check_jsonable
from proofs.ledger.registry import claims

PAPERS_DIR = Path(__file__).resolve().parents[4] / "shared" / "papers"
PAPER_FILES = {"laurent-vonbrecht-2018": "000_4367757eb57ce04b.txt", "kawaguchi-2016": "001_1bd2be605ca711cd.txt",
               "nouiehed-razaviyayn-2018": "002_0e8b425a7303cc6d.txt", "zhou-liang-2018": "003_c2e26b3dede09de9.txt",
               "zhang-2019": "004_57643b188c200552.txt"}


def _ok(quick):
    return Outcome("confirmed", "trivially", {"kind": "identity_sweep"})


def _claim(**kw):
    base = dict(id="one_eq_one", paper="zhang-2019", label="Example 0", kind="example", statement="$1 = 1$",
                source="one equals one", check=_ok, recorded="confirmed")
    return Claim(**(base | kw))


def test_defaults():
    c = _claim()
    assert c.notebook == "notebooks/zhang-2019/one_eq_one.ipynb"
    assert c.uses == () and c.cells == ()
    assert c.run(True).status == "confirmed"
    assert c.to_json()["uses"] == []


def test_uses_list_becomes_tuple():
    assert _claim(uses=["a_of_b"]).uses == ("a_of_b",)


@pytest.mark.parametrize("field, value, message", [
    ("id", "OneEqOne", "snake_case"),
    ("id", "one__eq", "snake_case"),
    ("id", "hessian_eq_v2", "versioned"),
    ("paper", "kawaguchi-2017", "unknown paper key"),
    ("kind", "fact", "kind"),
    ("recorded", "proved", "recorded status"),
    ("statement", " ", "statement"),
    ("source", "", "source"),
    ("notebook", "elsewhere/x.ipynb", "notebook"),
])
def test_invalid_claims(field, value, message):
    with pytest.raises(ValueError, match=message):
        _claim(**{field: value})


def test_uses_must_be_ids():
    with pytest.raises(TypeError, match="uses"):
        _claim(uses="a_of_b")
    with pytest.raises(TypeError, match="cells"):
        _claim(cells="print(1)")
    with pytest.raises(TypeError, match="callable"):
        _claim(check=None)


def test_check_must_return_an_outcome():
    with pytest.raises(TypeError, match="not an Outcome"):
        _claim(check=lambda quick: "confirmed").run(True)


def test_outcome_validation():
    with pytest.raises(ValueError, match="status"):
        Outcome("true", "scope")
    with pytest.raises(ValueError, match="scope"):
        Outcome("confirmed", "")
    with pytest.raises(TypeError, match="kind"):
        Outcome("confirmed", "s", {"dims": []})
    with pytest.raises(TypeError, match="float"):
        Outcome("confirmed", "s", {"kind": "x", "value": 0.25})
    o = Outcome("refuted", "s", {"kind": "x"})
    assert o.certificate_ok is None and o.with_certificate_ok(False).certificate_ok is False
    assert o.to_json()["status"] == "refuted"


def test_check_jsonable():
    check_jsonable({"a": [1, "2/3", None, {"b": False}]})
    with pytest.raises(TypeError, match="JSON keys"):
        check_jsonable({1: 2})
    with pytest.raises(TypeError, match="set"):
        check_jsonable({"a": {1, 2}})


def test_kinds_and_papers():
    assert "counterexample" in KINDS and "conjecture" in KINDS
    assert set(PAPER_FILES) == set(PAPERS)


def _normalize(text):
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.skipif(not PAPERS_DIR.exists(), reason="the papers' text is not next to the repository")
@pytest.mark.parametrize("claim", claims(), ids=lambda c: c.id)
def test_source_is_quoted_from_the_paper(claim):
    text = _normalize((PAPERS_DIR / PAPER_FILES[claim.paper]).read_text())
    for fragment in claim.source.split("[...]"):
        assert _normalize(fragment) in text, fragment
    assert claim.label in text


@pytest.mark.parametrize("claim", claims(), ids=lambda c: c.id)
def test_statement_latex_has_single_backslashes(claim):
    # a doubled backslash in LaTeX is a line break: "\\ne" would render as a break and "ne"
    assert "\\\\" not in claim.statement
