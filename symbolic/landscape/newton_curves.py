r"""Descent curves solved order by order along the Newton polygon (Puiseux style), and closed-form curves.

**Polynomials** (:func:`newton_curves`).  In the congruence coordinates :math:`x = x_0 + T z` of the Hessian put
:math:`h(z) = \mp (f(x_0 + Tz) - f(x_0))` (the sign so that a descent, or an ascent, means :math:`h < 0`).  For
weights :math:`w` (lazily, by increasing sum; a zero weight keeps that coordinate at 0) the substitution
:math:`z_i = a_i t^{w_i}` gives :math:`h = h_w(a)\, t^d + O(t^{d+1})` with :math:`h_w` the :math:`w`-initial form
(the terms of least weighted degree :math:`d`).

* If :math:`h_w(a) < 0` for a rational :math:`a` (grid points, then exact univariate slices: sign changes between
  isolated real roots), the curve :math:`z = a t^w` is a candidate of order :math:`d`.
* Otherwise each rational zero :math:`a^*` of :math:`h_w` (all entries nonzero) opens the next level: the new
  polynomial :math:`h(a^* s^w + y)` in :math:`(s, y)`, whose weights give :math:`s` a positive weight :math:`k_0`
  and every correction :math:`y_i` a weight above :math:`k_0 w_i` (or 0).  So corrections at :math:`t^4` and
  beyond, and several of them, are solved one Newton-polygon edge at a time, not from fixed templates.

Every candidate is confirmed exactly by :func:`symbolic.landscape.descent.confirm_curve` and re-verified by the
checker; rational data only, so a branch through an irrational zero (e.g. :math:`y = \sqrt 2 x`) is not followed
and the answer stays ``inconclusive`` there.

**Zero tuples** (:func:`zero_tuple_curve`).  At :math:`W_1 = \dots = W_L = 0` with :math:`G = \nabla f(0)` (for the
squared loss :math:`-Y X^T`) and :math:`G_{ji} \ne 0`: :math:`A_1 = s\, e_1 e_i^T`, :math:`A_k = e_1 e_1^T`,
:math:`A_L = e_j e_1^T` give :math:`A_L \cdots A_1 = s\, e_j e_i^T`, and along :math:`W_k = t A_k` the loss is
:math:`f(t^L s\, e_j e_i^T) = f(0) + s G_{ji} t^L + O(t^{2L})`: order :math:`L`, sign chosen by :math:`s = \pm 1`.

**Layer weights** (:func:`layer_weight_curves`).  :math:`W_k + t^{a_k} A_k` for weight tuples :math:`a`
(lazily, :func:`symbolic.landscape.descent.weight_tuples` order) with structured rank-one :math:`A_k`
(:math:`\pm e_p e_q^T` on kernel-adapted indices) before random ones, so non-uniform orders such as
:math:`(1, 2, 1)` are reached by counted work.

Main definitions
----------------
* :func:`newton_curves`, :func:`zero_tuple_curve`, :func:`layer_newton_curves`, :func:`restrict_network`,
  :func:`layer_weight_curves`.
"""

from __future__ import annotations

import itertools
import math

from sympy import Poly, Symbol
from sympy.polys.domains import QQ, ZZ
from sympy.polys.sqfreetools import dup_sqf_part
from sympy.polys.rings import ring

from symbolic.calculus.inertia import ldl
from symbolic.landscape.sos import MAX_EXPANSION, small_enough

__all__ = ["newton_curves", "zero_tuple_curve", "layer_weight_curves", "layer_newton_curves", "restrict_network",
           "MAX_NEWTON_VARIABLES"]

#: Newton polygons are searched in at most this many variables: a polynomial in more is searched on coordinate
#: subspaces (the Hessian kernel coordinates and the range coordinates coupled to them, :func:`newton_curves`).
MAX_NEWTON_VARIABLES = 4
_GRID = (QQ(1), QQ(-1), QQ(2), QQ(-2), QQ(1, 2), QQ(-1, 2))
_S = Symbol("s")


def _weights(m, top, ok):
    """Weight tuples in ``{0..top}^m``, primitive (gcd 1), by increasing sum, accepted by ``ok``."""
    for total in range(1, top * m + 1):
        for w in itertools.product(range(top + 1), repeat=m):
            if sum(w) == total and math.gcd(*w) == 1 and ok(w):
                yield w


