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
  symmetric elimination with pivoting.
"""

from __future__ import annotations

from fractions import Fraction

__all__ = ["frac", "frac_matrix", "upoly_add", "upoly_mul", "upoly_truncate", "upoly_scale",
           "mat_mul", "mat_add", "mat_sub", "transpose", "ldl_inertia", "is_symmetric"]


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
        return Fraction(text)
    raise TypeError(f"certificate entry {value!r} of type {type(value).__name__} is not a rational")


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


def mat_mul(A, B, order=None):
    """Matrix product; entries Fractions or coefficient lists (truncated at ``order``)."""
    if len(A[0]) != len(B):
        raise ValueError(f"certificate matrices do not chain: {len(A)}x{len(A[0])} times {len(B)}x{len(B[0])}")
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


def ldl_inertia(A) -> tuple[int, int, int]:
    """(positive, negative, zero) eigenvalue counts of a symmetric rational matrix.

    Exact symmetric Gaussian elimination (congruence, so Sylvester's law of
    inertia applies): a nonzero diagonal pivot is eliminated as a 1x1 block;
    if every remaining diagonal entry is 0 but an off-diagonal entry
    :math:`a_{ij} \\ne 0` is not, the congruence :math:`e_i \\mapsto e_i + e_j`
    makes a nonzero pivot :math:`2 a_{ij}`.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.poly import ldl_inertia
    >>> ldl_inertia([[F(0), F(1)], [F(1), F(0)]])
    (1, 1, 0)
    >>> ldl_inertia([[F(1), F(1)], [F(1), F(1)]])
    (1, 0, 1)
    """
    n = len(A)
    if not is_symmetric(A):
        raise ValueError("inertia is defined here for symmetric matrices only")
    M = [[Fraction(x) for x in row] for row in A]
    active = list(range(n))
    pos = neg = 0
    while active:
        piv = next((i for i in active if M[i][i] != 0), None)
        if piv is None:
            pair = next(((i, j) for i in active for j in active if i < j and M[i][j] != 0), None)
            if pair is None:
                break
            i, j = pair
            # row/column operation: x_i += x_j  (congruence)
            for r in range(n):
                M[r][i] += M[r][j]
            for c in range(n):
                M[i][c] += M[j][c]
            piv = i
        d = M[piv][piv]
        if d > 0:
            pos += 1
        else:
            neg += 1
        rest = [i for i in active if i != piv]
        for i in rest:
            factor = M[i][piv] / d
            if factor:
                for j in rest:
                    M[i][j] -= factor * M[piv][j]
        for i in rest:
            M[i][piv] = M[piv][i] = Fraction(0)
        active = rest
    return pos, neg, n - pos - neg
