"""Checkers for points of the one-hidden-layer ReLU loss :math:`L_N = \\tfrac12\\lVert A_2\\sigma(A_1X) - Y\\rVert_F^2`.

``relu_cone_point``::

    {"kind": "relu_cone_point", "X", "Y", "A1", "A2", "value": "v",
     "local": "min" | "max" | "constant" | null, "critical": bool (optional),
     "squares": [{"coefficient": "c", "square": poly}, ...]}

Every entry of :math:`A_1X` must be nonzero at the point, so the activation pattern
(the cone :math:`K_{I\\times J}` and its interior) is constant on a neighbourhood, where
:math:`L_N` equals the polynomial :math:`p = \\tfrac12\\lVert A_2 (M \\odot A_1X) - Y\\rVert^2`
(:math:`M` the 0/1 mask of positive entries) in the entries of :math:`A_1` then :math:`A_2`
(row by row).  The checker builds :math:`p` itself, checks :math:`p(\\text{point}) = v`, and:
``min``: :math:`p - v = \\sum c_i q_i^2` with :math:`c_i \\ge 0` (so a local minimum of :math:`L_N`);
``max``: :math:`v - p = \\sum c_i q_i^2`; ``constant``: :math:`p = v` identically (each point
of the open cone is both); ``critical``: the gradient of :math:`p` vanishes at the point (a
differentiable critical point of :math:`L_N`) or not, as claimed.

``relu_descent_curve``::

    {"kind": "relu_descent_curve", "X", "Y", "A1", "A2", "curve": [A1(t), A2(t)] (entries: coefficient
     lists in t, lowest first), "value": "v"}

The curve passes through the point at :math:`t = 0`; each entry of :math:`A_1(t)X` has a
constant sign on some :math:`(0, \\delta)` (lowest nonzero coefficient), so there
:math:`L_N(t)` is a polynomial; the checker verifies :math:`L_N(0) = v` and that
:math:`L_N(t) - v` has a negative lowest nonzero coefficient: :math:`L_N < v` on :math:`(0, \\delta)`,
so the point is not a local minimum.

Main definitions
----------------
* :func:`verify_relu_cone_point`, :func:`verify_relu_descent_curve`, :func:`relu_loss`.
"""

from __future__ import annotations

from fractions import Fraction

from .mpoly import MPoly
from .poly import frac, frac_matrix, mat_mul, upoly_add, upoly_mul
from .positivity import poly_from_json

__all__ = ["verify_relu_cone_point", "verify_relu_descent_curve", "relu_loss"]


def relu_loss(A1, A2, X, Y) -> Fraction:
    """:math:`\\tfrac12\\lVert A_2\\sigma(A_1X) - Y\\rVert_F^2` with Fractions.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.relu import relu_loss
    >>> relu_loss([[F(-1), F(-1)]], [[F(1)], [F(0)]], [[F(1), F(0)], [F(0), F(1)]], [[F(2), F(0)], [F(0), F(1)]])
    Fraction(5, 2)
    """
    Z = mat_mul(A1, X)
    H = [[max(z, Fraction(0)) for z in row] for row in Z]
    E = mat_mul(A2, H)
    return sum((e - y) ** 2 for re, ry in zip(E, Y) for e, y in zip(re, ry)) / 2


def _evaluate(p: MPoly, x) -> Fraction:
    total = Fraction(0)
    for exps, c in p.terms.items():
        term = Fraction(c)
        for xi, e in zip(x, exps):
            if e:
                term *= xi ** e
        total += term
    return total


