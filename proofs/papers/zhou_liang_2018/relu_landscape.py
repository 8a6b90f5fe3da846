"""Zhou and Liang (2018), ReLU networks: Proposition 6 on cones :math:`K_{I\\times J}`, and cone boundaries.

:math:`L_N = \\tfrac12\\lVert A_2\\sigma(A_1X) - Y\\rVert_F^2`, :math:`K_{I\\times J}` as in (8) (entries
:math:`\\ge 0` on :math:`I \\times J`, :math:`< 0` elsewhere, so a cone contains part of its boundary).  Points
come from :mod:`proofs.papers.zhou_liang_2018.relu_cones`.  Section 4 "focuses on the set of differentiable critical points":
on a cone boundary :math:`L_N` is differentiable at a point with one hidden unit if :math:`\\langle A_2,
y_j\\rangle = 0` at every sample with :math:`A_1x_j = 0` (the one-sided derivatives across the kink agree; only if,
when those :math:`x_j` are nonzero and pairwise non-parallel), and a critical point is one where it is
differentiable with zero gradient.  Certificates: ``relu_cone_form``,
``relu_differentiable_critical``, ``relu_descent_curve``, ``refutation`` (:mod:`symbolic.checker.relu`,
:mod:`symbolic.checker.premises`).

Main results
------------
* ``relu_cone_critical_iff_form_of_hidden_units`` -- Proposition 6 with :math:`d_1 \\in \\{2, 3\\}`, inside open
  cones: (10)-(11) with (12) are exactly the critical points of :math:`L_N`.
* ``cone_activation_eq_of_relu_form`` -- (13)'s identity for :math:`(A_1)_{I,:}X_{:,J}` (refuted, finding
  ``misprint``: the printed :math:`I - P_{\\ker V}` must be :math:`P_{\\ker V}`).
* ``cone_activation_eq_ker_projection_of_relu_form`` -- (13) corrected, with :math:`P_{\\ker V}`.
* ``critical_of_relu_form_at_cone_boundary`` -- Proposition 7's "if" with (16)'s ":math:`\\ge`" (refuted, finding
  ``error``: a point (15) with an equality in (16) and a first-order descent direction, in a cone that holds no
  nonzero differentiable critical point at all).
* ``local_min_of_relu_form_of_top_eigenvalue`` -- the remark after Proposition 7: a critical point with
  :math:`v` on :math:`\\sigma_1(J)` is a local minimum of :math:`L_N` (refuted, finding ``error``: a differentiable
  critical point on a cone boundary with a second-order descent curve; as a minimum over the cone it holds).
* ``relu_form_of_local_min_in_cone`` -- Proposition 7's "only if" for differentiable critical points, cone
  boundaries included: every nonzero one is (15) with (16)-(17).

References
----------
* ``zhou-liang-2018``, "Proposition 6" (with (12)-(14)).
* ``zhou-liang-2018``, "Proposition 7" (and the paragraph after it).
"""

from __future__ import annotations

from symbolic.forms.analytical_forms import form_of_layer_pair
from symbolic.core.exact import rational_matrix

from proofs.ledger.claim import Claim, Outcome, refutation_certificate
from proofs.papers.zhou_liang_2018.checks import RELU_READING, _bundle
from proofs.papers.zhou_liang_2018.relu_cones import (
    DIFFERENTIABLE_DATA,
    DIFFERENTIABLE_SCOPES,
    RELU_SCOPES,
    boundary_descent_certificates,
    cone_form_certificate,
    cone_points,
    differentiable_critical_certificate,
    differentiable_critical_points,
    recovered_cone_points,
    top_eigenvalue_saddle_certificates,
)

__all__ = ["CLAIMS"]

_NB = "notebooks/zhou-liang-2018/relu_cone_critical_iff_form_of_hidden_units.ipynb"


def _scope(quick: bool) -> str:
    return "data " + ", ".join(f"{n} (d1 = {d1})" for n, d1 in RELU_SCOPES[quick])


def _certified(quick: bool):
    made = [(label, cone_form_certificate(name, I, J, F, A1, A2))
            for label, name, I, J, F, A1, A2 in cone_points(quick)]
    rec = [(label, cone_form_certificate(name, I, J, F, A1, A2))
           for label, name, I, J, F, A1, A2 in recovered_cone_points(quick)]
    return made, rec


