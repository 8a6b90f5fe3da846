r"""Nouiehed and Razaviyayn (2018): the framework's smaller statements (Sections 2-4) and Appendix C's condition.

Main results
------------
* ``global_value_eq_of_auxiliary`` -- Section 2: problems (5) and (6) have the same global optimal value (the
  product map, certified global minima with a Ky Fan dual bound).
* ``locally_open_in_range_not_in_full_space_example`` -- Section 2's example :math:`W_1 = (1, 2)^T`,
  :math:`W_2 = (1, 1)`: no preimage of a full-rank perturbation, locally open in the range.
* ``open_stronger_than_locally_open`` -- Section 2: openness is stronger than local openness (the product map
  is locally open at one point and not open).
* ``local_min_of_auxiliary_fails_of_not_locally_open`` -- Observation 1 at a point that is not locally open:
  its conclusion fails there (the hypothesis is needed).
* ``kernel_conditions_not_equivalent_of_wide_case`` -- Section 3: i) and ii) differ in the full-rank case.
* ``locally_open_of_unequal_ranks_of_wide_case`` -- Section 3: equal ranks are not necessary in the full-rank
  case.
* ``locally_open_of_full_rank_factors`` -- Remark 1: :math:`W_1` full column rank and :math:`W_2` full row rank
  give local openness.
* ``not_locally_open_of_one_full_rank_factor`` -- Remark 1: with :math:`k < \min(m, n)`, exactly one full-rank
  factor gives no local openness.
* ``image_convex_of_full_column_rank_monotone`` -- Section 4: the image of :math:`F_h` is convex (refuted for the
  logistic activation, d = (3, 1, 1), n = 2).
* ``local_min_not_global_of_low_rank_target`` -- Appendix C: the construction gives a non-global local minimum
  whenever :math:`\operatorname{rank} Y \le \min(d_h - d_{p_2}, d_0 - d_{p_1})` (refuted, a gap).
* ``local_min_is_global_of_full_rank_target`` -- Appendix C (citing Lu-Kawaguchi and Yun et al.): with :math:`Y` of
  full rank every local minimum is global, checked where :math:`d_{p_2^*} < \min(d_h, d_0)`.

References
----------
* ``nouiehed-razaviyayn-2018``, "2 Mathematical Framework" (Section 2: the definitions of open and locally open maps, and the example
  after Example 3).
* ``nouiehed-razaviyayn-2018``, "Observation 1".
* ``nouiehed-razaviyayn-2018``, "Theorem 5" (the discussion after it, Section 3).
* ``nouiehed-razaviyayn-2018``, "Remark 1".
* ``nouiehed-razaviyayn-2018``, "4 Non-linear Deep Neural Network" (Section 4: the sentence before Lemma 6).
* ``nouiehed-razaviyayn-2018``, "Theorem 12" (its proof, Appendix C).

The claims as data; their checks are in :mod:`proofs.papers.nouiehed_razaviyayn_2018.framework`.
"""

from __future__ import annotations

from functools import partial

from proofs.ledger.claim import Claim
from proofs.papers.nouiehed_razaviyayn_2018.framework import (
    IMAGE_CELLS,
    PAPER,
    _check_conditions_differ_wide,
    _check_full_rank_target,
    _check_global_values,
    _check_image_convex,
    _check_low_rank_target,
    _check_observation1_necessity,
    _check_open_stronger,
    _check_remark1_rank_cases,
    _check_section2_example,
    _check_unequal_ranks_wide,
)

__all__ = ["CLAIMS"]

_NB_OPEN = f"notebooks/{PAPER}/locally_open_in_range_not_in_full_space_example.ipynb"

_R_RANGE = (r"Locally open in the range $\mathcal{R}_M = \{Z : \operatorname{rank} Z \le k\}$ (the paper's relative "
            r"local openness); $M(W_1, W_2) = W_1 W_2$ with $W_1 \in \mathbb{R}^{m \times k}$, "
            r"$W_2 \in \mathbb{R}^{k \times n}$.")

