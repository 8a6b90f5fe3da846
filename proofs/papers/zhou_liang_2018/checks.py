"""Zhou and Liang (2018), Critical Points of Linear Neural Networks: Analytical Forms and Landscape Properties.

Shallow linear networks :math:`L = \\tfrac12\\lVert A_2A_1X - Y\\rVert_F^2`, :math:`\\Sigma = YX^+XY^T`
with eigenvalues :math:`\\sigma_1 > \\dots > \\sigma_r > 0` (multiplicities :math:`m_i`) and :math:`\\bar m`
zeros.  Points are built exactly by :mod:`symbolic.forms.analytical_forms` (Theorem 1's form in a rational
parametrization: :math:`UV` up to positive column scalings), on instances with repeated and zero
eigenvalues, rank-deficient :math:`X` (:math:`XX^T` singular) and rank-deficient :math:`Y`
(:mod:`proofs.papers.zhou_liang_2018.constructions`, :mod:`proofs.papers.zhou_liang_2018.shallow`); perturbations are
exact curves in :math:`\\varepsilon` over :math:`\\mathbb{Q}(\\varepsilon)`; verdicts come from
:mod:`symbolic.landscape.classify`.  Certificates: ``shallow_analytical_form`` and ``rational_curve_loss``
(:mod:`symbolic.checker.zhou_liang`), ``quadratic_eigen_point`` and ``algebraic_eigen_point`` (one hidden
unit on an eigenvalue in :math:`\\mathbb{Q}(\\sqrt d)` or, for an irreducible cubic factor, in
:math:`\\mathbb{Q}[x]/(f)` with the root isolated by rational intervals and Sturm counts:
:mod:`symbolic.checker.quadratic_field`, :mod:`symbolic.checker.algebraic_field`) and ``classification``.

The checks (and notebook cells) of the claims in :mod:`proofs.papers.zhou_liang_2018.claims`, whose header lists the main results and the references.
"""

from __future__ import annotations

from sympy.polys.domains import QQ

from proofs.ledger.claim import Outcome, fact, facts_certificate, refutation_certificate
from proofs.papers.zhou_liang_2018.constructions import ascent_curve, form_point, instance, rank_raising_curve, swap_curve
from proofs.papers.zhou_liang_2018.deep import DEEP_SCOPES, classified_deep, deep_certificate, deep_points
from proofs.papers.zhou_liang_2018.findings import categories_witness, scalar_example_certificate, swap_witness
from proofs.papers.zhou_liang_2018.relu import (EXAMPLE_X, EXAMPLE_Y, SQUARES, cone_certificate, example_points, proposition7_points,
                              recover_cone_form, sigma_strings, solved_cone_points)
from proofs.papers.zhou_liang_2018.shallow import (SCOPES, certificate_of, classified_patterns, constructed, cubic_points,
                                 irrational_points, recovered)

__all__ = []

_NB_FORMS = "notebooks/zhou-liang-2018/critical_iff_analytical_form_of_condition3.ipynb"
_NB_LANDSCAPE = "notebooks/zhou-liang-2018/local_min_is_global_and_saddle_of_shallow.ipynb"
_NB_PERTURB = "notebooks/zhou-liang-2018/lower_value_same_rank_of_non_optimal_order.ipynb"
_NB_RELU = "notebooks/zhou-liang-2018/local_min_not_global_and_local_max_of_relu.ipynb"
_NB_DEEP = "notebooks/zhou-liang-2018/global_min_iff_full_capture_of_deep_pattern.ipynb"


def _scope(quick: bool) -> str:
    return "instances " + ", ".join(f"{n} (d1 = {d})" for n, d in SCOPES[quick])


def _bundle(parts: dict) -> dict:
    return {"kind": "bundle", "parts": parts}


def _classification_part(problem, result, verdicts, **expect) -> dict:
    exact = {k: v for k, v in result.items() if k not in ("seconds", "evidence")}
    return {"kind": "classification", "problem": problem, "result": exact,
            "expect": dict(verdict_in=list(verdicts), **expect)}


# -- Theorem 1, Lemma 1, Remark 1, Proposition 1 --------------------------------------------------------

def _check_theorem1(quick: bool) -> Outcome:
    parts, bad = {}, []
    made = constructed(quick)
    for label, F, mode in made:
        cert = certificate_of(F, with_categories=False)
        if cert["critical"] is not cert["condition3"]:
            bad.append(label)
        parts[label] = cert
    rec = recovered(quick)
    for label, F in rec:
        parts[f"recovered: {label}"] = certificate_of(F, with_categories=False)
    n_viol = sum(1 for _, _, m in made if m == "violate")
    scope = (f"{_scope(quick)}: {len(made)} constructed points (every pattern; L1 = 0, L1 satisfying (3), and "
             f"{n_viol} violating (3)); {len(rec)} critical points obtained by solving the gradient equations or "
             "by the U_S construction, each written back in the form (1)-(2) with (3)")
    if bad:
        return Outcome("refuted", scope, _bundle({k: parts[k] for k in bad}),
                       details=f"critical but (3) fails, or (3) holds but not critical: {bad}", scope_kind="sampled")
    return Outcome("confirmed", scope, _bundle(parts),
                   details="every point built from (1)-(2) is critical exactly when (3) holds; every critical "
                           "point found is recovered with its pattern (p_1..p_r; p-bar)", scope_kind="sampled")