def _check_prop6(quick: bool) -> Outcome:
    made, rec = _certified(quick)
    bad = [label for label, c in made + rec if c["critical"] is not c["form"]["condition3"]]
    holds = sum(1 for _, c in made if c["form"]["condition3"])
    cones = len({(str(c["X"]), len(c["A1"]), str(c["I"]), str(c["J"])) for _, c in made + rec})
    scope = (f"{_scope(quick)}: {len(made)} points (10)-(11) in the interior of their cone ({holds} with (12), "
             f"{len(made) - holds} violating it), {len(rec)} critical points obtained another way (least-squares "
             f"factorizations, zero output) written back with (12); {cones} (data, d1, I, J) cones in all")
    if bad:
        return Outcome("refuted", scope, _bundle({k: c for k, c in made + rec if k in bad}), scope_kind="sampled",
                       details=f"L_N critical differs from (12) at {bad}")
    return Outcome("confirmed", scope, _bundle(dict(made + rec)), scope_kind="sampled",
                   details="inside an open cone L_N is the shallow loss (9) on (X_{:,J}, Y_{:,J}) in the blocks "
                           "((A1)_{I,:}, (A2)_{:,I}); the other hidden units are inactive.  Sample sets J with no "
                           "separating row on a small grid are skipped (their cones have no interior point "
                           "with d1 units active on J).  The columns U_J V are built from rational_spectrum, "
                           "eigenvalues decreasing and zero last (Section 3's order); the checker verifies each "
                           "column's eigenvalue, so the order does not affect these certificates")


def _premise(cert: dict) -> dict:
    """A ``relu_cone_form`` certificate as a premise: the point is (10)-(11) in its cone ((13) not decided)."""
    out = dict(cert)
    out.pop("printed_13", None)
    return out


def _check_13(quick: bool) -> Outcome:
    made, rec = _certified(quick)
    fails = [(label, c) for label, c in made + rec if not c["printed_13"]]
    scope = f"{_scope(quick)}: {len(made) + len(rec)} points of Proposition 6 in the interior of their cone"
    if not fails:
        return Outcome("confirmed", scope, _bundle(dict(made + rec)), scope_kind="sampled")
    label, witness = next(((lab, c) for lab, c in fails if c["critical"]), fails[0])
    form = witness["form"]
    cert = refutation_certificate(
        {("(10)-(11) with (12), a critical point" if witness["critical"] else "(10)-(11)")
         + " in the interior of K_{I x J}": _premise(witness)},
        {"(13) as printed fails at it": witness},
        {"I": witness["I"], "J": witness["J"], "C0": form["C0"], "L1": form["L1"]})
    return Outcome("refuted", f"{scope}; witness: {label}", cert, finding="misprint",
                   corrected_by="cone_activation_eq_ker_projection_of_relu_form", scope_kind="sampled",
                   details=(f"the printed identity fails at {len(fails)} of {len(made) + len(rec)} points (it holds "
                            "exactly when L1 X_{:,J} = 0); from (10), (A1)_{I,:} X_{:,J} = C^-1 V^T U_J^T Y_{:,J} "
                            "X_{:,J}^+ X_{:,J} + C^-1 P_ker(V) C L1 X_{:,J}, because V^T V = I - P_ker(V) and "
                            "X_{:,J} X_{:,J}^+ X_{:,J} = X_{:,J}; the corrected identity is "
                            "cone_activation_eq_ker_projection_of_relu_form.  Read with P_ker(V), (13) agrees with "
                            "(16), which has no ell term (P_ker(v) = 0 for v != 0)"))


def _check_13_corrected(quick: bool) -> Outcome:
    made, rec = _certified(quick)
    parts = {label: _premise(c) for label, c in made + rec}
    return Outcome("confirmed", f"{_scope(quick)}: {len(parts)} points of Proposition 6 in the interior of their cone",
                   _bundle(parts), scope_kind="sampled",
                   details="the checker recomputes (A1)_{I,:} X_{:,J} and C^-1 V^T U_J^T Y_{:,J} X_{:,J}^+ X_{:,J} + "
                           "C^-1 P_ker(V) C L1 X_{:,J} (V^T V = I - P_ker(V) in the rational parametrization: the "
                           "columns beyond rank(A2) are zero) at every point, (12) satisfied or not")


