"""Exact polynomial arithmetic for the certificate checker (no SymPy).

The checker must not share code with the search that produced a certificate,
so it carries its own small kernel: rationals are :class:`fractions.Fraction`,
a multivariate polynomial is a dict ``{exponent tuple: Fraction}``, a
univariate polynomial is a list of coefficients, and matrices are lists of
rows.  Nothing here rounds, simplifies or guesses: every operation is exact
ring arithmetic.

Main definitions
----------------
* :func:`frac` -- parse a rational string; reject floats.
* :func:`upoly_mul`, :func:`upoly_add`, :func:`upoly_truncate` -- univariate.
* :func:`mat_mul`, :func:`mat_add`, :func:`mat_sub`, :func:`transpose` -- matrices
  whose entries are Fractions or univariate polynomials.
* :func:`ldl_inertia` -- inertia of a symmetric rational matrix by exact
  fraction-free symmetric elimination with pivoting; :func:`inertia_work` its cost.
"""

from __future__ import annotations

import functools
import math
import operator
from fractions import Fraction

__all__ = ["frac", "frac_matrix", "upoly_add", "upoly_mul", "upoly_truncate", "upoly_scale",
           "mat_mul", "mat_add", "mat_sub", "transpose", "ldl_inertia", "inertia_work", "is_symmetric",
           "integer_inertia_bounded"]


_MAX_CHARS = 4000


def frac(value) -> Fraction:
    """An exact rational from an int or a rational string; floats are refused.

    Examples
    ========

    >>> from symbolic.checker.poly import frac
    >>> frac("-3/4"), frac(2)
    (Fraction(-3, 4), Fraction(2, 1))
    """
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"certificate entry {value!r} is not exact; rationals are written as strings like \"3/4\"")
    if isinstance(value, (int, Fraction)):
        return Fraction(value)
    if isinstance(value, str):
        text = value.strip()
        exponent = text.lower().partition("e")[2]
        if len(text) > _MAX_CHARS or (exponent and len(exponent.lstrip("+-")) > 4):
            raise ValueError(f"certificate entry {text[:40]!r}... is too large for exact checking")
        return _parse(text)
    raise TypeError(f"certificate entry {value!r} of type {type(value).__name__} is not a rational")


@functools.lru_cache(maxsize=4096)
def _parse(text: str) -> Fraction:
    """``Fraction(text)``, remembered: certificates repeat the same entries (data matrices) many times, and
    Fractions are immutable."""
    return Fraction(text)


def frac_matrix(rows) -> list[list[Fraction]]:
    """Nested rational strings as a list of rows of Fractions."""
    out = [[frac(v) for v in row] for row in rows]
    if len({len(r) for r in out}) > 1:
        raise ValueError("certificate matrix has ragged rows")
    return out


# -- univariate polynomials: lists of coefficients, index = degree -----------------

def upoly_add(a, b):
    n = max(len(a), len(b))
    return [(a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0) for i in range(n)]


def upoly_scale(a, c):
    return [c * x for x in a]


def upoly_mul(a, b, order=None):
    """Product of two coefficient lists, truncated after degree ``order`` if given."""
    if not a or not b:
        return []
    n = len(a) + len(b) - 1
    if order is not None:
        n = min(n, order + 1)
    out = [Fraction(0)] * n
    for i, x in enumerate(a):
        if x == 0 or i >= n:
            continue
        for j, y in enumerate(b):
            if i + j >= n:
                break
            out[i + j] += x * y
    return out


def upoly_truncate(a, order):
    return list(a[: order + 1])


# -- matrices of Fractions or of univariate polynomials -----------------------------

def _is_poly(x):
    return isinstance(x, list)


def _mul(x, y, order):
    if _is_poly(x) or _is_poly(y):
        return upoly_mul(x if _is_poly(x) else [x], y if _is_poly(y) else [y], order)
    return x * y


def _add(x, y):
    if _is_poly(x) or _is_poly(y):
        return upoly_add(x if _is_poly(x) else [x], y if _is_poly(y) else [y])
    return x + y


_RATIONAL = (Fraction, int)


def _rational_entries(M) -> bool:
    return all(type(x) in _RATIONAL for row in M for x in row)