def verify_relu_cone_point(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``relu_cone_point`` certificate; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.relu import verify_relu_cone_point
    >>> cert = {"kind": "relu_cone_point", "X": [["1", "0"], ["0", "1"]], "Y": [["2", "0"], ["0", "1"]],
    ...         "A1": [["-1", "-1"]], "A2": [["1"], ["0"]], "value": "5/2", "local": "constant"}
    >>> verify_relu_cone_point(cert)
    (True, 'pattern [[0, 0]]: L_N = 5/2 constant on a neighbourhood')
    """
    if cert.get("kind") != "relu_cone_point":
        return False, f"not a relu_cone_point certificate (kind {cert.get('kind')!r})"
    try:
        X, Y = frac_matrix(cert["X"]), frac_matrix(cert["Y"])
        A1, A2 = frac_matrix(cert["A1"]), frac_matrix(cert["A2"])
        value = frac(cert["value"])
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed certificate: {exc}"
    d1, d0, d2 = len(A1), len(A1[0]), len(A2)
    if len(A2[0]) != d1 or len(X) != d0 or len(Y) != d2 or len(Y[0]) != len(X[0]):
        return False, "shapes do not chain"
    Z = mat_mul(A1, X)
    if any(z == 0 for row in Z for z in row):
        return False, "an entry of A1 X is zero: the point is on a cone boundary"
    mask = [[int(z > 0) for z in row] for row in Z]
    n = d1 * d0 + d2 * d1
    point = [x for row in A1 for x in row] + [x for row in A2 for x in row]
    a1 = [[MPoly.var(n, i * d0 + j) for j in range(d0)] for i in range(d1)]
    a2 = [[MPoly.var(n, d1 * d0 + i * d1 + j) for j in range(d1)] for i in range(d2)]
    H = [[sum((a1[i][k] * X[k][j] for k in range(d0)), MPoly.const(n, 0)) if mask[i][j] else MPoly.const(n, 0)
          for j in range(len(X[0]))] for i in range(d1)]
    p = MPoly.const(n, 0)
    for i in range(d2):
        for j in range(len(X[0])):
            e = sum((a2[i][k] * H[k][j] for k in range(d1)), MPoly.const(n, 0)) - MPoly.const(n, Y[i][j])
            p = p + e * e
    p = p * MPoly.const(n, Fraction(1, 2))
    if _evaluate(p, point) != value or relu_loss(A1, A2, X, Y) != value:
        return False, f"L_N at the point is not {value}"
    kind = cert.get("local")
    what = f"pattern {mask}: L_N = {value}"
    if kind in ("min", "max"):
        total = MPoly.const(n, 0)
        for term in cert.get("squares", []):
            c = frac(term["coefficient"])
            if c < 0:
                return False, "a negative coefficient"
            q = poly_from_json(n, term["square"])
            total = total + q * q * MPoly.const(n, c)
        target = p - MPoly.const(n, value) if kind == "min" else MPoly.const(n, value) - p
        if target != total:
            return False, f"the sum of squares is not {'p - v' if kind == 'min' else 'v - p'}"
        what += f", a local {'minimum' if kind == 'min' else 'maximum'} (sum of squares on the open cone)"
    elif kind == "constant":
        if p != MPoly.const(n, value):
            return False, "L_N is not constant on the cone"
        what += " constant on a neighbourhood"
    elif kind is not None:
        return False, f"local must be min, max, constant or null; got {kind!r}"
    if "critical" in cert:
        crit = all(_evaluate(p.diff(i), point) == 0 for i in range(n))
        if crit is not cert["critical"]:
            return False, f"critical is {crit}, claimed {cert['critical']!r}"
        what += f"; critical: {crit}"
    return True, what


def _sign_small(p) -> int:
    for c in p:
        if c != 0:
            return 1 if c > 0 else -1
    return 0


def verify_relu_descent_curve(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``relu_descent_curve`` certificate; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.relu import verify_relu_descent_curve
    >>> # (a, b) = (-1, t), (c, e) = (1, t): L_N = (4 + t^2 + (t^2 - 1)^2) / 2 = 5/2 - t^2/2 + t^4/2
    >>> cert = {"kind": "relu_descent_curve", "X": [["1", "0"], ["0", "1"]], "Y": [["2", "0"], ["0", "1"]],
    ...         "A1": [["-1", "0"]], "A2": [["1"], ["0"]], "value": "5/2",
    ...         "curve": [[[["-1"], ["0", "1"]]], [[["1"]], [["0", "1"]]]]}
    >>> verify_relu_descent_curve(cert)
    (True, 'L_N(t) - 5/2 = -1/2 t^2 + ... on (0, delta)')
    """
    if cert.get("kind") != "relu_descent_curve":
        return False, f"not a relu_descent_curve certificate (kind {cert.get('kind')!r})"
    try:
        X, Y = frac_matrix(cert["X"]), frac_matrix(cert["Y"])
        A1, A2 = frac_matrix(cert["A1"]), frac_matrix(cert["A2"])
        value = frac(cert["value"])
        C1 = [[[frac(c) for c in e] for e in row] for row in cert["curve"][0]]
        C2 = [[[frac(c) for c in e] for e in row] for row in cert["curve"][1]]
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        return False, f"malformed certificate: {exc}"
    for P, C in ((A1, C1), (A2, C2)):
        if len(P) != len(C) or any(len(a) != len(b) for a, b in zip(P, C)):
            return False, "the curve has the wrong shape"
        if any((e[0] if e else 0) != x for rp, rc in zip(P, C) for x, e in zip(rp, rc)):
            return False, "the curve does not pass through the point"
    if relu_loss(A1, A2, X, Y) != value:
        return False, f"L_N at the point is not {value}"
    Z = mat_mul(C1, X)
    H = [[(z if isinstance(z, list) else [z]) if _sign_small(z if isinstance(z, list) else [z]) > 0 else []
          for z in row] for row in Z]
    E = mat_mul(C2, H)
    total = []
    for re, ry in zip(E, Y):
        for e, y in zip(re, ry):
            d = upoly_add(e if isinstance(e, list) else [e], [-y])
            total = upoly_add(total, upoly_mul(d, d))
    diff = upoly_add([c / 2 for c in total], [-value])
    low = next(((i, c) for i, c in enumerate(diff) if c != 0), None)
    if low is None or low[1] > 0:
        return False, "L_N does not decrease along the curve"
    return True, f"L_N(t) - {value} = {low[1]} t^{low[0]} + ... on (0, delta)"
