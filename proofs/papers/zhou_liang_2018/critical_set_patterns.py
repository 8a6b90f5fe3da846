"""Zhou-Liang (2018): Propositions 3-5 on every critical point of small instances (scope ``critical_set``).

Main results
------------
* ``lower_value_with_rank_on_critical_set_of_rank_one_products`` -- Proposition 3 items 1-2 on the whole critical
  set of two-layer instances with :math:`\\min(d_2, d_1) = 1`, both categories witnessed.
* ``loss_eq_half_trace_minus_captured_on_critical_set`` -- Proposition 4 (and 1) at the level of values: every
  critical value is :math:`\\tfrac12(\\operatorname{tr} YY^T - \\sum p_i \\sigma_i)` for an admissible pattern.
* ``global_min_iff_full_capture_on_critical_set`` -- Proposition 5 (and 2) at the level of patterns: the global
  value is the top pattern's and no other's, in case 1 and in case 2.

References
----------
* ``zhou-liang-2018``, "Proposition 3" (items 1 and 2).
* ``zhou-liang-2018``, "Proposition 4".
* ``zhou-liang-2018``, "Proposition 5".
* issue 20 item 4: :mod:`proofs.checks.critical_set_theorems`, :mod:`symbolic.checker.critical_set_theorems`.
"""

from __future__ import annotations

from proofs.checks.critical_set_theorems import theorem_outcome
from proofs.checks.critical_sets import component_cells
from proofs.ledger.claim import Claim

__all__ = ["CLAIMS"]

_TWO_LAYER_RANK_ONE = {True: ("2-1-2",), False: ("2-1-2", "2-2-1")}
_PATTERN_INSTANCES = {True: ("2-1-2", "2-1-1-2", "1-2-2-rank1"),
                      False: ("2-1-2", "2-2-1", "2-2-2", "2-1-1-2", "2-1-2-2", "1-1-1-1", "1-2-2-rank1",
                              "2-2-2-rank1")}


def _check_lower_value_with_rank_on_critical_set_of_rank_one_products(quick: bool):
    return theorem_outcome(_TWO_LAYER_RANK_ONE[quick], premises=("two_layers", "squared_loss", "rank_one_products"),
                           conclusions=("lower_value_with_rank_of_rank_one_products",), witnesses=True,
                           what=("items 1 and 2: every non-global critical point is a saddle (lower points nearby); "
                                 "rank A_2 <= 1 and L(A_1, 0) = 1/2 ||Y||^2 give the ranks; a rational critical point "
                                 "of each category present (A_2 = 0; A_2 an eigenvector of a smaller eigenvalue)"))


def _check_loss_eq_half_trace_minus_captured_on_critical_set(quick: bool):
    return theorem_outcome(_PATTERN_INSTANCES[quick], premises=("layers_ge_two", "squared_loss"),
                           conclusions=("critical_values_of_patterns",),
                           what="every critical value is the value of an admissible pattern p(0)")


def _check_global_min_iff_full_capture_on_critical_set(quick: bool):
    return theorem_outcome(_PATTERN_INSTANCES[quick], premises=("layers_ge_two", "squared_loss"),
                           conclusions=("critical_values_of_patterns", "global_value_of_top_pattern"),
                           what=("the certified global value is the top pattern's (case 1 or case 2, per instance) "
                                 "and no other admissible pattern's"))


