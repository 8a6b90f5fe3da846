r"""Checker for ``critical_set_covering``: every critical point of a network loss is a global minimum or a saddle.

The loss :math:`L(W_1, \dots, W_L) = f(W_L \cdots W_1)` (squared :math:`\tfrac12\lVert AX - Y\rVert_F^2` or
quartic :math:`\tfrac14\sum (AX - Y)_{ij}^4`) is rebuilt here from ``problem`` with this package's own
polynomials (:mod:`symbolic.checker.mpoly`); so are its gradient and Hessian.  The certificate is a tree of
ideals :math:`J` containing the gradient ideal :math:`I` (the root is :math:`I`; a child adds one polynomial).
Every claimed membership :math:`t \in J` is an identity :math:`t = \sum_i a_i g_i` with the given cofactors
:math:`a_i`, checked by expanding both sides; nothing is searched, no Groebner basis is computed.

Node kinds (see :mod:`symbolic.critical.components` for the search that writes them):

* ``split``: :math:`c \prod f_i^{e_i} \in J`; the children cover :math:`V(J + (f_i))`, so together :math:`V(J)`.
  A factor is a polynomial or ``{"of_loss": [...]}``, a polynomial in :math:`L` (coefficients high to low).
* ``saddle``: ``pairs`` (:math:`d^T H d` to a power in :math:`J`; :math:`q_p = (Hd)_p`) and ``blocks``
  (:math:`(\Delta + c s^2)^m \in J` with :math:`c > 0`, :math:`\Delta` the determinant of the Hessian block on
  :math:`d_1, d_2`); a guard :math:`g` (default 1) with :math:`g^m \in J + (q\text{'s}, s\text{'s})`.  Where
  :math:`g \ne 0` some :math:`q` or :math:`s` is nonzero at a real point, so a :math:`2 \times 2` block of the
  Hessian has negative determinant: the Hessian is indefinite.  The child covers :math:`V(J + (g))`.
* ``nonstrict_point``: every :math:`w_i - a_i \in \sqrt J`, and :math:`L` along :math:`a + \sum_p t^p C_p` has
  its first nonzero coefficient of odd order :math:`k \ge 3`: no local extremum there.  The Hessian at :math:`a`
  is evaluated and its inertia computed (exact LDL): the point is reported non-strict only when it has no
  negative eigenvalue.
* ``descent_curve``: along :math:`t \mapsto w + t D_1(w) + t^2 D_2(w) + \dots` (``direction``: :math:`D_1`,
  ``higher``: optionally :math:`D_2, D_3, \dots`; polynomial entries) the loss's Taylor coefficients
  :math:`c_1, \dots, c_{k-1}` lie in :math:`\sqrt J` (``vanishing``: a power and cofactors each) and :math:`k \ge 3`
  is odd (:mod:`symbolic.checker.descent_family`): where :math:`c_k \ne 0` the curve is a real polynomial curve
  through the point along which :math:`L - L(w) = c_k t^k + O(t^{k+1})` changes sign, so no real point is a local
  extremum (a saddle; its Hessian is not examined).  The child covers :math:`V(J + (c_k))` (none when :math:`c_k` is
  a nonzero constant).
* ``value``: :math:`(L - c)^m \in J`, or (``polynomial``, coefficients high to low, and ``interval``) :math:`p(L)^m
  \in J` for a monic :math:`p` with exactly one real root, inside ``interval`` (Sturm,
  :mod:`symbolic.checker.root_isolation`): every real point of the leaf has that value (the quartic loss's
  values are algebraic); optionally ``grad_f_zero``, one proof per entry of
  :math:`\nabla f(A) = f'(AX - Y)X^T` that it vanishes on :math:`V(J)` (an ``expect`` of
  ``grad_f_zero_at_local_minima`` requires it on every value leaf).  ``empty``: :math:`1 \in J`.
  ``unresolved``: rejected.

A certificate may list ``hypotheses`` of the theorem it serves (:data:`PREMISES`: Kawaguchi's assumptions, the
width condition, the loss, the depth), each recomputed from ``problem``.

Then the conclusion: with :math:`XX^T` invertible, :math:`f` is coercive on the closed set of matrices of rank
at most the narrowest width, every such matrix is a product, so :math:`L` attains its minimum, at a critical
point that is neither a strict saddle nor a non-strict one: in a ``value`` leaf.  When every value leaf has the
same value :math:`c^*` (the same rational, or the same polynomial with one real root), that is the global minimum
value, and every critical point is a global minimum or a saddle.  A stated ``global`` witness (a rational
critical point of value :math:`c^*`) is re-verified too.

Main definitions
----------------
* :func:`verify_critical_set_covering`.
"""

