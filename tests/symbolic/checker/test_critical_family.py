"""The critical_family checker: the conditions of layer k* at the family (16) force grad f = 0, and tampering fails."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from proofs.papers.laurent_vonbrecht_2018.theorem3 import CLOSING_INSTANCES, family_certificate
from symbolic.checker.critical_family import verify_critical_family


def _copy(cert):
    return json.loads(json.dumps(cert))


def test_every_closing_instance_verifies():
    for dims, rows in CLOSING_INSTANCES:
        ok, reason = verify_critical_family(family_certificate(dims, rows))
        assert ok, (dims, reason)


def test_the_point_alone_does_not_force_grad_f_zero():
    cert = _copy(family_certificate((1, 1, 2), [[[0]], [[1], [0]]]))   # the witness (23): W2^T G = 0 is one equation
    cert["family"] = [{}]
    ok, reason = verify_critical_family(cert)
    assert not ok and "rank" in reason


def test_tampering_is_rejected():
    base = family_certificate(*CLOSING_INSTANCES[1])
    bad = _copy(base)
    bad["kstar"] = 1
    assert not verify_critical_family(bad)[0]
    bad = _copy(base)
    bad["u"]["2"] = ["1", "0", "0"]                       # not in the left kernel of W_(2,-)
    assert "left kernel" in verify_critical_family(bad)[1] or not verify_critical_family(bad)[0]
    bad = _copy(base)
    bad["u"]["2"] = ["0", "0", "0"]
    assert not verify_critical_family(bad)[0]
    bad = _copy(base)
    bad["family"].append({"2": {"delta": "1", "w": ["1", "0", "0"]}})   # layer k* itself: not in the family
    assert not verify_critical_family(bad)[0]
    bad = _copy(base)
    bad["weights"][1][0] = ["1", "0", "0"]                 # another point: W_(2,-) becomes injective, no k*
    assert not verify_critical_family(bad)[0]
    bad = _copy(base)
    bad["conditions"] = []
    assert not verify_critical_family(bad)[0]
    bad = _copy(base)
    bad["dims"] = [3, 3, 3, 2]
    assert not verify_critical_family(bad)[0]
    assert not verify_critical_family({"kind": "critical_family"})[0]
    assert not verify_critical_family({"kind": "matrix_identity"})[0]


def test_a_layer_thinner_than_the_input_is_refused():
    cert = {"kind": "critical_family", "dims": [2, 1, 2], "weights": [[["1", "0"]], [["1"], ["0"]]],
            "kstar": 1, "u": {"1": ["1"]}, "family": [{}], "conditions": [1]}
    ok, reason = verify_critical_family(cert)
    assert not ok and "d_k >= d_0" in reason


@st.composite
def wide_tuples(draw):
    """Tuples with every d_k >= d_0 whose first layer has a kernel (so k* = 1)."""
    d0 = draw(st.integers(1, 2))
    depth = draw(st.integers(2, 3))
    dims = [d0] + [draw(st.integers(d0, 3)) for _ in range(depth)]
    rows = []
    for k in range(1, depth + 1):
        rows.append([[draw(st.integers(-2, 2)) for _ in range(dims[k - 1])] for _ in range(dims[k])])
    rows[0] = [[0] + r[1:] for r in rows[0]]               # first column zero: e_1 in ker W_1
    return tuple(dims), rows


@settings(max_examples=25, deadline=None)
@given(wide_tuples())
def test_family_forces_grad_f_zero_on_random_tuples(instance):
    dims, rows = instance
    cert = family_certificate(dims, rows)
    assert cert["kstar"] == 1
    ok, reason = verify_critical_family(cert)
    assert ok, reason