def _critical_parts(quick: bool) -> dict:
    parts = {}
    for label, F, mode in constructed(quick):
        if mode != "violate":
            parts[label] = certificate_of(F, with_categories=False)
    for label, F in recovered(quick):
        parts[f"recovered: {label}"] = certificate_of(F, with_categories=False)
    return parts


def _check_lemma1(quick: bool) -> Outcome:
    parts = _critical_parts(quick)
    return Outcome("confirmed", f"{_scope(quick)} and the recovered points: {len(parts)} critical points",
                   _bundle(parts), details="the checker recomputes (25) with L1 = A1 (A2^+ (Y - A2 A1 X) X^+ = 0) "
                                           "and P Sigma P = Sigma P = P Sigma for P = A2 A2^+ at each point",
                                           scope_kind="sampled")


def _check_remark1(quick: bool) -> Outcome:
    parts = _critical_parts(quick)
    return Outcome("confirmed", f"{_scope(quick)} and the recovered points: {len(parts)} critical points",
                   _bundle(parts), details="A2 = [W, 0] C0 with orthogonal eigenvector columns W, one per captured "
                                           "eigenvalue; rank(A2) = number of columns recomputed", scope_kind="sampled")


def _check_prop1(quick: bool) -> Outcome:
    parts = _critical_parts(quick)
    irr = irrational_points(quick)
    for label, cert, _ in irr:
        parts[f"irrational: {label}"] = cert
    cub = cubic_points(quick)
    for label, cert, _ in cub:
        parts[f"algebraic: {label}"] = cert
    n_data = len({label.split(",")[0] for label, _, _ in cub})
    return Outcome("confirmed", f"{_scope(quick)} and the recovered points: {len(parts) - len(irr) - len(cub)} "
                   f"critical points (rational spectra with repeated and zero eigenvalues); {len(irr)} one-unit "
                   "critical points on irrational eigenvalues, exact in Q(sqrt d) (rank-deficient X included); "
                   f"{len(cub)} on the roots of irreducible cubic factors ({n_data} data, rank-deficient X included), "
                   "exact in Q[x]/(f), each root isolated by rational intervals re-checked by Sturm sequences",
                   _bundle(parts),
                   details="L = (tr YY^T - sum of the captured eigenvalues)/2 recomputed exactly at each point; "
                           "irrational lambda: " + "; ".join(lab for lab, _, _ in irr) + "; cubic lambda (each "
                           "enclosure and its place among the eigenvalues of Sigma proven exactly; the decimal value "
                           "after ~ is mpmath evidence): " + "; ".join(lab for lab, _, _ in cub), scope_kind="sampled")


# -- Proposition 2, the categories, Theorem 2 ------------------------------------------------------------

def _classified_scope(quick: bool) -> str:
    seen = dict.fromkeys(label.split(", p =")[0] for label, *_ in classified_patterns(quick))
    return "instances " + "; ".join(seen)


def _cubic_global_parts(quick: bool) -> tuple[dict, list]:
    """Proposition 2 for d1 = 1 on the cubic data: ``(parts, wrong)``.  The paper's cases are evaluated on the
    pattern (p_m = 1 at lambda's place m among Sigma's simple eigenvalues); the truth is global iff m = 1
    (optimum (tr YY^T - sigma_1)/2, Eckart-Young), which the certificate's ``global_min`` states and the
    checker re-proves from the enclosures."""
    from symbolic.algebraic.algebraic_eigen import algebraic_eigen_certificate
    from symbolic.forms.analytical_forms import sigma_matrix
    from symbolic.checker.zhou_liang import categories
    from symbolic.core.exact import rational_matrix

    from proofs.papers.zhou_liang_2018.shallow import CUBIC_DATA

    parts, wrong = {}, []
    for label, _, pt in cubic_points(quick):
        X, Y = CUBIC_DATA[int(label.split(",")[0].split()[-1])]
        s = len(pt.spectrum)
        has_zero = sigma_matrix(rational_matrix(X), rational_matrix(Y)).det() == 0
        cats = categories(tuple(int(i == pt.position - 1) for i in range(s)), (1,) * s, has_zero, 1, len(Y))
        if (cats["case1"] or cats["case2"]) is not (pt.position == 1):
            wrong.append(label)
        parts[f"algebraic, d1 = 1: {label}"] = algebraic_eigen_certificate(X, Y, pt, global_min=pt.position == 1)
    return parts, wrong


