r"""Checker for isolated critical points of a regularized linear network (exact rational intervals).

The loss, rebuilt here from the problem (no library code), is

.. math::

    L(w) = \tfrac12 \|W_L \cdots W_1 X - Y\|_F^2 + \tfrac12 \sum_{k,i,j} \lambda_{k,ij}^2 \, w_{k,ij}^2 ,

its gradient :math:`F = \nabla L` and Hessian :math:`J = \nabla^2 L` are polynomials (:class:`MPoly`), the
variables layer by layer, row-major.  Arithmetic is interval arithmetic on integers scaled by
:math:`2^{-K}` (``precision`` :math:`K`), every product rounded outward: an enclosure of every value, no floats.

For each point: a center :math:`m \in \mathbb{Q}(i)^P` (dyadic), a radius :math:`r`, the box
:math:`X = \{x : |\operatorname{Re}(x - m)_j| \le r, |\operatorname{Im}(x - m)_j| \le r\}` and a matrix :math:`C`.
**Krawczyk** (for holomorphic :math:`F`, boxes convex): if :math:`K(X) = m - C F(m) + (I - C J(X))(X - m)`
lies in the interior of :math:`X`, then :math:`X` holds exactly one zero of :math:`F`.  Checked as
:math:`|\operatorname{Re} v_i| + \sum_j (|\operatorname{Re} M_{ij}| + |\operatorname{Im} M_{ij}|) r < r` (and
the same for :math:`\operatorname{Im}`) with :math:`v = C F(m)`, :math:`M = I - C J(X)` enclosed.
A point stated real has a real center; its box is symmetric under conjugation, which maps zeros to zeros,
so its unique zero is real.  A point stated non-real has some coordinate whose imaginary interval
excludes 0.  Boxes are pairwise disjoint, so the zeros are distinct.

**Index** of a real point: with a real matrix :math:`Q` (given), every matrix in :math:`Q^T J(X_\mathbb{R}) Q`
has Gershgorin intervals :math:`[a_{ii} - R_i, a_{ii} + R_i]` none of which meets 0; the true
:math:`Q^T \nabla^2 L(x^*) Q` is symmetric, so (Gershgorin's theorem on unions) it has exactly as many
positive eigenvalues as positive intervals, and by Sylvester's law :math:`\nabla^2 L(x^*)` has the same
inertia (nonsingular: no interval meets 0).  Index 0 is a strict local minimum.

**Values** of the real points: ``value_classes`` lists classes in increasing loss; the members of a class are
images of its first point under hidden-unit sign flips (negate row :math:`j` of :math:`W_k` and column
:math:`j` of :math:`W_{k+1}`), checked exactly on the centers, with the invariance of :math:`L` under each
flip checked as a polynomial identity, so their values are equal; consecutive classes have value
enclosures strictly ordered.

``expect.nonglobal_local_min`` names a point of index 0 in a class above the first: a strict local minimum with
a strictly larger loss than another (real critical) point, so not a global minimum.

**Completeness** (optional ``complete``), either ``{"groebner": true}``: the number of listed points equals the
number of standard monomials of a Groebner basis that the checker recomputes itself
(:mod:`symbolic.checker.groebner`) within a work bound (small cases only); or ``{"cofactors": ...}``: members of
the gradient ideal given by their cofactors whose leading monomials leave at most as many standard monomials as
points are listed (:mod:`symbolic.checker.quotient_bound`: no Groebner basis is computed or checked).  Either
way every complex critical point is listed, every real one too, and the first class is the global
minimum (the loss is coercive, so its minimum is a critical point).

Certificate::

    {"kind": "regularized_critical_points", "problem": {"dims", "X", "Y", "lambdas"}, "precision": K,
     "points": [{"center": [[re, im], ...], "radius": r, "preconditioner": [[[re, im], ...], ...],
                 "real": bool, "index": k, "congruence": [[q, ...], ...]}, ...],
     "value_classes": [{"members": [i, ...], "flips": [[[k, j], ...], ...]}, ...],
     "complete": {"groebner": true} | {"cofactors": {"order": "grevlex", "elements": [...]}}, "expect": {"nonglobal_local_min": i}}

Main definitions
----------------
* :func:`verify_regularized_critical_points`, :func:`build_loss`.
"""

