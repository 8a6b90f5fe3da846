"""Kawaguchi (2016): theorems about local minima, checked on every critical point of small instances.

Main results
------------
* ``global_min_or_saddle_on_critical_set_of_full_rank_data`` --
  Theorem 2.3 on the whole critical set (scope ``critical_set``).

References
----------
* ``kawaguchi-2016``, "Theorem 2.3".
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


def _check_global_min_or_saddle_on_critical_set_of_full_rank_data(quick: bool):
    return critical_set_outcome(_instances(quick),
                                premises=("kawaguchi_theorem_2_3", "squared_loss"), what="(ii) and (iii)")


CLAIMS = (
    # location: L128-L129 (001_*.txt in /work/shared/papers/)
    Claim(
        id="global_min_or_saddle_on_critical_set_of_full_rank_data",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        kind="theorem",
        statement=(r"Under the assumptions of Theorem 2.3 ($XX^T$ and $XY^T$ of full rank, $d_y \le d_x$, "
                   r"$\Sigma$ with $d_y$ distinct eigenvalues): (ii) every local minimum is a global minimum; "
                   r"(iii) every critical point that is not a global minimum is a saddle point -- at every "
                   r"critical point of the listed instances."),
        source="(iii) Every critical point that is not a global minimum is a saddle point.",
        check=_check_global_min_or_saddle_on_critical_set_of_full_rank_data,
        recorded="confirmed",
        uses=("local_min_is_global_of_full_rank_data",),
        reading=("the whole critical set of each instance (complex points included), not sample points: the "
                 "covering certificate's leaves are strict saddles, non-strict saddle points with an odd-order"
                 " descent curve, and the global-minimum component; a saddle is a critical point that is "
                 "neither a local minimum nor a local maximum"),
        scope_kind="critical_set",
        cells=component_cells(_instances(True)),
    ),
)