def _check_prop2(quick: bool) -> Outcome:
    parts, wrong, unsure = {}, [], []
    for label, F, cats, problem, result in classified_patterns(quick):
        is_case = cats["case1"] or cats["case2"]
        v = result["verdict"]
        if v not in ("global_min", "saddle", "local_min", "local_max"):
            unsure.append(label)
            continue
        if (v == "global_min") is not is_case:
            wrong.append(label)
        parts[f"{label}: form"] = certificate_of(F)
        parts[f"{label}: verdict"] = _classification_part(problem, result, [v])
    n_pat = len(parts) // 2
    cub, cub_wrong = _cubic_global_parts(quick)
    parts.update(cub)
    wrong += [f"algebraic, d1 = 1: {label}" for label in cub_wrong]
    n_glob = sum(1 for c in cub.values() if c["global_min"])
    scope = (f"{_classified_scope(quick)}: one point per pattern ({n_pat} patterns), classified; {len(cub)} one-unit "
             "critical points on the roots of irreducible cubic factors (d1 = 1), placed among the eigenvalues of "
             "Sigma by rational enclosures")
    if wrong:
        return Outcome("refuted", scope, _bundle({k: v for k, v in parts.items()
                                                  if k.split(":")[0] in wrong or k in wrong}),
                       details=f"global iff case 1 or 2 fails at {wrong}", scope_kind="sampled")
    if unsure:
        return Outcome("inconclusive", scope, None, details=f"no certified verdict at {unsure}", scope_kind="sampled")
    return Outcome("confirmed", scope, _bundle(parts),
                   details="global_min exactly at the patterns of cases 1-2 (reading the garbled "
                           "min{d1, di} of case 2 as min{d2, d1}); a certified saddle elsewhere; on the cubic data "
                           f"(d1 = 1, case 1 iff lambda = sigma_1) {n_glob} of {len(cub)} points are global: "
                           "L = (tr YY^T - lambda)/2 against the optimum (tr YY^T - sigma_1)/2 (Eckart-Young), and "
                           "lambda = sigma_1 or sigma_1 > lambda by disjoint isolating intervals of det(xI - Sigma)",
                           scope_kind="sampled")


def _check_categories(quick: bool) -> Outcome:
    cert, summary = categories_witness()
    outside = [label for label, F, cats, problem, result in classified_patterns(quick)
               if not any(cats.values()) and result["verdict"] == "saddle" and F.rank > 0]
    scope = ("the witness X = I_3, Y = diag(3, 1, 0) (Sigma = diag(9, 1, 0)), d1 = 2, p = (1, 0; 1); and "
             f"{_classified_scope(quick)}: {len(outside)} classified critical points (certified saddles) in neither "
             "category")
    return Outcome("refuted", scope, cert, finding="error", scope_kind="sampled",
                   details=("the paragraph before Proposition 3 says the p_i 'naturally divide all non-global-minimum "
                            "critical points' into the two categories; both definitions index j <= r, the positive "
                            "eigenvalues (also in the supplement's proof of item 1).  A critical point that captures "
                            "a zero eigenvalue (p-bar > 0) while skipping a positive one, with rank A2 = min(d2, d1), "
                            "is in neither: at the witness A2 = [e1, e3], A1 = (3, 0, 0; 0, 0, 0), the categories "
                            f"recomputed from the pattern are {summary['categories']}.  It is not a global minimum: "
                            "item 1's swap with sigma_j = 0 still works (L changes by "
                            f"{summary['change']} at eps = 3/4), so Theorem 2 is not affected; the categorization "
                            f"needs j <= r + 1 (sigma_(r+1) = 0, p_(r+1) = p-bar).  In scope: {outside}"))


def _check_theorem2(quick: bool) -> Outcome:
    parts, bad, unsure = {}, [], []
    for label, F, cats, problem, result in classified_patterns(quick):
        v = result["verdict"]
        in_x = any(x != 0 for x in F.A2.matmul(F.A1).matmul(F.X).to_list_flat())
        if v == "local_min" or v == "local_max":
            bad.append(label)
        elif v not in ("global_min", "saddle"):
            unsure.append(label)
            continue
        parts[label] = _classification_part(problem, result, ["global_min", "saddle"] if not in_x or v == "global_min"
                                            else ["saddle"])
    scope = f"{_classified_scope(quick)}: one critical point per pattern ({len(parts)}), classified"
    if bad:
        return Outcome("refuted", scope, _bundle({k: parts[k] for k in bad}), details=f"not global/saddle: {bad}",
                       scope_kind="sampled")
    if unsure:
        return Outcome("inconclusive", scope, None, details=f"no certified verdict at {unsure}", scope_kind="sampled")
    strict = sum(1 for *_, r in classified_patterns(quick) if r["verdict"] == "saddle" and r.get("strict"))
    sad = sum(1 for *_, r in classified_patterns(quick) if r["verdict"] == "saddle")
    return Outcome("confirmed", scope, _bundle(parts),
                   details=f"every point is a global minimum or a saddle; {strict} of {sad} saddles are strict",
                   scope_kind="sampled")


# -- Proposition 3 ---------------------------------------------------------------------------------------

