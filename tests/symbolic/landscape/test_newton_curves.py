"""Newton-polygon curves (polynomials and per-layer network restrictions) and the closed-form zero-tuple curve."""

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy.polys.domains import QQ

from symbolic import Network, QuarticLoss, SquaredLoss
from symbolic.calculus.inertia import kernel_basis, ldl
from symbolic.calculus.objective import NetworkObjective, PolynomialObjective
from symbolic.landscape.descent import confirm_curve
from symbolic.landscape.newton_curves import (_rational_roots, layer_newton_curves, newton_curves, restrict_network,
                                              zero_tuple_curve)

x, y, z = sympy.symbols("x y z")


def _first_confirmed(F, x0, gen, sign=-1):
    for terms, order in gen:
        c = confirm_curve(F, x0, terms, sign, order)
        if c is not None:
            return c
    return None


@pytest.mark.parametrize("expr, order", [
    ((y - x**2) * (y - 2 * x**2), 4),                          # Peano
    ((y - x**3) * (y - 2 * x**3), 6),                          # a correction at t^3
    ((y - x**4) * (y - 2 * x**4), 8),                          # at t^4
    ((y - x**5) * (y - 2 * x**5), 10),                         # at t^5: order 10, above the default 8
    ((y - x**2 - x**4) * (y - x**2 - 2 * x**4), 8),            # two correction terms (t^2 and t^4)
    ((y - x**2 - x**3) * (y - x**2 - 2 * x**3), 6),
])
def test_polynomial_descents_of_high_order(expr, order):
    F = PolynomialObjective(expr, [x, y])
    c = _first_confirmed(F, [0, 0], newton_curves(F, [0, 0], F.hessian([0, 0]), -1))
    assert c is not None and c.order == order and c.coefficient < 0


def test_two_corrections_need_the_second_level():
    # the first level's form (y - x^2)^2 is only semidefinite: the curve comes from its zero (1, 1), one level down
    F = PolynomialObjective((y - x**2 - x**4) * (y - x**2 - 2 * x**4), [x, y])
    c = _first_confirmed(F, [0, 0], newton_curves(F, [0, 0], F.hessian([0, 0]), -1, depth=1))
    assert c is None
    c = _first_confirmed(F, [0, 0], newton_curves(F, [0, 0], F.hessian([0, 0]), -1))
    assert c is not None and c.order == 8


def test_three_variables_and_a_shifted_point():
    F = PolynomialObjective((z - x**2 - y**3) * (z - 2 * x**2 - y**3) + (x + y) ** 0 - 1, [x, y, z])
    c = _first_confirmed(F, [0, 0, 0], newton_curves(F, [0, 0, 0], F.hessian([0, 0, 0]), -1))
    assert c is not None and c.coefficient < 0
    G = PolynomialObjective((y - 1 - (x - 2) ** 4) * (y - 1 - 2 * (x - 2) ** 4), [x, y])
    c = _first_confirmed(G, [2, 1], newton_curves(G, [2, 1], G.hessian([2, 1]), -1))
    assert c is not None and c.order == 8


def test_no_rational_curve_through_an_irrational_branch():
    # (y^2 - 2x^2)^2 - x^5: descends along y = sqrt(2) x only; no rational curve is offered as a proof
    F = PolynomialObjective((y**2 - 2 * x**2) ** 2 - x**5, [x, y])
    for terms, order in newton_curves(F, [0, 0], F.hessian([0, 0]), -1, budget=3000):
        c = confirm_curve(F, [0, 0], terms, -1, order)
        assert c is None or F.taylor([0, 0], c.terms, c.order)[c.order] < 0     # whatever is confirmed is exact


@pytest.mark.parametrize("width, depth", [(1, 9), (2, 10), (3, 12), (1, 32)])
def test_zero_tuple_curve_has_order_depth(width, depth):
    net = Network([width] * (depth + 1))
    Y = [[(i + 2 * j) % 3 - 1 for j in range(width)] for i in range(width)]
    Y[0][0] = 1
    F = NetworkObjective(net, SquaredLoss([[int(i == j) for j in range(width)] for i in range(width)], Y))
    x0 = [QQ.zero] * net.nparams
    for sign in (-1, 1):
        terms, order = zero_tuple_curve(F, x0, sign)
        c = confirm_curve(F, x0, terms, sign, order)
        assert order == depth and c is not None and c.order == depth and (c.coefficient > 0) == (sign > 0)


