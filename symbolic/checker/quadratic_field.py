"""Checker for critical points on an irrational eigenvalue, in :math:`\\mathbb{Q}(\\sqrt d)` with Fractions.

A number :math:`a + b\\sqrt d` is the pair ``[a, b]``; ``d`` is a positive integer that is not a perfect
square (checked), so the representation is unique and :math:`a + b\\sqrt d = 0` iff :math:`a = b = 0`.
Signs are exact: :math:`a + b\\sqrt d > 0` iff (:math:`a \\ge 0, b \\ge 0`, not both zero) or
(:math:`a > 0 > b`, :math:`a^2 > b^2 d`) or (:math:`b > 0 > a`, :math:`b^2 d > a^2`).

Certificate::

    {"kind": "quadratic_eigen_point", "d": int, "X", "Y", "Xp" (rational), "A1", "A2" (pairs),
     "eigenvalue": pair}

The checker verifies the Penrose equations for ``Xp``; that :math:`\\lambda` is irrational and positive;
that :math:`A_2 \\ne 0` and :math:`\\Sigma A_2 = \\lambda A_2` (``A2`` a column: one hidden unit), so
:math:`\\lambda` is an eigenvalue of :math:`\\Sigma = YX^+XY^T`; that both gradient blocks
:math:`A_2^TEX^T` and :math:`EX^TA_1^T` (:math:`E = A_2A_1X - Y`) vanish; and Proposition 1,
:math:`\\tfrac12\\lVert E\\rVert_F^2 = \\tfrac12(\\operatorname{tr}YY^T - \\lambda)`.

Main definitions
----------------
* :func:`verify_quadratic_eigen_point`, :func:`qsign`.
"""

from __future__ import annotations

from fractions import Fraction
from math import isqrt

from .poly import frac, frac_matrix, mat_mul, transpose

__all__ = ["verify_quadratic_eigen_point", "qsign"]


def _add(x, y):
    return (x[0] + y[0], x[1] + y[1])


def _mul(x, y, d):
    return (x[0] * y[0] + d * x[1] * y[1], x[0] * y[1] + x[1] * y[0])


def qsign(x, d) -> int:
    """The sign of :math:`a + b\\sqrt d`.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.quadratic_field import qsign
    >>> qsign((F(7, 2), F(-1, 2)), 45), qsign((F(-7), F(1)), 45), qsign((F(0), F(0)), 45)
    (1, -1, 0)
    """
    a, b = x
    if a >= 0 and b >= 0:
        return 0 if a == 0 and b == 0 else 1
    if a <= 0 and b <= 0:
        return -1
    if a > 0:  # b < 0
        return 1 if a * a > b * b * d else -1
    return 1 if b * b * d > a * a else -1


def _qmat(rows):
    return [[(frac(a), frac(b)) for a, b in row] for row in rows]


def _lift(M):
    return [[(x, Fraction(0)) for x in row] for row in M]


def _qmul(A, B, d):
    if len(A[0]) != len(B):
        raise ValueError("matrices do not chain")
    return [[_sum([_mul(a, B[k][j], d) for k, a in enumerate(row)]) for j in range(len(B[0]))] for row in A]


def _sum(xs):
    out = (Fraction(0), Fraction(0))
    for x in xs:
        out = _add(out, x)
    return out


def _qsub(A, B):
    return [[(a[0] - b[0], a[1] - b[1]) for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]


def _qT(A):
    return [list(c) for c in zip(*A)]


def _zero(A):
    return all(x[0] == 0 and x[1] == 0 for row in A for x in row)


def verify_quadratic_eigen_point(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``quadratic_eigen_point`` certificate; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.quadratic_field import verify_quadratic_eigen_point
    >>> # Sigma = YY^T = (5, 3; 3, 2), lambda = (7 + sqrt 45)/2, u = (3, lambda - 5)
    >>> cert = {"kind": "quadratic_eigen_point", "d": 45, "X": [["1", "0"], ["0", "1"]],
    ...         "Y": [["2", "1"], ["1", "1"]], "Xp": [["1", "0"], ["0", "1"]], "eigenvalue": ["7/2", "1/2"],
    ...         "A2": [[["3", "0"]], [["-3/2", "1/2"]]],
    ...         "A1": [[["1/3", "2/45"], ["1/6", "1/30"]]]}
    >>> verify_quadratic_eigen_point(cert)
    (True, 'critical on the irrational eigenvalue 7/2 + 1/2 sqrt(45); Proposition 1 holds')
    """
    if cert.get("kind") != "quadratic_eigen_point":
        return False, f"not a quadratic_eigen_point certificate (kind {cert.get('kind')!r})"
    try:
        d = cert["d"]
        if not isinstance(d, int) or isinstance(d, bool) or d < 2 or isqrt(d) ** 2 == d:
            return False, "d must be a positive integer that is not a perfect square"
        X, Y, Xp = frac_matrix(cert["X"]), frac_matrix(cert["Y"]), frac_matrix(cert["Xp"])
        A1, A2 = _qmat(cert["A1"]), _qmat(cert["A2"])
        lam = (frac(cert["eigenvalue"][0]), frac(cert["eigenvalue"][1]))
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        return False, f"malformed certificate: {exc}"
    MG, GM = mat_mul(X, Xp), mat_mul(Xp, X)
    if not (mat_mul(MG, X) == X and mat_mul(GM, Xp) == Xp and MG == transpose(MG) and GM == transpose(GM)):
        return False, "Xp is not the Moore-Penrose inverse of X"
    if lam[1] == 0:
        return False, "the eigenvalue is rational"
    if qsign(lam, d) <= 0:
        return False, "the eigenvalue is not positive"
    if len(A2[0]) != 1 or len(A1) != 1:
        return False, "one hidden unit: A2 is a column, A1 a row"
    if _zero(A2):
        return False, "A2 = 0"
    Sigma = _lift(mat_mul(mat_mul(mat_mul(Y, Xp), X), transpose(Y)))
    SA = _qmul(Sigma, A2, d)
    if SA != [[_mul(lam, row[0], d)] for row in A2]:
        return False, "Sigma A2 != lambda A2"
    Xq, Yq = _lift(X), _lift(Y)
    E = _qsub(_qmul(_qmul(A2, A1, d), Xq, d), Yq)
    G1 = _qmul(_qmul(_qT(A2), E, d), _qT(Xq), d)
    G2 = _qmul(_qmul(E, _qT(Xq), d), _qT(A1), d)
    if not (_zero(G1) and _zero(G2)):
        return False, "the point is not critical"
    loss = _sum([_mul(e, e, d) for row in E for e in row])
    tr = sum(y * y for row in Y for y in row)
    if (loss[0] / 2, loss[1] / 2) != ((tr - lam[0]) / 2, -lam[1] / 2):
        return False, "Proposition 1's value fails"
    return True, f"critical on the irrational eigenvalue {lam[0]} + {lam[1]} sqrt({d}); Proposition 1 holds"