def _curves(quick: bool, which: str):
    parts = {}
    for label, F, mode in constructed(quick):
        if mode != "condition3":
            continue
        name = label.split(",")[0]
        X, Y, U = instance(name)
        from symbolic.checker.zhou_liang import categories
        has_zero = F.values[-1] == 0
        cats = categories(F.pattern, F.multiplicities, has_zero, F.C0.shape[0], F.Y.shape[0])
        r = len(F.values) - int(has_zero)
        if which == "swap" and cats["non_optimal"]:
            i, j = next((i, j) for i in range(r) for j in range(i + 1, r)
                        if F.pattern[i] < F.multiplicities[i] and F.pattern[j] > 0)
            cert, gap = swap_curve(F, i, j, U)
            parts[label] = (cert, gap)
        elif which == "raise" and cats["optimal"] and not cats["case2"]:
            parts[label] = rank_raising_curve(F, U)
        elif which == "ascent" and any(x != 0 for x in F.A2.matmul(F.A1).matmul(X).to_list_flat()):
            parts[label] = ascent_curve(X, Y, F.A1, F.A2)
    return parts


def _near_multiplicity():
    """Item 1 on sigma = (1, (999999/1000000)^2): the point capturing sigma_2, its swap curve, and evidence."""
    import mpmath

    X, Y, U = instance("near_multiplicity")
    F = form_point(X, Y, U, 1, (0, 1), seed=3)
    cert, gap = swap_curve(F, 0, 1, U)
    eps = QQ(1, 1000)
    exact = -gap * eps * eps / (2 * (1 + eps * eps))
    with mpmath.workdps(40):  # evidence only
        shown = mpmath.nstr(mpmath.mpf(int(exact.numerator)) / int(exact.denominator), 8)
    return cert, gap, shown


def _check_item1(quick: bool) -> Outcome:
    parts = {k: v[0] for k, v in _curves(quick, "swap").items()}
    cert, gap, shown = _near_multiplicity()
    parts["near multiplicity: sigma_1 - sigma_2 = " + str(gap)] = cert
    return Outcome("confirmed", f"{_scope(quick)}: {len(parts) - 1} non-optimal-order critical points; and "
                   f"sigma = (1, (999999/1000000)^2), sigma_1 - sigma_2 = {gap}", _bundle(parts),
                   details="the column of sigma_j becomes u_j + eps u_i (rank kept: orthogonal nonzero columns), A1 by "
                           "(1); L(eps) - L(0) = -eps^2 (sigma_i - sigma_j) / (2 (1 + eps^2)) < 0, an exact identity; "
                           f"near multiplicity at eps = 1/1000 the decrease is {shown} (exact rational, shown by "
                           "mpmath), still certified by the exact identity", scope_kind="sampled")


def _check_item1_amount(quick: bool) -> Outcome:
    cert, summary = swap_witness()
    return Outcome("refuted", "the witness X = I_2, Y = diag(3, 1) (Sigma = diag(9, 1)), d1 = 1, p = (0, 1) at "
                   "eps = 3/4 (sqrt(1 + eps^2) = 5/4)", cert, finding="extraction", scope_kind="sampled",
                   details=(f"the proof's point changes L by {summary['exact']}; the extracted -eps^2/(1 + eps^2)"
                            f"(sigma_i - sigma_j) gives {summary['printed']}.  The line before it has "
                            "L = Tr(YY^T)/2 - Tr(P Lambda)/2 and the only change of P's diagonal is eps^2/(1 + eps^2) "
                            "at i and -eps^2/(1 + eps^2) at j, so the decrease is half the extracted one (it is still "
                            "positive: item 1 stands).  Extraction: the line reads '2 / L(A2, AI) = L(A2, AI)- 1+e2 "
                            "(sigma_i - sigma_j)'.  Its glyphs fit eps^2/(1 + eps^2) with eps dropped, but the same "
                            "proof's previous lines show '1 Tr(YYT)- 2Tr(...)' for Tr(YY^T)/2 - Tr(...)/2: the "
                            "extraction keeps one digit of each stacked 1/2, so a printed 1/2 before the fraction could "
                            "be lost the same way.  If the page prints eps^2/(1 + eps^2)(sigma_i - sigma_j), the step "
                            "drops the 1/2 (a misprint, corrected by swap_decrease_eq_half_of_non_optimal_order, "
                            "confirmed); if it prints a 1/2 or 2(1 + eps^2), the step is right and this entry is that "
                            "corrected claim.  The deep analogue (Theorem 4's proof, L817) has the same glyphs and is "
                            "recorded as deep_swap_decrease_eq_half_of_non_optimal_order (confirmed, no finding)"))