def _initial(h, w):
    """``(d, {exps: c})``: the least weighted degree of ``h`` (unused coordinates set to 0) and its form."""
    used = [i for i, v in enumerate(w) if v]
    terms = {e: c for e, c in h.items() if all(e[i] == 0 for i in range(len(w)) if not w[i])}
    if not terms:
        return None, {}
    wd = {e: sum(a * b for a, b in zip(w, e)) for e in terms}
    d = min(wd.values())
    if d == 0:
        return None, {}
    return d, {tuple(e[i] for i in used): c for e, c in terms.items() if wd[e] == d}


def _value(form, a):
    total = QQ.zero
    for e, c in form.items():
        term = c
        for v, k in zip(a, e):
            if k:
                term *= v ** k
        total += term
    return total


def _slice(form, a, j):
    """The univariate polynomial :math:`s \\mapsto h_w(a_1, .., s, .., a_m)` (``s`` in position ``j``)."""
    coeffs: dict = {}
    for e, c in form.items():
        term = c
        for i, (v, k) in enumerate(zip(a, e)):
            if i != j and k:
                term *= v ** k
        coeffs[e[j]] = coeffs.get(e[j], QQ.zero) + term
    top = max(coeffs)
    return Poly([coeffs.get(k, QQ.zero) for k in range(top, -1, -1)], _S, domain=QQ)


def _rational_roots(p, intervals):
    """The rational roots of a univariate ``Poly`` over QQ, in :meth:`~sympy.Poly.ground_roots`' order
    (multiplicity, then denominator, then numerator descending), from its isolating ``intervals``.

    A rational root :math:`u/v` in lowest terms has :math:`v` dividing the leading coefficient :math:`D` of any
    integer multiple of ``p``, and two fractions of denominators at most :math:`D` differ by at least
    :math:`1/D^2`: each interval is bisected (on the square-free part, which changes sign there) below that width,
    and the simplest fraction left in it is the only candidate, tested exactly.
    """
    coeffs = p.rep.to_list()
    scale = math.lcm(*(int(a.denominator) for a in coeffs))
    c = [int(v * scale) for v in coeffs]
    gz = dup_sqf_part([ZZ(v) for v in c], ZZ)                        # integer coefficients: the fast heuristic gcd
    g = [QQ(v) for v in gz]
    bound = min(abs(c[0]), abs(int(gz[0])))
    width = QQ(1, bound * bound)
    found = []
    for lo, hi in intervals:
        r = _candidate(g, lo, hi, width)
        if r is not None and r.denominator <= bound:
            mult = _multiplicity(c, int(r.numerator), int(r.denominator))
            if mult and (mult, int(r.denominator), int(r.numerator)) not in found:
                found.append((mult, int(r.denominator), int(r.numerator)))
    found.sort(key=lambda m: (m[0], m[1], -m[2]))
    return [QQ(u, v) for _, v, u in found]


def _horner(g, x):
    acc = QQ.zero
    for a in g:
        acc = acc * x + a
    return acc


def _candidate(g, lo, hi, width):
    """The one fraction that can be a rational root of ``g`` in the isolating interval (``lo == hi``: the root;
    otherwise open, one simple root inside, an end possibly a neighbouring root)."""
    if lo == hi:
        return lo
    side = _horner(g, lo)
    if not side:                          # a neighbour's root: the sign just inside is the slope's
        n = len(g) - 1
        side = _horner([a * (n - i) for i, a in enumerate(g[:-1])], lo)
    while hi - lo >= width:
        mid = (lo + hi) / 2
        gm = _horner(g, mid)
        if not gm:
            return mid
        if (gm > 0) == (side > 0):
            lo = mid
        else:
            hi = mid
    return _simplest(lo, hi)


def _simplest(a, b):
    """The fraction of least denominator in ``[a, b]`` (continued fractions; ``a <= b``)."""
    fa = QQ(math.floor(a))
    if fa == a:
        return fa
    if fa + 1 <= b:
        return fa + 1
    return fa + 1 / _simplest(1 / (b - fa), 1 / (a - fa))


def _multiplicity(c, u, v):
    """The multiplicity of ``u / v`` as a root of the integer polynomial ``c`` (coefficients, highest first)."""
    d = len(c) - 1
    if sum(a * u ** (d - i) * v ** i for i, a in enumerate(c)) != 0:       # the test, in integers
        return 0
    r, mult, q = QQ(u, v), 0, [QQ(a) for a in c]
    while len(q) > 1:
        acc, quotient = QQ.zero, []                                        # Horner: q = (x - r) quotient + acc
        for a in q:
            acc = acc * r + a
            quotient.append(acc)
        if acc:
            break
        mult, q = mult + 1, quotient[:-1]
    return mult


