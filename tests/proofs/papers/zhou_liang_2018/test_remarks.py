"""Zhou-Liang remarks (after Theorem 1, Propositions 2, 3, 5) and eq. (9): outcomes and rejected forgeries."""

from __future__ import annotations

import copy

import pytest

from proofs.ledger.registry import get, run_claim
from proofs.papers.zhou_liang_2018.remarks import cone_identity_certificate
from symbolic.checker.bundle import verify

EXPECTED = {
    "critical_of_zero_l1_form": "sampled",
    "first_layer_full_rank_of_global_min_of_baldi_hornik": "sampled",
    "no_local_max_of_nonzero_output": "sampled",
    "global_min_rank_deficient_of_case2": "sampled",
    "full_rank_layers_of_deep_global_min_of_square_invertible": "sampled",
    "relu_loss_eq_linear_piece_in_cone": "all",
}


@pytest.mark.parametrize("cid", sorted(EXPECTED))
def test_quick_outcome_is_confirmed_and_certified(cid):
    outcome = run_claim(get(cid), quick=True)
    assert outcome.status == "confirmed" == get(cid).recorded
    assert outcome.certificate_ok is True
    assert outcome.scope_kind == EXPECTED[cid]


@pytest.mark.parametrize("I, J", [([0], [0, 1]), ([0], [1]), ([], [0]), ([0], []), ([0, 1], [2])])
def test_cone_identity_every_shape(I, J):
    assert verify(cone_identity_certificate(2, 2, 2, 3, I, J))[0] is True


def test_cone_identity_rejects_a_wrong_residual():
    cert = copy.deepcopy(cone_identity_certificate(2, 1, 2, 2, [0], [1]))
    cert["matrices"]["DJ"][0][0] = [[[0] * len(cert["variables"]), "1"]]  # activate a sample outside J
    assert verify(cert)[0] is False


def test_cone_identity_rejects_a_dropped_outside_term():
    cert = copy.deepcopy(cone_identity_certificate(2, 1, 2, 2, [0], [1]))
    last = cert["equalities"][-1]
    last["right"] = last["right"][:1]  # (9) without 1/2 ||Y_(:, J^c)||^2
    assert verify(cert)[0] is False


def test_zero_l1_facts_reject_a_nonzero_l1():
    outcome = run_claim(get("critical_of_zero_l1_form"), quick=True)
    name, part = next(iter(outcome.certificate["parts"].items()))
    facts = copy.deepcopy(part["parts"]["L1 = 0 and C invertible"])
    facts["data"]["L1"][0][0] = "1"
    assert verify(facts)[0] is False


def test_baldi_hornik_facts_reject_a_singular_first_layer():
    outcome = run_claim(get("first_layer_full_rank_of_global_min_of_baldi_hornik"), quick=True)
    part = next(iter(outcome.certificate["parts"].values()))
    facts = copy.deepcopy(part["parts"]["A1 and A2 of full rank"])
    facts["data"]["weights"][0] = [["0"] * len(row) for row in facts["data"]["weights"][0]]
    assert verify(facts)[0] is False


def test_case2_facts_reject_a_full_rank_a2():
    outcome = run_claim(get("global_min_rank_deficient_of_case2"), quick=True)
    part = next(iter(outcome.certificate["parts"].values()))
    name = next(k for k in part["parts"] if k.startswith("rank A2"))
    facts = copy.deepcopy(part["parts"][name])
    A2 = facts["data"]["A2"]
    A2[0], A2[1], A2[2] = ["1", "0", "0"], ["0", "1", "0"], ["0", "0", "1"]  # rank 3 = min(d2, d1)
    assert verify(facts)[0] is False


def test_square_remark_premises_name_every_layer():
    outcome = run_claim(get("full_rank_layers_of_deep_global_min_of_square_invertible"), quick=True)
    part = next(iter(outcome.certificate["parts"].values()))
    hyp = copy.deepcopy(part["parts"]["square layers, invertible X X^T and Sigma"])
    hyp["data"]["dims"][1] += 1  # a non-square layer
    assert verify(hyp)[0] is False
