"""Laurent and von Brecht (2018), Deep Linear Networks with Arbitrary Loss: All Local Minima Are Global.

Main results
------------
* ``gradient_eq_closed_form_of_differentiable_loss`` -- for an arbitrary differentiable
  :math:`f`, :math:`\\nabla_{W_k} F = W_{k+1,+}^T \\nabla f(A) W_{k-1,-}^T`.
* ``local_min_is_global_of_convex_loss_of_wide_layers`` -- Theorem 1: with a convex differentiable loss and
  the thinnest layer at the input or the output, no sub-optimal local minimum (within a stated scope).
* ``product_mem_truncated_cone_of_quarter_neighborhood`` -- the 1/4-neighbourhood of the
  witness (23) maps into the cone :math:`|x| \\le 1/2,\\ |y| \\le |x|/2`.
* ``local_min_not_global_of_nonsmooth_convex_loss`` -- Theorem 2: with the convex, Lipschitz,
  non-differentiable :math:`f(x, y) = |x| + (1 - y)_+ - 1`, the point (23) is a local
  minimizer of :math:`f(W_2 W_1)` that is not global.
* ``grad_eq_zero_of_local_min_of_wide_layers`` -- Theorem 3: for any differentiable :math:`f` under (3), a local
  minimizer has :math:`\\nabla f(\\hat A) = 0` (on the certified minima of Theorem 1's instances).
* ``verdict_eq_of_transposed_network`` -- the proof's reduction to :math:`d_L \\ge d_0`: :math:`g(B) = f(B^T)` on
  the transposed, reversed network has the same values, gradients (transposed) and certified verdicts.
* ``local_min_of_product_preserving_perturbation`` -- Claim 1: perturbations keeping the product near a local
  minimizer are local minimizers (loss kept exactly, perturbed points classified).
* ``grad_eq_zero_of_critical_on_claim2_family`` -- the closing argument (18)-(21): the condition of layer
  :math:`k^*` at the family (16) forces :math:`\\nabla f(\\hat A) = 0`.
* ``truncated_products_eq_of_claim2_perturbation`` -- Claim 2: the perturbation
  :math:`W_k + \\delta_k w_k u_{k-1}^T` (:math:`k > k^*`) keeps every :math:`W_{k,-}`, :math:`k \\ge k^*`.
* ``zero_tuple_critical_of_depth_ge_three`` -- concluding remarks: the zero tuple is critical
  whatever :math:`\\nabla f(0)` is (checked for :math:`L \\ge 2`; the text says :math:`L \\ge 3`).
* ``local_min_of_product_at_saddle_of_nonconvex_loss`` -- concluding remarks: with :math:`f = x^2 - y^2`,
  (23) is a local minimizer of :math:`f(W_2 W_1)` although 0 is a saddle of :math:`f`.
* ``grad_ne_zero_at_local_min_of_narrow_layer`` -- concluding remarks: the width hypothesis is necessary
  (a local minimizer with :math:`\\nabla f(A) \\ne 0` when a layer is thinner than input and output).
* ``critical_conditions_eq_of_eq5_notation`` -- concluding remarks, corrected: with eq. (5)'s products, (i)-(iii)
  are the critical point conditions (confirmed symbolically).
* ``critical_conditions_eq_of_remark_notation`` -- concluding remarks: with the remarks' own definitions
  :math:`W_{k,+} = W_L \\cdots W_{k+1}`, :math:`W_{k,-} = W_{k-1} \\cdots W_1`, the printed conditions are the
  critical point conditions -- refuted, a misprint (one layer off; eq. (5)'s definitions are the right ones).
* ``loss_gt_of_product_ne_zero_near_nonsmooth_witness`` -- inequality (24): near (23),
  :math:`f(W_2W_1) > f(\\hat W_2 \\hat W_1)` unless :math:`W_2 W_1 = 0`.
* ``nonglobal_local_min_of_entrywise_weight_decay`` -- context for Theorem 1 (Mehta et al. 2018): with entrywise
  weight decay the loss is not f(W_L ... W_1), and a non-global strict local minimum exists (certified witness).

References
----------
* ``laurent-vonbrecht-2018``, "Lemma 1".
* ``laurent-vonbrecht-2018``, "Theorem 1".
* ``laurent-vonbrecht-2018``, "Theorem 2" (proved by the example (22)-(24) in Section 3).
* ``laurent-vonbrecht-2018``, "Theorem 3" (and its proof: the transposition, (18)-(21)).
* ``laurent-vonbrecht-2018``, "Claim 1" (in the proof of Theorem 3).
* ``laurent-vonbrecht-2018``, "Claim 2" (in the proof of Theorem 3).
* ``laurent-vonbrecht-2018``, "Concluding Remarks" (Section 3, first remark).

The claims as data; their checks are in :mod:`proofs.papers.laurent_vonbrecht_2018.checks`.
"""

