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
* ``subdifferential_eq_printed_set_at_origin_of_nonsmooth_loss`` -- concluding remarks: the printed
  :math:`\\partial f(0) = \\{-1 \\le x \\le 1,\\ y = 0\\}` for (22) -- refuted, a misprint (:math:`(0, 0)` is no
  subgradient).
* ``subdifferential_eq_segment_at_origin_of_nonsmooth_loss`` -- the corrected remark:
  :math:`\\partial f(0) = [-1, 1] \\times \\{-1\\}`, both inclusions certified.
* ``zero_tuple_saddle_of_depth_ge_three_of_grad_ne_zero`` -- concluding remarks: for :math:`L \\ge 3` and
  :math:`\\nabla f(0) \\ne 0` the zero tuple is a saddle (certified on small networks under (3)).
* ``grad_eq_zero_at_local_min_of_nonconvex_loss`` -- Theorem 3 with non-convex :math:`f`: (23) for
  :math:`f = x^2 - y^2` (the product a saddle of :math:`f`) and :math:`(1, -1)` for :math:`3a^4 - 4a^3 - 12a^2` (the
  product a non-global local minimum of :math:`f`) have :math:`\\nabla f = 0`.
* ``convex_lipschitz_not_differentiable_of_nonsmooth_loss`` -- (22) is convex and Lipschitz (a maximum of affine
  functions, certified) and not differentiable at 0.
* ``argmin_eq_ray_of_nonsmooth_loss`` -- Section 3: :math:`\\arg\\min f = \\{x = 0, y \\ge 1\\}` and
  :math:`f_{opt} = -1` for (22).
* ``proof_identities_hold_of_theorem1`` -- Section 2: (3) iff hypothesis (ii), every :math:`A` factors under (3),
  Lemma 1's expansion :math:`F(\\dots, W_k + H, \\dots) = f(A + W_{k+1,+} H W_{k-1,-})` and trace step, Claim 2's
  norm step.
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

from proofs.papers.laurent_vonbrecht_2018.statements import (
    _check_argmin,
    _check_convex_lipschitz,
    _check_derived_subdifferential,
    _check_printed_subdifferential,
    _check_theorem1_steps,
    _check_theorem3_nonconvex,
    _check_zero_tuple_saddle,
    zero_tuple_saddle_cells,
)

__all__ = ["CLAIMS"]


