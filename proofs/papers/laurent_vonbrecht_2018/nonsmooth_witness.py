"""The witness of Laurent-von Brecht's Theorem 2, and its exact certificates.

Witness (their (22)-(23)): :math:`f(x, y) = |x| + (1 - y)_+ - 1`,
:math:`\\hat W_1 = 0 \\in \\mathbb{R}^{1\\times1}`, :math:`\\hat W_2 = (1, 0)^T`.  Write
:math:`W_2 = (a, b)^T`, :math:`W_1 = w`, so :math:`W_2 W_1 = (x, y) = (aw, bw)`, and
:math:`N = \\{g_0 = \\tfrac1{16} - (a-1)^2 - b^2 \\ge 0,\\ g_1 = \\tfrac1{16} - w^2 \\ge 0\\}`
(Frobenius distance at most 1/4 in each layer).

Hand-derived identities, re-verified by :mod:`symbolic.checker`:

* :math:`\\tfrac14 - a^2 w^2 = \\tfrac{39}{256} + \\tfrac{25}{16} g_1 + 5 w^2 g_0 + (2aw - \\tfrac52 w)^2 + 5 (bw)^2`;
* :math:`x^2 - 4y^2 = 4 w^2 g_0 + 5 (w(a - \\tfrac45))^2 + \\tfrac{11}{20} w^2`;
* :math:`a - \\tfrac34 = 2 g_0 + 2 (a - \\tfrac34)^2 + 2 b^2`, so :math:`x = aw` has the sign of :math:`w`;
* :math:`1 - bw = \\tfrac{255}{512} + \\tfrac12 (1 - bw)^2 + \\tfrac1{32} g_0 + \\tfrac1{32}(a-1)^2 + \\tfrac12 b^2 g_1`,
  so :math:`(1 - y)_+ = 1 - y` on :math:`N`;
* on :math:`sw \\ge 0` (:math:`s = \\pm 1`): :math:`f - \\tfrac12|w| = sw (a - sb - \\tfrac12)
  = 3 sw (a - \\tfrac56)^2 + 3 sw (b - \\tfrac s6)^2 + 3\\, sw\\, g_0 + \\tfrac7{48} sw`.

Main definitions
----------------
* :data:`NONSMOOTH_WITNESS`, :func:`cone_certificates`, :func:`local_min_certificate`,
  :func:`value_certificate`.
"""

from __future__ import annotations

from fractions import Fraction as F

__all__ = ["NONSMOOTH_WITNESS", "cone_certificates", "local_min_certificate", "value_certificate",
           "nonconvex_local_min_certificate"]

INNER = ["a", "b", "w"]   # W2 = (a, b)^T, W1 = w
OUTER = ["x", "y", "w"]   # x, y: the entries of W2 W1; w = W1 itself (for the bound |W1| / 2)


def _poly(*terms):
    """A JSON polynomial from ``(coefficient, exponents)`` pairs."""
    return [[list(e), str(F(c))] for c, e in terms]


G0 = _poly((F(1, 16) - 1, (0, 0, 0)), (2, (1, 0, 0)), (-1, (2, 0, 0)), (-1, (0, 2, 0)))
G1 = _poly((F(1, 16), (0, 0, 0)), (-1, (0, 0, 2)))
ONE = _poly((1, (0, 0, 0)))
W = _poly((1, (0, 0, 1)))
SUBSTITUTION = [_poly((1, (1, 0, 1))), _poly((1, (0, 1, 1))), W]   # x = a w, y = b w, w = w

#: f(x, y) = |x| + (1 - y)_+ - 1 in the outer variables (x, y); the witness points.
NONSMOOTH_WITNESS = {
    "function": {"variables": ["x", "y"], "base": [[[0, 0], "-1"]],
                 "abs_terms": [["1", [[[1, 0], "1"]]]], "plus_terms": [["1", [[[0, 0], "1"], [[0, 1], "-1"]]]]},
    "W1": [["0"]], "W2": [["1"], ["0"]], "point_product": ["0", "0"],
    "global_W1": [["1"]], "global_W2": [["0"], ["1"]], "global_product": ["0", "1"],
}


def _nonneg(target, constant, terms, constraints):
    return {"kind": "nonnegativity", "variables": INNER, "constraints": constraints, "target": target,
            "constant": str(F(constant)),
            "terms": [{"coefficient": str(F(c)), "constraints": list(js), "square": q} for c, js, q in terms]}


def value_certificate(point, value) -> dict:
    """``f`` at a rational product point equals ``value`` (recomputed by the checker)."""
    return {"kind": "piecewise_value", "function": NONSMOOTH_WITNESS["function"], "point": list(point),
            "value": str(value)}


