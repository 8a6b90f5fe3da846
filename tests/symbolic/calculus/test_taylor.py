"""Taylor coefficients along polynomial curves against direct expansion."""

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy.polys.domains import QQ

from symbolic import Network, QuarticLoss, SquaredLoss
from symbolic.calculus.taylor import product_series, taylor_coefficients

from tests.symbolic.strategies import instances, matrices


def _direct(dims, X, Y, weights, curve, loss_name, order):
    t = sympy.Symbol("t")
    R = lambda rows: sympy.Matrix([[sympy.Rational(v) for v in r] for r in rows])  # noqa: E731
    A = None
    for k in range(len(weights)):
        Wk = R(weights[k]) + sum((t ** (p + 1) * R(curve[p][k]) for p in range(len(curve))), sympy.zeros(*R(weights[k]).shape))
        A = Wk if A is None else Wk * A
    E = A * R(X) - R(Y)
    power = 2 if loss_name == "squared" else 4
    g = sympy.expand(sum(e ** power for e in E) / power)
    return [QQ(int(c.p), int(c.q)) for c in (sympy.Poly(g, t).all_coeffs()[::-1] + [sympy.Integer(0)] * (order + 1))[: order + 1]]


@st.composite
def curves(draw):
    dims, X, Y, weights = draw(instances(max_depth=3, max_width=2))
    degree = draw(st.integers(1, 2))
    curve = [[draw(matrices(dims[k], dims[k - 1])) for k in range(1, len(dims))] for _ in range(degree)]
    return dims, X, Y, weights, curve


@given(curves(), st.sampled_from(["squared", "quartic"]))
@settings(max_examples=20)
def test_taylor_coefficients_equal_direct_expansion(case, loss_name):
    dims, X, Y, weights, curve = case
    net = Network(dims)
    loss = (SquaredLoss if loss_name == "squared" else QuarticLoss)(X, Y)
    order = 5
    got = taylor_coefficients(net.exact_weights(weights), [net.exact_weights(c) for c in curve], loss, order)
    assert got == _direct(dims, X, Y, weights, curve, loss_name, order)


def test_three_layer_scalar_at_zero_has_cubic_descent():
    net = Network([1, 1, 1, 1])
    W = net.exact_weights([[[0]]] * 3)
    c = taylor_coefficients(W, [net.exact_weights([[[1]], [[1]], [[1]]])], SquaredLoss([[1]], [[1]]), 3)
    assert c[:3] == [QQ(1, 2), 0, 0] and c[3] == -1


def test_series_degree_and_bad_curves():
    net = Network([2, 1, 2])
    W = net.exact_weights([[[1, 0]], [[1], [0]]])
    C = net.exact_weights([[[0, 1]], [[0], [1]]])
    assert len(product_series(W, [C], 4)) == 5
    with pytest.raises(ValueError, match="curve term t\\^1 has 1 matrices; it needs one per layer"):
        product_series(W, [C[:1]], 2)
    with pytest.raises(ValueError, match="order must be a non-negative integer"):
        product_series(W, [C], -1)
    with pytest.raises(ValueError, match="only for polynomial losses"):
        from symbolic import SoftplusLoss
        taylor_coefficients(W, [C], SoftplusLoss([[1], [1]], [[1], [1]]), 2)
