"""Nouiehed-Razaviyayn Sections 2-4 and Appendix C's condition: outcomes, premises, and rejected forgeries."""

from __future__ import annotations

import copy

import pytest

from proofs.ledger.registry import get, run_claim
from proofs.papers.nouiehed_razaviyayn_2018.framework import (LOGISTIC_WITNESSES, _logistic_refutation,
                                                              low_rank_target_point,
                                                              observation1_necessity_certificate)
from symbolic.checker.bundle import verify
from symbolic.checker.logistic_image import logistic_forward

EXPECTED = {
    "locally_open_in_range_not_in_full_space_example": ("confirmed", None),
    "open_stronger_than_locally_open": ("confirmed", None),
    "kernel_conditions_not_equivalent_of_wide_case": ("confirmed", None),
    "locally_open_of_unequal_ranks_of_wide_case": ("confirmed", None),
    "locally_open_of_full_rank_factors": ("confirmed", None),
    "not_locally_open_of_one_full_rank_factor": ("confirmed", None),
    "image_convex_of_full_column_rank_monotone": ("refuted", "error"),
    "local_min_of_auxiliary_fails_of_not_locally_open": ("confirmed", None),
    "local_min_is_global_of_full_rank_target": ("confirmed", None),
    "global_value_eq_of_auxiliary": ("confirmed", None),
    "local_min_not_global_of_low_rank_target": ("refuted", "gap"),
}


@pytest.mark.parametrize("cid", sorted(EXPECTED))
def test_quick_outcome_is_certified(cid):
    claim = get(cid)
    outcome = run_claim(claim, quick=True)
    status, finding = EXPECTED[cid]
    assert outcome.status == status == claim.recorded
    assert outcome.finding == finding
    assert outcome.certificate_ok is True
    assert outcome.scope_kind == "sampled"
    assert claim.reading


@pytest.mark.parametrize("w", LOGISTIC_WITNESSES, ids=lambda w: str(w[0]))
def test_each_logistic_witness_is_a_certified_refutation(w):
    assert verify(_logistic_refutation(*w))[0] is True


def test_logistic_witness_values_recomputed():
    dims, X, base, members, point = LOGISTIC_WITNESSES[0]
    assert dims == (3, 1, 1) and len(X[0]) == 2
    for weights, out in members:
        assert [[str(v) for v in row] for row in logistic_forward(X, weights, base)] == out
    assert point == [["23/40", "17/40"]]


def test_logistic_premises_reject_a_rank_deficient_x():
    dims, X, base, members, point = LOGISTIC_WITNESSES[0]
    bad = [["1", "1"], ["1", "1"], ["0", "0"]]
    ok, why = verify(_logistic_refutation(dims, bad, base, members, point))
    assert ok is False  # rank X = 1 < 2 columns (and the members' outputs change)


def test_logistic_refutation_rejects_premises_about_another_x():
    dims, X, base, members, point = LOGISTIC_WITNESSES[0]
    cert = copy.deepcopy(_logistic_refutation(dims, X, base, members, point))
    premise = next(iter(cert["premises"].values()))
    premise["data"]["X"] = [["2", "0"], ["0", "1"], ["0", "0"]]
    ok, why = verify(cert)
    assert ok is False and "another point" in why


def test_logistic_premises_reject_a_non_pyramidal_width():
    dims, X, base, members, point = LOGISTIC_WITNESSES[0]
    cert = copy.deepcopy(_logistic_refutation(dims, X, base, members, point))
    cert["premises"] = {name: dict(p, data=dict(p["data"], dims=[3, 4, 1])) for name, p in cert["premises"].items()}
    cert["witness"]["dims"] = [3, 4, 1]
    for part in cert["negation"].values():
        part["dims"] = [3, 4, 1]
    assert verify(cert)[0] is False


def test_low_rank_target_meets_the_condition():
    p = low_rank_target_point((4, 1, 1, 4), ("1", "2", "3"))
    assert p["Y"][1][1:] == ["1", "0", "0"] and p["Y"][3][3] == "3"
    assert p["weights"][1] == [["0"]]


def test_low_rank_premises_reject_a_y_of_too_high_rank():
    outcome = run_claim(get("local_min_not_global_of_low_rank_target"), quick=True)
    cert = copy.deepcopy(outcome.certificate)
    Y = cert["witness"]["Y"]
    Y[0][0] = "5"  # rank 3 > min(d_h - d_p2, d_0 - d_p1) = 2, and inside C(Z3)

    def _set(value):
        if isinstance(value, dict):
            for k, v in value.items():
                if k == "Y":
                    value[k] = Y
                else:
                    _set(v)
        elif isinstance(value, list):
            for v in value:
                _set(v)
    _set(cert["premises"])
    _set(cert["negation"])
    cert.pop("further", None)
    assert verify(cert)[0] is False


@pytest.mark.parametrize("part, edit", [
    ("Z(t) = (t, 0)^T (1, 0) is in the range, Z(0) = 0, and l(Z(t)) = -t^2 < 0 = l(0)",
     lambda c: c["matrices"]["value"][0][0][0].__setitem__(1, "1")),            # l(Z(t)) = +t^2: not a descent
    ("W is a local minimum of l(W1 W2): g = 1 * h * c^2 >= 0 = g(W) on {h >= 0}",
     lambda c: c["target"][0].__setitem__(1, "3")),                              # another loss
    ("h = 2 b^2 - a^2 is 1 > 0 at W, so {h >= 0} is a neighbourhood of W",
     lambda c: c["matrices"]["W1"].__setitem__(1, [[[[0] * 5, "1/2"]]])),       # a point where h < 0
])
def test_observation1_necessity_rejects_forgeries(part, edit):
    cert = copy.deepcopy(observation1_necessity_certificate())
    assert verify(cert)[0] is True
    edit(cert["parts"][part])
    assert verify(cert)[0] is False


def test_full_rank_target_facts_reject_a_rank_deficient_y():
    outcome = run_claim(get("local_min_is_global_of_full_rank_target"), quick=True)
    name = next(k for k in outcome.certificate["parts"] if k.endswith("Y has full rank"))
    facts = copy.deepcopy(outcome.certificate["parts"][name])
    facts["data"]["Y"] = [["1"] * len(row) for row in facts["data"]["Y"]]
    assert verify(facts)[0] is False


def test_global_values_reject_a_bound_above_the_attained_value():
    outcome = run_claim(get("global_value_eq_of_auxiliary"), quick=True)
    part = copy.deepcopy(next(iter(outcome.certificate["parts"].values())))
    part["result"]["certificate"]["optimal_value"] = "0"  # a lower optimum than the network attains
    assert verify(part)[0] is False
