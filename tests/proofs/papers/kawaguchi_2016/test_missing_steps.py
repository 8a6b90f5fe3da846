"""Kawaguchi, the Case III reduction of Theorem 2.3 (ii): outcome and rejected forgeries."""

from __future__ import annotations

import copy

from proofs.ledger.registry import get, run_claim
from symbolic.checker.bundle import verify

CID = "global_min_of_psd_hessian_case_three_full_rank_c"


def test_quick_outcome_is_confirmed_and_certified():
    outcome = run_claim(get(CID), quick=True)
    assert outcome.status == "confirmed" == get(CID).recorded
    assert outcome.certificate_ok is True
    assert outcome.scope_kind == "sampled"


def test_forged_case_three_rank_is_rejected():
    cert = copy.deepcopy(get(CID).check(True).certificate)
    point = next(iter(cert["parts"].values()))
    facts = point["parts"]["Case III ranks"]
    facts["data"]["weights"][1] = [["1", "0"], ["0", "1"]]  # W_2 of full rank p: not Case III
    assert verify(cert)[0] is False


def test_forged_global_min_is_rejected():
    cert = copy.deepcopy(get(CID).check(True).certificate)
    point = next(iter(cert["parts"].values()))
    part = next(v for k, v in point["parts"].items() if k.startswith("critical"))
    part["problem"]["weights"][0][0][0] = "5"  # off the least-squares solution: not critical
    assert verify(cert)[0] is False
