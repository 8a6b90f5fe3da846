"""Preimages of perturbed products at non-degenerate points: local openness of :math:`W \\mapsto W_h \\cdots W_1`.

At a non-degenerate point (:math:`\\operatorname{rank} W_h \\cdots W_1 = d_p = \\min_i d_i`, Nouiehed-Razaviyayn's
Lemma 10), split at a thinnest layer :math:`p`: :math:`A = W_h \\cdots W_{p+1}` has full column rank and
:math:`B = W_p \\cdots W_1` full row rank.  For a perturbation :math:`Z` of :math:`AB` in the range
(:math:`\\operatorname{rank} Z \\le d_p`):

.. math::

    B' = A^+ Z, \\qquad A' = Z B'^+ \\quad (A' B' = Z \\text{ when } B' \\text{ has full row rank}),

    W_1' = W_1 + (W_p \\cdots W_2)^+ (B' - B), \\qquad W_h' = W_h + (A' - A)(W_{h-1} \\cdots W_{p+1})^+,

and every other layer unchanged: :math:`W_p \\cdots W_2` has full row rank and :math:`W_{h-1} \\cdots W_{p+1}`
full column rank (both inherit rank :math:`d_p`), so :math:`W_p \\cdots W_2 W_1' = B'` and
:math:`W_h' W_{h-1} \\cdots W_{p+1} = A'`, hence :math:`W_h' \\cdots W_1' = A'B' = Z`.  The displacement is
linear in :math:`Z - AB` to first order, so :math:`\\delta = O(\\varepsilon)`.  When :math:`p = 0` (or
:math:`p = h`) only :math:`W_h` (or :math:`W_1`) moves.

Main definitions
----------------
* :func:`thinnest_split`, :func:`nondegenerate_preimage`, :func:`squared_distance`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.pinv import pinv
from symbolic.core.products import chain, full_product

__all__ = ["thinnest_split", "nondegenerate_preimage", "squared_distance"]


def thinnest_split(dims) -> int:
    """The smallest index :math:`p` with :math:`d_p = \\min_i d_i`."""
    return min(range(len(dims)), key=lambda i: (dims[i], i))


def _identity(n):
    return DomainMatrix.eye(n, QQ).to_dense()


def nondegenerate_preimage(weights, Z: DomainMatrix):
    """Weights near ``weights`` whose product is ``Z`` (see the module docstring).

    Raises ``ValueError`` if the point is degenerate, if ``Z`` has rank above :math:`d_p`, or if ``Z`` is too
    far from the product for the construction (:math:`A^+ Z` loses rank).

    Examples
    ========

    >>> from symbolic import Network, full_product
    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.product_preimage import nondegenerate_preimage
    >>> Ws = Network([2, 1, 2]).exact_weights([[[1, 2]], [[1], [1]]])
    >>> Z = rational_matrix([["1", "2"], ["11/10", "11/5"]])
    >>> Wp = nondegenerate_preimage(Ws, Z)
    >>> full_product(Wp) == Z
    True
    """
    Ws = [W.convert_to(QQ) for W in weights]
    dims = [Ws[0].shape[1]] + [W.shape[0] for W in Ws]
    h = len(Ws)
    p = thinnest_split(dims)
    dp = dims[p]
    P = full_product(Ws)
    if P.rank() < dp:
        raise ValueError(f"the point is degenerate: rank(W_h...W_1) = {P.rank()} < min d_i = {dp}")
    Z = Z.convert_to(QQ)
    if Z.shape != P.shape:
        raise ValueError(f"Z must be {P.shape[0]} x {P.shape[1]}; got {Z.shape[0]} x {Z.shape[1]}")
    if Z.rank() > dp:
        raise ValueError(f"Z has rank {Z.rank()} > d_p = {dp}: it is outside the range of the product map")
    A = chain(Ws, p + 1, h) if p < h else _identity(dims[h])
    B = chain(Ws, 1, p) if p > 0 else _identity(dims[0])
    if p == 0:      # B = I stays: the whole perturbation goes into A
        Ap, Bp = Z, B
    elif p == h:    # A = I stays
        Ap, Bp = A, Z
    else:
        Bp = pinv(A).matmul(Z)
        if Bp.rank() < dp:
            raise ValueError("Z is too far from the product: A^+ Z lost rank; take a smaller perturbation")
        Ap = Z.matmul(pinv(Bp))
    out = list(Ws)
    if p > 0:
        lower = chain(Ws, 2, p) if p >= 2 else _identity(dims[1])
        out[0] = Ws[0] + pinv(lower).matmul(Bp - B)
    if p < h:
        upper = chain(Ws, p + 1, h - 1) if p + 1 <= h - 1 else _identity(dims[h - 1])
        out[h - 1] = out[h - 1] + (Ap - A).matmul(pinv(upper))
    if full_product(out) != Z:  # pragma: no cover - guarded by the rank conditions above
        raise ValueError("the construction did not reproduce Z")
    return out


def squared_distance(Ws, Vs):
    """:math:`\\sum_k \\lVert W_k - V_k \\rVert_F^2`, exactly."""
    total = QQ.zero
    for W, V in zip(Ws, Vs):
        for row in (W.convert_to(QQ) - V.convert_to(QQ)).to_list():
            for x in row:
                total += x * x
    return total
