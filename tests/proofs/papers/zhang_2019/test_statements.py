"""The statements added for issue 21: a spurious local minimum of L_2 (quartic loss) and its lifts, the
perturbation step of Theorem 1's proof, Corollary 2's reduction steps."""

import copy

import pytest

from proofs.checks.classified import part
from proofs.papers.zhang_2019.spurious import certified_local_min, spurious_problem
from proofs.papers.zhang_2019.statements import (_check_corollary2_steps, _check_lift, _check_perturbation,
                                                 _check_theorem2_spurious, perturbation_certificate,
                                                 split_certificate, tower_ranges_certificate)
from symbolic.checker.bundle import verify


def test_the_pair_is_a_spurious_local_min_and_theorem2_holds():
    outcome = _check_theorem2_spurious(True)
    assert outcome.status == "confirmed" and verify(outcome.certificate)[0]
    cert = copy.deepcopy(outcome.certificate)
    ranks = cert["parts"]["A and B have full rank d_1"]
    ranks["data"]["weights"][0] = [["0", "0"]]          # rank B = 0: the fact fails
    assert not verify(cert)[0]


def test_a_lower_point_that_is_not_lower_is_rejected():
    problem, result = certified_local_min((2, 1, 1, 2))
    assert result["verdict"] == "local_min"
    bad = copy.deepcopy(result)
    bad["certificate"]["not_global"]["point"] = spurious_problem((2, 1, 1, 2))["weights"]   # the point itself
    bad["certificate"]["not_global"]["value"] = "9"
    assert not verify(part(problem, bad, assumptions=None, verdict_in=["local_min"]))[0]


def test_lift_quick_and_split_identities():
    outcome = _check_lift(True)
    assert outcome.status == "confirmed" and verify(outcome.certificate)[0]
    cert = split_certificate((2, 2, 1, 2))
    assert verify(cert)[0]
    cert["matrices"]["A"][0][0] = [[[], "2"]]
    assert not verify(cert)[0]


@pytest.mark.parametrize("dims", [(2, 1, 1), (3, 2, 2), (1, 3, 2)])
def test_perturbation_identity(dims):
    cert = perturbation_certificate(*dims)
    assert verify(cert)[0]
    cert["equalities"][0]["left"][0]["factors"] = ["D", "Adj", "A1^T"]     # D_1 alone is not D
    assert not verify(cert)[0]


def test_outcomes_quick():
    for check in (_check_perturbation, _check_corollary2_steps):
        outcome = check(True)
        assert outcome.status == "confirmed" and outcome.scope_kind == "all" and verify(outcome.certificate)[0]
    cert = tower_ranges_certificate(3, 3, (1, 1))
    cert["equalities"][0]["left"] = cert["equalities"][0]["left"][:1]     # one tower is not the whole product
    assert not verify(cert)[0]
