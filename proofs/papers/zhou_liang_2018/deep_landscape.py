"""Zhou and Liang (2018), deep linear networks: Theorem 3's analytical form and Theorem 4's landscape.

:math:`L_D = \\tfrac12\\lVert A_\\ell\\cdots A_1X - Y\\rVert_F^2`.  Points are built by Theorem 3's recursion
(:func:`~symbolic.forms.deep_forms.deep_critical_point`, every sequence of patterns, :math:`L_k = 0` or seeded) and
written back by :func:`~symbolic.forms.deep_forms.recover_deep_form` (:mod:`proofs.papers.zhou_liang_2018.deep_forms`).
Certificates: ``deep_analytical_form`` (:mod:`symbolic.checker.deep_forms`), ``rational_curve_loss`` on all
layers, ``classification``.

Main results
------------
* ``critical_iff_deep_analytical_form_of_condition6`` -- Theorem 3: points from (4)-(5) satisfying (6) are
  critical, and every critical point found has the form with (6).
* ``critical_of_zero_l_terms`` -- the remark after Theorem 3: :math:`L_k = 0` gives critical points for any
  invertible :math:`C_k` and proper :math:`V_k`.
* ``condition6_of_zero_l_terms`` -- the same remark's "(i.e., eq. (6) is satisfied)" (refuted: with proper
  :math:`V_k` and an invertible, non-orthogonal :math:`C_0` the product prescribed by (5) does not factor through the
  layers; witness in :mod:`proofs.papers.zhou_liang_2018.findings`).
* ``deep_lower_value_same_rank_of_non_optimal_order`` -- Theorem 4 item 1 (a rank-preserving rotation; the
  proof's perturbation can lower the rank of :math:`A_\\ell`).
* ``deep_lower_value_rank_plus_one_of_optimal_order`` -- Theorem 4 item 2.
* ``deep_higher_value_of_nonzero_output`` -- Theorem 4 item 3.
* ``saddle_of_deep_non_global_outside_categories`` -- the case left open after Theorem 4: non-global critical
  points in neither category exist; those classified are saddles.

References
----------
* ``zhou-liang-2018``, "Theorem 3" (and the remark after it).
* ``zhou-liang-2018``, "Theorem 4" (its proof in the supplement, and the remark after it).
"""

from __future__ import annotations

from functools import cache

from symbolic.landscape.classify import classify_network
from symbolic.forms.analytical_forms import rational_spectrum, shallow_critical_point, sigma_matrix
from symbolic.checker.bundle import verify
from symbolic.forms.deep_forms import deep_critical_point, product
from symbolic.core.exact import matrix_to_strings

from proofs.ledger.claim import Claim, Outcome
from proofs.papers.zhou_liang_2018.checks import _bundle, _classification_part
from proofs.papers.zhou_liang_2018.constructions import instance
from proofs.papers.zhou_liang_2018.deep import deep_certificate
from proofs.papers.zhou_liang_2018.deep_forms import (
    DEEP_FORM_SCOPES,
    _patterns,
    constructed_deep,
    deep_ascent_curve,
    deep_categories,
    deep_form_certificate,
    deep_rank_raising_curve,
    printed_rank_after_swap,
    recovered_deep,
    rotation_curve,
)
from proofs.papers.zhou_liang_2018.findings import condition6_witness

__all__ = ["CLAIMS"]

_NB = "notebooks/zhou-liang-2018/critical_iff_deep_analytical_form_of_condition6.ipynb"


def _scope(quick: bool) -> str:
    return "instances " + ", ".join(f"{n} (hidden widths {list(w)})" for n, w in DEEP_FORM_SCOPES[quick])


# -- Theorem 3 and the remark after it -----------------------------------------------------------------------

def _check_theorem3(quick: bool) -> Outcome:
    parts, bad = {}, []
    made = constructed_deep(quick)
    for label, D, _ in made:
        parts[label] = deep_form_certificate(D, "condition6_implies_critical")
        if all(D.consistency()) and all(D.condition6()) and not D.is_critical():
            bad.append(label)
    rec = recovered_deep(quick)
    for label, D, _ in rec:
        parts[label] = deep_form_certificate(D, "condition6_and_critical", with_categories=True)
    n6 = sum(1 for _, D, _ in made if all(D.consistency()) and all(D.condition6()))
    scope = (f"{_scope(quick)}: {len(made)} points from the recursion (every pattern sequence; L = 0 and seeded L), "
             f"{n6} of them satisfying (6); {len(rec)} critical points written back with (6)")
    if bad:
        return Outcome("refuted", scope, _bundle({k: parts[k] for k in bad}),
                       details=f"(4)-(6) hold but the point is not critical: {bad}", scope_kind="sampled")
    return Outcome("confirmed", scope, _bundle(parts),
                   details="every point built by (4)-(5) that satisfies (6) is critical; every critical point found "
                           "is recovered step by step (columns of A_(l,k+2) are eigenvectors of Sigma_k, A_(k+1) has "
                           "the form (4) for a recovered L_(k+1)) with (6).  (6) is read as A_(l,k) = A_(l,k+1) A_k "
                           "for the prescribed products and (I - P_col(A_(l,k+1))) Y X^T A_(l-1,1)^T = 0",
                           scope_kind="sampled")


