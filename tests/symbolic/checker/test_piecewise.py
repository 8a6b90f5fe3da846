import json

import pytest

from proofs.papers.laurent_vonbrecht_2018.nonsmooth_witness import cone_certificates, local_min_certificate, value_certificate
from symbolic.checker.bundle import verify
from symbolic.checker.piecewise import piecewise_value, verify_piecewise


def test_witness_certificates_verify():
    assert verify_piecewise(local_min_certificate())[0]
    assert all(verify(c)[0] for c in cone_certificates().values())
    assert verify(value_certificate(["0", "0"], "0"))[0] and not verify(value_certificate(["0", "1"], "0"))[0]


def _tamper(mutate):
    cert = json.loads(json.dumps(local_min_certificate()))  # as read from a file: no shared sub-objects
    mutate(cert)
    return verify_piecewise(cert)


@pytest.mark.parametrize("name, mutate, reason", [
    ("drop a region", lambda c: c["regions"].pop(), "sign patterns"),
    ("wrong |.| sign", lambda c: c["regions"][0]["abs_signs"].__setitem__(0, -1), "different polynomial"),
    ("claim (1-y)_+ = 0", lambda c: c["regions"][0]["plus_signs"].__setitem__(0, 0), "different polynomial"),
    ("stronger bound", lambda c: c["abs_terms"][1].__setitem__(0, "-1"), "different polynomial"),
    ("bigger neighbourhood", lambda c: c["constraints"][0][0].__setitem__(1, "-7/8"), "constraints are not"),
    ("negative weight", lambda c: c["regions"][1]["certificate"]["terms"][0].__setitem__("coefficient", "-3"),
     "negative coefficient"),
])
def test_tampered_piecewise_certificates_are_rejected(name, mutate, reason):
    ok, why = _tamper(mutate)
    assert not ok and reason in why, (name, why)


def test_piecewise_value_exact():
    f = {"variables": ["x"], "base": [[[0], "0"]], "abs_terms": [], "plus_terms": [["2", [[[1], "1"]]]]}
    assert piecewise_value(f, ["-1/3"]) == 0 and piecewise_value(f, ["1/3"]) == piecewise_value(f, ["2/3"]) / 2
    with pytest.raises(TypeError):
        piecewise_value(f, [0.5])
