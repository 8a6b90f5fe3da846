"""The checker's exact univariate and matrix arithmetic against hand computations."""

from fractions import Fraction

import pytest

from symbolic.checker.poly import (
    chain_product,
    eye,
    frac,
    frac_matrix,
    ldl_inertia,
    mat_add,
    mat_mul,
    mat_sub,
    transpose,
    upoly_add,
    upoly_mul,
    upoly_scale,
    upoly_truncate,
)

F = Fraction


def test_frac_parses_rationals_and_refuses_the_rest():
    assert frac(" -3/4 ") == F(-3, 4) and frac(2) == 2 and frac(F(1, 3)) == F(1, 3) and frac("1e3") == 1000
    for bad, error in ((0.5, TypeError), (True, TypeError), (None, TypeError), ([1], TypeError),
                       ("1e100000", ValueError), ("1" * 4001, ValueError), ("x", ValueError)):
        with pytest.raises(error):
            frac(bad)


def test_frac_size_limits_are_exact():
    assert frac("1" * 4000) == int("1" * 4000) and frac("1e9999") == 10**9999 and frac("2E-9999") == F(2, 10**9999)
    for big in ("1" * 4001, "1e10000", "1E+10000"):
        with pytest.raises(ValueError, match="too large"):
            frac(big)


def test_frac_matrix_refuses_ragged_rows():
    assert frac_matrix([["1/2", 1], [0, "-1"]]) == [[F(1, 2), 1], [0, -1]]
    for ragged in ([[1, 2], [3]], [[1, 2, 3], [4, 5], [6]]):
        with pytest.raises(ValueError, match="ragged"):
            frac_matrix(ragged)


def test_upoly_products_truncations_and_sums():
    assert upoly_mul([1, 1], [1, 1]) == [1, 2, 1]                        # (1 + t)^2
    assert upoly_mul([1, 2, 3], [0, 1], order=2) == [0, 1, 2]            # t (1 + 2t + 3t^2), up to t^2
    assert upoly_mul([1, 1], [1, 1], order=0) == [1]
    assert upoly_mul([0, 0, 1], [1, 1], order=2) == [0, 0, 1]
    assert upoly_mul([], [1, 2]) == [] and upoly_mul([1, 2], []) == []   # the zero polynomial stays []
    assert upoly_add([1, 2], [3]) == [4, 2]
    assert upoly_scale([1, F(1, 2)], 4) == [4, 2]
    assert upoly_truncate([1, 2, 3, 4], 1) == [1, 2] and upoly_truncate([1], 3) == [1]


def test_matrices_of_fractions_and_of_polynomials():
    A = [[F(1), F(2)], [F(3), F(4)]]
    assert mat_add(A, A) == [[2, 4], [6, 8]] and mat_sub(A, A) == [[0, 0], [0, 0]]
    P = [[[F(1), F(1)], [F(0), F(1)]]]                                   # the row (1 + t, t)
    assert mat_add(P, [[F(1), [F(0), F(0), F(1)]]]) == [[[2, 1], [0, 1, 1]]]
    assert mat_sub([[F(1), F(0)]], P) == [[[0, -1], [0, -1]]]             # (1, 0) - (1 + t, t)
    assert mat_sub(P, [[F(1), F(0)]]) == [[[0, 1], [0, 1]]]
    col = [[F(2)], [F(3)]]
    assert mat_mul(P, col) == [[[2, 5]]]                                  # 2(1 + t) + 3t
    assert mat_mul(col, P) == [[[2, 2], [0, 2]], [[3, 3], [0, 3]]]       # Fractions times polynomials
    assert mat_mul(P, transpose(P), order=1) == [[[1, 2]]]                # (1 + t)^2 + t^2 up to t
    assert mat_mul(P, transpose(P)) == [[[1, 2, 2]]]
    with pytest.raises(ValueError, match="do not chain"):
        mat_mul(A, col + col)


def test_eye_and_chain_product():
    assert eye(2) == [[1, 0], [0, 1]] and eye(0) == []
    Ws = [[[F(1), F(2)]], [[F(3)], [F(4)]], [[F(1), F(-1)]]]             # 1x2, 2x1, 1x2
    assert chain_product(Ws, 1, 2, 2) == [[3, 6], [4, 8]]                 # W2 W1
    assert chain_product(Ws, 2, 3, 1) == [[-1]]                           # W3 W2
    assert chain_product(Ws, 2, 1, 3) == eye(3)


@pytest.mark.parametrize("A, inertia", [
    ([[1, 0], [0, 1]], (2, 0, 0)),
    ([[0, 1], [1, 0]], (1, 1, 0)),
    ([[1, 1], [1, 1]], (1, 0, 1)),
    ([[0, 0, 1], [0, 0, 0], [1, 0, 0]], (1, 1, 1)),
    ([[0, 2, 0], [2, 0, 1], [0, 1, 0]], (1, 1, 1)),                       # eigenvalues 0, +-sqrt(5)
    ([[2, -1, 0], [-1, 2, -1], [0, -1, 2]], (3, 0, 0)),
    ([[-1, 2], [2, -4]], (0, 1, 1)),
])
def test_ldl_inertia(A, inertia):
    assert ldl_inertia([[F(v) for v in row] for row in A]) == inertia


def test_ldl_inertia_refuses_non_symmetric():
    with pytest.raises(ValueError, match="symmetric"):
        ldl_inertia([[F(1), F(2)], [F(0), F(1)]])
