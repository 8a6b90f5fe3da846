"""Exact inertia of a network Hessian, reduced by the symmetry orbit (integers and Fractions only).

The loss :math:`f(W_L \\cdots W_1)` is invariant under :math:`W_k \\mapsto G_k W_k G_{k-1}^{-1}`, so at a critical
point the orbit tangents :math:`t_{k,ab}` (:math:`\\Delta_k = E_{ab}`: row :math:`a` of :math:`W_k` receives row
:math:`b` of :math:`W_k`, column :math:`b` of :math:`W_{k+1}` loses column :math:`a`) lie in :math:`\\ker H`.  Nothing
here assumes it: :math:`H t = 0` is **computed** for every tangent used, and a hidden layer with a tangent outside
the kernel (or with :math:`\\operatorname{rank} W_k < d_k`) is simply not used.

For each used hidden layer :math:`k` take columns :math:`J_k` of :math:`W_k` with :math:`W_k[:, J_k]` nonsingular
(pivot columns of an exact elimination) and the coordinates :math:`C_k = \\{(k, a, j) : j \\in J_k\\}`.  Restricted
to :math:`C = \\bigcup C_k`, the tangents of layer :math:`k` are :math:`I \\otimes W_k[:, J_k]^T` on :math:`C_k` and
vanish on :math:`C_l` for :math:`l < k` (they touch layers :math:`k, k+1` only): the square matrix is block
triangular with nonsingular diagonal blocks.  So the used tangents :math:`T` and the unit vectors :math:`e_i`,
:math:`i \\in I` (the other coordinates) form a basis :math:`B`, and with :math:`HT = 0`

.. math::

    B^T H B = \\begin{pmatrix} 0 & 0 \\\\ 0 & H_{II} \\end{pmatrix}, \\qquad
    \\operatorname{In}(H) = \\operatorname{In}(H_{II}) + (0, 0, |T|)

by Sylvester's law of inertia.  :math:`H_{II}` is a principal submatrix; its inertia is the fraction-free
elimination of :mod:`symbolic.checker.poly`.  For a deep network of width :math:`p` this removes
:math:`(L-1)p^2` of the parameters before the cubic elimination.

Main definitions
----------------
* :func:`orbit_reduction` -- ``(kept coordinates, number of kernel tangents)``.
"""

from __future__ import annotations

from fractions import Fraction
from operator import add

__all__ = ["orbit_reduction", "pivot_columns"]


def pivot_columns(W) -> list[int]:
    """Pivot columns of the rational matrix ``W`` (rows of Fractions) by exact elimination.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.orbit_reduction import pivot_columns
    >>> pivot_columns([[F(0), F(1), F(2)], [F(0), F(2), F(4)]])
    [1]
    """
    M = [list(r) for r in W]
    pivots, r = [], 0
    for c in range(len(M[0]) if M else 0):
        piv = next((i for i in range(r, len(M)) if M[i][c] != 0), None)
        if piv is None:
            continue
        M[r], M[piv] = M[piv], M[r]
        for i in range(r + 1, len(M)):
            f = M[i][c] / M[r][c]
            if f:
                M[i] = [a - f * b for a, b in zip(M[i], M[r])]
        pivots.append(c)
        r += 1
        if r == len(M):
            break
    return pivots


def _integer_vector(values):
    """``values`` (Fractions) times the lcm of their denominators, as ints."""
    lcm = 1
    for x in values:
        den = x.denominator
        if den != 1 and lcm % den:
            from math import gcd
            lcm = lcm * den // gcd(lcm, den)
    return [x.numerator * (lcm // x.denominator) for x in values]


def _in_kernel(Hint, support) -> bool:
    """:math:`H t = 0` for the sparse integer vector ``support`` = ``[(index, value), ...]`` (``H`` symmetric,
    so :math:`Ht = \\sum_i t_i H_{i,:}`)."""
    acc = None
    for i, c in support:
        row = Hint[i] if c == 1 else [c * x for x in Hint[i]]
        acc = row if acc is None else list(map(add, acc, row))
    return acc is None or not any(acc)


def orbit_reduction(dims, Ws, Hint):
    """``(keep, removed)``: coordinates ``keep`` with :math:`\\operatorname{In}(H) = \\operatorname{In}(H_{keep,keep})
    + (0, 0, removed)`, for the integer (or rational) symmetric Hessian ``Hint`` of a network with weights ``Ws``
    (lists of Fraction rows, parameters ordered layer by layer, each row by row).

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.orbit_reduction import orbit_reduction
    >>> # dims (1, 1, 1) at W1 = 2, W2 = 3 with X = Y = 1 is not critical: its Hessian [[9, 11], [11, 4]]
    >>> orbit_reduction([1, 1, 1], [[[F(2)]], [[F(3)]]], [[9, 11], [11, 4]])
    ([0, 1], 0)
    >>> # at W1 = W2 = 1 (critical) the Hessian is [[1, 1], [1, 1]] and the tangent (1, -1) is in its kernel
    >>> orbit_reduction([1, 1, 1], [[[F(1)]], [[F(1)]]], [[1, 1], [1, 1]])
    ([1], 1)
    """
    offsets, pos = [], 0
    for k in range(1, len(dims)):
        offsets.append(pos)
        pos += dims[k] * dims[k - 1]
    removed_coords = set()
    removed = 0
    for k in range(1, len(dims) - 1):                     # hidden layer k: rows of W_k, columns of W_(k+1)
        d, before, after = dims[k], dims[k - 1], dims[k + 1]
        Wk, Wn = Ws[k - 1], Ws[k]
        J = pivot_columns(Wk)
        if len(J) < d:
            continue
        tangents = []
        for a in range(d):
            for b in range(d):
                support = [(offsets[k - 1] + a * before + j, Wk[b][j]) for j in range(before) if Wk[b][j]]
                support += [(offsets[k] + i * d + b, -Wn[i][a]) for i in range(after) if Wn[i][a]]
                values = _integer_vector([Fraction(v) for _, v in support])
                tangents.append([(i, v) for (i, _), v in zip(support, values)])
        if not all(_in_kernel(Hint, t) for t in tangents):
            continue
        removed_coords.update(offsets[k - 1] + a * before + j for a in range(d) for j in J)
        removed += d * d
    keep = [i for i in range(len(Hint)) if i not in removed_coords]
    return keep, removed
