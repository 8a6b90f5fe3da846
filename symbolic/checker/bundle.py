"""Dispatch on a certificate's ``kind``, and bundles of certificates.

Every checker answers ``(ok, reason)`` or a plain ``bool``; :func:`verify` turns
either into ``(ok, reason)`` and refuses anything that is not a real boolean
(a tuple or ``None`` is never taken as truth).  A bundle,
``{"kind": "bundle", "parts": {name: certificate, ...}}``, holds when every part does.

Main definitions
----------------
* :data:`CHECKERS`, :func:`verify`, :func:`verify_bundle`.
"""

from __future__ import annotations

import json

from .analytical_forms import verify_analytical_form_families
from .assumptions import rank, verify_kawaguchi_assumptions
from .bernoulli_paths import verify_bernoulli_paths
from .deep_forms import verify_deep_form, verify_deep_form_premises
from .critical_family import verify_critical_family
from .components_covering import verify_critical_set_covering
from .critical_set_theorems import verify_critical_set_theorem
from .poly import frac_matrix, mat_mul
from .identities import verify_identity_sweep
from .kawaguchi_conditions import verify_kawaguchi_conditions
from .matrix_identity import verify_matrix_identity
from .basis_selection import verify_basis_selection
from .openness import (verify_linear_rate_obstruction, verify_no_nearby_preimage, verify_open_preimage_family,
                       verify_openness_instance, verify_orthogonal_change, verify_univariate_minima)
from .pyramidal import verify_pyramidal_preimage
from .piecewise import verify_piecewise, verify_piecewise_value
from .polynomial_rank import verify_polynomial_rank
from .positivity import verify_nonnegativity
from .premises import verify_facts, verify_refutation
from .split import verify_split
from .subdifferential import verify_not_subgradient, verify_subdifferential_box
from .quadratic_field import verify_quadratic_eigen_point
from .algebraic_field import verify_algebraic_eigen_point
from .root_isolation import verify_root_isolation
from .regularized_points import verify_regularized_critical_points
from .relu import (verify_relu_cone_form, verify_relu_cone_point, verify_relu_descent_curve,
                   verify_relu_differentiable_critical, verify_relu_local_min,
                   verify_relu_no_differentiable_critical_in_cone)
from .jets import verify_polynomial_jet
from .logistic_image import verify_logistic_image
from .leading_form import verify_sos_lower_bound, verify_weighted_local_min
from .zhou_liang import (verify_deep_pattern_value, verify_rational_curve_loss, verify_shallow_form,
                         verify_swap_point)
from .verdicts import _check_curve, _Network, _Reject, verify as verify_verdict

__all__ = ["CHECKERS", "verify", "verify_bundle", "verify_classification"]


def verify(cert) -> tuple[bool, str]:
    """``(ok, reason)`` for any known certificate kind.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify({"kind": "bundle", "parts": {}})
    (False, 'an empty bundle certifies nothing')
    >>> verify({"kind": "oracle"})[0]
    False
    """
    if not isinstance(cert, dict):
        return False, "a certificate is a dict with a \"kind\""
    checker = CHECKERS.get(cert.get("kind"))
    if checker is None:
        return False, f"no checker for certificate kind {cert.get('kind')!r}"
    key = _memo_key(cert)
    if key is not None and key in _MEMO:
        return _MEMO[key]
    try:
        result = checker(cert)
    except (KeyError, IndexError, TypeError, ValueError, ZeroDivisionError, AttributeError) as exc:
        # a malformed certificate certifies nothing: a rejection with its reason, not a crash
        return False, f"malformed {cert.get('kind')!r} certificate: {type(exc).__name__}: {exc}"
    ok, reason = result if isinstance(result, tuple) else (result, "")
    if not isinstance(ok, bool):
        raise TypeError(f"the checker for {cert['kind']!r} answered {ok!r}, not a boolean")
    if key is not None and len(_MEMO) < _MEMO_SIZE:
        _MEMO[key] = (ok, reason)
    return ok, reason


#: Kinds whose identical certificates recur inside one bundle (a deep form's steps, one point in several claims):
#: their answers are kept by the certificate's exact JSON text, so an identical certificate is checked once.  A
#: verdict is a function of that text alone, so this changes no answer.
_MEMO_KINDS = frozenset({"shallow_analytical_form", "relu_cone_form", "classification"})
_MEMO: dict = {}
_MEMO_SIZE = 20000


def _memo_key(cert: dict):
    if cert.get("kind") not in _MEMO_KINDS:
        return None
    try:
        return json.dumps(cert, sort_keys=True, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError):  # not JSON data: checked every time (and rejected by its checker)
        return None


def verify_bundle(cert: dict) -> tuple[bool, str]:
    """Every part of a bundle verifies."""
    parts = cert.get("parts")
    if not isinstance(parts, dict) or not parts:
        return False, "an empty bundle certifies nothing"
    for name, part in parts.items():
        ok, reason = verify(part)
        if not ok:
            return False, f"part {name!r}: {reason}"
    return True, f"{len(parts)} parts verified"


