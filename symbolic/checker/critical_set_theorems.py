r"""Checker for ``critical_set_theorem``: a theorem's premises and conclusion read off a whole-critical-set covering.

A ``critical_set_covering`` certificate (:mod:`symbolic.checker.components_covering`) shows that every critical
point of :math:`L(W_1, \dots, W_L) = \tfrac12\lVert W_L \cdots W_1 X - Y\rVert_F^2` is a global minimum or a saddle.
This checker re-verifies it, then recomputes from its ``problem`` the premises a theorem needs and the facts its
conclusion adds, with Fractions only:

* ``hypotheses`` (the theorem's premises): ``squared_loss``, ``two_layers``, ``layers_ge_two``, ``deep``;
  ``rank_one_products`` (two layers and :math:`\min(d_2, d_1) = 1`); ``wide_pair`` / ``narrow_pair``
  (Nouiehed-Razaviyayn Theorem 12: the second smallest of :math:`d_0, \dots, d_h` is at least / below :math:`\min(d_h, d_0)`); ``identity_input``
  (:math:`X = I`); ``corner_unit_target`` (:math:`Y = e_{d_h} e_{d_0}^T`, rank deficient when :math:`d_h \ge 2`);
  ``bottleneck`` (two layers, :math:`d_1 < \min(d_0, d_2)`: Zhang's Theorem 2).
* ``spectrum``: the eigenvalues :math:`\sigma` of :math:`\Sigma = YX^T(XX^T)^{-1}XY^T` with multiplicities, checked
  by :math:`\det(tI - \Sigma) = \prod (t - \sigma)^m` (Faddeev-LeVerrier).
* conclusions:

  - ``critical_values_of_patterns``: the covering's root splits the critical set by values (every factor
    :math:`aL + b`); each value is :math:`\tfrac12(\operatorname{tr} YY^T - \sum_i p_i \sigma_i)` for an
    admissible pattern (:math:`0 \le p_i \le m_i` over the positive eigenvalues, :math:`\sum p_i \le w`, the
    narrowest of :math:`d_1, \dots, d_L`) -- Zhou-Liang Propositions 1 and 4 at the level of values;
  - ``global_value_of_top_pattern``: the certified global value is the value of the pattern filling
    :math:`\sigma_1 > \sigma_2 > \dots` in order up to :math:`\min(w, \sum m_i)`, and no other admissible pattern
    has that value -- Zhou-Liang Propositions 2 and 5 at the level of patterns;
  - ``lower_value_with_rank_of_rank_one_products``: with ``rank_one_products``, :math:`L(A_1, 0)` is the constant
    :math:`\tfrac12 \lVert Y\rVert^2` (expanded here), so at a saddle with :math:`A_2 = 0` every lower point has
    :math:`\operatorname{rank} \tilde A_2 = 1`, and near :math:`A_2 \ne 0` every :math:`\tilde A_2` has rank
    :math:`1 = \operatorname{rank} A_2` -- Zhou-Liang Proposition 3 items 1-2 on every critical point.

* ``witnesses``: rational critical points of a named category, each re-verified (gradient zero, value above the
  global one): ``optimal_order`` (:math:`A_2 = 0`, rank below :math:`\min(d_2, d_1)`), ``non_optimal_order``
  (:math:`\Sigma A_2 = \sigma_j A_2 \ne 0` with a stated eigenvalue :math:`\sigma_i > \sigma_j`: the columns capture
  :math:`\sigma_j` and skip :math:`\sigma_i`).

Main definitions
----------------
* :func:`verify_critical_set_theorem`.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

from . import components_covering
from .assumptions import charpoly, inverse
from .components_covering import network_loss, verify_critical_set_covering
from .poly import frac, frac_matrix, mat_mul, transpose

__all__ = ["verify_critical_set_theorem", "PREMISES", "CONCLUSIONS", "sigma_matrix"]

#: The premises and conclusions this checker recomputes.
PREMISES = ("squared_loss", "two_layers", "layers_ge_two", "deep", "rank_one_products", "wide_pair", "narrow_pair",
            "identity_input", "corner_unit_target", "bottleneck")
CONCLUSIONS = ("critical_values_of_patterns", "global_value_of_top_pattern", "lower_value_with_rank_of_rank_one_products")

#: At most this many admissible patterns are enumerated.
MAX_PATTERNS = 10_000


class _Reject(Exception):
    pass


def _inverse(A):
    """:func:`.assumptions.inverse`, its singular case refused with this checker's message."""
    try:
        return inverse(A)
    except ValueError:
        raise _Reject("X X^T is singular") from None


