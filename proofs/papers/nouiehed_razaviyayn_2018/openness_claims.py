"""Nouiehed and Razaviyayn (2018): local openness of matrix multiplication and of pyramidal networks.

Main results
------------
* ``local_minima_global_of_open_square_map`` -- Example 2: both minima :math:`w = \\pm 1` of
  :math:`(w^2 - 1)^2` are global.
* ``orbit_same_verdict_of_open_product`` -- Example 3: points :math:`(Q W_1, W_2 Q^{-1})` of the orbit have the
  same product and the same certified verdict.
* ``locally_open_iff_full_rank_conditions_of_wide_case`` -- Proposition 4 (:math:`k \\ge \\min(m, n)`): 2a) or
  2b) iff the printed condition 3, witnesses built, preimages constructed where 2a) or 2b) holds.
* ``locally_open_iff_kernel_conditions_of_equal_ranks`` -- Theorem 5 (:math:`k < \\min(m, n)`): unequal ranks
  give a family without nearby preimages; equal ranks: i)-iv) agree with v).
* ``linear_rate_of_locally_open_pair`` -- Theorem 5's remark :math:`\\delta = O(\\epsilon)` read as a linear
  rate: refuted at every locally open pair with :math:`\\operatorname{rank} W_1 W_2 < k`.
* ``locally_open_invariant_of_orthogonal_change`` -- Lemma 14: openness is the same at :math:`(U^T W_1, W_2 V)`.
* ``kernel_conditions_invariant_of_orthogonal_change`` -- Lemma 15: i) and ii) are the same there.
* ``kernel_conditions_equivalent_of_equal_ranks`` -- Lemma 16: i) iff ii) iff iii) iff iv) when ranks agree.
* ``ranks_equal_of_kernel_conditions`` -- Lemma 17: i) and ii) force
  :math:`\\operatorname{rank} W_1 = \\operatorname{rank} W_2 = \\operatorname{rank} W_1 W_2`.
* ``locally_open_iff_kernel_conditions_of_rank_deficient_case`` -- Proposition 18: open in the range iff i)
  and ii), with the constructive "if" direction.
* ``bounded_basis_coefficients_of_rank_deficient_rows`` -- Lemma 13: the proof's basis selection gives
  :math:`\\max |A_{ij}| \\le 2^{m-r-1}`.
* ``locally_open_of_full_row_rank_pyramidal`` -- Lemma 6 with the leaky ReLU: exact preimages.

References
----------
* ``nouiehed-razaviyayn-2018``, "Example 2".
* ``nouiehed-razaviyayn-2018``, "Example 3".
* ``nouiehed-razaviyayn-2018``, "Proposition 4".
* ``nouiehed-razaviyayn-2018``, "Theorem 5".
* ``nouiehed-razaviyayn-2018``, "Lemma 6".
* ``nouiehed-razaviyayn-2018``, "Lemma 13".
* ``nouiehed-razaviyayn-2018``, "Lemma 14".
* ``nouiehed-razaviyayn-2018``, "Lemma 15".
* ``nouiehed-razaviyayn-2018``, "Lemma 16".
* ``nouiehed-razaviyayn-2018``, "Lemma 17".
* ``nouiehed-razaviyayn-2018``, "Proposition 18".

The claims as data; their checks are in :mod:`proofs.papers.nouiehed_razaviyayn_2018.openness`.
"""

from __future__ import annotations

from proofs.ledger.claim import Claim
from proofs.papers.nouiehed_razaviyayn_2018.openness import (
    NOTEBOOK,
    PAPER,
    _CELLS_LEMMA13,
    _CELLS_LEMMA6,
    _CELLS_THEOREM5,
    _SRC_T5,
    _check_example2,
    _check_example3,
    _check_lemma13,
    _check_lemma14,
    _check_lemma15,
    _check_lemma16,
    _check_lemma17,
    _check_lemma6,
    _check_linear_rate,
    _check_proposition18,
    _check_proposition4,
    _check_theorem5,
)

__all__ = ["CLAIMS"]


