"""Kawaguchi (2016), Deep Learning without Poor Local Minima.

Notation: Kawaguchi's network has :math:`H` hidden layers, so :math:`L = H + 1`;
his :math:`\\operatorname{vec}` is column-major and his gradient blocks are
:math:`D_{\\operatorname{vec}(W_k^T)}`, the row-major entries of :math:`W_k`
(the project's parameter order).  The loss is
:math:`L(W) = \\tfrac12 \\lVert W_{H+1} \\cdots W_1 X - Y \\rVert_F^2`.

Main results
------------
* ``gradient_eq_vec_kronecker_of_squared_loss`` -- the gradient in vec/Kronecker form,
  hence the critical point condition.
* ``hessian_block_eq_of_squared_loss`` -- the Hessian blocks in Kronecker form.
* ``convex_in_each_layer_of_squared_loss`` -- Conjecture 2.2 (i) (and Proposition 2.1 (i) for
  :math:`H = 1`): each diagonal Hessian block is a Kronecker product of Gram matrices.
* ``not_convex_not_concave_of_full_rank_data`` -- Theorem 2.3 (i): exact points with an indefinite Hessian.
* ``local_min_is_global_of_full_rank_data`` -- Theorem 2.3 (ii)-(iii): every critical point found is a
  global minimum or a saddle.
* ``saddle_strict_of_middle_rank_eq_min_width`` -- Theorem 2.3 (iv): saddles with
  :math:`\\operatorname{rank}(W_H \\cdots W_2) = p` have a negative Hessian eigenvalue.
* ``saddle_strict_of_one_hidden_layer`` -- Corollary 2.4, H = 1: every saddle found is strict.
* ``saddle_not_strict_exists_of_two_hidden_layers`` -- Corollary 2.4, H >= 2: a saddle whose Hessian
  has no negative eigenvalue (exact witness, higher-order descent curve).
* ``expected_output_eq_linear_of_bernoulli_paths`` -- Corollary 3.2's reduction: with Bernoulli(:math:`\\rho`)
  path activations and :math:`q = \\rho^{-1}`, :math:`E_Z[\\hat Y]` is the linear network's output.
* ``local_min_is_global_of_repeated_eigenvalue`` -- when :math:`\\Sigma` has a repeated eigenvalue
  (an assumption of Theorem 2.3 fails), the critical points found are still global minima or saddles.
* ``local_min_is_global_of_one_hidden_layer`` -- Proposition 2.1 (ii) (H = 1, p < d_x = d_y): every critical
  point found is a global minimum or a saddle.
* ``range_subset_or_residual_zero_of_semidefinite_hessian`` -- Lemma 4.4 at every semidefinite critical point found.
* ``rank_ge_or_residual_zero_of_semidefinite_hessian`` -- Corollary 4.5 at every semidefinite critical point found.
* ``projector_eq_top_eigenvectors_or_residual_zero_of_psd_hessian`` -- Lemma 4.6 at every PSD critical point found.
* ``local_min_is_global_of_rank_deficient_data`` -- with :math:`XX^T` or :math:`XY^T` singular, the critical points
  found are still global minima or saddles.
* ``product_eq_projection_of_critical`` -- at a critical point,
  :math:`W_{H+1} \\cdots W_1 = C (C^TC)^- C^T Y X^T (XX^T)^{-1}` for any generalized inverse.

References
----------
* ``kawaguchi-2016``, "Lemma 4.1".
* ``kawaguchi-2016``, "Conjecture 2.2" (part (i); "Proposition 2.1" (i) is its case H = 1).
* ``kawaguchi-2016``, "Proposition 2.1" (part (ii)).
* ``kawaguchi-2016``, "Lemma 4.4".
* ``kawaguchi-2016``, "Corollary 4.5".
* ``kawaguchi-2016``, "Lemma 4.6".
* ``kawaguchi-2016``, "Theorem 2.3" (parts (i)-(iv)).
* ``kawaguchi-2016``, "Corollary 2.4".
* ``kawaguchi-2016``, "Corollary 3.2" (the reduction; its items (i)-(iv) are Theorem 2.3's).
* ``kawaguchi-2016``, "Lemma 4.2".
* ``kawaguchi-2016``, "Lemma 4.3".

The claims as data; their checks are in :mod:`proofs.papers.kawaguchi_2016.checks`.
"""

