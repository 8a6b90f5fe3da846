"""Lemma 13 of Nouiehed-Razaviyayn (2018): a row basis with bounded coefficients, exactly.

For :math:`V \\in \\mathbb{Q}^{m \\times n}` of rank :math:`r < m` the lemma asks for rows
:math:`B = \\{i_1, \\dots, i_r\\}` and :math:`A \\in \\mathbb{Q}^{(m-r) \\times r}` with

.. math::

    V_{B^c} = A V_B, \\qquad \\max_{i,j} |A_{ij}| \\le 2^{m-r-1} .

Two selections:

* :func:`paper_selection` -- the proof's induction: rows are added one at a time; a new row whose
  largest coefficient exceeds :math:`2^{j-r-1}` (:math:`j` rows seen) swaps with the basis row
  :math:`i^*` of that coefficient, and earlier coefficients are updated as
  :math:`a_{j,i} \\leftarrow a_{j,i} - a_{j,i^*} a_{new,i} / a_{new,i^*}`,
  :math:`a_{j,new} = a_{j,i^*} / a_{new,i^*}`.
* :func:`max_volume_selection` -- :math:`B` maximizing :math:`|\\det V_{B,C}|` over row sets (for a
  fixed set :math:`C` of :math:`r` independent columns); by Cramer's rule every
  :math:`|A_{ij}| \\le 1`.

Main definitions
----------------
* :func:`paper_selection`, :func:`max_volume_selection`, :func:`coefficients`, :func:`max_abs`.
"""

from __future__ import annotations

import itertools

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.pinv import pinv

__all__ = ["paper_selection", "max_volume_selection", "coefficients", "max_abs"]


def _qq(V: DomainMatrix) -> DomainMatrix:
    return V.convert_to(QQ).to_dense()


def _rows(V: DomainMatrix, idx) -> DomainMatrix:
    rows = V.to_list()
    return DomainMatrix([rows[i] for i in idx], (len(idx), V.shape[1]), QQ)


def coefficients(V: DomainMatrix, B) -> DomainMatrix:
    """The unique :math:`A` with :math:`V_{B^c} = A V_B` (rows of ``B`` independent and spanning).

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.basis_selection import coefficients
    >>> coefficients(rational_matrix([[1, 0], [0, 1], [2, 3]]), [0, 1]).to_Matrix()
    Matrix([[2, 3]])
    """
    V = _qq(V)
    B = list(B)
    Bc = [i for i in range(V.shape[0]) if i not in B]
    if not B:
        if V.rank():
            raise ValueError(f"the empty set is not a basis of the row space of V (rank {V.rank()})")
        return DomainMatrix.zeros((len(Bc), 0), QQ)
    VB = _rows(V, B)
    if VB.rank() != len(B) or VB.rank() != V.rank():
        raise ValueError(f"rows {B} are not a basis of the row space of V (rank {V.rank()})")
    if not Bc:
        return DomainMatrix.zeros((0, len(B)), QQ)
    return _rows(V, Bc).matmul(pinv(VB))


def max_abs(A: DomainMatrix):
    """:math:`\\max_{ij} |A_{ij}|` (0 for an empty matrix)."""
    vals = [abs(x) for row in A.to_list() for x in row]
    return max(vals) if vals else QQ(0)


def paper_selection(V: DomainMatrix):
    """``(B, A)`` by the induction in the proof of Lemma 13 (rows processed in order).

    The first :math:`r` independent rows start the basis; every later row is expressed in the
    current basis and swapped in when its largest coefficient exceeds :math:`2^{j - r - 1}`.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.basis_selection import paper_selection, max_abs
    >>> B, A = paper_selection(rational_matrix([[1, 0], [0, 1], [5, 1]]))
    >>> B, A.to_Matrix(), max_abs(A) <= 1
    ([2, 1], Matrix([[1/5, -1/5]]), True)
    """
    V = _qq(V)
    m = V.shape[0]
    r = V.rank()
    if r >= m:
        raise ValueError(f"Lemma 13 needs rank(V) = r < m; got r = {r}, m = {m}")
    if r == 0:
        return [], DomainMatrix.zeros((m, 0), QQ)
    # initial basis: first r independent rows (the proof's "without loss of generality")
    B, order = [], []
    for i in range(m):
        if len(B) < r and _rows(V, B + [i]).rank() == len(B) + 1:
            B.append(i)
        else:
            order.append(i)
    coef = {}  # processed non-basis row -> {basis row: coefficient}
    seen = r
    for j in order:
        seen += 1
        a = _rows(V, [j]).matmul(pinv(_rows(V, B))).to_list()[0]
        a = dict(zip(B, a))
        istar = max(B, key=lambda i: (abs(a[i]), -B.index(i)))
        if abs(a[istar]) <= QQ(2) ** (seen - r - 1):
            coef[j] = a
            continue
        piv = a[istar]
        newB = [j if i == istar else i for i in B]
        coef[istar] = {i: (-a[i] / piv if i != j else QQ(1) / piv) for i in newB}
        for jj in list(coef):
            if jj == istar:
                continue
            old = coef[jj]
            c = old[istar]
            coef[jj] = {i: (old[i] - c * a[i] / piv if i != j else c / piv) for i in newB}
        B = newB
    Bc = [i for i in range(m) if i not in B]
    A = DomainMatrix([[coef[jj][i] for i in B] for jj in Bc], (len(Bc), r), QQ) if r else \
        DomainMatrix.zeros((len(Bc), 0), QQ)
    return B, A


def max_volume_selection(V: DomainMatrix):
    """``(B, A)`` with :math:`B` maximizing :math:`|\\det V_{B, C}|` (exhaustive; small ``m``).

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.basis_selection import max_volume_selection
    >>> B, A = max_volume_selection(rational_matrix([[1, 0], [0, 1], [5, 1]]))
    >>> B, A.to_Matrix()
    ([1, 2], Matrix([[-1/5, 1/5]]))
    """
    V = _qq(V)
    m = V.shape[0]
    r = V.rank()
    if r >= m:
        raise ValueError(f"Lemma 13 needs rank(V) = r < m; got r = {r}, m = {m}")
    if r == 0:
        return [], DomainMatrix.zeros((m, 0), QQ)
    C = list(V.rref()[1])
    VC = DomainMatrix([[row[c] for c in C] for row in V.to_list()], (m, r), QQ)
    best, bestB = None, None
    for Bt in itertools.combinations(range(m), r):
        d = abs(_rows(VC, Bt).det())
        if best is None or d > best:
            best, bestB = d, list(Bt)
    return bestB, coefficients(V, bestB)