def cone_certificates() -> dict:
    """:math:`|x| \\le 1/2` and :math:`|y| \\le |x|/2` on N, as two piecewise certificates without pieces."""
    out = {}
    for name, outer_target, constant, terms in (
        ("abs_x_le_half", _poly((F(1, 4), (0, 0, 0)), (-1, (2, 0, 0))), F(39, 256),
         [(F(25, 16), [1], ONE), (5, [0], W), (1, [], _poly((2, (1, 0, 1)), (F(-5, 2), (0, 0, 1)))),
          (5, [], _poly((1, (0, 1, 1))))]),
        ("abs_y_le_half_abs_x", _poly((1, (2, 0, 0)), (-4, (0, 2, 0))), 0,
         [(4, [0], W), (5, [], _poly((1, (1, 0, 1)), (F(-4, 5), (0, 0, 1)))), (F(11, 20), [], W)]),
    ):
        inner_target = _compose_simple(outer_target)
        out[name] = {"kind": "piecewise_nonnegativity", "variables": INNER, "outer_variables": OUTER,
                     "substitution": SUBSTITUTION, "constraints": [G0, G1], "base": outer_target,
                     "abs_terms": [], "plus_terms": [], "splits": [],
                     "regions": [{"pattern": [], "abs_signs": [], "plus_signs": [], "abs_certificates": [],
                                  "plus_certificates": [],
                                  "certificate": _nonneg(inner_target, constant, terms, [G0, G1])}]}
    return out


def _compose_simple(outer):
    """Substitute x = a w, y = b w, w = w into an outer JSON polynomial (exponent bookkeeping only)."""
    terms = {}
    for exps, coef in outer:
        ex, ey, ew = exps
        key = (ex, ey, ex + ey + ew)
        terms[key] = terms.get(key, F(0)) + F(coef)
    return [[list(k), str(v)] for k, v in sorted(terms.items()) if v]


def local_min_certificate() -> dict:
    """:math:`f(W_2 W_1) - |W_1|/2 \\ge 0` on N, split on the sign of :math:`w`."""
    regions = []
    for s in (1, -1):
        sw = _poly((s, (0, 0, 1)))
        cons = [G0, G1, sw]
        # s a w >= 0:  s w (a - 3/4) + 3/4 s w  with  a - 3/4 = 2 g0 + 2 (a - 3/4)^2 + 2 b^2
        sign_x = _nonneg(_poly((s, (1, 0, 1))), 0,
                         [(2, [2, 0], ONE), (2, [2], _poly((1, (1, 0, 0)), (F(-3, 4), (0, 0, 0)))),
                          (2, [2], _poly((1, (0, 1, 0)))), (F(3, 4), [2], ONE)], cons)
        sign_w = _nonneg(sw, 0, [(1, [2], ONE)], cons)
        one_minus_y = _nonneg(_poly((1, (0, 0, 0)), (-1, (0, 1, 1))), F(255, 512),
                              [(F(1, 2), [], _poly((1, (0, 0, 0)), (-1, (0, 1, 1)))), (F(1, 32), [0], ONE),
                               (F(1, 32), [], _poly((1, (1, 0, 0)), (-1, (0, 0, 0)))),
                               (F(1, 2), [1], _poly((1, (0, 1, 0))))], cons)
        bound = _nonneg(_poly((s, (1, 0, 1)), (-1, (0, 1, 1)), (F(-s, 2), (0, 0, 1))), 0,
                        [(3, [2], _poly((1, (1, 0, 0)), (F(-5, 6), (0, 0, 0)))),
                         (3, [2], _poly((1, (0, 1, 0)), (F(-s, 6), (0, 0, 0)))),
                         (3, [2, 0], ONE), (F(7, 48), [2], ONE)], cons)
        regions.append({"pattern": [s], "abs_signs": [s, s], "plus_signs": [1],
                        "abs_certificates": [sign_x, sign_w], "plus_certificates": [one_minus_y],
                        "certificate": bound})
    f = NONSMOOTH_WITNESS["function"]
    lift = lambda p: [[e + [0], c] for e, c in p]  # noqa: E731  (x, y) -> (x, y, w)
    return {"kind": "piecewise_nonnegativity", "variables": INNER, "outer_variables": OUTER,
            "substitution": SUBSTITUTION, "constraints": [G0, G1],
            "base": lift(f["base"]),
            "abs_terms": [[c, lift(p)] for c, p in f["abs_terms"]] + [["-1/2", [[[0, 0, 1], "1"]]]],
            "plus_terms": [[c, lift(p)] for c, p in f["plus_terms"]],
            "splits": [W], "regions": regions}


def nonconvex_local_min_certificate() -> dict:
    """:math:`f(W_2 W_1) \\ge 0 = f(\\hat W_2 \\hat W_1)` on N for :math:`f(x, y) = x^2 - y^2`.

    :math:`w^2 (a^2 - b^2) = 4 w^2 g_0 + 5 (w(a - \\tfrac45))^2 + \\tfrac{11}{20} w^2 + 3 (wb)^2`.
    """
    base = _poly((1, (2, 0, 0)), (-1, (0, 2, 0)))   # x^2 - y^2 in (x, y, w)
    inner = _poly((1, (2, 0, 2)), (-1, (0, 2, 2)))
    cert = _nonneg(inner, 0, [(4, [0], W), (5, [], _poly((1, (1, 0, 1)), (F(-4, 5), (0, 0, 1)))),
                              (F(11, 20), [], W), (3, [], _poly((1, (0, 1, 1))))], [G0, G1])
    return {"kind": "piecewise_nonnegativity", "variables": INNER, "outer_variables": OUTER,
            "substitution": SUBSTITUTION, "constraints": [G0, G1], "base": base, "abs_terms": [], "plus_terms": [],
            "splits": [], "regions": [{"pattern": [], "abs_signs": [], "plus_signs": [], "abs_certificates": [],
                                       "plus_certificates": [], "certificate": cert}]}
