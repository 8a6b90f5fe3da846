"""Gradients of :math:`L(W_1, \\dots, W_L) = f(W_L \\cdots W_1)`, three ways.

1. Entrywise: differentiate the loss with respect to each weight symbol
   (for a polynomial loss, the expanded polynomial; for an arbitrary
   :math:`f`, the chain rule :math:`\\partial L / \\partial x = \\sum_{pq}
   \\partial_{pq} f \\; \\partial A_{pq} / \\partial x` on the polynomial entries
   of :math:`A`).
2. Closed form, Laurent-von Brecht (2018) Lemma 1:

   .. math::

       \\nabla_{W_k} L = W_{k+1,+}^T \\, \\nabla f(A) \\, W_{k-1,-}^T .

3. vec/Kronecker form, Kawaguchi (2016) Lemma 4.1 (column-major vec):

   .. math::

       \\operatorname{vec}\\big((\\nabla_{W_k} L)^T\\big)
       = \\big(W_{k+1,+}^T \\otimes W_{k-1,-}\\big)\\, \\operatorname{vec}\\big(\\nabla f(A)^T\\big),

   which for the squared loss, with :math:`r = (AX - Y)^T`, is Kawaguchi's
   :math:`\\big((W_{H+1} \\cdots W_{k+1}) \\otimes (W_{k-1} \\cdots W_1 X)^T\\big)^T \\operatorname{vec}(r)`.

Main definitions
----------------
* :func:`gradient_entrywise`, :func:`gradient_closed_form`,
  :func:`gradient_vec_kronecker`, :func:`gradient_kawaguchi_squared`.
"""

from __future__ import annotations

from sympy.polys.matrices import DomainMatrix

from symbolic.core.kronecker import kron, vec, vec_rows
from symbolic.core.losses import Loss, SquaredLoss
from symbolic.core.products import chain, full_product, unify

__all__ = ["gradient_entrywise", "gradient_closed_form", "gradient_vec_kronecker",
           "gradient_kawaguchi_squared", "weight_generators"]


def weight_generators(weights):
    """The ring generator standing at each entry of each layer.

    Raises ``ValueError`` if a layer is fixed (entrywise derivatives need a
    symbol per entry).
    """
    out = []
    for k, W in enumerate(weights, 1):
        K = W.domain
        ring = getattr(K, "ring", None)
        gens = set(ring.gens) if ring is not None else set()
        rows = W.to_list()
        if not all(x in gens for row in rows for x in row) or len({x for row in rows for x in row}) != W.shape[0] * W.shape[1]:
            raise ValueError(f"entrywise derivatives need every entry of W{k} to be its own symbol; "
                             "build the weights with Network.symbolic_weights() and no fixed layers")
        out.append(rows)
    return out


def _entry_derivatives(A: DomainMatrix, x):
    return [[a.diff(x) for a in row] for row in A.to_list()]


def gradient_entrywise(weights, loss: Loss) -> list[DomainMatrix]:
    """:math:`\\partial L / \\partial (W_k)_{ij}` for every entry, one symbol at a time.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.calculus.gradient import gradient_entrywise
    >>> R, Ws = Network([1, 1, 1]).symbolic_weights()
    >>> [G.to_Matrix() for G in gradient_entrywise(Ws, SquaredLoss([[1]], [[1]]))]
    [Matrix([[W1_11*W2_11**2 - W2_11]]), Matrix([[W1_11**2*W2_11 - W1_11]])]
    """
    weights, K = unify(weights)
    gens = weight_generators(weights)
    A = full_product(weights)
    if loss.polynomial:
        value = loss.value(A)
        return [DomainMatrix([[value.diff(x) for x in row] for row in layer], (len(layer), len(layer[0])), K)
                for layer in gens]
    G = loss.gradient(A).to_list()
    out = []
    for layer in gens:
        rows = []
        for row in layer:
            rows.append([sum((g * d for grow, drow in zip(G, _entry_derivatives(A, x)) for g, d in zip(grow, drow)), K.zero)
                         for x in row])
        out.append(DomainMatrix(rows, (len(layer), len(layer[0])), K))
    return out


def gradient_closed_form(weights, grad_f: DomainMatrix) -> list[DomainMatrix]:
    """Laurent-von Brecht Lemma 1: :math:`W_{k+1,+}^T \\nabla f(A) W_{k-1,-}^T` for each k.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.calculus.gradient import gradient_closed_form
    >>> from symbolic.core.products import full_product
    >>> Ws = Network([1, 1, 1]).exact_weights([[[2]], [[3]]])
    >>> f = SquaredLoss([[1]], [[1]])
    >>> [G.to_Matrix() for G in gradient_closed_form(Ws, f.gradient(full_product(Ws)))]
    [Matrix([[15]]), Matrix([[10]])]
    """
    weights, K = unify(list(weights) + [grad_f])
    grad_f, weights = weights[-1], weights[:-1]
    L = len(weights)
    return [chain(weights, k + 1, L).transpose().matmul(grad_f).matmul(chain(weights, 1, k - 1).transpose())
            for k in range(1, L + 1)]


def gradient_vec_kronecker(weights, grad_f: DomainMatrix) -> list[DomainMatrix]:
    """:math:`\\operatorname{vec}(\\nabla_{W_k} L^T) = (W_{k+1,+}^T \\otimes W_{k-1,-}) \\operatorname{vec}(\\nabla f^T)`.

    Returns column vectors, one per layer, in the order of
    :math:`\\operatorname{vec}(W_k^T)` (row-major entries of :math:`W_k`).
    """
    weights, K = unify(list(weights) + [grad_f])
    grad_f, weights = weights[-1], weights[:-1]
    L = len(weights)
    g = vec(grad_f.transpose())
    return [kron(chain(weights, k + 1, L).transpose(), chain(weights, 1, k - 1)).matmul(g) for k in range(1, L + 1)]


def gradient_kawaguchi_squared(weights, loss: SquaredLoss) -> list[DomainMatrix]:
    """Kawaguchi Lemma 4.1 as printed, for the squared loss.

    .. math::

        D_{\\operatorname{vec}(W_k^T)} L^T
        = \\big(W_{H+1} \\cdots W_{k+1} \\otimes (W_{k-1} \\cdots W_1 X)^T\\big)^T \\operatorname{vec}(r),
        \\qquad r = (\\hat Y - Y)^T .
    """
    weights, K = unify(list(weights) + [loss.X, loss.Y])
    X, Y, weights = weights[-2], weights[-1], weights[:-2]
    L = len(weights)
    r = (full_product(weights).matmul(X) - Y).transpose()
    out = []
    for k in range(1, L + 1):
        left = chain(weights, k + 1, L)
        right = chain(weights, 1, k - 1).matmul(X).transpose()
        out.append(kron(left, right).transpose().matmul(vec(r)))
    return out


def flat_column(mats) -> DomainMatrix:
    """Stack the row-major flattenings of several matrices into one column."""
    mats, K = unify(mats)
    data = []
    for M in mats:
        data.extend(vec_rows(M).to_list())
    return DomainMatrix(data, (len(data), 1), K)