from __future__ import annotations

from proofs.ledger.claim import Claim
from proofs.papers.laurent_vonbrecht_2018.regularized_minima import check_nonglobal_local_min_of_weight_decay
from proofs.papers.laurent_vonbrecht_2018.checks import (
    _CLAIM2_CELLS,
    _GRADIENT_CELLS,
    _NEIGHBORHOOD,
    _THEOREM1_CELLS,
    _THEOREM3_CELLS,
    _WITNESS_CELLS,
    _ZERO_TUPLE_CELLS,
    _check_claim1,
    _check_claim2,
    _check_closing,
    _check_cone,
    _check_eq5_notation,
    _check_gradient,
    _check_narrow_remark,
    _check_nonconvex_remark,
    _check_remark_notation,
    _check_strict,
    _check_theorem1,
    _check_theorem2,
    _check_theorem3,
    _check_transpose,
    _check_zero_tuple,
)

__all__ = ["CLAIMS"]


CLAIMS = (
    Claim(
        id="gradient_eq_closed_form_of_differentiable_loss",
        scope_kind="all",
        paper="laurent-vonbrecht-2018",
        label="Lemma 1",
        kind="lemma",
        statement=(r"Let $f : \mathbb{R}^{d_L \times d_0} \to \mathbb{R}$ be differentiable, "
                   r"$F(W_1, \dots, W_L) = f(W_L \cdots W_1)$, $A = W_L \cdots W_1$, "
                   r"$W_{k,+} = W_L \cdots W_k$, $W_{k,-} = W_k \cdots W_1$ "
                   r"($W_{L+1,+} = I_{d_L}$, $W_{0,-} = I_{d_0}$). Then for every $k \in \{1, \dots, L\}$, "
                   r"$\nabla_{W_k} F(W_1, \dots, W_L) = W_{k+1,+}^T \, \nabla f(A) \, W_{k-1,-}^T$."),
        source=("If F (W1, . . . , WL) := f (WL · · · W1) denotes the objective of interest in (P2) the "
                "following lemma gives the partial derivatives of F as a function of its arguments. "
                "Lemma 1. The partial derivatives of F are given by"),
        check=_check_gradient,
        recorded="confirmed",
        cells=_GRADIENT_CELLS,
    ),
    Claim(
        id="local_min_is_global_of_convex_loss_of_wide_layers",
        paper="laurent-vonbrecht-2018",
        label="Theorem 1",
        kind="theorem",
        statement=(r"If the loss $\hat y \mapsto \ell(y, \hat y)$ is convex and differentiable and the thinnest layer "
                   r"is the input or the output layer ($d_k \ge \min(d_0, d_L)$ for all $k$), then every local minimum "
                   r"of $L(W_1, \dots, W_L)$ is a global minimum."),
        source="Theorem 1. If hypotheses (i) and (ii) hold then (1) has no",
        check=_check_theorem1,
        recorded="confirmed",
        uses=("gradient_eq_closed_form_of_differentiable_loss",),
        cells=_THEOREM1_CELLS,
    ),
    Claim(
        id="product_mem_truncated_cone_of_quarter_neighborhood",
        scope_kind="all",
        paper="laurent-vonbrecht-2018",
        label="Theorem 2",
        kind="claim",
        statement=(_NEIGHBORHOOD + r". Then $\{W_2 W_1 : (W_1, W_2) \in N\} \subseteq "
                   r"\{(x, y) : |x| \le \tfrac12,\ |y| \le \tfrac12 |x|\}$ "
                   r"(the inclusion in the proof of Theorem 2, Section 3)."),
        source="generated by a 1/4-neighborhood of the optimum (23) lies [...] in the two-sided, truncated cone",
        check=_check_cone,
        recorded="confirmed",
        notebook="notebooks/laurent-vonbrecht-2018/local_min_not_global_of_nonsmooth_convex_loss.ipynb",
    ),
    Claim(
        id="local_min_not_global_of_nonsmooth_convex_loss",
        scope_kind="all",
        paper="laurent-vonbrecht-2018",
        label="Theorem 2",
        kind="theorem",
        statement=(r"Let $f(x, y) = |x| + (1 - y)_+ - 1$ (convex, globally Lipschitz, not differentiable) and "
                   r"$F(W_1, W_2) = f(W_2 W_1)$ with $W_1 \in \mathbb{R}^{1 \times 1}$, $W_2 \in \mathbb{R}^{2 \times 1}$. "
                   r"Then $(\hat W_1, \hat W_2) = (0, (1, 0)^T)$ is a local minimizer of $F$ with "
                   r"$F(\hat W_1, \hat W_2) = 0 > -1 = F(1, (0, 1)^T)$ (so it is not a global minimizer)."),
        source=("Theorem 2. There exists a convex, Lipschitz but not dif- [...] "
                "provides an example of a sub-optimal solution."),
        check=_check_theorem2,
        recorded="confirmed",
        uses=("product_mem_truncated_cone_of_quarter_neighborhood",),
        cells=_WITNESS_CELLS,
    ),
    Claim(
        id="loss_gt_of_product_ne_zero_near_nonsmooth_witness",
        scope_kind="all",
        paper="laurent-vonbrecht-2018",
        label="Theorem 2",
        kind="claim",
        statement=(_NEIGHBORHOOD + r". For $(W_1, W_2) \in N$, $f(W_2 W_1) > f(\hat W_2 \hat W_1)$ unless "
                   r"$W_2 W_1 = 0$ (inequality (24))."),
        source="holds on N ( ˆW1, ˆW2) unless W2W1 = ˆW2 ˆW1 = 0",
        check=_check_strict,
        recorded="confirmed",
        uses=("local_min_not_global_of_nonsmooth_convex_loss",),
        notebook="notebooks/laurent-vonbrecht-2018/local_min_not_global_of_nonsmooth_convex_loss.ipynb",
    ),
    Claim(
        id="grad_eq_zero_of_local_min_of_wide_layers",
        paper="laurent-vonbrecht-2018",
        label="Theorem 3",
        kind="theorem",
        statement=(r"Let $f$ be differentiable and $\min\{d_1, \dots, d_{L-1}\} \ge \min\{d_L, d_0\}$ (3). Then at any "
                   r"local minimizer $(\hat W_1, \dots, \hat W_L)$ of $F = f(W_L \cdots W_1)$, "
                   r"$\nabla f(\hat W_L \cdots \hat W_1) = 0$."),
        source="Theorem 3. Assume that f (A) is any differentiable func- [...] any local minimizer",
        check=_check_theorem3,
        recorded="confirmed",
        uses=("verdict_eq_of_transposed_network", "local_min_of_product_preserving_perturbation",
              "grad_eq_zero_of_critical_on_claim2_family"),
        cells=_THEOREM3_CELLS,
    ),
    Claim(
        id="verdict_eq_of_transposed_network",
        paper="laurent-vonbrecht-2018",
        label="Theorem 3",
        kind="claim",
        statement=(r"With $g(B) = f(B^T)$ and $U_m = W_{L+1-m}^T$ (dims $(d_L, \dots, d_0)$), "
                   r"$g(U_L \cdots U_1) = f(W_L \cdots W_1)$, $\nabla_{U_{L+1-k}} = (\nabla_{W_k})^T$, and "
                   r"$(W_1, \dots, W_L)$ is a local minimizer of $F$ iff $(U_1, \dots, U_L)$ is one of $g(U_L \cdots U_1)$: "
                   r"it suffices to prove Theorem 3 for $d_L \ge d_0$."),
        source="case dL < d0 follows by appealing to its dL ≥ d0 instance.",
        check=_check_transpose,
        recorded="confirmed",
        uses=("gradient_eq_closed_form_of_differentiable_loss",),
        notebook="notebooks/laurent-vonbrecht-2018/grad_eq_zero_of_local_min_of_wide_layers.ipynb",
    ),
    Claim(
        id="local_min_of_product_preserving_perturbation",
        paper="laurent-vonbrecht-2018",
        label="Claim 1",
        kind="claim",
        statement=(r"If $(\hat W_1, \dots, \hat W_L)$ is a local minimizer of $F$ (minimal on the $\varepsilon_0$-ball), "
                   r"any $(\tilde W_1, \dots, \tilde W_L)$ with $\lVert \tilde W_\ell - \hat W_\ell \rVert \le \varepsilon_0/2$ "
                   r"(8) and $\tilde W_L \cdots \tilde W_1 = \hat W_L \cdots \hat W_1$ (9) is a local minimizer of $F$, "
                   r"with $F(\tilde W) = F(\hat W)$."),
        source="Claim 1. Any tuple of matrices [...] (8) and (9) is necessarily a local minimizer F .",
        check=_check_claim1,
        recorded="confirmed",
        uses=("truncated_products_eq_of_claim2_perturbation",),
        notebook="notebooks/laurent-vonbrecht-2018/grad_eq_zero_of_local_min_of_wide_layers.ipynb",
    ),
    Claim(
        id="grad_eq_zero_of_critical_on_claim2_family",
        paper="laurent-vonbrecht-2018",
        label="Theorem 3",
        kind="claim",
        statement=(r"Assume $d_k \ge d_0$ for all $k$. If the critical point condition of layer $k^*$ "
                   r"($\tilde W_{k^*+1,+}^T \nabla f(\hat A) \tilde W_{k^*-1,-}^T = 0$; the last layer's if "
                   r"$\ker \hat W_{L-1,-} = \{0\}$) holds at every tuple of the family (16), then "
                   r"$\nabla f(\hat A) = 0$ (the closing argument (18)-(21) and its induction)."),
        source="The proof concludes by appealing to this family of critical [...] then follows by induction.",
        check=_check_closing,
        recorded="confirmed",
        uses=("truncated_products_eq_of_claim2_perturbation",),
        notebook="notebooks/laurent-vonbrecht-2018/grad_eq_zero_of_local_min_of_wide_layers.ipynb",
    ),
    Claim(
        id="truncated_products_eq_of_claim2_perturbation",
        paper="laurent-vonbrecht-2018",
        label="Claim 2",
        kind="claim",
        statement=(r"Assume $d_k \ge d_0$ for all $k$, let $k^*$ be the first $k$ with $\ker W_{k,-} \ne \{0\}$ "
                   r"and $u_k \ne 0$ with $u_k^T W_{k,-} = 0$. For any $w_k \in \mathbb{R}^{d_k}$ and scalars $\delta_k$, "
                   r"$\tilde W_k = W_k$ ($k \le k^*$), $\tilde W_k = W_k + \delta_k w_k u_{k-1}^T$ ($k > k^*$) satisfy "
                   r"$\tilde W_{k,-} = W_{k,-}$ for all $k^* \le k \le L$ (17), hence (9)."),
        source="Claim 2. Let wk∗+1, . . . , wL denote any collection of vec- [...] satisﬁes (8) and (9).",
        check=_check_claim2,
        recorded="confirmed",
        cells=_CLAIM2_CELLS,
    ),
    Claim(
        id="zero_tuple_critical_of_depth_ge_three",
        scope_kind="all",
        paper="laurent-vonbrecht-2018",
        label="Concluding Remarks",
        kind="remark",
        statement=(r"If $L \ge 3$ and $W_1 = \dots = W_L = 0$, the critical point conditions "
                   r"$W_{k+1,+}^T \nabla f(0) W_{k-1,-}^T = 0$ hold for every $k$, although $\nabla f(0)$ "
                   r"need not vanish."),
        source="clearly hold if L ≥ 3 and all of the ˆWℓ vanish.",
        check=_check_zero_tuple,
        recorded="confirmed",
        uses=("gradient_eq_closed_form_of_differentiable_loss",),
        cells=_ZERO_TUPLE_CELLS,
    ),
    Claim(
        id="local_min_of_product_at_saddle_of_nonconvex_loss",
        paper="laurent-vonbrecht-2018",
        label="Concluding Remarks",
        kind="remark",
        statement=(r"With the non-convex $f(x, y) = x^2 - y^2$ and $F(W_1, W_2) = f(W_2 W_1)$, the point (23) "
                   r"$(\hat W_1, \hat W_2) = (0, (1, 0)^T)$ is a local minimizer of $F$, while the origin is a saddle "
                   r"point of $f$."),
        source="While the ori- [...] gin is clearly a saddle point of the one layer problem, the",
        check=_check_nonconvex_remark,
        recorded="confirmed",
        uses=("product_mem_truncated_cone_of_quarter_neighborhood",),
        notebook="notebooks/laurent-vonbrecht-2018/zero_tuple_critical_of_depth_ge_three.ipynb",
    ),
    Claim(
        id="grad_ne_zero_at_local_min_of_narrow_layer",
        paper="laurent-vonbrecht-2018",
        label="Concluding Remarks",
        kind="remark",
        statement=(r"If $d_\ell < \min\{d_0, d_L\}$ for some $\ell$ and $\nabla f$ vanishes only at full-rank "
                   r"matrices, then $\nabla f(W_L \cdots W_1) \ne 0$ at every critical point; in particular at a local "
                   r"minimizer, so Theorem 3 fails without the width hypothesis."),
        source="function where ∇f vanishes only at full rank matrices.",
        check=_check_narrow_remark,
        recorded="confirmed",
        notebook="notebooks/laurent-vonbrecht-2018/zero_tuple_critical_of_depth_ge_three.ipynb",
    ),
    Claim(
        id="critical_conditions_eq_of_remark_notation",
        paper="laurent-vonbrecht-2018",
        label="Concluding Remarks",
        kind="remark",
        statement=(r"With $\hat W_{k,+} := \hat W_L \cdots \hat W_{k+1}$ and $\hat W_{k,-} := \hat W_{k-1} \cdots \hat W_1$ "
                   r"(the definitions printed in the concluding remarks), the conditions "
                   r"$0 = \hat W_{k+1,+}^T \nabla f(\hat A) \hat W_{k-1,-}^T$ are the critical point conditions of $F$."),
        source="where ˆWk,+ := ˆWL · · · ˆWk+1 and ˆWk,− := ˆWk−1 · · · ˆW1,",
        reading=(r"The extraction garbles (i)-(iii); read as (i) $0 = \hat W_{2,+}^T\nabla f(\hat A)$, (ii) "
                 r"$0 = \hat W_{k+1,+}^T\nabla f(\hat A)\hat W_{k-1,-}^T$ for $2 \le k \le L-1$, (iii) "
                 r"$0 = \nabla f(\hat A)\hat W_{L-1,-}^T$, with the products defined as in the remarks' 'where' "
                 r"clause."),
        check=_check_remark_notation,
        recorded="refuted", recorded_finding="misprint",
        uses=("gradient_eq_closed_form_of_differentiable_loss",),
        notebook="notebooks/laurent-vonbrecht-2018/zero_tuple_critical_of_depth_ge_three.ipynb",
    ),
    Claim(
        id="critical_conditions_eq_of_eq5_notation",
        paper="laurent-vonbrecht-2018",
        label="Concluding Remarks",
        kind="remark",
        statement=(r"With eq. (5)'s $\hat W_{k,+} := \hat W_L \cdots \hat W_k$ and $\hat W_{k,-} := \hat W_k \cdots "
                   r"\hat W_1$, the conditions (i) $0 = \hat W_{2,+}^T \nabla f(\hat A)$, (ii) "
                   r"$0 = \hat W_{k+1,+}^T \nabla f(\hat A) \hat W_{k-1,-}^T$ ($2 \le k \le L-1$), (iii) "
                   r"$0 = \nabla f(\hat A) \hat W_{L-1,-}^T$ are the critical point conditions of (P2) (the corrected "
                   r"reading of the concluding remarks)."),
        source="the critical point conditions for problem (P2),",
        reading="Corrects the 'where' clause of the remarks to eq. (5)'s definitions; (i) and (iii) are the cases "
                "k = 1 and k = L of (ii) with empty products read as identities.",
        check=_check_eq5_notation,
        recorded="confirmed",
        uses=("gradient_eq_closed_form_of_differentiable_loss",),
        notebook="notebooks/laurent-vonbrecht-2018/zero_tuple_critical_of_depth_ge_three.ipynb",
    ),
    Claim(
        id="nonglobal_local_min_of_entrywise_weight_decay",
        paper="laurent-vonbrecht-2018",
        label="Theorem 1",
        kind="observation",
        statement=(r"(Mehta, Chen, Tang, Hauenstein 2018.) With entrywise weight decay, "
                   r"$L = \tfrac12\lVert W_3 W_2 W_1 X - Y\rVert_F^2 + \tfrac12\sum_k \lVert \Lambda_k \circ W_k\rVert_F^2$ "
                   r"($0 < \lambda < 1$), a deep linear network has a strict local minimum that is not global."),
        source="(1) has no sub-optimal local minimizers.",
        reading=("Not a statement of Laurent-von Brecht: it is Mehta, Chen, Tang and Hauenstein's (arXiv 1810.07716), "
                 "outside the ledger's five papers, recorded beside Theorem 1 because it marks that theorem's boundary: "
                 "the weight-decay loss is not of the form f(W_L ... W_1), and then a sub-optimal local minimizer "
                 "exists. Checked on every critical point of one seeded (1, 1, 1, 1) instance (Bharadwaj-Hosten's "
                 "setting, loss as written: the regularizer's gradient is lambda^2 w)."),
        check=check_nonglobal_local_min_of_weight_decay,
        recorded="confirmed",
        scope_kind="critical_set",
    ),
)
