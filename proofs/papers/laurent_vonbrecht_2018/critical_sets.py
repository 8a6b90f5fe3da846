"""Laurent-von Brecht (2018): theorems about local minima, checked on every critical point of small instances.

Main results
------------
* ``local_min_is_global_on_critical_set_of_wide_layers`` --
  Theorem 1 on the whole critical set (scope ``critical_set``).

References
----------
* ``laurent-vonbrecht-2018``, "Theorem 1".
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


def _check_local_min_is_global_on_critical_set_of_wide_layers(quick: bool):
    return critical_set_outcome(_instances(quick, wide=True),
                                premises=("wide_layers", "squared_loss"), what="no sub-optimal local minimum")


CLAIMS = (
    # location: L150-L151 (000_*.txt in /work/shared/papers/)
    Claim(
        id="local_min_is_global_on_critical_set_of_wide_layers",
        paper="laurent-vonbrecht-2018",
        label="Theorem 1",
        kind="theorem",
        statement=(r"With a convex differentiable loss and $d_k \ge \min(d_0, d_L)$ for all $k$, every local "
                   r"minimum of $L(W_1, \dots, W_L)$ is a global minimum -- for the squared loss, at every "
                   r"critical point of the listed instances."),
        source=("Theorem 1. If hypotheses (i) and (ii) hold then (1) has no sub-optimal minimizers, i.e. any "
                "local minimum is global."),
        check=_check_local_min_is_global_on_critical_set_of_wide_layers,
        recorded="confirmed",
        uses=("local_min_is_global_of_convex_loss_of_wide_layers",),
        reading=("the convex loss instantiated as the squared loss 1/2 ||AX - Y||^2; the width hypothesis (ii)"
                 " recomputed by the checker on each instance's dims"),
        scope_kind="critical_set",
        cells=component_cells(_instances(True, wide=True)),
    ),
)
