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

Main results
------------
* ``critical_iff_analytical_form_of_condition3`` -- Theorem 1: the forms (1)-(2) are critical iff (3)
  holds, on every pattern; the converse recovers :math:`(L_1, V, C)` and the pattern from critical
  points obtained by solving the gradient equations and by another construction.
* ``first_layer_form_and_projector_commutes_of_critical`` -- Lemma 1 of the supplement: (25) and
  :math:`P\\Sigma P = \\Sigma P = P\\Sigma` at every critical point found.
* ``pattern_sum_eq_rank_of_critical`` -- Remark 1: :math:`\\sum_i p_i + \\bar p = \\operatorname{rank} A_2`.
* ``loss_eq_half_trace_minus_captured_of_critical`` -- Proposition 1: :math:`L = \\tfrac12(\\operatorname{tr}
  YY^T - \\sum_i p_i\\sigma_i)`, also on irrational eigenvalues (quadratic and cubic).
* ``global_min_iff_full_capture_of_pattern`` -- Proposition 2: global minimizers are exactly cases 1-2 (also on
  cubic eigenvalues with :math:`d_1 = 1`: global iff :math:`\\lambda = \\sigma_1`, the order proven by enclosures).
* ``non_global_critical_in_two_categories`` -- the split of non-global critical points into
  non-optimal and optimal order (refuted: a full-rank pattern with :math:`\\bar p > 0` that skips a positive
  eigenvalue is in neither; :mod:`proofs.papers.zhou_liang_2018.findings` has the witnesses).
* ``lower_value_same_rank_of_non_optimal_order`` -- Proposition 3 item 1.
* ``swap_decrease_eq_of_non_optimal_order`` -- item 1's exact decrease
  :math:`\\frac{\\varepsilon^2}{1+\\varepsilon^2}(\\sigma_i - \\sigma_j)` (refuted, a misprint: it is half of that).
* ``swap_decrease_eq_half_of_non_optimal_order`` -- the corrected decrease
  :math:`\\frac{\\varepsilon^2}{2(1+\\varepsilon^2)}(\\sigma_i - \\sigma_j)`.
* ``lower_value_rank_plus_one_of_optimal_order`` -- Proposition 3 item 2 with :math:`\\varepsilon_2 = \\varepsilon_1^2`.
* ``higher_value_of_nonzero_output`` -- Proposition 3 item 3.
* ``local_min_is_global_and_saddle_of_shallow`` -- Theorem 2.
* ``saddle_not_strict_of_singular_scalar_example`` -- the scalar example after Theorem 2 (refuted: the
  point is a global minimum).
* ``relu_cone_critical_iff_form_of_one_hidden_unit`` -- Proposition 7 on Example 1's data: the form (15)
  with (16)-(17), both directions, inside open cones.
