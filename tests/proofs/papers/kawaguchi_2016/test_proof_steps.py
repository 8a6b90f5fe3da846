"""The proof-step claims of ``proofs.papers.kawaguchi_2016.proof_steps``: recorded outcomes, certificates, forgeries."""

import copy

from symbolic.checker.bundle import verify


def test_a_wrong_curvature_is_rejected():
    from proofs.papers.kawaguchi_2016.proof_steps import increasing_direction_certificate

    cert = increasing_direction_certificate(2, 1, 2, 2)
    forged = copy.deepcopy(cert)
    forged["equalities"][-3]["right"][-1]["coefficient"] = "1"    # t^2 |PDX|^2 instead of t^2/2 |PDX|^2
    assert not verify(forged)[0]
