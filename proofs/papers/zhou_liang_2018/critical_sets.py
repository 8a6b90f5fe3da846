"""Zhou-Liang (2018): theorems about local minima, checked on every critical point of small instances.

Main results
------------
* ``local_min_is_global_and_saddle_on_critical_set_of_shallow`` --
  Theorem 2 on the whole critical set (scope ``critical_set``).
* ``local_min_is_global_on_critical_set_of_deep`` -- Theorem 4 on the whole critical set (scope ``critical_set``).
* ``global_min_or_strict_saddle_on_critical_set_of_shallow_analytical_forms`` -- Theorem 2 on every family of
  Theorem 1's parametrization, symbolic in the invertible ``C`` (and on the whole critical set by the covering).

References
----------
* ``zhou-liang-2018``, "Theorem 2".
* ``zhou-liang-2018``, "Theorem 4".
* ``zhou-liang-2018``, "Theorem 1" (the families (1)-(2) with (3)).
* issue 20 item 4: the covering certificates of :mod:`symbolic.critical.unregularized`; item 2's Theorem 1 route:
  :mod:`symbolic.critical.analytical_forms`.
"""

from __future__ import annotations

import copy

from proofs.checks.critical_sets import component_cells, covering, critical_set_outcome, instance_names
from proofs.ledger.claim import Claim, Outcome

__all__ = ["CLAIMS"]


def _check_local_min_is_global_and_saddle_on_critical_set_of_shallow(quick: bool):
    return critical_set_outcome(instance_names(quick, two_layer=True),
                                premises=("two_layers", "squared_loss"), what="1) and 2)")


def _check_local_min_is_global_on_critical_set_of_deep(quick: bool):
    return critical_set_outcome(instance_names(quick, deep=True),
                                premises=("deep", "squared_loss"), what="every local minimum of L_D is global")


#: Two-layer instances of :data:`symbolic.critical.unregularized.INSTANCES` for the Theorem 1 route, quick and full.
FORM_INSTANCES = {True: ("2-2-1", "2-1-2"), False: ("2-2-1", "2-1-2", "2-2-2", "3-1-2", "3-1-3", "3-2-3")}


def _check_global_min_or_strict_saddle_on_critical_set_of_shallow_analytical_forms(quick: bool):
    from symbolic.critical.analytical_forms import analytical_form_families

    names = FORM_INSTANCES[quick]
    parts, rows, dims, families, saddles, unresolved = {}, [], [], 0, 0, []
    for name in names:
        result = covering(name)
        problem = result["problem"]
        if result["unresolved"]:
            unresolved.append(name)
            continue
        cert = analytical_form_families(problem["dims"], problem["X"], problem["Y"],
                                        covering=copy.deepcopy(result["certificate"]))
        parts[f"dims {tuple(problem['dims'])}"] = cert
        fams = cert["families"]
        n_sad = sum(f["class"] == "strict_saddle" for f in fams)
        families, saddles = families + len(fams), saddles + n_sad
        dims.append(list(problem["dims"]))
        rows.append(f"{tuple(problem['dims'])}: {len(fams)} families ({len(fams) - n_sad} of the global value, "
                    f"{n_sad} of strict saddles)")
    scope = (f"{len(names)} two-layer instance(s) with seeded integer data (symbolic.critical.unregularized.INSTANCES: "
             f"{', '.join(names)}); every family of Theorem 1 (captured eigenvectors S, null columns), symbolic in "
             "the entries of C (all invertible C), of the null-column coefficients and of the free rows allowed by "
             "(3); every critical point by the bundled covering: " + "; ".join(rows))
    detail = {"dims": dims, "counts": {"instances": len(dims), "families": families, "strict_saddle_families": saddles}}
    if unresolved:
        return Outcome("inconclusive", scope, None, details=f"coverings unresolved: {unresolved}",
                       scope_kind="critical_set", scope_detail=detail)
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="critical_set",
                   scope_detail=detail,
                   details=("every member of every Theorem 1 family is critical with value 1/2 (tr YY^T - sum "
                            "sigma_S); the families of least value hold the covering's certified global minimum; "
                            "every other family is a strict saddle for every invertible C (a 2x2 Hessian block with "
                            "determinant c det(C)^2, c < 0); and the covering shows every critical point is a global "
                            "minimum or a saddle"))


