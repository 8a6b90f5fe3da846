"""Coverage of ``zhang-2019``: its numbered statements and proof steps, with the claims that check them.

Line ranges are of ``../shared/papers/004_57643b188c200552.txt``, where a line is a whole paragraph: several steps
share a line, so most rows name their claims explicitly.  See :mod:`proofs.coverage.table`.

References
----------
* ``zhang-2019``, Theorems 1-3, Corollaries 1-2, Lemmas 1-2 and their proofs, Section 2's facts.
"""

from __future__ import annotations

from proofs.coverage.table import Statement as S

__all__ = ["STATEMENTS"]

_THEOREM1 = ("no_spurious_local_min_iff_two_layer_of_bottleneck",)
_TOWERS = ("no_spurious_local_min_of_multi_tower_wide_bottleneck",)

STATEMENTS = (
    S("Theorem 1", "L23", "L_k has no spurious local minima iff L_2(A, B) = f(AB) through the bottleneck has none"),
    S("Theorem 2", "L29", "a spurious local minimum (A, B) of L_2 has A and B of full rank"),
    S("Corollary 1", "L33", "|M_k..M_1 X - Y|^2 has no spurious local minima, for any X and Y"),
    S("Corollary 2 (iff)", "L37", "a multi-tower network has no spurious local minima iff the two-layer AB with "
      "inner width b = sum b_i has none", claims=("spurious_local_min_lifts_to_multi_tower_of_two_layer",)),
    S("Corollary 2 (b >= m, n)", "L37", "if b >= m, n the multi-tower network has no spurious local minima",
      claims=_TOWERS),
    S("Section 2, deep linear networks and the loss", "L55-L61", "Phi(x) = M_k..M_1 x, bottleneck, "
      "f(A) = sum f_y(Ax)", excluded="definition"),
    S("Section 2, f convex", "L61", "if the f_y are convex and differentiable so is f", excluded="standard"),
    S("Section 2, chain rule", "L63", "for L(X, Y) = f(XY): dL/dX = f'(XY) Y^T and dL/dY = X^T f'(XY)"),
    S("Section 2, gradient of L_k", "L65", "at a local minimum dL/dM_i = (M_k..M_{i+1})^T f'(M_k..M_1) "
      "(M_{i-1}..M_1)^T = 0"),
    S("Theorem 3", "L69", "Laurent & von Brecht's Theorem 3: no bottleneck, convex differentiable f: every local "
      "minimum of L_k is a global minimum of f", claims=("grad_eq_zero_of_local_min_of_wide_layers",)),
    S("Proof of Theorem 1, no bottleneck", "L73-L77", "without a bottleneck Theorem 3 gives the statement",
      claims=("grad_eq_zero_of_local_min_of_wide_layers",)),
    S("Lemma 1", "L79", "at a local minimum, f'(AB) = 0 or rank A = rank B = d"),
    S("Proof of Theorem 1, factorization", "L83", "every (A, B) factors through the bottleneck; a spurious local "
      "minimum of L_2 gives one of L_k", claims=_THEOREM1 + ("spurious_local_min_lifts_of_bottleneck_factorization",)),
    S("Proof of Theorem 1, f'(AB) = 0", "L85", "f'(AB) = 0 makes AB a global minimum of the convex f",
      excluded="standard"),
    S("Proof of Theorem 1, lifting step", "L87", "rank A = d gives rank A_1 = d, and every D = D_1 A_1 with "
      "|D_1| <= c |D|: perturbations of A are perturbations of M_k (printed: M_1)"),
    S("Proof of Theorem 1, conclusion", "L89", "a spurious local minimum of L_k maps to the spurious local minimum "
      "(A, B) of L_2", claims=("spurious_local_min_lifts_of_bottleneck_factorization",)),
    S("Proof of Theorem 2", "L91-L93", "k = 2, j = 1: f'(AB) != 0 at a spurious local minimum, then Lemma 1",
      claims=("full_rank_factors_of_spurious_local_min_two_layer",)),
    S("Lemma 2", "L95-L97", "at a local minimum of L_k, dL_2/dA(A, B) = 0 and dL_2/dB(A, B) = 0"),
    S("Proof of Lemma 2", "L99", "M_{j+1}..M_k is a local minimum of L~_B without a bottleneck; Theorem 3",
      excluded="standard"),
    S("Proof of Lemma 1, transposition", "L105", "the B half follows from g(X) = f(X^T)",
      claims=("grad_zero_or_full_rank_split_of_local_min",)),
    S("Proof of Lemma 1, kernel vectors", "L105-L107", "rank M_k..M_i <= r < d_{i-1} gives w_{i-1} != 0 with "
      "M_k..M_i w_{i-1} = 0 and M_k..M_i (M_{i-1} + w_{i-1} v^T) = M_k..M_{i-1}",
      claims=("product_eq_of_kernel_rank_one_perturbation",)),
    S("(1)", "L109-L116", "M_k..M_{j+1} (M_j + w_j v_j^T)..(M_1 + w_1 v_1^T) = M_k..M_1, by induction"),
    S("Proof of Lemma 1, perturbed local minimum", "L118", "M~ is a local minimum too (Laurent & von Brecht, "
      "Claim 1)", claims=("local_min_of_product_preserving_perturbation",)),
    S("(2)", "L120-L122", "f'(AB) B~^T = 0 for every M~ so constructed (Lemma 2 at M~)",
      claims=("split_gradients_zero_of_local_min", "local_min_of_product_preserving_perturbation")),
    S("Proof of Lemma 1, the subspace V", "L124-L128", "(2) gives R(B~) in V = {v : f'(AB) v = 0}",
      excluded="standard"),
    S("Proof of Lemma 1, construction", "L130-L135", "the v_i chosen from i* give a row of B~ outside V, "
      "contradicting (2)"),
    S("Proof of Corollary 1", "L137", "Theorem 1 and Zhou & Liang's Theorem 2(1)",
      claims=("no_spurious_local_min_of_squared_loss_any_data",)),
    S("Proof of Corollary 2, a tower without bottleneck", "L139", "if some tower has no bottleneck, fixing the "
      "other towers gives the statement (printed: by Theorem 1)"),
    S("Proof of Corollary 2, ranks", "L141", "at a local minimum f'(M) = 0 or all A_i, B_i have full rank"),
    S("Proof of Corollary 2, stacking", "L143-L145", "with A = (A_1..A_s), B = (B_1; ..; B_s), perturbations of "
      "A, B are perturbations of the towers: (A, B) is a spurious local minimum of AB",
      claims=("tower_reduction_steps_hold_of_multi_tower",)),
    S("Proof of Corollary 2, b >= m, n", "L145", "if b >= m, n Theorem 3 gives a global minimum of f",
      claims=_TOWERS),
)
