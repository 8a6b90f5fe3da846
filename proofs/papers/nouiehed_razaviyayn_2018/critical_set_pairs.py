"""Nouiehed-Razaviyayn (2018): Theorem 12's "otherwise" part on every critical point of small instances.

Main results
------------
* ``local_min_is_global_on_critical_set_of_wide_pair`` -- Theorem 12, :math:`d_{p_2^*} \\ge \\min(d_h, d_0)`:
  every critical point of the listed instances is a global minimum or a saddle (scope ``critical_set``).

References
----------
* ``nouiehed-razaviyayn-2018``, "Theorem 12".
* issue 20 item 4: :mod:`proofs.checks.critical_set_theorems`, :mod:`symbolic.checker.critical_set_theorems`.

The first part (:math:`d_{p_2^*} < \\min(d_h, d_0)`: some rank-deficient :math:`Y` gives a non-global local
minimum) is existential in :math:`Y`; on the proof's own instance (dims (2, 1, 1, 2), :math:`X = I`,
:math:`Y = e_2 e_2^T`) the covering leaves the value-1/2 component unresolved (no direction of negative curvature,
no factorization), so no critical-set entry is made for it; the sampled ``gap`` entry stands.
"""

from __future__ import annotations

from proofs.checks.critical_set_theorems import theorem_outcome
from proofs.checks.critical_sets import component_cells
from proofs.ledger.claim import Claim

__all__ = ["CLAIMS"]

#: Instances with d_(p2*) >= min(d_h, d_0), quick and full.
_WIDE_PAIR = {True: ("2-1-2", "1-1-1-1"), False: ("2-1-2", "2-2-1", "2-2-2", "2-1-2-2", "1-1-1-1")}


def _check_local_min_is_global_on_critical_set_of_wide_pair(quick: bool):
    return theorem_outcome(_WIDE_PAIR[quick], premises=("wide_pair", "squared_loss"),
                           what="every local minimum of (30) is global: every critical point is a global minimum or "
                                "a saddle")


CLAIMS = (
    Claim(
        id="local_min_is_global_on_critical_set_of_wide_pair", location="L388",
        paper="nouiehed-razaviyayn-2018",
        label="Theorem 12",
        kind="theorem",
        statement=(r"If $d_{p_2^*} \ge \min(d_h, d_0)$ ($p_1^* = \arg\min_i d_i$, $p_2^* = \arg\min_{j \ne p_1^*} "
                   r"d_j$), then for any $X$ and $Y$ every local minimum of (30), $\tfrac12\lVert W_h \cdots W_1 X - "
                   r"Y\rVert^2$, is global -- at every critical point of the listed instances."),
        source="Otherwise, given any X and Y , every local minimum of",
        check=_check_local_min_is_global_on_critical_set_of_wide_pair,
        recorded="confirmed",
        uses=("local_min_is_global_of_wide_pair",),
        reading=("d_(p2*) is the second smallest of d_0, ..., d_h (ties in the argmin do not change it), recomputed "
                 "by the checker on each instance's dims; the instances have seeded integer data with X X^T "
                 "invertible (the covering's global value needs it), so 'any X' is met only there; two-layer "
                 "networks (h = 2) are included, as (30) allows"),
        scope_kind="critical_set",
        cells=component_cells(_WIDE_PAIR[True]),
    ),
)