CLAIMS = (
    Claim(
        id="global_value_eq_of_auxiliary", location="L140",
        paper=PAPER, label="2 Mathematical Framework", kind="claim",
        statement=(r"Since (6) minimizes $\ell$ over the range of $F$, the global optimal objective values of (5) and "
                   r"(6) are the same; checked for $F(W) = W_h \cdots W_1$ with the squared loss, where (6) is the "
                   r"rank-constrained problem (12)/(14)."),
        source="the global optimal objective values for problems (5) and (6) are the same.",
        reading=("'the same' read as equal optimal values, each attained: on instances where (5) has a certified "
                 "global minimum, its value is also a certified lower bound of (6) over all Z of rank <= min d_i"),
        check=_check_global_values, recorded="confirmed",
        notebook=_NB_OPEN,
    ),
    Claim(
        id="locally_open_in_range_not_in_full_space_example", location="L221",
        paper=PAPER, label="2 Mathematical Framework", kind="example",
        statement=(r"For $W_1 = (1, 2)^T$ and $W_2 = (1, 1)$ ($k = 1 < \min(m, n) = 2$), no full-rank perturbation "
                   r"$\tilde Z$ of $Z = W_1 W_2$ is a product $\tilde W_1 \tilde W_2$, but every rank-one perturbation "
                   r"is the product of a nearby pair: $M$ is locally open at $(W_1, W_2)$ in its range, not in "
                   r"$\mathbb{R}^{2 \times 2}$."),
        source="As a simple example, consider W1",
        reading=(_R_RANGE + r" The extraction lost $W_1$'s entries; the stray '1', '2' after the paragraph read "
                 r"$W_1 = (1, 2)^T$; every non-zero $W_1$ gives the same conclusions (rank 1 factors, $N(W_1) = 0$)."),
        check=_check_section2_example, recorded="confirmed",
        uses=("locally_open_iff_kernel_conditions_of_equal_ranks",),
    ),
    Claim(
        id="open_stronger_than_locally_open", location="L153",
        paper=PAPER, label="2 Mathematical Framework", kind="claim",
        statement=(r"Openness of a mapping is stronger than local openness: an open map is locally open at every "
                   r"point, and a map can be locally open at a point without being open (here $M : "
                   r"\mathbb{R}^{2 \times 1} \times \mathbb{R}^{1 \times 2} \to \mathcal{R}_M$)."),
        source="By definition, openness ofa mapping is stronger than local openness.",
        reading=(_R_RANGE + " 'Stronger' read as: open implies locally open everywhere (by definition), and not "
                 "conversely; the converse is witnessed by one map that is locally open at a point and not open."),
        check=_check_open_stronger, recorded="confirmed",
        uses=("locally_open_iff_kernel_conditions_of_equal_ranks", "not_locally_open_of_rank_mismatch_example"),
        notebook=_NB_OPEN,
    ),
    Claim(
        id="local_min_of_auxiliary_fails_of_not_locally_open", location="L158",
        paper=PAPER, label="Observation 1", kind="example",
        statement=(r"Observation 1 needs local openness: at $W = ((1, 1)^T, (0, 0))$, where $M(W_1, W_2) = W_1 W_2$ is "
                   r"not locally open in its range, $W$ is a local minimum of $\ell(W_1 W_2)$ with $\ell(Z) = "
                   r"2Z_{21}^2 - Z_{11}^2$, but $Z = W_1 W_2 = 0$ is not a local minimum of $\ell$ over the range "
                   r"$\{Z : \operatorname{rank} Z \le 1\}$."),
        source="Observation 1. Suppose F(∙) is locally open at W. If W is a local minimum ofproblem (5), then S = F(W) is a local",
        reading=(_R_RANGE + " A non-vacuous test of the hypothesis: where it fails, the conclusion fails too "
                 "(Observation 1 itself is local_min_of_auxiliary_of_locally_open)."),
        check=_check_observation1_necessity, recorded="confirmed",
        uses=("not_locally_open_of_rank_mismatch_example", "local_min_of_auxiliary_of_locally_open"),
        notebook=_NB_OPEN,
    ),
    Claim(
        id="kernel_conditions_not_equivalent_of_wide_case", location="L261-L262",
        paper=PAPER, label="Theorem 5", kind="remark",
        statement=(r"In the full-rank case $k \ge \min(m, n)$, conditions i) ($\exists \tilde W_1$, $\tilde W_1 W_2 = "
                   r"0$, $W_1 + \tilde W_1$ full column rank) and ii) ($\exists \tilde W_2$, $W_1 \tilde W_2 = 0$, "
                   r"$W_2 + \tilde W_2$ full row rank) are not equivalent."),
        source="while conditions i) and ii) are equivalent in the rank-deficient case, they are not equivalent in the full-rank case.",
        reading=_R_RANGE + " Full column rank of the m x k matrix is rank k; full row rank of the k x n matrix is rank k.",
        check=_check_conditions_differ_wide, recorded="confirmed",
        uses=("kernel_conditions_equivalent_of_equal_ranks",),
        notebook=_NB_OPEN,
    ),
    Claim(
        id="locally_open_of_unequal_ranks_of_wide_case", location="L262",
        paper=PAPER, label="Theorem 5", kind="remark",
        statement=(r"Unlike the rank-deficient case, $\operatorname{rank} W_1 = \operatorname{rank} W_2$ is not "
                   r"necessary for local openness when $k \ge \min(m, n)$: $M$ is locally open at $(I_2, e_1)$."),
        source="Moreover, unlike the full-rank case, the condition",
        reading=_R_RANGE + " In the full-rank case the range is all of R^{m x n} and Proposition 4 decides openness.",
        check=_check_unequal_ranks_wide, recorded="confirmed",
        uses=("locally_open_iff_full_rank_conditions_of_wide_case",),
        notebook=_NB_OPEN,
    ),
    Claim(
        id="locally_open_of_full_rank_factors", location="L270",
        paper=PAPER, label="Remark 1", kind="remark",
        statement=(r"When $W_1$ has full column rank and $W_2$ full row rank, $M$ is locally open at $(W_1, W_2)$ "
                   r"(in its range)."),
        source="when W1 is full column rank, and W2 is full row rank, the mapping M",
        reading=_R_RANGE + " Checked in the rank-deficient case k < min(m, n), the case Theorem 5 adds.",
        check=partial(_check_remark1_rank_cases, both=True), recorded="confirmed",
        uses=("locally_open_iff_kernel_conditions_of_equal_ranks",),
        notebook=_NB_OPEN,
    ),
    Claim(
        id="not_locally_open_of_one_full_rank_factor", location="L272",
        paper=PAPER, label="Remark 1", kind="remark",
        statement=(r"When $k < \min(m, n)$ and exactly one of $W_1$, $W_2$ has full rank $k$, $M$ is not locally open "
                   r"at $(W_1, W_2)$ in its range."),
        source="when k < min{m, n} if only one of the two matrices is full rank, then the mapping is not locally open.",
        reading=_R_RANGE + " 'Only one of the two matrices is full rank' read as exactly one (the other has rank < k).",
        check=partial(_check_remark1_rank_cases, both=False), recorded="confirmed",
        uses=("locally_open_iff_kernel_conditions_of_equal_ranks", "not_locally_open_of_rank_mismatch_example"),
        notebook=_NB_OPEN,
    ),
    Claim(
        id="image_convex_of_full_column_rank_monotone", location="L296-L297",
        paper=PAPER, label="4 Non-linear Deep Neural Network", kind="claim",
        statement=(r"For the pyramidal network (10) ($d_0 > n$, $d_i \le d_{i-1}$), when $X$ has full column rank and "
                   r"every $\sigma_i$ is continuous and strictly monotone, the image $\{F_h(W)\}$ of $F_h(W) = "
                   r"\sigma_h(W_h \cdots \sigma_1(W_1 X))$ over all $W$ is convex."),
        source="the image of the mapping Fh is convex and hence every local optimum of the auxiliary optimization problem (6) is global.",
        reading=(r"$F_1 = \sigma_1(W_1 X)$, $F_k = \sigma_k(W_k F_{k-1})$ entrywise, $W_i \in \mathbb{R}^{d_i \times "
                 r"d_{i-1}}$, $X \in \mathbb{R}^{d_0 \times n}$ ($n$ samples); $d = (d_0, \dots, d_h)$ are the widths. "
                 r"The activation is the logistic $\sigma(t) = 1/(1 + e^{-t})$, continuous and strictly increasing, "
                 r"which the paper names among the activations that satisfy its assumptions. The image is over all "
                 r"real $W$; the midpoint of the witness is also outside the image over full-row-rank $W$ (a subset)."),
        check=_check_image_convex, recorded="refuted", recorded_finding="error",
        cells=IMAGE_CELLS,
    ),
    Claim(
        id="local_min_not_global_of_low_rank_target", location="L1156",
        paper=PAPER, label="Theorem 12", kind="claim",
        statement=(r"If $d_{p_2^*} < \min(d_h, d_0)$, the method of Theorem 12's proof gives a local minimum of (30) "
                   r"that is not global whenever $\operatorname{rank} Y \le \min\{d_h - d_{p_2}, d_0 - d_{p_1}\}$: "
                   r"$X = I$, the partial identities and zero layers of the proof, and $Y$ supported on the rows "
                   r"outside $C(Z_3)$ and the columns outside the row space of $Z_1$."),
        source="whenever the rank(Y) ≤ min{dh -dp2, d0-dp1 }.",
        reading=(r"'The same method' read as the proof's point ($Z_3 = [I; 0]$, $Z_2 = 0$, $Z_1 = [I, 0]$) with $Y$ in "
                 r"the complementary block, where the proof's first- and second-order computations (44)-(45) apply "
                 r"unchanged; $Y = \operatorname{diag}(1, \dots, r)$ there, $r \ge 2$ (rank one is "
                 r"local_min_not_global_of_narrow_pair_construction)."),
        check=_check_low_rank_target, recorded="refuted", recorded_finding="gap",
        uses=("local_min_not_global_of_narrow_pair_construction",),
        notebook=f"notebooks/{PAPER}/local_min_not_global_of_narrow_pair_construction.ipynb",
    ),
    Claim(
        id="local_min_is_global_of_full_rank_target", location="L1156",
        paper=PAPER, label="Theorem 12", kind="claim",
        statement=(r"When $Y$ has full rank, every local minimum of (30) is a global minimum (the paper cites Lu and "
                   r"Kawaguchi (2017) and Yun et al. (2017)); in particular where $d_{p_2^*} < \min(d_h, d_0)$, the regime "
                   r"of Theorem 12's first part."),
        source="When Y is full rank, we know from the results ofLu & Kawaguchi",
        reading=("'full rank' for Y in R^{d_h x n}: rank min(d_h, n); checked with X = I (n = d_0) on the dims where "
                 "Theorem 12's first part promises a rank-deficient Y with a spurious local minimum"),
        check=_check_full_rank_target, recorded="confirmed",
        notebook=f"notebooks/{PAPER}/local_min_not_global_of_narrow_pair_construction.ipynb",
    ),
)