def verify_classification(cert: dict) -> tuple[bool, str]:
    """A classification re-verified, then the claim's expectations on it.

    ``{"kind": "classification", "problem": ..., "result": ..., "expect": {"verdict_in": [...],
    "strict": bool, "indefinite": bool, "middle_rank": int, "split": {...}}, "assumptions": "kawaguchi_theorem_2_3"}``;
    ``strict``, ``indefinite`` and ``semidefinite`` read the stated ``strict`` and inertia, which the verdict
    checker has recomputed (at every size; a stated fact it cannot recompute within its work bound is a
    rejection, so nothing unverified reaches these expectations); ``middle_rank`` is :math:`\\operatorname{rank}(W_{L-1} \\cdots W_2)`, recomputed here;
    ``split`` states facts at a split of the point (:mod:`symbolic.checker.split`), recomputed there.
    """
    problem, result = cert.get("problem"), cert.get("result")
    if not isinstance(problem, dict) or not isinstance(result, dict):
        return False, "a classification certificate holds the problem and the result"
    ok, reason = verify_verdict(problem, result)
    if not ok:
        return False, reason
    expect = cert.get("expect") or {}
    if "verdict_in" in expect and result.get("verdict") not in expect["verdict_in"]:
        return False, f"verdict {result.get('verdict')!r} is not one of {expect['verdict_in']}"
    if "strict" in expect:  # a stated strict was recomputed by the verdict checker; an omitted one matches nothing
        if result.get("strict") is not expect["strict"]:
            return False, f"strict is {result.get('strict')!r}, expected {expect['strict']!r}"
    if "indefinite" in expect:
        inertia = result.get("hessian_inertia") or {}
        if not inertia:  # an omitted inertia would read as "not indefinite"
            return False, "indefinite is read from the stated Hessian inertia, and the result states none"
        if (inertia.get("positive", 0) > 0 and inertia.get("negative", 0) > 0) is not expect["indefinite"]:
            return False, f"the Hessian inertia {inertia} does not match indefinite = {expect['indefinite']}"
    if "semidefinite" in expect:  # "psd", "nsd" or "either": the inertia the verdict checker recomputed
        inertia = result.get("hessian_inertia") or {}
        if not inertia:
            return False, "semidefiniteness is read from the stated Hessian inertia, and the result states none"
        psd, nsd = inertia.get("negative", 0) == 0, inertia.get("positive", 0) == 0
        wanted = {"psd": psd, "nsd": nsd, "either": psd or nsd}.get(expect["semidefinite"])
        if wanted is not True:
            return False, f"the Hessian inertia {inertia} is not {expect['semidefinite']} semidefinite"
    if "middle_rank" in expect:
        Ws = [frac_matrix(W) for W in problem["weights"]]
        M = [[int(i == j) for j in range(len(Ws[0]))] for i in range(len(Ws[0]))]
        for W in Ws[1:-1]:
            M = mat_mul(W, M)
        if rank(M) != expect["middle_rank"]:
            return False, f"rank(W_H ... W_2) is {rank(M)}, not {expect['middle_rank']}"
    if "grad_f_nonzero" in expect:  # grad f(A) = f'(A X - Y) X^T (f' = E, or E^3 entrywise for quartic), recomputed
        Ws = [frac_matrix(W) for W in problem["weights"]]
        d0 = problem["dims"][0]
        X = frac_matrix(problem["X"]) if problem.get("X") else [[int(i == j) for j in range(d0)] for i in range(d0)]
        A = Ws[0]
        for W in Ws[1:]:
            A = mat_mul(W, A)
        AX = mat_mul(A, X)
        E = [[a - y for a, y in zip(ra, ry)] for ra, ry in zip(AX, frac_matrix(problem["Y"]))]
        if problem.get("loss", "squared") == "quartic":
            E = [[e * e * e for e in row] for row in E]
        G = mat_mul(E, [list(col) for col in zip(*X)])
        if any(g != 0 for row in G for g in row) is not expect["grad_f_nonzero"]:
            return False, f"grad f(A) nonzero is not {expect['grad_f_nonzero']}"
    if "split" in expect:  # facts at a split A = W_k..W_(j+1), B = W_j..W_1 (symbolic.checker.split)
        ok, why = verify_split(problem, expect["split"])
        if not ok:
            return False, why
    if cert.get("assumptions_fail") == "kawaguchi_theorem_2_3":
        X = problem.get("X") or [[str(int(i == j)) for j in range(problem["dims"][0])] for i in range(problem["dims"][0])]
        ok, why = verify_kawaguchi_assumptions(X, problem["Y"])
        if ok:
            return False, "Theorem 2.3's assumptions hold, but the certificate says they fail"
    if cert.get("assumptions") == "kawaguchi_theorem_2_3":
        X = problem.get("X") or [[str(int(i == j)) for j in range(problem["dims"][0])] for i in range(problem["dims"][0])]
        ok, why = verify_kawaguchi_assumptions(X, problem["Y"])
        if not ok:
            return False, f"Theorem 2.3's assumptions fail: {why}"
    return True, f"{reason}; expectations met"


