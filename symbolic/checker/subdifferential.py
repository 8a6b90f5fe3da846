r"""Subdifferentials of piecewise-polynomial functions at a point: a box, and a vector outside.

The subdifferential of :math:`f` at :math:`z_0` is

.. math::

    \partial f(z_0) = \{g : f(z) \ge f(z_0) + \langle g, z - z_0\rangle \text{ for all } z\},

(the convex-analysis definition; for a convex :math:`f` it is the usual subdifferential).  The functions are those of
:mod:`symbolic.checker.piecewise`: :math:`f = p_0 + \sum_i c_i |\ell_i| + \sum_i e_i (m_i)_+`.

``subdifferential_box`` -- :math:`\partial f(z_0) = \prod_i [lo_i, hi_i]`::

    {"kind": "subdifferential_box", "function": f, "point": z0, "box": [[lo, hi], ...],
     "steps": [[h_lo, h_hi], ...], "corners": [piecewise_nonnegativity, ...]}

* :math:`\subseteq`: for each coordinate :math:`i` and steps :math:`h > 0`, a subgradient satisfies
  :math:`g_i \le (f(z_0 + h e_i) - f(z_0))/h` and :math:`g_i \ge (f(z_0) - f(z_0 - h e_i))/h`; the checker computes
  both difference quotients exactly and requires them to equal :math:`hi_i` and :math:`lo_i`.
* :math:`\supseteq`: for every corner :math:`c` of the box (in the order of :func:`box_corners`) a
  ``piecewise_nonnegativity`` certificate of :math:`f(z) - f(z_0) - \langle c, z - z_0\rangle \ge 0` on all of
  :math:`\mathbb{R}^n`; the checker builds that function itself and requires the certificate to be about it.  The
  inequality is affine in :math:`g`, so it holds on the convex hull of the corners, the box.

``not_subgradient`` -- :math:`g \notin \partial f(z_0)`::

    {"kind": "not_subgradient", "function": f, "point": z0, "g": [[g_1, ..., g_n]], "z": z, "gap": "q"}

the checker computes :math:`f(z) - f(z_0) - \langle g, z - z_0\rangle` exactly, requires it to equal ``gap`` and to be
negative.  (``g`` is a one-row matrix, so a ``facts`` certificate can speak of the same vector.)

Main definitions
----------------
* :func:`verify_subdifferential_box`, :func:`verify_not_subgradient`, :func:`box_corners`,
  :func:`subgradient_gap_function`.
"""

from __future__ import annotations

import itertools

from .piecewise import piecewise_value, verify_piecewise
from .poly import frac

__all__ = ["verify_subdifferential_box", "verify_not_subgradient", "box_corners", "subgradient_gap_function"]


def _const(n: int, c) -> list:
    return [[[0] * n, str(frac(c))]]


def subgradient_gap_function(function: dict, point, g) -> dict:
    r"""The piecewise function :math:`z \mapsto f(z) - f(z_0) - \langle g, z - z_0\rangle` (JSON, as ``function``).

    Examples
    ========

    >>> from symbolic.checker.subdifferential import subgradient_gap_function
    >>> f = {"variables": ["x"], "base": [], "abs_terms": [["1", [[[1], "1"]]]], "plus_terms": []}
    >>> subgradient_gap_function(f, ["0"], ["1/2"])["base"]
    [[[1], '-1/2']]
    """
    n = len(function["variables"])
    point = [frac(v) for v in point]
    g = [frac(v) for v in g]
    if len(point) != n or len(g) != n:
        raise ValueError(f"the point and g need {n} coordinates")
    base = {}
    for exps, c in function["base"]:
        base[tuple(exps)] = base.get(tuple(exps), 0) + frac(c)
    zero = tuple([0] * n)
    base[zero] = base.get(zero, 0) - piecewise_value(function, point) + sum(gi * zi for gi, zi in zip(g, point))
    for i, gi in enumerate(g):
        e = tuple(int(j == i) for j in range(n))
        base[e] = base.get(e, 0) - gi
    return {"variables": list(function["variables"]),
            "base": [[list(e), str(c)] for e, c in sorted(base.items()) if c != 0],
            "abs_terms": [[str(frac(c)), p] for c, p in function["abs_terms"]],
            "plus_terms": [[str(frac(c)), p] for c, p in function["plus_terms"]]}


def box_corners(box) -> list:
    """The corners of a box ``[[lo, hi], ...]`` (a coordinate with ``lo == hi`` counted once), in a fixed order.

    Examples
    ========

    >>> from symbolic.checker.subdifferential import box_corners
    >>> [[str(c) for c in corner] for corner in box_corners([["-1", "1"], ["-1", "-1"]])]
    [['-1', '-1'], ['1', '-1']]
    """
    sides = []
    for lo, hi in box:
        lo, hi = frac(lo), frac(hi)
        if lo > hi:
            raise ValueError(f"a box side needs lo <= hi; got [{lo}, {hi}]")
        sides.append([lo] if lo == hi else [lo, hi])
    return [list(c) for c in itertools.product(*sides)]


def _same_json_poly(n, p, q) -> bool:
    from .positivity import poly_from_json
    return poly_from_json(n, p) == poly_from_json(n, q)


