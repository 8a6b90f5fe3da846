"""Theorem 3's recursion (symbolic.forms.deep_forms): constructor, (6), recovery, gradients."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from symbolic.forms.deep_forms import deep_critical_point, deep_gradients, product, recover_deep_form
from symbolic.core.exact import rational_matrix


def _entrywise_gradients(Ws, X, Y):
    """d/dA_k of 1/2 ||A_l ... A_1 X - Y||^2 entry by entry (finite differences are exact for the linear part)."""
    from sympy import Matrix, Rational, symbols
    syms = [[[symbols(f"a{k}_{i}_{j}") for j in range(W.shape[1])] for i in range(W.shape[0])]
            for k, W in enumerate(Ws)]
    Ms = [Matrix(s) for s in syms]
    A = Ms[0]
    for M in Ms[1:]:
        A = M * A
    E = A * X.to_Matrix() - Y.to_Matrix()
    L = sum(e ** 2 for e in E) * Rational(1, 2)
    subs = {syms[k][i][j]: W.to_Matrix()[i, j] for k, W in enumerate(Ws)
            for i in range(W.shape[0]) for j in range(W.shape[1])}
    return [Matrix([[L.diff(syms[k][i][j]).subs(subs) for j in range(W.shape[1])] for i in range(W.shape[0])])
            for k, W in enumerate(Ws)]


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(1, 3), min_size=2, max_size=3), st.integers(0, 10 ** 6))
def test_deep_gradients_match_entrywise_derivatives(widths, seed):
    rng = random.Random(seed)
    dims = [2] + widths + [2]
    q = lambda: f"{rng.randint(-3, 3)}/{rng.randint(1, 3)}"
    Ws = [rational_matrix([[q() for _ in range(dims[k])] for _ in range(dims[k + 1])]) for k in range(len(dims) - 1)]
    X = rational_matrix([[q() for _ in range(3)] for _ in range(2)])
    Y = rational_matrix([[q() for _ in range(3)] for _ in range(2)])
    got = [G.to_Matrix() for G in deep_gradients(Ws, X, Y)]
    assert got == _entrywise_gradients(Ws, X, Y)


def test_zero_l_recursion_is_critical_but_breaks_condition6():
    D = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 1), (1, 0)])
    assert D.is_critical() and D.consistency() == (False,) and D.condition6() == (True,)
    # the prescribed A_(3,2) is I, the actual product is diag(1, 0)
    assert D.steps[0].A2.to_Matrix().tolist() == [[1, 0], [0, 1]]
    assert product(list(D.weights[1:])).to_Matrix().tolist() == [[1, 0], [0, 0]]


def test_recovery_reproduces_the_layers_and_condition6():
    D = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 1), (1, 0)])
    R = recover_deep_form(D.X, D.Y, D.weights)
    assert all(R.consistency()) and all(R.condition6()) and R.is_critical()
    assert R.patterns() == ((1, 0), (1, 0))
    assert [A.to_list() for A in R.weights] == [A.to_list() for A in D.weights]


def test_recovery_rejects_a_non_critical_point():
    with pytest.raises(ValueError, match="not critical"):
        recover_deep_form([[1]], [[2]], [[[1]], [[1]], [[1]]])


@pytest.mark.parametrize("dims, message", [([2, 0, 2], "positive integers"), ([2, 2], "at least three"),
                                           ([3, 2, 2], "d0 x m")])
def test_bad_dims_are_named(dims, message):
    with pytest.raises(ValueError, match=message):
        deep_critical_point([[1, 0], [0, 1]], [[1, 0], [0, 1]], dims, [(0, 0)] * (len(dims) - 2))


def test_float_input_is_rejected():
    with pytest.raises((TypeError, ValueError)):
        deep_critical_point([[1.5, 0], [0, 1]], [[1, 0], [0, 1]], [2, 2, 2], [(1, 1)])
