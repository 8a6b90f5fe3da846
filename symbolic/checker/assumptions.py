"""Exact checks of data assumptions (Fractions only): ranks, squarefree characteristic polynomials.

Kawaguchi's Theorem 2.3 assumes :math:`XX^T` and :math:`XY^T` of full rank,
:math:`d_y \\le d_x`, and :math:`\\Sigma = Y X^T (XX^T)^{-1} X Y^T` with :math:`d_y`
distinct eigenvalues.  Distinct eigenvalues of a symmetric matrix are exactly a
squarefree characteristic polynomial, :math:`\\gcd(p, p') = 1`: computed here by
the Faddeev-LeVerrier recursion and Euclid's algorithm over :math:`\\mathbb{Q}`
(:func:`symbolic.checker.root_isolation.upoly_gcd`).

Main definitions
----------------
* :func:`rank`, :func:`inverse`, :func:`charpoly`, :func:`is_squarefree`,
  :func:`verify_kawaguchi_assumptions`.
"""

from __future__ import annotations

from fractions import Fraction

from .poly import frac_matrix, mat_mul, transpose
from .root_isolation import upoly_gcd

__all__ = ["rank", "inverse", "charpoly", "is_squarefree", "verify_kawaguchi_assumptions"]


def rank(A) -> int:
    """Rank by exact Gaussian elimination.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.assumptions import rank
    >>> rank([[F(1), F(2)], [F(2), F(4)]])
    1
    """
    M = [list(map(Fraction, row)) for row in A]
    r = 0
    for c in range(len(M[0]) if M else 0):
        piv = next((i for i in range(r, len(M)) if M[i][c] != 0), None)
        if piv is None:
            continue
        M[r], M[piv] = M[piv], M[r]
        for i in range(len(M)):
            if i != r and M[i][c] != 0:
                f = M[i][c] / M[r][c]
                M[i] = [a - f * b for a, b in zip(M[i], M[r])]
        r += 1
    return r


def inverse(A):
    """The inverse of a nonsingular square matrix (Gauss-Jordan); ``ValueError`` if singular."""
    n = len(A)
    M = [list(map(Fraction, row)) + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(A)]
    for c in range(n):
        piv = next((i for i in range(c, n) if M[i][c] != 0), None)
        if piv is None:
            raise ValueError("singular matrix")
        M[c], M[piv] = M[piv], M[c]
        p = M[c][c]
        M[c] = [x / p for x in M[c]]
        for i in range(n):
            if i != c and M[i][c] != 0:
                f = M[i][c]
                M[i] = [a - f * b for a, b in zip(M[i], M[c])]
    return [row[n:] for row in M]


def charpoly(A) -> list:
    """Coefficients of :math:`\\det(\\lambda I - A)`, highest degree first (Faddeev-LeVerrier)."""
    n = len(A)
    A = [list(map(Fraction, row)) for row in A]
    coeffs = [Fraction(1)]
    M = [[Fraction(0)] * n for _ in range(n)]
    for k in range(1, n + 1):
        M = [[sum(A[i][t] * M[t][j] for t in range(n)) + (coeffs[-1] if i == j else 0) for j in range(n)]
             for i in range(n)]
        AM = [[sum(A[i][t] * M[t][j] for t in range(n)) for j in range(n)] for i in range(n)]
        coeffs.append(-sum(AM[i][i] for i in range(n)) / k)
    return coeffs


def _trim(p):
    while p and p[0] == 0:
        p = p[1:]
    return p


def is_squarefree(p) -> bool:
    """``gcd(p, p') = 1`` (Euclid over QQ): no repeated root.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.assumptions import is_squarefree
    >>> is_squarefree([F(1), F(-3), F(2)]), is_squarefree([F(1), F(-2), F(1)])
    (True, False)
    """
    p = _trim([Fraction(x) for x in p])
    if len(p) <= 2:
        return True
    q = p[::-1]  # index = degree, for Euclid in root_isolation
    return len(upoly_gcd(q, [i * c for i, c in enumerate(q)][1:])) == 1


def verify_kawaguchi_assumptions(X_rows, Y_rows) -> tuple[bool, str]:
    """Theorem 2.3's assumptions on exact data."""
    X, Y = frac_matrix(X_rows), frac_matrix(Y_rows)
    dx, dy = len(X), len(Y)
    XXt = mat_mul(X, transpose(X))
    XYt = mat_mul(X, transpose(Y))
    if dy > dx:
        return False, f"dy = {dy} > dx = {dx}"
    if rank(XXt) < dx:
        return False, "X X^T is not of full rank"
    if rank(XYt) < min(dx, dy):
        return False, "X Y^T is not of full rank"
    Sigma = mat_mul(mat_mul(mat_mul(mat_mul(Y, transpose(X)), inverse(XXt)), X), transpose(Y))
    if not is_squarefree(charpoly(Sigma)):
        return False, "Sigma has a repeated eigenvalue"
    return True, "X X^T and X Y^T of full rank, dy <= dx, Sigma with distinct eigenvalues"
