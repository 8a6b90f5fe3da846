import pytest
import sympy
from sympy.polys.domains import QQ

from symbolic import Network, SoftplusLoss, SquaredLoss
from symbolic.calculus.objective import NetworkObjective, PolynomialObjective


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