def verify_descent_curve(cert: dict) -> tuple[bool, str]:
    """A descent curve at a network point, re-verified, with optional hypotheses recomputed.

    ``{"kind": "descent_curve", "problem": {dims, X, Y, weights, loss}, "curve": {"kind": "curve", "curve": [...],
    "order": m, "leading_coefficient": c}, "hypotheses": "nr_lemma19"}``: the loss along
    :math:`x_0 + \\sum_p t^p C_p` has vanishing coefficients below order :math:`m` and :math:`c < 0` at :math:`m`
    (so the point is not a local minimum).  ``"nr_lemma19"`` recomputes Nouiehed-Razaviyayn's Lemma 19 hypotheses:
    the point is degenerate, :math:`N(W_i)` and :math:`N(W_i^T)` are non-trivial for :math:`2 \\le i \\le h-1`,
    and :math:`N(W_h) \\ne 0`.
    """
    problem = cert.get("problem")
    if not isinstance(problem, dict) or "weights" not in problem:
        return False, "a descent_curve certificate holds a network problem"
    try:
        obj = _Network(problem)
        m = _check_curve(obj, cert.get("curve"), -1, "descent")
    except _Reject as exc:
        return False, str(exc)
    except (KeyError, IndexError, TypeError, ValueError, ZeroDivisionError) as exc:
        return False, f"malformed descent_curve certificate: {type(exc).__name__}: {exc}"
    hyp = cert.get("hypotheses")
    if hyp is not None:
        if hyp != "nr_lemma19":
            return False, f"unknown hypotheses {hyp!r}"
        Ws = obj.Ws
        h = len(Ws)
        if h < 3:
            return False, "Lemma 19 needs h >= 3"
        A = Ws[0]
        for W in Ws[1:]:
            A = mat_mul(W, A)
        if rank(A) >= min(obj.dims):
            return False, "the point is not degenerate"
        for k in range(2, h):
            W = Ws[k - 1]
            if rank(W) >= len(W[0]) or rank(W) >= len(W):
                return False, f"N(W_{k}) or N(W_{k}^T) is trivial"
        if rank(Ws[-1]) >= len(Ws[-1][0]):
            return False, "N(W_h) is trivial"
    return True, f"descent of order {m} verified" + ("; Lemma 19's hypotheses recomputed" if hyp else "")


#: Certificate kind -> checker.  Later issues register their kinds here.
CHECKERS = {
    "identity_sweep": verify_identity_sweep,
    "nonnegativity": verify_nonnegativity,
    "piecewise_nonnegativity": verify_piecewise,
    "piecewise_value": verify_piecewise_value,
    "matrix_identity": verify_matrix_identity,
    "classification": verify_classification,
    "bernoulli_paths": verify_bernoulli_paths,
    "critical_family": verify_critical_family,
    "descent_curve": verify_descent_curve,
    "kawaguchi_conditions": verify_kawaguchi_conditions,
    "polynomial_rank": verify_polynomial_rank,
    "shallow_analytical_form": verify_shallow_form,
    "rational_curve_loss": verify_rational_curve_loss,
    "deep_pattern_value": verify_deep_pattern_value,
    "deep_analytical_form": verify_deep_form,
    "deep_form_premises": verify_deep_form_premises,
    "zhou_liang_swap": verify_swap_point,
    "polynomial_jet": verify_polynomial_jet,
    "relu_cone_point": verify_relu_cone_point,
    "relu_descent_curve": verify_relu_descent_curve,
    "relu_local_min": verify_relu_local_min,
    "relu_cone_form": verify_relu_cone_form,
    "relu_differentiable_critical": verify_relu_differentiable_critical,
    "relu_no_differentiable_critical_in_cone": verify_relu_no_differentiable_critical_in_cone,
    "quadratic_eigen_point": verify_quadratic_eigen_point,
    "algebraic_eigen_point": verify_algebraic_eigen_point,
    "root_isolation": verify_root_isolation,
    "bundle": verify_bundle,
    "openness_instance": verify_openness_instance,
    "open_preimage_family": verify_open_preimage_family,
    "linear_rate_obstruction": verify_linear_rate_obstruction,
    "no_nearby_preimage": verify_no_nearby_preimage,
    "univariate_minima": verify_univariate_minima,
    "orthogonal_change": verify_orthogonal_change,
    "basis_selection": verify_basis_selection,
    "pyramidal_preimage": verify_pyramidal_preimage,
    "facts": verify_facts,
    "refutation": lambda cert: verify_refutation(cert, verify),
    "logistic_image": verify_logistic_image,
    "subdifferential_box": verify_subdifferential_box,
    "not_subgradient": verify_not_subgradient,
    "critical_set_covering": verify_critical_set_covering,
    "sos_lower_bound": verify_sos_lower_bound,
    "weighted_local_min": verify_weighted_local_min,
    "regularized_critical_points": verify_regularized_critical_points,
    "critical_set_theorem": verify_critical_set_theorem,
    "analytical_form_families": verify_analytical_form_families,
}