from __future__ import annotations

from fractions import Fraction

from .mpoly import MPoly, const_matrix, mat_mul
from .poly import frac, frac_matrix

__all__ = ["verify_regularized_critical_points", "build_loss", "layer_variables"]

_MAX_PRECISION = 4000
_MAX_VARS = 40


def layer_variables(dims) -> list[tuple[int, int, int]]:
    """``(layer, row, col)`` of each variable (0-based), layer by layer, row-major."""
    return [(k, i, j) for k in range(len(dims) - 1) for i in range(dims[k + 1]) for j in range(dims[k])]


def build_loss(problem: dict) -> tuple[MPoly, list, list]:
    """``(L, F, J)``: the loss, its gradient and its Hessian (upper triangle ``J[i][j]``, ``j >= i``) as MPoly.

    Examples
    ========

    >>> from symbolic.checker.regularized_points import build_loss
    >>> L, F, J = build_loss({"dims": [1, 1], "X": [["1"]], "Y": [["2"]], "lambdas": [[["1/2"]]]})
    >>> sorted(L.terms.items())
    [((0,), 2), ((1,), -2), ((2,), Fraction(5, 8))]
    """
    dims = problem["dims"]
    if (not isinstance(dims, list) or len(dims) < 2
            or not all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in dims)):
        raise ValueError(f"dims must be a list of at least two positive integers; got {dims!r}")
    variables = layer_variables(dims)
    n = len(variables)
    if n > _MAX_VARS:
        raise ValueError(f"{n} weights is more than the checker's bound of {_MAX_VARS}")
    X, Y = frac_matrix(problem["X"]), frac_matrix(problem["Y"])
    lambdas = [frac_matrix(lam) for lam in problem["lambdas"]]
    if len(X) != dims[0] or len(Y) != dims[-1] or len(X[0]) != len(Y[0]) or len(lambdas) != len(dims) - 1:
        raise ValueError("X, Y and lambdas do not match dims")
    Ws, pos = [], 0
    for k in range(len(dims) - 1):
        r, c = dims[k + 1], dims[k]
        if len(lambdas[k]) != r or len(lambdas[k][0]) != c:
            raise ValueError(f"lambdas[{k}] must be {r} x {c}")
        Ws.append([[MPoly.var(n, pos + i * c + j) for j in range(c)] for i in range(r)])
        pos += r * c
    A = mat_mul(Ws[0], const_matrix(n, X))
    for W in Ws[1:]:
        A = mat_mul(W, A)
    loss = MPoly(n)
    for arow, yrow in zip(A, Y):
        for a, y in zip(arow, yrow):
            e = a - y
            loss = loss + e * e
    for t, (k, i, j) in enumerate(variables):
        x = MPoly.var(n, t)
        loss = loss + x * x * (lambdas[k][i][j] ** 2)
    loss = loss * Fraction(1, 2)
    F = [loss.diff(t) for t in range(n)]
    J = [[F[i].diff(j) if j >= i else None for j in range(n)] for i in range(n)]
    return loss, F, J


# -- interval arithmetic on integers scaled by 2^-K, complex intervals as (re, im) pairs -----------------------

def _ival(q: Fraction, K: int) -> tuple[int, int]:
    s = q * (1 << K)
    lo = s.numerator // s.denominator
    return lo, -((-s.numerator) // s.denominator)


def _imul(a, b, K):
    p = (a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1])
    return min(p) >> K, -((-max(p)) >> K)


def _iadd(a, b):
    return a[0] + b[0], a[1] + b[1]


