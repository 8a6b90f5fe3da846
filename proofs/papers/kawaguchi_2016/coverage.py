"""Coverage of ``kawaguchi-2016``: its numbered statements and proof steps, with the claims that check them.

Line ranges are of ``../shared/papers/001_1bd2be605ca711cd.txt`` (the main text; the appendix with the full proofs
is not included, so only the proof sketches of Section 4.3 are listed).  See :mod:`proofs.coverage.table`.

References
----------
* ``kawaguchi-2016``, Proposition 2.1, Conjecture 2.2, Theorem 2.3, Corollary 2.4, Proposition 3.1, Corollary 3.2,
  Lemmas 4.1-4.6, Corollary 4.5, the proof sketches of Section 4.3.
"""

from __future__ import annotations

from proofs.coverage.table import Statement as S

__all__ = ["STATEMENTS"]

STATEMENTS = (
    S("Section 2.1, model and loss", "L60-L88", "Y^(W, X) = W_{H+1}..W_1 X, L(W) = 1/2 |Y^ - Y|_F^2, p the smallest "
      "hidden width, Sigma = Y X^T (X X^T)^{-1} X Y^T", excluded="definition"),
    S("Proposition 2.1 (i)", "L96-L100", "H = 1 (Baldi & Hornik): L is convex in W_1 (in W_2) when the other is fixed",
      claims=("convex_in_each_layer_of_squared_loss",)),
    S("Proposition 2.1 (ii)", "L102", "H = 1 (Baldi & Hornik): every local minimum is global",
      claims=("local_min_is_global_of_one_hidden_layer",)),
    S("Conjecture 2.2 (i)", "L103-L108", "any depth: L is convex in each W_k when the others are fixed",
      claims=("convex_in_each_layer_of_squared_loss",)),
    S("Conjecture 2.2 (ii)", "L110", "any depth, the conditions of Proposition 2.1: every local minimum is global"),
    S("Theorem 2.3, hypotheses", "L121-L125", "X X^T, X Y^T full rank, d_y <= d_x, Sigma with distinct eigenvalues; "
      "any depth and widths (the claims test what happens when they fail)"),
    S("Theorem 2.3 (i)", "L126", "L is non-convex and non-concave"),
    S("Theorem 2.3 (ii)", "L128", "every local minimum is a global minimum"),
    S("Theorem 2.3 (iii)", "L129", "every critical point that is not a global minimum is a saddle point",
      claims=("local_min_is_global_of_full_rank_data", "global_min_or_saddle_on_critical_set_of_full_rank_data")),
    S("Theorem 2.3 (iv)", "L130-L131", "if rank(W_H..W_2) = p, the Hessian at any saddle has a negative eigenvalue"),
    S("Corollary 2.4 (H = 1)", "L132-L134", "for H = 1 the Hessian at any saddle has a negative eigenvalue"),
    S("Corollary 2.4 (H >= 2)", "L135-L137", "for H >= 2 there are saddles whose Hessian has no negative eigenvalue"),
    S("Section 2.3, Lipschitz Hessian", "L150-L152", "the Hessian of L is Lipschitz continuous (footnote 3: assumed "
      "smoothness); read as on bounded sets, which is all the remark on approaching a saddle uses, it holds for any "
      "polynomial L-bar (not globally for H >= 1: with one unit per layer d^2 L/dw_1^2 = w_2^2 x^2)",
      excluded="standard"),
    S("Section 2.3, training in polynomial time", "L152-L156", "for H = 1 training is polynomial with second-order "
      "or modified SGD methods", excluded="dynamics"),
    S("Section 3.1, the ReLU model", "L181-L206", "the nonlinear model with rectified linear units", excluded="definition"),
    S("Section 3.2, expected paths", "L243-L248", "under A1p-m and A5u-m, E_Z[Y^_{j,i}] = q sum_p [X_i] rho prod w",
      claims=("expected_output_eq_linear_of_bernoulli_paths",)),
    S("Proposition 3.1", "L285-L289", "Choromanska et al.: above a loss value the number of local minima diminishes "
      "exponentially", excluded="cited"),
    S("Corollary 3.2", "L299-L312", "with q = 1/rho the expected loss reduces to the deep linear loss; (i)-(iv) of "
      "Theorem 2.3 hold for it"),
    S("Section 4.1, uncountably many local minima", "L334-L335", "without A7p the number of local minima can be "
      "uncountable"),
    S("Section 4.1, first and second order conditions", "L336-L344", "for H >= 2 the first- and second-order "
      "conditions do not characterize the critical points (Corollary 2.4)", excluded="restated"),
    S("Section 4.1, notation", "L351-L382", "numerator-layout derivatives of vec(W_k^T), r, C, U, U_pbar",
      excluded="definition", claims=()),
    S("Section 4.1, range of pbar", "L378-L379", "pbar = rank(C) lies in {1, ..., min(d_y, p)}"),
    S("Lemma 4.1", "L390-L398", "W is critical iff (W_{H+1}..W_{k+1} (x) (W_{k-1}..W_1 X)^T)^T vec(r) = 0 for all k"),
    S("Lemma 4.2", "L399-L401", "at a critical point W_{H+1}..W_1 = C (C^T C)^- C^T Y X^T (X X^T)^{-1}"),
    S("Lemma 4.3", "L403-L471", "the Hessian blocks in Kronecker form"),
    S("Lemma 4.4", "L473-L475", "semidefinite Hessian at a critical point: R((W_{k-1}..W_2)^T) in R(C^T C) or "
      "X r W_{H+1}..W_{k+1} = 0"),
    S("Corollary 4.5", "L477-L480", "rank(W_{H+1}..W_k) >= rank(W_{k-1}..W_2) or X r W_{H+1}..W_{k+1} = 0"),
    S("Lemma 4.6", "L482-L485", "PSD Hessian at a critical point: C (C^T C)^- C^T = U_pbar U_pbar^T or X r = 0"),
    S("Proof of Theorem 2.3 (ii), Case I", "L498-L502", "rank(W_H..W_2) = p, d_y <= p: Corollary 4.5 or Lemma 4.6 "
      "give X r = 0, a global minimum"),
    S("Proof of Theorem 2.3 (ii), Case II", "L503-L508", "rank(W_H..W_2) = p, d_y > p: rank(C) = p and the product is "
      "U_p U_p^T Y X^T (X X^T)^{-1}, a global minimum"),
    S("Proof of Theorem 2.3 (ii), Case III reduction", "L509-L515", "if rank(C) >= min(p, d_y) every local minimum "
      "is global; otherwise perturb without changing the loss"),
    S("Proof of Theorem 2.3 (ii), Case III base step", "L516-L522", "W_1 = (C^T C)^- C^T Y X^T (X X^T)^{-1} + "
      "(I - (C^T C)^- C^T C) L_1; a small perturbation gives rank(W_1) >= min(p, d_y)"),
    S("Proof of Theorem 2.3 (ii), Case III inductive step", "L523-L531", "Lemma 4.4's second condition; a small "
      "perturbation gives rank(W_k..W_1) >= min(p, d_x)"),
    S("Proof of Theorem 2.3 (ii), Case III conclusion", "L532-L538", "rank(C) >= rank(W_{H+1}..W_1) >= min(p, d_x) "
      "after a loss-preserving perturbation, hence rank(C) >= min(p, d_y)"),
    S("Proof of Theorem 2.3 (i)", "L540-L542", "the domain contains uncountably many points where the Hessian is "
      "indefinite"),
    S("Proof of Theorem 2.3 (iii), increasing direction", "L543-L546", "(iii) with (ii) is equivalent to no local "
      "maxima; if W_{H+1}..W_2 != 0 the loss strictly increases in some direction of W_1",
      claims=("loss_strictly_increases_along_w1_of_nonzero_upper_product",)),
    S("Proof of Theorem 2.3 (iii), W_{H+1}..W_2 = 0", "L546-L549", "negative semidefinite Hessian: a loss-preserving "
      "perturbation makes W_{H+1}..W_2 != 0"),
    S("Proof of Theorem 2.3 (iv)", "L550-L552", "rank(W_H..W_2) = p and a PSD Hessian at a critical point give a "
      "global minimum (Cases I and II)", claims=("saddle_strict_of_middle_rank_eq_min_width",)),
    S("Proof of Corollary 3.2", "L553-L557", "the activations disappear in expectation",
      claims=("expected_output_eq_linear_of_bernoulli_paths",)),
)