def test_zero_tuple_of_a_quartic_loss_and_a_stationary_zero_product():
    net = Network([1, 1, 1, 1])
    F = NetworkObjective(net, QuarticLoss([[1]], [[2]]))
    terms, order = zero_tuple_curve(F, [QQ.zero] * 3, -1)
    assert confirm_curve(F, [0, 0, 0], terms, -1, order).coefficient == -8       # -Y^3 t^3
    G = NetworkObjective(net, SquaredLoss([[1, 1]], [[1, -1]]))                   # Y X^T = 0: no closed form
    assert zero_tuple_curve(G, [QQ.zero] * 3, -1) is None


def test_restriction_is_the_loss_on_the_span():
    net = Network([2, 1, 1, 2])
    F = NetworkObjective(net, SquaredLoss([[1, 0], [0, 1]], [[0, 0], [0, 1]]))
    x0 = net.flatten(net.exact_weights([[[1, 0]], [[0]], [[1], [0]]]))
    D = [[QQ(v) for v in d] for d in ([1, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 1, 1])]
    phi = restrict_network(F, x0, D)
    s0, s1, s2 = phi.R.gens
    # A(s) = s1 (e1 + s2 (1, 1)^T ...) : check a value against the objective at a rational point
    point = [QQ(1, 2), QQ(-3), QQ(2, 5)]
    xs = [a + sum((p * d[i] for p, d in zip(point, D)), QQ.zero) for i, a in enumerate(x0)]
    assert phi.poly(*point) == F.value(xs) - F.value(x0)


def test_layer_newton_finds_orders_1_2_1():
    net = Network([2, 1, 1, 2])
    F = NetworkObjective(net, SquaredLoss([[1, 0], [0, 1]], [[0, 0], [0, 1]]))
    x0 = net.flatten(net.exact_weights([[[1, 0]], [[0]], [[1], [0]]]))
    H = F.hessian(x0)
    res = ldl(H)
    c = _first_confirmed(F, x0, layer_newton_curves(F, x0, kernel_basis(H), -1, range_vectors=res.vectors(1)))
    assert c is not None and c.order == 4 and c.coefficient < 0
    orders = []
    for k in range(1, 4):
        idx = [net.param_index(k, i, j) for i in range(net.shape(k)[0]) for j in range(net.shape(k)[1])]
        orders.append(next(p for p, C in enumerate(c.terms, 1) if any(C[i] for i in idx)))
    assert orders == [1, 2, 1]


def _from_factors(linear, irreducible, scale):
    """Integer coefficients (highest first) of scale * prod (v s - u) * prod (s^2 + c)."""
    coeffs = [QQ(scale)]
    for factor in [[QQ(v), QQ(-u)] for v, u in linear] + [[QQ(1), QQ(0), QQ(c)] for c in irreducible]:
        out = [QQ.zero] * (len(coeffs) + len(factor) - 1)
        for i, a in enumerate(coeffs):
            for j, b in enumerate(factor):
                out[i + j] += a * b
        coeffs = out
    return coeffs


@given(st.lists(st.tuples(st.integers(1, 400), st.integers(-900, 900)), max_size=4),
       st.lists(st.sampled_from([-3, -2, 2, 3, 5]), max_size=2),
       st.fractions(min_value=-50, max_value=50, max_denominator=9).filter(bool),
       st.integers(0, 2))
@settings(max_examples=60, deadline=None)
def test_rational_roots_equal_ground_roots_in_order(linear, irreducible, scale, zeros):
    # the bisection + simplest-fraction search against SymPy's factorization: same roots, same order (the order
    # decides which zeros the Newton search follows, so verdicts and certificates depend on it)
    coeffs = _from_factors(linear, irreducible, QQ(scale.numerator, scale.denominator)) + [QQ.zero] * zeros
    p = sympy.Poly(coeffs, sympy.Symbol("s"), domain=QQ)
    if p.degree() < 1:
        return
    want = [QQ(int(r.p), int(r.q)) for r in p.ground_roots() if r.is_Rational]
    intervals = sorted((QQ(lo.p, lo.q), QQ(hi.p, hi.q)) for (lo, hi), _ in p.intervals())
    assert _rational_roots(p, intervals) == want
