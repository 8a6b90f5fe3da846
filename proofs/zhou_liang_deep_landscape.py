"""Zhou and Liang (2018), deep linear networks: Theorem 3's analytical form and Theorem 4's landscape.

:math:`L_D = \\tfrac12\\lVert A_\\ell\\cdots A_1X - Y\\rVert_F^2`.  Points are built by Theorem 3's recursion
(:func:`~symbolic.deep_forms.deep_critical_point`, every sequence of patterns, :math:`L_k = 0` or seeded) and
written back by :func:`~symbolic.deep_forms.recover_deep_form` (:mod:`proofs.zhou_liang_deep_forms`).
Certificates: ``deep_analytical_form`` (:mod:`symbolic.checker.deep_forms`), ``rational_curve_loss`` on all
layers, ``classification``.

Main results
------------
* ``critical_iff_deep_analytical_form_of_condition6`` -- Theorem 3: points from (4)-(5) satisfying (6) are
  critical, and every critical point found has the form with (6).
* ``critical_of_zero_l_terms`` -- the remark after Theorem 3: :math:`L_k = 0` gives critical points for any
  invertible :math:`C_k` and proper :math:`V_k`.
* ``condition6_of_zero_l_terms`` -- the same remark's "(i.e., eq. (6) is satisfied)" (refuted: the products prescribed
  by (5) do not factor through the layers).
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

from symbolic.classify import classify_network
from symbolic.deep_forms import deep_critical_point, product
from symbolic.exact import matrix_to_strings

from .claim import Claim, Outcome
from .zhou_liang_2018 import _bundle, _classification_part
from .zhou_liang_deep import deep_certificate
from .zhou_liang_deep_forms import (
    DEEP_FORM_SCOPES,
    constructed_deep,
    deep_ascent_curve,
    deep_categories,
    deep_form_certificate,
    deep_rank_raising_curve,
    printed_rank_after_swap,
    recovered_deep,
    rotation_curve,
)

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
                       details=f"(4)-(6) hold but the point is not critical: {bad}")
    return Outcome("confirmed", scope, _bundle(parts),
                   details="every point built by (4)-(5) that satisfies (6) is critical; every critical point found "
                           "is recovered step by step (columns of A_(l,k+2) are eigenvectors of Sigma_k, A_(k+1) has "
                           "the form (4) for a recovered L_(k+1)) with (6).  (6) is read as A_(l,k) = A_(l,k+1) A_k "
                           "for the prescribed products and (I - P_col(A_(l,k+1))) Y X^T A_(l-1,1)^T = 0")


def _zero_points(quick: bool):
    return [(label, D) for label, D, mode in constructed_deep(quick) if mode == "zero"]


def _check_zero_l_critical(quick: bool) -> Outcome:
    pts = _zero_points(quick)
    parts = {label: deep_form_certificate(D, "critical") for label, D in pts}
    bad = [label for label, D in pts if not D.is_critical()]
    scope = f"{_scope(quick)}: {len(pts)} points with every L_k = 0 (every pattern sequence, seeded C_k)"
    if bad:
        return Outcome("refuted", scope, _bundle({k: parts[k] for k in bad}), details=f"not critical: {bad}")
    return Outcome("confirmed", scope, _bundle(parts), details="every such point is critical")


#: The smallest witness: X = I, Y = diag(3, 1), dims [2, 2, 2, 2], step 0 captures both eigenvalues, step 1 one.
WITNESS = (((1, 0), (0, 1)), ((3, 0), (0, 1)), (2, 2, 2, 2), ((1, 1), (1, 0)))


def _check_zero_l_condition6(quick: bool) -> Outcome:
    X, Y, dims, pats = WITNESS
    D = deep_critical_point([list(r) for r in X], [list(r) for r in Y], list(dims), list(pats))
    parts = {"witness: X = I, Y = diag(3, 1), dims [2, 2, 2, 2], p(0) = (1, 1), p(1) = (1, 0), C = I":
             deep_form_certificate(D, "inconsistent")}
    pts = _zero_points(quick)
    fails = [(label, E) for label, E in pts if not all(E.consistency())]
    for label, E in fails[: 3 if quick else 12]:
        parts[label] = deep_form_certificate(E, "inconsistent")
    scope = f"the witness, and {_scope(quick)}: {len(pts)} points with every L_k = 0"
    if all(D.consistency()) and not fails:
        return Outcome("confirmed", scope, _bundle({}), details="(6) holds at every point")
    return Outcome("refuted", scope, _bundle(parts),
                   details=(f"(6)'s first equation fails at {len(fails)} of {len(pts)} points (and at the witness: "
                            "A_(3,2) prescribed by (5) at k = 0 is I, but A_3 A_2 = diag(1, 0)); all of them are "
                            "critical all the same (see critical_of_zero_l_terms), so the points are critical "
                            "with a different V_0, C_0 than the ones chosen"))


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
        return Outcome("inconclusive", scope, None, details="no deep-non-optimal-order point in scope")
    return Outcome("confirmed", scope, _bundle(parts),
                   details=("A_l -> Q(eps) A_l with the rational rotation Q of the plane (u_j, u_i) (Q^T Q = I, so "
                            "rank A_l is unchanged) and A_(k+1) from (4): L drops by exactly 2 eps^2 (sigma_i - "
                            "sigma_j)/(1 + eps^2)^2.  The proof's own A_l -> M_k (U_k S_k)^T A_l has rank at most "
                            f"rank A_(l,k+2), below rank A_l at {len(drops)} of {n} points: " + "; ".join(drops)))


def _check_item2(quick: bool) -> Outcome:
    parts = {}
    for label, D, U, cats in _unit_points(quick):
        if cats["deep_optimal"]:
            cert, sq = deep_rank_raising_curve(D, U)
            parts[f"{label}: sigma_q = {sq}"] = cert
    scope = f"{_scope(quick)}: {len(parts)} deep-optimal-order critical points (L = 0, unit eigenvector columns)"
    if not parts:
        return Outcome("inconclusive", scope, None, details="no deep-optimal-order point in scope")
    return Outcome("confirmed", scope, _bundle(parts),
                   details="Proposition 3 item 2 on (A_(l-1), A_l) with A_1..A_(l-2) fixed: A_l + eps^2 u_q e^T C_0 "
                           "(rank + 1), A_(l-1) + eps C_0^-1 e u_q^T Y X_(l-2)^+; the loss drops at order eps^3")


def _check_item3(quick: bool) -> Outcome:
    parts = {}
    for label, D, _ in recovered_deep(quick):
        if any(x != 0 for x in product(list(D.weights)).matmul(D.X).to_list_flat()):
            parts[label] = deep_ascent_curve(D)
    scope = f"{_scope(quick)}: {len(parts)} critical points with A_(l,1) X != 0"
    return Outcome("confirmed", scope, _bundle(parts),
                   details="a row of A_l scaled by 1 +- eps: the loss rises at order eps or eps^2")


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
        return Outcome("inconclusive", scope, None, details=f"none found or none certified: {unsure}")
    return Outcome("confirmed", scope, _bundle(parts),
                   details=(f"{len(parts) // 2} certified saddles outside both categories (no step of non-optimal "
                            "order; the last pair is a global minimum of its shallow problem or has full rank)"
                            + (f"; not certified: {unsure}" if unsure else "")))


CLAIMS = (
    Claim(
        id="critical_iff_deep_analytical_form_of_condition6",
        paper="zhou-liang-2018",
        label="Theorem 3",
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
        paper="zhou-liang-2018",
        label="Theorem 3",
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
        paper="zhou-liang-2018",
        label="Theorem 3",
        kind="remark",
        statement=r"With $L_k = 0$ for all $k$, (6) holds for any invertible $C_k$ and proper $V_k$.",
        source="if we set Lk = 0 for all k (i.e., eq. (6) is satisfied)",
        check=_check_zero_l_condition6,
        recorded="refuted",
        uses=("critical_iff_deep_analytical_form_of_condition6",),
        notebook=_NB,
    ),
    Claim(
        id="deep_lower_value_same_rank_of_non_optimal_order",
        paper="zhou-liang-2018",
        label="Theorem 4",
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
        paper="zhou-liang-2018",
        label="Theorem 4",
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
        paper="zhou-liang-2018",
        label="Theorem 4",
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
        paper="zhou-liang-2018",
        label="Theorem 4",
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
