"""Zhou-Liang, Section 2's "uncountable" critical set: outcome and a rejected forgery."""

from __future__ import annotations

import copy

from proofs.ledger.registry import get, run_claim
from symbolic.checker.bundle import verify

CID = "critical_points_uncountable_of_shallow_network"


def test_quick_outcome_is_confirmed_and_certified():
    outcome = run_claim(get(CID), quick=True)
    assert outcome.status == "confirmed" == get(CID).recorded
    assert outcome.certificate_ok is True
    assert outcome.scope_kind == "sampled"


def test_forged_family_is_rejected():
    cert = copy.deepcopy(get(CID).check(True).certificate)
    family = next(v for k, v in cert["parts"].items() if k.startswith("the family"))
    family["matrices"]["Ginv"][1][0] = [[[1], "1"]]  # G(t)^{-1} = I + t E_21: not an inverse
    assert verify(cert)[0] is False


def test_non_critical_point_is_rejected():
    cert = copy.deepcopy(get(CID).check(True).certificate)
    point = next(v for k, v in cert["parts"].items() if k.startswith("the point"))
    point["problem"]["weights"][0][0][0] = "1"  # A_1 moved off the critical point
    assert verify(cert)[0] is False


PROP5 = "deep_and_shallow_global_min_eq_of_bottleneck_width"


def test_proposition5_step_is_confirmed_and_certified():
    outcome = run_claim(get(PROP5), quick=True)
    assert outcome.status == "confirmed" == get(PROP5).recorded
    assert outcome.certificate_ok is True
    assert outcome.scope_kind == "sampled"


def test_forged_shallow_product_is_rejected():
    cert = copy.deepcopy(get(PROP5).check(True).certificate)
    point = next(iter(cert["parts"].values()))
    identity = next(v for k, v in point["parts"].items() if k.startswith("the same product"))
    identity["matrices"]["A"] = [[[[[], "7"]] for _ in row] for row in identity["matrices"]["A"]]  # another product
    assert verify(cert)[0] is False


DEEP_SWAP = "deep_swap_decrease_eq_half_of_non_optimal_order"


def test_deep_swap_value_is_confirmed_and_certified():
    outcome = run_claim(get(DEEP_SWAP), quick=True)
    assert outcome.status == "confirmed" == get(DEEP_SWAP).recorded
    assert outcome.certificate_ok is True
    assert outcome.scope_kind == "sampled"


def test_forged_unhalved_decrease_is_rejected():
    cert = copy.deepcopy(get(DEEP_SWAP).check(True).certificate)
    curve = next(v for k, v in cert["parts"].items() if "the proof's curve" in k)
    # claim the extracted decrease eps^2/(1 + eps^2) (sigma_i - sigma_j) instead of half of it
    curve["difference"], curve["not_equal"] = curve["not_equal"][0], [curve["difference"]]
    assert verify(cert)[0] is False


def test_forged_category_is_rejected():
    cert = copy.deepcopy(get(DEEP_SWAP).check(True).certificate)
    form = next(v for k, v in cert["parts"].items() if "non-optimal order" in k)
    step = next(s for s in form["steps"] if s.get("categories", {}).get("non_optimal"))
    step["categories"]["non_optimal"] = False  # the premise: the point is deep-non-optimal-order
    assert verify(cert)[0] is False
