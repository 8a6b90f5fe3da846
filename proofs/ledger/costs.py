"""Each claim's recorded CPU seconds, per scope: the order in which ``dlnproof check -j N`` starts its work.

With several processes the longest claims should start first, so that the run does not end waiting for one long
claim started last.  The costs are a measurement of an earlier run (``dlnproof check --save-costs``, which writes
``costs.json`` beside this module); they only order the work: the rows, their order in the output and every verdict
are the same whatever the file holds, and a claim missing from it (a new one) is started first.

Main definitions
----------------
* :func:`load`, :func:`save`, :func:`order` -- read, update, and sort groups of claim ids longest first.
"""

from __future__ import annotations

import json
from pathlib import Path

__all__ = ["PATH", "load", "save", "order"]

#: The recorded costs: ``{"quick": {id: cpu seconds}, "full": {...}}``.
PATH = Path(__file__).resolve().parent / "costs.json"


def _scope(quick: bool) -> str:
    return "quick" if quick else "full"


def load(quick: bool, path: Path = PATH) -> dict:
    """``{claim id: cpu seconds}`` of the scope (empty when nothing is recorded)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return dict(data.get(_scope(quick), {}))


def save(rows, quick: bool, path: Path = PATH) -> None:
    """Record the ``cpu_seconds`` of ``rows`` (``dlnproof check`` rows) for their scope; other entries stay."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    scope = data.setdefault(_scope(quick), {})
    for r in rows:
        if r.get("cpu_seconds") is not None:
            scope[r["id"]] = r["cpu_seconds"]
    data = {k: dict(sorted(v.items())) for k, v in sorted(data.items())}
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def order(groups, costs: dict) -> list:
    """The groups (lists of claim ids) sorted by summed recorded cost, longest first; a group with a claim that has
    no recorded cost comes first; ties keep the given order.

    Examples
    ========

    >>> from proofs.ledger.costs import order
    >>> order([["a"], ["b", "c"], ["d"], ["e"]], {"a": 1.0, "b": 2.0, "c": 0.5, "e": 4.0})
    [['d'], ['e'], ['b', 'c'], ['a']]
    """
    def key(group):
        if any(i not in costs for i in group):
            return float("-inf")
        return -sum(costs[i] for i in group)
    return sorted(groups, key=key)
