r"""Laurent and von Brecht (2018): the minimizers of the non-smooth loss (22), certified piecewise.

:math:`f(x, y) = |x| + (1 - y)_+ - 1`.  Three ``piecewise_nonnegativity`` certificates (regions split on the signs of
:math:`x` and :math:`1 - y`, each piece a non-negative combination of the region's constraints):

* :math:`f + 1 - |x| \ge 0` and :math:`f + 1 - (1 - y)_+ \ge 0` on :math:`\mathbb{R}^2`, so :math:`f \ge -1`, and
  :math:`f = -1` forces :math:`x = 0` and :math:`(1 - y)_+ = 0`, i.e. :math:`y \ge 1`;
* :math:`-(f + 1) \ge 0` on :math:`\{x \ge 0, -x \ge 0, y - 1 \ge 0\}`, so :math:`f = -1` there;

and ``piecewise_value`` certificates at two points of the set.

Main results
------------
* ``argmin_eq_halfline_of_nonsmooth_loss`` -- :math:`\arg\min f = \{x = 0, y \ge 1\}`, :math:`f_{opt} = -1`.

References
----------
* ``laurent-vonbrecht-2018``, "(22)" and the sentence after it in Section 3 ("arg min f := ...").
"""

from __future__ import annotations

import itertools
from fractions import Fraction as F

from symbolic.checker.mpoly import MPoly
from symbolic.checker.positivity import poly_from_json, poly_to_json

from proofs.ledger.claim import Claim, Outcome

__all__ = ["CLAIMS", "bound_certificate", "argmin_certificate", "F_TERMS"]

_X = [[[1, 0], "1"]]
_ONE_MINUS_Y = [[[0, 0], "1"], [[0, 1], "-1"]]
_ONE = [[[0, 0], "1"]]
#: f = |x| + (1 - y)_+ - 1 as a piecewise function of (x, y).
F_TERMS = {"variables": ["x", "y"], "base": [[[0, 0], "-1"]], "abs_terms": [["1", _X]],
           "plus_terms": [["1", _ONE_MINUS_Y]]}


def _nonneg(target: MPoly, constraints, picks) -> dict:
    return {"kind": "nonnegativity", "variables": ["x", "y"], "constraints": [poly_to_json(g) for g in constraints],
            "target": poly_to_json(target), "constant": "0",
            "terms": [{"coefficient": "1", "constraints": [j], "square": _ONE} for j in picks]}


def _as_sum_of_constraints(target: MPoly, constraints):
    """Indices ``J`` (at most two) with ``target == sum of constraints[J]``; ``None`` if there are none."""
    zero = MPoly.const(2, 0)
    for size in range(3):
        for picks in itertools.combinations(range(len(constraints)), size):
            if sum((constraints[j] for j in picks), zero) == target:
                return list(picks)
    return None


