"""The classifier's JSON result for a network problem, memoized on the problem's JSON.

Several claims classify the same exact points (and the ledger runs them in one
process); :func:`classify_problem` computes each classification once.

Main definitions
----------------
* :func:`classify_problem`.
"""

from __future__ import annotations

import json
from functools import lru_cache

from symbolic.landscape.classify import classify_network

__all__ = ["classify_problem"]


@lru_cache(maxsize=None)
def _classify(problem_key: str) -> str:
    p = json.loads(problem_key)
    result = classify_network(p["dims"], p["Y"], p["weights"], X=p.get("X"), loss=p.get("loss", "squared"),
                              seconds=30).to_json()
    return json.dumps(result)


def classify_problem(problem: dict) -> dict:
    """A fresh copy of the classification of ``problem`` (``dims``, ``Y``, ``weights``, optional ``X``, ``loss``).

    Examples
    ========

    >>> from proofs.checks.classify_cache import classify_problem
    >>> classify_problem({"dims": [1, 1, 1], "Y": [["1"]], "weights": [[["0"]], [["0"]]]})["verdict"]
    'saddle'
    """
    if not isinstance(problem, dict):
        raise TypeError(f"a network problem is a dict with dims, Y and weights; got {type(problem).__name__}")
    missing = [k for k in ("dims", "Y", "weights") if k not in problem]
    if missing:
        raise ValueError(f"a network problem needs the keys dims, Y and weights; missing {missing}")
    return json.loads(_classify(json.dumps(problem, sort_keys=True)))
