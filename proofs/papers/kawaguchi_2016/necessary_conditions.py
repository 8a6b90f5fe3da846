"""Kawaguchi's second-order necessary conditions (Lemma 4.4, Corollary 4.5, Lemma 4.6) on classified points.

Every exact critical point of :mod:`proofs.papers.kawaguchi_2016.landscape` whose Hessian is positive or
negative semidefinite (the classification's inertia, recomputed by the checker) gets a part
``{"hypothesis": classification with "semidefinite", "conclusion": kawaguchi_conditions}``; the
conclusion is recomputed by :mod:`symbolic.checker.kawaguchi_conditions`.  For Lemma 4.6 the
rational :math:`z` separating the :math:`\\bar p` largest eigenvalues of :math:`\\Sigma` from the
others is located with mpmath (evidence) and then only checked exactly.

Main definitions
----------------
* :func:`semidefinite_points`, :func:`separating_value`, :func:`conditions_parts`.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath

from symbolic.checker.kawaguchi_conditions import condition_holds
from symbolic.checker.poly import frac_matrix

from proofs.papers.kawaguchi_2016.landscape import classified
from proofs.checks.classified import part

__all__ = ["semidefinite_points", "separating_value", "conditions_parts"]


def semidefinite_points(dims_list, kind: str = "either"):
    """``[(name, problem, result)]``: classified critical points whose Hessian is ``psd``, ``nsd`` or ``either``."""
    out = []
    for dims in dims_list:
        for label, problem, result, _ in classified(dims):
            inertia = result.get("hessian_inertia")
            if result["verdict"] == "not_critical" or not inertia:
                continue
            psd, nsd = inertia["negative"] == 0, inertia["positive"] == 0
            if {"psd": psd, "nsd": nsd, "either": psd or nsd}[kind]:
                out.append((f"{dims} {label}", problem, result))
    return out


def _sigma(problem):
    X = frac_matrix(problem["X"])
    Y = frac_matrix(problem["Y"])
    mX = mpmath.matrix([[mpmath.mpf(x.numerator) / x.denominator for x in row] for row in X])
    mY = mpmath.matrix([[mpmath.mpf(y.numerator) / y.denominator for y in row] for row in Y])
    return mY * mX.T * mpmath.inverse(mX * mX.T) * mX * mY.T


def separating_value(problem, pbar: int) -> str:
    """A rational between the ``pbar``-th and the next eigenvalue of :math:`\\Sigma` (mpmath, then rationalized).

    Evidence only: the checker decides exactly whether it separates.

    Examples
    ========

    >>> from proofs.papers.kawaguchi_2016.necessary_conditions import separating_value
    >>> separating_value({"X": [["1", "0"], ["0", "1"]], "Y": [["3", "0"], ["0", "1"]]}, 1)   # eigenvalues 9, 1
    '5'
    """
    with mpmath.workdps(50):
        eig = sorted(mpmath.eigsy(_sigma(problem))[0], reverse=True)
        if pbar >= len(eig):
            value = eig[-1] - 1
        else:
            value = (eig[pbar - 1] + eig[pbar]) / 2
        q = Fraction(mpmath.nstr(value, 40)).limit_denominator(10**6)
    return str(q)


def _rank_of_C(problem) -> int:
    from symbolic.checker.assumptions import rank
    from symbolic.checker.poly import mat_mul

    Ws = [frac_matrix(W) for W in problem["weights"]]
    C = Ws[1]
    for W in Ws[2:]:
        C = mat_mul(W, C)
    return rank(C)


def conditions_parts(lemma: str, dims_list) -> tuple[dict, list, list]:
    """``(parts, failures, undecided)`` for Lemma 4.4 / Corollary 4.5 (PSD or NSD) or Lemma 4.6 (PSD) on
    ``dims_list``; ``undecided`` names the points where the stated ``z`` proves neither outcome (no part for them:
    the checker accepts only ``holds`` true or false)."""
    kind = "psd" if lemma == "4.6" else "either"
    parts, failures, undecided = {}, [], []
    for name, problem, result in semidefinite_points(dims_list, kind):
        cond_problem = {k: problem[k] for k in ("dims", "X", "Y", "weights")}
        cert = {"kind": "kawaguchi_conditions", "lemma": lemma, "problem": cond_problem}
        if lemma == "4.6":
            pbar = _rank_of_C(problem)
            if 0 < pbar:
                cert["z"] = separating_value(problem, pbar)
        holds, why = condition_holds(lemma, cond_problem, cert.get("z"))
        if holds is None:
            undecided.append((name, why))
            continue
        cert["holds"] = holds
        if not holds:
            failures.append((name, why))
        parts[name] = {"kind": "bundle", "parts": {
            "hypothesis": part(problem, result, semidefinite=kind),
            "conclusion": cert}}
    return parts, failures, undecided
