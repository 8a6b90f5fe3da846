"""Exact generalized inverses over QQ: Moore-Penrose and other {1}-inverses.

A generalized inverse of :math:`M` (:math:`m \\times n`) is any :math:`G` with
:math:`M G M = M`; the Moore-Penrose inverse :math:`M^+` is the one that also
satisfies :math:`G M G = G` and has :math:`MG`, :math:`GM` symmetric.  From a
full-rank factorization :math:`M = F R` (:math:`F` the pivot columns, :math:`R`
the nonzero rows of the reduced row echelon form),

.. math::

    M^+ = R^T (R R^T)^{-1} (F^T F)^{-1} F^T .

Other generalized inverses are :math:`M^+ + (I - M^+ M) Z_1 + Z_2 (I - M M^+)`
for arbitrary :math:`Z_1, Z_2` (all {1}-inverses arise this way).

Main definitions
----------------
* :func:`rank_factorization`, :func:`pinv`, :func:`generalized_inverse`,
  :func:`is_generalized_inverse`, :func:`is_moore_penrose`, :func:`row_space_projector`.
"""

from __future__ import annotations

from functools import lru_cache

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

__all__ = ["rank_factorization", "pinv", "generalized_inverse", "is_generalized_inverse", "is_moore_penrose",
           "row_space_projector"]


def _qq(M: DomainMatrix) -> DomainMatrix:
    if M.domain != QQ:
        raise TypeError(f"exact generalized inverses need a matrix over QQ; got one over {M.domain}")
    return M.to_dense()


def rank_factorization(M: DomainMatrix):
    """``(F, R)`` with ``M = F R``, F of full column rank, R of full row rank (both over QQ)."""
    M = _qq(M)
    rref, pivots = M.rref()
    r = len(pivots)
    if r == 0:
        return None, None
    rows = M.to_list()
    F = DomainMatrix([[row[j] for j in pivots] for row in rows], (M.shape[0], r), QQ)
    R = DomainMatrix(rref.to_list()[:r], (r, M.shape[1]), QQ)
    return F, R


def pinv(M: DomainMatrix) -> DomainMatrix:
    """The Moore-Penrose inverse :math:`M^+`, exactly.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.core.pinv import pinv
    >>> pinv(rational_matrix([[1, 1], [1, 1]])).to_Matrix()
    Matrix([
    [1/4, 1/4],
    [1/4, 1/4]])
    """
    M = _qq(M)
    return _pinv_of(M.shape, tuple(M.to_list_flat())).copy()


@lru_cache(maxsize=4096)
def _pinv_of(shape, entries) -> DomainMatrix:
    """:func:`pinv` of the exact matrix ``entries`` (row by row): the same matrices recur across a ledger run (the data
    of a claim under many seeded candidates), so the answers are kept by the exact input."""
    M = DomainMatrix([list(entries[i * shape[1]:(i + 1) * shape[1]]) for i in range(shape[0])], shape, QQ)
    F, R = rank_factorization(M)
    if F is None:
        return DomainMatrix.zeros((M.shape[1], M.shape[0]), QQ).to_dense()
    Ft = F.transpose()
    return R.transpose().matmul(R.matmul(R.transpose()).inv()).matmul(Ft.matmul(F).inv()).matmul(Ft)


def generalized_inverse(M: DomainMatrix, Z1: DomainMatrix | None = None, Z2: DomainMatrix | None = None):
    """:math:`M^+ + (I - M^+ M) Z_1 + Z_2 (I - M M^+)`: a {1}-inverse, not Moore-Penrose unless the extra terms vanish."""
    M = _qq(M)
    m, n = M.shape
    P = pinv(M)
    G = P
    if Z1 is not None:
        G = G + (DomainMatrix.eye(n, QQ).to_dense() - P.matmul(M)).matmul(_qq(Z1))
    if Z2 is not None:
        G = G + _qq(Z2).matmul(DomainMatrix.eye(m, QQ).to_dense() - M.matmul(P))
    return G


def is_generalized_inverse(M: DomainMatrix, G: DomainMatrix) -> bool:
    """:math:`M G M = M`."""
    return M.matmul(G).matmul(M) == M


def is_moore_penrose(M: DomainMatrix, G: DomainMatrix) -> bool:
    """The four Penrose equations."""
    MG, GM = M.matmul(G), G.matmul(M)
    return MG.matmul(M) == M and GM.matmul(G) == G and MG.transpose() == MG and GM.transpose() == GM


def row_space_projector(X: DomainMatrix) -> DomainMatrix:
    """:math:`X^+ X`, the orthogonal projector onto the row space of X (``n x n``)."""
    return pinv(X).matmul(_qq(X))
