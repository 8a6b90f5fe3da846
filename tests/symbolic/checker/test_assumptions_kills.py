"""The exact data checks against hand computations: ranks with zero columns and non-unit pivots, inverses with a row
swap, characteristic polynomials, squarefreeness with leading zeros and a double root at 0, and every answer of
Theorem 2.3's assumptions with its exact text."""

from fractions import Fraction as F

import pytest

from symbolic.checker.assumptions import charpoly, inverse, is_squarefree, rank, verify_kawaguchi_assumptions as V


def _m(rows):
    return [[F(x) for x in row] for row in rows]


@pytest.mark.parametrize("A, r", [
    ([], 0), ([[]], 0), ([[0, 0], [0, 0]], 0),
    ([[0, 1]], 1), ([[0, 0, 3], [0, 0, 6]], 1), ([[0, 1, 0], [0, 0, 1]], 2), ([[0, 2], [0, 3], [1, 0]], 2),
    ([[2, 1], [4, 2]], 1), ([[2, 1], [4, 3]], 2), ([[3, 1, 2], [6, 2, 4], [1, 1, 1]], 2),
    ([["1/2", "1/3"], ["3/2", 1]], 1), ([[0, 1], [1, 0]], 2), ([[1, 2, 3], [2, 4, 6], [1, 0, 1], [0, 2, 2]], 2),
])
def test_rank_by_hand(A, r):
    assert rank(_m(A)) == r


def test_inverse_by_hand():
    assert inverse(_m([[0, 1], [1, 0]])) == _m([[0, 1], [1, 0]])
    assert inverse(_m([[2, 1], [1, 1]])) == _m([[1, -1], [-1, 2]])
    assert inverse(_m([[0, 2], [4, 0]])) == _m([[0, "1/4"], ["1/2", 0]])
    assert inverse(_m([[1, 2, 0], [0, 0, 1], [0, 1, 0]])) == _m([[1, 0, -2], [0, 0, 1], [0, 1, 0]])
    for singular in ([[0]], [[1, 2], [2, 4]], [[0, 0], [0, 1]], [[1, 0, 0], [0, 1, 0], [1, 1, 0]]):
        with pytest.raises(ValueError, match=r"^singular matrix$"):
            inverse(_m(singular))


def test_charpoly_by_hand():
    assert charpoly([]) == [1]
    assert charpoly(_m([[2]])) == [1, -2]
    assert charpoly(_m([[1, 2], [3, 4]])) == [1, -5, -2]
    assert charpoly(_m([[1, 0, 0], [0, 2, 0], [0, 0, 3]])) == [1, -6, 11, -6]
    assert charpoly(_m([[0, 1], [-2, 0]])) == [1, 0, 2]


@pytest.mark.parametrize("p, squarefree", [
    ([1, -3, 2], True), ([1, -2, 1], False), ([2, -4, 2], False), ([1, 5], True), ([3], True), ([], True),
    ([0], True), ([0, 0, 1, -1], True), ([0, 1, -2, 1], False), ([0, 0, 1, -2, 1], False), ([0, 1, -3, 2], True),
    ([1, 0, -3, 2], False),          # (x - 1)^2 (x + 2)
    ([1, -6, 11, -6], True),         # (x - 1)(x - 2)(x - 3)
    ([1, -1, 0, 0], False),          # x^2 (x - 1): a double root at 0
    ([1, -1, 0], True),              # x (x - 1)
    (["1/2", "-1", "1/2"], False), ([1, 0, 1], True), ([1, 0, 2, 0, 1], False),   # (x^2 + 1)^2
])
def test_is_squarefree_by_hand(p, squarefree):
    assert is_squarefree([F(c) for c in p]) is squarefree


OK = (True, "X X^T and X Y^T of full rank, dy <= dx, Sigma with distinct eigenvalues")
I3 = [["1", "0", "0"], ["0", "1", "0"], ["0", "0", "1"]]


def test_theorem_2_3_assumptions_with_their_exact_texts():
    assert V([["1", "0"], ["0", "1"]], [["3", "0"], ["0", "1"]]) == OK
    assert V(I3, [["1", "0", "0"], ["0", "2", "0"]]) == OK                     # dy = 2 < dx = 3
    assert V(I3, [["1", "2", "3"]]) == OK                                       # dy = 1: one eigenvalue
    assert V([["1"]], [["1"], ["2"]]) == (False, "dy = 2 > dx = 1")
    assert V([["1", "1"], ["1", "1"]], [["1", "0"], ["0", "2"]]) == (False, "X X^T is not of full rank")
    assert V(I3, [["1", "0", "0"], ["2", "0", "0"]]) == (False, "X Y^T is not of full rank")
    assert V([["1", "0"], ["0", "1"]], [["0", "0"], ["0", "1"]]) == (False, "X Y^T is not of full rank")
    assert V([["1", "0"], ["0", "1"]], [["1", "0"], ["0", "1"]]) == (False, "Sigma has a repeated eigenvalue")
    assert V(I3, [["1", "0", "0"], ["0", "1", "0"]]) == (False, "Sigma has a repeated eigenvalue")
