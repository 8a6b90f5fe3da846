"""The proof-step claims of ``proofs.papers.laurent_vonbrecht_2018.proof_steps``: recorded outcomes, certificates, forgeries."""

import copy

from symbolic.checker.bundle import verify


def test_a_wrong_remainder_is_rejected():
    from proofs.papers.laurent_vonbrecht_2018.proof_steps import expansion_certificate

    cert = expansion_certificate((2, 1, 2, 1))
    forged = copy.deepcopy(cert)
    forged["equalities"][2]["right"] = forged["equalities"][2]["right"][:1]    # drop W_{k+1,+} H W_{k-1,-}
    assert not verify(forged)[0]
