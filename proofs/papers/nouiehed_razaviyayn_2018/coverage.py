"""Coverage of ``nouiehed-razaviyayn-2018``: its numbered statements and proof steps, with the claims that check them.

Line ranges are of ``../shared/papers/002_0e8b425a7303cc6d.txt`` (main text and appendices A-C).  A proof is one row
unless a claim checks one of its steps on its own.  See :mod:`proofs.coverage.table`.

References
----------
* ``nouiehed-razaviyayn-2018``, Sections 1-6, Observation 1, Examples 2-3, Proposition 4, Theorem 5, Remark 1,
  Lemmas 6-7, Theorem 8, Corollary 9, Lemmas 10-11, Theorem 12, Appendices A-C (Lemmas 13-17, Proposition 18,
  Lemma 19).
"""

from __future__ import annotations

from proofs.coverage.table import Statement as S

__all__ = ["STATEMENTS"]

_THEOREM5 = ("locally_open_iff_kernel_conditions_of_equal_ranks",)
_NARROW = ("local_min_not_global_of_narrow_pair_construction",
           "local_min_not_global_on_critical_set_of_narrow_pair_construction")
_WIDE = ("local_min_is_global_of_wide_pair",)
_LEMMA19 = ("global_min_or_descent_of_degenerate_kernels",)
_PROP18 = ("locally_open_iff_kernel_conditions_of_rank_deficient_case",)

