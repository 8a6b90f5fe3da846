"""Zhou-Liang (2018): theorems about local minima, checked on every critical point of small instances.

Main results
------------
* ``local_min_is_global_and_saddle_on_critical_set_of_shallow`` --
  Theorem 2 on the whole critical set (scope ``critical_set``).
* ``local_min_is_global_on_critical_set_of_deep`` -- Theorem 4 on the whole critical set (scope ``critical_set``).

References
----------
* ``zhou-liang-2018``, "Theorem 2".
* ``zhou-liang-2018``, "Theorem 4".
* issue 20 item 4: the covering certificates of :mod:`symbolic.critical.unregularized`.
"""

from __future__ import annotations

from proofs.checks.critical_sets import component_cells, critical_set_outcome, instance_names
from proofs.ledger.claim import Claim

__all__ = ["CLAIMS"]


def _check_local_min_is_global_and_saddle_on_critical_set_of_shallow(quick: bool):
    return critical_set_outcome(instance_names(quick, two_layer=True),
                                premises=("two_layers", "squared_loss"), what="1) and 2)")


def _check_local_min_is_global_on_critical_set_of_deep(quick: bool):
    return critical_set_outcome(instance_names(quick, deep=True),
                                premises=("deep", "squared_loss"), what="every local minimum of L_D is global")


CLAIMS = (
    Claim(
        id="local_min_is_global_and_saddle_on_critical_set_of_shallow", location="L242-L243",
        paper="zhou-liang-2018",
        label="Theorem 2",
        kind="theorem",
        statement=(r"Every local minimum of $L(A_1, A_2) = \tfrac12\lVert A_2 A_1 X - Y\rVert_F^2$ is a global "
                   r"minimum, and every non-global critical point (with $A_2 A_1 X \ne 0$ or not) is a saddle "
                   r"point -- at every critical point of the listed instances."),
        source=("The loss function L satisfies: 1) every local minimum is also a global minimum; 2) every "
                "non-global-minimum critical point in X is a saddle point."),
        check=_check_local_min_is_global_and_saddle_on_critical_set_of_shallow,
        recorded="confirmed",
        uses=("local_min_is_global_and_saddle_of_shallow",),
        reading=("two-layer instances (the section makes no assumption on dims or data); item 2) is checked on"
                 " every non-global critical point, also outside X = {A_2 A_1 X != 0}: every one is a saddle "
                 "here"),
        scope_kind="critical_set",
        cells=component_cells(instance_names(True, two_layer=True)),
    ),
    Claim(
        id="local_min_is_global_on_critical_set_of_deep", location="L347-L348",
        paper="zhou-liang-2018",
        label="Theorem 4",
        kind="theorem",
        statement=(r"Every local minimum of the deep loss $L_D(A_1, \dots, A_k) = \tfrac12\lVert A_k \cdots A_1 X"
                   r" - Y\rVert_F^2$ is a global minimum (the consequence 1) of Theorem 4, here for every "
                   r"critical point, of either type or not) -- at every critical point of the listed instances."),
        source=("Consequently, 1) every local minimum of LD is also a global minimum for the above two types "
                "of critical points"),
        check=_check_local_min_is_global_on_critical_set_of_deep,
        recorded="confirmed",
        uses=("global_min_iff_full_capture_of_deep_pattern",),
        reading=("networks of three or more layers; the certificate covers every critical point, so the "
                 "consequence holds here without restricting to the two types"),
        scope_kind="critical_set",
        cells=component_cells(instance_names(True, deep=True)),
    ),
)
