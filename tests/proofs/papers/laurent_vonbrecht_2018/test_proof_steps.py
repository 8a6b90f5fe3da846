"""The proof-step claims of ``proofs.papers.laurent_vonbrecht_2018.proof_steps``: recorded outcomes, certificates, forgeries."""

import copy

import pytest

from proofs.papers.laurent_vonbrecht_2018 import CLAIMS as ALL
from proofs.papers.laurent_vonbrecht_2018.proof_steps import CLAIMS
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


def test_a_wrong_remainder_is_rejected():
    from proofs.papers.laurent_vonbrecht_2018.proof_steps import expansion_certificate

    cert = expansion_certificate((2, 1, 2, 1))
    forged = copy.deepcopy(cert)
    forged["equalities"][2]["right"] = forged["equalities"][2]["right"][:1]    # drop W_{k+1,+} H W_{k-1,-}
    assert not verify(forged)[0]