def _check_item1_half(quick: bool) -> Outcome:
    parts = {k: v[0] for k, v in _curves(quick, "swap").items()}
    cert, gap, _ = _near_multiplicity()
    parts["near multiplicity: sigma_1 - sigma_2 = " + str(gap)] = cert
    swap, summary = swap_witness(printed=False)
    parts["X = I_2, Y = diag(3, 1), p = (0, 1), the proof's point at eps = 3/4"] = swap
    return Outcome("confirmed", f"{_scope(quick)}: {len(parts) - 2} non-optimal-order critical points, every eps "
                   "(identities in eps); sigma = (1, (999999/1000000)^2); and the witness of "
                   "swap_decrease_eq_of_non_optimal_order at eps = 3/4", _bundle(parts), scope_kind="sampled",
                   details=("along u_j -> u_j + eps u_i (the proof's column up to the factor sqrt(1 + eps^2), which "
                            "Theorem 1's form absorbs: A2 A1 X = P_col(A2) Y X^+ X depends on the column space only) "
                            "with A1 by (1), L(eps) - L(0) = -eps^2 (sigma_i - sigma_j) / (2 (1 + eps^2)) is an exact "
                            "identity in eps at every point; at the witness the proof's normalized point itself "
                            f"gives {summary['exact']} = {summary['corrected']}"))


def _check_item2(quick: bool) -> Outcome:
    parts, notes = {}, []
    for label, (cert, sq, T) in _curves(quick, "raise").items():
        parts[label] = cert
        notes.append(f"{label}: sigma_q = {sq}, T = {T}")
    return Outcome("confirmed", f"{_scope(quick)}: {len(parts)} optimal-order non-global critical points",
                   _bundle(parts),
                   details="A2 + eps^2 u_q e^T C, A1 + eps C^-1 e u_q^T Y X^+: L(eps) - L(0) = eps^4 T / 2 + "
                           "(eps^6/2 - eps^3) sigma_q exactly (sigma_q is the eigenvalue of the next column q, "
                           "sigma_(k+1) when p_k = m_k; the proof's sigma_k) ; " + "; ".join(notes),
                           scope_kind="sampled")


def _check_item3(quick: bool) -> Outcome:
    import random

    from sympy.polys.matrices import DomainMatrix

    parts = {k: v for k, v in _curves(quick, "ascent").items()}
    n_crit = len(parts)
    rng = random.Random(8)
    for name, d1 in SCOPES[quick]:
        X, Y, _ = instance(name)
        for k in range(2):
            A1 = DomainMatrix([[QQ(rng.randint(-3, 3), rng.randint(1, 3)) for _ in range(X.shape[0])]
                               for _ in range(d1)], (d1, X.shape[0]), QQ)
            A2 = DomainMatrix([[QQ(rng.randint(-3, 3), rng.randint(1, 3)) for _ in range(d1)]
                               for _ in range(Y.shape[0])], (Y.shape[0], d1), QQ)
            if any(x != 0 for x in A2.matmul(A1).matmul(X).to_list_flat()):
                parts[f"{name}, d1 = {d1}, seeded point {k}"] = ascent_curve(X, Y, A1, A2)
    return Outcome("confirmed", f"{_scope(quick)}: {n_crit} critical points with A2 A1 X != 0 and "
                   f"{len(parts) - n_crit} seeded (non-critical) points", _bundle(parts),
                   details="row i of A2 scaled by 1 + s eps: L(eps) - L(0) = s g eps + |a|^2 eps^2 / 2 > 0",
                   scope_kind="sampled")


# -- the scalar example after Theorem 2 ------------------------------------------------------------------

def _check_scalar_remark(quick: bool) -> Outcome:
    return Outcome("refuted", "L(a2, a1) = (a2 a1 x - y)^2 / 2 with y = 0 at (a1, a2) = (0, 1), symbolic in x (every "
                   "real x)", scalar_example_certificate(), finding="error", scope_kind="all",
                   details=("as printed, the point is critical and its Hessian is (x^2, 0; 0, 0), but "
                            "L = (a1 a2 x)^2/2 >= 0 = L(0, 1): a global minimum for every x, not a saddle.  No reading rescues it: with "
                            "y != 0 the point is critical only if x = 0 (gradient (-x y, 0)) and the Hessian there is "
                            "(x^2, -x y; -x y, 0), not the printed one; and A2 A1 X = 0 there, outside the set X of "
                            "Theorem 2 item 2.  The paper's point that saddles can be non-strict is not supported by "
                            "this example (a scalar two-layer loss has no non-strict saddle: at the origin with "
                            "x y != 0 the Hessian (0, -x y; -x y, 0) is indefinite)"))


# -- ReLU: Example 1, Propositions 7 and 8 ----------------------------------------------------------------

_EXAMPLE_SCOPE = "Example 1's data X = I_2, Y = diag(2, 1), d1 = 1"

#: The conventions every check of Section 4 assumes (``Claim.reading``).
RELU_READING = ("L_N = 1/2 ||A2 sigma(A1 X) - Y||_F^2 ((7); its 1/2 is lost in the extraction, as in Proposition 1, and "
                "it is the factor that gives Example 1's printed values 1/2 and 2); U_J orders the eigenvalues of "
                "Sigma_J decreasingly, the zero ones last (Section 3's block form V = [diag(V_1, ..., V_r, V-bar), 0]), "
                "so the entries of v address sigma_1(J), sigma_2(J), ..., 0; (8)'s '>=' puts a point with "
                "(A1 X)_{1j} = 0 in the cone whose J contains j; 'critical point' means a differentiable critical "
                "point of L_N (Section 4: 'Our study focuses on the set of differentiable critical points')")