def sigma_matrix(X, Y):
    r""":math:`\Sigma = YX^T(XX^T)^{-1}XY^T` in Fractions (``X`` of full row rank).

    Examples
    ========

    >>> from symbolic.checker.critical_set_theorems import sigma_matrix
    >>> sigma_matrix([[1, 0], [0, 1]], [[2, 0], [0, 1]])
    [[Fraction(4, 1), Fraction(0, 1)], [Fraction(0, 1), Fraction(1, 1)]]
    """
    X, Y = [list(map(Fraction, r)) for r in X], [list(map(Fraction, r)) for r in Y]
    T = mat_mul(Y, transpose(X))
    return mat_mul(mat_mul(T, _inverse(mat_mul(X, transpose(X)))), transpose(T))


def _evaluate(p, point) -> Fraction:
    total = Fraction(0)
    for e, c in p.terms.items():
        term = Fraction(c)
        for v, k in zip(point, e):
            if k:
                term *= v ** k
        total += term
    return total


def _premise(name: str, problem: dict) -> str:
    dims = problem["dims"]
    X, Y = frac_matrix(problem["X"]), frac_matrix(problem["Y"])
    if name in ("squared_loss", "two_layers", "deep"):  # the covering checker's premises, with its texts
        try:
            return components_covering.premise(name, problem)
        except ValueError as exc:
            raise _Reject(str(exc)) from None
    if name == "layers_ge_two":
        if len(dims) < 3:
            raise _Reject(f"dims {dims} have fewer than two layers")
        return f"{len(dims) - 1} >= 2 layers"
    if name == "rank_one_products":
        if len(dims) != 3 or min(dims[1], dims[2]) != 1:
            raise _Reject(f"dims {dims}: not two layers with min(d_2, d_1) = 1")
        return "two layers with min(d_2, d_1) = 1 (rank A_2 <= 1)"
    if name == "bottleneck":
        if len(dims) != 3 or dims[1] >= min(dims[0], dims[2]):
            raise _Reject(f"dims {dims}: not two layers with d_1 < min(d_0, d_2)")
        return f"two layers with d_1 = {dims[1]} < min(d_0, d_2) = {min(dims[0], dims[2])}"
    if name in ("wide_pair", "narrow_pair"):
        second = sorted(dims)[1]  # d_(p2*): the least width once one least width (p1*) is set aside
        bound = min(dims[0], dims[-1])
        if (second >= bound) != (name == "wide_pair"):
            raise _Reject(f"dims {dims}: d_(p2*) = {second} is {'below' if second < bound else 'at least'} "
                          f"min(d_h, d_0) = {bound}")
        return f"d_(p2*) = {second} {'>=' if name == 'wide_pair' else '<'} min(d_h, d_0) = {bound}"
    if name == "identity_input":
        if X != [[Fraction(int(i == j)) for j in range(len(X))] for i in range(len(X))]:
            raise _Reject("X is not the identity")
        return "X = I"
    if name == "corner_unit_target":
        want = [[Fraction(int(i == len(Y) - 1 and j == len(Y[0]) - 1)) for j in range(len(Y[0]))]
                for i in range(len(Y))]
        if Y != want or len(Y) < 2:
            raise _Reject("Y is not e_(d_h) e_(d_0)^T with d_h >= 2")
        return "Y = e_(d_h) e_(d_0)^T (rank 1 < d_h: rank deficient)"
    raise _Reject(f"unknown premise {name!r}; the checker knows {', '.join(PREMISES)}")


def _spectrum(cert, Sigma):
    spec = cert.get("spectrum")
    if not isinstance(spec, list) or not spec:
        raise _Reject("the conclusion needs 'spectrum': [[eigenvalue, multiplicity], ...] of Sigma")
    pairs = [(frac(s), m) for s, m in spec]
    if any(not isinstance(m, int) or isinstance(m, bool) or m < 1 for _, m in pairs):
        raise _Reject("a multiplicity is a positive integer")
    if len({s for s, _ in pairs}) != len(pairs) or any(s < 0 for s, _ in pairs):
        raise _Reject("the stated eigenvalues must be distinct and non-negative")
    poly = [Fraction(1)]
    for s, m in pairs:
        for _ in range(m):
            poly = [a - s * b for a, b in zip(poly + [Fraction(0)], [Fraction(0)] + poly)]
    if poly != charpoly(Sigma):
        raise _Reject("the stated spectrum is not that of Sigma (det(tI - Sigma) differs)")
    return sorted(((s, m) for s, m in pairs if s > 0), reverse=True)


