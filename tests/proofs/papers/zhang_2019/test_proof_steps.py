"""The proof-step claims of ``proofs.papers.zhang_2019.proof_steps``: recorded outcomes, certificates, forgeries."""

import copy

import pytest

from proofs.papers.zhang_2019 import CLAIMS as ALL
from proofs.papers.zhang_2019.proof_steps import CLAIMS
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


def test_gradient_formula_on_a_deep_tuple():
    from proofs.papers.zhang_2019.proof_steps import gradient_formula_holds

    assert gradient_formula_holds((1, 2, 1, 2))
