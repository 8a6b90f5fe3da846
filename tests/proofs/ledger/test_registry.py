"""One test per claim (quick scope; full scope under slow), and the ledger's validation."""

import importlib
import pkgutil

import pytest

from proofs.ledger import registry as ledger
from proofs.ledger.claim import Claim, Outcome

from tests.proofs.ledger import golden

CLAIMS = ledger.claims()
GOLDEN_QUICK, GOLDEN_FULL = golden.load("quick"), golden.load("full")


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda c: c.id)
def test_claim_quick(claim):
    outcome = ledger.run_claim(claim, quick=True)
    assert outcome.certificate_ok is True or (outcome.status == "inconclusive" and outcome.certificate is None)
    assert outcome.status == claim.recorded
    assert (outcome.finding or "") == claim.recorded_finding
    assert golden.digest(outcome) == GOLDEN_QUICK.get(claim.id), "changed certificate: see tests/proofs/ledger/golden.py"


@pytest.mark.slow
@pytest.mark.parametrize("claim", CLAIMS, ids=lambda c: c.id)
def test_claim_full(claim, cpu_hog):
    # the full-scope golden run doubles as the loaded-machine test (issue 19): a CPU hog runs beside it, and the
    # statuses, findings and certificates must still be the golden ones (searches count work, never seconds)
    assert cpu_hog.is_alive()
    outcome = ledger.run_claim(claim, quick=False)
    assert outcome.certificate_ok is True or (outcome.status == "inconclusive" and outcome.certificate is None)
    assert outcome.status == claim.recorded
    assert (outcome.finding or "") == claim.recorded_finding
    assert golden.digest(outcome) == GOLDEN_FULL.get(claim.id), "changed certificate: see tests/proofs/ledger/golden.py"


def test_ledger_order_is_deterministic():
    assert [c.id for c in ledger.claims()] == [c.id for c in ledger.validate(
        c for name in ledger.MODULES for c in importlib.import_module(name).CLAIMS)]
    assert ledger.claims()[0].id == "gradient_eq_closed_form_of_differentiable_loss"


def _claims_modules():
    """Every module of a paper package that defines CLAIMS (the claims as data)."""
    for name in ledger.MODULES:
        package = importlib.import_module(name)
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{name}.{info.name}")
            if isinstance(getattr(module, "CLAIMS", None), tuple):
                yield module


@pytest.mark.parametrize("module", list(_claims_modules()), ids=lambda m: m.__name__)
def test_module_header(module):
    doc = module.__doc__
    assert "Main results" in doc and "References" in doc
    for c in module.CLAIMS:
        assert f"``{c.id}``" in doc
        assert f'``{c.paper}``, "{c.label}"' in doc


def test_paper_packages_hold_every_claim_once():
    found = [c.id for m in _claims_modules() for c in m.CLAIMS]
    assert sorted(found) == sorted(c.id for c in ledger.claims())


def _c(cid, uses=(), paper="zhang-2019"):
    return Claim(id=cid, paper=paper, label="Lemma 1", kind="lemma", statement="s", source="s",
                 check=lambda quick: Outcome("inconclusive", "nothing"), recorded="inconclusive", uses=uses)


def test_validate_rejects_duplicates_unknown_uses_and_cycles():
    with pytest.raises(ValueError, match="appears twice"):
        ledger.validate([_c("a"), _c("a")])
    with pytest.raises(ValueError, match="not in the ledger"):
        ledger.validate([_c("a", ("b",))])
    with pytest.raises(ValueError, match="cycle: a -> b -> a"):
        ledger.validate([_c("a", ("b",)), _c("b", ("a",))])
    with pytest.raises(ValueError, match="cycle"):
        ledger.validate([_c("a", ("a",))])
    assert ledger.topological_order([_c("a", ("b",)), _c("b")]) == ["b", "a"]


def test_select_and_get():
    chosen = ledger.select(paper="kawaguchi-2016")
    assert chosen and {c.paper for c in chosen} == {"kawaguchi-2016"}
    assert [c.id for c in chosen] == [c.id for c in ledger.claims() if c.paper == "kawaguchi-2016"]
    assert all(c.paper == "zhou-liang-2018" for c in ledger.select(paper="zhou-liang-2018"))
    with pytest.raises(ValueError, match="unknown claim id"):
        ledger.get("no_such_claim")
    with pytest.raises(ValueError, match="unknown paper key"):
        ledger.select(paper="kawaguchi")


def test_run_claim_without_certificate():
    out = ledger.run_claim(_c("a"), quick=True)
    assert out.status == "inconclusive" and out.certificate_ok is None
    bare = Claim(id="b", paper="zhang-2019", label="Lemma 1", kind="lemma", statement="s", source="s",
                 check=lambda quick: Outcome("confirmed", "s"), recorded="confirmed")
    assert ledger.run_claim(bare).certificate_ok is False


def test_deadline_is_an_error_that_says_so_never_a_verdict():
    from symbolic.landscape.classify import classify_network

    def check(quick):  # a classification whose safety deadline has already passed
        result = classify_network([1, 1, 1], [[1]], [[[0]], [[0]]], seconds=1e-12)
        return Outcome("inconclusive" if result.verdict == "inconclusive" else "confirmed", "s")

    assert classify_network([1, 1, 1], [[1]], [[[0]], [[0]]], seconds=1e-12).verdict == "inconclusive"  # alone
    claim = Claim(id="d", paper="zhang-2019", label="Lemma 1", kind="lemma", statement="s", source="s", check=check,
                  recorded="confirmed")
    with pytest.raises(RuntimeError, match="safety deadline.*no verdict"):
        ledger.run_claim(claim)


def test_unknown_certificate_kind():
    with pytest.raises(ValueError, match="no checker"):
        ledger.verify_certificate({"kind": "telepathy"})
