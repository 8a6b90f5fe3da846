"""Pieces of Laurent-von Brecht's proof of Theorem 3: transposition, Claim 1's loss identity, the closing family."""

import json

import pytest

from proofs.checks.classify_cache import classify_problem
from proofs.papers.laurent_vonbrecht_2018.theorem3 import (CLAIM1_INSTANCES, loss_identity_certificate, perturbed_weights,
                                 transpose_identity_certificate, transposed_problem)
from symbolic import Network, full_product
from symbolic.checker.bundle import verify


@pytest.mark.parametrize("dims", [(2, 3), (3, 1, 2), (1, 2, 2, 3)])
def test_transpose_identities_verify(dims):
    assert verify(transpose_identity_certificate(dims))[0]


def test_transpose_identities_reject_a_swapped_gradient():
    cert = json.loads(json.dumps(transpose_identity_certificate((3, 2, 2))))
    cert["equalities"][-1]["right"][0]["factors"] = ["GF1^T"]    # GG1 is GF2^T, not GF1^T
    assert not verify(cert)[0]


def test_transposed_problem_round_trip_and_refusal():
    p = {"dims": [3, 2, 2], "Y": [["1", "0", "2"], ["0", "1", "0"]],
         "weights": [[["1", "0", "0"], ["0", "1", "0"]], [["1", "2"], ["0", "1"]]], "loss": "squared"}
    t = transposed_problem(p)
    back = transposed_problem(t)
    assert back["dims"] == p["dims"] and back["weights"] == p["weights"] and back["Y"] == p["Y"]
    assert classify_problem(p)["verdict"] == classify_problem(t)["verdict"]
    with pytest.raises(ValueError, match="only for X = I"):
        transposed_problem(dict(p, X=[["1", "0"], ["0", "1"], ["0", "0"]]))


def test_claim1_loss_identity_and_perturbation():
    _name, dims, X, Y, rows, _loss = CLAIM1_INSTANCES[0]
    cert = loss_identity_certificate(dims, X, Y, rows)
    assert verify(cert)[0] and cert["value"] == "1"
    bad = json.loads(json.dumps(cert))
    bad["matrices"]["F0"] = [[[[[0] * len(cert["variables"]), "2"]]]]
    assert not verify(bad)[0]
    Ws = Network(dims).exact_weights(rows)
    Wt = perturbed_weights(Ws)
    assert Wt != Ws and full_product(Wt) == full_product(Ws)