def _slice_roots(p):
    """``(degree, rational roots, probes between and beyond the real roots)`` of a univariate slice, or ``None``."""
    if p.is_zero or p.degree() < 1:
        return None
    ivs = sorted((QQ(lo.p, lo.q) if hasattr(lo, "p") else QQ(lo), QQ(hi.p, hi.q) if hasattr(hi, "p") else QQ(hi))
                 for (lo, hi), _ in p.intervals())
    roots = _rational_roots(p, ivs)
    probes = [ivs[0][0] - 1, ivs[-1][1] + 1] if ivs else []
    probes += [(ivs[k][1] + ivs[k + 1][0]) / 2 for k in range(len(ivs) - 1)]
    return p.degree(), roots, probes


def _negative_or_zeros(form, m, work):
    """A rational point with ``form < 0`` (``(point, [])``) or ``(None, rational zeros with nonzero entries)``."""
    zeros = []
    slices: dict = {}               # the slice in coordinate j does not depend on a_j: each is solved once
    for a in itertools.product(_GRID[:4], repeat=m):
        work[0] += 1
        if _value(form, a) < 0:
            return list(a), []
        for j in range(m):
            key = (j, a[:j] + a[j + 1:])
            seen = key in slices
            if not seen:
                slices[key] = _slice_roots(_slice(form, a, j))
            solved = slices[key]
            if solved is None:
                continue
            degree, roots, probes = solved
            work[0] += degree ** 2          # counted as if solved again: the budget sees the same work
            if seen:                        # the same probes and zeros as when first solved: none negative
                continue
            for s in probes:
                b = list(a)
                b[j] = s
                if _value(form, b) < 0:
                    return b, []
            for r in roots:
                b = list(a)
                b[j] = r
                if all(b) and b not in zeros:
                    zeros.append(b)
    return None, zeros


def _compose(h, subs, R):
    """``h`` (a dict in the old variables) at the ring elements ``subs``, as a dict in ``R``'s variables."""
    total = R.zero
    powers = [[R.one] for _ in subs]
    for e, c in h.items():
        term = R(c)
        for i, k in enumerate(e):
            if k:
                while len(powers[i]) <= k:
                    powers[i].append(powers[i][-1] * subs[i])
                term *= powers[i][k]
        total += term
    return {tuple(m): c for m, c in total.terms()}


def _curve_terms(P, values, weights, n_orig, T):
    """The curve :math:`x(t) - x_0 = T z(t)`, :math:`z_i = P_i(b_j t^{k_j})`, as ``[C_1, C_2, ...]``."""
    Rt, t = ring("t", QQ)
    point = [Rt(b) * t ** k if k else Rt.zero for b, k in zip(values, weights)]
    zt = []
    for p in P:
        acc = Rt.zero
        for e, c in p.items():
            term = Rt(c)
            for v, k in zip(point, e):
                if k:
                    term *= v ** k
            acc += term
        zt.append(acc)
    top = max((m[0] for z in zt for m in z.monoms()), default=0)
    terms = []
    for p in range(1, top + 1):
        zc = [z.coeff(t ** p) for z in zt]
        terms.append([sum((T[i][j] * zc[j] for j in range(n_orig) if zc[j]), QQ.zero) for i in range(n_orig)])
    return terms