def _check_boundary_if(quick: bool) -> Outcome:
    certs = boundary_descent_certificates()
    A1, A2 = certs["descent"]["A1"], certs["descent"]["A2"]
    cert = refutation_certificate(
        {"(15) with v != 0 and (16)-(17) (an entry of (16) is 0), in K_{1 x {1, 2, 3}}": _premise(certs["form"])},
        {"a first-order descent: not a critical point of L_N": certs["descent"],
         "the cone holds no nonzero differentiable critical point at all": certs["no differentiable critical point "
                                                                                  "in the cone"]},
        {"X": certs["descent"]["X"], "Y": certs["descent"]["Y"], "A1": A1, "A2": A2})
    return Outcome("refuted", "one named witness (boundary_descent): X = [[1, 0, 1], [0, 1, 1]], Y = (1, 2, 0), "
                   "J = {1, 2, 3}, c = 1, v = 1, ell = 0", cert, finding="error", scope_kind="sampled",
                   details="(15) gives A1 = (0, 1), A2 = 1, A1 X = (0, 1, 1): (16) holds as printed, with '>= 0' and an "
                           "equality at sample 1, (17) is empty, and the point is critical for the cone's polynomial "
                           "(9).  Along A1 = (-t, 1) the first sample leaves the cone and L_N = 3/2 - t + t^2/2: a "
                           "negative one-sided derivative, so the point is not a differentiable critical point of L_N "
                           "(nor a Frechet-stationary one); the kink coefficient <A2, y_1> = 1 is nonzero.  Even read "
                           "as a statement about the points where L_N is differentiable, the existence part fails: "
                           "Y X^+ X = (0, 1, 1) and y_1 = 1, so every critical point of (9) in K_{1 x {1, 2, 3}} with "
                           "A2 != 0 has A1 x_1 = 0 and a nonzero kink there, and the cone holds no nonzero "
                           "differentiable critical point of L_N while (16)-(17) are satisfiable (certified).  The "
                           "statement holds with (16) strict, or for critical points of the cone's polynomial (9); as "
                           "printed (16) has '>=' (as (8) defines the cones) and the paper concludes critical points "
                           "of L_N")


def _check_top_local_min(quick: bool) -> Outcome:
    certs = top_eigenvalue_saddle_certificates()
    d = certs["descent"]
    cert = refutation_certificate(
        {"(15) with (16)-(17) in K_{1 x {1, 2, 3}}, v on sigma_1(J) = 2": certs["form"],
         "a nonzero differentiable critical point of L_N": certs["differentiable critical"]},
        {"L_N decreases along a curve: not a local minimum": d},
        {"X": d["X"], "Y": d["Y"], "A1": d["A1"], "A2": d["A2"]})
    return Outcome("refuted", "one named witness (top_eigenvalue_saddle): X = [[1, 0, 1], [0, 1, 1]], "
                   "Y = [[1, 0, 1], [2, 1, -2]], J = {1, 2, 3}, c = 1, v = (1, 0)^T, ell = 0", cert,
                   finding="error", scope_kind="sampled",
                   details="Sigma_J = diag(2, 2/3), U_J = I; (15) gives A1 = (1, 0), A2 = (1, 0)^T, A1 X = (1, 0, 1): in "
                           "K_{1 x {1, 2, 3}} with sample 2 on the boundary, and <A2, y_2> = 0, so L_N is differentiable "
                           "with zero gradient there (both neighbouring pieces), L_N = 9/2 = (tr YY^T - sigma_1(J))/2, "
                           "the minimum of L_N over the cone (the global minimum of (9)).  Where sample 2 is inactive "
                           "L_N = f_13 + |y_2|^2/2, and e1 is not the top eigenvector of Sigma_13 = diag(2, 8): along "
                           "A1 = (1 + 2t, -4t), A2 = (1, t)^T sample 2 stays inactive and L_N = 9/2 - 3t^2 + O(t^3).  "
                           "Reading question: 'achieves the local minimum ... in K_{1 x J}' could mean the minimum of "
                           "L_N restricted to the cone, which holds at every such point; the paper's next sentences "
                           "('L_N may achieve different local minima in different cones.  Thus, local minimum that is "
                           "not global minimum can exist for L_N') use it as a local minimum of L_N, which fails here.  "
                           "Inside an open cone the remark holds (Example 1: relu_local_min_of_example_first_cone, "
                           "relu_local_min_value_two_of_example_second_cone), so Proposition 8 is not affected")