CLAIMS = (
    Claim(
        id="local_minima_global_of_open_square_map",
        scope_kind="all",
        paper=PAPER, label="Example 2", kind="example",
        location="L180",
        statement=(r"$F(w) = w^2$ is open onto $\{z \ge 0\}$, so the two local minima $w = \pm 1$ of "
                   r"$(w^2 - 1)^2$ (7) map to the single minimum $z = 1$ of $(z - 1)^2$ over $z \ge 0$ (8), and both "
                   r"are global."),
        source=("the two local minima w = -1 and w = +1 in (7) are mapped to a single local minimum z = 1 of "
                "problem (8)."),
        check=_check_example2, recorded="confirmed",
        notebook=f"notebooks/{PAPER}/local_minima_global_of_open_square_map.ipynb",
    ),
    Claim(
        id="orbit_same_verdict_of_open_product",
        paper=PAPER, label="Example 3", kind="example",
        location="L196",
        statement=(r"If $(W_1, W_2)$ is a local minimum of $\ell(W_1 W_2)$, every point of "
                   r"$\{(W_1 Q_1, Q_2 W_2) : Q_1 Q_2 = I\}$ is a local minimum with the same product $Z = W_1 W_2$."),
        source="is also a local minimum.",
        check=_check_example3, recorded="confirmed",
        notebook=f"notebooks/{PAPER}/local_minima_global_of_open_square_map.ipynb",
    ),
    Claim(
        id="locally_open_iff_full_rank_conditions_of_wide_case",
        paper=PAPER, label="Proposition 4", kind="proposition",
        location="L237-L238",
        statement=(r"Let $k \ge \min(m, n)$. $M$ is locally open at $(W_1, W_2)$ iff (2a) some $\tilde W_1$ with "
                   r"$\tilde W_1 W_2 = 0$ makes $W_1 + \tilde W_1$ full row rank, or (2b) some $\tilde W_2$ with "
                   r"$W_1 \tilde W_2 = 0$ makes $W_2 + \tilde W_2$ full column rank, iff (3) "
                   r"$\dim(N(W_1) \cap C(W_2)) \le k - m$ or "
                   r"$n - (\operatorname{rank} W_2 - \dim(N(W_1) \cap C(W_2))) \le k - \operatorname{rank} W_1$."),
        source="Proposition 4. (Behrends, 2017, Theorem 2.5 Rephrased) [...] Assume k ≥ min{m, n}.",
        check=_check_proposition4, recorded="confirmed",
        notebook=NOTEBOOK,
    ),
    Claim(
        id="locally_open_iff_kernel_conditions_of_equal_ranks",
        paper=PAPER, label="Theorem 5", kind="theorem",
        location="L248-L249",
        statement=(r"Let $k < \min(m, n)$. If $\operatorname{rank} W_1 \ne \operatorname{rank} W_2$, $M$ is not "
                   r"locally open at $(W_1, W_2)$ in its range $\{Z : \operatorname{rank} Z \le k\}$. If the ranks are "
                   r"equal, the following are equivalent: i) $\exists \tilde W_1$, $\tilde W_1 W_2 = 0$, "
                   r"$W_1 + \tilde W_1$ full column rank; ii) $\exists \tilde W_2$, $W_1 \tilde W_2 = 0$, "
                   r"$W_2 + \tilde W_2$ full row rank; iii) $\dim(N(W_1) \cap C(W_2)) = 0$; iv) "
                   r"$\dim(N(W_2^T) \cap C(W_1^T)) = 0$; v) $M$ is locally open at $(W_1, W_2)$ in its range."),
        source=_SRC_T5,
        check=_check_theorem5, recorded="confirmed",
        uses=("kernel_conditions_equivalent_of_equal_ranks", "ranks_equal_of_kernel_conditions",
              "locally_open_iff_kernel_conditions_of_rank_deficient_case"),
        cells=_CELLS_THEOREM5,
    ),
    Claim(
        id="linear_rate_of_locally_open_pair",
        paper=PAPER, label="Theorem 5", kind="claim",
        location="L267",
        statement=(r"At every pair $(W_1, W_2)$ where $M$ is locally open in its range, $\delta$ can be chosen of "
                   r"order $\epsilon$: some $c > 0$ has $B_{c\epsilon}(W_1 W_2) \cap \mathcal{R}_M \subseteq "
                   r"M(B_\epsilon(W_1, W_2))$ for all small $\epsilon$."),
        source="we show that for any locally open pair (W1, W2), given",
        reading=(r"The extraction lost the order: 'the chosen $\delta$ is of order , i.e., $\delta = O()$'. Read as "
                 r"$\delta = O(\epsilon)$, a linear rate (the finding is extraction-dependent)."),
        check=_check_linear_rate, recorded="refuted", recorded_finding="extraction",
        uses=("locally_open_iff_kernel_conditions_of_equal_ranks",),
        notebook=NOTEBOOK,
    ),
    Claim(
        id="locally_open_invariant_of_orthogonal_change",
        paper=PAPER, label="Lemma 14", kind="lemma",
        location="L643",
        statement=(r"Let $W_1 W_2 = U \Sigma V^T$ (SVD). $M$ is locally open at $(W_1, W_2)$ iff it is locally open "
                   r"at $(U^T W_1, W_2 V)$."),
        source="Lemma 14. Let Wi ∈ Rm×k and W2 ∈ RkXn.",
        check=_check_lemma14, recorded="confirmed",
        notebook=NOTEBOOK,
    ),
    Claim(
        id="kernel_conditions_invariant_of_orthogonal_change",
        paper=PAPER, label="Lemma 15", kind="lemma",
        location="L676",
        statement=(r"With $W_1 W_2 = U \Sigma V^T$, $\bar W_1 = U^T W_1$ and $\bar W_2 = W_2 V$: condition i) holds "
                   r"for $(W_1, W_2)$ iff it holds for $(\bar W_1, \bar W_2)$, and likewise ii)."),
        source="Lemma 15. Let W1 ∈ Rm×k and W2 ∈ Rk×n.",
        check=_check_lemma15, recorded="confirmed",
        notebook=NOTEBOOK,
    ),
    Claim(
        id="kernel_conditions_equivalent_of_equal_ranks",
        paper=PAPER, label="Lemma 16", kind="lemma",
        location="L693",
        statement=(r"Let $\operatorname{rank} W_1 = \operatorname{rank} W_2 = r$ and $k < \min(m, n)$. Then i), ii), "
                   r"iii) $\dim(N(W_1) \cap C(W_2)) = 0$ and iv) $\dim(N(W_2^T) \cap C(W_1^T)) = 0$ are equivalent."),
        source="Lemma 16. Let Wi ∈ Rm×k, W2 ∈ Rk×n with rank(Wi) = rank(W2) = r. Assume further that k < min{m, n}.",
        check=_check_lemma16, recorded="confirmed",
        notebook=NOTEBOOK,
    ),
    Claim(
        id="ranks_equal_of_kernel_conditions",
        paper=PAPER, label="Lemma 17", kind="lemma",
        location="L736",
        statement=(r"Let $k < \min(m, n)$ and $r = \operatorname{rank} W_1 W_2$. If i) and ii) hold, then "
                   r"$\operatorname{rank} W_1 = \operatorname{rank} W_2$, $(W_2 V)_{:, r+1:n} = 0$ and "
                   r"$(U^T W_1)_{r+1:m, :} = 0$ ($W_1 W_2 = U \Sigma V^T$)."),
        source="Lemma 17. Let Wi ∈ Rm×k, W2 ∈ Rk×n with k < min{m, n}",
        check=_check_lemma17, recorded="confirmed",
        notebook=NOTEBOOK,
    ),
    Claim(
        id="locally_open_iff_kernel_conditions_of_rank_deficient_case",
        paper=PAPER, label="Proposition 18", kind="proposition",
        location="L762",
        statement=(r"Let $k < \min(m, n)$. $M$ is locally open in its range $\{Z : \operatorname{rank} Z \le k\}$ at "
                   r"$(W_1, W_2)$ iff i) and ii) hold."),
        source="Proposition 18. Let M(Wi, W2) = WiW2 be the matrix product mapping with Wi ∈ Rm×k, W2 ∈ Rk×n,",
        check=_check_proposition18, recorded="confirmed",
        uses=("bounded_basis_coefficients_of_rank_deficient_rows", "ranks_equal_of_kernel_conditions"),
        notebook=NOTEBOOK,
    ),
    Claim(
        id="bounded_basis_coefficients_of_rank_deficient_rows",
        paper=PAPER, label="Lemma 13", kind="lemma",
        location="L557",
        statement=(r"Let $V \in \mathbb{R}^{m \times n}$ with $\operatorname{rank} V = r < m$. There are rows "
                   r"$B = \{i_1, \dots, i_r\}$ and $A \in \mathbb{R}^{(m-r) \times r}$ with $V_{B^c} = A V_B$ and "
                   r"$\max_{ij} |A_{ij}| \le 2^{m-r-1}$."),
        source="Lemma 13. Let V ∈ Rm×n be a matrix with rank(V) = r < m.",
        check=_check_lemma13, recorded="confirmed",
        cells=_CELLS_LEMMA13,
    ),
    Claim(
        id="locally_open_of_full_row_rank_pyramidal",
        paper=PAPER, label="Lemma 6", kind="lemma",
        location="L301",
        statement=(r"With continuous strictly monotone activations (here the leaky ReLU, slope $1/10$), $d_0 > n$ and "
                   r"$d_i \le d_{i-1}$, the map $F_h(W) = \sigma(W_h \cdots \sigma(W_1 X))$ is locally open at every "
                   r"$W$ whose $W_i$ all have full row rank."),
        source="Lemma 6. Assume the functions σi(∙) : R → R are all continuous strictly monotone.",
        check=_check_lemma6, recorded="confirmed",
        cells=_CELLS_LEMMA6,
    ),
)