CLAIMS = (
    Claim(
        id="gradient_eq_closed_form_of_differentiable_loss",
        scope_kind="all",
        paper="laurent-vonbrecht-2018",
        label="Lemma 1",
        location="L341-L345",
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
        location="L150",
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
        location="L1104-L1105",
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
        location="L159-L1015",
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
        location="L1147",
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
        location="L266-L269",
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
        location="L599",
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
        location="L551-L552",
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
        location="L847-L1033",
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
        location="L687-L710",
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
        location="L1079",
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
        location="L1211-L1212",
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
        location="L1188",
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
        location="L1078",
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
        location="L1046-L1047",
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
        id="subdifferential_eq_printed_set_at_origin_of_nonsmooth_loss",
        location="L1164-L1166",
        paper="laurent-vonbrecht-2018",
        label="Concluding Remarks",
        kind="remark",
        statement=(r"For $f(x, y) = |x| + (1 - y)_+ - 1$ (22), "
                   r"$\partial f(0) = \{(x, y) \in \mathbb{R}^2 : -1 \le x \le 1,\ y = 0\}$ (as printed)."),
        source="with f (x, y) as in (22) its subdifferential ∂f (0) = {(x, y) ∈ R2 : −1 ≤ x ≤ 1, y = 0}",
        reading=(r"$\partial f(0) = \{g : f(z) \ge f(0) + \langle g, z\rangle\ \forall z\}$, the convex subdifferential "
                 r"($f$ is convex); $(x, y)$ in the printed set are the coordinates of $g$."),
        check=_check_printed_subdifferential,
        recorded="refuted", recorded_finding="misprint",
        uses=("local_min_not_global_of_nonsmooth_convex_loss",),
        notebook="notebooks/laurent-vonbrecht-2018/local_min_not_global_of_nonsmooth_convex_loss.ipynb",
    ),
    Claim(
        id="subdifferential_eq_segment_at_origin_of_nonsmooth_loss",
        location="L1164-L1166",
        scope_kind="all",
        paper="laurent-vonbrecht-2018",
        label="Concluding Remarks",
        kind="remark",
        statement=(r"For $f(x, y) = |x| + (1 - y)_+ - 1$ (22), "
                   r"$\partial f(0) = \{(g_x, g_y) : -1 \le g_x \le 1,\ g_y = -1\}$: multi-valued at the product "
                   r"$\hat W_2 \hat W_1 = 0$ of the sub-optimal local minimum (23) (the corrected remark)."),
        source="its subdifferential ∂f (0) = {(x, y) ∈ R2 : −1 ≤ x ≤ 1, y = 0}",
        reading=(r"Corrects the printed $y = 0$ to $y = -1$ ($\partial_y (1 - y)_+ = -1$ at $y = 0$); "
                 r"$\partial f(0) = \{g : f(z) \ge f(0) + \langle g, z\rangle\ \forall z\}$."),
        check=_check_derived_subdifferential,
        recorded="confirmed",
        uses=("local_min_not_global_of_nonsmooth_convex_loss",),
        notebook="notebooks/laurent-vonbrecht-2018/local_min_not_global_of_nonsmooth_convex_loss.ipynb",
    ),
    Claim(
        id="zero_tuple_saddle_of_depth_ge_three_of_grad_ne_zero",
        location="L888-L889",
        paper="laurent-vonbrecht-2018",
        label="Concluding Remarks",
        kind="remark",
        statement=(r"If $L \ge 3$ and $\nabla f(0) \ne 0$, the zero tuple is a saddle point of (P2): critical, and "
                   r"neither a local minimizer nor a local maximizer of $F = f(W_L \cdots W_1)$ (so (P2) has saddle "
                   r"points even when every local minimum is global)."),
        source=("put it otherwise, if L ≥ 3 the problem (P2) always has saddle-points even though all local "
                "optima are global."),
        reading=(r"'Always' is read as the preceding sentence sets it up: the zero tuple is critical but "
                 r"$\nabla f(0)$ need not vanish; where $\nabla f(0) \ne 0$ it is a saddle.  (Where $\nabla f(0) = 0$, "
                 r"e.g. $f(A) = \lVert A\rVert^2$, there need be no saddle.)  Checked on convex $f$ under (3), as in "
                 r"Theorem 1."),
        check=_check_zero_tuple_saddle,
        recorded="confirmed",
        scope_kind="sampled",
        uses=("zero_tuple_critical_of_depth_ge_three", "grad_eq_zero_of_local_min_of_wide_layers"),
        cells=zero_tuple_saddle_cells(),
        notebook="notebooks/laurent-vonbrecht-2018/zero_tuple_critical_of_depth_ge_three.ipynb",
    ),
    Claim(
        id="grad_eq_zero_at_local_min_of_nonconvex_loss",
        location="L266-L269",
        paper="laurent-vonbrecht-2018",
        label="Theorem 3",
        kind="theorem",
        statement=(r"Theorem 3 with a non-convex $f$: for $f(x, y) = x^2 - y^2$ (differentiable, not convex), dims "
                   r"$(1, 1, 2)$ (so (3) holds), the local minimizer (23) of $F = f(W_2 W_1)$ has "
                   r"$\nabla f(\hat W_2 \hat W_1) = 0$, while $\hat W_2 \hat W_1 = 0$ is a saddle of $f$; for "
                   r"$f(a) = 3a^4 - 4a^3 - 12a^2$, dims $(1, 1, 1)$, the local minimizer $(1, -1)$ of $F$ has "
                   r"$f'(-1) = 0$, while $-1$ is a local minimum of $f$ that is not global."),
        source="Theorem 3. Assume that f (A) is any differentiable func- [...] any local minimizer",
        reading="A non-vacuous instance: the hypotheses hold with a non-convex f, and the conclusion is first-order only.",
        check=_check_theorem3_nonconvex,
        recorded="confirmed",
        scope_kind="sampled",
        uses=("local_min_of_product_at_saddle_of_nonconvex_loss", "grad_eq_zero_of_local_min_of_wide_layers"),
        notebook="notebooks/laurent-vonbrecht-2018/grad_eq_zero_of_local_min_of_wide_layers.ipynb",
    ),
    Claim(
        id="proof_identities_hold_of_theorem1",
        location="L263-L298",
        scope_kind="all",
        paper="laurent-vonbrecht-2018",
        label="Theorem 1",
        kind="claim",
        statement=(r"The identities of Section 2's proof of Theorem 1: (a) (3) "
                   r"$\min\{d_1, \dots, d_{L-1}\} \ge \min\{d_L, d_0\}$ is equivalent to hypothesis (ii) (the thinnest "
                   r"layer is the input or the output); (b) under (3) every $A \in M_{d_L \times d_0}$ is a product "
                   r"$W_L \cdots W_1$ ((2) generates the full space); (c) in Lemma 1's proof, "
                   r"$F(W_1, \dots, W_k + H, \dots, W_L) = f(A + W_{k+1,+} H W_{k-1,-})$ and (d) "
                   r"$\langle G, W_{k+1,+} H W_{k-1,-}\rangle = \langle W_{k+1,+}^T G W_{k-1,-}^T, H\rangle$; (e) in Claim 2's "
                   r"proof, $\lVert w u^T\rVert_{fro} = \lVert w\rVert_2 \lVert u\rVert_2$."),
        source=("in order to guarantee that (2) does, in fact, generate the full space of dL × d0 matrices. [...] The "
                "structural hypothesis (3) is equivalent to the second hypoth- esis (ii) of theorem 1"),
        reading=(r"(b) with the explicit factors $W_1 = J_1 C$, $W_k = J_k J_{k-1}^T$, $W_L = B J_{L-1}^T$, "
                 r"$A = BC$, $J_k = [I_m; 0]$, $m = \min(d_0, d_L)$; (c) with $W_{k+1,+} = W_L \cdots W_{k+1}$ and "
                 r"$W_{k-1,-} = W_{k-1} \cdots W_1$ as the proof uses them."),
        check=_check_theorem1_steps,
        recorded="confirmed",
        uses=("gradient_eq_closed_form_of_differentiable_loss",),
        notebook="notebooks/laurent-vonbrecht-2018/local_min_is_global_of_convex_loss_of_wide_layers.ipynb",
    ),
    Claim(
        id="argmin_eq_ray_of_nonsmooth_loss",
        location="L981-L983",
        scope_kind="all",
        paper="laurent-vonbrecht-2018",
        label="Theorem 2",
        kind="claim",
        statement=(r"For $f(x, y) = |x| + (1 - y)_+ - 1$ (22), $\arg\min f = \{(x, y) : x = 0,\ y \ge 1\}$ and "
                   r"$f_{opt} = -1$."),
        source=("arg min f := {(x, y) ∈ R2 : x = 0, y ≥ 1} furnishes its global minimizers while fopt = −1 gives "
                "the"),
        check=_check_argmin,
        recorded="confirmed",
        uses=(),
        notebook="notebooks/laurent-vonbrecht-2018/local_min_not_global_of_nonsmooth_convex_loss.ipynb",
    ),
    Claim(
        id="convex_lipschitz_not_differentiable_of_nonsmooth_loss",
        location="L909-L920",
        scope_kind="all",
        paper="laurent-vonbrecht-2018",
        label="Theorem 2",
        kind="claim",
        statement=(r"$f(x, y) = |x| + (1 - y)_+ - 1$ (22) is convex and globally Lipschitz (it is the maximum of four "
                   r"affine functions, constant $\sqrt2$) but not differentiable (at 0)."),
        source="f (x, y) := |x|+(1−y)+−1, [...] which is clearly globally Lipschitz but not differentiable.",
        check=_check_convex_lipschitz,
        recorded="confirmed",
        uses=("subdifferential_eq_segment_at_origin_of_nonsmooth_loss",),
        notebook="notebooks/laurent-vonbrecht-2018/local_min_not_global_of_nonsmooth_convex_loss.ipynb",
    ),
    Claim(
        id="nonglobal_local_min_of_entrywise_weight_decay", location="L150-L151",
        paper="laurent-vonbrecht-2018",
        label="Theorem 1",
        kind="observation",
        statement=(r"(Mehta, Chen, Tang, Hauenstein 2018.) With entrywise weight decay, "
                   r"$L = \tfrac12\lVert W_3 W_2 W_1 X - Y\rVert_F^2 + \tfrac12\sum_k \lVert \Lambda_k \circ W_k\rVert_F^2$ "
                   r"($0 < \lambda < 1$), a deep linear network has a strict local minimum that is not global."),
        source=("Theorem 1. If hypotheses (i) and (ii) hold then (1) has no sub-optimal minimizers, i.e. any local "
                "minimum is global."),
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
