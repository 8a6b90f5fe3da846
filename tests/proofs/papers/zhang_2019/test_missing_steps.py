"""Zhang, the proof of Corollary 2 (a tower without bottleneck; the ranks at a local minimum): outcomes, forgeries."""

from __future__ import annotations

import copy

import pytest

from proofs.ledger.registry import get, run_claim
from symbolic.checker.bundle import verify

CIDS = ("local_min_is_global_of_tower_without_bottleneck", "grad_zero_or_full_rank_towers_of_local_min",
        "spurious_local_min_lifts_to_multi_tower_of_two_layer")


@pytest.mark.parametrize("cid", CIDS)
def test_quick_outcome_is_confirmed_and_certified(cid):
    outcome = run_claim(get(cid), quick=True)
    assert outcome.status == "confirmed" == get(cid).recorded
    assert outcome.certificate_ok is True
    assert outcome.scope_kind == "sampled"


def test_forged_saddle_verdict_is_rejected():
    cert = copy.deepcopy(get(CIDS[0]).check(True).certificate)
    key = next(k for k, v in cert["parts"].items() if v.get("expect") == {"verdict_in": ["saddle"]})
    cert["parts"][key]["expect"] = {"verdict_in": ["global_min"]}
    cert["parts"][key]["result"]["verdict"] = "global_min"
    assert verify(cert)[0] is False


def test_forged_rank_is_rejected():
    cert = copy.deepcopy(get(CIDS[1]).check(True).certificate)
    key = next(k for k in cert["parts"] if k.endswith("full rank"))
    cert["parts"][key]["data"]["A1"] = [["0"] for _ in cert["parts"][key]["data"]["A1"]]  # a zero A_1
    assert verify(cert)[0] is False


def test_forged_residual_is_rejected():
    cert = copy.deepcopy(get(CIDS[1]).check(True).certificate)
    key = next(k for k in cert["parts"] if k.endswith("!= 0"))
    cert["parts"][key]["matrices"]["R"] = [[[] for _ in row] for row in cert["parts"][key]["matrices"]["R"]]
    assert verify(cert)[0] is False


def test_forged_lower_tower_product_is_rejected():
    """The towers at the lower point are claimed to sum to a product other than A'B'."""
    cert = copy.deepcopy(get(CIDS[2]).check(True).certificate)
    key = next(k for k in cert["parts"] if k.startswith("the lower point"))
    cert["parts"][key]["matrices"]["T2M2"] = [[[[[], "2"]]]]  # tower 2's middle layer doubled
    assert verify(cert)[0] is False


def test_forged_lower_value_is_rejected():
    cert = copy.deepcopy(get(CIDS[2]).check(True).certificate)
    key = next(k for k in cert["parts"] if k.startswith("(A, B) is a local minimum"))
    cert["parts"][key]["result"]["certificate"]["not_global"]["value"] = "29"
    assert verify(cert)[0] is False
