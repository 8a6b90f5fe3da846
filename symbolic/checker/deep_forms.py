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

``deep_form_premises``: the hypotheses of Theorem 3's remark at a ``deep_analytical_form``::

    {"kind": "deep_form_premises", "form": deep_analytical_form, "zero_l": true}

Besides the form itself (each step Theorem 1's form on its data: eigenvector columns of :math:`\\Sigma_k`
within their eigenspaces, i.e. :math:`V_k`'s block structure with :math:`p_i(k) \\le m_i(k)`, and
:math:`C_k` invertible), the checker verifies that every :math:`L_{k+1}` is zero (``zero_l``) and that the
patterns are consistent with the layers: the number of columns of step :math:`k` is
:math:`\\operatorname{rank} A_{(\\ell,k+2)}` of the prescribed product and of the actual product
:math:`A_\\ell \\cdots A_{k+2}`, and the prescribed column spaces are nested,
:math:`\\mathrm{col}(A_{(\\ell,k+2)}) \\subseteq \\mathrm{col}(A_{(\\ell,k+3)})` (necessary, since
:math:`A_{(\\ell,k+2)} = A_{(\\ell,k+3)}A_{k+2}`).

Main definitions
----------------
* :func:`verify_deep_form`, :func:`verify_deep_form_premises`.
"""

from __future__ import annotations

from fractions import Fraction

from .assumptions import rank
from .poly import eye, frac_matrix, mat_mul, mat_sub, transpose
from .zhou_liang import _zero, verify_shallow_form

__all__ = ["verify_deep_form", "verify_deep_form_premises"]

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
    >>> from symbolic.forms.deep_forms import deep_critical_point
    >>> from proofs.papers.zhou_liang_2018.deep_forms import deep_form_certificate
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


def verify_deep_form_premises(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``deep_form_premises`` certificate; ``(ok, reason)``.

    .. math::

        L_{k+1} = 0, \\qquad \\operatorname{rank} A_{(\\ell,k+2)} = \\textstyle\\sum_i p_i(k) + \\bar p(k), \\qquad
        \\mathrm{col}(A_{(\\ell,k+2)}) \\subseteq \\mathrm{col}(A_{(\\ell,k+3)}) .

    Examples
    ========

    >>> from symbolic.checker.deep_forms import verify_deep_form_premises
    >>> from symbolic.forms.deep_forms import deep_critical_point
    >>> from proofs.papers.zhou_liang_2018.deep_forms import deep_form_certificate
    >>> nested = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 0), (1, 0)])
    >>> verify_deep_form_premises({"kind": "deep_form_premises", "zero_l": True,
    ...                            "form": deep_form_certificate(nested, "critical")})
    (True, 'every L_k = 0; ranks [1, 1] consistent with the layers; column spaces nested')
    >>> D = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 1), (1, 0)])
    >>> verify_deep_form_premises({"kind": "deep_form_premises", "form": deep_form_certificate(D, "critical")})
    (False, 'step 0 captures 2 columns but the actual product A_3 ... A_2 has rank 1')
    """
    if cert.get("kind") != "deep_form_premises":
        return False, f"not a deep_form_premises certificate (kind {cert.get('kind')!r})"
    form = cert.get("form")
    if not isinstance(form, dict):
        return False, "the premises are about a deep_analytical_form certificate ('form')"
    ok, why = verify_deep_form(form)
    if not ok:
        return False, f"form: {why}"
    Ws = [frac_matrix(W) for W in form["weights"]]
    steps = form["steps"]
    ell, d = len(Ws), len(Ws[-1])
    if cert.get("zero_l"):
        for k, s in enumerate(steps):
            if any(x != 0 for row in frac_matrix(s["L1"]) for x in row):
                return False, f"L_{k + 1} is not zero"
    ranks = []
    for k, s in enumerate(steps):
        B = frac_matrix(s["A2"])
        rho = len(s["columns"])
        actual = _product(Ws[k + 1:], len(Ws[k]))
        if rank(B) != rho or rank(actual) != rho:
            return False, (f"step {k} captures {rho} columns but the actual product A_{ell} ... A_{k + 2} has rank "
                           f"{rank(actual)}" if rank(B) == rho else f"step {k}: rank of A2 is not {rho}")
        ranks.append(rho)
        if k + 1 < len(steps):
            cols = [[Fraction(v) for v in w] for w in steps[k + 1]["columns"]]
            if any(x != 0 for row in mat_sub(B, mat_mul(_projector(cols, d), B)) for x in row):
                return False, f"col(A_({ell},{k + 2})) is not inside col(A_({ell},{k + 3})) (step {k} vs step {k + 1})"
    return True, (("every L_k = 0; " if cert.get("zero_l") else "") + f"ranks {ranks} consistent with the layers; "
                  "column spaces nested")
