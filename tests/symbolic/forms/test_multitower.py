"""Multi-tower networks and their reduction to one two-layer network (Zhang 2019, Corollary 2)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from symbolic.core.exact import rational_matrix
from symbolic.forms.multitower import reduce_towers, tower_bottlenecks, tower_output

from tests.symbolic.strategies import matrices


@st.composite
def towers(draw):
    n, m = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    s = draw(st.integers(1, 3))
    out = []
    for _ in range(s):
        inner = draw(st.lists(st.integers(1, 3), min_size=0, max_size=2))
        dims = [n, *inner, m]
        out.append([rational_matrix(draw(matrices(dims[i], dims[i - 1]))) for i in range(1, len(dims))])
    return out


@given(towers())
def test_reduction_identity(ts):
    A, B, parts = reduce_towers(ts)
    dims = [[Ms[0].shape[1]] + [M.shape[0] for M in Ms] for Ms in ts]
    b = sum(bi for _, bi in tower_bottlenecks(dims))
    assert A.shape == (ts[0][-1].shape[0], b) and B.shape == (b, ts[0][0].shape[1])
    total = parts[0][0].matmul(parts[0][1])
    for Ai, Bi in parts[1:]:
        total = total + Ai.matmul(Bi)
    assert A.matmul(B) == total == tower_output(ts)


def test_reduction_identity_symbolic_certificate():
    from proofs.papers.zhang_2019.constructions import multitower_certificate, symbolic_towers
    from symbolic.checker.bundle import verify

    ts, names, variables = symbolic_towers([(2, 1, 3), (2, 2, 1, 3), (2, 3)])
    cert = multitower_certificate(ts, variables, names)
    assert verify(cert)[0]
    cert["matrices"]["A"][0][0] = []  # tamper: zero one entry of A
    assert not verify(cert)[0]


def test_tower_errors():
    with pytest.raises(ValueError, match="same input and output"):
        tower_bottlenecks([(2, 1, 2), (3, 1, 2)])
    with pytest.raises(ValueError, match="at least one tower"):
        tower_bottlenecks([])
    with pytest.raises(ValueError, match="does not chain"):
        reduce_towers([[rational_matrix([[1, 1]]), rational_matrix([[1, 1]])]])
