"""Shared check: a theorem's premises and conclusion on every critical point of listed instances (``critical_set``).

Main results
------------
* :func:`theorem_outcome` -- for each named instance, the covering certificate of its whole critical set
  (:func:`proofs.checks.critical_sets.covering`) wrapped in a ``critical_set_theorem`` certificate
  (:mod:`symbolic.checker.critical_set_theorems`) that states the theorem's premises, the spectrum of
  :math:`\\Sigma = YX^T(XX^T)^{-1}XY^T`, the conclusions to recompute and category witnesses; confirmed when every
  instance is fully covered, inconclusive otherwise (unresolved parts, an irrational spectrum).
* :func:`category_witnesses` -- rational two-layer critical points of each Zhou-Liang category (non-optimal order:
  the columns of :math:`A_2` capture a smaller eigenvalue and skip a larger one; optimal order: :math:`A_2 = 0`).

References
----------
* issue 20 item 4; :mod:`proofs.checks.critical_sets` (the plain "global minimum or saddle" outcome).
"""

from __future__ import annotations

import copy
from functools import lru_cache

import sympy

from proofs.checks.critical_sets import covering
from proofs.ledger.claim import Outcome

__all__ = ["theorem_outcome", "category_witnesses", "spectrum", "RANK_ONE_TARGETS", "rank_one_target"]

#: Instances with a rank-one target, so the narrowest width exceeds rank Sigma (Zhou-Liang's "case 2"):
#: name -> (dims, X, Y).
RANK_ONE_TARGETS = {
    "1-2-2-rank1": ((1, 2, 2), [[1]], [[1], [2]]),
    "2-2-2-rank1": ((2, 2, 2), [[1, 0], [0, 1]], [[1, 0], [0, 0]]),
}


@lru_cache(maxsize=None)
def rank_one_target(name: str, method: str = "staged") -> dict:
    """The covering of a :data:`RANK_ONE_TARGETS` instance (:func:`unregularized_critical_set`)."""
    from symbolic.critical.unregularized import unregularized_critical_set

    dims, X, Y = RANK_ONE_TARGETS[name]
    return unregularized_critical_set(dims, X, Y, method=method)


#: Conclusions the checker reads off the covering's top-level split by critical value: they need the ``direct``
#: covering (the staged one splits first by the end-to-end product).
VALUE_CONCLUSIONS = frozenset({"critical_values_of_patterns", "global_value_of_top_pattern"})


def _s(v) -> str:
    v = sympy.Rational(v)
    return str(v.p) if v.q == 1 else f"{v.p}/{v.q}"


def spectrum(problem: dict):
    """``[[eigenvalue, multiplicity], ...]`` of :math:`\\Sigma` as strings, or ``None`` when one is irrational.

    Examples
    ========

    >>> from proofs.checks.critical_set_theorems import spectrum
    >>> spectrum({"X": [["1", "0"], ["0", "1"]], "Y": [["2", "0"], ["0", "1"]]})
    [['4', 1], ['1', 1]]
    """
    X = sympy.Matrix([[sympy.Rational(v) for v in r] for r in problem["X"]])
    Y = sympy.Matrix([[sympy.Rational(v) for v in r] for r in problem["Y"]])
    T = Y * X.T
    Sigma = T * (X * X.T).inv() * T.T
    vals = Sigma.eigenvals()
    if not all(v.is_Rational for v in vals):
        return None
    return [[_s(v), int(m)] for v, m in sorted(vals.items(), key=lambda t: -t[0])]


def category_witnesses(problem: dict):
    """Two-layer rational critical points: ``A_2 = 0`` (optimal order) and one per eigenvalue below the largest.

    The second kind is :math:`A_2 = u`, :math:`A_1 = u^T Y X^+ / \\lVert u\\rVert^2` for an eigenvector :math:`u`
    of :math:`\\Sigma` (a rank-one critical point capturing that eigenvalue); it needs :math:`d_1 = 1` or puts
    :math:`u` in the first column of :math:`A_2`.
    """
    dims = problem["dims"]
    X = sympy.Matrix([[sympy.Rational(v) for v in r] for r in problem["X"]])
    Y = sympy.Matrix([[sympy.Rational(v) for v in r] for r in problem["Y"]])
    T = Y * X.T
    Xp = X.T * (X * X.T).inv()
    Sigma = T * (X * X.T).inv() * T.T
    n = dims[0] * dims[1] + dims[1] * dims[2]
    out = [{"category": "optimal_order", "point": ["0"] * n}]
    vects = sorted(Sigma.eigenvects(), key=lambda t: -t[0])
    for ev, _, basis in vects[1:]:
        if not ev.is_Rational or ev <= 0:
            continue
        u = basis[0]
        A2 = sympy.zeros(dims[2], dims[1])
        A2[:, 0] = u
        A1 = sympy.zeros(dims[1], dims[0])
        A1[0, :] = u.T * Y * Xp / (u.T * u)[0]
        point = [_s(v) for v in list(A1) + list(A2)]
        out.append({"category": "non_optimal_order", "eigenvalue": _s(ev), "point": point})
    return out


def theorem_outcome(names, premises=(), conclusions=(), what: str = "", witnesses: bool = False,
                    results=None) -> Outcome:
    """Confirmed (scope ``critical_set``) when every instance's critical set is covered and every stated premise,
    conclusion and witness is re-verified; inconclusive otherwise.

    ``names`` are instances of :data:`symbolic.critical.unregularized.INSTANCES` or :data:`RANK_ONE_TARGETS`;
    ``results`` maps further names to results of :func:`symbolic.critical.unregularized.unregularized_critical_set`.
    """
    results = dict(results or {})
    parts, rows, unresolved, dims = {}, [], [], []
    total_values = 0
    for name in names:
        method = "direct" if VALUE_CONCLUSIONS & set(conclusions) else "staged"
        result = (results[name] if name in results else rank_one_target(name, method) if name in RANK_ONE_TARGETS
                  else covering(name, method))
        problem = result["problem"]
        dims.append(list(problem["dims"]))
        cert = {"kind": "critical_set_theorem", "covering": copy.deepcopy(result["certificate"]),
                "hypotheses": list(premises), "conclusions": list(conclusions)}
        if conclusions or witnesses:
            spec = spectrum(problem)
            if spec is None:
                unresolved.append(f"{name}: Sigma has an irrational eigenvalue")
            cert["spectrum"] = spec
        if witnesses:
            cert["witnesses"] = category_witnesses(problem)
        parts[f"dims {tuple(problem['dims'])}"] = cert
        values = ", ".join(f"{v['value'].removeprefix('L = ')} ({v['classification']}, dim {v['dimension']})"
                           for v in result["values"])
        rows.append(f"{tuple(problem['dims'])}: {values}")
        total_values += len(result["values"])
        unresolved += [f"{name}: {leaf['path']}" for leaf in result["unresolved"]]
    scope = (f"every critical point of {len(names)} instance(s) with integer data ({', '.join(names)}), squared "
             "loss; the critical set split by value, each value's set (its complex points included) covered by a "
             "certified tree: " + "; ".join(rows))
    detail = {"dims": dims, "counts": {"instances": len(names), "critical_values": total_values}}
    if unresolved:
        return Outcome("inconclusive", scope, None, details=f"unresolved: {unresolved}",
                       scope_kind="critical_set", scope_detail=detail)
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="critical_set",
                   details=what, scope_detail=detail)
