"""Nouiehed and Razaviyayn (2018), Learning Deep Models: Critical Points and Local Openness.

Main results
------------
* ``not_locally_open_of_rank_mismatch_example`` -- Remark 1's example: at :math:`W_1 = (1, 1)^T`,
  :math:`W_2 = (0, 0)`, the rank-one perturbations :math:`W_1 W_2 + R_\\delta` have no preimage near
  :math:`(W_1, W_2)`, so multiplication is not locally open there (in its range).

* ``local_min_of_auxiliary_of_locally_open`` -- Observation 1 at certified minima where the product is locally open.
* ``product_locally_open_of_nondegenerate`` -- Lemma 10, constructively: exact preimages of perturbed products at
  non-degenerate points, with the distance ratio.
* ``local_min_is_global_of_two_layer_any_data`` -- Theorem 8: two layers, any X and Y, every critical point found
  is a global minimum or a saddle.
* ``saddle_strict_of_degenerate_two_layer`` -- Theorem 8: every degenerate saddle found has a negative Hessian
  eigenvalue.
* ``local_min_is_global_of_rank_constrained`` -- Lemma 7, through the factorization Z = W2 W1.
* ``degenerate_critical_global_or_strict_of_convex_loss`` -- Corollary 9 with the quartic loss.
* ``nondegenerate_local_min_is_global`` -- Lemma 11 on every non-degenerate certified local minimum found.
* ``local_min_not_global_of_narrow_pair_construction`` -- Theorem 12 (a): refuted; the paper's point is a certified
  saddle on every tuple of the sweep where its hypothesis holds.
* ``local_min_not_global_of_three_layer_example`` -- Theorem 12, Appendix C's three-layer example: refuted (a
  saddle with a PSD Hessian and an order-4 descent curve).
* ``global_min_or_descent_of_degenerate_kernels`` -- Lemma 19: the proof's straight-line descent direction,
  constructed and certified on degenerate points meeting its hypotheses.
* ``local_min_is_global_of_wide_pair`` -- Theorem 12, "otherwise" part, within a stated scope.

References
----------
* ``nouiehed-razaviyayn-2018``, "Remark 1".
* ``nouiehed-razaviyayn-2018``, "Observation 1".
* ``nouiehed-razaviyayn-2018``, "Lemma 7".
* ``nouiehed-razaviyayn-2018``, "Lemma 10".
* ``nouiehed-razaviyayn-2018``, "Theorem 8".
* ``nouiehed-razaviyayn-2018``, "Corollary 9".
* ``nouiehed-razaviyayn-2018``, "Lemma 11".
* ``nouiehed-razaviyayn-2018``, "Theorem 12" (and its proof, Appendix C).
* ``nouiehed-razaviyayn-2018``, "Lemma 19".

The claims as data; their checks are in :mod:`proofs.papers.nouiehed_razaviyayn_2018.checks`.
"""

from __future__ import annotations

from proofs.ledger.claim import Claim
from proofs.papers.nouiehed_razaviyayn_2018.checks import (
    _THEOREM12_CELLS,
    _check_corollary9,
    _check_lemma10,
    _check_lemma11,
    _check_lemma19,
    _check_lemma7,
    _check_narrow_pair,
    _check_observation1,
    _check_remark1,
    _check_theorem8,
    _check_theorem8_saddles,
    _check_three_layer_example,
    _check_wide_pair,
)

__all__ = ["CLAIMS"]