def _check_boundary_only_if(quick: bool) -> Outcome:
    points = differentiable_critical_points(quick)
    parts, missing = {}, []
    for label, name, J, A1, A2, interior in points:
        X, Y = DIFFERENTIABLE_DATA[name]
        Xq, Yq = rational_matrix(X, name="X"), rational_matrix(Y, name="Y")
        XJ = Xq.extract(list(range(Xq.shape[0])), J)
        YJ = Yq.extract(list(range(Yq.shape[0])), J)
        try:
            F = form_of_layer_pair(XJ, YJ, A1, A2)
        except ValueError as exc:
            missing.append(f"{label}: {exc}")
            continue
        parts[f"differentiable critical: {label}"] = differentiable_critical_certificate(X, Y, A1, A2, J)
        parts[f"(15) with (16)-(17): {label}"] = _premise(cone_form_certificate((Xq, Yq), [0], J, F, A1, A2,
                                                                                expect=False))
    n_in = sum(1 for p in points if p[-1])
    counts = ", ".join(f"{name} {sum(1 for p in points if p[1] == name)} "
                       f"({sum(1 for p in points if p[1] == name and p[-1])} interior)"
                       for name in DIFFERENTIABLE_SCOPES[quick])
    cones = len({(p[1], tuple(p[2])) for p in points})
    scope = (f"d1 = 1, data {counts}: {len(points)} nonzero differentiable critical points of L_N in {cones} cones, "
             f"found by solving each cone's gradient equations ({n_in} interior, {len(points) - n_in} on a cone "
             "boundary with <A2, y_j> = 0 wherever A1 x_j = 0; free parameters in [-3, 3], irrational solutions "
             "skipped)")
    if missing:
        return Outcome("inconclusive", scope, None, scope_kind="sampled",
                       details=f"no form (15) recovered (irrational eigenvector?) at {missing}")
    return Outcome("confirmed", scope, _bundle(parts), scope_kind="sampled",
                   details="every point is written back in the form (15) on (X_{:,J}, Y_{:,J}) (Theorem 1 with one "
                           "unit) and lies in K_{1 x J}, which with the form is (16)-(17).  Scope remark: a local "
                           "minimum at a kink is outside the claim: X = I_2, Y = (1, -1), A1 = (1, 0), A2 = 1 "
                           "(boundary_minimum) is a local (indeed global) minimizer of L_N in K_{1 x {1, 2}} whose "
                           "cone admits no point (15) with (16), but <A2, y_2> = -1 != 0, so L_N is not "
                           "differentiable there and the paper, which studies differentiable critical points, does not "
                           "claim it")


