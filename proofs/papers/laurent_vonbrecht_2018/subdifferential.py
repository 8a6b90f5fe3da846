r"""The subdifferential of Laurent-von Brecht's (22) at the origin, as printed and as derived.

:math:`f(x, y) = |x| + (1 - y)_+ - 1`.  Near :math:`0`, :math:`(1 - y)_+ = 1 - y` (smooth, derivative :math:`-1`
in :math:`y`) and :math:`|x|` has subdifferential :math:`[-1, 1]`, so

.. math::

    \partial f(0) = \{(g_x, g_y) : -1 \le g_x \le 1,\ g_y = -1\},

not the printed :math:`\{-1 \le x \le 1,\ y = 0\}`.  Both inclusions are certified
(:mod:`symbolic.checker.subdifferential`): difference quotients at steps :math:`\pm 1` bound every subgradient to
the box, and at each corner :math:`(\pm 1, -1)` the subgradient inequality
:math:`f(x, y) - (\pm x - y) \ge 0` holds on all of :math:`\mathbb{R}^2` (pieces on the signs of :math:`x` and
:math:`1 - y`).  The printed set contains :math:`(0, 0)`, which is no subgradient:
:math:`f(0, \tfrac12) = -\tfrac12 < 0 = f(0) + \langle (0, 0), (0, \tfrac12)\rangle`.

Main definitions
----------------
* :func:`subdifferential_box_certificate`, :func:`printed_set_refutation`.
"""

from __future__ import annotations

from fractions import Fraction as F

from proofs.ledger.claim import fact, facts_certificate, refutation_certificate
from proofs.papers.laurent_vonbrecht_2018.nonsmooth_witness import NONSMOOTH_WITNESS
from symbolic.checker.subdifferential import box_corners, subgradient_gap_function

__all__ = ["DERIVED_BOX", "PRINTED_BOX", "subdifferential_box_certificate", "printed_set_refutation"]

#: The derived subdifferential at 0 and the printed one, as boxes [[lo, hi] per coordinate].
DERIVED_BOX = [["-1", "1"], ["-1", "-1"]]
PRINTED_BOX = [["-1", "1"], ["0", "0"]]

_ONE = [[[0, 0], "1"]]
_X = [[[1, 0], "1"]]
_ONE_MINUS_Y = [[[0, 0], "1"], [[0, 1], "-1"]]


def _scale(poly, c):
    return [[e, str(F(v) * c)] for e, v in poly]


def _nonneg(target, constraints, terms):
    return {"kind": "nonnegativity", "variables": ["x", "y"], "constraints": constraints, "target": target,
            "constant": "0", "terms": [{"coefficient": str(F(c)), "constraints": js, "square": _ONE}
                                       for c, js in terms if c != 0]}


def _add(*polys):
    out = {}
    for p in polys:
        for e, c in p:
            out[tuple(e)] = out.get(tuple(e), F(0)) + F(c)
    return [[list(e), str(c)] for e, c in sorted(out.items()) if c != 0]


def _corner_certificate(c1) -> dict:
    r""":math:`|x| - c_1 x + (1 - y)_+ - 1 + y \ge 0` on :math:`\mathbb{R}^2` for :math:`|c_1| \le 1`, split on the signs
    of :math:`x` and :math:`1 - y`: the piece is :math:`(1 - s c_1)(s x)` (plus :math:`(y - 1)` where :math:`y \ge 1`)."""
    c1 = F(c1)
    gap = subgradient_gap_function(NONSMOOTH_WITNESS["function"], ["0", "0"], [c1, -1])
    regions = []
    for s in (1, -1):
        for t in (1, -1):
            cons = [_scale(_X, s), _scale(_ONE_MINUS_Y, t)]
            abs_cert = _nonneg(_scale(_X, s), cons, [(1, [0])])
            plus_cert = _nonneg(_scale(_ONE_MINUS_Y, t), cons, [(1, [1])])
            piece = _add(gap["base"], _scale(_X, s), _ONE_MINUS_Y if t == 1 else [])
            bound = _nonneg(piece, cons, [(1 - s * c1, [0])] + ([] if t == 1 else [(1, [1])]))
            regions.append({"pattern": [s, t], "abs_signs": [s], "plus_signs": [1 if t == 1 else 0],
                            "abs_certificates": [abs_cert], "plus_certificates": [plus_cert], "certificate": bound})
    return {"kind": "piecewise_nonnegativity", "variables": ["x", "y"], "constraints": [],
            "base": gap["base"], "abs_terms": gap["abs_terms"], "plus_terms": gap["plus_terms"],
            "splits": [_X, _ONE_MINUS_Y], "regions": regions}


def subdifferential_box_certificate() -> dict:
    """:math:`\\partial f(0) = [-1, 1] \\times \\{-1\\}` for (22), both inclusions (a ``subdifferential_box``)."""
    corners = box_corners(DERIVED_BOX)
    return {"kind": "subdifferential_box", "function": NONSMOOTH_WITNESS["function"], "point": ["0", "0"],
            "box": DERIVED_BOX, "steps": [["1", "1"], ["1", "1"]],
            "corners": [_corner_certificate(c[0]) for c in corners]}


def printed_set_refutation() -> dict:
    """The printed set contains :math:`g = (0, 0)`, which is not a subgradient of (22) at 0 (a ``refutation``)."""
    g = [["0", "0"]]
    member = facts_certificate({"g": g}, [
        fact("-1 <= g_x", {"entry": ["g", 0, 0]}, ">=", -1), fact("g_x <= 1", {"entry": ["g", 0, 0]}, "<=", 1),
        fact("g_y = 0", {"entry": ["g", 0, 1]}, "==", 0)])
    outside = {"kind": "not_subgradient", "function": NONSMOOTH_WITNESS["function"], "point": ["0", "0"], "g": g,
               "z": ["0", "1/2"], "gap": "-1/2"}
    return refutation_certificate({"g = (0, 0) lies in the printed set {-1 <= x <= 1, y = 0}": member},
                                  {"g = (0, 0) is not a subgradient of f at 0: f(0, 1/2) = -1/2 < 0": outside},
                                  {"g": g})