def newton_curves(F, x0, hessian, sign, *, top: int = 6, depth: int = 3, work: list | None = None,
                  budget: int = 20_000):
    """Candidate curves ``(terms, order)`` for :func:`~symbolic.landscape.descent.confirm_curve` (polynomials).

    Examples
    ========

    >>> import sympy
    >>> from symbolic.calculus.objective import PolynomialObjective
    >>> from symbolic.landscape.newton_curves import newton_curves
    >>> x, y = sympy.symbols("x y")
    >>> F = PolynomialObjective((y - x**2 - x**3) * (y - x**2 - 2 * x**3), [x, y])   # a correction at t^2
    >>> terms, order = next(newton_curves(F, [0, 0], F.hessian([0, 0]), -1))     # x = 2t - 3t^2, y = 4t^2
    >>> [[str(v) for v in C] for C in terms], order, [str(c) for c in F.taylor([0, 0], terms, order)][-1]
    ([['2', '0'], ['-3', '4']], 6, '-16')
    >>> F = PolynomialObjective((y - x**4) * (y - 2 * x**4), [x, y])                 # a correction at t^4
    >>> terms, order = next(newton_curves(F, [0, 0], F.hessian([0, 0]), -1))
    >>> [[str(v) for v in C] for C in terms], order
    ([['1', '0'], ['0', '0'], ['0', '0'], ['0', '3/2']], 8)
    """
    poly = getattr(F, "poly", None)
    n = F.nparams
    if poly is None or not small_enough(F):
        return
    work = work if work is not None else [0]
    res = ldl(hessian)
    T = [[res.columns[j][i] for j in range(n)] for i in range(n)]
    R0, *g0 = ring([f"z{i}" for i in range(n)], QQ)
    lin = [R0(x0[i]) + sum((T[i][j] * g0[j] for j in range(n) if T[i][j]), R0.zero) for i in range(n)]
    h = _compose({tuple(e): c for e, c in poly.terms()}, lin, R0)
    h = {e: -sign * c for e, c in h.items() if any(e)}
    if n <= MAX_NEWTON_VARIABLES:
        ident = [{tuple(int(i == j) for j in range(n)): QQ.one} for i in range(n)]
        yield from _level(h, ident, n, T, [None] * n, top, depth, work, budget)
        return
    kernel = [i for i, d in enumerate(res.diagonal) if d == 0]
    for D in _coordinate_subsets(h, n, kernel):           # more variables: Newton on coordinate subspaces
        if work[0] > budget:
            return
        m = len(D)
        hD = {tuple(e[i] for i in D): c for e, c in h.items() if all(e[i] == 0 for i in range(n) if i not in D)}
        if not hD:
            continue
        P = [{tuple(int(i == D[j]) for j in range(m)): QQ.one} if i in D else {} for i in range(n)]
        yield from _level(hD, P, n, T, [None] * m, top, depth, work, budget)


def _coordinate_subsets(h, n, kernel, count: int = 8):
    """Up to ``count`` sets of at most :data:`MAX_NEWTON_VARIABLES` congruence coordinates for :func:`newton_curves`
    in more variables: the Hessian kernel coordinates (at most that many) and the range coordinates coupled to them,
    those in the lowest-degree monomials that otherwise hold kernel coordinates only first, smaller sets first (a
    curve in a coordinate subspace is a curve of the whole space)."""
    if not kernel or len(kernel) > MAX_NEWTON_VARIABLES:
        return
    ks = set(kernel)
    coupling: dict = {}
    for e in h:
        outside = [i for i in range(n) if e[i] and i not in ks]
        if len(outside) == 1 and any(e[i] for i in kernel):
            r = outside[0]
            coupling[r] = min(coupling.get(r, sum(e)), sum(e))
    coupled = sorted(coupling, key=lambda r: (coupling[r], r))
    room = MAX_NEWTON_VARIABLES - len(kernel)
    yielded = 0
    for size in range(min(room, len(coupled)) + 1):         # few coordinates first: a smaller polygon, less work
        for extra in itertools.combinations(coupled, size):
            yield sorted(kernel + list(extra))
            yielded += 1
            if yielded >= count:
                return


def _level(h, P, n_orig, T, prev, top, depth, work, budget):
    """One Newton-polygon level: ``h`` in the current variables, ``P`` the original ``z`` in terms of them,
    ``prev[i]`` the least weight a correction variable must exceed (``None``: free; index 0 of a deeper level is
    the previous parameter ``s``, which must move)."""
    m = len(next(iter(h))) if h else 0

    def ok(w):
        if prev[0] == "s" and not w[0]:
            return False
        return all(not w[i] or prev[i] in (None, "s") or w[i] > prev[i] * w[0] for i in range(m))

    later = []
    for w in _weights(m, top, ok):
        if work[0] > budget:
            return
        work[0] += len(h)
        d, form = _initial(h, w)
        if not form:
            continue
        used = [i for i in range(m) if w[i]]
        a, zeros = _negative_or_zeros(form, len(used), work)
        if a is not None:
            values = [QQ.zero] * m
            for i, v in zip(used, a):
                values[i] = v
            yield _curve_terms(P, values, w, n_orig, T), d
        elif depth > 1:
            later.extend((w, used, z) for z in zeros[:2])
    for w, used, z in later[:4]:                    # the next edge: corrections after the zero a* of h_w
        if work[0] > budget:
            return
        Rn, s, *ys = ring(["s"] + [f"y{i}" for i in range(m)], QQ)
        at = [QQ.zero] * m
        for i, v in zip(used, z):
            at[i] = v
        subs = [at[i] * s ** w[i] + ys[i] if w[i] else ys[i] for i in range(m)]
        degree = max(sum(e) for e in h) * max(w)
        if math.comb(m + 1 + degree, m + 1) > 4 * MAX_EXPANSION:  # the next level's dense size, counted
            continue
        work[0] += len(h) * max(w)
        h2 = _compose(h, subs, Rn)
        h2 = {e: c for e, c in h2.items() if c}
        if not h2:
            continue
        P2 = [_compose(p, subs, Rn) for p in P]
        prev2 = ["s"] + [w[i] if w[i] else None for i in range(m)]
        yield from _level(h2, P2, n_orig, T, prev2, top, depth - 1, work, budget)