def _zero_points(quick: bool):
    return [(label, D) for label, D, mode in constructed_deep(quick) if mode == "zero"]


def _check_zero_l_critical(quick: bool) -> Outcome:
    pts = _zero_points(quick)
    parts = {label: deep_form_certificate(D, "critical") for label, D in pts}
    bad = [label for label, D in pts if not D.is_critical()]
    scope = f"{_scope(quick)}: {len(pts)} points with every L_k = 0 (every pattern sequence, seeded C_k)"
    if bad:
        return Outcome("refuted", scope, _bundle({k: parts[k] for k in bad}), details=f"not critical: {bad}",
                       scope_kind="sampled")
    return Outcome("confirmed", scope, _bundle(parts), details="every such point is critical", scope_kind="sampled")


def _proper(D) -> bool:
    """Every condition of Theorem 3 at an L = 0 point (the ``deep_form_premises`` checker)."""
    return verify({"kind": "deep_form_premises", "zero_l": True, "form": deep_form_certificate(D, "critical")})[0]


@cache
def _identity_c_points(quick: bool) -> tuple:
    """Every pattern sequence with every L_k = 0 and every C_k = I (eigenvector columns from the instance's U)."""
    out = []
    for name, widths in DEEP_FORM_SCOPES[quick]:
        X, Y, U = instance(name)
        dims = [X.shape[0]] + list(widths) + [Y.shape[0]]

        def rec(k, Xk, pats):
            if k == len(dims) - 2:
                out.append((f"{name}, dims {dims}, C = I, p = {[list(p) for p in pats]}",
                            deep_critical_point(X, Y, dims, pats, basis=U)))
                return
            spaces, rest = rational_spectrum(sigma_matrix(Xk, Y))
            if rest:
                return
            for p in _patterns(spaces, min(dims[k + 1], dims[-1])):
                F = shallow_critical_point(Xk, Y, dims[k + 1], p, basis=U, require_condition3=False)
                rec(k + 1, F.A1.matmul(Xk), pats + [p])

        rec(0, X, [])
    return tuple(out)


def _check_zero_l_condition6(quick: bool) -> Outcome:
    cert, D = condition6_witness()
    seeded = [(label, E) for label, E in _zero_points(quick) if _proper(E)]
    seeded_bad = [label for label, E in seeded if not all(E.consistency())]
    ident = [(label, E) for label, E in _identity_c_points(quick) if _proper(E)]
    ident_bad = [label for label, E in ident if not all(E.consistency())]
    second_bad = [label for label, E in seeded + ident if not all(E.condition6())]
    scope = (f"the witness X = I_2, Y = diag(3, 1), widths 2, 2, L_k = 0, C_0 = (1, 1; 0, 1), C_1 = I; and "
             f"{_scope(quick)}: {len(seeded)} points with every L_k = 0 and seeded invertible C_k that satisfy every "
             f"condition of Theorem 3, {len(ident)} with every C_k = I")
    return Outcome("refuted", scope, cert, finding="error", scope_kind="sampled",
                   details=("with every L_k = 0, a proper V_k (eigenvector blocks, ranks consistent with the layers, "
                            "column spaces nested) and an invertible C_k, (6)'s first equation fails: at the witness "
                            "A_(3,2) prescribed by (5) at k = 0 is U_0 V_0 C_0 = (1, 1; 0, 0), but A_3 A_2 = (1, 0; 0, "
                            "0); the point is critical all the same (critical_of_zero_l_terms), it is Theorem 3's form "
                            "with C_0 = I instead.  By our derivation (not certified), with L_k = 0, nested column "
                            "spaces and no zero eigenvalue captured, (6)'s first equation holds exactly when C_k C_k^T "
                            "is block diagonal for the split into captured and free coordinates, which 'any invertible C_k' does not give; the samples agree: "
                            f"it fails at {len(seeded_bad)} of {len(seeded)} proper points with seeded C_k and at "
                            f"{len(ident_bad)} of {len(ident)} with C_k = I; (6)'s second equation fails at "
                            f"{len(second_bad)} of them.  Failing: {seeded_bad}"))