from __future__ import annotations

from proofs.ledger.claim import Claim
from proofs.papers.kawaguchi_2016.checks import (
    _CONVEX_CELLS,
    _DEEP_SADDLE_CELLS,
    _GRADIENT_CELLS,
    _GRADIENT_ID,
    _HESSIAN_CELLS,
    _LANDSCAPE_CELLS,
    _LEMMA42_CELLS,
    _NECESSARY_CELLS,
    _check_convex,
    _check_corollary24_deep,
    _check_corollary24_h1,
    _check_corollary32,
    _check_corollary45,
    _check_gradient,
    _check_hessian,
    _check_lemma42,
    _check_lemma44,
    _check_lemma46,
    _check_prop21_ii,
    _check_rank_deficient,
    _check_repeated,
    _check_theorem23_i,
    _check_theorem23_ii,
    _check_theorem23_iv,
)

__all__ = ["CLAIMS"]


CLAIMS = (
    Claim(
        id=_GRADIENT_ID,
        scope_kind="all",
        paper="kawaguchi-2016",
        label="Lemma 4.1",
        location="L391-L392",
        kind="lemma",
        statement=(r"For $L(W) = \tfrac12 \lVert W_{H+1} \cdots W_1 X - Y \rVert_F^2$ and $r = (W_{H+1} \cdots W_1 X - Y)^T$, "
                   r"with column-major $\operatorname{vec}$: for every $k \in \{1, \dots, H+1\}$, "
                   r"$D_{\operatorname{vec}(W_k^T)} L(W)^T = \big(W_{H+1} \cdots W_{k+1} \otimes "
                   r"(W_{k-1} \cdots W_1 X)^T\big)^T \operatorname{vec}(r)$; hence $W$ is a critical point "
                   r"if and only if all these vectors vanish."),
        source=("Lemma 4.1 (Critical point necessary and sufficient condition) W is a critical point of L(W "
                "[...] only if for all k ∈ {1, ..., H + 1},"),
        check=_check_gradient,
        recorded="confirmed",
        uses=("gradient_eq_closed_form_of_differentiable_loss",),
        cells=_GRADIENT_CELLS,
    ),
    Claim(
        id="hessian_block_eq_of_squared_loss",
        scope_kind="all",
        paper="kawaguchi-2016",
        label="Lemma 4.3",
        location="L404-L449",
        kind="lemma",
        statement=(r"For the squared loss, with $P_k = W_{H+1} \cdots W_{k+1}$, $Q_k = W_{k-1} \cdots W_1$, "
                   r"$G = (W_{H+1} \cdots W_1 X - Y) X^T$ and column-major $\operatorname{vec}$, the Hessian "
                   r"block $D_{\operatorname{vec}(W_j^T)} (D_{\operatorname{vec}(W_k^T)} L)^T$ is "
                   r"$(P_k^T P_j) \otimes (Q_k X X^T Q_j^T) + T_{kj}$, where for $k > j$ "
                   r"$T_{kj} = \big(P_k^T G Q_j^T \otimes W_{k-1} \cdots W_{j+1}\big) K_{d_{j-1}, d_j}$ "
                   r"($K$ the commutation matrix), $T_{jk} = T_{kj}^T$, $T_{kk} = 0$; in particular the "
                   r"diagonal blocks are $(P_k^T P_k) \otimes (Q_k X)(Q_k X)^T$."),
        source=("Lemma 4.3 (Block Hessian with Kronecker product) Write the entries of ∇2 L(W [...] "
                "Then, for any k ∈ {1, ..., H + 1},"),
        check=_check_hessian,
        recorded="confirmed",
        uses=(_GRADIENT_ID,),
        cells=_HESSIAN_CELLS,
    ),
    Claim(
        id="expected_output_eq_linear_of_bernoulli_paths",
        paper="kawaguchi-2016",
        label="Corollary 3.2",
        location="L299",
        kind="corollary",
        statement=(r"Assume A1p-m (path activations $[Z_i]_{(j,p)}$ Bernoulli with success probability $\rho$) and "
                   r"A5u-m (independent of $X$ and $W$), and let $q = \rho^{-1}$. Then $E_Z[\hat Y(W, X)] = "
                   r"W_{H+1} \cdots W_1 X$, so $\tfrac12 \lVert E_Z[\hat Y(W, X) - Y] \rVert_F^2 = \bar L(W)$."),
        source="Corollary 3.2 (Loss surface of deep nonlinear networks) Assume A1p-m and A5u-m. Let q = ρ−1 .",
        check=_check_corollary32,
        recorded="confirmed",
    ),
    Claim(
        id="product_eq_projection_of_critical",
        paper="kawaguchi-2016",
        label="Lemma 4.2",
        location="L400",
        kind="lemma",
        statement=(r"Assume $XX^T$ is invertible and let $C = W_{H+1} \cdots W_2$. If $\bar W$ is a critical point of "
                   r"$\bar L$, then $W_{H+1} \cdots W_1 = C (C^T C)^- C^T Y X^T (XX^T)^{-1}$ for every generalized "
                   r"inverse $(C^TC)^-$."),
        source="Lemma 4.2 (Representation at critical point) If W is a critical point of L(W",
        check=_check_lemma42,
        recorded="confirmed",
        uses=(_GRADIENT_ID,),
        cells=_LEMMA42_CELLS,
    ),
    Claim(
        id="convex_in_each_layer_of_squared_loss",
        scope_kind="all",
        paper="kawaguchi-2016",
        label="Conjecture 2.2",
        location="L103",
        kind="conjecture",
        statement=(r"For any $k \in \{1, \dots, H + 1\}$, $\bar L(W) = \tfrac12 \lVert W_{H+1} \cdots W_1 X - Y \rVert_F^2$ "
                   r"is convex in $W_k$ when every other $W_{k'}$ is fixed: its Hessian block "
                   r"$(W_{k+1,+}^T W_{k+1,+}) \otimes (W_{k-1,-} X)(W_{k-1,-} X)^T$ is positive semidefinite "
                   r"(part (i); Proposition 2.1 (i) is the case $H = 1$)."),
        source="Conjecture 2.2 (Baldi & Hornik, 1989: deep linear network) Assume the same set of conditions as",
        check=_check_convex,
        recorded="confirmed",
        uses=("hessian_block_eq_of_squared_loss",),
        cells=_CONVEX_CELLS,
    ),
    Claim(
        id="not_convex_not_concave_of_full_rank_data",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        location="L126",
        kind="theorem",
        statement=(r"Assume $XX^T$ and $XY^T$ are of full rank, $d_y \le d_x$ and $\Sigma$ has $d_y$ distinct "
                   r"eigenvalues. Then (i) $\bar L$ is non-convex and non-concave."),
        source="(i) It is non-convex and non-concave.",
        check=_check_theorem23_i,
        recorded="confirmed",
        uses=("hessian_block_eq_of_squared_loss",),
        notebook="notebooks/kawaguchi-2016/local_min_is_global_of_full_rank_data.ipynb",
    ),
    Claim(
        id="local_min_is_global_of_full_rank_data",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        location="L128",
        kind="theorem",
        statement=(r"Under the assumptions of Theorem 2.3, for any depth and widths: (ii) every local minimum of "
                   r"$\bar L$ is a global minimum; (iii) every critical point that is not a global minimum is a "
                   r"saddle point."),
        source="(ii) Every local minimum is a global minimum.",
        check=_check_theorem23_ii,
        recorded="confirmed",
        uses=("gradient_eq_vec_kronecker_of_squared_loss", "hessian_block_eq_of_squared_loss"),
        cells=_LANDSCAPE_CELLS,
    ),
    Claim(
        id="local_min_is_global_of_repeated_eigenvalue",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        location="L121",
        kind="observation",
        statement=(r"If $\Sigma$ has a repeated eigenvalue (so an assumption of Theorem 2.3 fails), every critical "
                   r"point found of $\bar L$ is still a global minimum or a saddle point."),
        source="Theorem 2.3 (Loss surface of deep linear networks) Assume that XX T and XY T are of full rank",
        check=_check_repeated,
        recorded="confirmed",
        uses=("local_min_is_global_of_full_rank_data",),
        notebook="notebooks/kawaguchi-2016/local_min_is_global_of_full_rank_data.ipynb",
    ),
    Claim(
        id="local_min_is_global_of_one_hidden_layer",
        paper="kawaguchi-2016",
        label="Proposition 2.1",
        location="L96",
        kind="proposition",
        statement=(r"Assume $H = 1$, $XX^T$ and $XY^T$ invertible, $\Sigma$ with $d_y$ distinct eigenvalues, $p < d_x$, "
                   r"$p < d_y$ and $d_y = d_x$. Then (ii) every local minimum of $\bar L$ is a global minimum."),
        source="Proposition 2.1 (Baldi & Hornik, 1989: shallow linear network) Assume that H = 1",
        check=_check_prop21_ii,
        recorded="confirmed",
        notebook="notebooks/kawaguchi-2016/local_min_is_global_of_full_rank_data.ipynb",
    ),
    Claim(
        id="range_subset_or_residual_zero_of_semidefinite_hessian",
        paper="kawaguchi-2016",
        label="Lemma 4.4",
        location="L473-L475",
        kind="lemma",
        statement=(r"If $\nabla^2 \bar L(W)$ is positive or negative semidefinite at a critical point, then for any "
                   r"$k \in \{2, \dots, H+1\}$, $R((W_{k-1} \cdots W_2)^T) \subseteq R(C^T C)$ or "
                   r"$X r W_{H+1} \cdots W_{k+1} = 0$."),
        source=("Lemma 4.4 (Hessian semidefinite necessary condition) [...] "
                "R((Wk−1 ∙ ∙ ∙ W3 W2 )T ) ⊆ R(C T C) or XrWH+1 WH ∙ ∙ ∙ Wk+1 = 0."),
        check=_check_lemma44,
        recorded="confirmed",
        cells=_NECESSARY_CELLS,
        uses=("hessian_block_eq_of_squared_loss",),
        notebook="notebooks/kawaguchi-2016/local_min_is_global_of_full_rank_data.ipynb",
    ),
    Claim(
        id="rank_ge_or_residual_zero_of_semidefinite_hessian",
        paper="kawaguchi-2016",
        label="Corollary 4.5",
        location="L480",
        kind="corollary",
        statement=(r"If $\nabla^2 \bar L(W)$ is positive or negative semidefinite at a critical point, then for any "
                   r"$k \in \{2, \dots, H+1\}$, $\operatorname{rank}(W_{H+1} \cdots W_k) \ge "
                   r"\operatorname{rank}(W_{k-1} \cdots W_2)$ or $X r W_{H+1} \cdots W_{k+1} = 0$."),
        source="rank(WH+1 WH ∙ ∙ ∙ Wk ) ≥ rank(Wk−1 ∙ ∙ ∙ W3 W2 ) or XrWH+1 WH ∙ ∙ ∙ Wk+1 = 0.",
        check=_check_corollary45,
        recorded="confirmed",
        uses=("range_subset_or_residual_zero_of_semidefinite_hessian",),
        notebook="notebooks/kawaguchi-2016/local_min_is_global_of_full_rank_data.ipynb",
    ),
    Claim(
        id="projector_eq_top_eigenvectors_or_residual_zero_of_psd_hessian",
        paper="kawaguchi-2016",
        label="Lemma 4.6",
        location="L483-L485",
        kind="lemma",
        statement=(r"If $\nabla^2 \bar L(W)$ is positive semidefinite at a critical point, then "
                   r"$C (C^T C)^- C^T = U_{\bar p} U_{\bar p}^T$ (the eigenvectors of the $\bar p = \operatorname{rank} C$ "
                   r"largest eigenvalues of $\Sigma$) or $X r = 0$."),
        source=("Lemma 4.6 (Hessian positive semidefinite necessary condition) [...] "
                "C(C T C)− C T = UpˉUpˉT or Xr = 0."),
        check=_check_lemma46,
        recorded="confirmed",
        uses=("hessian_block_eq_of_squared_loss", "product_eq_projection_of_critical"),
        notebook="notebooks/kawaguchi-2016/local_min_is_global_of_full_rank_data.ipynb",
    ),
    Claim(
        id="local_min_is_global_of_rank_deficient_data",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        location="L121",
        kind="observation",
        statement=(r"If $XX^T$ or $XY^T$ is singular (so an assumption of Theorem 2.3 fails), every critical point "
                   r"found of $\bar L$ is still a global minimum or a saddle point."),
        source="Theorem 2.3 (Loss surface of deep linear networks) Assume that XX T and XY T are of full rank",
        check=_check_rank_deficient,
        recorded="confirmed",
        uses=("local_min_is_global_of_full_rank_data",),
        notebook="notebooks/kawaguchi-2016/local_min_is_global_of_full_rank_data.ipynb",
    ),
    Claim(
        id="saddle_strict_of_middle_rank_eq_min_width",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        location="L130",
        kind="theorem",
        statement=(r"Under the assumptions of Theorem 2.3, (iv) if $\operatorname{rank}(W_H \cdots W_2) = p$ "
                   r"(the smallest hidden width), the Hessian at any saddle point has a strictly negative eigenvalue."),
        source="(iv) If rank(WH ∙ ∙ ∙ W2 ) = p, then the Hessian at any saddle point has at least one (strictly)",
        check=_check_theorem23_iv,
        recorded="confirmed",
        uses=("local_min_is_global_of_full_rank_data",),
        notebook="notebooks/kawaguchi-2016/local_min_is_global_of_full_rank_data.ipynb",
    ),
    Claim(
        id="saddle_strict_of_one_hidden_layer",
        paper="kawaguchi-2016",
        label="Corollary 2.4",
        location="L133",
        kind="corollary",
        statement=(r"Under the assumptions of Theorem 2.3, for $H = 1$ the Hessian at any saddle point has a strictly "
                   r"negative eigenvalue."),
        source="For three-layer networks (i.e., H = 1), the",
        check=_check_corollary24_h1,
        recorded="confirmed",
        uses=("saddle_strict_of_middle_rank_eq_min_width",),
        notebook="notebooks/kawaguchi-2016/saddle_not_strict_exists_of_two_hidden_layers.ipynb",
    ),
    Claim(
        id="saddle_not_strict_exists_of_two_hidden_layers",
        paper="kawaguchi-2016",
        label="Corollary 2.4",
        location="L136",
        kind="corollary",
        statement=(r"Under the assumptions of Theorem 2.3, for $H \ge 2$ there exist saddle points at which the Hessian "
                   r"has no negative eigenvalue."),
        source="deeper than three layers (i.e., H ≥ 2), there exist saddle points at which the Hessian does not have",
        check=_check_corollary24_deep,
        recorded="confirmed",
        uses=("local_min_is_global_of_full_rank_data",),
        cells=_DEEP_SADDLE_CELLS,
    ),
)
