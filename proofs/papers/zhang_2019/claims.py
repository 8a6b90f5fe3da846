"""Zhang (2019), Depth Creates No More Spurious Local Minima in Linear Networks.

Notation: :math:`L_k(M_1, \\dots, M_k) = f(M_k \\cdots M_1)`, :math:`d = \\min_i d_i = d_j`, :math:`A = M_k \\cdots
M_{j+1}`, :math:`B = M_j \\cdots M_1`, :math:`L_2(A, B) = f(AB)`.  Checked with the squared loss
:math:`\\tfrac12 \\lVert \\cdot\\, X - Y \\rVert^2` and the quartic loss on exact points classified by
:mod:`symbolic.landscape.classify` (:mod:`proofs.papers.zhang_2019.landscape`, :mod:`proofs.papers.zhang_2019.towers`).

Main results
------------
* ``product_eq_of_kernel_rank_one_perturbation`` -- identity (1) in the proof of Lemma 1: the
  perturbations :math:`M_i + w_i v_i^T` with :math:`M_k \\cdots M_{i+1} w_i = 0` keep the product.
* ``row_not_in_kernel_of_perturbed_bottom_product`` -- the construction around :math:`i^*` in the
  proof of Lemma 1: a row of :math:`\\tilde B` leaves :math:`V = \\ker f'(AB)`, product unchanged.
* ``split_gradients_zero_of_local_min`` -- Lemma 2: at a local minimum of :math:`L_k`,
  :math:`f'(AB) B^T = 0` and :math:`A^T f'(AB) = 0`.
* ``split_gradient_nonzero_exists_of_critical_saddle`` -- Lemma 2 needs "local minimum": a certified
  saddle, critical for :math:`L_k`, with :math:`f'(AB) B^T \\ne 0`.
* ``grad_zero_or_full_rank_split_of_local_min`` -- Lemma 1: at a local minimum, :math:`f'(AB) = 0` or
  :math:`\\operatorname{rank} A = \\operatorname{rank} B = d`.
* ``full_rank_factors_of_spurious_local_min_two_layer`` -- Theorem 2: rank-deficient critical points of
  :math:`L_2` with :math:`f'(AB) \\ne 0` are not local minima.
* ``no_spurious_local_min_iff_two_layer_of_bottleneck`` -- Theorem 1: the exact factorization of
  :math:`(A, B)` through the bottleneck and the verdicts it preserves.
* ``no_spurious_local_min_of_squared_loss_any_data`` -- Corollary 1: squared loss, any :math:`X, Y`.
* ``no_spurious_local_min_of_multi_tower_wide_bottleneck`` -- Corollary 2: multi-tower networks with
  :math:`b \\ge m, n`.
* ``full_rank_factors_at_spurious_local_min_of_quartic_loss`` -- Theorem 2 where its hypothesis holds: a certified
  spurious local minimum of :math:`L_2` (quartic loss, dims (2, 1, 2)) has :math:`A, B` of full rank.
* ``spurious_local_min_lifts_of_bottleneck_factorization`` -- the lifting step of Theorem 1's proof: that spurious
  local minimum lifts to certified spurious local minima of :math:`L_3` and :math:`L_4`.
* ``perturbation_lifts_of_full_column_rank_factor`` -- the perturbation step of Theorem 1's proof:
  :math:`D_1 = D (A_1^TA_1)^{-1} A_1^T` solves :math:`D_1 A_1 = D` when :math:`\\operatorname{rank} A_1 = d`.
* ``tower_reduction_steps_hold_of_multi_tower`` -- the "iff" steps of Corollary 2's proof: :math:`\\sum_i A_i B_i = AB`
  both ways, and per-tower perturbations reach every perturbation of :math:`(A, B)`.

References
----------
* ``zhang-2019``, "Lemma 1" (and its proof: identity (1), the choice of the :math:`v_i`, :math:`g(X) = f(X^T)`).
* ``zhang-2019``, "Lemma 2".
* ``zhang-2019``, "Theorem 1" (and its proof: the factorization through the bottleneck).
* ``zhang-2019``, "Theorem 2".
* ``zhang-2019``, "Corollary 1" (against ``nouiehed-razaviyayn-2018``, "Theorem 12").
* ``zhang-2019``, "Corollary 2".
* ``zhang-2019``, "PRELIMINARIES" (Section 2's facts).

The claims as data; their checks are in :mod:`proofs.papers.zhang_2019.checks`.
"""