CLAIMS = (
    Claim(
        id="local_min_is_global_and_saddle_on_critical_set_of_shallow", location="L242-L243",
        paper="zhou-liang-2018",
        label="Theorem 2",
        kind="theorem",
        statement=(r"Every local minimum of $L(A_1, A_2) = \tfrac12\lVert A_2 A_1 X - Y\rVert_F^2$ is a global "
                   r"minimum, and every non-global critical point (with $A_2 A_1 X \ne 0$ or not) is a saddle "
                   r"point -- at every critical point of the listed instances."),
        source=("The loss function L satisfies: 1) every local minimum is also a global minimum; 2) every "
                "non-global-minimum critical point in X is a saddle point."),
        check=_check_local_min_is_global_and_saddle_on_critical_set_of_shallow,
        recorded="confirmed",
        uses=("local_min_is_global_and_saddle_of_shallow",),
        reading=("two-layer instances (the section makes no assumption on dims or data); item 2) is checked on"
                 " every non-global critical point, also outside X = {A_2 A_1 X != 0}: every one is a saddle "
                 "here"),
        scope_kind="critical_set",
        cells=component_cells(instance_names(True, two_layer=True)),
    ),
    Claim(
        id="local_min_is_global_on_critical_set_of_deep", location="L347-L348",
        paper="zhou-liang-2018",
        label="Theorem 4",
        kind="theorem",
        statement=(r"Every local minimum of the deep loss $L_D(A_1, \dots, A_k) = \tfrac12\lVert A_k \cdots A_1 X"
                   r" - Y\rVert_F^2$ is a global minimum (the consequence 1) of Theorem 4, here for every "
                   r"critical point, of either type or not) -- at every critical point of the listed instances."),
        source=("Consequently, 1) every local minimum of LD is also a global minimum for the above two types "
                "of critical points"),
        check=_check_local_min_is_global_on_critical_set_of_deep,
        recorded="confirmed",
        uses=("global_min_iff_full_capture_of_deep_pattern",),
        reading=("networks of three or more layers; the certificate covers every critical point, so the "
                 "consequence holds here without restricting to the two types"),
        scope_kind="critical_set",
        cells=component_cells(instance_names(True, deep=True)),
    ),
    Claim(
        id="global_min_or_strict_saddle_on_critical_set_of_shallow_analytical_forms", location="L162-L164",
        paper="zhou-liang-2018",
        label="Theorem 1",
        kind="theorem",
        statement=(r"For every invertible $C$ and every $L_1$ satisfying (3), the critical point "
                   r"$A_1 = C^{-1} V^T U^T Y X^+ + L_1 - C^{-1} V^T V C L_1 X X^+$, $A_2 = U V C$ of Theorem 1 is a "
                   r"global minimum of $L = \tfrac12\lVert A_2 A_1 X - Y\rVert_F^2$ when its pattern has the least "
                   r"value $\tfrac12(\operatorname{tr} YY^T - \sum_i p_i \sigma_i)$, and otherwise a saddle (Theorem 2, "
                   r"items 1 and 2), here strict -- on the listed instances, where moreover every critical point is "
                   r"a global minimum or a saddle."),
        source=("All critical points of L are necessarily and suf- ficiently characterized by a matrix Li ∈ Rd1 ×d0, "
                "a block matrix V ∈ Rd2 ×d1 and an invertible matrix C ∈ Rd1 ×d1"),
        check=_check_global_min_or_strict_saddle_on_critical_set_of_shallow_analytical_forms,
        recorded="confirmed",
        uses=("critical_iff_analytical_form_of_condition3", "local_min_is_global_and_saddle_on_critical_set_of_shallow"),
        reading=("two-layer instances with X of full row rank (so X X^+ = I and (1) reads A_1 = C^{-1}[V^T U^T Y X^+ "
                 "; rows of (I - V^T V) C L_1]) and distinct positive eigenvalues of Sigma (each V_i is then +-1, "
                 "absorbed into C; the null block V-bar is N K for any K, orthonormal or not, again up to C); C enters "
                 "only through C adj(C) = det(C) I, an identity the checker expands with C's entries as "
                 "indeterminates, and every other identity is one of polynomials in the entries of K and of the free "
                 "rows, so it holds for every invertible C; that the families are the whole "
                 "critical set is Theorem 1's necessity, not re-proved here -- the bundled covering shows "
                 "independently that every critical point is a global minimum or a saddle, and its certified global "
                 "value is the families' least"),
        scope_kind="critical_set",
        cells=(f"""from proofs.checks.critical_sets import covering
from symbolic.critical.analytical_forms import analytical_form_families
from symbolic.checker.analytical_forms import verify_analytical_form_families

for name in {FORM_INSTANCES[True]!r}:
    p = covering(name)["problem"]
    cert = analytical_form_families(p["dims"], p["X"], p["Y"])
    print("dims", p["dims"], "eigenvalues of Sigma:", [e["value"] for e in cert["eigenvectors"]])
    for f in cert["families"]:
        print("   captured", f["captured"], "null columns", f["null_columns"], "->", f["class"],
              {{k: f[k] for k in ("skipped", "column") if k in f}})
    print("  ", verify_analytical_form_families(cert)[1][:160])""",),
    ),
)
