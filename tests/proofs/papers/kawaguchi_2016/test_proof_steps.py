"""The proof-step claims of ``proofs.papers.kawaguchi_2016.proof_steps``: recorded outcomes, certificates, forgeries."""

import copy

import pytest

from proofs.papers.kawaguchi_2016 import CLAIMS as ALL
from proofs.papers.kawaguchi_2016.proof_steps import CLAIMS
from symbolic.checker.bundle import verify


def test_claims_are_in_the_package_ledger():
    ids = {c.id for c in ALL}
    assert all(c.id in ids for c in CLAIMS)


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda c: c.id)
def test_quick_outcome_is_recorded_and_certified(claim):
    outcome = claim.run(True)
    assert outcome.status == claim.recorded
    assert outcome.scope_kind == (claim.scope_kind or "sampled")
    assert verify(outcome.certificate)[0] is True


def test_a_wrong_curvature_is_rejected():
    from proofs.papers.kawaguchi_2016.proof_steps import increasing_direction_certificate

    cert = increasing_direction_certificate(2, 1, 2, 2)
    forged = copy.deepcopy(cert)
    forged["equalities"][-3]["right"][-1]["coefficient"] = "1"    # t^2 |PDX|^2 instead of t^2/2 |PDX|^2
    assert not verify(forged)[0]