# -- Theorem 4 ----------------------------------------------------------------------------------------------

@cache
def _unit_points(quick: bool) -> tuple:
    """Critical L = 0 points recovered with unit columns, with their deep categories."""
    return tuple((label, D, U, deep_categories(D)) for label, D, U in recovered_deep(quick) if U is not None)


def _check_item1(quick: bool) -> Outcome:
    parts, drops, n = {}, [], 0
    for label, D, U, cats in _unit_points(quick):
        if not cats["non_optimal_steps"]:
            continue
        k = cats["non_optimal_steps"][0]
        cert, gap = rotation_curve(D, k, U)
        parts[f"{label}, step {k}: sigma_i - sigma_j = {gap}"] = cert
        full, printed = printed_rank_after_swap(D, k)
        n += 1
        if printed < full:
            drops.append(f"{label} (rank {full} -> at most {printed})")
    scope = f"{_scope(quick)}: {n} deep-non-optimal-order critical points (L = 0, unit eigenvector columns)"
    if not parts:
        return Outcome("inconclusive", scope, None, details="no deep-non-optimal-order point in scope",
                       scope_kind="sampled")
    return Outcome("confirmed", scope, _bundle(parts),
                   details=("A_l -> Q(eps) A_l with the rational rotation Q of the plane (u_j, u_i) (Q^T Q = I, so "
                            "rank A_l is unchanged) and A_(k+1) from (4): L drops by exactly 2 eps^2 (sigma_i - "
                            "sigma_j)/(1 + eps^2)^2.  The proof's own A_l -> M_k (U_k S_k)^T A_l has rank at most "
                            f"rank A_(l,k+2), below rank A_l at {len(drops)} of {n} points: " + "; ".join(drops)),
                            scope_kind="sampled")


def _check_item2(quick: bool) -> Outcome:
    parts = {}
    for label, D, U, cats in _unit_points(quick):
        if cats["deep_optimal"]:
            cert, sq = deep_rank_raising_curve(D, U)
            parts[f"{label}: sigma_q = {sq}"] = cert
    scope = f"{_scope(quick)}: {len(parts)} deep-optimal-order critical points (L = 0, unit eigenvector columns)"
    if not parts:
        return Outcome("inconclusive", scope, None, details="no deep-optimal-order point in scope",
                       scope_kind="sampled")
    return Outcome("confirmed", scope, _bundle(parts),
                   details="Proposition 3 item 2 on (A_(l-1), A_l) with A_1..A_(l-2) fixed: A_l + eps^2 u_q e^T C_0 "
                           "(rank + 1), A_(l-1) + eps C_0^-1 e u_q^T Y X_(l-2)^+; the loss drops at order eps^3",
                           scope_kind="sampled")


def _check_item3(quick: bool) -> Outcome:
    parts = {}
    for label, D, _ in recovered_deep(quick):
        if any(x != 0 for x in product(list(D.weights)).matmul(D.X).to_list_flat()):
            parts[label] = deep_ascent_curve(D)
    scope = f"{_scope(quick)}: {len(parts)} critical points with A_(l,1) X != 0"
    return Outcome("confirmed", scope, _bundle(parts),
                   details="a row of A_l scaled by 1 +- eps: the loss rises at order eps or eps^2",
                   scope_kind="sampled")


@cache
def _outside(quick: bool) -> tuple:
    """Non-global (Proposition 5's split) critical points in neither category, each classified."""
    found = []
    for label, D, _ in recovered_deep(quick):
        cats = deep_categories(D)
        if cats["non_optimal_steps"] or cats["deep_optimal"]:
            continue
        prop5 = deep_certificate(D.X, D.Y, list(D.weights))["categories"]
        if prop5["case1"] or prop5["case2"]:
            continue
        found.append((label, D))
    # the most informative first: nonzero output (not the two-zero-layer points), then the larger output rank
    found.sort(key=lambda item: -product(list(item[1].weights)).matmul(item[1].X).rank())
    out = []
    for label, D in found[: 2 if quick else 6]:
        dims = [D.X.shape[0]] + [W.shape[0] for W in D.weights]
        problem = {"dims": dims, "X": matrix_to_strings(D.X), "Y": matrix_to_strings(D.Y),
                   "weights": [matrix_to_strings(W) for W in D.weights]}
        result = classify_network(dims, problem["Y"], problem["weights"], X=problem["X"], seconds=20).to_json()
        out.append((label, D, problem, result))
    return len(found), tuple(out)


