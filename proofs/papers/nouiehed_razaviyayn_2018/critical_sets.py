"""Nouiehed-Razaviyayn (2018): theorems about local minima, checked on every critical point of small instances.

Main results
------------
* ``local_min_is_global_on_critical_set_of_any_data`` -- Lemma 11 on the whole critical set (scope ``critical_set``).
* ``local_min_is_global_on_critical_set_of_two_layer`` -- Theorem 8 on the whole critical set (scope ``critical_set``).

References
----------
* ``nouiehed-razaviyayn-2018``, "Lemma 11".
* ``nouiehed-razaviyayn-2018``, "Theorem 8".
* issue 20 item 4: the covering certificates of :mod:`symbolic.critical.unregularized`.
"""

from __future__ import annotations

from proofs.checks.critical_sets import component_cells, critical_set_outcome, instance_names
from proofs.ledger.claim import Claim

__all__ = ["CLAIMS"]


def _check_local_min_is_global_on_critical_set_of_any_data(quick: bool):
    return critical_set_outcome(instance_names(quick), premises=("squared_loss",), what="every local minimum is global")


def _check_local_min_is_global_on_critical_set_of_two_layer(quick: bool):
    return critical_set_outcome(instance_names(quick, two_layer=True),
                                premises=("two_layers", "squared_loss"), what="every local minimum is global")


CLAIMS = (
    Claim(
        id="local_min_is_global_on_critical_set_of_any_data", location="L381",
        paper="nouiehed-razaviyayn-2018",
        label="Lemma 11",
        kind="lemma",
        statement=(r"Every non-degenerate local minimum of $\tfrac12 \lVert W_h \cdots W_1 X - Y \rVert^2$ (13) "
                   r"is a global minimum -- here every local minimum, degenerate or not, at every critical point "
                   r"of the listed instances."),
        source="Lemma 11. Every non-degenerate local minimum of (13) is global minimum.",
        check=_check_local_min_is_global_on_critical_set_of_any_data,
        recorded="confirmed",
        uses=("nondegenerate_local_min_is_global",),
        reading=("problem (13) with the listed dims and data; the certificate shows every local minimum, non-"
                 "degenerate or degenerate, is global"),
        scope_kind="critical_set",
        cells=component_cells(instance_names(True)),
    ),
    Claim(
        id="local_min_is_global_on_critical_set_of_two_layer", location="L348",
        paper="nouiehed-razaviyayn-2018",
        label="Theorem 8",
        kind="theorem",
        statement=(r"Every local minimum of problem (11), $\tfrac12\lVert W_2 W_1 X - Y\rVert^2$, is global -- at"
                   r" every critical point of the listed two-layer instances."),
        source="Theorem 8. Every local minimum of problem (11) is global.",
        check=_check_local_min_is_global_on_critical_set_of_two_layer,
        recorded="confirmed",
        uses=("local_min_is_global_of_two_layer_any_data",),
        reading=("two-layer instances, any data (here seeded integers); every critical point is covered by the"
                 " certificate"),
        scope_kind="critical_set",
        cells=component_cells(instance_names(True, two_layer=True)),
    ),
)