* ``relu_local_min_of_example_first_cone`` -- Example 1, cone :math:`J = \\{1\\}`: a local minimum, :math:`L_N = 1/2`.
* ``relu_local_min_value_two_of_example_second_cone`` -- Example 1, cone :math:`J' = \\{2\\}`: with
  :math:`U_{J'} = [e_2, e_1]` (Section 3's order) the printed choice is a local minimum with :math:`L_N = 2`.
* ``relu_constant_two_of_example_empty_cone`` -- Example 1, cone :math:`J'' = \\emptyset` (refuted, finding
  ``extraction``: the constant is :math:`5/2`; the extracted "2" may have lost the numerator of a stacked fraction).
* ``local_min_not_global_and_local_max_of_relu`` -- Proposition 8, on Example 1's printed points.
* ``loss_eq_half_trace_minus_captured_of_deep_critical`` -- Proposition 4 on three-layer critical points.
* ``global_min_iff_full_capture_of_deep_pattern`` -- Proposition 5 on the same points, classified.

References
----------
* ``zhou-liang-2018``, "Theorem 1".
* ``zhou-liang-2018``, "Lemma 1" (supplement, proof of Theorem 1).
* ``zhou-liang-2018``, "Remark 1".
* ``zhou-liang-2018``, "Proposition 1".
* ``zhou-liang-2018``, "Proposition 2".
* ``zhou-liang-2018``, "Proposition 3" (the two categories before it; its proof in the supplement).
* ``zhou-liang-2018``, "Theorem 2" (and the remark after it).
* ``zhou-liang-2018``, "Proposition 7".
* ``zhou-liang-2018``, "Proposition 8".
* ``zhou-liang-2018``, "Example 1".
* ``zhou-liang-2018``, "Proposition 4".
* ``zhou-liang-2018``, "Proposition 5".

The claims as data; their checks are in :mod:`proofs.papers.zhou_liang_2018.checks`.
"""

from __future__ import annotations

from proofs.ledger.claim import Claim
from proofs.papers.zhou_liang_2018.checks import (
    RELU_READING,
    _NB_DEEP,
    _NB_FORMS,
    _NB_LANDSCAPE,
    _NB_PERTURB,
    _NB_RELU,
    _R_CATEGORIES,
    _R_DEEP,
    _R_PROP2,
    _R_PROP3,
    _R_SCALAR,
    _R_SHALLOW,
    _R_SWAP,
    _R_THEOREM1,
    _R_THEOREM2,
    _check_categories,
    _check_example_empty_cone,
    _check_example_first_cone,
    _check_example_second_cone,
    _check_item1,
    _check_item1_amount,
    _check_item1_half,
    _check_item2,
    _check_item3,
    _check_lemma1,
    _check_prop1,
    _check_prop2,
    _check_prop4,
    _check_prop5,
    _check_prop7,
    _check_prop8,
    _check_remark1,
    _check_scalar_remark,
    _check_theorem1,
    _check_theorem2,
)

__all__ = ["CLAIMS"]


CLAIMS = (
    Claim(
        id="critical_iff_analytical_form_of_condition3",
        reading=_R_THEOREM1,
        paper="zhou-liang-2018",
        label="Theorem 1",
        location="L162-L164",
        kind="theorem",
        statement=(r"$(A_1, A_2)$ is critical for $L = \frac12 \lVert A_2 A_1 X - Y \rVert_F^2$ iff "
                   r"$A_1 = C^{-1} V^T U^T Y X^+ + L_1 - C^{-1} V^T V C L_1 X X^+$, $A_2 = U V C$ with "
                   r"$V = [\operatorname{diag}(V_1, \dots, V_r, \bar V), 0]$ ($V_i \in \mathbb{R}^{m_i \times p_i}$, "
                   r"$\bar V$ with orthonormal columns), $C$ invertible, and "
                   r"$P_{\mathrm{col}(UV)^\perp} Y X^T L_1^T C^T P_{\ker V} = 0$ (3)."),
        source=("All critical points of L are necessarily and suf- ficiently characterized by a matrix Li ∈ Rd1 ×d0, "
                "a block matrix V ∈ Rd2 ×d1 and an invertible matrix C ∈ Rd1 ×d1"),
        check=_check_theorem1,
        recorded="confirmed",
        notebook=_NB_FORMS,
    ),
    Claim(
        id="first_layer_form_and_projector_commutes_of_critical",
        reading=_R_SHALLOW,
        paper="zhou-liang-2018",
        label="Lemma 1",
        location="L531",
        kind="lemma",
        statement=(r"At a critical point, $A_1 = A_2^+ Y X^+ + L_1 - A_2^+ A_2 L_1 X X^+$ for some $L_1$ (25), and "
                   r"$P \Sigma P = \Sigma P = P \Sigma$ for $P = P_{\mathrm{col}(A_2)}$ (26)."),
        source="Let (A2, A1) be a critical point of L. Then it must satisfy, for some L1 ∈ Rd1×d0, that",
        check=_check_lemma1,
        recorded="confirmed",
        uses=("critical_iff_analytical_form_of_condition3",),
        notebook=_NB_FORMS,
    ),
    Claim(
        id="pattern_sum_eq_rank_of_critical",
        reading=_R_SHALLOW,
        paper="zhou-liang-2018",
        label="Remark 1",
        location="L183",
        kind="remark",
        statement=r"At a critical point in the form of Theorem 1, $\sum_{i=1}^r p_i + \bar p = \operatorname{rank}(A_2)$.",
        source="We note that the block pattern parameters",
        check=_check_remark1,
        recorded="confirmed",
        uses=("critical_iff_analytical_form_of_condition3",),
        notebook=_NB_FORMS,
    ),
    Claim(
        id="loss_eq_half_trace_minus_captured_of_critical",
        reading=_R_SHALLOW,
        paper="zhou-liang-2018",
        label="Proposition 1",
        location="L187",
        kind="proposition",
        statement=r"Any critical point satisfies $L(A_1, A_2) = \frac12 (\operatorname{tr}(Y Y^T) - \sum_{i=1}^r p_i \sigma_i)$.",
        source="Proposition 1. AnyCritiCalPoint (Ai, A2) of L satisfies",
        check=_check_prop1,
        recorded="confirmed",
        uses=("critical_iff_analytical_form_of_condition3",),
        notebook=_NB_FORMS,
    ),
    Claim(
        id="global_min_iff_full_capture_of_pattern",
        reading=_R_PROP2,
        paper="zhou-liang-2018",
        label="Proposition 2",
        location="L197-L198",
        kind="proposition",
        statement=(r"A critical point is a global minimizer iff (case 1) $\min\{d_2, d_1\} \le \sum_i m_i$, $A_2$ has "
                   r"full rank and $p_1 = m_1, \dots, p_{k-1} = m_{k-1}$, $p_k = \operatorname{rank}(A_2) - "
                   r"\sum_{i<k} m_i \le m_k$ for some $k \le r$, or (case 2) $\min\{d_2, d_1\} > \sum_i m_i$ and "
                   r"$p_i = m_i$ for all $i$."),
        source="A critical point (Ai, A2) ofL is a global minimizer if and only if it falls into the following two cases.",
        check=_check_prop2,
        recorded="confirmed",
        uses=("loss_eq_half_trace_minus_captured_of_critical",),
        notebook=_NB_LANDSCAPE,
    ),
    Claim(
        id="non_global_critical_in_two_categories",
        reading=_R_CATEGORIES,
        paper="zhou-liang-2018",
        label="Proposition 3",
        location="L213-L214",
        kind="claim",
        statement=(r"Every non-global-minimum critical point is of non-optimal order ($p_i < m_i$, $p_j > 0$ for some "
                   r"$i < j \le r$) or of optimal order ($\operatorname{rank} A_2 < \min\{d_2, d_1\}$, $p_1 = m_1, "
                   r"\dots, p_{k-1} = m_{k-1}$, $p_k = \operatorname{rank} A_2 - \sum_{i<k} m_i \le m_k$)."),
        source=("Furthermore, the parameters {pi }ir=1 naturally divide all non-global-minimum critical points "
                "[...] the following two categories."),
        check=_check_categories,
        recorded="refuted", recorded_finding="error",
        uses=("global_min_iff_full_capture_of_pattern",),
        notebook=_NB_LANDSCAPE,
    ),
    Claim(
        id="lower_value_same_rank_of_non_optimal_order",
        reading=_R_PROP3,
        paper="zhou-liang-2018",
        label="Proposition 3",
        location="L230",
        kind="proposition",
        statement=(r"A non-optimal-order critical point has arbitrarily close points $(\tilde A_1, \tilde A_2)$ with "
                   r"$\operatorname{rank} \tilde A_2 = \operatorname{rank} A_2$ and a lower value (item 1)."),
        source="A non-optimal-order critical point (A1, A2) has a perturbation (A1, A2) with rank(A2) =",
        check=_check_item1,
        recorded="confirmed",
        uses=("critical_iff_analytical_form_of_condition3",),
        notebook=_NB_PERTURB,
    ),
    Claim(
        id="swap_decrease_eq_of_non_optimal_order",
        reading=_R_SWAP,
        paper="zhou-liang-2018",
        label="Proposition 3",
        location="L658",
        kind="claim",
        statement=(r"In the proof of item 1, replacing $u_j$ by $(u_j + \varepsilon u_i)/\sqrt{1 + \varepsilon^2}$ gives "
                   r"$L(\tilde A_1, \tilde A_2) = L(A_1, A_2) - \frac{\varepsilon^2}{1 + \varepsilon^2}(\sigma_i - \sigma_j)$ "
                   r"(as extracted)."),
        source="As the index i, j correspond to the singular values σi , σj , respectively, and σi > σj , one obtain that",
        check=_check_item1_amount,
        recorded="refuted", recorded_finding="extraction",
        uses=("lower_value_same_rank_of_non_optimal_order",),
        notebook=_NB_PERTURB,
    ),
    Claim(
        id="swap_decrease_eq_half_of_non_optimal_order",
        paper="zhou-liang-2018",
        label="Proposition 3",
        location="L658",
        kind="claim",
        reading=_R_PROP3,
        statement=(r"In the proof of item 1 (corrected), replacing $u_j$ by $(u_j + \varepsilon u_i)/\sqrt{1 + "
                   r"\varepsilon^2}$ gives $L(\tilde A_1, \tilde A_2) = L(A_1, A_2) - \frac{\varepsilon^2}{2(1 + "
                   r"\varepsilon^2)}(\sigma_i - \sigma_j)$, half the extracted decrease."),
        source=("As the index i, j correspond to the singular values σi , σj , respectively, and σi > σj , one obtain "
                "that"),
        check=_check_item1_half,
        recorded="confirmed",
        uses=("lower_value_same_rank_of_non_optimal_order",),
        notebook=_NB_PERTURB,
    ),
    Claim(
        id="lower_value_rank_plus_one_of_optimal_order",
        reading=_R_PROP3,
        paper="zhou-liang-2018",
        label="Proposition 3",
        location="L232",
        kind="proposition",
        statement=(r"An optimal-order (non-global) critical point has arbitrarily close points with "
                   r"$\operatorname{rank} \tilde A_2 = \operatorname{rank} A_2 + 1$ and a lower value; with "
                   r"$\varepsilon_2 = \varepsilon_1^2 = \varepsilon^2$ the change is $\frac12 \varepsilon^4 "
                   r"\lVert (C L_1)_{\rho+1,:} X \rVert^2 + (\frac12 \varepsilon^6 - \varepsilon^3)\sigma_q$ (item 2)."),
        source="An optimal-order critical point (A1, A2) has a perturbation (A1, A2) with rank(A2) =",
        check=_check_item2,
        recorded="confirmed",
        uses=("critical_iff_analytical_form_of_condition3",),
        notebook=_NB_PERTURB,
    ),
    Claim(
        id="higher_value_of_nonzero_output",
        reading=_R_PROP3,
        paper="zhou-liang-2018",
        label="Proposition 3",
        location="L234",
        kind="proposition",
        statement=r"Every point with $A_2 A_1 X \ne 0$ has arbitrarily close points with a higher value (item 3).",
        source="Any point in X := {(A1, A2) : A2A1X 6= 0} has a perturbation (A1, A2), which achieves a",
        check=_check_item3,
        recorded="confirmed",
        notebook=_NB_PERTURB,
    ),
    Claim(
        id="local_min_is_global_and_saddle_of_shallow",
        reading=_R_THEOREM2,
        paper="zhou-liang-2018",
        label="Theorem 2",
        location="L242-L243",
        kind="theorem",
        statement=(r"Every local minimum of $L$ is a global minimum, and every non-global critical point with "
                   r"$A_2 A_1 X \ne 0$ is a saddle point."),
        source=("The loss function L satisfies: 1) every local minimum is also a global minimum; 2) every "
                "non-global-minimum critical point in X is a saddle point."),
        check=_check_theorem2,
        recorded="confirmed",
        uses=("lower_value_same_rank_of_non_optimal_order", "lower_value_rank_plus_one_of_optimal_order",
              "higher_value_of_nonzero_output"),
        notebook=_NB_LANDSCAPE,
    ),
    Claim(
        id="saddle_not_strict_of_singular_scalar_example",
        reading=_R_SCALAR,
        paper="zhou-liang-2018",
        label="Theorem 2",
        location="L246-L247",
        kind="remark",
        statement=(r"For $L(a_2, a_1) = \frac12 (a_2 a_1 x - y)^2$ with $y = 0$, the point $a_1 = 0$, $a_2 = 1$ is a "
                   r"saddle point whose Hessian $(x^2, 0; 0, 0)$ has no negative eigenvalue."),
        source=("Consider the case y = 0. Then, the Hessian at the saddle point a1 = 0, a2 = 1 is [x2 , 0; 0, 0], "
                "which does not have any negative eigenvalue."),
        check=_check_scalar_remark,
        recorded="refuted", recorded_finding="error",
        uses=("local_min_is_global_and_saddle_of_shallow",),
        notebook=_NB_LANDSCAPE,
    ),
    Claim(
        id="relu_cone_critical_iff_form_of_one_hidden_unit",
        paper="zhou-liang-2018",
        label="Proposition 7",
        location="L406-L407",
        kind="proposition",
        statement=(r"With $d_1 = 1$, the nonzero critical points of $L_N$ in $K_{\{1\}\times J}$ are the points "
                   r"$A_1 = c^{-1} v^T U_J^T Y_{:,J} X_{:,J}^+ + \ell^T - \ell^T X_{:,J} X_{:,J}^+$, $A_2 = c U_J v$ "
                   r"(15) ($v$ a unit vector on one eigenvalue of $\Sigma_J$) that satisfy (16)-(17)."),
        source="Then, any nonzero critical point of LN within K{1}×J can be necessarily and suffi- Ciently characterized by",
        check=_check_prop7,
        recorded="confirmed",
        uses=("critical_iff_analytical_form_of_condition3",),
        notebook=_NB_RELU,
        reading=RELU_READING + "; this entry checks open cones only (boundary points: relu_form_of_local_min_in_cone, "
                               "critical_of_relu_form_at_cone_boundary)",
    ),
    Claim(
        id="relu_local_min_of_example_first_cone",
        paper="zhou-liang-2018",
        label="Example 1",
        location="L433",
        kind="example",
        statement=(r"For $X = I_2$, $Y = \operatorname{diag}(2, 1)$, $d_1 = 1$, $J = \{1\}$: $\Sigma_J = "
                   r"\operatorname{diag}(4, 0)$, and $c = 1$, $v = (1, 0)^T$, $\ell = (1, -1)^T$ give a local minimum "
                   r"of $L_N$ in $K_{I\times J}$ with $L_N = \frac12$."),
        source="Then choosing C = 1, v = (1, 0)T, `1 = (1, -1)T yields a local minimum in KI×J, because",
        check=_check_example_first_cone,
        recorded="confirmed",
        uses=("relu_cone_critical_iff_form_of_one_hidden_unit",),
        notebook=_NB_RELU,
        reading=RELU_READING + "; the extracted 'LN = 11' reads 1/2 (INDEX.md)",
    ),
    Claim(
        id="relu_local_min_value_two_of_example_second_cone",
        paper="zhou-liang-2018",
        label="Example 1",
        location="L438",
        kind="example",
        statement=(r"For the same data and $J' = \{2\}$: $\Sigma_{J'} = \operatorname{diag}(0, 1)$, so "
                   r"$U_{J'} = [e_2, e_1]$, and $c = 1$, $v = (1, 0)^T$, $\ell = (-1, 0)^T$ give a local minimum of $L_N$ "
                   r"with $L_N = 2$."),
        source="C = 1, v = (1, 0)T, `1 = (-1, 0)T yields a local minimum that achieves the function value Ln = 2.",
        check=_check_example_second_cone,
        recorded="confirmed",
        uses=("relu_cone_critical_iff_form_of_one_hidden_unit",),
        notebook=_NB_RELU,
        reading=RELU_READING + "; here U_J' = [e2, e1], which is what makes the printed condition "
                               "'c^{-1}(v)_1 >= 0, (ell)_1 < 0' the conditions (16)-(17) on samples 2 and 1",
    ),
    Claim(
        id="relu_constant_two_of_example_empty_cone",
        paper="zhou-liang-2018",
        label="Example 1",
        location="L440-L441",
        kind="example",
        statement=(r"For the same data and $J'' = \emptyset$, $L_N$ is the constant $2$ on $K_{I\times J''}$ (as "
                   r"extracted), and all its points are local minima or local maxima."),
        source=("the function LN remains to be the constant 2, and all points in this cone are local minimum or local "
                "maximum."),
        check=_check_example_empty_cone,
        recorded="refuted", recorded_finding="extraction",
        notebook=_NB_RELU,
        reading=RELU_READING + "; the constant is read as extracted, '2'; the extraction drops digits of stacked "
                               "fractions in this paragraph, so the printed value may be 5/2 (finding: extraction)",
    ),
    Claim(
        id="local_min_not_global_and_local_max_of_relu",
        paper="zhou-liang-2018",
        label="Proposition 8",
        location="L427",
        kind="proposition",
        statement=(r"For one-hidden-layer ReLU networks, $L_N$ can have a local minimum that is not a global minimum, "
                   r"and a local maximum."),
        source="there exists local minimum that is not global minimum, and there also exists local maximum.",
        check=_check_prop8,
        recorded="confirmed",
        uses=("relu_local_min_of_example_first_cone", "relu_local_min_value_two_of_example_second_cone"),
        notebook=_NB_RELU,
        reading=RELU_READING + "; a local maximum includes non-strict ones (the paper's own example is a constant "
                               "cone)",
    ),
    Claim(
        id="loss_eq_half_trace_minus_captured_of_deep_critical",
        reading=_R_DEEP,
        paper="zhou-liang-2018",
        label="Proposition 4",
        location="L305",
        kind="proposition",
        statement=(r"Any critical point of $L_D = \frac12 \lVert A_\ell \cdots A_1 X - Y \rVert_F^2$ satisfies "
                   r"$L_D = \frac12 (\operatorname{tr}(Y Y^T) - \sum_{i=1}^{r(0)} p_i(0) \sigma_i(0))$, the pattern "
                   r"$p(0)$ being that of $\mathrm{col}(A_{(\ell,2)})$ in the eigenspaces of $\Sigma_0 = Y X^+ X Y^T$."),
        source="Proposition 4. Any critical point (Ai, . . . , A') ofLD satisfies",
        check=_check_prop4,
        recorded="confirmed",
        uses=("loss_eq_half_trace_minus_captured_of_critical",),
        notebook=_NB_DEEP,
    ),
    Claim(
        id="global_min_iff_full_capture_of_deep_pattern",
        reading=_R_DEEP,
        paper="zhou-liang-2018",
        label="Proposition 5",
        location="L309-L310",
        kind="proposition",
        statement=(r"A critical point of $L_D$ is a global minimizer iff (case 1) $\min\{d_\ell, \dots, d_1\} \le "
                   r"\sum_i m_i(0)$, $A_{(\ell,2)}$ has maximal rank and $p(0)$ fills $\sigma_1(0), \sigma_2(0), \dots$ in "
                   r"order, or (case 2) $\min\{d_\ell, \dots, d_1\} > \sum_i m_i(0)$ and $p_i(0) = m_i(0)$ for all $i$."),
        source="A critical point (Ai,..., a`) of LD is a global minimizer if and only if it falls into the following two cases.",
        check=_check_prop5,
        recorded="confirmed",
        uses=("loss_eq_half_trace_minus_captured_of_deep_critical", "global_min_iff_full_capture_of_pattern"),
        notebook=_NB_DEEP,
    ),
)
