"""The Kawaguchi statements added for issue 21: Conjecture 2.2 (ii), Cases I-II, the orbit families, p-bar."""

import copy

from proofs.papers.kawaguchi_2016.landscape import classified
from proofs.papers.kawaguchi_2016.statements import (CLAIMS, orbit_family_certificate, residual_zero_certificate,
                                                     _check_pbar_printed)
from symbolic.checker.bundle import verify


def test_every_new_claim_quick_matches_its_record():
    for claim in CLAIMS:
        outcome = claim.run(quick=True)
        assert outcome.status == claim.recorded, claim.id
        assert (outcome.finding or "") == claim.recorded_finding, claim.id
        assert outcome.certificate is not None and verify(outcome.certificate)[0], claim.id


def _point(dims, label):
    return next(p for lab, p, _, _ in classified(dims) if lab == label)


def test_residual_zero_only_at_the_global_minimum():
    assert verify(residual_zero_certificate(_point((2, 2, 2), "U_S U_S^T Y, S = [0, 1]")))[0]
    assert not verify(residual_zero_certificate(_point((2, 2, 2), "U_S U_S^T Y, S = [0]")))[0]


def test_orbit_family_needs_a_moving_point():
    problem = _point((2, 2, 2), "U_S U_S^T Y, S = [0, 1]")
    assert verify(orbit_family_certificate(problem, 1, 0, 1))[0]
    still = copy.deepcopy(problem)
    still["weights"][0][1] = ["0", "0"]            # E_12 W_1 = 0: the family would not move
    assert not verify(orbit_family_certificate(still, 1, 0, 1))[0]
    bad = orbit_family_certificate(problem, 1, 0, 1)
    bad["matrices"]["Ginv"] = bad["matrices"]["G"]  # G(t) is not its own inverse
    assert not verify(bad)[0]


def test_pbar_refutation_premise_is_the_psd_zero_tuple():
    outcome = _check_pbar_printed(True)
    assert outcome.finding == "misprint" and outcome.corrected_by == "pbar_mem_zero_to_min_of_rank_c"
    cert = copy.deepcopy(outcome.certificate)
    # a point with an indefinite Hessian (and rank(C) = 2) in place of the zero tuple: both the premise and the
    # negation must fail
    other = _point((2, 2, 2, 2), "U_S U_S^T Y, S = [0]")
    for part in (*cert["premises"].values(), *cert["negation"].values()):
        (part["problem"] if "problem" in part else part["data"])["weights"] = other["weights"]
    cert["witness"]["weights"] = other["weights"]
    assert not verify(cert)[0]
