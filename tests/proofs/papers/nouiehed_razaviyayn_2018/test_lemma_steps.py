"""Nouiehed-Razaviyayn's proof steps of Lemmas 10, 16 and 17, at listed exact points."""

import copy

import pytest

from proofs.papers.nouiehed_razaviyayn_2018 import CLAIMS as ALL
from proofs.papers.nouiehed_razaviyayn_2018.lemma_steps import (CLAIMS, FAILING, LEMMA10_POINTS, POINTS,
                                                                lemma10_certificate, lemma16_certificate,
                                                                lemma17_certificate, null_basis)
from symbolic.checker.bundle import verify


def test_claims_are_in_the_package_ledger():
    ids = {c.id for c in ALL}
    assert all(c.id in ids for c in CLAIMS)


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda c: c.id)
def test_quick_outcome_is_recorded_and_certified(claim):
    outcome = claim.run(True)
    assert outcome.status == claim.recorded
    assert outcome.scope_kind == claim.scope_kind == "sampled"
    assert verify(outcome.certificate)[0]


def _facts(cert):
    return cert["parts"]["facts"] if cert["kind"] == "bundle" else cert


def test_forged_lemma17_ranks_are_rejected():
    cert = lemma17_certificate(*POINTS["m = n = 3, k = 2, rank 1, diagonal product"])
    assert verify(cert)[0]
    forged = copy.deepcopy(cert)
    forged["parts"]["facts"]["data"]["W2"] = [["1", "0", "0"], ["0", "1", "0"]]   # rank W2 = 2 != rank W1
    assert not verify(forged)[0]
    forged = copy.deepcopy(cert)
    forged["parts"]["S1 = W1 + W~1, S2 = W2 + W~2"]["matrices"]["S1"][0][0] = [[[], "2"]]  # S1 is not W1 + W~1
    assert not verify(forged)[0]


def test_forged_lemma16_dimension_count_is_rejected():
    cert = lemma16_certificate(*FAILING)
    assert verify(cert)[0]
    forged = copy.deepcopy(cert)
    span = next(f for f in forged["parts"]["facts"]["facts"] if f["says"].startswith("dim span"))
    span["left"] = {"rank": ["NC"]}                       # "the span is all of R^k": false where iii) fails
    assert not verify(forged)[0]


def test_forged_lemma10_rank_is_rejected():
    weights = LEMMA10_POINTS["h = 3, d = (2, 3, 1, 2), bottleneck p = 2"]
    cert = lemma10_certificate(weights)
    assert verify(cert)[0]
    forged = copy.deepcopy(cert)
    forged["data"]["weights"][1] = [["0", "0", "0"]]      # W2 = 0: degenerate, the rank facts fail
    assert not verify(forged)[0]


def test_null_basis():
    assert null_basis([[1, 0], [0, 1]]) is None
    N = null_basis([[1, 2, 3]])
    assert len(N) == 3 and len(N[0]) == 2


def test_forged_mirrored_descent_is_rejected():
    from proofs.papers.nouiehed_razaviyayn_2018.lemma_steps import MIRRORED_POINTS, mirrored_descent_certificate

    cert, case = mirrored_descent_certificate(*MIRRORED_POINTS["W1 = W2 = 0, W3 invertible (case b)"])
    assert case == "b" and verify(cert)[0]
    forged = copy.deepcopy(cert)
    curve = forged["parts"]["descent along W + tA"]["curve"]
    curve["leading_coefficient"] = str(-int(curve["leading_coefficient"]))   # an ascent claimed as descent
    assert not verify(forged)[0]
    forged = copy.deepcopy(cert)
    forged["parts"]["hypotheses of the branch"]["data"]["weights"][2] = [["1", "0"], ["0", "0"]]   # N(W3) != 0
    assert not verify(forged)[0]


def test_forged_quartic_descent_is_rejected():
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import lemma19_instances
    from proofs.papers.nouiehed_razaviyayn_2018.lemma_steps import quartic_descent_certificate

    cert = quartic_descent_certificate(lemma19_instances(1)[0][1])
    cert.pop("case")
    assert verify(cert)[0]
    forged = copy.deepcopy(cert)
    forged["problem"]["loss"] = "squared"                 # the curve's coefficient is the quartic loss's
    assert not verify(forged)[0]
    forged = copy.deepcopy(cert)
    forged["curve"]["order"] += 1                          # a nonzero coefficient below the claimed order
    assert not verify(forged)[0]


def test_forged_truncated_witness_is_rejected():
    from proofs.papers.nouiehed_razaviyayn_2018.proposition18_steps import PROP18_POINTS, prop18_only_if_certificate

    cert = prop18_only_if_certificate(*PROP18_POINTS["m = n = 3, k = 2, rank 1, both rank deficient"])
    assert verify(cert)[0]
    forged = copy.deepcopy(cert)
    forged["parts"]["truncation, padding and sums"]["matrices"]["Wt2"][0][2] = [[[], "1"]]   # not [W~2' 0]
    assert not verify(forged)[0]
    forged = copy.deepcopy(cert)
    forged["parts"]["facts"]["data"]["Wt2p"] = [["1", "0"], ["0", "1"]]                     # W1 W~2' != 0
    assert not verify(forged)[0]