def _check_outside(quick: bool) -> Outcome:
    total, shown = _outside(quick)
    parts, unsure = {}, []
    for label, D, problem, result in shown:
        if result["verdict"] != "saddle":
            unsure.append(f"{label}: {result['verdict']}")
            continue
        parts[f"{label}: form"] = deep_form_certificate(D, "condition6_and_critical", with_categories=True)
        parts[f"{label}: verdict"] = _classification_part(problem, result, ["saddle"])
    scope = f"{_scope(quick)}: {total} non-global critical points in neither category, {len(shown)} classified"
    if not parts:
        return Outcome("inconclusive", scope, None, details=f"none found or none certified: {unsure}",
                       scope_kind="sampled")
    return Outcome("confirmed", scope, _bundle(parts),
                   details=(f"{len(parts) // 2} certified saddles outside both categories (no step of non-optimal "
                            "order; the last pair is a global minimum of its shallow problem or has full rank)"
                            + (f"; not certified: {unsure}" if unsure else "")), scope_kind="sampled")


# -- readings ---------------------------------------------------------------------------------------------------

_R_THEOREM3 = ("L_D = (1/2) ||A_l ... A_1 X - Y||_F^2, A_(i,j) = A_i ... A_j, A_(0,1) = I; Sigma_k = Y (A_(k,1)X)^+ "
               "A_(k,1)X Y^T with its distinct positive eigenvalues in decreasing order, zeros last, U_k's columns "
               "orthonormal eigenvectors; step k is Theorem 1's form of the pair (A_(k+1), A_(l,k+2)) on the data "
               "(A_(k,1)X, Y) (eigenvector columns of any positive length, absorbed in C_k); (6), k = 2, ..., l - 1: "
               "the first equation A_(l,k) = A_(l,k+1) A_k with the products prescribed by (5), the 'consistency "
               "condition' of the text; the garbled second one, '(I - Pcoi(A(',k+i)) )YX>A%ι,i) = 0', read as "
               "(I - P_col(A_(l,k+1))) Y X^T A_(l-1,1)^T = 0 (the proof derives it from grad_(A_l) L_D = 0)")
_R_ZERO_L = (_R_THEOREM3 + "; 'proper V_k' read as every condition Theorem 3 states: V_k = [diag(V_1(k), ..., "
             "V_r(k), V-bar(k)), 0] with orthonormal eigenvector columns of Sigma_k (p_i(k) <= m_i(k)), sum_i p_i(k) + "
             "p-bar(k) = rank A_(l,k+2) for the prescribed and the actual product, and col(A_(l,k+2)) inside "
             "col(A_(l,k+3)) as A_(l,k+2) = A_(l,k+3) A_(k+2) forces; C_k any invertible matrix, as the remark says")
_R_THEOREM4 = (_R_THEOREM3 + "; the deep categories as printed before Theorem 4: deep-non-optimal if some step k has "
               "p_i(k) < m_i(k) and p_j(k) > 0 for some i < j <= r(k); deep-optimal if (A_(l-1), A_l) is not a global "
               "minimizer with A_(l-2,1) fixed (Proposition 2's cases on the data A_(l-2,1)X), rank A_l < min(d_l, "
               "d_(l-1)) and the last step's pattern fills sigma_1(l-2), sigma_2(l-2), ... in order; 'a perturbation' "
               "= a point in every neighbourhood (exact curves eps -> 0)")


