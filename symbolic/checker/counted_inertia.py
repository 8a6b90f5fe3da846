"""Exact inertia of a symmetric integer matrix, its work counted step by step on the actual entries (ints only).

The elimination is the fraction-free symmetric (Bareiss) elimination of :func:`symbolic.checker.poly.ldl_inertia`:
after pivots :math:`p_1, \\dots, p_k` the working entry :math:`(i, j)` is the minor of rows :math:`p_1..p_k, i` and
columns :math:`p_1..p_k, j`, every division is exact, and the :math:`k`-th diagonal entry of :math:`LDL^T` has the
sign of :math:`D_k D_{k-1}` (Sylvester's law of inertia).

**Work, counted on what is actually multiplied.**  Hadamard's bound (:func:`symbolic.checker.poly.inertia_work`)
bounds every minor a priori, but for the structured Hessians of networks the minors stay far smaller (a 600 x 600
reduced Hessian of a two-layer network: Hadamard's bound 6308 bits, the actual entries at most a few hundred), so
an a-priori count refuses matrices that eliminate in seconds.  Here every step adds, before it runs, for each
updated row :math:`i` (remaining size :math:`m`, :math:`\\ell(x)` the 64-bit limbs of :math:`x`,
:math:`\\lambda_i` the limbs of row :math:`i` summed over its entries, :math:`r` the pivot row)

.. math::

    (m - 1)\\, c + \\ell(d)\\, \\lambda_i + \\ell(a_{i r})\\, \\lambda_r + \\ell(p)\\, (\\lambda_i + \\lambda_r)

units: the products :math:`d\\, a_{ik}` and :math:`a_{ir} a_{rk}`, the exact division by the previous pivot
:math:`p`, and :math:`c` (:data:`ENTRY_COST`) for the fixed cost of one entry.  The count depends on the matrix
only, never on the machine, so a bound refuses on every machine alike; when the next step would pass the bound the
elimination stops and the inertia is not returned.  Measured on a loaded 2-core machine: 1.4e8 to 3.2e8 units per
CPU second, from random dense rational matrices (100-200 rows) to reduced network Hessians (75-600 rows).

Main definitions
----------------
* :func:`counted_inertia` -- ``(work, (positive, negative, zero) or None)``.
"""

from __future__ import annotations

from .poly import fraction_free_eliminate, fraction_free_pivot

__all__ = ["counted_inertia", "ENTRY_COST"]

#: Work units of one entry update beyond the limb products (the interpreter's fixed cost).
ENTRY_COST = 4


def _limbs(bits: int) -> int:
    return bits // 64 + 1


def _step_work(M, rowbits, piv, d, prev) -> int:
    """Units of one elimination step: per updated entry :data:`ENTRY_COST`, the products ``d * a`` and ``m_i * b``
    (limbs times limbs, summed over the row from its total bit length) and the division by ``prev``."""
    m = len(M)
    ld, lp = _limbs(d.bit_length()), _limbs(prev.bit_length())
    pivot_limbs = rowbits[piv] // 64 + m
    work = 0
    for i in range(m):
        if i == piv:
            continue
        row_limbs = rowbits[i] // 64 + m
        work += (m - 1) * ENTRY_COST + ld * row_limbs + _limbs(M[i][piv].bit_length()) * pivot_limbs \
            + lp * (row_limbs + pivot_limbs)
    return work


def counted_inertia(M, max_work: int, tick=None):
    """``(work, inertia)`` of the symmetric integer matrix ``M`` (a list of rows of ints, consumed); the inertia is
    ``None`` when the counted work would pass ``max_work`` (``work`` is then the count that passed it).  ``tick``, if
    given, is called before every step (a caller's safety deadline may raise there).

    Examples
    ========

    >>> from symbolic.checker.counted_inertia import counted_inertia
    >>> counted_inertia([[0, 1], [1, 0]], 10**6)
    (12, (1, 1, 0))
    >>> counted_inertia([[2, 1, 0], [1, 2, 1], [0, 1, -5]], 10**6)[1]
    (2, 1, 0)
    >>> counted_inertia([[2, 1, 0], [1, 2, 1], [0, 1, -5]], 20)
    (40, None)
    """
    if any(len(row) != len(M) for row in M):
        raise ValueError("the inertia needs a square matrix")
    if any(M[i][j] != M[j][i] for i in range(len(M)) for j in range(i)):
        raise ValueError("the inertia is defined here for symmetric matrices only")
    n = len(M)
    M = [list(row) for row in M]
    rowbits = [sum(map(int.bit_length, row)) for row in M]
    work = 0
    prev, prev_negative = 1, False
    pos = neg = 0
    while M:
        piv, combined = fraction_free_pivot(M)
        if piv is None:
            break
        if combined:
            rowbits = [sum(map(int.bit_length, row)) for row in M]
        prow = M[piv]
        d = prow[piv]
        if tick is not None:
            tick()
        step = _step_work(M, rowbits, piv, d, prev)
        if work + step > max_work:
            return work + step, None
        work += step
        negative = d < 0
        if negative == prev_negative:
            pos += 1
        else:
            neg += 1
        M = fraction_free_eliminate(M, piv, d, prev)
        rowbits = [sum(map(int.bit_length, row)) for row in M]
        prev, prev_negative = d, negative
    return work, (pos, neg, n - pos - neg)