def _check_example_first_cone(quick: bool) -> Outcome:
    J, c, v, ell, A1, A2 = example_points()["first cone, as printed"]
    if sigma_strings(J) != [["4", "0"], ["0", "0"]]:
        return Outcome("inconclusive", _EXAMPLE_SCOPE, None,
                       details=f"Sigma_J = {sigma_strings(J)}, not diag(4, 0): the data is not the example's")
    cert = cone_certificate(A1, A2, "min", SQUARES["first cone, as printed"], critical=True)
    return Outcome("confirmed", _EXAMPLE_SCOPE + ", cone I = {1}, J = {1}: the printed point", cert,
                   scope_kind="sampled",
                   details="Sigma_J = diag(4, 0), U_J = I (4 first); (15) with c = 1, v = (1, 0), ell = (1, -1) gives "
                           "A1 = (2, -1), A2 = (1, 0)^T, inside the open cone; L_N - 1/2 = (ca - 2)^2/2 + (ea)^2/2 there, "
                           "so a local minimum with L_N = 1/2 (the extraction's 'LN = 11')")


def _check_example_second_cone(quick: bool) -> Outcome:
    pts = example_points()
    J, c, v, ell, A1, A2 = pts["second cone, as printed"]
    if sigma_strings(J) != [["0", "0"], ["0", "1"]]:
        return Outcome("inconclusive", _EXAMPLE_SCOPE, None,
                       details=f"Sigma_J' = {sigma_strings(J)}, not diag(0, 1): the data is not the example's")
    parts = {"(15) on (X_J', Y_J'), v on sigma_1(J') = 1": certificate_of(recover_cone_form(J, A1, A2),
                                                                          with_categories=False),
             "local minimum of L_N, L_N = 2": cone_certificate(A1, A2, "min", SQUARES["second cone, as printed"],
                                                               critical=True)}
    return Outcome("confirmed", _EXAMPLE_SCOPE + ", cone I = {1}, J' = {2}: the printed point", _bundle(parts),
                   scope_kind="sampled",
                   details="Sigma_J' = diag(0, 1), so U_J' = [e2, e1] (eigenvalue 1 first, the zero one last), and the "
                           "printed condition c^{-1}(v)_1 >= 0 is (16) at sample 2.  c = 1, v = (1, 0), ell = (-1, 0) "
                           "give A1 = (-1, 1), A2 = U_J' v = (0, 1)^T, inside the open cone b > 0 > a, a zero gradient, "
                           "and L_N - 2 = (cb)^2/2 + (eb - 1)^2/2 there: a local minimum with L_N = 2, as printed.  "
                           "(With U_J' = I the same c, v, ell would give A1 = (-1, 0), A2 = (1, 0)^T on the boundary, "
                           "L_N = 5/2 and no local minimum: v on the zero eigenvalue)")


def _check_example_empty_cone(quick: bool) -> Outcome:
    J, c, v, ell, A1, A2 = example_points()["empty cone"]
    from symbolic.core.exact import matrix_to_strings
    A1s, A2s = matrix_to_strings(A1), matrix_to_strings(A2)
    data = {"X": EXAMPLE_X, "Y": EXAMPLE_Y, "A1": A1s, "A2": A2s}
    premises = facts_certificate(data, [
        *(fact(f"X = I_2: entry ({i}, {j})", {"entry": ["X", i, j]}, "==", int(i == j))
          for i in range(2) for j in range(2)),
        *(fact(f"Y = diag(2, 1): entry ({i}, {j})", {"entry": ["Y", i, j]}, "==", (2, 1)[i] if i == j else 0)
          for i in range(2) for j in range(2)),
        fact("d1 = 1", {"rows": "A1"}, "==", 1),
        *(fact(f"(A1 X)_{{1{j + 1}}} = (A1)_{{1{j + 1}}} < 0 (X = I): the open cone J'' = {{}}",
               {"entry": ["A1", 0, j]}, "<", 0) for j in range(2)),
    ])
    negation = cone_certificate(A1, A2, "constant")
    cert = refutation_certificate({"the data as printed, the point in the open cone K_{1 x {}}": premises},
                                  {"L_N = 5/2 (not 2) on a neighbourhood": negation}, data)
    return Outcome("refuted", _EXAMPLE_SCOPE + ", cone I = {1}, J'' = {} at A1 = (-1, -1), A2 = (1, 0)^T", cert,
                   finding="extraction", scope_kind="sampled",
                   details="on the open cone a, b < 0, sigma(A1 X) = 0 and L_N = ||Y||_F^2 / 2 = 5/2 identically, so "
                           "every point of this open cone is both a local minimum and a local maximum; the value is "
                           "5/2, not the extracted '2'.  The extraction garbles stacked fractions in this very "
                           "paragraph: it keeps one digit of 1/2 in 'LN = 1 Tr(YYT) - 2 σ%(J)' (for 1/2 Tr(YY^T) - "
                           "1/2 sigma_i(J)) and in '2Tr(YYt)- 1 σι(J)', and writes 1/2 as 'LN = 11'.  If the "
                           "printed page reads \\frac{5}{2} "
                           "(the numerator lost), the statement holds and this is no finding about the paper; if it "
                           "reads 2, it is an error (with the 1/2 of (7) that gives the example's other values 1/2 "
                           "and 2; without it the constant would be 5)")