def zero_tuple_curve(F, x0, sign):
    """The closed-form curve at a zero tuple (every :math:`W_k = 0`, :math:`L \\ge 2`) as ``(terms, L)``, or ``None``.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.calculus.objective import NetworkObjective
    >>> from symbolic.landscape.newton_curves import zero_tuple_curve
    >>> F = NetworkObjective(Network([1] * 11), SquaredLoss([[1]], [[2]]))
    >>> terms, order = zero_tuple_curve(F, [0] * 10, -1)
    >>> order, [str(v) for v in terms[0]], [str(c) for c in F.taylor([0] * 10, terms, 10)][-1]
    (10, ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1'], '-2')
    """
    net, loss = getattr(F, "network", None), getattr(F, "loss", None)
    if net is None or net.depth < 2 or any(v != 0 for v in x0) or not hasattr(loss, "gradient"):
        return None
    from sympy.polys.matrices import DomainMatrix
    G = loss.gradient(DomainMatrix.zeros((net.dims[-1], net.dims[0]), QQ).to_dense()).to_list()
    ji = next(((j, i) for j, row in enumerate(G) for i, v in enumerate(row) if v != 0), None)
    if ji is None:
        return None
    j, i = ji
    s = QQ(1) if (G[j][i] > 0) == (sign > 0) else QQ(-1)   # the t^L coefficient is s G_ji
    flat = [QQ.zero] * net.nparams
    L = net.depth
    for k in range(1, L + 1):
        rows, cols = net.shape(k)
        r = j if k == L else 0
        c = i if k == 1 else 0
        flat[net.param_index(k, r, c)] = s if k == 1 else QQ.one
    return [flat], L


class _Restricted:
    r""":math:`\varphi(s) = F(x_0 + \sum_j s_j D_j)` as a polynomial in ``s`` (the shape :func:`newton_curves` reads)."""

    def __init__(self, poly, R):
        self.poly, self.R, self.nparams = poly, R, R.ngens

    def hessian0(self):
        r = self.nparams
        H = [[QQ.zero] * r for _ in range(r)]
        for m, c in self.poly.terms():
            if sum(m) == 2:
                idx = [i for i, e in enumerate(m) for _ in range(e)]
                if idx[0] == idx[1]:
                    H[idx[0]][idx[0]] = 2 * c
                else:
                    H[idx[0]][idx[1]] = H[idx[1]][idx[0]] = c
        return H


def restrict_network(F, x0, directions):
    r""":math:`\varphi(s) = F(x_0 + \sum_j s_j D_j) - F(x_0)` exactly (networks with a polynomial loss), via the
    product of the layer matrices over :math:`\mathbb{Q}[s]`."""
    from sympy.polys.matrices import DomainMatrix
    net, loss = F.network, F.loss
    R, *gens = ring([f"s{j}" for j in range(len(directions))], QQ)
    K = R.to_domain()
    Ws = net.unflatten(x0)
    Ds = [net.unflatten(D) for D in directions]
    layers = []
    for k, W in enumerate(Ws):
        rows = [[R(v) for v in row] for row in W.to_list()]
        for g, D in zip(gens, Ds):
            for i, row in enumerate(D[k].to_list()):
                for j, v in enumerate(row):
                    if v:
                        rows[i][j] += g * v
        layers.append(DomainMatrix(rows, W.shape, K))
    A = layers[0]
    for M in layers[1:]:
        A = M.matmul(A)
    value = loss.value(A)
    value = R(value) if not hasattr(value, "terms") else value
    return _Restricted(value - value.coeff(1), R)


