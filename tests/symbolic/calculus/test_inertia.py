"""Exact inertia: LDL congruence vs Descartes on the characteristic polynomial, witnesses."""

import random

from hypothesis import given, strategies as st
from sympy.polys.domains import QQ

from symbolic.calculus.inertia import (inertia, inertia_charpoly, kernel_basis, ldl, negative_curvature_vector,
                              positive_curvature_vector, quadratic_form, solve_symmetric)


def _random_symmetric(seed, n, rank):
    rng = random.Random(seed)
    A = [[QQ(rng.randint(-3, 3), rng.choice([1, 2])) for _ in range(n)] for _ in range(rank)]
    signs = [rng.choice([1, -1]) for _ in range(rank)]
    return [[sum((s * A[k][i] * A[k][j] for k, s in enumerate(signs)), QQ.zero) for j in range(n)] for i in range(n)]


@given(st.integers(0, 10**6), st.integers(1, 7), st.integers(0, 7))
def test_ldl_matches_charpoly(seed, n, rank):
    H = _random_symmetric(seed, n, rank)
    assert inertia(H) == inertia_charpoly(H)


@given(st.integers(0, 10**6), st.integers(1, 7), st.integers(0, 7))
def test_witnesses(seed, n, rank):
    H = _random_symmetric(seed, n, rank)
    pos, neg, zero = inertia(H)
    v = negative_curvature_vector(H)
    assert (v is None) == (neg == 0)
    if v is not None:
        assert quadratic_form(H, v) < 0
    u = positive_curvature_vector(H)
    assert (u is None) == (pos == 0)
    if u is not None:
        assert quadratic_form(H, u) > 0
    K = kernel_basis(H)
    assert len(K) == zero
    for k in K:
        assert all(sum((a * b for a, b in zip(row, k)), QQ.zero) == 0 for row in H)
    res = ldl(H)
    for col, d in zip(res.columns, res.diagonal):
        assert quadratic_form(H, col) == d


def test_zero_diagonal_pivot_and_solve():
    H = [[0, 1, 0], [1, 0, 0], [0, 0, 0]]
    assert inertia(H) == (1, 1, 1) == inertia_charpoly(H)
    res = ldl(H)
    w = solve_symmetric(res, [1, 2, 0])
    assert [sum(QQ(a) * b for a, b in zip(row, w)) for row in H] == [1, 2, 0]
    assert solve_symmetric(res, [0, 0, 1]) is None