from __future__ import annotations

from proofs.ledger.claim import Claim
from proofs.papers.zhang_2019.checks import (
    _CELLS,
    _COROLLARY1_CELLS,
    _COROLLARY2_CELLS,
    _SPLIT_CELLS,
    _SPLIT_NOTEBOOK,
    _THEOREM1_CELLS,
    _check_corollary1,
    _check_corollary2,
    _check_identity1,
    _check_lemma1,
    _check_lemma2,
    _check_lemma2_witness,
    _check_row_space,
    _check_theorem1,
    _check_theorem2,
)

from proofs.papers.zhang_2019.statements import (
    _check_corollary2_steps,
    _check_lift,
    _check_perturbation,
    _check_theorem2_spurious,
)

__all__ = ["CLAIMS"]


CLAIMS = (
    Claim(
        id="product_eq_of_kernel_rank_one_perturbation",
        paper="zhang-2019",
        label="Lemma 1",
        location="L114",
        kind="claim",
        statement=(r"If $w_i \ne 0$ and $M_k \cdots M_{i+1} w_i = 0$ for $1 \le i \le j$, then for all $v_i$, "
                   r"$M_k \cdots M_{j+1} (M_j + w_j v_j^T) \cdots (M_1 + w_1 v_1^T) = M_k \cdots M_1$ (identity (1) "
                   r"in the proof of Lemma 1)."),
        source="This can be shown inductively for $i = j, \\dots, 1$.",
        check=_check_identity1,
        recorded="confirmed",
        cells=_CELLS,
    ),
    Claim(
        id="row_not_in_kernel_of_perturbed_bottom_product",
        paper="zhang-2019",
        label="Lemma 1",
        location="L135",
        kind="claim",
        statement=(r"If $f'(AB) \ne 0$ and $\operatorname{rank} A < d$, the $v_i$ chosen around "
                   r"$i^* = \min\{i : R(M_i \cdots M_1) \subseteq V\}$, $V = \{v : f'(AB) v = 0\}$, give "
                   r"$\tilde B = \tilde M_j \cdots \tilde M_1$ with a row outside $V$ and the same product."),
        source="We have inductively constructed $\\widetilde{B} = \\widetilde{M}_j\\cdots\\widetilde{M}_1$ such that",
        check=_check_row_space,
        recorded="confirmed",
        uses=("product_eq_of_kernel_rank_one_perturbation",),
        notebook="notebooks/zhang-2019/product_eq_of_kernel_rank_one_perturbation.ipynb",
    ),
    Claim(
        id="split_gradients_zero_of_local_min",
        paper="zhang-2019",
        label="Lemma 2",
        location="L97",
        kind="lemma",
        statement=(r"If $M_1, \dots, M_k$ is a local minimum of $L_k$, $d_j = \min_i d_i$, $A = M_k \cdots M_{j+1}$, "
                   r"$B = M_j \cdots M_1$, then $\frac{\partial L_2}{\partial A}(A, B) = f'(AB) B^T = 0$ and "
                   r"$\frac{\partial L_2}{\partial B}(A, B) = A^T f'(AB) = 0$."),
        source=(r"If M_1, \ldots, M_k is a local minimum of L_k , then $\frac{\partial L_2}{\partial A}(A, B) = 0, "
                r"\frac{\partial L_2}{\partial B}(A, B) = 0.$"),
        check=_check_lemma2,
        recorded="confirmed",
        uses=("local_min_is_global_of_convex_loss_of_wide_layers",),
        notebook=_SPLIT_NOTEBOOK,
        cells=_SPLIT_CELLS,
    ),
    Claim(
        id="split_gradient_nonzero_exists_of_critical_saddle",
        paper="zhang-2019",
        label="Lemma 2",
        location="L97",
        kind="observation",
        statement=(r"The hypothesis of Lemma 2 cannot be weakened to \emph{critical point}: there is a critical point "
                   r"of $L_k$ (a certified saddle) with $f'(AB) B^T \ne 0$."),
        source=r"If M_1, \ldots, M_k is a local minimum of L_k , then",
        check=_check_lemma2_witness,
        recorded="confirmed",
        uses=("split_gradients_zero_of_local_min",),
        notebook=_SPLIT_NOTEBOOK,
    ),
    Claim(
        id="grad_zero_or_full_rank_split_of_local_min",
        paper="zhang-2019",
        label="Lemma 1",
        location="L79-L105",
        kind="lemma",
        statement=(r"If $M_1, \dots, M_k$ is a local minimum of $L_k$, then $f'(AB) = 0$ or "
                   r"$\operatorname{rank} A = \operatorname{rank} B = d$ (the $B$ half by the same argument applied to "
                   r"$g(X) = f(X^T)$)."),
        source=("Lemma 1. If M_1, \\ldots, M_k is a local minimum, then either f'(AB) = 0 or A, B both have rank d. [...] "
                "For B, we can apply the same argument to $g(X) = f(X^T)$."),
        check=_check_lemma1,
        recorded="confirmed",
        uses=("split_gradients_zero_of_local_min", "product_eq_of_kernel_rank_one_perturbation",
              "row_not_in_kernel_of_perturbed_bottom_product"),
        notebook=_SPLIT_NOTEBOOK,
    ),
    Claim(
        id="full_rank_factors_of_spurious_local_min_two_layer",
        paper="zhang-2019",
        label="Theorem 2",
        location="L29",
        kind="theorem",
        statement=(r"If $(A, B)$ is a spurious local minimum of $L_2(A, B) = f(AB)$ with $d_1 < \min(d_0, d_2)$, "
                   r"then $A$ and $B$ have full rank $d_1$; checked as: a critical point with $f'(AB) \ne 0$ and "
                   r"$\operatorname{rank} A < d_1$ or $\operatorname{rank} B < d_1$ is not a local minimum."),
        source=("Theorem 2. With the same notation as in Theorem 1, if A, B is a spurious local minimum of L_2 , then "
                "both A, B must have full rank."),
        check=_check_theorem2,
        recorded="confirmed",
        uses=("grad_zero_or_full_rank_split_of_local_min",),
        notebook=_SPLIT_NOTEBOOK,
    ),
    Claim(
        id="no_spurious_local_min_iff_two_layer_of_bottleneck",
        scope_kind="all",
        paper="zhang-2019",
        label="Theorem 1",
        location="L23-L83",
        kind="theorem",
        statement=(r"For convex differentiable $f$ and $d = \min_i d_i = d_j$: $L_k$ has no spurious local minima iff "
                   r"$L_2(A, B) = f(AB)$, $A \in \mathbb{R}^{d_k \times d}$, $B \in \mathbb{R}^{d \times d_0}$, has none; "
                   r"every $(A, B)$ factors as $M_k \cdots M_{j+1} = A$, $M_j \cdots M_1 = B$."),
        source=("Then L_k has no spurious local minima iff L_2 has no spurious local minima. [...] we can easily "
                "construct matrices $M_i \\in \\mathbb{R}^{d_i \\times d_{i-1}}$ for $1 \\le i \\le k$ such that "
                "$M_k \\cdots M_{j+1} = A$, and $M_j \\cdots M_1 = B$."),
        check=_check_theorem1,
        recorded="confirmed",
        uses=("grad_zero_or_full_rank_split_of_local_min", "local_min_is_global_of_convex_loss_of_wide_layers"),
        cells=_THEOREM1_CELLS,
    ),
    Claim(
        id="no_spurious_local_min_of_squared_loss_any_data",
        paper="zhang-2019",
        label="Corollary 1",
        location="L33",
        kind="corollary",
        statement=(r"For any $X \in \mathbb{R}^{d_0 \times n}$, $Y \in \mathbb{R}^{d_k \times n}$, "
                   r"$L(M_1, \dots, M_k) = \lVert M_k \cdots M_1 X - Y \rVert^2$ has no spurious local minima."),
        source=("Corollary 1. For any $X \\in \\mathbb{R}^{d_0 \\times n}$, $Y \\in \\mathbb{R}^{d_k \\times n}$, let "
                "$L(M_1, \\ldots, M_k) = ||M_k \\cdots M_1 X - Y||^2$. Then L has no spurious local minima."),
        check=_check_corollary1,
        recorded="confirmed",
        uses=("no_spurious_local_min_iff_two_layer_of_bottleneck", "full_rank_factors_of_spurious_local_min_two_layer"),
        cells=_COROLLARY1_CELLS,
    ),
    Claim(
        id="no_spurious_local_min_of_multi_tower_wide_bottleneck",
        paper="zhang-2019",
        label="Corollary 2",
        location="L37",
        kind="corollary",
        statement=(r"For a multi-tower network $\sum_{i=1}^s M_{ik_i} \cdots M_{i1}$ with tower bottlenecks $b_i$, "
                   r"$b = \sum_i b_i$, $A = (A_1, \dots, A_s)$, $B = (B_1; \dots; B_s)$: $\sum_i A_i B_i = AB$, and if "
                   r"$b \ge m, n$ the network has no spurious local minima (convex differentiable $f$)."),
        source="Moreover, if $b \\ge m, n$, there is no spurious local minima in this network.",
        check=_check_corollary2,
        recorded="confirmed",
        uses=("no_spurious_local_min_iff_two_layer_of_bottleneck",),
        cells=_COROLLARY2_CELLS,
    ),
    Claim(
        id="full_rank_factors_at_spurious_local_min_of_quartic_loss",
        location="L29",
        paper="zhang-2019",
        label="Theorem 2",
        kind="theorem",
        statement=(r"Theorem 2 where its hypothesis holds: for the convex, differentiable "
                   r"$f(M) = \tfrac14 \sum_{ij} ((MX - Y)_{ij})^4$ with $X$ of rows $(1, 0, 1)$, $(0, 1, 1)$, $Y$ of rows "
                   r"$(0, -1, 2)$, $(-2, 1, 2)$ and dims $(2, 1, 2)$, "
                   r"$(A, B) = ((1, 0)^T, (1\ 0))$ is a spurious local minimum of $L_2$, and $A$, $B$ have full rank "
                   r"$d_1 = 1$."),
        source=("Theorem 2. With the same notation as in Theorem 1, if A, B is a spurious local minimum of L_2 , then "
                "both A, B must have full rank."),
        reading="A non-vacuous instance: with the squared loss L_2 has no spurious local minimum (Corollary 1).",
        check=_check_theorem2_spurious,
        recorded="confirmed",
        scope_kind="sampled",
        uses=("full_rank_factors_of_spurious_local_min_two_layer",),
        notebook="notebooks/zhang-2019/no_spurious_local_min_iff_two_layer_of_bottleneck.ipynb",
    ),
    Claim(
        id="spurious_local_min_lifts_of_bottleneck_factorization",
        location="L83",
        paper="zhang-2019",
        label="Theorem 1",
        kind="claim",
        statement=(r"If $(A, B)$ is a spurious local minimum of $L_2$ and $M_k \cdots M_{j+1} = A$, "
                   r"$M_j \cdots M_1 = B$, then $(M_1, \dots, M_k)$ is a spurious local minimum of $L_k$ (checked on "
                   r"the quartic-loss witness of Theorem 2, lifted to dims $(2, 1, 1, 2)$, $(2, 2, 1, 2)$, "
                   r"$(2, 1, 2, 2)$, $(2, 2, 1, 2, 2)$)."),
        source=("If A, B is a spurious local minimum of L_2 , then clearly M_1, \\cdots, M_k is a spurious local "
                "minimum of L_k ."),
        reading="Lifts with identity blocks in the layers other than those of A and B (full rank).",
        check=_check_lift,
        recorded="confirmed",
        scope_kind="sampled",
        uses=("full_rank_factors_at_spurious_local_min_of_quartic_loss", "no_spurious_local_min_iff_two_layer_of_bottleneck"),
        notebook="notebooks/zhang-2019/no_spurious_local_min_iff_two_layer_of_bottleneck.ipynb",
    ),
    Claim(
        id="perturbation_lifts_of_full_column_rank_factor",
        location="L87",
        scope_kind="all",
        paper="zhang-2019",
        label="Theorem 1",
        kind="claim",
        statement=(r"If $A_1 = M_{k-1} \cdots M_{j+1} \in \mathbb{R}^{d_{k-1} \times d}$ has rank $d$, then for every "
                   r"$D \in \mathbb{R}^{d_k \times d}$, $D_1 = D (A_1^TA_1)^{-1} A_1^T$ satisfies $D_1 A_1 = D$, "
                   r"$(M_k + D_1) A_1 = A + D$ and $\lVert D_1 \rVert \le c \lVert D \rVert$ with "
                   r"$c = \lVert (A_1^TA_1)^{-1} A_1^T \rVert_2$ independent of $D$."),
        source=("Then for any $D \\in \\mathbb{R}^{d_k \\times d}$, there exists $D_1 \\in \\mathbb{R}^{d_k \\times "
                "d_{k-1}}$ such that $D_1A_1 = D$."),
        reading=(r"Checked as the polynomial identity $D \operatorname{adj}(A_1^TA_1) A_1^TA_1 = \det(A_1^TA_1) D$; "
                 r"the bound is submultiplicativity.  The next sentence's 'local perturbation to $M_1$' is read as "
                 r"$M_k$ (the paragraph perturbs $A$ through $M_k$ and $B$ through $M_1$; $A$ does not involve $M_1$)."),
        check=_check_perturbation,
        recorded="confirmed",
        notebook="notebooks/zhang-2019/no_spurious_local_min_iff_two_layer_of_bottleneck.ipynb",
    ),
    Claim(
        id="tower_reduction_steps_hold_of_multi_tower",
        location="L145",
        scope_kind="all",
        paper="zhang-2019",
        label="Corollary 2",
        kind="claim",
        statement=(r"The steps of Corollary 2's 'iff': with $A = (A_1, \dots, A_s)$, $B = (B_1; \dots; B_s)$, "
                   r"$\sum_i A_i B_i = AB$ for all blocks (so the towers' products and the products $AB$, "
                   r"$A \in \mathbb{R}^{m \times b}$, are the same set); and where every $A_i, B_i$ has full rank, "
                   r"each $A_i + D_i$ is reached by a perturbation of tower $i$'s top layer (and $B_i + E_i$ of its "
                   r"bottom layer), so a spurious local minimum of the towers gives one of $AB$."),
        source=("By the same argument in the proof of Theorem 1, any perturbation of A, B can be done through "
                "perturbation of \\mathcal{M} , hence A, B is a spurious local minimum for the single tower two layer "
                "network AB."),
        reading="The bottom layers' case is the transpose of the top layers' (the same identity).",
        check=_check_corollary2_steps,
        recorded="confirmed",
        uses=("perturbation_lifts_of_full_column_rank_factor", "no_spurious_local_min_of_multi_tower_wide_bottleneck"),
        notebook="notebooks/zhang-2019/no_spurious_local_min_of_multi_tower_wide_bottleneck.ipynb",
    ),
)
