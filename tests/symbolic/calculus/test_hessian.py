"""Hessians: the block formula equals the entrywise Hessian; wrong blocks are caught."""

import pytest
from hypothesis import given, settings

from symbolic import (GeneralLoss, Network, QuarticLoss, SquaredLoss, hessian_block, hessian_entrywise,
                      hessian_structured)
from symbolic.core.kronecker import commutation, kron
from symbolic.calculus.objective import NetworkObjective, PolynomialObjective
from symbolic.core.products import chain

from tests.symbolic.strategies import instances


@pytest.mark.parametrize("dims", [(2, 3, 1), (3, 2, 2, 2), (1, 2, 3, 2), (2, 1, 2, 1, 2)])
@pytest.mark.parametrize("loss_name", ["squared", "quartic", "general"])
def test_block_formula_equals_entrywise_symbolically(dims, loss_name):
    X = [[str((i + 2 * j) % 3 - 1) + ("/2" if (i + j) % 2 else "") for j in range(3)] for i in range(dims[0])]
    Y = [[str((2 * i + j) % 4 - 2) for j in range(3)] for i in range(dims[-1])]
    loss = {"squared": lambda: SquaredLoss(X, Y), "quartic": lambda: QuarticLoss(X, Y),
            "general": lambda: GeneralLoss(dims[-1], dims[0])}[loss_name]()
    _, Ws = Network(dims).symbolic_weights(extra_symbols=loss.extra_symbols())
    H = hessian_entrywise(Ws, loss)
    assert hessian_structured(Ws, loss).convert_to(H.domain) == H


@given(instances())
@settings(max_examples=20)
def test_structured_hessian_at_random_points_matches_polynomial(instance):
    dims, X, Y, weights = instance
    net = Network(dims)
    F = NetworkObjective(net, SquaredLoss(X, Y))
    x = net.flatten(net.exact_weights(weights))
    # an independent route: the expanded loss as a plain polynomial in the weight symbols
    import sympy
    A = sympy.Matrix(net.symbols(1))
    for k in range(2, net.depth + 1):
        A = sympy.Matrix(net.symbols(k)) * A
    E = A * sympy.Matrix([[sympy.Rational(v) for v in r] for r in X]) - sympy.Matrix([[sympy.Rational(v) for v in r] for r in Y])
    P = PolynomialObjective(sum(e ** 2 for e in E) / 2, net.all_symbols())
    assert F.hessian(x) == P.hessian(x)
    assert F.gradient(x) == P.gradient(x)
    assert F.value(x) == P.value(x)


def test_diagonal_blocks_are_kronecker_of_grams():
    net = Network([2, 3, 2])
    X = [["1", "2", "0"], ["-1", "1/2", "3"]]
    loss = SquaredLoss(X, [["1", "0", "1"], ["2", "1", "-1"]])
    Ws = net.exact_weights([[[1, 0], [2, 1], [0, -1]], [[1, 2, "1/3"], [0, 1, 1]]])
    B = chain(Ws, 2, 2)
    expected = kron(B.transpose().matmul(B), loss.X.matmul(loss.X.transpose()))
    assert hessian_block(Ws, loss, 1, 1) == expected


def test_wrong_off_diagonal_blocks_are_detected():
    net = Network([2, 3, 2])
    X = [["1", "2", "0"], ["-1", "1/2", "3"]]
    loss = SquaredLoss(X, [["1", "0", "1"], ["2", "1", "-1"]])
    Ws = net.exact_weights([[[1, 0], [2, 1], [0, -1]], [[1, 2, "1/3"], [0, 1, 1]]])
    right = hessian_block(Ws, loss, 2, 1)
    E = loss.residual(chain(Ws, 1, 2))
    S = E.matmul(loss.X.transpose())
    M = chain(Ws, 2, 1)
    first = right - kron(S, M).matmul(commutation(2, 3, S.domain))
    assert first + kron(S, M).matmul(commutation(2, 3, S.domain)) == right
    assert first - kron(S, M).matmul(commutation(2, 3, S.domain)) != right          # sign
    assert first != right                                                           # term dropped
    assert hessian_block(Ws, loss, 1, 2) == right.transpose()


def test_block_index_errors():
    Ws = Network([1, 1]).exact_weights([[[1]]])
    with pytest.raises(ValueError, match="block indices must be layers 1..1"):
        hessian_block(Ws, SquaredLoss([[1]], [[1]]), 2, 1)


@given(instances(max_depth=4))
@settings(max_examples=15, deadline=None)
def test_structured_products_equal_the_plain_domainmatrix_products(instance):
    """RingProducts (identity skipping, packed monomials) changes no entry: rational data, and symbolic data."""
    dims, X, Y, _ = instance
    _, Ws = Network(dims).symbolic_weights()
    for loss in (SquaredLoss(X, Y), QuarticLoss(X, Y)) if Network(dims).nparams <= 8 else (SquaredLoss(X, Y),):
        assert hessian_structured(Ws, loss) == hessian_structured(Ws, loss, plain=True)
    _, Ws, Xs, Ys = Network(dims).symbolic_problem(2)
    if Network(dims).nparams <= 8:
        assert hessian_structured(Ws, SquaredLoss(Xs, Ys)) == hessian_structured(Ws, SquaredLoss(Xs, Ys), plain=True)