from __future__ import annotations

from fractions import Fraction

from .assumptions import verify_kawaguchi_assumptions
from .descent_family import taylor_coefficients_along
from .mpoly import MPoly, const_matrix, mat_mul
from .poly import frac, frac_matrix, ldl_inertia
from .root_isolation import verify_isolation

__all__ = ["verify_critical_set_covering", "network_loss", "parse_poly", "premise"]

#: Bounds on what the checker expands (certificates beyond them are rejected, not checked slowly).
MAX_PARAMETERS = 24
MAX_TERMS = 400_000
MAX_NODES = 2000
#: Terms of a descent curve :math:`W + tD_1 + \dots + t^m D_m` (at most this ``m``).
MAX_CURVE_TERMS = 6


class _Reject(Exception):
    pass


def parse_poly(data, n: int) -> MPoly:
    """``[[coefficient, [var, exp, ...]], ...]`` as an :class:`MPoly` in ``n`` variables.

    Examples
    ========

    >>> from symbolic.checker.components_covering import parse_poly
    >>> parse_poly([["-3", []], ["1/2", [0, 2, 1, 1]]], 2).terms
    {(0, 0): -3, (2, 1): Fraction(1, 2)}
    """
    if not isinstance(data, list) or len(data) > MAX_TERMS:
        raise _Reject("a polynomial is a list of [coefficient, [var, exp, ...]] terms (at most "
                      f"{MAX_TERMS})")
    terms = {}
    for term in data:
        coef, sparse = term
        if not isinstance(sparse, list) or len(sparse) % 2:
            raise _Reject(f"malformed monomial {sparse!r}")
        e = [0] * n
        for i in range(0, len(sparse), 2):
            v, k = sparse[i], sparse[i + 1]
            if not (isinstance(v, int) and isinstance(k, int)) or not 0 <= v < n or k <= 0 or e[v]:
                raise _Reject(f"malformed monomial {sparse!r} in {n} variables")
            e[v] = k
        key = tuple(e)
        if key in terms:
            raise _Reject(f"the monomial {sparse!r} occurs twice")
        terms[key] = frac(coef)
    return MPoly(n, terms)


def _power(p: MPoly, m) -> MPoly:
    if not isinstance(m, int) or isinstance(m, bool) or not 1 <= m <= 8:
        raise _Reject(f"a power is an integer from 1 to 8; got {m!r}")
    out = p
    for _ in range(m - 1):
        out = out * p
    return out


def network_loss(problem: dict):
    """``(n, L)``: the number of weights and the loss as an :class:`MPoly`, rebuilt from ``problem``."""
    dims = problem["dims"]
    if not isinstance(dims, list) or len(dims) < 2 or not all(isinstance(d, int) and d > 0 for d in dims):
        raise _Reject(f"dims must be a list of at least two positive integers; got {dims!r}")
    n = sum(dims[k] * dims[k - 1] for k in range(1, len(dims)))
    if n > MAX_PARAMETERS:
        raise _Reject(f"{n} weights exceed the checker's bound of {MAX_PARAMETERS}")
    X, Y = frac_matrix(problem["X"]), frac_matrix(problem["Y"])
    if len(X) != dims[0] or len(Y) != dims[-1] or len(X[0]) != len(Y[0]):
        raise _Reject("X must be d_0 x n and Y d_L x n")
    Ws, p = [], 0
    for k in range(1, len(dims)):
        Ws.append([[MPoly.var(n, p + i * dims[k - 1] + j) for j in range(dims[k - 1])] for i in range(dims[k])])
        p += dims[k] * dims[k - 1]
    A = Ws[0]
    for W in Ws[1:]:
        A = mat_mul(W, A)
    AX = mat_mul(A, const_matrix(n, X))
    E = [[a - y for a, y in zip(ra, ry)] for ra, ry in zip(AX, Y)]
    loss = problem.get("loss", "squared")
    D = E if loss == "squared" else [[e * e * e for e in row] for row in E]
    Xt = const_matrix(n, [list(col) for col in zip(*X)])
    grad_f = mat_mul(D, Xt)  # f'(AX - Y) X^T
    if loss == "squared":
        L = MPoly(n)
        for row in E:
            for e in row:
                L = L + e * e
        L = L * Fraction(1, 2)
    elif loss == "quartic":
        L = MPoly(n)
        for row in E:
            for e in row:
                e2 = e * e
                L = L + e2 * e2
        L = L * Fraction(1, 4)
    else:
        raise _Reject(f"loss must be squared or quartic; got {loss!r}")
    return n, L, X, grad_f


