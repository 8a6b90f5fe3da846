"""Zhang (2019): theorems about local minima, checked on every critical point of small instances.

Main results
------------
* ``no_spurious_local_min_iff_two_layer_on_critical_set`` --
  Theorem 1 on the whole critical sets of L_k and of its two-layer L_2 (scope ``critical_set``).
* ``no_spurious_local_min_on_critical_set_of_squared_loss`` --
  Corollary 1 on the whole critical set (scope ``critical_set``).
* ``full_rank_factors_of_spurious_local_min_on_critical_set`` --
  Theorem 2 on the whole critical sets of bottleneck two-layer networks: every rank-deficient critical point
  (witnessed: the origin, rank-one points capturing a smaller eigenvalue) is a saddle (scope ``critical_set``).

References
----------
* ``zhang-2019``, "Theorem 1".
* ``zhang-2019``, "Corollary 1".
* ``zhang-2019``, "Theorem 2".
* issue 20 item 4: the covering certificates of :mod:`symbolic.critical.unregularized`.
"""

from __future__ import annotations

from proofs.checks.critical_set_theorems import theorem_outcome
from proofs.checks.critical_sets import component_cells, critical_set_outcome, instance_names
from proofs.ledger.claim import Claim

__all__ = ["CLAIMS"]


def _check_no_spurious_local_min_iff_two_layer_on_critical_set(quick: bool):
    # L_k on (2, 1, 1, 2) (and (2, 1, 2, 2)) and L_2 = f(AB) on (2, 1, 2), d = 1: the same seeded X, Y
    names = ("2-1-1-2", "2-1-2") if quick else ("2-1-1-2", "2-1-2-2", "2-1-2")
    return critical_set_outcome(names, premises=("squared_loss",),
                                what="both sides hold: no spurious local minimum of L_k nor of L_2")


def _check_no_spurious_local_min_on_critical_set_of_squared_loss(quick: bool):
    return critical_set_outcome(instance_names(quick), premises=("squared_loss",), what="no spurious local minimum")


#: Two-layer instances with d_1 < min(d_0, d_2), quick and full.
_BOTTLENECK = {True: ("2-1-2", "3-1-3"), False: ("2-1-2", "3-1-2", "3-1-3", "3-2-3")}


def _check_full_rank_factors_of_spurious_local_min_on_critical_set(quick: bool):
    return theorem_outcome(_BOTTLENECK[quick], premises=("bottleneck", "squared_loss"), witnesses=True,
                           what="no critical point with a rank-deficient factor is a local minimum (each is a "
                                "saddle): Theorem 2's conclusion holds wherever its hypothesis could")


CLAIMS = (
    Claim(
        id="no_spurious_local_min_iff_two_layer_on_critical_set", location="L23",
        paper="zhang-2019",
        label="Theorem 1",
        kind="theorem",
        statement=(r"For convex differentiable $f$, $L_k(M_1, \dots, M_k) = f(M_k \cdots M_1)$ has no spurious local "
                   r"minima iff $L_2(A, B) = f(AB)$ with $A \in \mathbb{R}^{m \times d}$, "
                   r"$B \in \mathbb{R}^{d \times n}$, $d = \min_i d_i$, has none -- on the listed instances, both "
                   r"sides at every critical point."),
        source="Then L_k has no spurious local minima iff L_2 has no spurious local minima.",
        check=_check_no_spurious_local_min_iff_two_layer_on_critical_set,
        recorded="confirmed",
        uses=("no_spurious_local_min_iff_two_layer_of_bottleneck",),
        reading=("f is the squared loss 1/2 ||Z X - Y||^2 with the same seeded X, Y on both sides: L_k on dims "
                 "(2, 1, 1, 2) (and (2, 1, 2, 2) in the full scope), L_2 on (2, 1, 2) (d = 1); both coverings show "
                 "every local minimum global, so both sides of the equivalence hold (neither is vacuous)"),
        scope_kind="critical_set",
        cells=component_cells(("2-1-1-2", "2-1-2")),
    ),
    Claim(
        id="no_spurious_local_min_on_critical_set_of_squared_loss", location="L33",
        paper="zhang-2019",
        label="Corollary 1",
        kind="corollary",
        statement=(r"For any $X$, $Y$, $L(M_1, \dots, M_k) = \lVert M_k \cdots M_1 X - Y\rVert^2$ has no spurious"
                   r" local minima -- at every critical point of the listed instances."),
        source="Then L has no spurious local minima.",
        check=_check_no_spurious_local_min_on_critical_set_of_squared_loss,
        recorded="confirmed",
        uses=("no_spurious_local_min_of_squared_loss_any_data",),
        reading=("checked with the factor 1/2 (it changes no critical point or minimum); every critical point "
                 "of each listed instance is covered by the certificate (a global minimum or a saddle), so no "
                 "local minimum is spurious"),
        scope_kind="critical_set",
        cells=component_cells(instance_names(True)),
    ),
    Claim(
        id="full_rank_factors_of_spurious_local_min_on_critical_set", location="L29",
        paper="zhang-2019",
        label="Theorem 2",
        kind="theorem",
        statement=(r"If $(A, B)$ is a spurious local minimum of $L_2(A, B) = f(AB)$ with $d_1 < \min(d_0, d_2)$, then "
                   r"$A$ and $B$ have full rank $d_1$ -- checked as: no critical point of the listed instances with "
                   r"$\operatorname{rank} A < d_1$ or $\operatorname{rank} B < d_1$ is a local minimum."),
        source=("Theorem 2. With the same notation as in Theorem 1, if A, B is a spurious local minimum of L_2 , then "
                "both A, B must have full rank."),
        check=_check_full_rank_factors_of_spurious_local_min_on_critical_set,
        recorded="confirmed",
        uses=("full_rank_factors_of_spurious_local_min_two_layer",),
        reading=("f is the squared loss 1/2 ||Z X - Y||^2 with seeded integer data (X X^T invertible); the covering "
                 "shows every critical point a global minimum or a saddle, so no local minimum is spurious and, in "
                 "particular, every rank-deficient critical point with f'(AB) != 0 is a saddle, as the theorem "
                 "asserts. Such points exist on every instance (witnessed and re-verified: the origin, where "
                 "f'(0) = -Y X^T != 0, and rank-one points capturing a smaller eigenvalue of Sigma); the "
                 "hypothesis 'spurious local minimum' itself is met only with other losses "
                 "(full_rank_factors_at_spurious_local_min_of_quartic_loss)"),
        scope_kind="critical_set",
        cells=component_cells(_BOTTLENECK[True]),
    ),
)
