"""Exact Taylor coefficients of the loss along a polynomial curve.

Along :math:`W_k(t) = W_k + \\sum_{p=1}^{P} t^p C_{k,p}` the product
:math:`A(t) = W_L(t) \\cdots W_1(t) = \\sum_m t^m P_m` is built layer by layer,

.. math::

    P^{(k)}_m = \\sum_{p=0}^{\\min(m, P)} C_{k,p} P^{(k-1)}_{m-p}, \\qquad C_{k,0} = W_k,

truncated at the requested order.  For the squared loss, with
:math:`E_m = P_m X - [m = 0] Y`, the coefficients of :math:`g(t) = L(x(t))` are
:math:`c_m = \\tfrac12 \\sum_{a+b=m} \\langle E_a, E_b \\rangle`; for the quartic loss each entry
:math:`E_{ij}(t)` is raised to the fourth power as a series truncated at the order; any other
polynomial loss is evaluated on :math:`A(t)` over :math:`\\mathbb{Q}[t]`.
All arithmetic is over :math:`\\mathbb{Q}`; no series expansion of expressions.

Main definitions
----------------
* :func:`product_series`, :func:`taylor_coefficients`, :func:`series_mul`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.core.losses import Loss, QuarticLoss, SquaredLoss

__all__ = ["product_series", "taylor_coefficients", "series_mul", "check_order", "MAX_ORDER"]


#: Highest Taylor order computed (coefficient lists have order + 1 entries).
MAX_ORDER = 1000


def check_order(order) -> int:
    """``order`` as a non-negative integer at most :data:`MAX_ORDER`; ``ValueError`` otherwise."""
    if not isinstance(order, int) or isinstance(order, bool) or order < 0:
        raise ValueError(f"order must be a non-negative integer; got {order!r}")
    if order > MAX_ORDER:
        raise ValueError(f"order {order} is more than {MAX_ORDER}; ask for fewer Taylor coefficients")
    return order


def _check_curve(weights, curve):
    if not isinstance(weights, (list, tuple)) or not weights or not all(isinstance(W, DomainMatrix) for W in weights):
        raise TypeError("weights must be a non-empty list of DomainMatrix (use Network.exact_weights(rows))")
    if not isinstance(curve, (list, tuple)):
        raise TypeError("curve must be a list [[C1 of W1, ..., C1 of WL], [C2 of W1, ...], ...]")
    for p, layer_list in enumerate(curve, 1):
        if not isinstance(layer_list, (list, tuple)) or not all(isinstance(C, DomainMatrix) for C in layer_list):
            raise TypeError(f"curve term t^{p} must be a list of DomainMatrix, one per layer "
                            "(use Network.exact_weights(rows))")
        if len(layer_list) != len(weights):
            raise ValueError(f"curve term t^{p} has {len(layer_list)} matrices; it needs one per layer ({len(weights)})")
        for k, (C, W) in enumerate(zip(layer_list, weights), 1):
            if tuple(C.shape) != tuple(W.shape):
                raise ValueError(f"curve term t^{p} for W{k} has shape {C.shape[0]} x {C.shape[1]}; "
                                 f"it must match W{k}: {W.shape[0]} x {W.shape[1]}")


def product_series(weights, curve, order: int) -> list[DomainMatrix]:
    """Coefficients :math:`P_0, \\dots, P_{order}` of :math:`A(t)` (exact, over QQ).

    Examples
    ========

    >>> from symbolic import Network
    >>> from symbolic.calculus.taylor import product_series
    >>> net = Network([1, 1, 1])
    >>> W = net.exact_weights([[[0]], [[0]]]); C = net.exact_weights([[[1]], [[2]]])
    >>> [P.to_Matrix()[0] for P in product_series(W, [C], 3)]
    [0, 0, 2, 0]
    """
    _check_curve(weights, curve)
    check_order(order)
    L = len(weights)
    # zero matrices are None: they are skipped (at a zero tuple most products vanish)
    layer_terms = [[None if M.is_zero_matrix else M for M in [weights[k]] + [curve[p][k] for p in range(len(curve))]]
                   for k in range(L)]
    series = [layer_terms[0][m] if m < len(layer_terms[0]) else None for m in range(order + 1)]
    for k in range(1, L):
        terms = layer_terms[k]
        new = []
        for m in range(order + 1):
            acc = None
            for p in range(min(m, len(terms) - 1) + 1):
                prev = series[m - p]
                if prev is None or terms[p] is None:
                    continue
                term = terms[p].matmul(prev)
                acc = term if acc is None else acc + term
            new.append(acc)
        series = new
    d_out, d_in = weights[-1].shape[0], weights[0].shape[1]
    zero = DomainMatrix.zeros((d_out, d_in), QQ).to_dense()
    return [P if P is not None else zero for P in series]


def _inner(E, F):
    return sum((a * b for ra, rb in zip(E.to_list(), F.to_list()) for a, b in zip(ra, rb)), QQ.zero)


def _power_sum_series(series, loss, p: int, order: int) -> list:
    """:math:`\\tfrac1p \\sum_{ij} E_{ij}(t)^p` with :math:`E(t) = A(t) X - Y`, as truncated coefficient lists."""
    E = [P.matmul(loss.X).to_list() for P in series]
    Y = loss.Y.to_list()
    total = [QQ.zero] * (order + 1)
    for i, row in enumerate(Y):
        for j, y in enumerate(row):
            e = [E[m][i][j] for m in range(order + 1)]
            e[0] -= y
            if not any(e):
                continue
            power = e
            for _ in range(p - 1):
                power = series_mul(power, e, order)
            total = [a + b for a, b in zip(total, power)]
    scale = QQ(1, p)
    return [scale * c for c in total]


def series_mul(a: list, b: list, order: int) -> list:
    """The product of two coefficient lists of length ``order + 1``, truncated after :math:`t^{order}`.

    Examples
    ========

    >>> from sympy.polys.domains import QQ
    >>> from symbolic.calculus.taylor import series_mul
    >>> [str(c) for c in series_mul([QQ(1), QQ(1), QQ(0)], [QQ(1), QQ(-1), QQ(1, 2)], 2)]   # (1+t)(1-t+t^2/2)
    ['1', '0', '-1/2']
    """
    out = [QQ.zero] * (order + 1)
    for i, u in enumerate(a):
        if u:
            for j in range(order + 1 - i):
                if b[j]:
                    out[i + j] += u * b[j]
    return out


def taylor_coefficients(weights, curve, loss: Loss, order: int) -> list:
    """:math:`c_0, \\dots, c_{order}` with :math:`L(x(t)) = \\sum_m c_m t^m + O(t^{order+1})`.

    ``weights`` and every curve matrix are exact ``QQ`` matrices; ``curve[p-1]``
    lists the coefficient of :math:`t^p` for each layer.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.calculus.taylor import taylor_coefficients
    >>> net = Network([1, 1, 1, 1])
    >>> W = net.exact_weights([[[0]]] * 3); C = net.exact_weights([[[1]]] * 3)
    >>> [str(c) for c in taylor_coefficients(W, [C], SquaredLoss([[1]], [[1]]), 6)]
    ['1/2', '0', '0', '-1', '0', '0', '1/2']
    """
    if not loss.polynomial:
        raise ValueError(f"Taylor coefficients are exact only for polynomial losses; {loss.name} is not")
    series = product_series(weights, curve, order)
    if isinstance(loss, SquaredLoss):
        E = [P.matmul(loss.X) for P in series]
        E[0] = E[0] - loss.Y
        nonzero = [a for a in range(order + 1) if not E[a].is_zero_matrix]
        half = QQ(1, 2)
        return [half * sum((_inner(E[a], E[m - a]) for a in nonzero if a <= m and m - a in nonzero), QQ.zero)
                for m in range(order + 1)]
    if isinstance(loss, QuarticLoss):
        return _power_sum_series(series, loss, loss.power, order)
    R, t = ring("t", QQ)
    K = R.to_domain()
    d_out, d_in = series[0].shape
    entries = [[sum((R(series[m].to_list()[i][j]) * t ** m for m in range(order + 1)), R.zero)
                for j in range(d_in)] for i in range(d_out)]
    value = loss.value(DomainMatrix(entries, (d_out, d_in), K))
    return [value.coeff(t ** m) if m else value.coeff(1) for m in range(order + 1)]