def _isub(a, b):
    return a[0] - b[1], a[1] - b[0]


def _mag(a) -> int:
    return max(abs(a[0]), abs(a[1]))


_ZERO = (0, 0)


def _cmul(a, b, K):
    return (_isub(_imul(a[0], b[0], K), _imul(a[1], b[1], K)), _iadd(_imul(a[0], b[1], K), _imul(a[1], b[0], K)))


def _cadd(a, b):
    return _iadd(a[0], b[0]), _iadd(a[1], b[1])


def _powers(box, degree, K):
    """``pw[v][e]`` encloses ``x_v^e`` on the box (complex intervals)."""
    one = ((1 << K, 1 << K), _ZERO)
    out = []
    for x in box:
        row = [one]
        for _ in range(degree):
            row.append(_cmul(row[-1], x, K))
        out.append(row)
    return out


def _eval(poly: MPoly, pw, K):
    """An enclosure of ``poly`` on the box whose power table is ``pw``."""
    acc = (_ZERO, _ZERO)
    for e, c in poly.terms.items():
        term = (_ival(Fraction(c), K), _ZERO)
        for v, k in enumerate(e):
            if k:
                term = _cmul(term, pw[v][k], K)
        acc = _cadd(acc, term)
    return acc


def _complex_rows(rows, name):
    out = []
    for row in rows:
        if not isinstance(row, list):
            raise ValueError(f"{name} must be a list of [re, im] pairs")
        out.append([(frac(re), frac(im)) for re, im in row])
    return out


def _krawczyk(F, J, degree, center, r, C, K):
    """``(ok, reason)`` for the Krawczyk test on the box of radius ``r`` about ``center``."""
    n = len(center)
    rad = _ival(r, K)[0]
    if rad <= 0:
        return False, "the radius must be positive (at the working precision)"
    point = [(_ival(re, K), _ival(im, K)) for re, im in center]
    box = [((a[0] - rad, a[1] + rad), (b[0] - rad, b[1] + rad)) for a, b in point]
    pw_m, pw_x = _powers(point, degree, K), _powers(box, degree, K)
    Fm = [_eval(f, pw_m, K) for f in F]
    Jx = [[_eval(J[min(i, j)][max(i, j)], pw_x, K) for j in range(n)] for i in range(n)]
    Cc = [[(_ival(re, K), _ival(im, K)) for re, im in row] for row in C]
    one = 1 << K
    for i in range(n):
        v = (_ZERO, _ZERO)
        for k in range(n):
            v = _cadd(v, _cmul(Cc[i][k], Fm[k], K))
        bound = 0
        for j in range(n):
            acc = (((one, one) if i == j else _ZERO), _ZERO)
            for k in range(n):
                p = _cmul(Cc[i][k], Jx[k][j], K)
                acc = (_isub(acc[0], p[0]), _isub(acc[1], p[1]))
            bound += ((_mag(acc[0]) + _mag(acc[1])) * rad >> K) + 1
        if not (_mag(v[0]) + bound < rad and _mag(v[1]) + bound < rad):
            return False, f"the Krawczyk image leaves the box in coordinate {i + 1}"
    return True, ""


def _real_index(J, degree, center, r, Q, K):
    """``(positive, negative)`` certified by Gershgorin on Q^T J(X) Q, or ``None``."""
    n = len(center)
    rad = _ival(r, K)[0]
    box = [((a[0] - rad, a[1] + rad), _ZERO) for a in (_ival(re, K) for re, _ in center)]
    pw = _powers(box, degree, K)
    H = [[_eval(J[min(i, j)][max(i, j)], pw, K)[0] for j in range(n)] for i in range(n)]
    Qi = [[_ival(q, K) for q in row] for row in Q]
    HQ = [[_sum_iv(_imul(H[i][k], Qi[k][j], K) for k in range(n)) for j in range(n)] for i in range(n)]
    A = [[_sum_iv(_imul(Qi[k][i], HQ[k][j], K) for k in range(n)) for j in range(n)] for i in range(n)]
    pos = neg = 0
    for i in range(n):
        R = sum(_mag(A[i][j]) for j in range(n) if j != i)
        if A[i][i][0] - R > 0:
            pos += 1
        elif A[i][i][1] + R < 0:
            neg += 1
        else:
            return None
    return pos, neg