def _rank(M) -> int:
    M = [list(r) for r in M]
    rank, cols = 0, len(M[0]) if M else 0
    for c in range(cols):
        piv = next((r for r in range(rank, len(M)) if M[r][c] != 0), None)
        if piv is None:
            continue
        M[rank], M[piv] = M[piv], M[rank]
        for r in range(len(M)):
            if r != rank and M[r][c] != 0:
                f = Fraction(M[r][c]) / M[rank][c]
                M[r] = [a - f * b for a, b in zip(M[r], M[rank])]
        rank += 1
    return rank


def _evaluate(p: MPoly, point) -> Fraction:
    total = Fraction(0)
    for e, c in p.terms.items():
        term = Fraction(c)
        for v, k in zip(point, e):
            if k:
                term *= v ** k
        total += term
    return total


class _Checker:
    def __init__(self, cert):
        self.problem = cert["problem"]
        self.n, self.L, self.X, self.grad_f = network_loss(self.problem)
        self.value_leaves = self.grad_zero_leaves = 0
        self.nonstrict_middle_ranks = []
        self.grad = [self.L.diff(i) for i in range(self.n)]
        self._H = {}
        self.nodes = 0
        self.counts = {"strict_saddle": 0, "nonstrict_point": 0, "strict_point": 0, "value": 0, "empty": 0, "split": 0,
                       "descent_curve": 0}
        self.values = []

    def _middle_rank(self, a) -> int:
        """:math:`\\operatorname{rank}(W_{L-1} \\cdots W_2)` at the rational point ``a`` (-1 for one or two layers)."""
        dims = self.problem["dims"]
        if len(dims) < 4:
            return -1
        Ws, p = [], 0
        for k in range(1, len(dims)):
            Ws.append([[a[p + i * dims[k - 1] + j] for j in range(dims[k - 1])] for i in range(dims[k])])
            p += dims[k] * dims[k - 1]
        M = Ws[1]
        for W in Ws[2:-1]:
            M = [[sum((W[i][l] * M[l][j] for l in range(len(M))), Fraction(0)) for j in range(len(M[0]))]
                 for i in range(len(W))]
        return _rank(M)

    def H(self, p, q):
        key = (min(p, q), max(p, q))
        if key not in self._H:
            self._H[key] = self.grad[key[0]].diff(key[1])
        return self._H[key]

    def hess_times(self, d):
        return [sum((self.H(p, q) * d[q] for q in range(self.n) if d[q].terms), MPoly(self.n))
                for p in range(self.n)]

    def member(self, target: MPoly, gens, cofactors, what: str):
        if not isinstance(cofactors, list) or len(cofactors) != len(gens):
            raise _Reject(f"{what}: {len(gens)} cofactors expected (one per generator), got "
                          f"{len(cofactors) if isinstance(cofactors, list) else cofactors!r}")
        total = MPoly(self.n)
        for a, g in zip(cofactors, gens):
            a = parse_poly(a, self.n)
            if a.terms:
                total = total + a * g
        if total != target:
            raise _Reject(f"{what}: the cofactors do not give the stated polynomial (the identity fails)")

    def factor(self, spec) -> MPoly:
        if isinstance(spec, dict):
            coeffs = spec.get("of_loss")
            if not isinstance(coeffs, list) or len(coeffs) < 2:
                raise _Reject("a factor {\"of_loss\": [...]} needs a non-constant polynomial in L")
            out = MPoly(self.n)
            for c in coeffs:
                out = out * self.L + frac(c)
            return out
        return parse_poly(spec, self.n)

    def node(self, node, gens, path):
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Reject(f"the tree has more than {MAX_NODES} nodes")
        kind = node.get("kind") if isinstance(node, dict) else None
        if kind == "split":
            factors = [self.factor(f) for f in node["factors"]]
            exps = node["exponents"]
            if len(exps) != len(factors) or len(node["children"]) != len(factors) or not factors:
                raise _Reject(f"{path}: a split needs one exponent and one child per factor")
            if any(f.degree() < 1 for f in factors):
                raise _Reject(f"{path}: a split factor is constant")
            scale = frac(node["scale"])
            if scale == 0:
                raise _Reject(f"{path}: the scale of a split is zero")
            target = MPoly.const(self.n, scale)
            for f, e in zip(factors, exps):
                target = target * _power(f, e)
            self.member(target, gens, node["cofactors"], f"{path}: the product of the factors")
            self.counts["split"] += 1
            for i, (f, child) in enumerate(zip(factors, node["children"])):
                self.node(child, gens + [f], f"{path}/{i + 1}")
        elif kind == "saddle":
            self.saddle(node, gens, path)
        elif kind == "nonstrict_point":
            self.nonstrict(node, gens, path)
        elif kind == "descent_curve":
            self.descent(node, gens, path)
        elif kind == "value":
            if "polynomial" in node:
                c = self.algebraic_value(node, path)
                p_of_L = MPoly(self.n)
                for coef in c[1]:
                    p_of_L = p_of_L * self.L + MPoly.const(self.n, coef)
                self.member(_power(p_of_L, node["power"]), gens, node["cofactors"], f"{path}: p(L)^m")
            else:
                c = frac(node["value"])
                self.member(_power(self.L - c, node["power"]), gens, node["cofactors"], f"{path}: (L - c)^m")
            self.counts["value"] += 1
            proofs = node.get("grad_f_zero")
            if proofs is not None:  # every entry of grad f(A) = f'(AX - Y) X^T vanishes on the leaf
                entries = [g for row in self.grad_f for g in row]
                if len(proofs) != len(entries):
                    raise _Reject(f"{path}: grad_f_zero has one proof per entry of grad f(A)")
                for k, (g, pr) in enumerate(zip(entries, proofs)):
                    self.member(_power(g, pr["power"]) if g.terms else g, gens, pr["cofactors"],
                                f"{path}: grad f(A) entry {k}")
                self.grad_zero_leaves += 1
            self.values.append(c)
        elif kind == "empty":
            self.member(MPoly.const(self.n, 1), gens, node["cofactors"], f"{path}: 1 in J")
            self.counts["empty"] += 1
        elif kind == "unresolved":
            raise _Reject(f"{path}: part of the critical set is unresolved ({node.get('reason', 'no reason')})")
        else:
            raise _Reject(f"{path}: unknown node kind {kind!r}")

    def algebraic_value(self, node, path):
        """``("algebraic", coefficients high to low, (lo, hi))`` of a value leaf whose value is the only real root of
        a monic polynomial of degree at least 2 (Sturm: exactly one real root, isolated by ``interval``)."""
        coeffs = [frac(x) for x in node["polynomial"]]
        if len(coeffs) < 3 or coeffs[0] != 1:
            raise _Reject(f"{path}: an algebraic value is a monic polynomial of degree >= 2, coefficients high to low")
        lo, hi = (frac(x) for x in node["interval"])
        ok, why = verify_isolation(list(reversed(coeffs)), [(lo, hi)])
        if not ok:
            raise _Reject(f"{path}: the value polynomial must have exactly one real root, inside the interval: {why}")
        return ("algebraic", tuple(coeffs), (lo, hi))

    def direction(self, d):
        if not isinstance(d, list) or len(d) != self.n:
            raise _Reject(f"a direction has {self.n} polynomial entries")
        return [parse_poly(x, self.n) for x in d]

    def saddle(self, node, gens, path):
        covers = []
        pairs, blocks = node.get("pairs") or [], node.get("blocks") or []
        if not pairs and not blocks:
            raise _Reject(f"{path}: a saddle node states no direction")
        for k, pair in enumerate(pairs):
            d = self.direction(pair["d1"])
            Hd = self.hess_times(d)
            h = MPoly(self.n)
            for a, b in zip(d, Hd):
                if a.terms:
                    h = h + a * b
            self.member(_power(h, pair["power"]), gens, pair["cofactors"], f"{path}: pair {k + 1}: (d^T H d)^m")
            qs = pair["q_indices"]
            if not qs or not all(isinstance(p, int) and 0 <= p < self.n for p in qs):
                raise _Reject(f"{path}: pair {k + 1}: q_indices must be parameter indices")
            covers += [Hd[p] for p in qs]
        for k, block in enumerate(blocks):
            d1, d2 = self.direction(block["d1"]), self.direction(block["d2"])
            Hd1, Hd2 = self.hess_times(d1), self.hess_times(d2)
            dot = lambda u, v: sum((a * b for a, b in zip(u, v) if a.terms and b.terms), MPoly(self.n))  # noqa: E731
            delta = dot(d1, Hd1) * dot(d2, Hd2) - dot(d1, Hd2) * dot(d1, Hd2)
            c, s = frac(block["c"]), parse_poly(block["s"], self.n)
            if c <= 0:
                raise _Reject(f"{path}: block {k + 1}: c must be positive")
            self.member(_power(delta + s * s * c, block["power"]), gens, block["cofactors"],
                        f"{path}: block {k + 1}: (det + c s^2)^m")
            covers.append(s)
        guard = MPoly.const(self.n, 1) if node.get("guard") is None else parse_poly(node["guard"], self.n)
        cof = node["cofactors"] + node["cover_cofactors"]
        self.member(_power(guard, node["power"]), gens + covers, cof, f"{path}: the guard in J + (q, s)")
        self.counts["strict_saddle"] += 1
        if node.get("guard") is not None:
            if guard.degree() < 1:
                raise _Reject(f"{path}: a guard is a non-constant polynomial")
            self.node(node["child"], gens + [guard], f"{path}/guard")
        elif node.get("child") is not None:
            raise _Reject(f"{path}: a saddle node without a guard has no child")

    def descent(self, node, gens, path):
        d = self.direction(node["direction"])
        higher = node.get("higher", [])
        if not isinstance(higher, list) or len(higher) > MAX_CURVE_TERMS - 1:
            raise _Reject(f"{path}: 'higher' is a list of at most {MAX_CURVE_TERMS - 1} directions (t^2, t^3, ...)")
        higher = [self.direction(h) for h in higher]
        k = node["order"]
        if not isinstance(k, int) or isinstance(k, bool) or k < 3 or k % 2 == 0:
            raise _Reject(f"{path}: the order must be odd and at least 3; got {k!r}")
        c = taylor_coefficients_along(self.problem["dims"], self.X, frac_matrix(self.problem["Y"]),
                                      self.problem.get("loss", "squared"), d, higher, upto=k)
        c += [MPoly(self.n)] * (k + 1 - len(c))
        vanishing = node["vanishing"]
        if not isinstance(vanishing, list) or len(vanishing) != k - 1:
            raise _Reject(f"{path}: one vanishing proof per Taylor coefficient of order 1 to {k - 1}")
        for j, pr in enumerate(vanishing, start=1):
            target = _power(c[j], pr["power"]) if c[j].terms else c[j]
            self.member(target, gens, pr["cofactors"], f"{path}: Taylor coefficient of order {j}")
        if not c[k].terms:
            raise _Reject(f"{path}: the Taylor coefficient of order {k} is zero")
        self.counts["descent_curve"] += 1
        if c[k].degree() < 1:
            if node.get("child") is not None:
                raise _Reject(f"{path}: the coefficient of order {k} is a nonzero constant; no child is needed")
        elif node.get("child") is None:
            raise _Reject(f"{path}: the points where the coefficient of order {k} vanishes need a child")
        else:
            self.node(node["child"], gens + [c[k]], f"{path}/coefficient {k} zero")

    def nonstrict(self, node, gens, path):
        a = [frac(x) for x in node["point"]]
        if len(a) != self.n or len(node["point_cofactors"]) != self.n:
            raise _Reject(f"{path}: the point and its cofactors have one entry per weight")
        for i, pc in enumerate(node["point_cofactors"]):
            target = _power(MPoly.var(self.n, i) - a[i], pc["power"])
            self.member(target, gens, pc["cofactors"], f"{path}: (w_{i} - a_{i})^m")
        curve = [[frac(x) for x in C] for C in node["curve"]]
        if not curve or any(len(C) != self.n for C in curve):
            raise _Reject(f"{path}: a curve is a non-empty list of vectors with one entry per weight")
        subs = [MPoly(1, {(0,): a[i]}) + MPoly(1, {(p + 1,): C[i] for p, C in enumerate(curve)})
                if any(C[i] for C in curve) else MPoly(1, {(0,): a[i]}) for i in range(self.n)]
        g = MPoly(1)
        cache = {}
        for e, coef in self.L.terms.items():
            term = MPoly.const(1, coef)
            for i, k in enumerate(e):
                if k:
                    if (i, k) not in cache:
                        cache[(i, k)] = _power_any(subs[i], k)
                    term = term * cache[(i, k)]
            g = g + term
        k = node["order"]
        if not isinstance(k, int) or k < 3 or k % 2 == 0:
            raise _Reject(f"{path}: the order must be odd and at least 3; got {k!r}")
        coeff = {e[0]: c for e, c in g.terms.items()}
        if any(coeff.get(j, 0) for j in range(1, k)) or not coeff.get(k, 0):
            raise _Reject(f"{path}: the first nonzero Taylor coefficient is not of order {k}")
        if frac(node["coefficient"]) != coeff[k]:
            raise _Reject(f"{path}: the coefficient of t^{k} is {coeff[k]}, not {node['coefficient']}")
        H = [[_evaluate(self.H(p, q), a) for q in range(self.n)] for p in range(self.n)]
        _, negative, _ = ldl_inertia(H)
        if negative == 0:
            self.nonstrict_middle_ranks.append(self._middle_rank(a))
        self.counts["nonstrict_point" if negative == 0 else "strict_point"] += 1


