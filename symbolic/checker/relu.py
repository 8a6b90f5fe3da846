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
so the point is not a local minimum.  With ``"order": 1`` the checker also requires the decrease to be of
first order (the lowest nonzero term is :math:`t^1`): then the one-sided directional derivative along
:math:`A'(0)` is negative, so the point is not even a (Fréchet) critical point of :math:`L_N`.

``relu_local_min``::

    {"kind": "relu_local_min", "X", "Y", "A1", "A2", "value": "v", "neighbourhood": [g, ...],
     "regions": [{"pattern": [+-1 per zero entry of A1 X, row by row], "certificate": nonnegativity}, ...],
     optional "no_form_in_cone": {"Xp": X_{:,J}^+}}

A local minimum at any point, a cone boundary included.  Each :math:`g` must be positive at the point
(so :math:`\\{g \\ge 0\\}` contains a neighbourhood).  For every sign pattern of the zero entries of
:math:`A_1X` the region is :math:`\\{g \\ge 0\\} \\cap \\{s_{ij}(A_1X)_{ij} \\ge 0\\ \\forall i, j\\}`
(:math:`s_{ij}` the pattern's sign at a zero entry, the point's sign elsewhere); on it
:math:`L_N` is the polynomial with the entries of sign :math:`+` active, and the region's
:mod:`~symbolic.checker.positivity` certificate must prove exactly that polynomial minus
:math:`v` nonnegative under exactly those constraints.  The regions cover a neighbourhood, so
:math:`L_N \\ge v = L_N(\\text{point})` there.  With ``no_form_in_cone`` (one hidden unit, one output;
:math:`J` the samples where :math:`A_1X \\ge 0`) it also checks the Penrose equations for ``Xp``, that the output is nonzero, and that
:math:`r = Y_{:,J}X_{:,J}^+X_{:,J}` has entries of both signs: then (15) gives :math:`A_1X_{:,J} = c^{-1}vUr`
with :math:`c^{-1}vU \\ne 0`, and (16) fails for every :math:`c, v, \\ell`.

``relu_differentiable_critical``::

    {"kind": "relu_differentiable_critical", "X", "Y", "A1", "A2", "value": "v",
     optional "I", "J" (the cone K_{I x J} of (8) holding the point), optional "nonzero": true (A2 != 0)}

A differentiable critical point of :math:`L_N` (Section 4 studies these), on a cone boundary too.  The checker
recomputes :math:`Z = A_1X`, the set of its zero entries, and, at each zero entry :math:`(i, j)`, the kink
coefficient :math:`\\kappa_{ij} = \\langle (A_2)_{:,i}, A_2\\sigma(A_1x_j) - y_j\\rangle`, which must be 0 (with
:math:`d_1 = 1`: :math:`\\langle A_2, y_j\\rangle = 0`).  Then for every sign pattern of the zero entries it builds
the polynomial :math:`L_N` equals on that activation piece and checks that its gradient vanishes at the point.  The
pieces cover a neighbourhood and all have gradient 0 there, so :math:`L_N(x + h) - L_N(x) = O(\\lVert h\\rVert^2)`:
:math:`L_N` is differentiable at the point with zero gradient.

``relu_no_differentiable_critical_in_cone``::

    {"kind": "relu_no_differentiable_critical_in_cone", "X", "Y", "A1", "A2" (a point naming the cone; d1 = d2 = 1),
     "Xp": X_{:,J}^+, "positive_row": w, "kink_sample": j0}