CLAIMS = (
    Claim(
        id="critical_iff_deep_analytical_form_of_condition6",
        reading=_R_THEOREM3,
        paper="zhou-liang-2018",
        label="Theorem 3",
        location="L279-L280",
        kind="theorem",
        statement=(r"$(A_1, \dots, A_\ell)$ is critical for $L_D$ iff there are $L_k$, block $V_k$ and invertible "
                   r"$C_k$ with $A_{k+1} = C_k^{-1}V_k^TU_k^TY(A_{(k,1)}X)^+ + L_{k+1} - C_k^{-1}V_k^TV_kC_kL_{k+1}"
                   r"A_{(k,1)}X(A_{(k,1)}X)^+$ (4), $A_{(\ell,k+2)} = U_kV_kC_k$ (5) and (6): "
                   r"$A_{(\ell,k)} = A_{(\ell,k+1)}A_k$, "
                   r"$(I - P_{\mathrm{col}(A_{(\ell,k+1)})})YX^TA_{(\ell-1,1)}^T = 0$."),
        source="All critical points of LD are necessarily and suf- ficiently characterized by matrices",
        check=_check_theorem3,
        recorded="confirmed",
        uses=("critical_iff_analytical_form_of_condition3",),
        notebook=_NB,
    ),
    Claim(
        id="critical_of_zero_l_terms",
        reading=_R_ZERO_L,
        paper="zhou-liang-2018",
        label="Theorem 3",
        location="L298-L299",
        kind="remark",
        statement=(r"With $L_k = 0$ for all $k$, (4)-(5) give a critical point for any invertible $C_k$ and "
                   r"proper $V_k$."),
        source=("if we set Lk = 0 for all k (i.e., eq. (6) is satisfied), we can obtain the form of critical points "
                "for any invertible Ck and proper Vk"),
        check=_check_zero_l_critical,
        recorded="confirmed",
        uses=("critical_iff_deep_analytical_form_of_condition6",),
        notebook=_NB,
    ),
    Claim(
        id="condition6_of_zero_l_terms",
        reading=_R_ZERO_L,
        paper="zhou-liang-2018",
        label="Theorem 3",
        location="L298-L299",
        kind="remark",
        statement=(r"With $L_k = 0$ for all $k$, (6) holds for any invertible $C_k$ and proper $V_k$ (the block "
                   r"structure of Theorem 3, ranks consistent with the layers)."),
        source="if we set Lk = 0 for all k (i.e., eq. (6) is satisfied)",
        check=_check_zero_l_condition6,
        recorded="refuted", recorded_finding="error",
        uses=("critical_iff_deep_analytical_form_of_condition6",),
        notebook=_NB,
    ),
    Claim(
        id="deep_lower_value_same_rank_of_non_optimal_order",
        reading=_R_THEOREM4,
        paper="zhou-liang-2018",
        label="Theorem 4",
        location="L340",
        kind="theorem",
        statement=(r"A deep-non-optimal-order critical point has a perturbation of $A_{k+1}$ and $A_\ell$ with "
                   r"$\operatorname{rank}\tilde A_\ell = \operatorname{rank} A_\ell$ and a lower value."),
        source="A deep-non-optimal-order critical point",
        check=_check_item1,
        recorded="confirmed",
        uses=("critical_iff_deep_analytical_form_of_condition6", "lower_value_same_rank_of_non_optimal_order"),
        notebook=_NB,
    ),
    Claim(
        id="deep_lower_value_rank_plus_one_of_optimal_order",
        reading=_R_THEOREM4,
        paper="zhou-liang-2018",
        label="Theorem 4",
        location="L343",
        kind="theorem",
        statement=(r"A deep-optimal-order critical point has a perturbation of $(A_{\ell-1}, A_\ell)$ with "
                   r"$\operatorname{rank}\tilde A_\ell = \operatorname{rank} A_\ell + 1$ and a lower value."),
        source="A deep-optimal-order critical point (Ai,..., A') has a perturbation",
        check=_check_item2,
        recorded="confirmed",
        uses=("critical_iff_deep_analytical_form_of_condition6", "lower_value_rank_plus_one_of_optimal_order"),
        notebook=_NB,
    ),
    Claim(
        id="deep_higher_value_of_nonzero_output",
        reading=_R_THEOREM4,
        paper="zhou-liang-2018",
        label="Theorem 4",
        location="L345-L346",
        kind="theorem",
        statement=r"Any point with $A_{(\ell,1)}X \ne 0$ has a perturbation with a higher value.",
        source="has a perturbation (Ai, . . . , A') that achieves a higher function value.",
        check=_check_item3,
        recorded="confirmed",
        uses=("higher_value_of_nonzero_output",),
        notebook=_NB,
    ),
    Claim(
        id="saddle_of_deep_non_global_outside_categories",
        reading=_R_THEOREM4,
        paper="zhou-liang-2018",
        label="Theorem 4",
        location="L351-L352",
        kind="remark",
        statement=(r"Some non-global critical points of $L_D$ are in neither deep category (the case the paper leaves "
                   r"open); those found are saddles."),
        source="Our approach does not handle the remaining set of non-global minimizers",
        check=_check_outside,
        recorded="confirmed",
        uses=("critical_iff_deep_analytical_form_of_condition6", "global_min_iff_full_capture_of_deep_pattern"),
        notebook=_NB,
    ),
)