def _upoly_text(coeffs) -> str:
    """``L^3 - 2 L + 1/2`` from coefficients high to low."""
    n = len(coeffs) - 1
    terms = []
    for i, c in enumerate(coeffs):
        if c:
            k = n - i
            mono = "" if k == 0 else ("L" if k == 1 else f"L^{k}")
            mag = abs(c)
            body = mono if mono and mag == 1 else (f"{mag} {mono}".strip() if mono else str(mag))
            terms.append(("- " if c < 0 else "+ ") + body)
    text = " ".join(terms)
    return text[2:] if text.startswith("+ ") else "-" + text[2:]


def _power_any(p: MPoly, k: int) -> MPoly:
    out = MPoly.const(p.n, 1)
    for _ in range(k):
        out = out * p
    return out


def verify_critical_set_covering(cert: dict) -> tuple[bool, str]:
    """Re-verify a covering of the critical set; the reason names the first failing identity.

    Examples
    ========

    >>> from symbolic.checker.components_covering import verify_critical_set_covering
    >>> cert = {"kind": "critical_set_covering", "problem": {"dims": [1, 1], "X": [["1"]], "Y": [["2"]],
    ...         "loss": "squared"}, "tree": {"kind": "value", "value": "0", "power": 1,
    ...         "cofactors": [[["1/2", [0, 1]], ["-1", []]]]}, "global": {"value": "0", "witness": ["2"]}}
    >>> verify_critical_set_covering(cert)
    (True, 'every critical point covered (1 value leaf): the global minimum value is 0; no other critical value')
    >>> cert["tree"]["value"] = "1"
    >>> verify_critical_set_covering(cert)[0]
    False
    """
    try:
        ch = _Checker(cert)
        if _rank(ch.X) < len(ch.X):
            raise _Reject("X X^T is singular: the loss need not attain its minimum, so no value is certified global")
        ch.node(cert["tree"], list(ch.grad), "root")
        if not ch.values:
            raise _Reject("no leaf holds the global minimum, which exists (X X^T is invertible)")
        keys = {v[1] if isinstance(v, tuple) else v for v in ch.values}
        if len(keys) > 1:
            shown = sorted(keys) if all(isinstance(k, Fraction) for k in keys) else sorted(map(str, keys))
            raise _Reject(f"value leaves with different values {shown}: only the least may be "
                          "the global minimum, the others are not classified")
        cstar = ch.values[0]
        glob = cert.get("global")
        if glob is not None and isinstance(cstar, tuple):
            raise _Reject("a rational global witness is stated, but the value leaves' value is algebraic")
        if glob is not None:
            if frac(glob["value"]) != cstar:
                raise _Reject(f"the stated global value {glob['value']} is not the value leaves' {cstar}")
            w = [frac(x) for x in glob["witness"]]
            if len(w) != ch.n or any(_evaluate(g, w) != 0 for g in ch.grad) or _evaluate(ch.L, w) != cstar:
                raise _Reject("the global witness is not a critical point of the stated value")
        checked = [_premise(name, cert["problem"]) for name in cert.get("hypotheses") or []]
        if (cert.get("expect") or {}).get("grad_f_zero_at_local_minima"):
            if ch.grad_zero_leaves != ch.counts["value"]:
                raise _Reject("a value leaf does not show grad f(A) = 0 on it")
            checked.append("grad f(A) = 0 on every value leaf, so at every local minimum")
        p = (cert.get("expect") or {}).get("strict_saddles_of_middle_rank")
        if p is not None:  # Kawaguchi 2.3 (iv): a saddle with rank(W_H ... W_2) = p has a negative eigenvalue
            dims = cert["problem"]["dims"]
            if len(dims) < 4 or p != min(dims[1:-1]):
                raise _Reject(f"p must be the narrowest hidden width of {dims} (and H >= 2)")
            if ch.counts["descent_curve"]:
                raise _Reject("a descent-curve leaf does not say whether its saddles are strict")
            if p in ch.nonstrict_middle_ranks:
                raise _Reject(f"a non-strict saddle point has rank(W_H ... W_2) = {p}")
            checked.append(f"every saddle with rank(W_H ... W_2) = {p} is strict (the non-strict points have middle "
                           f"ranks {sorted(set(ch.nonstrict_middle_ranks))})")
    except _Reject as exc:
        return False, str(exc)
    c = ch.counts
    names = (("strict_saddle", "strict-saddle leaf", "strict-saddle leaves"),
             ("nonstrict_point", "non-strict saddle point (odd-order Taylor term, Hessian PSD)",
              "non-strict saddle points (odd-order Taylor term, Hessian PSD)"),
             ("strict_point", "saddle point (odd-order Taylor term, Hessian indefinite)",
              "saddle points (odd-order Taylor term, Hessian indefinite)"),
             ("descent_curve", "saddle leaf by an odd-order descent curve",
              "saddle leaves by odd-order descent curves"),
             ("value", "value leaf", "value leaves"), ("empty", "empty leaf", "empty leaves"))
    parts = [f"{c[k]} {one if c[k] == 1 else many}" for k, one, many in names if c[k]]
    if isinstance(cstar, tuple):
        _, coeffs, (lo, hi) = cstar
        cstar_text = f"the only real root of {_upoly_text(coeffs)} (in [{lo}, {hi}])"
    else:
        cstar_text = str(cstar.numerator) if cstar.denominator == 1 else f"{cstar.numerator}/{cstar.denominator}"
    return True, (f"every critical point covered ({', '.join(parts)}): the global minimum value is {cstar_text}; "
                  "no other critical value" + (" holds a local minimum" if len(parts) > 1 else "")
                  + "".join(f"; {text}" for text in checked))