def verify_subdifferential_box(cert: dict) -> tuple[bool, str]:
    """Re-verify :math:`\\partial f(z_0) = \\prod_i [lo_i, hi_i]`; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.subdifferential import verify_subdifferential_box
    >>> f = {"variables": ["x"], "base": [], "abs_terms": [["1", [[[1], "1"]]]], "plus_terms": []}
    >>> cert = {"kind": "subdifferential_box", "function": f, "point": ["0"], "box": [["-1", "1"]],
    ...         "steps": [["1", "1"]], "corners": []}
    >>> verify_subdifferential_box(cert)
    (False, 'one piecewise certificate per corner of the box: 2 corners, 0 certificates')
    """
    f, point, box, steps = cert["function"], cert["point"], cert["box"], cert["steps"]
    n = len(f["variables"])
    z0 = [frac(v) for v in point]
    if len(z0) != n or len(box) != n or len(steps) != n:
        return False, f"the point, the box and the steps need one entry per variable ({n})"
    f0 = piecewise_value(f, z0)
    for i, ((lo, hi), (h_lo, h_hi)) in enumerate(zip(box, steps)):
        h_lo, h_hi = frac(h_lo), frac(h_hi)
        if h_lo <= 0 or h_hi <= 0:
            return False, f"coordinate {i}: the steps must be positive"
        up = [v + h_hi * (j == i) for j, v in enumerate(z0)]
        down = [v - h_lo * (j == i) for j, v in enumerate(z0)]
        upper = (piecewise_value(f, up) - f0) / h_hi
        lower = (f0 - piecewise_value(f, down)) / h_lo
        if upper != frac(hi):
            return False, f"coordinate {i}: the difference quotient at step {h_hi} is {upper}, not the box's {hi}"
        if lower != frac(lo):
            return False, f"coordinate {i}: the difference quotient at step -{h_lo} is {lower}, not the box's {lo}"
    corners = box_corners(box)
    certs = cert["corners"]
    if not isinstance(certs, list) or len(certs) != len(corners):
        return False, (f"one piecewise certificate per corner of the box: {len(corners)} corners, "
                       f"{len(certs) if isinstance(certs, list) else 0} certificates")
    for c, sub in zip(corners, certs):
        want = subgradient_gap_function(f, z0, c)
        if not isinstance(sub, dict) or sub.get("kind") != "piecewise_nonnegativity":
            return False, f"corner {[str(v) for v in c]}: not a piecewise_nonnegativity certificate"
        if sub.get("outer_variables") is not None or sub["constraints"] != [] or len(sub["variables"]) != n:
            return False, f"corner {[str(v) for v in c]}: the certificate must hold on all of R^{n}, in f's variables"
        same = (_same_json_poly(n, sub["base"], want["base"])
                and len(sub["abs_terms"]) == len(want["abs_terms"])
                and len(sub["plus_terms"]) == len(want["plus_terms"])
                and all(frac(a[0]) == frac(b[0]) and _same_json_poly(n, a[1], b[1])
                        for a, b in zip(sub["abs_terms"] + sub["plus_terms"], want["abs_terms"] + want["plus_terms"])))
        if not same:
            return False, f"corner {[str(v) for v in c]}: the certificate is about another function than f - f(z0) - <c, z - z0>"
        ok, why = verify_piecewise(sub)
        if not ok:
            return False, f"corner {[str(v) for v in c]}: {why}"
    return True, (f"subdifferential at {[str(v) for v in z0]} is the box {[[str(frac(a)), str(frac(b))] for a, b in box]}: "
                  f"difference quotients recomputed, {len(corners)} corners certified")


def verify_not_subgradient(cert: dict) -> tuple[bool, str]:
    """Re-verify :math:`g \\notin \\partial f(z_0)`: :math:`f(z) < f(z_0) + \\langle g, z - z_0\\rangle`.

    Examples
    ========

    >>> from symbolic.checker.subdifferential import verify_not_subgradient
    >>> f = {"variables": ["x"], "base": [], "abs_terms": [["1", [[[1], "1"]]]], "plus_terms": []}
    >>> verify_not_subgradient({"kind": "not_subgradient", "function": f, "point": ["0"], "g": [["2"]],
    ...                         "z": ["1"], "gap": "-1"})
    (True, 'f(z) - f(z0) - <g, z - z0> = -1 < 0: g is not a subgradient')
    """
    f = cert["function"]
    n = len(f["variables"])
    rows = cert["g"]
    if not isinstance(rows, list) or len(rows) != 1 or len(rows[0]) != n:
        return False, f"g is a one-row matrix with {n} entries"
    g = [frac(v) for v in rows[0]]
    z0, z = [frac(v) for v in cert["point"]], [frac(v) for v in cert["z"]]
    if len(z0) != n or len(z) != n:
        return False, f"the point and z need {n} coordinates"
    gap = piecewise_value(f, z) - piecewise_value(f, z0) - sum(a * (b - c) for a, b, c in zip(g, z, z0))
    if gap != frac(cert["gap"]):
        return False, f"the gap is {gap}, not {cert['gap']}"
    if not gap < 0:
        return False, f"the gap {gap} is not negative: this z does not exclude g"
    return True, f"f(z) - f(z0) - <g, z - z0> = {gap} < 0: g is not a subgradient"