def _patterns(positive, w):
    ranges = [range(m + 1) for _, m in positive]
    count = 1
    for r in ranges:
        count *= len(r)
    if count > MAX_PATTERNS:
        raise _Reject(f"more than {MAX_PATTERNS} patterns")
    return [p for p in itertools.product(*ranges) if sum(p) <= w]


def _value(trace, positive, p) -> Fraction:
    return (trace - sum((k * s for k, (s, _) in zip(p, positive)), Fraction(0))) / 2


def _root_values(tree) -> list[Fraction]:
    if not isinstance(tree, dict) or tree.get("kind") != "split":
        raise _Reject("the covering's root is not a split by values")
    out = []
    for f in tree["factors"]:
        coeffs = f.get("of_loss") if isinstance(f, dict) else None
        if isinstance(f, dict) and "of_loss" not in f:
            raise _Reject("the covering's root splits by another polynomial than the loss (e.g. the staged "
                          "covering's split by the end-to-end product): value conclusions need a covering split "
                          "by value at its root")
        if not isinstance(coeffs, list) or len(coeffs) != 2 or frac(coeffs[0]) == 0:
            raise _Reject("a root factor is not linear in L: a critical value is not rational")
        out.append(-frac(coeffs[1]) / frac(coeffs[0]))
    return out


def _text(v: Fraction) -> str:
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def verify_critical_set_theorem(cert: dict) -> tuple[bool, str]:
    """Re-verify the covering, then each premise, conclusion and witness; the reason lists what was checked.

    Examples
    ========

    >>> from symbolic.checker.critical_set_theorems import verify_critical_set_theorem
    >>> covering = {"kind": "critical_set_covering", "problem": {"dims": [1, 1], "X": [["1"]], "Y": [["2"]],
    ...             "loss": "squared"}, "tree": {"kind": "value", "value": "0", "power": 1,
    ...             "cofactors": [[["1/2", [0, 1]], ["-1", []]]]}, "global": {"value": "0", "witness": ["2"]}}
    >>> verify_critical_set_theorem({"kind": "critical_set_theorem", "covering": covering,
    ...                              "hypotheses": ["squared_loss"]})[1].split(" | ")[1]
    'squared loss'
    >>> verify_critical_set_theorem({"kind": "critical_set_theorem", "covering": covering,
    ...                              "hypotheses": ["identity_input", "narrow_pair"]})
    (False, 'dims [1, 1]: d_(p2*) = 1 is at least min(d_h, d_0) = 1')
    """
    covering = cert.get("covering")
    if not isinstance(covering, dict) or covering.get("kind") != "critical_set_covering":
        return False, "a critical_set_theorem holds a 'covering' certificate (kind critical_set_covering)"
    ok, reason = verify_critical_set_covering(covering)
    if not ok:
        return False, f"covering: {reason}"
    checked = [reason]
    problem = covering["problem"]
    try:
        dims = problem["dims"]
        premises = cert.get("hypotheses") or []
        conclusions = cert.get("conclusions") or []
        if not premises and not conclusions:
            raise _Reject("state at least one hypothesis or conclusion")
        checked += [_premise(name, problem) for name in premises]
        X, Y = frac_matrix(problem["X"]), frac_matrix(problem["Y"])
        trace = sum((y * y for row in Y for y in row), Fraction(0))
        w = min(dims[1:])
        glob = covering.get("global")
        cstar = frac(glob["value"]) if glob else None
        positive = None
        if conclusions or cert.get("witnesses"):
            positive = _spectrum(cert, sigma_matrix(X, Y))
            checked.append("spectrum of Sigma: " + ", ".join(f"{_text(s)} (x{m})" for s, m in positive))
        for name in conclusions:
            checked.append(_conclusion(name, cert, covering, positive, trace, w, cstar))
        for k, wit in enumerate(cert.get("witnesses") or []):
            checked.append(_witness(k, wit, problem, positive, trace, cstar))
    except _Reject as exc:
        return False, str(exc)
    return True, " | ".join(checked)


