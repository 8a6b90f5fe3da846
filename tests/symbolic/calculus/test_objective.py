import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy.polys.domains import QQ

from symbolic import Network, QuarticLoss, SoftplusLoss, SquaredLoss
from symbolic.calculus.objective import NetworkObjective, PolynomialObjective
from symbolic.core.products import full_product

from tests.symbolic.strategies import instances


def test_peano_is_minimal_on_lines_but_not_on_the_parabola():
    x, y = sympy.symbols("x y")
    F = PolynomialObjective((y - x ** 2) * (y - 2 * x ** 2), [x, y])
    assert F.gradient([0, 0]) == [0, 0]
    # along every line through 0 the first nonzero coefficient is positive (spot check)
    for a, b in [(1, 0), (0, 1), (1, 1), (1, -3), ("1/5", 1)]:
        c = F.taylor([0, 0], [[a, b]], 4)
        first = next(v for v in c if v != 0)
        assert first > 0
    assert F.taylor([0, 0], [[1, 0], [0, "3/2"]], 4)[4] == QQ(-1, 4)


def test_polynomial_objective_rejects_non_polynomials_and_floats():
    x = sympy.Symbol("x")
    with pytest.raises(ValueError, match="not a polynomial"):
        PolynomialObjective(sympy.exp(x), [x])
    with pytest.raises(TypeError, match="float coefficients"):
        PolynomialObjective(0.5 * x ** 2, [x])
    with pytest.raises(ValueError, match="not among the variables"):
        PolynomialObjective(x * sympy.Symbol("z"), [x])
    F = PolynomialObjective(x ** 2, [x])
    with pytest.raises(TypeError, match="float"):
        F.value([0.1])
    with pytest.raises(ValueError, match="has 2 entries; the objective has 1"):
        F.value([1, 2])


def test_network_objective_checks_loss():
    with pytest.raises(ValueError, match="polynomial loss"):
        NetworkObjective(Network([1, 1]), SoftplusLoss([[1]], [[1]]))
    with pytest.raises(ValueError, match="takes a 1 x 2 product"):
        NetworkObjective(Network([1, 1]), SquaredLoss([[1], [1]], [[1]]))


def _direct_taylor(expr, variables, x, curve, order):
    t = sympy.Symbol("t")
    subs = {v: sympy.Rational(x[i]) + sum(sympy.Rational(c[i]) * t ** (p + 1) for p, c in enumerate(curve))
            for i, v in enumerate(variables)}
    g = sympy.Poly(sympy.expand(expr.subs(subs, simultaneous=True)), t)
    coeffs = g.all_coeffs()[::-1] + [sympy.Integer(0)] * (order + 1)
    return [QQ(int(c.p), int(c.q)) for c in coeffs[: order + 1]]


_SMALL = st.fractions(min_value=-3, max_value=3, max_denominator=3)


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 2), _SMALL), min_size=1, max_size=6),
       st.lists(_SMALL, min_size=3, max_size=3), st.lists(st.lists(_SMALL, min_size=3, max_size=3), min_size=1,
                                                           max_size=3),
       st.integers(0, 7))
@settings(max_examples=40, deadline=None)
def test_polynomial_taylor_equals_direct_expansion(terms, x, curve, order):
    # the truncated series (terms above t^order never formed) against sympy's expansion of the substitution
    a, b, c = variables = sympy.symbols("a b c")
    expr = sum(sympy.Rational(q) * a ** i * b ** j * c ** k for i, j, k, q in terms) + a * b
    F = PolynomialObjective(expr, variables)
    got = F.taylor([QQ(v.numerator, v.denominator) for v in x],
                   [[QQ(v.numerator, v.denominator) for v in row] for row in curve], order)
    assert got == _direct_taylor(expr, variables, x, curve, order)


@given(instances(), st.sampled_from(["squared", "quartic"]))
@settings(max_examples=40, deadline=None)
def test_network_value_equals_loss_of_product(case, loss_name):
    # the list-arithmetic value of the squared and quartic losses against the loss of the DomainMatrix product
    dims, X, Y, weights = case
    net = Network(dims)
    loss = (SquaredLoss if loss_name == "squared" else QuarticLoss)(X, Y)
    F = NetworkObjective(net, loss)
    Ws = net.exact_weights(weights)
    assert F.value(net.flatten(Ws)) == loss.value(full_product(Ws))
