"""Exact inertia of symmetric rational matrices, with witnesses.

Symmetric elimination by congruences (Sylvester's law of inertia): with a
basis matrix :math:`T` built from elementary column operations,

.. math::

    T^T H T = \\operatorname{diag}(d_1, \\dots, d_s, 0, \\dots, 0),

so the signs of the :math:`d_i` give the inertia, a column :math:`t_i` with
:math:`d_i < 0` is an exact negative-curvature vector
(:math:`t_i^T H t_i = d_i`), and the columns of the zero block span
:math:`\\ker H` (:math:`H T = T^{-T} D`).  A nonzero diagonal entry is a 1x1
pivot; when every remaining diagonal entry vanishes but :math:`h_{ij} \\ne 0`,
the congruence :math:`t_i \\leftarrow t_i + t_j` makes the pivot :math:`2 h_{ij}`.
Everything is exact arithmetic over :math:`\\mathbb{Q}`; no float ever enters.

A second, independent route (:func:`inertia_charpoly`): the characteristic
polynomial of a real symmetric matrix has only real roots, so Descartes' rule
of signs is exact: the number of positive eigenvalues is the number of sign
changes of :math:`p(\\lambda)`, the negative ones those of :math:`p(-\\lambda)`,
and the zero multiplicity is the lowest degree with a nonzero coefficient.

Main definitions
----------------
* :class:`LDLResult`, :func:`ldl` -- diagonalisation by congruence with witnesses.
* :func:`inertia`, :func:`inertia_charpoly` -- ``(positive, negative, zero)``.
* :func:`negative_curvature_vector`, :func:`kernel_basis`, :func:`solve_symmetric`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.exact import rational

__all__ = ["LDLResult", "ldl", "inertia", "inertia_charpoly", "negative_curvature_vector",
           "positive_curvature_vector", "kernel_basis", "solve_symmetric", "quadratic_form", "integer_vector"]


def _rows(H):
    if isinstance(H, DomainMatrix):
        if H.shape[0] != H.shape[1]:
            raise ValueError(f"inertia needs a square matrix; got {H.shape[0]} x {H.shape[1]}")
        if not H.domain.is_Exact:
            raise TypeError(f"the matrix is over the inexact domain {H.domain}; give it over QQ "
                            "(entries as exact rationals, e.g. \"3/4\")")
        if H.domain == QQ:                        # entries are QQ elements already: copy the rows only
            return [list(row) for row in H.to_list()]
        return [[QQ.convert(v) for v in row] for row in H.convert_to(QQ).to_list()]
    if not isinstance(H, (list, tuple)) or not all(isinstance(r, (list, tuple)) for r in H):
        raise ValueError("inertia needs a square matrix: a DomainMatrix or a list of rows")
    rows = [[rational(v, name=f"H[{i}][{j}]") for j, v in enumerate(row)] for i, row in enumerate(H)]
    if any(len(r) != len(rows) for r in rows):
        raise ValueError("inertia needs a square matrix")
    return rows


@dataclass
class LDLResult:
    """:math:`T^T H T = \\operatorname{diag}(d)`: ``columns[i]`` is :math:`t_i`, ``diagonal[i]`` is :math:`d_i`."""

    diagonal: list
    columns: list

    @property
    def inertia(self) -> tuple[int, int, int]:
        pos = sum(1 for d in self.diagonal if d > 0)
        neg = sum(1 for d in self.diagonal if d < 0)
        return pos, neg, len(self.diagonal) - pos - neg

    def vectors(self, sign: int) -> list:
        """Columns with :math:`d_i` of the given sign (``-1``, ``0`` or ``1``)."""
        def sgn(d):
            return (d > 0) - (d < 0)
        return [c for c, d in zip(self.columns, self.diagonal) if sgn(d) == sign]


def ldl(H, tick=None) -> LDLResult:
    """Diagonalise the symmetric rational matrix ``H`` by exact congruences.

    ``tick``, if given, is called before every pivot step (a caller's deadline check may raise there).

    Examples
    ========

    >>> from symbolic.calculus.inertia import ldl
    >>> res = ldl([[0, 1], [1, 0]])
    >>> res.inertia
    (1, 1, 0)
    >>> [[str(x) for x in c] for c in res.vectors(-1)]
    [['-1/2', '1/2']]
    """
    M = _rows(H)
    n = len(M)
    for i in range(n):
        for j in range(i):
            if M[i][j] != M[j][i]:
                raise ValueError(f"the matrix is not symmetric: entry ({i}, {j}) differs from ({j}, {i})")
    cols = [[QQ.one if r == c else QQ.zero for r in range(n)] for c in range(n)]
    diag = [QQ.zero] * n
    active = list(range(n))
    while active:
        if tick is not None:
            tick()
        piv = next((i for i in active if M[i][i] != 0), None)
        if piv is None:
            pair = None
            for i in active:
                row = M[i]
                j = next((j for j in active if j > i and row[j] != 0), None)
                if j is not None:
                    pair = (i, j)
                    break
            if pair is None:
                break
            i, j = pair
            for r in active:
                M[r][i] += M[r][j]
            for c in active:
                M[i][c] += M[j][c]
            cols[i] = [a + b for a, b in zip(cols[i], cols[j])]
            piv = i
        d = M[piv][piv]
        diag[piv] = d
        rest = [i for i in active if i != piv]
        prow = M[piv]
        nz = [j for j in rest if prow[j] != 0]
        pcol = cols[piv]
        for i in rest:
            f = M[i][piv]
            if f == 0:
                continue
            f = f / d
            row = M[i]
            for j in nz:
                row[j] -= f * prow[j]
            cols[i] = [a - f * b for a, b in zip(cols[i], pcol)]
        for i in rest:
            M[i][piv] = QQ.zero
        active = rest
    return LDLResult(diag, cols)


def inertia(H) -> tuple[int, int, int]:
    """``(positive, negative, zero)`` eigenvalue counts of a symmetric rational matrix.

    Examples
    ========

    >>> from symbolic.calculus.inertia import inertia
    >>> inertia([[1, 2], [2, 1]]), inertia([[0, 0], [0, 0]])
    ((1, 1, 0), (0, 0, 2))
    """
    return ldl(H).inertia


def _sign_changes(coeffs) -> int:
    signs = [c > 0 for c in coeffs if c != 0]
    return sum(1 for a, b in zip(signs, signs[1:]) if a != b)


def inertia_charpoly(H) -> tuple[int, int, int]:
    """Inertia by Descartes' rule on the characteristic polynomial (exact for symmetric ``H``).

    Examples
    ========

    >>> from symbolic.calculus.inertia import inertia_charpoly
    >>> inertia_charpoly([[2, 1, 0], [1, 2, 0], [0, 0, 0]])
    (2, 0, 1)
    """
    rows = _rows(H)
    n = len(rows)
    for i in range(n):
        for j in range(i):
            if rows[i][j] != rows[j][i]:
                raise ValueError("the matrix is not symmetric")
    if n == 0:
        return 0, 0, 0
    p = DomainMatrix(rows, (n, n), QQ).charpoly()  # highest degree first
    low = list(reversed(p))  # low[k] = coefficient of lambda^k
    zero = next(k for k, c in enumerate(low) if c != 0)
    pos = _sign_changes(p)
    neg = _sign_changes([c if (n - i) % 2 == 0 else -c for i, c in enumerate(p)])
    return pos, neg, zero


def quadratic_form(H, v):
    """:math:`v^T H v` exactly."""
    rows = _rows(H)
    v = [QQ.convert(x) for x in v]
    return sum((v[i] * sum((a * b for a, b in zip(row, v) if a), QQ.zero) for i, row in enumerate(rows) if v[i]), QQ.zero)


def integer_vector(v) -> list:
    """``v`` scaled by a positive rational to coprime integers (direction and sign kept)."""
    from math import gcd, lcm
    v = [QQ.convert(x) for x in v]
    den = 1
    for x in v:
        den = lcm(den, int(x.denominator))
    ints = [int(x * den) for x in v]
    g = 0
    for x in ints:
        g = gcd(g, abs(x))
    return [QQ(x // g) if g else QQ(0) for x in ints]


def _curvature_vector(H, sign, ldl_result=None):
    rows = _rows(H)
    n = len(rows)
    for i in range(n):
        if (rows[i][i] > 0) - (rows[i][i] < 0) == sign:
            return [QQ.one if k == i else QQ.zero for k in range(n)]
    for i in range(min(n, 60)):
        for j in range(i + 1, min(n, 60)):
            for s in (1, -1):
                q = rows[i][i] + rows[j][j] + 2 * s * rows[i][j]
                if (q > 0) - (q < 0) == sign:
                    return [QQ.one if k == i else (QQ(s) if k == j else QQ.zero) for k in range(n)]
    res = (ldl_result() if callable(ldl_result) else ldl_result) or ldl(rows)
    vecs = res.vectors(sign)
    return integer_vector(vecs[0]) if vecs else None


def negative_curvature_vector(H, ldl_result=None):
    """An exact :math:`v` with :math:`v^T H v < 0`, or ``None`` when ``H`` is PSD.

    Simple candidates first (:math:`e_i`, :math:`e_i \\pm e_j`), then the
    congruence basis of :func:`ldl`, scaled to integers.  ``ldl_result`` is
    :func:`ldl` of ``H`` if known, or a function computing it (called only if needed).

    Examples
    ========

    >>> from symbolic.calculus.inertia import negative_curvature_vector
    >>> [str(x) for x in negative_curvature_vector([[0, -1], [-1, 0]])]
    ['1', '1']
    >>> negative_curvature_vector([[1, 0], [0, 0]]) is None
    True
    """
    return _curvature_vector(H, -1, ldl_result)


def positive_curvature_vector(H, ldl_result=None):
    """An exact :math:`v` with :math:`v^T H v > 0`, or ``None`` when ``H`` is NSD."""
    return _curvature_vector(H, 1, ldl_result)


def kernel_basis(H) -> list:
    """A basis of :math:`\\ker H` as integer vectors (exact row reduction).

    Examples
    ========

    >>> from symbolic.calculus.inertia import kernel_basis
    >>> [[str(x) for x in v] for v in kernel_basis([[1, 2], [2, 4]])]
    [['-2', '1']]
    """
    rows = _rows(H)
    n = len(rows)
    if n == 0:
        return []
    N = DomainMatrix(rows, (n, n), QQ).nullspace()
    return [integer_vector(v) for v in N.to_list() if any(x != 0 for x in v)]


def solve_symmetric(res: LDLResult, b):
    """A solution :math:`w` of :math:`H w = b` from :func:`ldl`, or ``None`` if ``b`` is not in the range.

    :math:`w = T D^{+} T^T b` solves it exactly when :math:`t_i^T b = 0` for every
    zero pivot (those :math:`t_i` span :math:`\\ker H = (\\operatorname{range} H)^\\perp`).

    Examples
    ========

    >>> from symbolic.calculus.inertia import ldl, solve_symmetric
    >>> [str(x) for x in solve_symmetric(ldl([[0, 0], [0, 2]]), [0, 3])]
    ['0', '3/2']
    >>> solve_symmetric(ldl([[0, 0], [0, 2]]), [1, 0]) is None
    True
    """
    b = [QQ.convert(x) for x in b]
    n = len(b)
    w = [QQ.zero] * n
    for col, d in zip(res.columns, res.diagonal):
        proj = sum((c * x for c, x in zip(col, b) if c and x), QQ.zero)
        if d == 0:
            if proj != 0:
                return None
            continue
        if proj:
            f = proj / d
            w = [a + f * c for a, c in zip(w, col)]
    return w
