"""Coverage of ``laurent-vonbrecht-2018``: its numbered statements and proof steps, with the claims that check them.

Line ranges are of ``../shared/papers/000_4367757eb57ce04b.txt`` (two-column extraction: the columns interleave, so
a step's lines may sit between another column's lines).  See :mod:`proofs.coverage.table`.

References
----------
* ``laurent-vonbrecht-2018``, Theorems 1-3, Lemma 1, Claims 1-2, Section 3 (Concluding Remarks).
"""

from __future__ import annotations

from proofs.coverage.table import Statement as S

__all__ = ["STATEMENTS"]

_FAMILY = ("grad_eq_zero_of_critical_on_claim2_family",)

STATEMENTS = (
    S("Theorem 1", "L150-L151", "convex differentiable loss, thinnest layer at input or output: every local minimum "
      "is global"),
    S("Theorem 2", "L159-L164", "some convex, Lipschitz, non-differentiable loss has sub-optimal local minimizers",
      claims=("local_min_not_global_of_nonsmooth_convex_loss",)),
    S("Section 2, rank bound and (3)", "L255-L264", "a product (2) has rank at most min d_i; (3) min{d_1..d_{L-1}} >= "
      "min{d_L, d_0} is needed for (2) to generate all d_L x d_0 matrices"),
    S("Theorem 3", "L266-L288", "differentiable f and (3): at any local minimizer of (P2), grad f(A) = 0"),
    S("Proof of Theorem 1", "L290-L303", "(3) is equivalent to hypothesis (ii); Theorem 3 and convexity give a global "
      "minimum", claims=("local_min_is_global_of_convex_loss_of_wide_layers", "proof_identities_hold_of_theorem1")),
    S("(4)", "L333-L339", "the gradient defined by the first-order expansion", excluded="definition"),
    S("Lemma 1", "L341-L366", "grad_{W_k} F = W_{k+1,+}^T grad f(A) W_{k-1,-}^T"),
    S("(5)", "L429-L432", "truncated products W_{k,+} = W_L..W_k, W_{k,-} = W_k..W_1", excluded="definition"),
    S("Proof of Lemma 1, expansion", "L443-L454", "F(.., W_k + H, ..) = f(A + W_{k+1,+} H W_{k-1,-}) = f(A) + "
      "<grad f(A), W_{k+1,+} H W_{k-1,-}> + o(|H|)", 
      claims=("proof_identities_hold_of_theorem1", "product_perturbation_eq_of_one_layer")),
    S("Proof of Lemma 1, trace identity", "L461-L483", "<grad f(A), W_{k+1,+} H W_{k-1,-}> = <W_{k+1,+}^T grad f(A) "
      "W_{k-1,-}^T, H> by the cyclic trace", 
      claims=("proof_identities_hold_of_theorem1", "product_perturbation_eq_of_one_layer")),
    S("(6), (7)", "L375-L438", "a local minimizer is minimal on an eps_0-ball and satisfies the critical conditions "
      "(7) of Lemma 1", claims=("gradient_eq_closed_form_of_differentiable_loss",)),
    S("Proof of Theorem 3, trivial kernel", "L439-L509", "if ker W_{L-1,-} = {0}, condition (7)(iii) gives "
      "grad f(A) = 0", claims=_FAMILY),
    S("Proof of Theorem 3, transposition", "L583-L601", "it suffices to assume d_L >= d_0: local minima of "
      "f(W_L..W_1) and of g(W_1^T..W_L^T), g(A) = f(A^T), correspond"),
    S("(8), (9)", "L521-L546", "perturbations within eps_0/2 that keep the product", excluded="definition"),
    S("Claim 1", "L548-L554", "any tuple satisfying (8) and (9) is a local minimizer of F"),
    S("Proof of Claim 1", "L613-L636", "triangle inequality, then (9) with (6)", excluded="standard"),
    S("Proof of Theorem 3, kernel chain (10)-(12)", "L644-L666", "ker W_{k,-} increases with k; k* is the first k "
      "with a nontrivial kernel (W_{k+1,-} = W_{k+1} W_{k,-} kills what W_{k,-} kills; k* is then a definition)",
      excluded="standard"),
    S("Proof of Theorem 3, widths and SVD (13)", "L668-L685", "(3) and d_L >= d_0 give d_k >= d_0 for all k; the "
      "(d_0, d_0) entry of Sigma_k vanishes for k >= k* (min{d_1..d_{L-1}} >= min{d_L, d_0} = d_0; a d_k x d_0 matrix "
      "with a nontrivial kernel has rank < d_0, so its d_0-th singular value is 0)", excluded="standard"),
    S("Claim 2", "L687-L716", "the perturbation (16) satisfies (8) and (9)"),
    S("Proof of Claim 2", "L717-L806", "(8) from |delta w u^T| = delta; (17) by induction from u_k^T W_{k,-} = 0",
      claims=("truncated_products_eq_of_claim2_perturbation", "proof_identities_hold_of_theorem1")),
    S("Proof of Theorem 3, the family is critical", "L808-L841", "Claims 1 and 2: every tuple (16) is a local "
      "minimizer, so the critical conditions hold on the whole family", claims=_FAMILY),
    S("(18), (19)", "L847-L884", "for k* > 1, (ii) transposed and ker W_{k*-1,-} = {0} give (19); for k* = 1 from "
      "(i)", claims=_FAMILY),
    S("(20), (21)", "L885-L975", "delta = 0 gives (20); subtracting and multiplying by u_{k*} gives (21) for all unit "
      "w_{k*+1}", claims=_FAMILY),
    S("Proof of Theorem 3, induction", "L1013-L1033", "(21) for all w gives the next relation; grad f(A) = 0 "
      "follows by induction", claims=_FAMILY),
    S("Concluding Remarks, saddles for L >= 3", "L888-L889", "if L >= 3 the problem (P2) always has saddle points "
      "even though all local optima are global"),
    S("Concluding Remarks, Theorem 2 restated", "L891-L898", "F can have sub-optimal local minima for a convex, "
      "Lipschitz, non-differentiable f; the example proves Theorem 2", excluded="restated"),
    S("(22)", "L909-L920", "f(x, y) = |x| + (1 - y)_+ - 1 is convex and globally Lipschitz but not differentiable "
      "(|x| and (1 - y)_+ are maxima of affine maps, so convex and 1-Lipschitz; f(t, 0) = |t| has a kink at 0)",
      excluded="standard"),
    S("Section 3, arg min f", "L981-L983", "arg min f = {x = 0, y >= 1} and f_opt = -1"),
    S("(23)", "L984-L1015", "the two-layer problem has the sub-optimal local minimizer (23)",
      claims=("local_min_not_global_of_nonsmooth_convex_loss",)),
    S("Section 3, truncated cone", "L1015-L1111", "the products of a 1/4-neighborhood of (23) lie in the two-sided "
      "truncated cone", claims=("product_mem_truncated_cone_of_quarter_neighborhood",)),
    S("Section 3, sub-optimality of (23)", "L1127-L1138", "f(W_2 W_1) >= |x| >= 0 = f(W_2^ W_1^) on the "
      "neighborhood", claims=("local_min_not_global_of_nonsmooth_convex_loss",)),
    S("(24)", "L1138-L1148", "strict inequality on the neighborhood unless W_2 W_1 = 0"),
    S("Section 3, subdifferential", "L1161-L1168", "the subdifferential of f at 0 is {-1 <= x <= 1, y = 0}"),
    S("Section 3, no gradient at sub-optimal minima", "L1168-L1172", "if a convex f induces sub-optimal local "
      "minima, grad f cannot exist there", excluded="restated"),
    S("Concluding Remarks, critical points", "L1045-L1082", "Theorem 3 fails for critical points: the zero tuple is "
      "critical for L >= 3 while grad f(0) need not vanish"),
    S("Concluding Remarks, structural hypothesis", "L1174-L1197", "if d_l < min{d_0, d_L}, Theorem 3 fails for an f "
      "whose gradient vanishes only at full rank"),
    S("Concluding Remarks, convexity", "L1203-L1217", "for f = x^2 - y^2, (23) is a local minimizer of F while the "
      "origin is a saddle of f"),
)
