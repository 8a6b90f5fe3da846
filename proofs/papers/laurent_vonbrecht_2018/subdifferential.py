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
* :func:`subdifferential_box_certificate`, :func:`printed_set_refutation`, :func:`argmin_certificates`,
  :func:`max_affine_certificates`.
"""

from __future__ import annotations

from fractions import Fraction as F

from proofs.ledger.claim import fact, facts_certificate, refutation_certificate
from proofs.papers.laurent_vonbrecht_2018.nonsmooth_witness import NONSMOOTH_WITNESS
from symbolic.checker.subdifferential import box_corners, subgradient_gap_function

__all__ = ["DERIVED_BOX", "PRINTED_BOX", "subdifferential_box_certificate", "printed_set_refutation",
           "argmin_certificates", "max_affine_certificates"]

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


def _linear_piece_certificate(piece, constraints):
    """A nonnegativity certificate of a linear ``piece`` in (x, y) as ``c0 + sum_i lambda_i g_i`` over linear
    ``constraints`` g_i, the multipliers found by matching coefficients greedily (x first, then y, then the constant);
    ``None`` if that fails."""
    from fractions import Fraction as Fr

    def coef(p, e):
        return sum((Fr(c) for ex, c in p if tuple(ex) == e), Fr(0))

    rest = {e: coef(piece, e) for e in ((1, 0), (0, 1), (0, 0))}
    terms = []
    for e in ((1, 0), (0, 1)):
        if rest[e] == 0:
            continue
        for j, g in enumerate(constraints):
            ge = coef(g, e)
            others = [coef(g, o) for o in ((1, 0), (0, 1)) if o != e]
            if ge != 0 and rest[e] / ge > 0 and all(o == 0 for o in others):
                lam = rest[e] / ge
                terms.append((lam, [j]))
                for o in ((1, 0), (0, 1), (0, 0)):
                    rest[o] -= lam * coef(g, o)
                break
        else:
            return None
    if rest[(1, 0)] != 0 or rest[(0, 1)] != 0 or rest[(0, 0)] < 0:
        return None
    return {"kind": "nonnegativity", "variables": ["x", "y"], "constraints": constraints, "target": piece,
            "constant": str(rest[(0, 0)]), "terms": [{"coefficient": str(c), "constraints": js, "square": _ONE}
                                                     for c, js in terms]}


def _piecewise(base, abs_coefs, plus_coefs, constraints=()) -> dict:
    """``base + sum_i a_i |x| + sum_i e_i (1 - y)_+ >= 0`` on ``{g >= 0 : g in constraints}`` (one term per
    coefficient, as listed), split on the signs of x and 1 - y; every piece certified by
    :func:`_linear_piece_certificate`."""
    constraints = [list(c) for c in constraints]
    a, e = sum(F(c) for c in abs_coefs), sum(F(c) for c in plus_coefs)
    regions = []
    for s in (1, -1):
        for t in (1, -1):
            cons = constraints + [_scale(_X, s), _scale(_ONE_MINUS_Y, t)]
            ix, iy = len(constraints), len(constraints) + 1
            abs_cert = _nonneg(_scale(_X, s), cons, [(1, [ix])])
            plus_cert = _nonneg(_scale(_ONE_MINUS_Y, t), cons, [(1, [iy])])
            piece = _add(base, _scale(_X, s * a), _scale(_ONE_MINUS_Y, e) if t == 1 else [])
            bound = _linear_piece_certificate(piece, cons)
            if bound is None:
                raise ValueError(f"region {(s, t)}: no linear certificate for {piece}")
            regions.append({"pattern": [s, t], "abs_signs": [s] * len(abs_coefs),
                            "plus_signs": [1 if t == 1 else 0] * len(plus_coefs),
                            "abs_certificates": [abs_cert] * len(abs_coefs),
                            "plus_certificates": [plus_cert] * len(plus_coefs), "certificate": bound})
    return {"kind": "piecewise_nonnegativity", "variables": ["x", "y"], "constraints": constraints, "base": base,
            "abs_terms": [[str(F(c)), _X] for c in abs_coefs],
            "plus_terms": [[str(F(c)), _ONE_MINUS_Y] for c in plus_coefs],
            "splits": [_X, _ONE_MINUS_Y], "regions": regions}


def argmin_certificates() -> dict:
    r"""(22)'s minimum: :math:`f \ge -1` on :math:`\mathbb{R}^2`; :math:`f \le -1` on :math:`\{x = 0, y \ge 1\}`; and
    :math:`f + 1 \ge |x|`, :math:`f + 1 \ge (1 - y)_+` (so :math:`f = -1` forces :math:`x = 0`, :math:`y \ge 1`)."""
    f = NONSMOOTH_WITNESS["function"]
    base = [[[0, 0], "-1"]]
    plus_one = [[[0, 0], "1"]]
    on_ray = [_X, _scale(_X, -1), _add(_scale(_ONE_MINUS_Y, -1))]      # x >= 0, -x >= 0, y - 1 >= 0
    if f["abs_terms"] != [["1", _X]] or f["plus_terms"] != [["1", _ONE_MINUS_Y]] or f["base"] != base:
        raise AssertionError("(22) is not f = |x| + (1 - y)_+ - 1")
    return {
        "f + 1 >= 0 on R^2": _piecewise(_add(base, plus_one), [1], [1]),
        "-(f + 1) >= 0 on {x = 0, y >= 1}": _piecewise(_add(_scale(base, -1), _scale(plus_one, -1)), [-1], [-1],
                                                       on_ray),
        "f + 1 - |x| >= 0 on R^2": _piecewise(_add(base, plus_one), [1, -1], [1]),
        "f + 1 - (1 - y)_+ >= 0 on R^2": _piecewise(_add(base, plus_one), [1], [1, -1]),
        "f(0, 1) = -1": {"kind": "piecewise_value", "function": f, "point": ["0", "1"], "value": "-1"},
    }


def max_affine_certificates() -> dict:
    r"""(22) is the maximum of the four affine functions :math:`a_{s,t} = s x + t (1 - y) - 1`, :math:`s = \pm 1`,
    :math:`t \in \{0, 1\}`: :math:`f \ge a_{s,t}` on :math:`\mathbb{R}^2`, and :math:`f \le a_{s,t}` where :math:`sx \ge 0`
    and :math:`(1 - y)` has the sign of :math:`t` (these regions cover the plane).  So :math:`f` is convex and
    Lipschitz with constant :math:`\max \lVert \nabla a_{s,t}\rVert_2 = \sqrt2`."""
    f = NONSMOOTH_WITNESS["function"]
    out = {}
    for s in (1, -1):
        for t in (1, 0):
            a = _add(_scale(_X, s), _scale(_ONE_MINUS_Y, t), [[[0, 0], "-1"]])
            name = f"a = {'+' if s > 0 else '-'}x{' + (1 - y)' if t else ''} - 1"
            out[f"f - a >= 0 on R^2, {name}"] = _piecewise(_add(f["base"], _scale(a, -1)), [1], [1])
            region = [_scale(_X, s), _scale(_ONE_MINUS_Y, 1 if t else -1)]
            out[f"a - f >= 0 where {'+' if s > 0 else '-'}x >= 0, {'1 - y >= 0' if t else 'y - 1 >= 0'}: {name}"] = \
                _piecewise(_add(a, _scale(f["base"], -1)), [-1], [-1], region)
    return out
