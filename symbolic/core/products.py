"""Products of weight matrices: the full product and the truncated products.

Laurent-von Brecht (2018), equation (5), define

.. math::

    A = W_L \\cdots W_1, \\qquad W_{k,+} = W_L \\cdots W_k, \\qquad W_{k,-} = W_k \\cdots W_1,

with the conventions :math:`W_{L+1,+} = I_{d_L}` and :math:`W_{0,-} = I_{d_0}`, so
that their Lemma 1 reads :math:`\\nabla_{W_k} F = W_{k+1,+}^T \\nabla f(A) W_{k-1,-}^T`
for every :math:`k`.

Kawaguchi (2016) writes the network with :math:`H` hidden layers, so
:math:`H + 1 = L`; his :math:`W_{H+1} \\cdots W_1` is our :math:`A`; his
:math:`C = W_{H+1} \\cdots W_2` is :math:`W_{2,+}`; his
:math:`W_{H+1} \\cdots W_{k+1}` is :math:`W_{k+1,+}` and his
:math:`W_{k-1} \\cdots W_1` is :math:`W_{k-1,-}` (an empty product is the
identity, his convention too).

Main definitions
----------------
* :func:`chain` -- :math:`W_{hi} \\cdots W_{lo}` (identity when empty).
* :func:`full_product`, :func:`plus`, :func:`minus` -- :math:`A`, :math:`W_{k,+}`, :math:`W_{k,-}`.
"""

from __future__ import annotations

from sympy.polys.matrices import DomainMatrix

__all__ = ["chain", "full_product", "plus", "minus", "unify"]


def unify(weights):
    """Convert matrices to one common domain (e.g. ``QQ`` and ``QQ[w]``)."""
    K = weights[0].domain
    for W in weights[1:]:
        K = K.unify(W.domain)
    return [W.convert_to(K).to_dense() for W in weights], K


def chain(weights, lo: int, hi: int) -> DomainMatrix:
    """:math:`W_{hi} W_{hi-1} \\cdots W_{lo}` (1-based, inclusive).

    When ``hi < lo`` the product is empty: the identity of size
    :math:`d_{lo-1}` (``= d_{hi}``).

    Examples
    ========

    >>> from symbolic import Network
    >>> from symbolic.core.products import chain
    >>> Ws = Network([1, 1, 1, 1]).exact_weights([[[2]], [[3]], [[5]]])
    >>> chain(Ws, 1, 3).to_Matrix(), chain(Ws, 2, 2).to_Matrix(), chain(Ws, 3, 2).to_Matrix()
    (Matrix([[30]]), Matrix([[3]]), Matrix([[1]]))
    """
    L = len(weights)
    if not (1 <= lo <= L + 1 and 0 <= hi <= L):
        raise ValueError(f"chain bounds must satisfy 1 <= lo <= L + 1 and 0 <= hi <= L for L = {L}; got lo={lo}, hi={hi}")
    if hi < lo:
        size = weights[lo - 1].shape[1] if lo <= L else weights[hi - 1].shape[0]
        return DomainMatrix.eye(size, weights[0].domain).to_dense()
    out = weights[lo - 1]
    for k in range(lo + 1, hi + 1):
        out = weights[k - 1].matmul(out)
    return out


def full_product(weights) -> DomainMatrix:
    """:math:`A = W_L \\cdots W_1`."""
    return chain(weights, 1, len(weights))


def plus(weights, k: int) -> DomainMatrix:
    """Laurent-von Brecht :math:`W_{k,+} = W_L \\cdots W_k` (identity for ``k = L + 1``)."""
    return chain(weights, k, len(weights))


def minus(weights, k: int) -> DomainMatrix:
    """Laurent-von Brecht :math:`W_{k,-} = W_k \\cdots W_1` (identity for ``k = 0``)."""
    return chain(weights, 1, k)
