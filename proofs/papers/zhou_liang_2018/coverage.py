"""Coverage of ``zhou-liang-2018``: its numbered statements and proof steps, with the claims that check them.

Line ranges are of ``../shared/papers/003_c2e26b3dede09de9.txt`` (main text and supplement).  A proof is one row
unless a claim checks one of its steps on its own.  See :mod:`proofs.coverage.table`.

References
----------
* ``zhou-liang-2018``, Theorems 1-4, Propositions 1-8, Remark 1, Example 1, Lemma 1, Fact 1, the supplement's
  proofs.
"""

from __future__ import annotations

from proofs.coverage.table import Statement as S

__all__ = ["STATEMENTS"]

_PROP3 = ("lower_value_same_rank_of_non_optimal_order", "lower_value_rank_plus_one_of_optimal_order",
          "higher_value_of_nonzero_output")
_THEOREM4 = ("deep_lower_value_same_rank_of_non_optimal_order", "deep_lower_value_rank_plus_one_of_optimal_order",
             "deep_higher_value_of_nonzero_output")

STATEMENTS = (
    S("Section 1, notation", "L136-L140", "pseudoinverse, column space, kernel, sub-matrices, projections",
      excluded="definition"),
    S("Section 2, the shallow loss", "L142-L160", "L = 1/2 |A_2 A_1 X - Y|_F^2, Sigma = Y X^+ X Y^T and its "
      "singular values sigma_i with multiplicities m_i", excluded="definition"),
    S("Theorem 1", "L162-L170", "critical points iff the forms (1)-(2) with L_1, block V, invertible C and "
      "condition (3)"),
    S("Section 2, uncountably many critical points", "L174", "in general the set of critical points is "
      "uncountable"),
    S("Section 2, L_1 = 0", "L175-L178", "L_1 = 0 guarantees (3): (C^{-1} V^T U^T Y X^+, U V C) is a critical point "
      "for every invertible C and block V"),
    S("Remark 1", "L183-L186", "sum p_i + pbar = rank(A_2)"),
    S("Proposition 1", "L187", "any critical point has L = 1/2 (Tr(Y Y^T) - sum p_i sigma_i)"),
    S("Proposition 2", "L197-L204", "a critical point is a global minimizer iff Case 1 or Case 2"),
    S("Section 2, after Proposition 2", "L205-L212", "A_2 must be full rank in Case 1, and so is A_1 under Baldi & "
      "Hornik's assumptions on the sizes and the data"),
    S("Section 2, two categories", "L213-L218", "non-global-minimum critical points are of non-optimal or of optimal "
      "order"),
    S("Section 2, the categories are not global", "L219-L225", "non-optimal-order and optimal-order critical points "
      "cannot be global minimizers", claims=("global_min_iff_full_capture_of_pattern",)),
    S("Proposition 3 (1)", "L228-L231", "a non-optimal-order critical point has a nearby point with the same rank "
      "of A_2 and a lower value"),
    S("Proposition 3 (2)", "L232-L233", "an optimal-order critical point has a nearby point with rank(A_2) + 1 and a "
      "lower value", claims=("lower_value_rank_plus_one_of_optimal_order",
                             "lower_value_with_rank_on_critical_set_of_rank_one_products")),
    S("Proposition 3 (3)", "L234-L235", "any point with A_2 A_1 X != 0 has a nearby point with a higher value"),
    S("Proposition 3, consequences", "L236-L238", "items 1 and 2: every non-global critical point has a descent "
      "direction, so local minimizers are global", claims=("local_min_is_global_and_saddle_of_shallow",)),
    S("Proposition 3, no local maximum", "L238-L241", "item 3: no local or global maximizer in X; non-global "
      "critical points in X have descent and ascent directions"),
    S("Theorem 2", "L242-L243", "every local minimum is global; every non-global critical point in X is a saddle"),
    S("Section 2, non-strict saddles", "L244-L247", "for a_2 a_1 x with y = 0 the saddle (0, 1) has Hessian "
      "(x^2, 0; 0, 0)"),
    S("Section 2, perturbation schemes", "L248-L267", "how the proofs of items 1 and 2 perturb", excluded="informal"),
    S("Section 3, the deep loss", "L269-L278", "L_D, Sigma_k, A_(i,j)", excluded="definition"),
    S("Theorem 3", "L279-L289", "critical points of L_D iff the recursive forms (4)-(5) with condition (6)"),
    S("Section 3, recursive forms", "L290-L296", "how (4)-(5) give the individual matrices; the first condition of "
      "(6) is a consistency condition", excluded="informal"),
    S("Section 3, L_k = 0", "L297-L301", "L_k = 0 satisfies (6): critical points for any invertible C_k and proper "
      "V_k"),
    S("Proposition 4", "L305-L306", "any critical point has L_D = 1/2 (Tr(Y Y^T) - sum p_i(0) sigma_i(0))"),
    S("Proposition 5", "L309-L317", "a critical point of L_D is a global minimizer iff Case 1 or Case 2"),
    S("Section 3, after Proposition 5", "L318-L320", "in Case 1, with invertible data and square parameter "
      "matrices, all global minima have full rank parameter matrices"),
    S("Section 3, Kawaguchi", "L321-L327", "Kawaguchi's result under his assumptions", excluded="cited"),
    S("Section 3, deep categories", "L328-L337", "deep-non-optimal and deep-optimal order", excluded="definition"),
    S("Theorem 4 (1)", "L339-L342", "a deep-non-optimal-order critical point has a nearby point with a lower value"),
    S("Theorem 4 (2)", "L343-L344", "a deep-optimal-order critical point has a nearby point with rank(A_l) + 1 and "
      "a lower value"),
    S("Theorem 4 (3)", "L345-L346", "any point with A_(l,1) X != 0 has a nearby point with a higher value"),
    S("Theorem 4, consequences", "L347-L348", "local minima of the two types are global; critical points of these "
      "types in X_D are saddles", claims=_THEOREM4 + ("local_min_is_global_on_critical_set_of_deep",)),
    S("Section 3, the remaining case", "L349-L355", "non-global critical points outside both categories are left "
      "open"),
    S("(7), (8)", "L357-L375", "the ReLU loss L_N and the cones K_{IxJ}", excluded="definition"),
    S("(9)", "L376-L378", "within K_{IxJ}, L_N = 1/2 |(A_2)_{:,I} (A_1)_{I,:} X_{:,J} - Y_{:,J}|^2 + "
      "1/2 |Y_{:,J^c}|^2"),
    S("Section 4, reduction to Theorem 1", "L379-L387", "within a cone L_N is a shallow linear loss, so Theorem 1 "
      "characterizes its critical points", excluded="restated"),
    S("Proposition 6", "L388-L399", "critical points of L_N in K_{IxJ} iff (10)-(12); they exist iff (13)-(14)"),
    S("Proposition 7", "L400-L414", "d_1 = 1: nonzero critical points in K_{1xJ} iff (15); they exist iff (16)-(17)"),
    S("Section 4, condition (12) for d_1 = 1", "L415-L417", "(12) holds because P_ker(v) = 0 for v != 0",
      excluded="standard"),
    S("Section 4, local minimum of a cone", "L418-L425", "with v on sigma_1(J) the critical point is a local minimum "
      "with L_N = 1/2 Tr(Y Y^T) - 1/2 sigma_1(J)"),
    S("Proposition 8", "L426-L428", "ReLU networks have local minima that are not global, and local maxima"),
    S("Example 1", "L429-L442", "X = I, Y = diag(2, 1), d_1 = 1: local minima of values 1/2 (printed 11) and 2, and "
      "a cone where L_N is the constant 2"),
    S("Supplement, vec identities", "L519-L526", "(19)-(21) for vec and Kronecker products", excluded="standard"),
    S("(23), (24)", "L527-L530", "the critical point conditions: the gradients of L in A_1 and A_2 vanish",
      claims=("gradient_eq_vec_kronecker_of_squared_loss",)),
    S("Lemma 1", "L531-L533", "at a critical point A_1 has the form (25) and P Sigma P = Sigma P = P Sigma (26)"),
    S("Proof of Lemma 1", "L534-L554", "solve the vectorized linear system; multiply (25) and (24)",
      claims=("first_layer_form_and_projector_commutes_of_critical",)),
    S("Proof of Theorem 1, form of A_2", "L556-L572", "P_col(U^T A_2) is block diagonal with projections of ranks "
      "p_i, so A_2 = U V C (a projection commuting with Lambda preserves its eigenspaces, each block is V_i V_i^T, "
      "and equal column spaces give an invertible C; its input (26) is "
      "first_layer_form_and_projector_commutes_of_critical)",
      excluded="standard"),
    S("Proof of Theorem 1, condition (3)", "L573-L592", "the remaining condition grad_{A_2} L = 0 reads (3) (points "
      "of the form (1)-(2) already have grad_{A_1} L = 0; the entry checks critical iff (3) on them, (3) violated "
      "included)", claims=("critical_iff_analytical_form_of_condition3",)),
    S("Proof of Proposition 1", "L594-L612", "(28): L = 1/2 Tr(Y Y^T) - 1/2 Tr(P_col(A_2) Sigma) at points of (23); "
      "then the block pattern"),
    S("Proof of Proposition 2", "L613-L626", "Cases (1) and (2) from Proposition 1",
      claims=("global_min_iff_full_capture_of_pattern",)),
    S("Proof of Proposition 3, item 1", "L627-L663", "rotate u_j towards u_i: L decreases by eps^2/(1 + eps^2) "
      "(sigma_i - sigma_j) (printed; half of it by (28))",
      claims=("lower_value_same_rank_of_non_optimal_order",
              "swap_decrease_eq_of_non_optimal_order", "swap_decrease_eq_half_of_non_optimal_order")),
    S("Proof of Proposition 3, item 2", "L665-L738", "the rank-one perturbation with eps_2 = eps_1^2: (30)-(31) and "
      "the three trace terms give O(eps^4) - O(eps^3) < 0",
      claims=("lower_value_rank_plus_one_of_optimal_order",)),
    S("Fact 1", "L739-L742", "f(alpha) = 1/2 |alpha a^T - y^T|^2 is strongly convex, so some nearby alpha is higher",
      excluded="standard"),
    S("Proof of Proposition 3, item 3", "L743-L747", "scale a nonzero row of A_2",
      claims=("higher_value_of_nonzero_output",)),
    S("Proof of Theorem 3", "L748-L771", "(32)-(36): the linear systems, P Sigma_{k-1} P = Sigma_{k-1} P, and (6) "
      "from grad_{A_l} L_D = 0"),
    S("Proof of Proposition 4", "L772-L788", "(37) and the block pattern of V_0"),
    S("Proof of Proposition 5", "L789-L801", "A_(l,2) ranges over the matrices B_2 of rank <= min d_i; L_D and L "
      "have the same global minimum, so p_i(0) = p_i"),
    S("Proof of Theorem 4, item 1", "L802-L814", "the perturbation M_k of U_k S_k and A_{k+1} from (4)",
      claims=("deep_lower_value_same_rank_of_non_optimal_order",)),
    S("Proof of Theorem 4, item 1, value", "L815-L821", "L decreases by eps^2/(1 + eps^2) (sigma_i(k) - sigma_j(k)) "
      "(as extracted, a 1/2 possibly lost; the proof's own lines give half of it, as in the shallow formula)",
      claims=("deep_swap_decrease_eq_half_of_non_optimal_order",)),
    S("Proof of Theorem 4, item 2", "L822-L827", "with A_(l-2,1) fixed, Proposition 3's scheme for (A_l, A_{l-1})",
      claims=("deep_lower_value_rank_plus_one_of_optimal_order",)),
    S("Proof of Theorem 4, item 3 and conclusion", "L828-L832", "scale a nonzero row of A_l; items 1-3 give the "
      "consequences", claims=_THEOREM4),
)
