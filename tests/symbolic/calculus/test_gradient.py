"""Gradients: entrywise = Laurent-von Brecht closed form = Kawaguchi vec/Kronecker form,
and deliberately wrong formulas are caught by the same comparison."""

import pytest
from hypothesis import given, settings

from symbolic import (GeneralLoss, Network, QuarticLoss, SquaredLoss, chain, full_product, gradient_closed_form,
                      gradient_entrywise, gradient_kawaguchi_squared, gradient_vec_kronecker)
from symbolic.core.kronecker import vec_rows
from symbolic.calculus.objective import NetworkObjective, PolynomialObjective

from tests.symbolic.strategies import instances


@pytest.mark.parametrize("dims", [(2, 3, 1), (3, 2, 2, 2), (1, 2, 3), (2, 1, 2, 1)])
def test_lemma1_for_arbitrary_f_symbolically(dims):
    loss = GeneralLoss(dims[-1], dims[0])
    _, Ws = Network(dims).symbolic_weights(extra_symbols=loss.extra_symbols())
    G = loss.gradient(full_product(Ws))
    entrywise = gradient_entrywise(Ws, loss)
    assert entrywise == gradient_closed_form(Ws, G)
    assert [vec_rows(E) for E in entrywise] == gradient_vec_kronecker(Ws, G)


@given(instances())
@settings(max_examples=25)
def test_closed_forms_equal_entrywise_at_random_points(instance):
    dims, X, Y, weights = instance
    net = Network(dims)
    for loss in (SquaredLoss(X, Y), QuarticLoss(X, Y)):
        _, Ws_sym = net.symbolic_weights()
        entry_sym = gradient_entrywise(Ws_sym, loss)
        Ws = net.exact_weights(weights)
        point = net.flatten(Ws)
        entry = [[PolynomialObjective._eval(p, point) for p in row] for E in entry_sym for row in E.to_list()]
        closed = gradient_closed_form(Ws, loss.gradient(full_product(Ws)))
        assert [x for row in entry for x in row] == net.flatten(closed)
        if isinstance(loss, SquaredLoss):
            assert [vec_rows(C) for C in closed] == gradient_kawaguchi_squared(Ws, loss)


# -- wrong formulas must be detected -------------------------------------------------

def _mutants(Ws, G):
    L = len(Ws)
    P = lambda k: chain(Ws, k + 1, L)  # noqa: E731
    Q = lambda k: chain(Ws, 1, k - 1)  # noqa: E731
    yield "sign", [-(P(k).transpose().matmul(G).matmul(Q(k).transpose())) for k in range(1, L + 1)]
    two = G.domain.convert(2)
    yield "factor 2", [(P(k).transpose().matmul(G).matmul(Q(k).transpose())) * two for k in range(1, L + 1)]
    # product order swapped inside the truncated products (W_{k-1}..W_1 read as W_1..W_{k-1})
    def rev(lo, hi):
        out = chain(Ws, lo, lo)
        for j in range(lo + 1, hi + 1):
            out = out.matmul(Ws[j - 1])
        return out
    yield "order", [P(k).transpose().matmul(G).matmul((rev(1, k - 1) if k > 1 else Q(k)).transpose())
                    for k in range(1, L + 1)]


def test_wrong_gradient_formulas_are_detected():
    dims = (2, 2, 2, 2)
    net = Network(dims)
    X = [["1", "2", "-1/2"], ["3", "-1", "1"]]
    Y = [["1/3", "0", "2"], ["-1", "5/2", "1"]]
    loss = SquaredLoss(X, Y)
    Ws = net.exact_weights([[[1, 2], [0, "-1/2"]], [["1/3", 1], [2, -1]], [[1, 1], ["-2", 3]]])
    G = loss.gradient(full_product(Ws))
    right = gradient_closed_form(Ws, G)
    for name, wrong in _mutants(Ws, G):
        assert wrong != right, name
    # X where X^T belongs: with a symmetric X the bug hides; with a non-symmetric X it shows
    Xsq = [["1", "2"], ["3", "-1"]]
    lsq = SquaredLoss(Xsq, [["1", "0"], ["0", "1"]])
    Eq = lsq.residual(full_product(Ws))
    assert Eq.matmul(lsq.X) != Eq.matmul(lsq.X.transpose())
    Xsym = [["1", "2"], ["2", "-1"]]
    lsym = SquaredLoss(Xsym, [["1", "0"], ["0", "1"]])
    Es = lsym.residual(full_product(Ws))
    assert Es.matmul(lsym.X) == Es.matmul(lsym.X.transpose())  # why tests use non-symmetric data


def test_objective_gradient_is_closed_form():
    net = Network([2, 3, 1])
    F = NetworkObjective(net, SquaredLoss([[1, 0, 2], [0, 1, "1/2"]], [[1, 2, 3]]))
    x = list(range(net.nparams))
    Ws = net.unflatten(F.check_point(x))
    assert F.gradient(x) == net.flatten(gradient_closed_form(Ws, F.loss.gradient(full_product(Ws))))


def test_entrywise_needs_symbolic_layers():
    _, Ws = Network([1, 1, 1]).symbolic_weights(fixed={1: [[2]]})
    with pytest.raises(ValueError, match="entrywise derivatives need every entry of W1"):
        gradient_entrywise(Ws, SquaredLoss([[1]], [[1]]))


def test_kawaguchi_lemma41_with_symbolic_data():
    net = Network([2, 2, 1])
    R, Ws, X, Y = net.symbolic_problem(2)
    loss = SquaredLoss(X, Y)
    entrywise = gradient_entrywise(Ws, loss)
    assert [vec_rows(E) for E in entrywise] == gradient_kawaguchi_squared(Ws, loss)


def test_sympy_matrix_symbol_diff_pitfall_is_why_we_go_entrywise():
    """SymPy 1.14 returns 0 for d f(Tr(W X)) / dW; the entrywise chain rule does not."""
    import sympy
    W, X = sympy.MatrixSymbol("W", 2, 2), sympy.MatrixSymbol("X", 2, 2)
    assert sympy.Matrix(sympy.diff(sympy.Function("f")(sympy.Trace(W * X)), W)).is_zero_matrix  # silently wrong
    loss = GeneralLoss(1, 1)
    _, Ws = Network([1, 2, 1]).symbolic_weights(extra_symbols=loss.extra_symbols())
    assert any(not G.is_zero_matrix for G in gradient_entrywise(Ws, loss))
