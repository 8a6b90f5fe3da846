"""Nouiehed-Razaviyayn's proof steps (Theorem 8's optimality conditions and directions, Lemma 7's reduction)."""

import copy

import pytest

from proofs.papers.nouiehed_razaviyayn_2018 import CLAIMS as ALL
from proofs.papers.nouiehed_razaviyayn_2018.proof_steps import (CLAIMS, kernel_direction_certificate,
                                                                line_expansion_certificate, svd_reduction_certificate)
from symbolic.checker.bundle import verify


def test_claims_are_in_the_package_ledger():
    ids = {c.id for c in ALL}
    assert all(c.id in ids for c in CLAIMS)


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda c: c.id)
def test_quick_outcome_is_recorded_and_certified(claim):
    outcome = claim.run(True)
    assert outcome.status == claim.recorded
    assert outcome.scope_kind == (claim.scope_kind or "sampled")
    assert verify(outcome.certificate) == (True, verify(outcome.certificate)[1])


def _break_last_coefficient(cert, index=0):
    forged = copy.deepcopy(cert)
    forged["equalities"][-1]["right"][index]["coefficient"] = "3"
    return forged


def test_forged_expansion_is_rejected():
    cert = line_expansion_certificate(1, 2, 1, 2)
    assert verify(cert)[0]
    assert not verify(_break_last_coefficient(cert, 2))[0]      # 3 t <M, Delta> instead of 2 t <M, Delta>


@pytest.mark.parametrize("mirrored", [False, True])
def test_forged_kernel_direction_is_rejected(mirrored):
    cert = kernel_direction_certificate(2, 2, 1, 2, 0, 1, mirrored=mirrored)
    assert verify(cert)[0]
    assert not verify(_break_last_coefficient(cert, 0))[0]      # the alpha term's factor 2
    dropped = copy.deepcopy(cert)
    dropped["equalities"][-1]["right"] = dropped["equalities"][-1]["right"][:-1]   # drop |K|^2
    assert not verify(dropped)[0]


def test_svd_reduction_needs_the_constant_term():
    cert = svd_reduction_certificate(2, ["2", "1"])
    assert verify(cert)[0]
    forged = copy.deepcopy(cert)
    forged["equalities"][-1]["right"] = forged["equalities"][-1]["right"][:-1]
    assert not verify(forged)[0]


def test_unit_vector_index_is_checked():
    with pytest.raises(ValueError, match="out of range"):
        kernel_direction_certificate(1, 1, 1, 1, 1, 0)


@pytest.mark.parametrize("mirrored", [False, True])
def test_forged_convex_loss_direction_is_rejected(mirrored):
    from proofs.papers.nouiehed_razaviyayn_2018.proof_steps import convex_loss_direction_certificate

    cert = convex_loss_direction_certificate(2, 1, 2, 2, 1, 0, mirrored=mirrored)   # d0 = d2: e_j chains
    assert verify(cert)[0]
    forged = copy.deepcopy(cert)
    forged["equalities"][-1]["right"][0]["factors"][-1] = "ej"    # (G X^T)_{jj}: the wrong entry
    assert not verify(forged)[0]
