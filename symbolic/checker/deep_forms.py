"""Checker for Zhou-Liang's Theorem 3 (the recursive analytical form of deep critical points), Fractions only.

``deep_analytical_form``: a point of :math:`\\tfrac12\\lVert A_\\ell\\cdots A_1X - Y\\rVert_F^2` with one
Theorem 1 step per :math:`k = 0, \\dots, \\ell - 2`::

    {"kind": "deep_analytical_form", "X", "Y", "weights": [A1, ..., Al],
     "steps": [shallow_analytical_form, ...],   # step k on the data (A_(k,1) X, Y)
     "consistency": [bool, ...], "condition6": [bool, ...], "critical": bool,
     "expect": "critical" | "condition6_and_critical" | "condition6_implies_critical" | "inconsistent"}

The checker re-verifies each step with :func:`~symbolic.checker.zhou_liang.verify_shallow_form`
(eigenvector columns, (1)-(2) in the rational parametrization) and that step :math:`k`'s data are
:math:`X_k = A_k \\cdots A_1 X` and :math:`Y`, its ``A1`` is :math:`A_{k+1}`, and the last step's ``A2`` is
:math:`A_\\ell`.  It recomputes, for :math:`k = 2, \\dots, \\ell-1`, the first equation of (6) with the
products prescribed by (5) (step :math:`k-2`'s ``A2`` equals step :math:`k-1`'s ``A2`` times :math:`A_k`), the
second equation :math:`(I - P)YX^TA_{(\\ell-1,1)}^T = 0` with :math:`P` the projector on step :math:`k-1`'s
columns, and criticality (every gradient block), and compares them with the claimed booleans and the
expectation.

Main definitions
----------------
* :func:`verify_deep_form`.
"""

from __future__ import annotations

from fractions import Fraction

from .poly import eye, frac_matrix, mat_mul, mat_sub, transpose
from .zhou_liang import _zero, verify_shallow_form

__all__ = ["verify_deep_form"]

_EXPECT = ("critical", "condition6_and_critical", "condition6_implies_critical", "inconsistent")


def _product(Ws, n):
    A = eye(n)
    for W in Ws:
        A = mat_mul(W, A)
    return A


def _projector(cols, d):
    P = [[Fraction(0)] * d for _ in range(d)]
    for w in cols:
        n = sum(x * x for x in w)
        for i in range(d):
            for j in range(d):
                P[i][j] += w[i] * w[j] / n
    return P


def verify_deep_form(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``deep_analytical_form`` certificate; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.deep_forms import verify_deep_form
    >>> from symbolic.deep_forms import deep_critical_point
    >>> from proofs.zhou_liang_deep_forms import deep_form_certificate
    >>> D = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 1), (1, 0)])
    >>> cert = deep_form_certificate(D, "inconsistent")
    >>> verify_deep_form(cert)
    (True, 'deep form verified: consistency [False], condition (6) [True], critical True')
    >>> verify_deep_form(dict(cert, expect="condition6_and_critical"))[0]
    False
    """
    if cert.get("kind") != "deep_analytical_form":
        return False, f"not a deep_analytical_form certificate (kind {cert.get('kind')!r})"
    try:
        X, Y = frac_matrix(cert["X"]), frac_matrix(cert["Y"])
        Ws = [frac_matrix(W) for W in cert["weights"]]
        steps = list(cert["steps"])
        claimed = (list(cert["consistency"]), list(cert["condition6"]), cert["critical"])
        cols = [[[Fraction(v) for v in w] for w in s["columns"]] for s in steps]
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed certificate: {exc}"
    ell = len(Ws)
    if ell < 2 or len(steps) != ell - 1:
        return False, "one step per k = 0, ..., l - 2 (at least two layers)"
    if len(X) != len(Ws[0][0]) or len(Y) != len(Ws[-1]) or any(
            len(Ws[k][0]) != len(Ws[k - 1]) for k in range(1, ell)):
        return False, "the weights do not chain from X to Y"
    d0, d = len(X), len(Y)
    for k, s in enumerate(steps):
        ok, why = verify_shallow_form(s)
        if not ok:
            return False, f"step {k}: {why}"
        if frac_matrix(s["X"]) != mat_mul(_product(Ws[:k], d0), X) or frac_matrix(s["Y"]) != Y:
            return False, f"step {k}'s data are not (A_({k},1) X, Y)"
        if frac_matrix(s["A1"]) != Ws[k]:
            return False, f"step {k}'s A1 is not A{k + 1}"
    if frac_matrix(steps[-1]["A2"]) != Ws[-1]:
        return False, "the last step's A2 is not A_l"
    prescribed = [frac_matrix(s["A2"]) for s in steps]
    consistency = [prescribed[k - 2] == mat_mul(prescribed[k - 1], Ws[k - 1]) for k in range(2, ell)]
    YXtAt = mat_mul(Y, transpose(mat_mul(_product(Ws[:-1], d0), X)))  # Y X^T A_(l-1,1)^T
    condition6 = [_zero(mat_mul(mat_sub(eye(d), _projector(cols[k - 1], d)), YXtAt))
                  for k in range(2, ell)]
    E = mat_sub(mat_mul(_product(Ws, d0), X), Y)
    critical = True
    for k in range(ell):
        G = mat_mul(E, transpose(mat_mul(_product(Ws[:k], d0), X)))
        G = mat_mul(transpose(_product(Ws[k + 1:], len(Ws[k]))), G)
        critical = critical and _zero(G)
    if (consistency, condition6, critical) != claimed:
        return False, (f"recomputed consistency {consistency}, condition (6) {condition6}, critical {critical}; "
                       f"claimed {claimed[0]}, {claimed[1]}, {claimed[2]}")
    want = cert.get("expect")
    if want not in _EXPECT:
        return False, f"expect must be one of {', '.join(_EXPECT)}; got {want!r}"
    holds = all(consistency) and all(condition6)
    if {"critical": critical, "condition6_and_critical": holds and critical,
            "condition6_implies_critical": critical or not holds, "inconsistent": not all(consistency)}[want] is False:
        return False, f"the expectation {want!r} fails"
    return True, f"deep form verified: consistency {consistency}, condition (6) {condition6}, critical {critical}"
