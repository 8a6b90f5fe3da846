"""Refutations certify their premises: a witness that violates a premise is rejected, claim by claim.

Each test takes a refuted claim's quick certificate, checks that it verifies with its finding, then changes
the witness so that a hypothesis of the claim fails (in every part that states it, so the parts still speak
of one point) and checks that the separate checker rejects it, naming a premise.
"""

from __future__ import annotations

import copy

import pytest

from proofs.ledger import registry as ledger
from proofs.ledger.claim import FINDINGS
from symbolic.checker.bundle import verify


def _outcome(claim_id):
    outcome = ledger.run_claim(ledger.get(claim_id), quick=True)
    assert outcome.certificate_ok is True
    return outcome


def _replace_everywhere(value, key, new):
    """A copy of JSON data with every value under ``key`` replaced by ``new``."""
    if isinstance(value, dict):
        return {k: (copy.deepcopy(new) if k == key else _replace_everywhere(v, key, new)) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_everywhere(v, key, new) for v in value]
    return value


def test_every_recorded_refutation_has_a_finding_and_premises():
    for claim in ledger.claims():
        if claim.recorded != "refuted":
            continue
        outcome = ledger.run_claim(claim, quick=True)
        assert outcome.finding in FINDINGS and outcome.finding == claim.recorded_finding, claim.id
        assert outcome.certificate["kind"] == "refutation" and outcome.certificate["premises"], claim.id
        assert outcome.certificate_ok is True, claim.id
        if outcome.finding == "misprint":
            corrected = ledger.get(outcome.corrected_by)
            assert corrected.recorded == "confirmed" and claim.id != corrected.id


def test_misprint_of_remark_notation_links_its_corrected_statement():
    outcome = _outcome("critical_conditions_eq_of_remark_notation")
    assert (outcome.finding, outcome.corrected_by) == ("misprint", "critical_conditions_eq_of_eq5_notation")
    assert _outcome("critical_conditions_eq_of_eq5_notation").status == "confirmed"


def test_remark_notation_rejects_a_shallow_network():
    cert = _outcome("critical_conditions_eq_of_remark_notation").certificate
    bad = copy.deepcopy(cert)
    (name, facts), = bad["premises"].items()
    facts["data"]["dims"] = [2, 2, 2]  # L = 2: no k with 2 <= k <= L - 1
    ok, reason = verify(bad)
    assert not ok and reason.startswith("premise")


def test_case_three_bound_rejects_wide_output():
    cert = _outcome("rank_ge_min_width_input_of_case_three_induction").certificate
    assert cert["witness"] == {"dims": [3, 3, 3, 2]}
    bad = copy.deepcopy(cert)
    fact_part = bad["premises"]["d_y < min(p, d_x), p the narrowest hidden width"]
    fact_part["data"]["dims"] = [3, 3, 3, 3]  # d_y = min(p, d_x): the hypothesis of the finding fails
    ok, reason = verify(bad)
    assert not ok and "premise" in reason and "d_y < min(p, d_x)" in reason


@pytest.mark.parametrize("claim_id", ["local_min_not_global_of_narrow_pair_construction",
                                      "local_min_not_global_of_three_layer_example"])
def test_theorem12_rejects_full_rank_output(claim_id):
    outcome = _outcome(claim_id)
    assert outcome.finding == ("gap" if "construction" in claim_id else "error")
    cert = outcome.certificate
    Y = cert["witness"]["Y"]
    full = [[str(int(i == j)) for j in range(len(Y[0]))] for i in range(len(Y))]
    ok, reason = verify(_replace_everywhere(cert, "Y", full))  # Y = I is not rank deficient
    assert not ok and reason.startswith("premise")


def test_theorem12_on_the_critical_set_rejects_data_or_dims_outside_its_hypotheses():
    outcome = _outcome("local_min_not_global_on_critical_set_of_narrow_pair_construction")
    assert (outcome.finding, outcome.scope_kind) == ("gap", "critical_set")
    cert = outcome.certificate
    assert cert["witness"]["dims"] == [2, 1, 1, 2] and set(cert["further"]) == {"dims (3, 1, 1, 3)"}
    Y = cert["witness"]["Y"]
    full = [[str(int(i == j)) for j in range(len(Y[0]))] for i in range(len(Y))]
    ok, reason = verify(_replace_everywhere(cert, "Y", full))  # Y = I is not the construction's rank-one Y
    assert not ok and reason.startswith("premise")
    bad = copy.deepcopy(cert)
    (part,) = bad["premises"].values()
    part["hypotheses"] = ["wide_pair"]  # the other part of Theorem 12: d_(p2*) >= min(d_h, d_0) fails here
    ok, reason = verify(bad)
    assert not ok and reason.startswith("premise") and "d_(p2*) = 1 is below" in reason


def test_theorem12_rejects_a_point_that_is_not_the_construction():
    cert = _outcome("local_min_not_global_of_narrow_pair_construction").certificate
    weights = copy.deepcopy(cert["witness"]["weights"])
    weights[0][0][0] = "2"  # W1 is no longer a partial identity; rank facts still hold, the data no longer match
    ok, reason = verify(_replace_everywhere(cert, "weights", weights))
    assert not ok


def test_linear_rate_rejects_a_pair_of_full_product_rank():
    outcome = _outcome("linear_rate_of_locally_open_pair")
    assert outcome.finding == "extraction" and "O(epsilon^2)" in outcome.details
    cert = copy.deepcopy(outcome.certificate)
    W1 = [["1", "0"], ["0", "1"], ["0", "0"]]
    W2 = [["1", "0", "0"], ["0", "1", "0"]]
    part = cert["premises"]["rank W1 W2 < k"]
    part["data"] = {"W1": W1, "W2": W2}  # rank W1 W2 = k = 2
    cert["witness"] = {"W1": W1, "W2": W2}
    ok, reason = verify(cert)
    assert not ok and reason.startswith("premise")


def test_printed_subdifferential_rejects_a_vector_outside_the_printed_set():
    outcome = _outcome("subdifferential_eq_printed_set_at_origin_of_nonsmooth_loss")
    assert outcome.corrected_by == "subdifferential_eq_segment_at_origin_of_nonsmooth_loss"
    # (2, 0) is no subgradient either, but it is not in the printed set: the premise fails
    ok, reason = verify(_replace_everywhere(outcome.certificate, "g", [["2", "0"]]))
    assert not ok and reason.startswith("premise")


def test_pbar_range_rejects_a_point_with_an_indefinite_hessian():
    from proofs.papers.kawaguchi_2016.landscape import classified

    outcome = _outcome("pbar_mem_one_to_min_of_rank_c")
    assert outcome.corrected_by == "pbar_mem_zero_to_min_of_rank_c"
    # the seeded point W1 = W2 = 0 of the same network also has rank(C) = 0, but an indefinite Hessian: Lemma 4.6's
    # hypothesis (and so the premise) fails
    label, problem, result, _ = next(p for p in classified((2, 2, 2, 2)) if p[0] == "W1 = W2 = 0, others seeded")
    cert = copy.deepcopy(outcome.certificate)
    (_, premise), = cert["premises"].items()
    premise["problem"], premise["result"] = problem, {k: v for k, v in result.items() if k not in ("seconds", "evidence")}
    ok, reason = verify(_replace_everywhere(cert, "weights", problem["weights"]))
    assert not ok and reason.startswith("premise")
