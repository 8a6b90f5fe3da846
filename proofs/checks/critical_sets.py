"""Shared check: a theorem about local minima on every critical point of listed instances (``critical_set`` scope).

Main results
------------
* :func:`critical_set_outcome` -- for each named instance of :data:`symbolic.critical.unregularized.INSTANCES`,
  the covering certificate of its whole critical set (:mod:`symbolic.critical.unregularized`), with the
  theorem's premises stated for the checker to recompute; confirmed when every certificate covers every
  critical point (a global minimum or a saddle), inconclusive when any part is unresolved.

References
----------
* issue 20 items 2 and 4; the covering certificate of ``../shared/notes/critical-sets.md``.

The coverings are computed once per process (:func:`covering`): several claims of several papers read the same
instances.
"""

from __future__ import annotations

import copy
from functools import lru_cache

from proofs.ledger.claim import Outcome

__all__ = ["covering", "critical_set_outcome", "QUICK_INSTANCES", "FULL_INSTANCES", "component_cells", "instance_names"]

#: The instances a critical-set claim reads, quick and full (the staged search: (2,2,2) about 0.3 s of CPU,
#: (2,2,2,2) about 30 s, computed once per process).
QUICK_INSTANCES = ("2-1-1-2",)
FULL_INSTANCES = ("2-1-1-2", "2-1-2-2", "2-2-2", "2-2-2-2")


def instance_names(quick: bool, wide: bool = False, two_layer: bool = False, deep: bool = False) -> tuple[str, ...]:
    """The seeded instances a claim is checked on: two-layer (``wide`` or ``two_layer``), ``deep``, or the default list.

    Examples
    ========

    >>> from proofs.checks.critical_sets import instance_names
    >>> instance_names(True, deep=True), instance_names(False, two_layer=True)
    (('2-1-1-2',), ('2-2-1', '2-2-2'))
    >>> instance_names(False, wide=True)
    ('2-2-1', '2-2-2', '2-2-2-2')
    """
    names = {True: QUICK_INSTANCES, False: FULL_INSTANCES}[quick]
    if wide or two_layer:
        names = ("2-2-1",) if quick else ("2-2-1", "2-2-2") + (("2-2-2-2",) if wide else ())
    if deep:
        names = {True: ("2-1-1-2",), False: ("2-1-1-2", "2-1-2-2", "1-1-1-1", "2-2-2-2")}[quick]
    return names


def component_cells(names) -> tuple[str, ...]:
    """Notebook cells: each instance's critical values, with dimension and classification."""
    return (f"""from proofs.checks.critical_sets import covering

for name in {tuple(names)!r}:
    result = covering(name)
    print("dims", result["problem"]["dims"], "X =", result["problem"]["X"], "Y =", result["problem"]["Y"])
    for v in result["values"]:
        print("  ", v["value"], "| dimension", v["dimension"], "|", v["classification"])
    print("  covering pieces:", len(result["components"]), "| unresolved:", len(result["unresolved"]))""",)


@lru_cache(maxsize=None)
def covering(name: str, method: str = "staged", loss: str = "squared") -> dict:
    """The result of :func:`symbolic.critical.unregularized.unregularized_critical_set` on instance ``name``
    (``method``: ``staged``, the default, or ``direct``, whose top-level split is by critical value; ``loss``:
    ``squared`` or ``quartic``)."""
    from symbolic.critical.unregularized import instance, unregularized_critical_set

    dims, X, Y = instance(name)
    return unregularized_critical_set(dims, X, Y, loss=loss, method=method)


def critical_set_outcome(names, premises=(), what: str = "every local minimum is global", expect=None,
                         loss: str = "squared") -> Outcome:
    """Confirmed (scope ``critical_set``) when every instance's critical set is covered; else inconclusive.

    ``premises`` are the theorem's hypotheses, written into each certificate (its ``hypotheses``) for the checker
    to recompute
    (:data:`symbolic.checker.components_covering.PREMISES`); ``expect`` adds the checker's expectations
    (``{"grad_f_zero_at_local_minima": True}``).
    """
    parts, rows, unresolved = {}, [], []
    total_values = total_leaves = 0
    for name in names:
        result = covering(name, loss=loss)
        cert = copy.deepcopy(result["certificate"])
        if premises:
            cert["hypotheses"] = list(premises)
        if expect:
            cert["expect"] = dict(expect)
        parts[f"dims {tuple(result['problem']['dims'])}"] = cert
        values = ", ".join(f"{v['value'].removeprefix('L = ')} ({v['classification']}, dim {v['dimension']})"
                           for v in result["values"])
        rows.append(f"{tuple(result['problem']['dims'])}: {values}")
        total_values += len(result["values"])
        total_leaves += len(result["components"])
        unresolved += [f"{name}: {leaf['path']}" for leaf in result["unresolved"]]
    dims = [list(covering(n, loss=loss)["problem"]["dims"]) for n in names]
    scope = (f"every critical point of {len(names)} instance(s) with seeded integer data "
             f"(symbolic.critical.unregularized.INSTANCES: {', '.join(names)}), {loss} loss; the critical set split "
             "by value, each value's set (its complex points included) covered by a certified tree: "
             + "; ".join(rows))
    detail = {"dims": dims, "counts": {"instances": len(names), "critical_values": total_values,
                                       "covering_leaves": total_leaves}}
    if unresolved:
        return Outcome("inconclusive", scope, None, details=f"unresolved parts: {unresolved}",
                       scope_kind="critical_set", scope_detail=detail)
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="critical_set",
                   details=f"{what}: every critical point is a global minimum or a saddle", scope_detail=detail)