def _sum_iv(items):
    lo = hi = 0
    for a, b in items:
        lo += a
        hi += b
    return lo, hi


def _flip(dims, flips, n):
    """Signs (+-1 per variable) of the hidden-unit flips ``[[k, j], ...]`` (``1 <= k < L``, 0-based unit j)."""
    sign = [1] * n
    variables = layer_variables(dims)
    for k, j in flips:
        if not (isinstance(k, int) and isinstance(j, int) and 1 <= k < len(dims) - 1 and 0 <= j < dims[k]):
            raise ValueError(f"flip [{k}, {j}] names no hidden unit")
        for t, (layer, row, col) in enumerate(variables):
            if (layer == k - 1 and row == j) or (layer == k and col == j):
                sign[t] = -sign[t]
    return sign


def _invariant(loss: MPoly, sign) -> bool:
    for e, _ in loss.terms.items():
        s = 1
        for v, k in enumerate(e):
            if k % 2 and sign[v] < 0:
                s = -s
        if s < 0:
            return False
    return True


def verify_regularized_critical_points(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``regularized_critical_points`` certificate (see the module docstring); ``(ok, reason)``.

    Examples
    ========

    One weight, :math:`L = \\tfrac12 (w - 2)^2 + \\tfrac12 \\cdot \\tfrac14 w^2`: the critical point is
    :math:`w = 8/5`, a minimum.

    >>> from symbolic.checker.regularized_points import verify_regularized_critical_points as check
    >>> cert = {"kind": "regularized_critical_points", "precision": 64,
    ...         "problem": {"dims": [1, 1], "X": [["1"]], "Y": [["2"]], "lambdas": [[["1/2"]]]},
    ...         "points": [{"center": [["8/5", "0"]], "radius": "1/1000", "preconditioner": [[["4/5", "0"]]],
    ...                     "real": True, "index": 0, "congruence": [["1"]]}],
    ...         "value_classes": [{"members": [0], "flips": [[]]}]}
    >>> check(cert)
    (True, '1 distinct critical points certified (1 real, 0 non-real); real indices {0: 1}; 1 value classes strictly ordered; completeness not certified')
    """
    problem = cert["problem"]
    K = cert["precision"]
    if not isinstance(K, int) or not 16 <= K <= _MAX_PRECISION:
        return False, f"precision must be an integer in 16..{_MAX_PRECISION}"
    loss, F, J = build_loss(problem)
    n = len(F)
    degree = max(loss.degree(), 1)
    points = cert["points"]
    if not isinstance(points, list) or not points:
        return False, "no points listed"
    boxes, indices = [], {}
    real_count = 0
    values = []
    for p_no, pt in enumerate(points):
        center = _complex_rows([pt["center"]], "center")[0]
        C = _complex_rows(pt["preconditioner"], "preconditioner")
        r = frac(pt["radius"])
        if len(center) != n or len(C) != n or any(len(row) != n for row in C):
            return False, f"point {p_no}: center and preconditioner must have {n} coordinates"
        ok, why = _krawczyk(F, J, degree, center, r, C, K)
        if not ok:
            return False, f"point {p_no}: {why}"
        real = pt["real"]
        if real is True:
            if any(im != 0 for _, im in center):
                return False, f"point {p_no} is stated real but its center is not"
            Q = frac_matrix(pt["congruence"])
            if len(Q) != n or len(Q[0]) != n:
                return False, f"point {p_no}: the congruence must be {n} x {n}"
            inertia = _real_index(J, degree, center, r, Q, K)
            if inertia is None:
                return False, f"point {p_no}: a Gershgorin interval of Q^T H Q meets 0"
            if inertia[1] != pt["index"]:
                return False, f"point {p_no}: the certified index is {inertia[1]}, not {pt['index']}"
            indices[inertia[1]] = indices.get(inertia[1], 0) + 1
            real_count += 1
            rad = _ival(r, K)[0]
            box = [((a[0] - rad, a[1] + rad), _ZERO) for a in (_ival(re, K) for re, _ in center)]
            values.append(_eval(loss, _powers(box, degree, K), K)[0])
        elif real is False:
            if not any(abs(im) > r for _, im in center):
                return False, f"point {p_no} is stated non-real but every imaginary interval meets 0"
            values.append(None)
        else:
            return False, f"point {p_no}: real must be true or false"
        boxes.append((center, r))
    # pairwise disjoint boxes: sorted by the real part of the first coordinate, a sweep
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][0][0][0] - boxes[i][1])
    for a_pos, a in enumerate(order):
        ca, ra = boxes[a]
        for b in order[a_pos + 1:]:
            cb, rb = boxes[b]
            if cb[0][0] - rb > ca[0][0] + ra:
                break
            if all(abs(x[0] - y[0]) <= ra + rb and abs(x[1] - y[1]) <= ra + rb for x, y in zip(ca, cb)):
                return False, f"the boxes of points {a} and {b} overlap: distinct zeros are not certified"
    classes = cert.get("value_classes", [])
    seen = set()
    prev_hi = None
    for c_no, cls in enumerate(classes):
        members, flips = cls["members"], cls["flips"]
        if not members or len(flips) != len(members):
            return False, f"value class {c_no}: one flip list per member"
        first = members[0]
        for m, fl in zip(members, flips):
            if m in seen or not (0 <= m < len(points)) or points[m]["real"] is not True:
                return False, f"value class {c_no}: member {m} is repeated, unknown or not real"
            seen.add(m)
            sign = _flip(problem["dims"], fl, n)
            if not _invariant(loss, sign):
                return False, f"the loss is not invariant under the flips {fl}"
            want = [frac(x[0]) * s for x, s in zip(points[first]["center"], sign)]
            if [frac(x[0]) for x in points[m]["center"]] != want or frac(points[m]["radius"]) != frac(
                    points[first]["radius"]):
                return False, f"value class {c_no}: point {m} is not the flip {fl} of point {first}"
        lo, hi = values[first]
        if prev_hi is not None and not prev_hi < lo:
            return False, f"value classes {c_no - 1} and {c_no} are not strictly ordered by their enclosures"
        prev_hi = hi
    if classes and len(seen) != real_count:
        return False, "the value classes do not cover every real point"
    expect = cert.get("expect") or {}
    if "nonglobal_local_min" in expect:  # a strict local minimum whose value is above another point's
        m = expect["nonglobal_local_min"]
        where = [c_no for c_no, cls in enumerate(classes) if m in cls["members"]]
        if not where or where[0] == 0 or points[m]["index"] != 0:
            return False, f"point {m} is not a strict local minimum in a value class above the lowest"
    complete = "completeness not certified"
    if cert.get("complete"):
        spec = cert["complete"]
        if isinstance(spec, dict) and set(spec) == {"cofactors"}:
            from .quotient_bound import verify_quotient_bound

            ok, why = verify_quotient_bound(F, spec["cofactors"], len(points))
        else:
            from .groebner import verify_count

            ok, why = verify_count(F, len(points), spec)
        if not ok:
            return False, f"completeness: {why}"
        complete = f"complete ({why})"
    summary = dict(sorted(indices.items()))
    return True, (f"{len(points)} distinct critical points certified ({real_count} real, {len(points) - real_count} "
                  f"non-real); real indices {summary}; {len(classes)} value classes strictly ordered; {complete}")