The cone :math:`K_{\\{1\\}\\times J}` of the point (:math:`J` = the samples with :math:`A_1x_j \\ge 0`) holds no
nonzero (:math:`A_2 \\ne 0`) point where :math:`L_N` is differentiable with zero gradient.  The checker verifies
the Penrose equations for ``Xp``, :math:`wx_j > 0` for :math:`j \\in J`, and, with
:math:`r = Y_{:,J}X_{:,J}^+X_{:,J}`: :math:`r_{j_0} = 0`, :math:`y_{j_0} \\ne 0`, and :math:`x_{j_0}` outside the span of
the other :math:`x_j` (:math:`j \\in J`, :math:`r_j = 0`).  Argument: at such a point :math:`x`, moving
:math:`A_1` along :math:`w` enters the interior of the region where :math:`L_N` is the cone's polynomial (9), so
(9) has zero gradient at :math:`x`; with one output :math:`a_2 \\ne 0` this is :math:`a_2A_1X_{:,J} = r`, so the
zero entries of :math:`A_1X` are the :math:`j \\in J` with :math:`r_j = 0`; the directional derivative of
:math:`L_N` along :math:`\\pm\\delta` with :math:`\\delta \\perp x_j` for those :math:`j \\ne j_0`,
:math:`\\delta x_{j_0} \\ne 0`, sums to :math:`|a_2y_{j_0}|\\,|\\delta x_{j_0}| \\ne 0`, so :math:`L_N` is not
differentiable there.

``relu_cone_form``::

    {"kind": "relu_cone_form", "X", "Y", "I", "J", "A1", "A2", "form": shallow_analytical_form on
     (X_{:,J}, Y_{:,J}) for ((A1)_{I,:}, (A2)_{:,I}), "interior": bool, "critical": bool (interior only),
     optional "printed_13": bool, optional "expect": "critical_iff_condition12", optional "on_eigenvalue": k}

Zhou-Liang's Proposition 6: the point lies in :math:`K_{I\\times J}` ((8): :math:`(A_1X)_{I,J} \\ge 0`,
every other entry :math:`< 0`), its blocks are Theorem 1's form (10)-(11) on :math:`(X_{:,J}, Y_{:,J})`
(re-verified by :func:`~symbolic.checker.zhou_liang.verify_shallow_form`, which also decides (12),
the ``condition3`` of that certificate).  In the interior of the cone the checker recomputes whether the
gradient of :math:`L_N` vanishes (with ``expect``: it must equal (12)).  It checks the derived
:math:`(A_1)_{I,:}X_{:,J} = C^{-1}V^TU_J^TY_{:,J}X_{:,J}^+X_{:,J} + C^{-1}P_{\\ker V}CL_1X_{:,J}` and
with ``printed_13``, decides whether (13) as printed, with :math:`I - P_{\\ker V}` in place of :math:`P_{\\ker V}`,
holds.  With ``on_eigenvalue`` :math:`k` (1-based) the form must list its spectrum and every column value must be
its :math:`k`-th eigenvalue (:math:`k = 1`: :math:`v` is supported on :math:`\\sigma_1(J)`).

Main definitions
----------------
* :func:`verify_relu_cone_point`, :func:`verify_relu_descent_curve`, :func:`verify_relu_local_min`,
  :func:`verify_relu_differentiable_critical`, :func:`verify_relu_no_differentiable_critical_in_cone`,
  :func:`verify_relu_cone_form`, :func:`relu_loss`.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

from .assumptions import inverse, rank
from .mpoly import MPoly
from .piecewise import _evaluate
from .poly import frac, frac_matrix, mat_mul, upoly_add, upoly_mul
from .positivity import poly_from_json, verify_nonnegativity
from .zhou_liang import _penrose, verify_shallow_form

__all__ = ["relu_loss", "verify_relu_cone_form", "verify_relu_cone_point", "verify_relu_descent_curve",
           "verify_relu_differentiable_critical", "verify_relu_local_min",
           "verify_relu_no_differentiable_critical_in_cone"]

_MAX_ZEROS = 12


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


def _point(cert: dict):
    """``(X, Y, A1, A2)`` as Fractions, shapes chained; raises ``ValueError`` on a malformed point."""
    try:
        X, Y = frac_matrix(cert["X"]), frac_matrix(cert["Y"])
        A1, A2 = frac_matrix(cert["A1"]), frac_matrix(cert["A2"])
    except (KeyError, TypeError, IndexError) as exc:
        raise ValueError(exc) from exc
    if not (A1 and A1[0] and A2 and X and Y) or len(A2[0]) != len(A1) or len(X) != len(A1[0]) \
            or len(Y) != len(A2) or len(Y[0]) != len(X[0]):
        raise ValueError("shapes do not chain")
    return X, Y, A1, A2