def _check_prop8(quick: bool) -> Outcome:
    pts = example_points()
    second, first, empty = pts["second cone, as printed"], pts["first cone, as printed"], pts["empty cone"]
    parts = {
        "local minimum, L_N = 2": cone_certificate(second[4], second[5], "min", SQUARES["second cone, as printed"],
                                                   critical=True),
        "a lower value, L_N = 1/2": cone_certificate(first[4], first[5], "min", SQUARES["first cone, as printed"]),
        "local maximum, L_N = 5/2": cone_certificate(empty[4], empty[5], "constant"),
    }
    return Outcome("confirmed", _EXAMPLE_SCOPE + ": Example 1's three points", _bundle(parts), scope_kind="sampled",
                   details="the printed second-cone point A1 = (-1, 1), A2 = (0, 1)^T is a local minimum (L_N - 2 = "
                           "(cb)^2/2 + (eb - 1)^2/2 on its open cone) and not global (L_N = 1/2 at the printed "
                           "first-cone point A1 = (2, -1), A2 = (1, 0)^T); every point with A1 < 0 is a (non-strict) "
                           "local maximum, L_N = 5/2 on a neighbourhood")


def _check_prop7(quick: bool) -> Outcome:
    from proofs.papers.zhou_liang_2018.shallow import certificate_of
    parts = {}
    pts = proposition7_points()
    inside = [p for p in pts if p[-1]]
    for label, J, A1, A2, _ in inside:
        parts[f"(15), strictly inside (16)-(17): {label}"] = cone_certificate(A1, A2, critical=True)
    solved = solved_cone_points()
    for label, J, A1, A2 in solved:
        F = recover_cone_form(J, A1, A2)
        parts[f"solved, critical: {label}"] = cone_certificate(A1, A2, critical=True)
        parts[f"solved, form (15) on (X_J, Y_J): {label}"] = certificate_of(F, with_categories=False)
    scope = (f"{_EXAMPLE_SCOPE}: {len(pts)} points (15) (every J, unit v on one eigenvalue, c in {{1, 2, -1}}, "
             f"ell in {{-1, 0, 1}}^2), {len(inside)} strictly inside their cone; {len(solved)} interior nonzero "
             "critical points from solving the gradient equations of each cone's polynomial")
    return Outcome("confirmed", scope, _bundle(parts), scope_kind="sampled",
                   details="every point (15) strictly inside (16)-(17) is a differentiable critical point of L_N; every "
                           "interior nonzero critical point found is recovered in the form (15) (Theorem 1 on "
                           "(X_J, Y_J)); cone boundaries (where L_N may not be differentiable) are not covered")


# -- deep networks: Propositions 4 and 5 ------------------------------------------------------------------

def _deep_scope(quick: bool) -> str:
    shallow, kaw = DEEP_SCOPES[quick]
    return ("three-layer critical points: every pattern of " + ", ".join(f"{n} (d1 = {d})" for n, d in shallow)
            + " with an invertible middle layer inserted, and Kawaguchi's points for dims "
            + ", ".join(str(list(d)) for d in kaw))


def _check_prop4(quick: bool) -> Outcome:
    parts = {label: deep_certificate(X, Y, Ws) for label, X, Y, Ws in deep_points(quick)}
    return Outcome("confirmed", f"{_deep_scope(quick)}: {len(parts)} points", _bundle(parts),
                   details="critical (every gradient block zero) and L = (tr YY^T - sum of the eigenvalues of "
                           "Sigma_0 captured by col(A_(l,2)))/2, recomputed exactly", scope_kind="sampled")


def _check_prop5(quick: bool) -> Outcome:
    parts, wrong, unsure = {}, [], []
    for label, cert, problem, result in classified_deep(quick):
        cats = cert["categories"]
        v = result["verdict"]
        if v not in ("global_min", "saddle", "local_min", "local_max"):
            unsure.append(label)
            continue
        if (v == "global_min") is not (cats["case1"] or cats["case2"]):
            wrong.append(label)
        parts[f"{label}: pattern"] = cert
        parts[f"{label}: verdict"] = _classification_part(problem, result, [v])
    scope = f"{_deep_scope(quick)}: {len(parts) // 2} points, classified"
    if wrong:
        return Outcome("refuted", scope, _bundle({k: v for k, v in parts.items() if k.rsplit(":", 1)[0] in wrong}),
                       details=f"global iff case 1 or 2 fails at {wrong}", scope_kind="sampled")
    if unsure:
        return Outcome("inconclusive", scope, None, details=f"no certified verdict at {unsure}", scope_kind="sampled")
    n_glob = sum(1 for *_, r in classified_deep(quick) if r["verdict"] == "global_min")
    return Outcome("confirmed", scope, _bundle(parts),
                   details=f"{n_glob} global minima, exactly the points whose Sigma_0 pattern is in case 1 or 2 "
                           "(min over d_l, ..., d_1); every other point is a certified saddle", scope_kind="sampled")