#: Premises a certificate may state about its problem, each recomputed here.
PREMISES = ("kawaguchi_theorem_2_3", "wide_layers", "squared_loss", "two_layers", "deep", "convex_loss")


def premise(name: str, problem: dict) -> str:
    """The text of premise ``name`` (one of :data:`PREMISES`) recomputed from ``problem``; ``ValueError`` with the
    refusal when it fails (for other checkers that state the same premises)."""
    try:
        return _premise(name, problem)
    except _Reject as exc:
        raise ValueError(str(exc)) from None


def _premise(name: str, problem: dict) -> str:
    dims = problem["dims"]
    if name == "kawaguchi_theorem_2_3":
        ok, why = verify_kawaguchi_assumptions(problem["X"], problem["Y"])
        if not ok:
            raise _Reject(f"Theorem 2.3's assumptions fail: {why}")
        return f"Kawaguchi's assumptions hold ({why})"
    if name == "wide_layers":
        if min(dims[1:-1], default=min(dims[0], dims[-1])) < min(dims[0], dims[-1]):
            raise _Reject(f"a hidden width of {dims} is below min(d_0, d_L)")
        return "every hidden width is at least min(d_0, d_L)"
    if name == "squared_loss":
        if problem.get("loss", "squared") != "squared":
            raise _Reject("the loss is not the squared loss")
        return "squared loss"
    if name == "convex_loss":
        loss = problem.get("loss", "squared")
        if loss not in ("squared", "quartic"):
            raise _Reject(f"the loss {loss!r} is not one this checker knows to be convex")
        return f"the {loss} loss, convex and differentiable in A = W_L ... W_1"
    if name == "two_layers":
        if len(dims) != 3:
            raise _Reject(f"dims {dims} are not a two-layer network")
        return "two layers"
    if name == "deep":
        if len(dims) < 4:
            raise _Reject(f"dims {dims} have fewer than three layers")
        return "three or more layers"
    raise _Reject(f"unknown premise {name!r}; the checker knows {', '.join(PREMISES)}")