def _piece(X, Y, d1: int, d2: int, mask):
    """:math:`\\tfrac12\\lVert A_2 (M \\odot A_1X) - Y\\rVert^2` as an :class:`MPoly` in the entries of
    :math:`A_1` then :math:`A_2` (row by row), and the entries of :math:`A_1X` as polynomials."""
    d0, m = len(X), len(X[0])
    n = d1 * d0 + d2 * d1
    a1 = [[MPoly.var(n, i * d0 + j) for j in range(d0)] for i in range(d1)]
    a2 = [[MPoly.var(n, d1 * d0 + i * d1 + j) for j in range(d1)] for i in range(d2)]
    Z = [[sum((a1[i][k] * X[k][j] for k in range(d0)), MPoly.const(n, 0)) for j in range(m)] for i in range(d1)]
    H = [[Z[i][j] if mask[i][j] else MPoly.const(n, 0) for j in range(m)] for i in range(d1)]
    p = MPoly.const(n, 0)
    for i in range(d2):
        for j in range(m):
            e = sum((a2[i][k] * H[k][j] for k in range(d1)), MPoly.const(n, 0)) - MPoly.const(n, Y[i][j])
            p = p + e * e
    return p * MPoly.const(n, Fraction(1, 2)), Z


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
        X, Y, A1, A2 = _point(cert)
        value = frac(cert["value"])
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed certificate: {exc}"
    d1, d2 = len(A1), len(A2)
    Z = mat_mul(A1, X)
    if any(z == 0 for row in Z for z in row):
        return False, "an entry of A1 X is zero: the point is on a cone boundary"
    mask = [[int(z > 0) for z in row] for row in Z]
    p, _ = _piece(X, Y, d1, d2, mask)
    n = d1 * len(X) + d2 * d1
    point = [x for row in A1 for x in row] + [x for row in A2 for x in row]
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
        X, Y, A1, A2 = _point(cert)
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
    if "order" in cert:
        first = any(len(e) > 1 and e[1] != 0 for C in (C1, C2) for row in C for e in row)
        if cert["order"] != low[0] or (low[0] == 1 and not first):
            return False, f"the decrease has order {low[0]}, claimed {cert['order']!r}"
        if low[0] == 1:
            return True, (f"L_N(t) - {value} = {low[1]} t + ...: a direction with negative one-sided derivative, "
                          "so the point is not a (Frechet) critical point of L_N")
    return True, f"L_N(t) - {value} = {low[1]} t^{low[0]} + ... on (0, delta)"