def _conclusion(name, cert, covering, positive, trace, w, cstar) -> str:
    dims = covering["problem"]["dims"]
    if name == "critical_values_of_patterns":
        pats = _patterns(positive, w)
        found = []
        for c in _root_values(covering["tree"]):
            match = [p for p in pats if _value(trace, positive, p) == c]
            if not match:
                raise _Reject(f"the critical value {_text(c)} is no admissible pattern's 1/2 (tr YY^T - sum p_i sigma_i)")
            found.append(f"{_text(c)} <- p = {list(match[0])}")
        return (f"every critical value is 1/2 (tr YY^T - sum p_i sigma_i) with 0 <= p_i <= m_i, sum p_i <= {w}: "
                + "; ".join(found))
    if name == "global_value_of_top_pattern":
        if cstar is None:
            raise _Reject("the covering states no global value")
        total = sum(m for _, m in positive)
        rho, top = min(w, total), []
        for _, m in positive:
            top.append(min(m, rho - sum(top)))
        if _value(trace, positive, top) != cstar:
            raise _Reject(f"the top pattern {top} has value {_text(_value(trace, positive, top))}, not the global "
                          f"{_text(cstar)}")
        others = [p for p in _patterns(positive, w) if list(p) != top and _value(trace, positive, p) == cstar]
        if others:
            raise _Reject(f"the pattern {list(others[0])} also has the global value")
        case = "case 1 (w <= sum m_i)" if w <= total else "case 2 (w > sum m_i)"
        return (f"{case}: the global value {_text(cstar)} is the top pattern {top}'s and no other admissible "
                "pattern's")
    if name == "lower_value_with_rank_of_rank_one_products":
        _premise("rank_one_products", covering["problem"])
        n, L, _, _ = network_loss(covering["problem"])
        first = dims[0] * dims[1]  # A_1's entries come first; A_2's are the rest
        rest = {e: c for e, c in L.terms.items() if not any(e[first:])}
        if rest != ({(0,) * n: trace / 2} if trace else {}):
            raise _Reject("L(A_1, 0) is not the constant 1/2 ||Y||^2")
        return ("L(A_1, 0) = 1/2 ||Y||^2 for every A_1, and min(d_2, d_1) = 1: a lower point near a saddle with "
                "A_2 = 0 has rank A_2 = 1 = 0 + 1, and near A_2 != 0 every A_2 has rank 1 = rank A_2")
    raise _Reject(f"unknown conclusion {name!r}; the checker knows {', '.join(CONCLUSIONS)}")


def _witness(k, wit, problem, positive, trace, cstar) -> str:
    dims = problem["dims"]
    if len(dims) != 3:
        raise _Reject("category witnesses are two-layer points")
    n, L, _, _ = network_loss(problem)
    a = [frac(x) for x in wit["point"]]
    if len(a) != n:
        raise _Reject(f"witness {k + 1}: {n} weights expected")
    if any(_evaluate(L.diff(i), a) != 0 for i in range(n)):
        raise _Reject(f"witness {k + 1} is not a critical point")
    value = _evaluate(L, a)
    if cstar is None or value <= cstar:
        raise _Reject(f"witness {k + 1} is not above the global value")
    first = dims[0] * dims[1]
    A2 = [a[first + i * dims[1]: first + (i + 1) * dims[1]] for i in range(dims[2])]
    category = wit["category"]
    if category == "optimal_order":
        if any(x != 0 for x in a[first:]):
            raise _Reject(f"witness {k + 1}: A_2 != 0")
        return (f"witness {k + 1}: critical, value {_text(value)} > {_text(cstar)}, A_2 = 0: rank 0 < "
                f"min(d_2, d_1) = {min(dims[1], dims[2])} with p = 0 (optimal order, k = 1)")
    if category == "non_optimal_order":
        s = frac(wit["eigenvalue"])
        if all(x == 0 for x in a[first:]):
            raise _Reject(f"witness {k + 1}: A_2 = 0")
        SA2 = mat_mul(sigma_matrix(frac_matrix(problem["X"]), frac_matrix(problem["Y"])), A2)
        if SA2 != [[s * x for x in row] for row in A2]:
            raise _Reject(f"witness {k + 1}: Sigma A_2 != {_text(s)} A_2")
        bigger = [t for t, _ in positive if t > s]
        if s not in [t for t, _ in positive] or not bigger:
            raise _Reject(f"witness {k + 1}: {_text(s)} is not a positive eigenvalue below another")
        return (f"witness {k + 1}: critical, value {_text(value)} > {_text(cstar)}, col(A_2) in the eigenspace of "
                f"{_text(s)} and {_text(bigger[-1])} > {_text(s)} skipped (non-optimal order)")
    raise _Reject(f"witness {k + 1}: unknown category {category!r}")