def bound_certificate(base, abs_terms, plus_terms, constraints=()) -> dict:
    r"""A ``piecewise_nonnegativity`` certificate of :math:`p_0 + \sum c_i|\ell_i| + \sum e_i(m_i)_+ \ge 0` on
    :math:`\{g \ge 0\}`, split on the signs of :math:`x` and :math:`1 - y` (every :math:`\ell_i = \pm x`, every
    :math:`m_i = \pm(1 - y)`), each piece written as a sum of at most two of the region's constraints.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify(bound_certificate([[[0, 0], "1"]], [["1", [[[1, 0], "1"]]]], []))[0]     # 1 + |x| >= 0
    False
    >>> verify(bound_certificate([], [["1", [[[1, 0], "1"]]]], []))[0]                 # |x| >= 0
    True
    """
    p = lambda j: poly_from_json(2, j)  # noqa: E731
    N = [p(g) for g in constraints]
    splits = [p(_X), p(_ONE_MINUS_Y)]
    regions = []
    for pattern in itertools.product((1, -1), repeat=2):
        cons = N + [s * g for s, g in zip(pattern, splits)]
        piece = p(base) if base else MPoly.const(2, 0)
        abs_signs, abs_certs, plus_signs, plus_certs = [], [], [], []
        for c, ell in abs_terms:
            ell = p(ell)
            s = pattern[0] if ell == splits[0] else -pattern[0]     # ell = -x flips the sign
            abs_signs.append(s)
            abs_certs.append(_nonneg(ell * s, cons, [len(N)]))
            piece = piece + ell * (F(c) * s)
        for e, m in plus_terms:
            m = p(m)
            t = 1 if pattern[1] == (1 if m == splits[1] else -1) else 0
            plus_signs.append(t)
            plus_certs.append(_nonneg(m if t == 1 else m * -1, cons, [len(N) + 1]))
            if t == 1:
                piece = piece + m * F(e)
        picks = _as_sum_of_constraints(piece, cons)
        final = _nonneg(piece, cons, picks if picks is not None else [])
        regions.append({"pattern": list(pattern), "abs_signs": abs_signs, "plus_signs": plus_signs,
                        "abs_certificates": abs_certs, "plus_certificates": plus_certs, "certificate": final})
    return {"kind": "piecewise_nonnegativity", "variables": ["x", "y"], "base": base or [],
            "abs_terms": abs_terms, "plus_terms": plus_terms, "constraints": list(constraints),
            "splits": [_X, _ONE_MINUS_Y], "regions": regions}


def _neg(poly):
    return [[e, str(-F(c))] for e, c in poly]


def argmin_certificate() -> dict:
    """The bundle: two lower bounds on R^2, the upper bound on the half-line, two exact values."""
    parts = {
        "f + 1 - |x| >= 0 on R^2": bound_certificate([], [["1", _X], ["-1", _X]], [["1", _ONE_MINUS_Y]]),
        "f + 1 - (1 - y)_+ >= 0 on R^2": bound_certificate([], [["1", _X]], [["1", _ONE_MINUS_Y],
                                                                             ["-1", _ONE_MINUS_Y]]),
        "-(f + 1) >= 0 on {x = 0, y >= 1}": bound_certificate([], [["-1", _X]], [["-1", _ONE_MINUS_Y]],
                                                              [_X, _neg(_X), _neg(_ONE_MINUS_Y)]),
    }
    for point in (["0", "1"], ["0", "7/2"]):
        parts[f"f({point[0]}, {point[1]}) = -1"] = {"kind": "piecewise_value", "function": F_TERMS,
                                                    "point": point, "value": "-1"}
    return {"kind": "bundle", "parts": parts}


def _check(quick: bool) -> Outcome:
    return Outcome(
        "confirmed", "all of R^2 (piecewise-linear certificates over the four sign regions of x and 1 - y)",
        argmin_certificate(), scope_kind="all",
        details="f + 1 >= |x| and f + 1 >= (1 - y)_+ everywhere give f >= -1 with equality only where x = 0 and "
                "y >= 1; -(f + 1) >= 0 on that set gives f = -1 there; the values at (0, 1) and (0, 7/2) are "
                "recomputed")


CLAIMS = (
    Claim(
        id="argmin_eq_halfline_of_nonsmooth_loss",
        paper="laurent-vonbrecht-2018",
        label="(22)",
        location="L981-L983",
        kind="claim",
        statement=(r"For $f(x, y) = |x| + (1 - y)_+ - 1$ (22), $\arg\min f = \{(x, y) : x = 0, y \ge 1\}$ and "
                   r"$f_{opt} = -1$."),
        source="arg min f := {(x, y) ∈ R2 : x = 0, y ≥ 1} [...] furnishes its global minimizers while fopt = −1 gives the",
        reading=r"$(t)_+ = \max\{t, 0\}$ as printed in (22).",
        check=_check,
        recorded="confirmed",
        scope_kind="all",
    ),
)