def verify_relu_local_min(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``relu_local_min`` certificate (any point, cone boundaries included); ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.relu import verify_relu_local_min
    >>> # X = I, Y = (1, -1), A1 = (a, b) = (1, 0), A2 = c = 1; neighbourhood c >= 0; on b >= 0:
    >>> # L_N - 1/2 = (ca - 1)^2/2 + (cb)^2/2 + c b, on b <= 0: (ca - 1)^2/2
    >>> ca1 = [[[1, 0, 1], "1"], [[0, 0, 0], "-1"]]
    >>> g = [[[0, 0, 1], "1"]]; a = [[[1, 0, 0], "1"]]; b = [[[0, 1, 0], "1"]]
    >>> def nn(sign, target, terms):
    ...     return {"kind": "nonnegativity", "variables": ["a", "b", "c"], "constant": "0",
    ...             "constraints": [g, a, [[[0, 1, 0], str(sign)]]], "target": target, "terms": terms}
    >>> up = nn(1, [[[2, 0, 2], "1/2"], [[1, 0, 1], "-1"], [[0, 2, 2], "1/2"], [[0, 1, 1], "1"], [[0, 0, 0], "1/2"]],
    ...         [{"coefficient": "1/2", "constraints": [], "square": ca1},
    ...          {"coefficient": "1/2", "constraints": [], "square": [[[0, 1, 1], "1"]]},
    ...          {"coefficient": "1", "constraints": [0, 2], "square": [[[0, 0, 0], "1"]]}])
    >>> down = nn(-1, [[[2, 0, 2], "1/2"], [[1, 0, 1], "-1"], [[0, 0, 0], "1/2"]],
    ...           [{"coefficient": "1/2", "constraints": [], "square": ca1}])
    >>> cert = {"kind": "relu_local_min", "X": [["1", "0"], ["0", "1"]], "Y": [["1", "-1"]],
    ...         "A1": [["1", "0"]], "A2": [["1"]], "value": "1/2", "neighbourhood": [g],
    ...         "regions": [{"pattern": [1], "certificate": up}, {"pattern": [-1], "certificate": down}]}
    >>> verify_relu_local_min(cert)
    (True, 'L_N >= 1/2 = L_N(point) on a neighbourhood (2 regions, 1 zero entries of A1 X): a local minimum')
    """
    if cert.get("kind") != "relu_local_min":
        return False, f"not a relu_local_min certificate (kind {cert.get('kind')!r})"
    try:
        X, Y, A1, A2 = _point(cert)
        value = frac(cert["value"])
        d1, d0, d2, m = len(A1), len(X), len(A2), len(X[0])
        n = d1 * d0 + d2 * d1
        hood = [poly_from_json(n, g) for g in cert["neighbourhood"]]
        regions = cert["regions"]
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed certificate: {exc}"
    if relu_loss(A1, A2, X, Y) != value:
        return False, f"L_N at the point is not {value}"
    point = [x for row in A1 for x in row] + [x for row in A2 for x in row]
    if any(_evaluate(g, point) <= 0 for g in hood):
        return False, "a neighbourhood constraint is not positive at the point"
    Z = mat_mul(A1, X)
    zeros = [(i, j) for i in range(d1) for j in range(m) if Z[i][j] == 0]
    wanted = set(itertools.product((1, -1), repeat=len(zeros)))
    try:
        patterns = [tuple(r["pattern"]) for r in regions]
    except (KeyError, TypeError) as exc:
        return False, f"malformed certificate: {exc}"
    if set(patterns) != wanted or len(patterns) != len(wanted):
        return False, f"the regions must be exactly the {len(wanted)} sign patterns of the zero entries of A1 X"
    _, Zp = _piece(X, Y, d1, d2, [[0] * m for _ in range(d1)])
    for pattern, r in zip(patterns, regions):
        sign = {ij: s for ij, s in zip(zeros, pattern)}
        mask = [[int(Z[i][j] > 0 or sign.get((i, j)) == 1) for j in range(m)] for i in range(d1)]
        p, _ = _piece(X, Y, d1, d2, mask)
        constraints = hood + [Zp[i][j] * MPoly.const(n, sign.get((i, j), 1 if Z[i][j] > 0 else -1))
                              for i in range(d1) for j in range(m)]
        sub = r.get("certificate", {})
        try:
            same = [poly_from_json(n, g) for g in sub["constraints"]] == constraints and \
                poly_from_json(n, sub["target"]) == p - MPoly.const(n, value)
            ok, why = verify_nonnegativity(sub) if same else (False, "")
        except (KeyError, TypeError, ValueError) as exc:
            return False, f"region {list(pattern)}: malformed certificate: {exc}"
        if not same:
            return False, f"region {list(pattern)}: the certificate does not prove L_N - v >= 0 on the region"
        if not ok:
            return False, f"region {list(pattern)}: {why}"
    what = (f"L_N >= {value} = L_N(point) on a neighbourhood ({len(regions)} regions, {len(zeros)} zero entries "
            "of A1 X): a local minimum")
    if "no_form_in_cone" in cert:
        err = _no_form_in_cone(cert["no_form_in_cone"], X, Y, A1, A2, Z)
        if err:
            return False, err
        what += "; nonzero output, and no point (15) satisfies (16) in its cone"
    return True, what


def verify_relu_differentiable_critical(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``relu_differentiable_critical`` certificate; ``(ok, reason)``.

    .. math::

        \\kappa_{ij} = \\langle (A_2)_{:,i},\\ A_2\\sigma(A_1x_j) - y_j\\rangle = 0 \\text{ at every } (A_1X)_{ij} = 0,
        \\qquad \\nabla p_{\\text{piece}}(\\text{point}) = 0 \\text{ on every piece}.

    Examples
    ========

    >>> from symbolic.checker.relu import verify_relu_differentiable_critical
    >>> # X = [[1, 0, 1], [0, 1, 1]], Y = [[1, 0, 1], [2, 1, -2]], A1 = (1, 0): A1 X = (1, 0, 1), <A2, y_2> = 0
    >>> cert = {"kind": "relu_differentiable_critical", "X": [["1", "0", "1"], ["0", "1", "1"]],
    ...         "Y": [["1", "0", "1"], ["2", "1", "-2"]], "A1": [["1", "0"]], "A2": [["1"], ["0"]],
    ...         "value": "9/2", "I": [0], "J": [0, 1, 2], "nonzero": True}
    >>> ok, why = verify_relu_differentiable_critical(cert)
    >>> ok, why.split(": ")[-1]
    (True, 'a differentiable critical point, L_N = 9/2')
    >>> why.split("; ")[-1].split(":")[0]
    '1 zero entries of A1 X, kink coefficients 0, gradient 0 on all 2 pieces'
    >>> verify_relu_differentiable_critical(dict(cert, Y=[["1", "0", "1"], ["2", "1", "-2"]], A2=[["1"], ["1"]],
    ...                                          value="11/2"))[1]
    'entry (0, 1) of A1 X is 0 with kink coefficient -1: L_N is not differentiable there'
    """
    if cert.get("kind") != "relu_differentiable_critical":
        return False, f"not a relu_differentiable_critical certificate (kind {cert.get('kind')!r})"
    try:
        X, Y, A1, A2 = _point(cert)
        value = frac(cert["value"])
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed certificate: {exc}"
    d1, d0, d2, m = len(A1), len(X), len(A2), len(X[0])
    if relu_loss(A1, A2, X, Y) != value:
        return False, f"L_N at the point is not {value}"
    Z = mat_mul(A1, X)
    what = ""
    if "I" in cert or "J" in cert:
        try:
            I, J = _indices(cert["I"], d1, "I"), _indices(cert["J"], m, "J")
        except (KeyError, ValueError) as exc:
            return False, f"malformed certificate: {exc}"
        if not all((Z[i][j] >= 0) if (i in I and j in J) else (Z[i][j] < 0) for i in range(d1) for j in range(m)):
            return False, f"the point is not in K_{{{I} x {J}}} ((8): (A1 X)_(I,J) >= 0, every other entry < 0)"
        what = f"in K_{{{I} x {J}}}, "
    if "nonzero" in cert:
        if cert["nonzero"] is not True:
            return False, "nonzero must be true when given"
        if all(x == 0 for row in A2 for x in row):
            return False, "A2 = 0: not a nonzero critical point"
        what += "A2 != 0; "
    zeros = [(i, j) for i in range(d1) for j in range(m) if Z[i][j] == 0]
    if len(zeros) > _MAX_ZEROS:
        return False, f"{len(zeros)} zero entries of A1 X: more than {_MAX_ZEROS} ({2 ** _MAX_ZEROS} pieces)"
    H = [[max(z, Fraction(0)) for z in row] for row in Z]
    E = [[e - y for e, y in zip(re, ry)] for re, ry in zip(mat_mul(A2, H), Y)]
    for i, j in zeros:
        kappa = sum(A2[r][i] * E[r][j] for r in range(d2))
        if kappa != 0:
            return False, (f"entry ({i}, {j}) of A1 X is 0 with kink coefficient {kappa}: L_N is not differentiable "
                           "there")
    point = [x for row in A1 for x in row] + [x for row in A2 for x in row]
    n = d1 * d0 + d2 * d1
    pieces = list(itertools.product((1, 0), repeat=len(zeros)))
    for pattern in pieces:
        on = {ij for ij, s in zip(zeros, pattern) if s}
        mask = [[int(Z[i][j] > 0 or (i, j) in on) for j in range(m)] for i in range(d1)]
        p, _ = _piece(X, Y, d1, d2, mask)
        if any(_evaluate(p.diff(k), point) != 0 for k in range(n)):
            return False, f"the piece with zero entries {sorted(on)} active has a nonzero gradient at the point"
    return True, (f"{what}{len(zeros)} zero entries of A1 X, kink coefficients 0, gradient 0 on all {len(pieces)} "
                  f"pieces: a differentiable critical point, L_N = {value}")


def verify_relu_no_differentiable_critical_in_cone(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``relu_no_differentiable_critical_in_cone`` certificate; ``(ok, reason)``.

    .. math::

        a_2 A_1 X_{:,J} = r = Y_{:,J}X_{:,J}^+X_{:,J}, \\qquad r_{j_0} = 0 \\ne y_{j_0}.

    Examples
    ========

    >>> from symbolic.checker.relu import verify_relu_no_differentiable_critical_in_cone
    >>> # X = [[1, 0, 1], [0, 1, 1]], Y = (1, 2, 0): r = (0, 1, 1), y_1 = 1
    >>> cert = {"kind": "relu_no_differentiable_critical_in_cone", "X": [["1", "0", "1"], ["0", "1", "1"]],
    ...         "Y": [["1", "2", "0"]], "A1": [["0", "1"]], "A2": [["1"]],
    ...         "Xp": [["2/3", "-1/3"], ["-1/3", "2/3"], ["1/3", "1/3"]], "positive_row": ["1", "1"], "kink_sample": 0}
    >>> verify_relu_no_differentiable_critical_in_cone(cert)[1].split(": ")[-1]
    'no nonzero differentiable critical point of L_N in K_{[0] x [0, 1, 2]}'
    >>> verify_relu_no_differentiable_critical_in_cone(dict(cert, kink_sample=1))[0]
    False
    """
    if cert.get("kind") != "relu_no_differentiable_critical_in_cone":
        return False, f"not a relu_no_differentiable_critical_in_cone certificate (kind {cert.get('kind')!r})"
    try:
        X, Y, A1, A2 = _point(cert)
        Xp = frac_matrix(cert["Xp"])
        w = [frac(x) for x in cert["positive_row"]]
        j0 = cert["kink_sample"]
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed certificate: {exc}"
    if len(A1) != 1 or len(A2) != 1:
        return False, "this certificate is for one hidden unit and one output (d1 = d2 = 1)"
    d0, m = len(X), len(X[0])
    Z = mat_mul(A1, X)[0]
    J = [j for j in range(m) if Z[j] >= 0]
    if not J:
        return False, "the point is in the empty cone (J = {})"
    XJ, YJ = [[row[j] for j in J] for row in X], [[Y[0][j] for j in J]]
    if len(Xp) != len(J) or not _penrose(XJ, Xp):
        return False, "Xp is not the Moore-Penrose inverse of X_{:,J} (J = the samples where A1 X >= 0)"
    if len(w) != d0 or any(sum(a * b for a, b in zip(w, [row[j] for row in X])) <= 0 for j in J):
        return False, "positive_row w does not have w x_j > 0 for every j in J"
    r = mat_mul(mat_mul(YJ, Xp), XJ)[0]
    if not isinstance(j0, int) or isinstance(j0, bool) or j0 not in J:
        return False, f"kink_sample must be a sample of J = {J}"
    k0 = J.index(j0)
    if r[k0] != 0 or Y[0][j0] == 0:
        return False, f"r_(j0) = {r[k0]} and y_(j0) = {Y[0][j0]}: need r_(j0) = 0 != y_(j0)"
    others = [[row[j] for row in X] for k, j in enumerate(J) if r[k] == 0 and j != j0]
    x0 = [row[j0] for row in X]
    if others and rank(others + [x0]) == rank(others):
        return False, "x_(j0) is in the span of the other samples with r_j = 0"
    return True, (f"r = Y_J X_J^+ X_J = {[str(x) for x in r]}, r_(j0) = 0 != y_(j0) at j0 = {j0}: "
                  f"no nonzero differentiable critical point of L_N in K_{{[0] x {J}}}")


def _no_form_in_cone(extra, X, Y, A1, A2, Z):
    """With one hidden unit and one output, (15) gives :math:`A_1X_{:,J} = c^{-1}vU\\,r`,
    :math:`r = Y_{:,J}X_{:,J}^+X_{:,J}`, :math:`cvU \\ne 0` (:math:`\\Sigma_J = rr^T > 0` has the only eigenvector
    :math:`U = \\pm 1`): if :math:`r` has entries of both signs, (16) fails for every :math:`c, v, \\ell`."""
    if len(A1) != 1 or len(A2) != 1:
        return "no_form_in_cone needs one hidden unit and one output"
    J = [j for j, z in enumerate(Z[0]) if z >= 0]
    try:
        Xp = frac_matrix(extra["Xp"])
    except (KeyError, TypeError, ValueError) as exc:
        return f"malformed no_form_in_cone: {exc}"
    XJ, YJ = [[row[j] for j in J] for row in X], [[Y[0][j] for j in J]]
    if not J or len(Xp) != len(J) or not _penrose(XJ, Xp):
        return "Xp is not the Moore-Penrose inverse of X_{:,J} (J = the samples where A1 X >= 0)"
    r = mat_mul(mat_mul(YJ, Xp), XJ)[0]
    if not (any(x > 0 for x in r) and any(x < 0 for x in r)):
        return "Y_{:,J} X_{:,J}^+ X_{:,J} does not have entries of both signs"
    if all(A2[0][0] * max(z, 0) == 0 for z in Z[0]):
        return "the output A2 sigma(A1 X) is zero"
    return None


def _indices(value, size: int, what: str) -> list:
    if not isinstance(value, list) or any(not isinstance(k, int) or isinstance(k, bool) for k in value) \
            or value != sorted(set(value)) or any(not 0 <= k < size for k in value) or not value:
        raise ValueError(f"{what} must be a nonempty increasing list of indices below {size}; got {value!r}")
    return value


def verify_relu_cone_form(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``relu_cone_form`` certificate (Proposition 6's form in a cone); ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.relu import verify_relu_cone_form
    >>> form = {"kind": "shallow_analytical_form", "X": [["1"], ["0"]], "Y": [["2"], ["0"]],
    ...         "Xp": [["1", "0"]], "A2p": [["1", "0"]], "columns": [["1", "0"]], "column_values": ["4"],
    ...         "C0": [["1"]], "L1": [["0", "-1"]], "A1": [["2", "-1"]], "A2": [["1"], ["0"]],
    ...         "critical": True, "condition3": True}
    >>> cert = {"kind": "relu_cone_form", "X": [["1", "0"], ["0", "1"]], "Y": [["2", "0"], ["0", "1"]],
    ...         "I": [0], "J": [0], "A1": [["2", "-1"]], "A2": [["1"], ["0"]], "form": form,
    ...         "interior": True, "critical": True, "printed_13": True, "expect": "critical_iff_condition12"}
    >>> verify_relu_cone_form(cert)
    (True, 'in the interior of K_{[0] x [0]}: form (10)-(11) verified, L_N critical: True = (12); printed (13): True')
    """
    if cert.get("kind") != "relu_cone_form":
        return False, f"not a relu_cone_form certificate (kind {cert.get('kind')!r})"
    try:
        X, Y, A1, A2 = _point(cert)
        d1, d0, d2, m = len(A1), len(X), len(A2), len(X[0])
        I, J = _indices(cert["I"], d1, "I"), _indices(cert["J"], m, "J")
        form = cert["form"]
        fX, fY, fA1, fA2 = frac_matrix(form["X"]), frac_matrix(form["Y"]), frac_matrix(form["A1"]), \
            frac_matrix(form["A2"])
        Xp, C0, L1 = frac_matrix(form["Xp"]), frac_matrix(form["C0"]), frac_matrix(form["L1"])
        cols = [[frac(v) for v in w] for w in form["columns"]]
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        return False, f"malformed certificate: {exc}"
    XJ, YJ = [[row[j] for j in J] for row in X], [[row[j] for j in J] for row in Y]
    if fX != XJ or fY != YJ or fA1 != [A1[i] for i in I] or fA2 != [[row[i] for i in I] for row in A2]:
        return False, "the form is not on (X_{:,J}, Y_{:,J}) with the point's blocks (A1)_{I,:}, (A2)_{:,I}"
    ok, why = verify_shallow_form(form)
    if not ok:
        return False, f"the form: {why}"
    Z = mat_mul(A1, X)
    inside = all((Z[i][j] >= 0) if (i in I and j in J) else (Z[i][j] < 0) for i in range(d1) for j in range(m))
    if not inside:
        return False, f"the point is not in K_{{{I} x {J}}} ((8): (A1 X)_(I,J) >= 0, every other entry < 0)"
    interior = all(z != 0 for row in Z for z in row)
    if interior is not cert.get("interior"):
        return False, f"interior: {interior}, claimed {cert.get('interior')!r}"
    what = f"{'in the interior of' if interior else 'on the boundary of'} K_{{{I} x {J}}}: form (10)-(11) verified"
    if interior:
        mask = [[int(i in I and j in J) for j in range(m)] for i in range(d1)]
        p, _ = _piece(X, Y, d1, d2, mask)
        point = [x for row in A1 for x in row] + [x for row in A2 for x in row]
        crit = all(_evaluate(p.diff(i), point) == 0 for i in range(d1 * d0 + d2 * d1))
        if crit is not cert.get("critical"):
            return False, f"L_N critical: {crit}, claimed {cert.get('critical')!r}"
        if cert.get("expect") == "critical_iff_condition12" and crit is not form["condition3"]:
            return False, f"L_N critical is {crit} but (12) {'holds' if form['condition3'] else 'fails'}"
        what += f", L_N critical: {crit} = (12)" if crit is form["condition3"] else f", L_N critical: {crit}"
    elif "critical" in cert:
        return False, "critical is only decided in the interior (L_N is not differentiable on a boundary)"
    # (13): (A1)_I X_J = C^-1 V^T U^T Y_J X_J^+ X_J + C^-1 K C L1 X_J, K = P_ker(V) (derived) or I - P_ker(V) (printed)
    k, rho = len(I), len(cols)
    G = [[x / sum(y * y for y in cols[r]) for x in cols[r]] if r < rho else [Fraction(0)] * d2 for r in range(k)]
    Ci = inverse(C0)
    base = mat_mul(mat_mul(mat_mul(mat_mul(Ci, G), YJ), Xp), XJ)
    lhs = [[Z[i][j] for j in J] for i in I]

    def side(keep_top: bool):
        K = [[Fraction(int(r == s and ((r < rho) == keep_top))) for s in range(k)] for r in range(k)]
        tail = mat_mul(mat_mul(mat_mul(mat_mul(Ci, K), C0), L1), XJ)
        return [[a + b for a, b in zip(ra, rb)] for ra, rb in zip(base, tail)]

    if side(False) != lhs:
        return False, "(A1)_I X_J != C^-1 V^T U^T Y_J X_J^+ X_J + C^-1 P_ker(V) C L1 X_J"  # pragma: no cover
    if "on_eigenvalue" in cert:
        k_on = cert["on_eigenvalue"]
        spec = form.get("spectrum")
        if not isinstance(k_on, int) or isinstance(k_on, bool) or not spec or not 1 <= k_on <= len(spec):
            return False, "on_eigenvalue is a 1-based index into the form's spectrum (which must be listed)"
        target = frac(spec[k_on - 1][0])
        if not form["column_values"] or any(frac(v) != target for v in form["column_values"]):
            return False, f"a column value is not the eigenvalue number {k_on} of Sigma_J ({target})"
        what += f"; v on sigma_{k_on}(J) = {target}"
    if "printed_13" not in cert:
        return True, what
    printed = side(True) == lhs
    if printed is not cert.get("printed_13"):
        return False, f"printed (13) holds: {printed}, claimed {cert.get('printed_13')!r}"
    return True, what + f"; printed (13): {printed}"
