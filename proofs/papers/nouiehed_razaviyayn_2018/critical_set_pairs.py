r"""Nouiehed-Razaviyayn (2018): Theorem 12 on every critical point of small instances, both parts.

Main results
------------
* ``local_min_is_global_on_critical_set_of_wide_pair`` -- Theorem 12, :math:`d_{p_2^*} \ge \min(d_h, d_0)`:
  every critical point of the listed instances is a global minimum or a saddle (scope ``critical_set``).
* ``local_min_not_global_on_critical_set_of_narrow_pair_construction`` -- Theorem 12's first part on the proof's
  own instances (:math:`d_{p_2^*} < \min(d_h, d_0)`, :math:`X = I`, :math:`Y = e_{d_h} e_{d_0}^T`): no critical
  point at all is a non-global local minimum; refuted (``gap``, scope ``critical_set``).

References
----------
* ``nouiehed-razaviyayn-2018``, "Theorem 12" (and its proof, Appendix C).
* issue 20 item 4: :mod:`proofs.checks.critical_set_theorems`, :mod:`symbolic.checker.critical_set_theorems`.

The first part (:math:`d_{p_2^*} < \min(d_h, d_0)`: some rank-deficient :math:`Y` gives a non-global local
minimum) is existential in :math:`Y`.  On the proof's own instances the coverings certify every critical point a
global minimum or a saddle: the families the proof's point lies on (for dims (2, 1, 1, 2): :math:`W_1 = (a, 0)`,
:math:`W_2 = 0`, :math:`W_3 = (c, 0)^T`) have a positive semidefinite Hessian and no descent line, and are saddles
by odd-order descent along weighted curves (:mod:`symbolic.critical.components_descent`).  This refutes the
construction on every critical point, not the existence statement over all :math:`Y`.
"""

from __future__ import annotations

import copy
from functools import lru_cache

from proofs.checks.critical_set_theorems import theorem_outcome
from proofs.checks.critical_sets import component_cells
from proofs.ledger.claim import Claim, Outcome, refutation_certificate

__all__ = ["CLAIMS"]

#: Instances with d_(p2*) >= min(d_h, d_0), quick and full.
_WIDE_PAIR = {True: ("2-1-2", "1-1-1-1"), False: ("2-1-2", "2-2-1", "2-2-2", "2-1-2-2", "1-1-1-1")}


def _check_local_min_is_global_on_critical_set_of_wide_pair(quick: bool):
    return theorem_outcome(_WIDE_PAIR[quick], premises=("wide_pair", "squared_loss"),
                           what="every local minimum of (30) is global: every critical point is a global minimum or "
                                "a saddle")


#: The proof's instances (d_(p2*) < min(d_h, d_0)), quick and full.
_NARROW_PAIR = {True: ((2, 1, 1, 2), (3, 1, 1, 3)),
                False: ((2, 1, 1, 2), (3, 1, 1, 3), (2, 1, 1, 1, 2), (3, 1, 2, 3), (3, 2, 1, 3))}
#: The premises the checker recomputes on each instance.
_NARROW_PREMISES = ("narrow_pair", "identity_input", "corner_unit_target", "squared_loss")


@lru_cache(maxsize=None)
def narrow_pair_covering(dims: tuple) -> dict:
    """The covering of the whole critical set of Theorem 12's construction on ``dims``: :math:`X = I`,
    :math:`Y = e_{d_h} e_{d_0}^T` (:func:`symbolic.critical.unregularized.unregularized_critical_set`)."""
    from symbolic.critical.unregularized import unregularized_critical_set

    d0, dh = dims[0], dims[-1]
    X = [[int(i == j) for j in range(d0)] for i in range(d0)]
    Y = [[int(i == dh - 1 and j == d0 - 1) for j in range(d0)] for i in range(dh)]
    return unregularized_critical_set(list(dims), X, Y)