STATEMENTS = (
    S("Section 1, notation", "L56-L77", "norms, null spaces, (non-)degenerate points, second order saddles, the "
      "feedforward network F_h", excluded="definition"),
    S("Section 1, prior results", "L87-L96", "Lu & Kawaguchi: with X, Y of full row rank every local optimum of (2) "
      "is global", excluded="cited"),
    S("Section 1, counterexample", "L100-L103", "X = I, W_3, W_2 = 0, W_1 = (1 0), Y: a local optimum of the "
      "three-layer problem (2) that is not global (Y is lost in the extraction)", excluded="not extracted"),
    S("Section 1, summary of results", "L104-L125", "the results of Sections 5-6 announced", excluded="restated"),
    S("Section 2, global values", "L139-L141", "problems (5) and (6) have the same global optimal value, and global "
      "optima correspond through F"),
    S("Section 2, open maps", "L148-L152", "open and locally open mappings", excluded="definition"),
    S("Section 2, facts on open maps", "L153-L155", "openness implies local openness; locally open everywhere iff "
      "open; compositions of (locally) open maps are (locally) open"),
    S("Observation 1", "L156-L159", "F locally open at W and W a local minimum of (5): F(W) is a local minimum of "
      "(6)"),
    S("Proof of Observation 1", "L161-L164", "by local openness B_delta(F(W)) lies in F(B_eps(W))",
      claims=("local_min_of_auxiliary_of_locally_open",)),
    S("Section 2, symmetries", "L165-L170", "permuting the weights of a layer keeps the objective: several "
      "(disconnected) global optima, hence non-convexity", excluded="informal"),
    S("Example 2", "L172-L182", "w -> w^2 is open onto its range: the local minima w = -1, +1 of (7) map to z = 1 "
      "of (8) and are global"),
    S("Example 3", "L192-L198", "with (W_1, W_2) every (W_1 Q_1, Q_2 W_2), Q_1 Q_2 = I, is a local minimum"),
    S("(9)", "L199-L201", "the range of M(W_1, W_2) = W_1 W_2 is {Z : rank Z <= min{m, n, k}}",
      excluded="standard"),
    S("Section 2, prior work on open maps", "L206-L215", "Rudin, Horowitz, Behrends", excluded="cited"),
    S("Section 2, example", "L220-L224", "k < min{m, n}: M is not locally open in R^{m x n} at (W_1, (1 1)) but is in "
      "its range (every rank-one perturbation is reached)"),
    S("Proposition 4", "L237-L244", "Behrends: for k >= min{m, n}, local openness iff 2) iff 3)"),
    S("Theorem 5", "L248-L258", "k < min{m, n}: not locally open if the ranks differ; otherwise i)-v) are "
      "equivalent"),
    S("Section 3, conditions i) and ii)", "L259-L263", "i) and ii) are equivalent in the rank-deficient case but "
      "not in the full-rank case; equal ranks are necessary in the low-rank case"),
    S("Section 3, how much perturbation", "L264-L269", "for a locally open pair delta can be chosen of order eps"),
    S("Remark 1", "L270-L284", "W_1 full column and W_2 full row rank give local openness; for k < min{m, n} one "
      "full-rank factor alone does not (the example)"),
    S("(10)", "L288-L295", "the pyramidal nonlinear network", excluded="definition"),
    S("Section 4, convex image", "L296-L297", "X full column rank, continuous strictly monotone activations: the "
      "image of F_h is convex, so every local optimum of (6) is global"),
    S("Lemma 6", "L301-L302", "strictly monotone activations: F_h is locally open at W if all W_i have full row "
      "rank"),
    S("Section 4, monotone activations", "L303-L304", "logistic, tanh and leaky ReLU are strictly monotone",
      excluded="standard"),
    S("Proof of Lemma 6, base case", "L305-L306", "linear mappings are open, so F_1 is open (a linear map is open "
      "onto its range, and an entrywise strictly monotone continuous sigma is a homeomorphism onto its image)",
      excluded="standard"),
    S("Proof of Lemma 6, induction", "L307-L309", "Proposition 4 and composition of open maps",
      claims=("locally_open_of_full_row_rank_pyramidal",)),
    S("Section 4, local optima are global", "L310-L314", "by Observation 1 and the convex image, a local optimum of "
      "(10) with full row rank W_i is global for a convex loss (rests on Observation 1, confirmed, and the convex image, "
      "refuted)", claims=("local_min_of_auxiliary_of_locally_open", "image_convex_of_full_column_rank_monotone")),
    S("Section 4, Nguyen & Hein", "L315-L320", "critical points with full row rank W_i are global for "
      "differentiable activations and loss", excluded="cited"),
    S("(11), (12)", "L322-L331", "the two-layer problem and its rank-constrained auxiliary problem",
      excluded="definition"),
    S("Lemma 7", "L333", "every local minimum of (12) is global"),
    S("Section 5, deeper networks", "L335-L338", "Kawaguchi: all saddles second order for one hidden layer, not for "
      "deeper networks", claims=("saddle_not_strict_exists_of_two_hidden_layers",)),
    S("Section 5, Yun et al.", "L338-L343", "Yun et al.'s conditions; the full rank of Y X^T is not needed for "
      "non-degenerate points", excluded="cited"),
    S("Theorem 8", "L348-L349", "every local minimum of (11) is global; every degenerate saddle is second order"),
    S("Corollary 9", "L350-L351", "general convex loss: every degenerate critical point is a global minimum or a "
      "second order saddle"),
    S("(13), (14), M_{i,j}", "L355-L373", "the deep problem, its auxiliary problem and the product maps",
      excluded="definition"),
    S("Lemma 10", "L374-L376", "a non-degenerate W: M_{h,1} is locally open at W"),
    S("Lemma 11", "L381", "every non-degenerate local minimum of (13) is global"),
    S("Proof of Lemma 11", "L382-L384", "Lemma 10, Observation 1 (printed: Lemma 1) and Lemma 7",
      claims=("nondegenerate_local_min_is_global",)),
    S("Theorem 12 (narrow pair)", "L386-L388", "if d_{p2*} < min{d_h, d_0}, some rank deficient Y gives a local "
      "minimum that is not global", claims=_NARROW),
    S("Theorem 12 (otherwise)", "L388-L389", "otherwise every local minimum of (30) is global",
      claims=_WIDE + ("local_min_is_global_on_critical_set_of_wide_pair",)),
    S("Proof of Theorem 8, kernels", "L438-L445", "a degenerate critical point has N(W_2) != 0 or N(W_1^T) != 0 "
      "(rank-nullity: N(W_2) = 0 and N(W_1^T) = 0 make W_2 injective and W_1 onto, so rank W_2 W_1 = d_1 = min)",
      excluded="standard"),
    S("Proof of Theorem 8, global case", "L445-L447", "Delta X^T = 0 gives a global minimum by convexity",
      excluded="standard"),
    S("Proof of Theorem 8, optimality conditions", "L449-L456", "first and second order conditions along "
      "(W_2 + tA)(W_1 + tB): <A W_1 X + W_2 B X, Delta> = 0 and 2<ABX, Delta> + |A W_1 X + W_2 B X|^2 >= 0"),
    S("Proof of Theorem 8, descent directions", "L457-L477", "with b in N(W_2) (or a in N(W_1^T)) the choice of A, B "
      "gives alpha |b|^2 <X_i, Delta_j> + C >= 0 for all alpha: a second order saddle"),
    S("Proof of Theorem 8, non-degenerate case", "L478-L481", "Lemma 10, Observation 1 and Lemma 7",
      claims=("local_min_is_global_of_two_layer_any_data",)),
    S("Proof of Corollary 9", "L485-L501", "the same construction with a convex loss: 2<ABX, grad l> + h(A W_1 X, "
      "W_2 B X, W_2 W_1 X) >= 0"),
    S("Proof of Lemma 7, SVD reduction", "L504-L512", "|ZX - Y|^2 = |Z U_X Sigma_X(:, 1:r_X) - Y V_X(:, 1:r_X)|^2 + "
      "a constant, and the rank bound"),
    S("Proof of Lemma 7, conclusion", "L514-L518", "Lu & Kawaguchi's Theorem 2.2 on the reduced problem (17)",
      excluded="cited"),
    S("Proof of Lemma 10", "L522-L538", "h = 2: rank equalities, then Theorem 5 or Proposition 4; induction by "
      "replacing W_{p+1} W_p"),
    S("Appendix B, outline", "L541-L556", "the plan of the proof of Theorem 5", excluded="restated"),
    S("Lemma 13", "L557-L563", "rows B and A with V_{B^c} = A V_B and max |A_ij| <= 2^{m-r-1}"),
    S("Proof of Lemma 13", "L565-L641", "induction on m, exchanging a basis row, with the bound by the triangle "
      "inequality", excluded="standard"),  # basis exchange and triangle inequality; Lemma 13 has its own entry
    S("Lemma 14", "L643-L645", "local openness at (W_1, W_2) iff at (U^T W_1, W_2 V)"),
    S("Proof of Lemma 14", "L646-L674", "orthogonal U, V keep norms and ranks", excluded="standard"),
    S("Lemma 15", "L676-L684", "conditions (A) iff (B), (C) iff (D) under the orthogonal change"),
    S("Proof of Lemma 15", "L685-L692", "set W~_1 = U^T W_1, W~_2 = W_2 V", excluded="standard"),
    S("Lemma 16", "L693-L700", "equal ranks r, k < min{m, n}: i), ii), iii), iv) are equivalent"),
    S("Proof of Lemma 16", "L701-L731", "(20), (21): rank W~_2 = k - r and C(W~_2) = N(W_1); the converse for a "
      "generic eps; iii) iff iv) by a dimension count"),
    S("Lemma 17", "L732-L742", "i) and ii) give equal ranks and zero trailing rows and columns after the SVD"),
    S("Proof of Lemma 17", "L743-L761", "(22)-(27) give rank W_1 = rank W_2; the SVD gives the zero blocks"),
    S("Proposition 18", "L762-L767", "k < min{m, n}: M locally open in its range at (W_1, W_2) iff i) and ii)"),
    S("Proof of Proposition 18, only if", "L768-L793", "one rank-deficient factor alone is not locally open; "
      "Proposition 4 on the truncated product gives ii), the transpose i)"),
    S("Proof of Proposition 18, if", "L794-L872", "the perturbation W~ built from Lemma 17 and Lemma 13 reaches "
      "every nearby Sigma of rank <= k (the construction, checked at points)", claims=_PROP18),
    S("Proof of Proposition 18, the bound", "L873-L908", "|W'_1|, |W'_2| <= C delta: delta of order eps",
      claims=("linear_rate_of_locally_open_pair",)),
    S("Proof of Theorem 5", "L910-L922", "Proposition 18, Lemma 17 and Lemma 16 combined", claims=_THEOREM5),
    S("Appendix C, setup", "L926-L940", "problem (30), p1*, p2* and the statement", excluded="restated"),
    S("Lemma 19", "L941-L944", "degenerate W with nontrivial inner null spaces and N(W_h) or N(W_1^T) nontrivial: "
      "a global minimum or a saddle"),
    S("Proof of Lemma 19, N(W_h) != 0, Case a", "L945-L1013", "K non-empty: the direction (33) with (34) descends",
      claims=_LEMMA19),
    S("Proof of Lemma 19, N(W_h) != 0, Case b", "L1015-L1053", "K empty: the direction (35) descends",
      claims=_LEMMA19),
    S("Proof of Lemma 19, N(W_1^T) != 0", "L1054-L1099", "the mirrored Cases a and b with (37)-(40)"),
    S("Appendix C, convex loss", "L1100-L1101", "Lemma 19 holds for a general convex differentiable loss"),
    S("Theorem 12 [restated]", "L1102-L1105", "Theorem 12 as in Section 6", claims=_NARROW + _WIDE),
    S("Proof of Theorem 12, narrow pair", "L1106-L1154", "the partial identities with zero middle layers: a local "
      "minimum by Lemma 10, Proposition 4 and the optimality conditions, not global", claims=_NARROW),
    S("Proof of Theorem 12, rank(Y) small", "L1155-L1157", "the same method gives a non-global local minimum "
      "whenever rank(Y) <= min{d_h - d_p2, d_0 - d_p1}; full rank Y: every local minimum is global (cited)"),
    S("Proof of Theorem 12, three-layer counterexample", "L1158-L1212", "rank(Y) > min{d_h - d_p2, d_0 - d_p1}: "
      "the three-layer point is a local minimum (orders 2, 4, 6) that is not global"),
    S("Proof of Theorem 12, otherwise", "L1213-L1229", "replacing products at full-rank factors (Proposition 4, "
      "Observation 1) leaves Lemma 7, Theorem 8 or Lemma 19 with non-empty null spaces", claims=_WIDE),
)
