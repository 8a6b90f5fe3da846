import json

import pytest

from proofs.papers.laurent_vonbrecht_2018.constructions import CLAIM2_INSTANCES, claim2_certificate, zero_tuple_certificate
from symbolic.checker.bundle import verify


@pytest.mark.parametrize("index", range(len(CLAIM2_INSTANCES)))
def test_claim2_certificates_verify(index):
    dims, rows = CLAIM2_INSTANCES[index]
    assert verify(claim2_certificate(dims, rows))[0]


def test_claim2_tampered_u_or_perturbation_is_rejected():
    cert = claim2_certificate(*CLAIM2_INSTANCES[0])
    bad = json.loads(json.dumps(cert))
    bad["matrices"]["u1"][0][0] = [[[0] * len(cert["variables"]), "7"]]   # no longer in the left kernel
    assert not verify(bad)[0]
    bad = json.loads(json.dumps(cert))
    bad["equalities"][-1]["right"][0]["factors"].reverse()              # product order swapped
    assert not verify(bad)[0]


def test_zero_tuple_is_critical_from_depth_two_but_not_one():
    assert verify(zero_tuple_certificate((2, 2, 3)))[0]
    assert verify(zero_tuple_certificate((3, 1, 2, 2)))[0]
    assert not verify(zero_tuple_certificate((2, 3)))[0]


def test_claim2_needs_a_kernel():
    with pytest.raises(ValueError, match="Claim 2 needs k\\*"):
        claim2_certificate((2, 2, 2), [[[1, 0], [0, 1]], [[1, 0], [0, 1]]])
