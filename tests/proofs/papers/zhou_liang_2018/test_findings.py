"""Zhou-Liang Sections 2-3 refutations: each witness's premises are re-verified, and a witness that violates a
premise is rejected by the checker."""

import copy

import pytest

from proofs.ledger.registry import get, run_claim
from proofs.papers.zhou_liang_2018.findings import (categories_witness, condition6_witness, scalar_example_certificate,
                                        swap_witness)
from symbolic.checker.bundle import verify

EXPECTED = {
    "non_global_critical_in_two_categories": ("error", "", "sampled"),
    "swap_decrease_eq_of_non_optimal_order": ("extraction", "", "sampled"),
    "saddle_not_strict_of_singular_scalar_example": ("error", "", "all"),
    "condition6_of_zero_l_terms": ("error", "", "sampled"),
}


@pytest.mark.parametrize("cid", sorted(EXPECTED))
def test_quick_outcome_has_its_finding_and_a_certified_refutation(cid):
    outcome = run_claim(get(cid), quick=True)
    finding, corrected_by, scope_kind = EXPECTED[cid]
    assert outcome.status == "refuted"
    assert outcome.finding == finding and outcome.corrected_by == corrected_by
    assert outcome.scope_kind == scope_kind
    assert outcome.certificate["kind"] == "refutation"
    assert outcome.certificate_ok is True
    assert get(cid).reading


def test_corrected_decrease_is_confirmed():
    outcome = run_claim(get("swap_decrease_eq_half_of_non_optimal_order"), quick=True)
    assert outcome.status == "confirmed" and outcome.certificate_ok is True and outcome.scope_kind == "sampled"


def _set_everywhere(value, key, new):
    """``value`` with every entry stored under ``key`` (at any depth) replaced by ``new``."""
    if isinstance(value, dict):
        return {k: (new if k == key else _set_everywhere(v, key, new)) for k, v in value.items()}
    if isinstance(value, list):
        return [_set_everywhere(v, key, new) for v in value]
    return value


def test_categories_witness_rejected_when_the_point_is_not_critical():
    cert, _ = categories_witness()
    assert verify(cert)[0]
    bad = copy.deepcopy(cert)
    # A1 = 0 in every part: still the witness everywhere, but no longer critical (nor given by (1))
    bad = _set_everywhere(bad, "A1", [["0", "0", "0"], ["0", "0", "0"]])
    ok, why = verify(bad)
    assert not ok and why.startswith("premise")


def test_categories_witness_rejected_when_a_part_speaks_of_another_point():
    cert, _ = categories_witness()
    bad = copy.deepcopy(cert)
    name = next(iter(bad["premises"]))
    bad["premises"][name]["A1"] = [["1", "0", "0"], ["0", "0", "0"]]
    ok, why = verify(bad)
    assert not ok and "another point" in why


def test_swap_witness_rejected_when_the_point_is_of_optimal_order():
    from proofs.papers.zhou_liang_2018.shallow import certificate_of
    from symbolic.forms.analytical_forms import shallow_critical_point

    cert, _ = swap_witness()
    # the same stated facts (non-optimal order) at the optimal-order point p = (1, 0) (sigma_1 captured)
    F = shallow_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], 1, (1, 0))
    other = certificate_of(F, with_categories=False)
    bad = copy.deepcopy(cert)
    name = next(k for k, v in bad["premises"].items() if v["kind"] == "shallow_analytical_form")
    bad["premises"][name] = dict(other, categories=bad["premises"][name]["categories"])
    for key in ("A1", "A2"):
        bad = _set_everywhere(bad, key, other[key])
        bad["witness"][key] = other[key]
    for part in list(bad["premises"].values()) + list(bad["negation"].values()):
        if part["kind"] == "zhou_liang_swap":
            part["form"] = dict(part["form"], columns=other["columns"], A2p=other["A2p"])
    ok, why = verify(bad)
    assert not ok and why.startswith("premise") and "has categories" in why


def test_swap_witness_rejected_when_eps_is_not_the_proofs_normalization():
    cert, _ = swap_witness()
    bad = copy.deepcopy(cert)
    name = [k for k, v in bad["premises"].items() if v["kind"] == "zhou_liang_swap"][0]
    bad["premises"][name]["root"] = "1"  # rho^2 != 1 + eps^2: not the proof's unit column
    ok, why = verify(bad)
    assert not ok and "rho^2 = 1 + eps^2" in why


def test_scalar_example_rejected_when_y_is_not_zero():
    cert = scalar_example_certificate()
    # y = 1: L = (a1 a2 x - 1)^2 / 2 in every part; the printed Hessian and criticality no longer hold
    target = [[[2, 2, 2], "1/2"], [[1, 1, 1], "-1"], [[0, 0, 0], "1/2"]]
    bad = _set_everywhere(copy.deepcopy(cert), "target", target)
    bad["witness"]["target"] = target
    ok, why = verify(bad)
    assert not ok and why.startswith("premise")


def test_condition6_witness_rejected_when_the_ranks_do_not_chain():
    from proofs.papers.zhou_liang_2018.deep_forms import deep_form_certificate
    from symbolic.forms.deep_forms import deep_critical_point

    cert, _ = condition6_witness()
    assert verify(cert)[0]
    # the old witness (p(0) = (1, 1), p(1) = (1, 0): A_(3,2) of rank 2 above A_3 of rank 1) is not a proper choice
    D = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 1), (1, 0)])
    weights = deep_form_certificate(D, "critical")["weights"]
    bad = copy.deepcopy(cert)
    name = next(iter(bad["premises"]))
    bad["premises"][name]["form"] = deep_form_certificate(D, "critical")
    bad["negation"] = {"inconsistent": deep_form_certificate(D, "inconsistent")}
    bad["witness"] = {"weights": weights}
    ok, why = verify(bad)
    assert not ok and why.startswith("premise") and "rank" in why


def test_condition6_witness_rejected_with_a_nonzero_l():
    cert, _ = condition6_witness()
    bad = copy.deepcopy(cert)
    name = next(iter(bad["premises"]))
    bad["premises"][name]["form"]["steps"][0]["L1"] = [["1", "0"], ["0", "0"]]
    ok, why = verify(bad)
    assert not ok and why.startswith("premise")