def _layer_blocks(net, v, with_layer=False):
    """The nonzero layer blocks of ``v``, each as a full parameter vector (with its layer index if asked)."""
    out = []
    for k in range(1, net.depth + 1):
        idx = set(_layer_range(net, k))
        if any(v[p] for p in idx):
            block = [v[p] if p in idx else QQ.zero for p in range(net.nparams)]
            out.append((k, block) if with_layer else block)
    return out


def layer_newton_curves(F, x0, kernel, sign, *, range_vectors=(), work: list | None = None, budget: int = 20_000):
    r"""Newton-polygon curves in the span of per-layer blocks of Hessian kernel vectors, and of range vectors for
    the layers the kernel misses (networks): the polygon of :math:`\varphi(s) = F(x_0 + \sum_k s_k D_k)` gives each
    layer its own order, e.g. :math:`(1, 2, 1)`.  Yields ``(terms, order)`` in the network's parameters."""
    net = getattr(F, "network", None)
    if net is None or not kernel or not getattr(getattr(F, "loss", None), "polynomial", False):
        return
    work = work if work is not None else [0]
    sets = []
    for v in kernel[:6]:
        blocks = _layer_blocks(net, v)
        if 2 <= len(blocks) <= MAX_NEWTON_VARIABLES:
            sets.append(blocks)
    for coeffs in (_ONES, _SIGNS):
        in_kernel = _layer_sums(net, kernel, coeffs)
        in_range = _layer_sums(net, range_vectors, coeffs)
        mixed = dict(in_kernel)
        for layer, b in in_range.items():
            mixed.setdefault(layer, b)                # a layer the kernel misses moves along the range
        for table in (in_kernel, mixed):
            D = [table[k] for k in sorted(table)]
            if 2 <= len(D) <= MAX_NEWTON_VARIABLES and D not in sets:
                sets.append(D)
    for D in sets:
        work[0] += taylor_cost(net, len(D))
        if work[0] > budget:
            return
        phi = restrict_network(F, x0, D)
        if not phi.poly:
            continue
        for terms, order in newton_curves(phi, [QQ.zero] * len(D), phi.hessian0(), sign, work=work, budget=budget):
            yield [[sum((C[j] * D[j][p] for j in range(len(D)) if C[j]), QQ.zero) for p in range(net.nparams)]
                   for C in terms], order


_ONES = (1,) * 64
_SIGNS = tuple((-1) ** j * (j // 2 + 1) for j in range(64))


def _layer_sums(net, vectors, coeffs):
    r"""Per layer, :math:`\sum_j c_j` (the layer block of the ``j``-th vector): ``{layer: vector}``."""
    out = {}
    for j, v in enumerate(vectors[:len(coeffs)]):
        for layer, b in _layer_blocks(net, v, with_layer=True):
            acc = out.get(layer)
            out[layer] = [coeffs[j] * x for x in b] if acc is None else [a + coeffs[j] * x for a, x in zip(acc, b)]
    return out


def _layer_range(net, k):
    rows, cols = net.shape(k)
    return [net.param_index(k, i, j) for i in range(rows) for j in range(cols)]


def taylor_cost(net, r):
    r"""Work units of one restriction to ``r`` directions (a product over :math:`\mathbb{Q}[s_1..s_r]`)."""
    return 1 + net.nparams * 3 ** r // 50


def layer_weight_curves(F, x0, kernel, rng, count: int = 400):
    """Curves :math:`W_k + t^{a_k} A_k` over weight tuples :math:`a` (networks): rank-one :math:`A_k` built from
    Hessian kernel vectors restricted to each layer, then random ones."""
    from symbolic.landscape.descent import weight_tuples
    net = getattr(F, "network", None)
    if net is None:
        return
    blocks = []
    for k in range(1, net.depth + 1):
        rows, cols = net.shape(k)
        idx = [net.param_index(k, r, c) for r in range(rows) for c in range(cols)]
        blocks.append(idx)
    for a in itertools.islice(weight_tuples(net.depth), count):
        for v in list(kernel[:4]) + [None, None]:
            terms = [[QQ.zero] * net.nparams for _ in range(max(a))]
            for k, ak in enumerate(a):
                if not ak:
                    continue
                for p in blocks[k]:
                    val = v[p] if v is not None else QQ(rng.randint(-2, 2), rng.choice([1, 1, 2]))
                    terms[ak - 1][p] = val
            if any(any(C) for C in terms):
                yield terms