CLAIMS = (
    Claim(
        id="relu_cone_critical_iff_form_of_hidden_units",
        paper="zhou-liang-2018",
        label="Proposition 6",
        location="L388",
        kind="proposition",
        statement=(r"In the interior of $K_{I\times J}$, $(A_1, A_2)$ is a critical point of $L_N$ iff "
                   r"$(A_1)_{I,:} = C^{-1}V^TU_J^TY_{:,J}X_{:,J}^+ + L_1 - C^{-1}V^TVCL_1X_{:,J}X_{:,J}^+$ (10), "
                   r"$(A_2)_{:,I} = U_JVC$ (11) with $V$ fitted to the eigenvalues of $\Sigma_J$, $C$ invertible and "
                   r"$P_{\mathrm{col}(U_JV)^\perp}Y_{:,J}X_{:,J}^TL_1^TC^TP_{\ker V} = 0$ (12)."),
        source="All critical points of LN in KI ×J for any I ⊂",
        check=_check_prop6,
        recorded="confirmed",
        uses=("critical_iff_analytical_form_of_condition3", "relu_cone_critical_iff_form_of_one_hidden_unit"),
        notebook=_NB,
        reading=RELU_READING + "; U_J V in (10)-(11) has its blocks in that order; Y in (10) read as Y_{:,J}; "
                               "this entry checks open cones, where L_N is differentiable",
    ),
    Claim(
        id="cone_activation_eq_of_relu_form",
        paper="zhou-liang-2018",
        label="Proposition 6",
        location="L398",
        kind="proposition",
        statement=(r"At every point (10)-(11), $(A_1)_{I,:}X_{:,J} = C^{-1}V^TU_J^TY_{:,J}X_{:,J}^+X_{:,J} + "
                   r"C^{-1}(I - P_{\ker V})CL_1X_{:,J}$ (13), reading the printed $Y$ as $Y_{:,J}$."),
        source="(Ai)I,:X:,J=C-iV>U>JYX:J,JX:,J+C-i(I- Pker(V))CLiX:,J ≥0,",
        check=_check_13,
        recorded="refuted", recorded_finding="misprint",
        uses=("relu_cone_critical_iff_form_of_hidden_units",),
        notebook=_NB,
        reading=RELU_READING + "; the printed Y (and the garbled 'X:J,J', read X_{:,J}^+) in (13) as Y_{:,J}; "
                               "P_ker(V) the orthogonal projector onto ker V, so V^T V = I - P_ker(V) for V with "
                               "orthonormal nonzero columns",
    ),
    Claim(
        id="cone_activation_eq_ker_projection_of_relu_form",
        paper="zhou-liang-2018",
        label="Proposition 6",
        location="L398",
        kind="proposition",
        statement=(r"At every point (10)-(11), $(A_1)_{I,:}X_{:,J} = C^{-1}V^TU_J^TY_{:,J}X_{:,J}^+X_{:,J} + "
                   r"C^{-1}P_{\ker V}CL_1X_{:,J}$: (13) with the printed $I - P_{\ker V}$ corrected to "
                   r"$P_{\ker V}$ (from (10), since $V^TV = I - P_{\ker V}$)."),
        source="(Ai)I,:X:,J=C-iV>U>JYX:J,JX:,J+C-i(I- Pker(V))CLiX:,J ≥0,",
        check=_check_13_corrected,
        recorded="confirmed",
        uses=("relu_cone_critical_iff_form_of_hidden_units",),
        notebook=_NB,
        reading=RELU_READING + "; the corrected statement of cone_activation_eq_of_relu_form (a misprint there)",
    ),
    Claim(
        id="critical_of_relu_form_at_cone_boundary",
        paper="zhou-liang-2018",
        label="Proposition 7",
        location="L411",
        kind="proposition",
        statement=(r"With $d_1 = 1$, every point (15) with $v \ne 0$ satisfying (16)-(17) is a critical point of "
                   r"$L_N$ in $K_{\{1\}\times J}$, also when an entry of (16) is $0$ ((16) is printed with "
                   r"$\ge 0$; the point is then on the boundary of $K_{\{1\}\times J}$); in particular "
                   r"$K_{\{1\}\times J}$ holds a nonzero critical point whenever (16)-(17) can be satisfied."),
        source="Moreover, a nonzero critical point in K{i}×J exists if and only if there exist such",
        check=_check_boundary_if,
        recorded="refuted", recorded_finding="error",
        uses=("relu_cone_critical_iff_form_of_one_hidden_unit",),
        notebook=_NB,
        reading=RELU_READING + "; (16) with '>= 0' as printed (and as (8) defines the cones), so the premise admits "
                               "an equality; 'critical point of L_N' is a pointwise notion for L_N, not for the "
                               "cone's polynomial (9)",
    ),
    Claim(
        id="local_min_of_relu_form_of_top_eigenvalue",
        paper="zhou-liang-2018",
        label="Proposition 7",
        location="L420",
        kind="remark",
        statement=(r"A (differentiable) critical point (15)-(17) of $L_N$ in $K_{\{1\}\times J}$ with $v$ on "
                   r"$\sigma_1(J)$ is a local minimum of $L_N$, with $L_N = \frac12\operatorname{tr}(YY^T) - "
                   r"\frac12\sigma_1(J)$."),
        source="In particular, the critical point achieves the local minimum",
        check=_check_top_local_min,
        recorded="refuted", recorded_finding="error",
        uses=("relu_form_of_local_min_in_cone", "relu_local_min_of_example_first_cone"),
        notebook=_NB,
        reading=RELU_READING + "; 'achieves the local minimum ... in K_{1 x J}' read as a local minimum of L_N, "
                               "as the next sentences use it ('Thus, local minimum that is not global minimum can "
                               "exist for L_N'); read as the minimum of L_N over the cone K_{1 x J} it holds (the "
                               "point is a global minimizer of the cone's polynomial (9)), but that reading does not "
                               "give the conclusion drawn from it",
    ),
    Claim(
        id="relu_form_of_local_min_in_cone",
        paper="zhou-liang-2018",
        label="Proposition 7",
        location="L406-L407",
        kind="proposition",
        statement=(r"With $d_1 = 1$, every nonzero differentiable critical point of $L_N$ in $K_{\{1\}\times J}$, on the "
                   r"cone's boundary too ($\langle A_2, y_j\rangle = 0$ wherever $A_1x_j = 0$), is of the form (15) "
                   r"with (16)-(17)."),
        source="Then, any nonzero critical point of LN within K{1}×J can be necessarily and suffi- Ciently",
        check=_check_boundary_only_if,
        recorded="confirmed",
        uses=("relu_cone_critical_iff_form_of_one_hidden_unit",),
        notebook=_NB,
        reading=RELU_READING + "; 'nonzero' read as A2 != 0; a kink (nondifferentiable) local minimum is outside "
                               "the statement",
    ),
)