CLAIMS = (
    Claim(
        id="lower_value_with_rank_on_critical_set_of_rank_one_products", location="L230",
        paper="zhou-liang-2018",
        label="Proposition 3",
        kind="proposition",
        statement=(r"Items 1 and 2: a non-optimal-order critical point has arbitrarily close points with "
                   r"$\operatorname{rank} \tilde A_2 = \operatorname{rank} A_2$ and a lower value; an optimal-order "
                   r"critical point has arbitrarily close points with $\operatorname{rank} \tilde A_2 = "
                   r"\operatorname{rank} A_2 + 1$ and a lower value -- at every critical point of the listed "
                   r"two-layer instances with $\min(d_2, d_1) = 1$."),
        source="A non-optimal-order critical point (A1, A2) has a perturbation (A1, A2) with rank(A2) =",
        check=_check_lower_value_with_rank_on_critical_set_of_rank_one_products,
        recorded="confirmed",
        uses=("lower_value_same_rank_of_non_optimal_order", "lower_value_rank_plus_one_of_optimal_order",
              "local_min_is_global_and_saddle_on_critical_set_of_shallow"),
        reading=("the covering shows every non-global critical point is a saddle, so it has lower points "
                 "arbitrarily close.  With min(d_2, d_1) = 1, rank A_2 <= 1: a non-optimal-order point has p_j > 0, "
                 "so A_2 != 0 and every nearby A_2 has rank 1 = rank A_2 (item 1); an optimal-order point has "
                 "rank A_2 < 1, so A_2 = 0, where L(A_1, 0) = 1/2 ||Y||^2 whatever A_1, so every lower point has "
                 "A_2 != 0, rank 1 = rank A_2 + 1 (item 2).  The checker re-verifies the covering, the widths, the "
                 "identity L(A_1, 0) = 1/2 ||Y||^2 and one rational critical point of each category present "
                 "(dims (2, 2, 1) has one eigenvalue, so no non-optimal-order point); the category of every "
                 "point is not computed, and need not be.  Item 3 is the sampled entry's; wider A_2 are not "
                 "covered (rank conditions there need the perturbation itself)"),
        scope_kind="critical_set",
        cells=component_cells(_TWO_LAYER_RANK_ONE[True]),
    ),
    Claim(
        id="loss_eq_half_trace_minus_captured_on_critical_set", location="L305",
        paper="zhou-liang-2018",
        label="Proposition 4",
        kind="proposition",
        statement=(r"Every critical value of $L_D = \frac12 \lVert A_\ell \cdots A_1 X - Y\rVert_F^2$ ($\ell \ge 2$) "
                   r"is $\frac12(\operatorname{tr}(YY^T) - \sum_{i=1}^{r(0)} p_i(0)\sigma_i(0))$ for a pattern "
                   r"$0 \le p_i(0) \le m_i(0)$, $\sum_i p_i(0) \le \min\{d_\ell, \dots, d_1\}$ -- over every critical "
                   r"point of the listed instances."),
        source="Proposition 4. Any critical point (Ai, . . . , A') ofLD satisfies",
        check=_check_loss_eq_half_trace_minus_captured_on_critical_set,
        recorded="confirmed",
        uses=("loss_eq_half_trace_minus_captured_of_deep_critical", "loss_eq_half_trace_minus_captured_of_critical"),
        reading=("Proposition 4 (Proposition 1 for l = 2; Section 3 takes l >= 2) at the level of values: the "
                 "covering's root splits the whole critical set (complex points included) by its rational values, "
                 "and the checker matches each value to an admissible pattern over the eigenvalues of "
                 "Sigma_0 = Y X^+ X Y^T, which it recomputes (characteristic polynomial).  Which pattern each point "
                 "has is not computed here: the sampled entry checks that at built points"),
        scope_kind="critical_set",
        cells=component_cells(("2-1-2", "2-1-1-2")),
    ),
    Claim(
        id="global_min_iff_full_capture_on_critical_set", location="L309-L310",
        paper="zhou-liang-2018",
        label="Proposition 5",
        kind="proposition",
        statement=(r"A critical point of $L_D$ is a global minimizer iff its pattern fills $\sigma_1(0) > \sigma_2(0) "
                   r"> \dots$ in order up to $\min\{d_\ell, \dots, d_1\}$ (case 1) or captures every $\sigma_i(0)$ "
                   r"(case 2) -- on every critical point of the listed instances, at the level of patterns: the "
                   r"global minimum value is that pattern's value and no other admissible pattern's."),
        source="A critical point (Ai,..., a`) of LD is a global minimizer if and only if it falls into the following two cases.",
        check=_check_global_min_iff_full_capture_on_critical_set,
        recorded="confirmed",
        uses=("global_min_iff_full_capture_of_deep_pattern", "loss_eq_half_trace_minus_captured_on_critical_set"),
        reading=("the covering certifies the global minimum value c* (L attains its minimum; every local minimum "
                 "has value c*); the checker recomputes the spectrum of Sigma_0, fills the top pattern for the "
                 "case that applies (case 1 when min{d_l, ..., d_1} <= sum m_i(0), case 2 otherwise), checks its "
                 "value is c* and that no other admissible pattern has value c*.  With Proposition 4 (value = "
                 "pattern value at each point) this is the iff; case 2 is met on the rank-one-target instances "
                 "(1, 2, 2) and (2, 2, 2)"),
        scope_kind="critical_set",
        cells=component_cells(("2-1-2", "2-1-1-2")),
    ),
)
