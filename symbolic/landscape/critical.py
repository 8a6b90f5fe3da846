"""Critical points of the squared loss: exact conditions and Kawaguchi's representation.

A point is critical when every block of the gradient vanishes
(Laurent-von Brecht Lemma 1 / Kawaguchi Lemma 4.1).  Kawaguchi (2016) Lemma 4.2
states that at a critical point, with :math:`XX^T` invertible and
:math:`C = W_{H+1} \\cdots W_2` (our :math:`W_{2,+}`),

.. math::

    W_{H+1} \\cdots W_1 = C (C^T C)^{-} C^T Y X^T (X X^T)^{-1}

for any generalized inverse :math:`(C^TC)^-`.  (For every generalized inverse
:math:`G` of :math:`C^TC`, :math:`C G C^T` is the orthogonal projector onto the
column space of :math:`C`, so the right side does not depend on the choice.)

Main definitions
----------------
* :func:`is_critical`, :func:`kawaguchi_representation`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ

from symbolic.calculus.gradient import gradient_closed_form
from symbolic.core.losses import Loss, SquaredLoss
from symbolic.core.pinv import pinv
from symbolic.core.products import chain, full_product

__all__ = ["is_critical", "kawaguchi_representation"]


def is_critical(weights, loss: Loss) -> bool:
    """Every gradient block vanishes exactly (weights over QQ).

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.landscape.critical import is_critical
    >>> f = SquaredLoss([[1]], [[1]])
    >>> is_critical(Network([1, 1, 1, 1]).exact_weights([[[0]]] * 3), f), is_critical(Network([1, 1]).exact_weights([[[0]]]), f)
    (True, False)
    """
    grads = gradient_closed_form(weights, loss.gradient(full_product(weights)))
    return all(G.is_zero_matrix for G in grads)


def kawaguchi_representation(weights, loss: SquaredLoss, ginv=pinv):
    """The right side :math:`C (C^TC)^- C^T Y X^T (XX^T)^{-1}` with the given generalized inverse.

    ``ginv`` maps a QQ matrix to a generalized inverse of it (default: Moore-Penrose).
    Raises ``ValueError`` when :math:`XX^T` is singular (the lemma assumes it is not)
    or the network has a single layer (then :math:`C` is the empty product, the identity).

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss, full_product
    >>> from symbolic.landscape.critical import kawaguchi_representation
    >>> Ws = Network([1, 1, 1]).exact_weights([[[1]], [[2]]])
    >>> f = SquaredLoss([[1]], [[2]])
    >>> kawaguchi_representation(Ws, f) == full_product(Ws)
    True
    """
    if not isinstance(loss, SquaredLoss):
        raise TypeError("Kawaguchi's Lemma 4.2 is about the squared loss; give a SquaredLoss")
    X, Y = loss.X.convert_to(QQ), loss.Y.convert_to(QQ)
    XXt = X.matmul(X.transpose())
    if XXt.rank() < XXt.shape[0]:
        raise ValueError("X X^T is singular; Kawaguchi's Lemma 4.2 assumes it is invertible (full row rank X)")
    C = chain(weights, 2, len(weights))
    CtC = C.transpose().matmul(C)
    return C.matmul(ginv(CtC)).matmul(C.transpose()).matmul(Y).matmul(X.transpose()).matmul(XXt.inv())
