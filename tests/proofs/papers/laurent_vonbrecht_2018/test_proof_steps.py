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


def test_argmin_claim_is_registered_and_certified():
    from proofs.papers.laurent_vonbrecht_2018.argmin import CLAIMS as ARGMIN

    assert ARGMIN[0].id in {c.id for c in ALL}
    outcome = ARGMIN[0].run(True)
    assert outcome.status == "confirmed" and verify(outcome.certificate)[0] is True


_X = [[[1, 0], "1"]]
_ONE_MINUS_Y = [[[0, 0], "1"], [[0, 1], "-1"]]
_Y_MINUS_ONE = [[[0, 1], "1"], [[0, 0], "-1"]]


@pytest.mark.parametrize("abs_terms, plus_terms, constraints", [
    ([["1", _X], ["-2", _X]], [["1", _ONE_MINUS_Y]], []),                  # f + 1 >= 2|x|: false
    ([["-1", _X]], [["-1", _ONE_MINUS_Y]], [_X, _Y_MINUS_ONE]),            # -(f + 1) >= 0 with x >= 0 only: false
])
def test_argmin_forgeries_are_rejected(abs_terms, plus_terms, constraints):
    from proofs.papers.laurent_vonbrecht_2018.argmin import bound_certificate

    assert not verify(bound_certificate([], abs_terms, plus_terms, constraints))[0]
