"""Zhang (2019): theorems about local minima, checked on every critical point of small instances.

Main results
------------
* ``no_spurious_local_min_iff_two_layer_on_critical_set`` --
  Theorem 1 on the whole critical sets of L_k and of its two-layer L_2 (scope ``critical_set``).
* ``no_spurious_local_min_on_critical_set_of_squared_loss`` --
  Corollary 1 on the whole critical set (scope ``critical_set``).

References
----------
* ``zhang-2019``, "Theorem 1".
* ``zhang-2019``, "Corollary 1".
* issue 20 item 4: the covering certificates of :mod:`symbolic.critical.unregularized`.
"""

from __future__ import annotations

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
)