# -- readings: the conventions each check assumes ---------------------------------------------------------

_R_SHALLOW = ("Sigma = Y X^+ X Y^T = U Lambda U^T, U's columns orthonormal eigenvectors; the 'singular values' of the "
              "symmetric PSD Sigma read as its eigenvalues: the distinct positive ones sigma_1 > ... > sigma_r in "
              "decreasing order (multiplicities m_i), the m-bar zero eigenvalues last (p-bar counts those captured); "
              "L = (1/2) ||A2 A1 X - Y||_F^2 (the extraction's 'L := 2 kA2 AiX - Y kF' read with the factor 1/2, "
              "as Proposition 1's value requires); Theorem 1's U V C built with eigenvector columns W of any "
              "positive length, the lengths absorbed in C (A2 = [W, 0] C0)")
_R_THEOREM1 = (_R_SHALLOW + "; (3) read as P_col(UV)^perp Y X^T L1^T C^T P_ker(V) = 0 (extracted "
               "'Pcol(UV)⊥Y X>L>iC>Pker(V) =0'), P_ker(V) the projector on the last d1 - rank(A2) coordinates")
_R_PROP2 = (_R_SHALLOW + "; case 2's garbled 'min{d1, di}' read as min{d2, d1}, as in case 1; 'A2 is full rank' "
            "read as rank A2 = min(d2, d1)")
_R_CATEGORIES = (_R_SHALLOW + "; non-optimal order: some 1 <= i < j <= r with p_i < m_i and p_j > 0 (j indexes "
                 "positive eigenvalues only, as printed here and in the supplement's proof); optimal order: rank A2 < "
                 "min{d2, d1} and p_1 = m_1, ..., p_(k-1) = m_(k-1), p_k = rank A2 - sum_(i<k) m_i <= m_k for some "
                 "k <= r; 'the parameters naturally divide all non-global-minimum critical points into the following "
                 "two categories' read as the claim that every non-global critical point is in one of them")
_R_PROP3 = (_R_SHALLOW + "; 'a perturbation' = a point in every neighbourhood (exact curves eps -> 0); item 1's "
            "perturbation: the captured u_j of sigma_j becomes (u_j + eps u_i)/sqrt(1 + eps^2), u_i an uncaptured "
            "eigenvector of sigma_i > sigma_j, A1 by (1) with the same C and L1 (the column's length changes nothing: "
            "A2 A1 X = P_col(A2) Y X^+ X); item 2 with eps_2 = eps_1^2 = eps^2; item 3 on the set "
            "X = {A2 A1 X != 0}")
_R_SWAP = (_R_PROP3 + "; the garbled last line of item 1's proof, '2 / L(A2, AI) = L(A2, AI)- 1+e2 (σi - σj ) < "
           "L(A2, A1)', read as L(A~) = L(A) - eps^2/(1 + eps^2) (sigma_i - sigma_j), eps dropped as everywhere in "
           "that proof; the extraction also drops one digit of each stacked 1/2 two lines above, so whether the page "
           "prints a 1/2 here is not decidable from the text (finding: extraction)")
_R_THEOREM2 = (_R_PROP3 + "; a saddle is a critical point that is neither a local minimum nor a local maximum; "
               "item 2 is about the critical points in X = {A2 A1 X != 0}")
_R_SCALAR = ("L(a2, a1) = (1/2)(a2 a1 x - y)^2 (the extraction's '1 (a2a1χ - y)2' read with the factor 1/2; without "
             "it every value doubles and the verdict is unchanged); y = 0 as printed ('Consider the case y = 0'); "
             "the point a1 = 0, a2 = 1, the one the sentence names; the Hessian in the order (a1, a2); x any real "
             "(the certificate is symbolic in x, so also the singular x = 0)")
_R_DEEP = ("Sigma_0 = Y X^+ X Y^T, its eigenvalues sigma_i(0) distinct, positive, decreasing, zeros last, U_0's "
           "columns orthonormal eigenvectors; L_D = (1/2) ||A_l ... A_1 X - Y||_F^2; A_(i,j) = A_i ... A_j; p(0) is the "
           "pattern of col(A_(l,2)) in Sigma_0's eigenspaces; Proposition 5's 'min{d_l, ..., d_1}' as printed and "
           "'A_(l,2) achieves the maximal rank' read as rank A_(l,2) = min{d_l, ..., d_1}")
