"""The ReLU loss on cones (symbolic.forms.relu_cones): the one-unit form (15) on Example 1's data, cones, gradients."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sympy import Matrix, symbols

from symbolic.forms.analytical_forms import shallow_critical_point
from symbolic.core.exact import rational_matrix
from symbolic.forms.relu_cones import (
    activation_pattern,
    cone_eigenbasis,
    cone_of,
    cone_point,
    one_unit_cone_point,
    relu_gradients,
    relu_loss,
    sigma_of_cone,
)

X, Y = [[1, 0], [0, 1]], [[2, 0], [0, 1]]


def test_cone_sigmas_and_values():
    assert sigma_of_cone(X, Y, [0]).to_Matrix().tolist() == [[4, 0], [0, 0]]
    assert sigma_of_cone(X, Y, [1]).to_Matrix().tolist() == [[0, 0], [0, 1]]
    assert sigma_of_cone(X, Y, []).is_zero_matrix
    # U_J orders Sigma_J's eigenvalues decreasingly, zero ones last: for J' = {2}, U = [e2, e1]
    for J, v, ell, value, interior in (([0], [1, 0], [1, -1], "1/2", True), ([1], [1, 0], [-1, 0], "2", True),
                                       ([1], [0, 1], [-1, 0], "5/2", False), ([], [1, 0], [-1, -1], "5/2", True)):
        A1, A2 = one_unit_cone_point(X, Y, J, 1, v, ell)
        assert str(relu_loss(A1, A2, X, Y)) == value
        assert activation_pattern(A1, rational_matrix(X))[1] is interior


def test_u_is_sorted_and_checked():
    assert cone_eigenbasis(X, Y, [1]).to_Matrix().tolist() == [[0, 1], [1, 0]]
    assert cone_eigenbasis(X, Y, [0, 1]).to_Matrix().tolist() == [[1, 0], [0, 1]]
    A1, A2 = one_unit_cone_point(X, Y, [1], 1, [1, 0], [-1, 0], U=[[1, 0], [0, 1]])   # the identity, given
    assert A1.to_Matrix().tolist() == [[-1, 0]] and A2.to_Matrix().tolist() == [[1], [0]]
    with pytest.raises(ValueError, match="orthonormal columns"):
        one_unit_cone_point(X, Y, [1], 1, [1, 0], [-1, 0], U=[[1, 1], [0, 1]])
    with pytest.raises(ValueError, match="irrational length"):
        cone_eigenbasis([[1]], [[1], [1]], [0])


def test_c_must_be_nonzero_and_exact():
    with pytest.raises(ValueError, match="c must be nonzero"):
        one_unit_cone_point(X, Y, [0], 0, [1, 0], [0, 0])
    with pytest.raises(TypeError):
        one_unit_cone_point(X, Y, [0], 0.5, [1, 0], [0, 0])


def test_cone_of_reads_the_product_pattern():
    Xs = [[1, 0, 1], [0, 1, 1]]
    assert cone_of([[1, 1], [-1, -1]], Xs) == ([0], [0, 1, 2], True)
    assert cone_of([[1, -2], [-1, -1]], Xs) == ([0], [0], True)
    assert cone_of([[0, 1], [-1, -1]], Xs) == ([0], [0, 1, 2], False)
    assert cone_of([[-1, -1], [-1, -1]], Xs) == ([], [], True)
    assert cone_of([[1, -2], [-2, 1]], Xs) is None


def test_cone_point_places_the_blocks():
    F = shallow_critical_point([[1], [0]], [[2], [0]], 1, (1, 0))
    A1, A2 = cone_point(F, [0], 3, [[-1, -1], [-2, 0]], [[1, 2], [3, 4]])
    assert A1.to_Matrix().tolist() == [[2, 0], [-1, -1], [-2, 0]]
    assert A2.to_Matrix().tolist() == [[1, 1, 2], [0, 3, 4]]
    with pytest.raises(ValueError, match="I must list 1 increasing"):
        cone_point(F, [3], 3, [[-1, -1], [-2, 0]], [[1, 2], [3, 4]])
    with pytest.raises(ValueError, match="other_rows must be 2 x 2"):
        cone_point(F, [0], 3, [[-1, -1]], [[1, 2], [3, 4]])


def test_relu_gradients_refuse_a_boundary():
    with pytest.raises(ValueError, match="cone boundary"):
        relu_gradients([[0, 1]], [[1]], [[1, 0, 1], [0, 1, 1]], [[1, 2, 0]])


_q = st.fractions(min_value=-3, max_value=3, max_denominator=3)


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 3), st.integers(1, 3), st.integers(2, 4), st.integers(1, 2), st.data())
def test_relu_gradients_match_entrywise_derivatives(d0, d1, m, d2, data):
    """On random non-square rational data, the closed form equals SymPy's entrywise derivatives of the cone's
    polynomial (at points off every cone boundary)."""
    X = [[data.draw(_q) for _ in range(m)] for _ in range(d0)]
    Y = [[data.draw(_q) for _ in range(m)] for _ in range(d2)]
    A1 = [[data.draw(_q) for _ in range(d0)] for _ in range(d1)]
    A2 = [[data.draw(_q) for _ in range(d1)] for _ in range(d2)]
    Z = Matrix(A1) * Matrix(X)
    assume(all(z != 0 for z in Z))
    a1 = Matrix(d1, d0, symbols(f"a0:{d1 * d0}"))
    a2 = Matrix(d2, d1, symbols(f"b0:{d2 * d1}"))
    P = a1 * Matrix(X)
    H = Matrix(d1, m, lambda i, j: P[i, j] if Z[i, j] > 0 else 0)
    piece = sum(((a2 * H - Matrix(Y)).applyfunc(lambda e: e ** 2)), 0) / 2
    point = dict(zip(list(a1) + list(a2), [v for row in A1 for v in row] + [v for row in A2 for v in row]))
    G1, G2 = relu_gradients([[str(v) for v in r] for r in A1], [[str(v) for v in r] for r in A2],
                            [[str(v) for v in r] for r in X], [[str(v) for v in r] for r in Y])
    assert G1.to_Matrix() == a1.applyfunc(lambda w: piece.diff(w).xreplace(point))
    assert G2.to_Matrix() == a2.applyfunc(lambda w: piece.diff(w).xreplace(point))
