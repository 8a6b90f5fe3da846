"""Zhang (2019): theorems about local minima, checked on every critical point of small instances.

Main results
------------
* ``no_spurious_local_min_on_critical_set_of_squared_loss`` --
  Corollary 1 on the whole critical set (scope ``critical_set``).

References
----------
* ``zhang-2019``, "Corollary 1".
* issue 20 item 4: the covering certificates of :mod:`symbolic.critical.unregularized`.
"""

from __future__ import annotations

from proofs.checks.critical_sets import (FULL_INSTANCES, QUICK_INSTANCES, component_cells,
                                        critical_set_outcome)
from proofs.ledger.claim import Claim

__all__ = ["CLAIMS"]


def _instances(quick: bool, wide: bool = False, two_layer: bool = False, deep: bool = False):
    names = {True: QUICK_INSTANCES, False: FULL_INSTANCES}[quick]
    if wide or two_layer:
        names = ("2-2-1",) if quick else ("2-2-1", "2-2-2")
    if deep:
        names = {True: ("2-1-1-2",), False: ("2-1-1-2", "2-1-2-2", "1-1-1-1")}[quick]
    return names


def _check_no_spurious_local_min_on_critical_set_of_squared_loss(quick: bool):
    return critical_set_outcome(_instances(quick), premises=("squared_loss",), what="no spurious local minimum")


CLAIMS = (
    # location: L33 (004_*.txt in /work/shared/papers/)
    Claim(
        id="no_spurious_local_min_on_critical_set_of_squared_loss",
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
        cells=component_cells(_instances(True)),
    ),
)
