"""``taylor_coefficients_along`` against an independent SymPy expansion: non-square layers, several samples, a
direction with distinct polynomial entries, both losses, and a zero direction (every coefficient exact)."""

from fractions import Fraction

import pytest
import sympy

from symbolic.checker.descent_family import taylor_coefficients_along
from symbolic.checker.mpoly import MPoly


def _reference(dims, X, Y, loss, direction_exprs):
    """``[c_0, c_1, ...]`` as dicts exponent -> Fraction, from SymPy matrices (weights row by row, layer by layer)."""
    n = sum(dims[k] * dims[k - 1] for k in range(1, len(dims)))
    w = sympy.symbols(f"w0:{n}")
    t = sympy.Symbol("t")
    D = [e(w) for e in direction_exprs]
    Ws, p = [], 0
    for k in range(1, len(dims)):
        Ws.append(sympy.Matrix(dims[k], dims[k - 1], lambda i, j: w[p + i * dims[k - 1] + j] + t * D[p + i * dims[k - 1] + j]))
        p += dims[k] * dims[k - 1]
    A = Ws[0]
    for W in Ws[1:]:
        A = W * A
    E = A * sympy.Matrix(X) - sympy.Matrix(Y)
    total = (sum(e ** 2 for e in E) / 2 if loss == "squared" else sum(e ** 4 for e in E) / 4)
    poly = sympy.Poly(sympy.expand(total), *w, t)
    coeffs = {}
    for exps, c in poly.terms():
        coeffs.setdefault(exps[-1], {})[exps[:-1]] = Fraction(int(c.p), int(c.q))
    return [coeffs.get(j, {}) for j in range(max(coeffs) + 1)], n


def _mpoly_direction(n, direction_exprs):
    x = [MPoly.var(n, i) for i in range(n)]
    return [e(x) for e in direction_exprs]


CASES = [
    # dims [2, 3, 1] (W1 is 3 x 2, W2 is 1 x 3), two samples; D_p = (p + 1) w_p - p + w_0 w_8
    ([2, 3, 1], [[1, 2], [-1, 3]], [[2, -1]], "squared",
     [(lambda w, p=p: (p + 1) * w[p] - p + w[0] * w[8]) for p in range(9)]),
    # dims [1, 2, 2] (W1 is 2 x 1, W2 is 2 x 2), one sample, the quartic loss; D_p = w_p^2 - 2p
    ([1, 2, 2], [[Fraction(1, 2)]], [[1], [-2]], "quartic",
     [(lambda w, p=p: w[p] * w[p] - 2 * p) for p in range(6)]),
]


@pytest.mark.parametrize("dims, X, Y, loss, direction", CASES)
def test_coefficients_match_sympy(dims, X, Y, loss, direction):
    want, n = _reference(dims, X, Y, loss, direction)
    got = taylor_coefficients_along(dims, [[Fraction(v) for v in r] for r in X], [[Fraction(v) for v in r] for r in Y],
                                    loss, _mpoly_direction(n, direction))
    assert len(got) == len(want)
    assert all(g.n == n for g in got)
    assert [g.terms for g in got] == want


def test_zero_direction_gives_the_loss_alone():
    dims, X, Y = [2, 1], [[Fraction(1)], [Fraction(2)]], [[Fraction(3)]]
    got = taylor_coefficients_along(dims, X, Y, "squared", [MPoly(2), MPoly(2)])
    a, b = MPoly.var(2, 0), MPoly.var(2, 1)
    e = a + b * 2 - 3
    assert len(got) == 1 and got[0] == e * e * Fraction(1, 2)


def test_zero_loss_gives_one_zero_coefficient():
    # X = 0 and Y = 0: the loss is the zero polynomial along every line, and the answer is [0], not [] or [0, 0].
    one = MPoly.const(2, 1)
    got = taylor_coefficients_along([1, 1, 1], [[Fraction(0)]], [[Fraction(0)]], "squared", [one, one])
    assert len(got) == 1 and got[0] == MPoly(2) and got[0].n == 2