def _check_local_min_not_global_on_critical_set_of_narrow_pair_construction(quick: bool):
    refutations, rows, unresolved = {}, [], []
    for dims in _NARROW_PAIR[quick]:
        result = narrow_pair_covering(dims)
        problem = result["problem"]
        covering = copy.deepcopy(result["certificate"])
        premises = {"kind": "critical_set_theorem", "covering": covering, "hypotheses": list(_NARROW_PREMISES),
                    "conclusions": []}
        negation = copy.deepcopy(covering)
        refutations[f"dims {dims}"] = refutation_certificate(
            {"Theorem 12's hypothesis and the proof's data (X = I, Y = e_(d_h) e_(d_0)^T)": premises},
            {"every critical point is a global minimum or a saddle": negation},
            {"dims": problem["dims"], "X": problem["X"], "Y": problem["Y"]})
        values = ", ".join(f"{v['value'].removeprefix('L = ')} ({v['classification']}, dim {v['dimension']})"
                           for v in result["values"])
        rows.append(f"{dims}: {values}")
        unresolved += [f"{dims}: {leaf['path']}" for leaf in result["unresolved"]]
    names = list(refutations)
    scope = (f"every critical point (complex points included) of the proof's construction on {len(names)} dims "
             "tuples with d_(p2*) < min(d_h, d_0), X = I, Y = e_(d_h) e_(d_0)^T, squared loss: " + "; ".join(rows))
    detail = {"dims": [list(d) for d in _NARROW_PAIR[quick]],
              "counts": {"instances": len(names), "critical_values": sum(len(narrow_pair_covering(d)["values"])
                                                                         for d in _NARROW_PAIR[quick])}}
    if unresolved:
        return Outcome("inconclusive", scope, None, details=f"unresolved: {unresolved}", scope_kind="critical_set",
                       scope_detail=detail)
    cert = dict(refutations[names[0]])
    if names[1:]:
        cert["further"] = {name: refutations[name] for name in names[1:]}
    return Outcome("refuted", scope, cert, finding="gap", scope_kind="critical_set", scope_detail=detail,
                   details="no critical point of the construction's instances is a non-global local minimum (the "
                           "families through the proof's point are saddles by odd-order descent along weighted "
                           "curves, with a PSD Hessian): the proof's Y yields no counterexample on any critical "
                           "point.  The existence statement over all rank-deficient Y is not refuted by this; it "
                           "conflicts with zhang-2019 Corollary 1")


_NARROW_CELLS = ("""from proofs.papers.nouiehed_razaviyayn_2018.critical_set_pairs import narrow_pair_covering

for dims in [(2, 1, 1, 2), (3, 1, 1, 3)]:
    result = narrow_pair_covering(dims)
    print("dims", dims, "X =", result["problem"]["X"], "Y =", result["problem"]["Y"])
    for v in result["values"]:
        print("  ", v["value"], "| dimension", v["dimension"], "|", v["classification"])
    for leaf in result["components"]:
        if leaf["kind"] == "descent_saddle":
            print("   descent curve on", leaf["path"], "(dimension", leaf["dimension"], "):", leaf["direction"])""",)


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
    Claim(
        id="local_min_not_global_on_critical_set_of_narrow_pair_construction", location="L1102",
        paper="nouiehed-razaviyayn-2018",
        label="Theorem 12",
        kind="theorem",
        statement=(r"If $d_{p_2^*} < \min(d_h, d_0)$, the proof's rank-deficient $Y = e_{d_h} e_{d_0}^T$ with "
                   r"$X = I$ gives (30), $\tfrac12\lVert W_h \cdots W_1 X - Y\rVert^2$, a local minimum that is not "
                   r"global -- at some critical point of the listed instances."),
        source="If dp2* < min(dh, d0), we can find a rank deficient Y such",
        check=_check_local_min_not_global_on_critical_set_of_narrow_pair_construction,
        recorded="refuted", recorded_finding="gap",
        uses=("local_min_not_global_of_narrow_pair_construction",),
        reading=("'we can find a rank deficient Y' read as the Y the proof constructs (Appendix C: X = I, "
                 "Y = e_(d_h) e_(d_0)^T); every critical point is examined, not only the proof's point, so a "
                 "non-global local minimum anywhere on the instance would confirm the statement there. The "
                 "existence statement over all rank-deficient Y is not refuted: the finding is a gap in the "
                 "proof"),
        scope_kind="critical_set",
        cells=_NARROW_CELLS,
    ),
)
