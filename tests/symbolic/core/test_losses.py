import sympy
from sympy.polys.domains import QQ

from symbolic import GeneralLoss, QuarticLoss, SoftplusLoss, SquaredLoss
from symbolic.core.exact import rational_matrix
from symbolic.core.losses import make_loss

import pytest


def _numeric_grad(loss, A, h):
    """Exact difference quotients of a polynomial loss: [f(A + h E_pq) - f(A - h E_pq)] / 2h."""
    rows = A.to_list()
    out = []
    for p in range(len(rows)):
        r = []
        for q in range(len(rows[0])):
            plus = [row[:] for row in rows]; plus[p][q] += h
            minus = [row[:] for row in rows]; minus[p][q] -= h
            r.append((loss.value(rational_matrix(plus)) - loss.value(rational_matrix(minus))) / (2 * h))
        out.append(r)
    return out


def test_squared_and_quartic_gradients_against_central_differences():
    X = [["1", "2", "-1"], ["0", "1/2", "3"]]
    Y = [["1", "0", "2"]]
    A = rational_matrix([["1/3", "-2"]])
    sq = SquaredLoss(X, Y)
    # the squared loss is quadratic: central differences are exact for any h
    assert sq.gradient(A).to_list() == _numeric_grad(sq, A, QQ(1))
    qu = QuarticLoss(X, Y)
    # quartic: central difference error is h^2 * f'''/6 exactly; compare at two h and extrapolate (Richardson)
    g1, g2 = _numeric_grad(qu, A, QQ(1)), _numeric_grad(qu, A, QQ(1, 2))
    richardson = [[(4 * b - a) / 3 for a, b in zip(r1, r2)] for r1, r2 in zip(g1, g2)]
    assert qu.gradient(A).to_list() == richardson


def test_softplus_is_exact_and_symbolic():
    f = SoftplusLoss([["1"]], [["1"]])
    A = rational_matrix([["0"]])
    assert f.value(A) == sympy.log(2)
    assert f.gradient(A).to_Matrix()[0] == -sympy.Rational(1, 2)
    assert f.hessian(A).to_Matrix()[0] == sympy.Rational(1, 4)


def test_general_loss_symbols_and_make_loss():
    f = GeneralLoss(2, 1)
    assert [str(s) for s in f.extra_symbols()] == ["Df_11", "Df_21", "D2f_11_11", "D2f_11_21", "D2f_21_21"]
    with pytest.raises(ValueError, match="unknown loss 'hinge'"):
        make_loss("hinge", [[1]], [[1]])
    with pytest.raises(ValueError, match="one column per sample"):
        SquaredLoss([[1, 2]], [[1]])