CLAIMS = (
    Claim(
        id="local_min_of_auxiliary_of_locally_open",
        paper="nouiehed-razaviyayn-2018",
        label="Observation 1",
        location="L158",
        kind="observation",
        statement=(r"If $F$ is locally open at $W$ and $W$ is a local minimum of $\ell(F(W))$ (5), then $F(W)$ is a local "
                   r"minimum of $\ell(S)$ over the range of $F$ (6)."),
        source="Observation 1. Suppose F(∙) is locally open at W. If W is a local minimum ofproblem (5), then S = F(W) is a local",
        check=_check_observation1,
        recorded="confirmed",
        uses=("product_locally_open_of_nondegenerate",),
        notebook="notebooks/nouiehed-razaviyayn-2018/product_locally_open_of_nondegenerate.ipynb",
    ),
    Claim(
        id="product_locally_open_of_nondegenerate",
        paper="nouiehed-razaviyayn-2018",
        label="Lemma 10",
        location="L376",
        kind="lemma",
        statement=(r"If $W$ is non-degenerate ($\operatorname{rank} W_h \cdots W_1 = \min_i d_i$), the product map "
                   r"$M_{h,1}(W) = W_h \cdots W_1$ is locally open at $W$ (in its range)."),
        source="Lemma 10. If W is non-degenerate, then MhJ(W) = Wh …Wi is locally open at W.",
        check=_check_lemma10,
        recorded="confirmed",
    ),
    Claim(
        id="local_min_is_global_of_two_layer_any_data",
        paper="nouiehed-razaviyayn-2018",
        label="Theorem 8",
        location="L348",
        kind="theorem",
        statement=r"For any $X$ and $Y$, every local minimum of $\tfrac12 \lVert W_2 W_1 X - Y \rVert^2$ (11) is global.",
        source="Theorem 8. Every local minimum of problem (11) is global.",
        check=_check_theorem8,
        recorded="confirmed",
        notebook="notebooks/nouiehed-razaviyayn-2018/local_min_is_global_of_two_layer_any_data.ipynb",
    ),
    Claim(
        id="saddle_strict_of_degenerate_two_layer",
        paper="nouiehed-razaviyayn-2018",
        label="Theorem 8",
        location="L348",
        kind="theorem",
        statement=(r"Every degenerate saddle point ($\operatorname{rank} W_2 W_1 < \min\{d_2, d_1, d_0\}$) of (11) is a "
                   r"second order saddle: its Hessian has a negative eigenvalue."),
        source="Moreover, every degenerate saddle point of problem (11)",
        check=_check_theorem8_saddles,
        recorded="confirmed",
        uses=("local_min_is_global_of_two_layer_any_data",),
        notebook="notebooks/nouiehed-razaviyayn-2018/local_min_is_global_of_two_layer_any_data.ipynb",
    ),
    Claim(
        id="local_min_is_global_of_rank_constrained",
        paper="nouiehed-razaviyayn-2018",
        label="Lemma 7",
        location="L333",
        kind="lemma",
        statement=(r"For any $X$, every local minimum of $\min_Z \tfrac12 \lVert ZX - Y \rVert^2$ subject to "
                   r"$\operatorname{rank} Z \le \min\{d_2, d_1, d_0\}$ (12) is global."),
        source="Lemma 7. Every local minimum of problem (12) is global.",
        check=_check_lemma7,
        recorded="confirmed",
        notebook="notebooks/nouiehed-razaviyayn-2018/local_min_is_global_of_two_layer_any_data.ipynb",
    ),
    Claim(
        id="degenerate_critical_global_or_strict_of_convex_loss",
        paper="nouiehed-razaviyayn-2018",
        label="Corollary 9",
        location="L350",
        kind="corollary",
        statement=(r"With the square loss of (11) replaced by a general convex loss, every degenerate critical point is "
                   r"either a global minimum or a second order saddle."),
        source="Corollary 9. Let the square loss error in(11)be replaced by a general convex loss function",
        check=_check_corollary9,
        recorded="confirmed",
        uses=("saddle_strict_of_degenerate_two_layer",),
        notebook="notebooks/nouiehed-razaviyayn-2018/local_min_is_global_of_two_layer_any_data.ipynb",
    ),
    Claim(
        id="nondegenerate_local_min_is_global",
        paper="nouiehed-razaviyayn-2018",
        label="Lemma 11",
        location="L381",
        kind="lemma",
        statement=(r"Every non-degenerate local minimum ($\operatorname{rank} W_h \cdots W_1 = \min_i d_i$) of "
                   r"$\tfrac12 \lVert W_h \cdots W_1 X - Y \rVert^2$ (13) is a global minimum."),
        source="Lemma 11. Every non-degenerate local minimum of (13) is global minimum.",
        check=_check_lemma11,
        recorded="confirmed",
        uses=("local_min_is_global_of_rank_constrained",),
        notebook="notebooks/nouiehed-razaviyayn-2018/local_min_is_global_of_two_layer_any_data.ipynb",
    ),
    Claim(
        id="local_min_not_global_of_narrow_pair_construction",
        paper="nouiehed-razaviyayn-2018",
        label="Theorem 12",
        location="L1102",
        kind="theorem",
        statement=(r"Let $p_1^* = \arg\min_{0 \le i \le h} d_i$, $p_2^* = \arg\min_{j \ne p_1^*} d_j$ with "
                   r"$d_{p_2^*} < \min(d_h, d_0)$. With $X = I$, $Y = e_{d_h} e_{d_0}^T$, $W_k$ partial identities for "
                   r"$k \notin (p_1, p_2]$ and $W_k = 0$ for $p_1 < k \le p_2$, the point $W$ is a local minimum of (30) "
                   r"that is not global."),
        source="If dp2* < min(dh, d0), we can find a rank deficient Y such",
        check=_check_narrow_pair,
        recorded="refuted", recorded_finding="gap",
        uses=("local_min_is_global_of_two_layer_any_data",),
        cells=_THEOREM12_CELLS,
    ),
    Claim(
        id="local_min_not_global_of_three_layer_example",
        paper="nouiehed-razaviyayn-2018",
        label="Theorem 12",
        location="L1159",
        kind="counterexample",
        statement=(r"For $X = I_3$, $Y = (1, 0, -1;\ 0, 4, 0;\ -1, 0, 1)$ (rows separated by semicolons), "
                   r"$W_3 = (-1, 1;\ 1, 1;\ -1, 1)$, $W_2 = (1, 1;\ 1, 1)$, $W_1 = W_3^T$ "
                   r"($\operatorname{rank} Y > \min(d_h - d_{p_2}, d_0 - d_{p_1})$), $(W_3, W_2, W_1)$ is a local minimum "
                   r"that is not global."),
        source="We now provide a counterexample that disproves the statement.",
        check=_check_three_layer_example,
        recorded="refuted", recorded_finding="error",
        notebook="notebooks/nouiehed-razaviyayn-2018/local_min_not_global_of_narrow_pair_construction.ipynb",
    ),
    Claim(
        id="global_min_or_descent_of_degenerate_kernels",
        paper="nouiehed-razaviyayn-2018",
        label="Lemma 19",
        location="L941",
        kind="lemma",
        statement=(r"Let $W$ be degenerate with $N(W_i)$ and $N(W_i^T)$ non-trivial for $2 \le i \le h-1$, and $N(W_h)$ "
                   r"or $N(W_1^T)$ non-trivial. Then $W$ is a global minimum of (30) or the direction $A$ built in the "
                   r"proof ((33), (35)) is a descent direction: $W$ is not a local minimum."),
        source="Lemma 19. Consider a degenerate point W = (Wh,..., W1) with N (W%) and N(WT) for h — 1 ≤ i ≤ 2 all",
        check=_check_lemma19,
        recorded="confirmed",
        notebook="notebooks/nouiehed-razaviyayn-2018/local_min_not_global_of_narrow_pair_construction.ipynb",
    ),
    Claim(
        id="local_min_is_global_of_wide_pair",
        paper="nouiehed-razaviyayn-2018",
        label="Theorem 12",
        location="L388",
        kind="theorem",
        statement=(r"If $d_{p_2^*} \ge \min(d_h, d_0)$, then for any $X$ and $Y$ every local minimum of (30) is a "
                   r"global minimum."),
        source="Otherwise, given any X and Y , every local minimum of",
        check=_check_wide_pair,
        recorded="confirmed",
        uses=("local_min_is_global_of_two_layer_any_data",),
        notebook="notebooks/nouiehed-razaviyayn-2018/local_min_not_global_of_narrow_pair_construction.ipynb",
    ),
    Claim(
        id="not_locally_open_of_rank_mismatch_example",
        scope_kind="all",
        paper="nouiehed-razaviyayn-2018",
        label="Remark 1",
        location="L276",
        kind="remark",
        statement=(r"Let $W_1 = (1, 1)^T$, $W_2 = (0, 0)$ and $R_\delta = \delta e_1 e_1^T \in \mathbb{R}^{2 \times 2}$. "
                   r"$W_1 W_2 + R_\delta$ has rank one (it lies in the range of $M$), but every "
                   r"$(\tilde W_1, \tilde W_2)$ with $\tilde W_1 \tilde W_2 = W_1 W_2 + R_\delta$, $\delta \ne 0$, has "
                   r"$\lVert \tilde W_1 - W_1 \rVert \ge 1$: $M$ is not locally open at $(W_1, W_2)$ in its range."),
        source="then W1W2 + Rδ is rank one and hence feasible perturbation.",
        check=_check_remark1,
        recorded="confirmed",
    ),
)