def _rational_mat_mul(A, B):
    """:math:`AB` for matrices of Fractions (or ints) by one integer product: :math:`A = A'/a`, :math:`B = B'/b`
    with :math:`a, b` the lcm of the denominators, :math:`AB = A'B'/(ab)`, each entry one normalised Fraction."""
    a, b = 1, 1
    for row in A:
        for x in row:
            den = x.denominator
            if den != 1 and a % den:
                a = a * den // math.gcd(a, den)
    for row in B:
        for x in row:
            den = x.denominator
            if den != 1 and b % den:
                b = b * den // math.gcd(b, den)
    Ai = [[x.numerator * (a // x.denominator) for x in row] for row in A]
    cols = list(zip(*[[x.numerator * (b // x.denominator) for x in row] for row in B]))
    den = a * b
    return [[Fraction(sum(map(operator.mul, row, col)), den) for col in cols] for row in Ai]


def mat_mul(A, B, order=None):
    """Matrix product; entries Fractions or coefficient lists (truncated at ``order``)."""
    if len(A[0]) != len(B):
        raise ValueError(f"certificate matrices do not chain: {len(A)}x{len(A[0])} times {len(B)}x{len(B[0])}")
    if _rational_entries(A) and _rational_entries(B):
        return _rational_mat_mul(A, B)
    out = []
    for row in A:
        new = []
        for j in range(len(B[0])):
            acc = Fraction(0)
            for a, brow in zip(row, B):
                acc = _add(acc, _mul(a, brow[j], order))
            new.append(acc)
        out.append(new)
    return out


def mat_add(A, B):
    return [[_add(a, b) for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]


def mat_sub(A, B):
    return [[_add(a, [-c for c in b] if _is_poly(b) else -b) for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]


def eye(n: int):
    """The identity matrix of size ``n`` (Fractions)."""
    return [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]


def chain_product(Ws, lo: int, hi: int, size: int):
    """:math:`W_{hi} \\cdots W_{lo}` (1-based) of Fraction matrices; the identity of ``size`` when empty."""
    out = eye(size)
    for k in range(lo, hi + 1):
        out = mat_mul(Ws[k - 1], out)
    return out


def transpose(A):
    return [list(col) for col in zip(*A)]


def is_symmetric(A) -> bool:
    return all(A[i][j] == A[j][i] for i in range(len(A)) for j in range(i))


def _integer_matrix(A) -> list[list[int]]:
    """``l A`` as integers, ``l > 0`` the least common multiple of the denominators (same inertia as ``A``)."""
    A = [[x if isinstance(x, Fraction) else Fraction(x) for x in row] for row in A]
    lcm = 1
    for row in A:
        for x in row:
            den = x.denominator
            if den != 1 and lcm % den:
                lcm = lcm * den // math.gcd(lcm, den)
    return [[x.numerator * (lcm // x.denominator) for x in row] for row in A]


def _minor_bits(M) -> int:
    """Hadamard's bound in bits: every minor of the integer matrix ``M`` has at most this many bits."""
    return sum(max(1, (sum(x * x for x in row).bit_length() + 1) // 2) for row in M)


def inertia_work(A) -> int:
    """Work units of :func:`ldl_inertia` on ``A``: eliminations times 64-bit limbs of the largest minor.

    Fraction-free elimination makes about :math:`n^3/3` multiplications of integers no longer
    than Hadamard's bound on the minors (:func:`_minor_bits`); a unit is one multiplication of
    64-bit words.  Deterministic (it counts, never times), so a checker refusing above a bound
    refuses on every machine alike.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.poly import inertia_work
    >>> inertia_work([[F(1), F(0)], [F(0), F(1)]])
    3
    """
    return _work(_integer_matrix(A))


def _work(M) -> int:
    n = len(M)
    limbs = -(-_minor_bits(M) // 64) if n else 0
    return (n * n * n // 3 + 1) * limbs * limbs


def integer_inertia_bounded(M, max_work: int):
    """``(work, inertia)`` of the symmetric integer matrix ``M`` (:func:`inertia_work` units); the inertia is
    ``None``, not computed, when the work exceeds ``max_work``."""
    work = _work(M)
    if work > max_work:
        return work, None
    return work, _integer_inertia(M)


def ldl_inertia(A) -> tuple[int, int, int]:
    """(positive, negative, zero) eigenvalue counts of a symmetric rational matrix.

    Exact symmetric fraction-free (Bareiss) elimination, a congruence, so Sylvester's
    law of inertia applies.  ``A`` is scaled to integers first; after pivots
    :math:`p_1, \\dots, p_k` the working entry :math:`(i, j)` is the minor of rows
    :math:`p_1..p_k, i` and columns :math:`p_1..p_k, j`, so every division is exact and
    the :math:`k`-th pivot is the principal minor :math:`D_k`; the :math:`k`-th diagonal
    entry of :math:`LDL^T` is :math:`D_k / D_{k-1}`, positive iff :math:`D_k` and
    :math:`D_{k-1}` have the same sign.  A nonzero diagonal pivot is taken in index order;
    if every remaining diagonal entry is 0 but an off-diagonal entry :math:`a_{ij} \\ne 0`
    is not, the congruence :math:`e_i \\mapsto e_i + e_j` (on the remaining rows and columns;
    the minors are linear in each row and column) makes a nonzero pivot :math:`2 a_{ij}`.
    The cost is counted by :func:`inertia_work`.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.poly import ldl_inertia
    >>> ldl_inertia([[F(0), F(1)], [F(1), F(0)]])
    (1, 1, 0)
    >>> ldl_inertia([[F(1), F(1)], [F(1), F(1)]])
    (1, 0, 1)
    >>> ldl_inertia([[F(1, 2), F(1, 3), F(0)], [F(1, 3), F(1, 5), F(0)], [F(0), F(0), F(-7)]])
    (1, 2, 0)
    """
    if not is_symmetric(A):
        raise ValueError("inertia is defined here for symmetric matrices only")
    return _integer_inertia(_integer_matrix(A))


def _integer_inertia(M) -> tuple[int, int, int]:
    """:func:`ldl_inertia` of a symmetric integer matrix (a list of rows, consumed)."""
    n = len(M)
    prev, prev_negative = 1, False
    pos = neg = 0
    while M:
        piv, _ = fraction_free_pivot(M)
        if piv is None:
            break
        d = M[piv][piv]
        negative = d < 0
        if negative == prev_negative:
            pos += 1
        else:
            neg += 1
        M = fraction_free_eliminate(M, piv, d, prev)
        prev, prev_negative = d, negative
    return pos, neg, n - pos - neg


def fraction_free_pivot(M) -> tuple[int | None, bool]:
    """``(index, combined)``: a nonzero diagonal entry of the symmetric integer matrix ``M``; failing that, row and
    column ``i`` of a nonzero ``M[i][j]`` (``i < j``) are added their ``j``-th ones in place (a congruence, so the
    inertia is kept, and ``M[i][i]`` becomes ``2 M[i][j] != 0``), ``combined`` then being True; ``(None, False)``
    when ``M`` is zero."""
    m = len(M)
    piv = next((i for i in range(m) if M[i][i]), None)
    if piv is not None:
        return piv, False
    pair = next(((i, j) for i in range(m) for j in range(i + 1, m) if M[i][j]), None)
    if pair is None:
        return None, False
    i, j = pair
    rj = M[j]
    M[i] = [a + b for a, b in zip(M[i], rj)]      # row i += row j, then column i += column j
    for row in M:
        row[i] += row[j]
    return i, True


def fraction_free_eliminate(M, piv: int, d: int, prev: int) -> list[list[int]]:
    """One fraction-free (Bareiss) step: ``M`` without row and column ``piv``, each entry ``(d m_ik - m_i,piv
    m_piv,k) / prev`` (exact: ``prev`` is the previous pivot, ``d = M[piv][piv]``)."""
    m = len(M)
    rest = [k for k in range(m) if k != piv]
    prest = [M[piv][k] for k in rest]
    new = []
    for i in rest:
        row = M[i]
        mi = row[piv]
        if mi:
            new.append([(d * row[k] - mi * b) // prev for k, b in zip(rest, prest)])
        elif d == prev:
            new.append([row[k] for k in rest])
        else:
            new.append([d * row[k] // prev for k in rest])
    return new
