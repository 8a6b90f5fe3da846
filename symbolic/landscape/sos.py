r"""Certificates of degenerate minima of polynomials: SOS lower bounds and positive definite weighted leading forms.

The search side of :mod:`symbolic.checker.leading_form` (which states the two sufficient arguments and re-verifies
them exactly).  Both reduce to a **Gram matrix**: a rational symmetric :math:`G \succeq 0` with
:math:`p = m^T G m` for a list of monomials :math:`m`.  The matrices with :math:`m^T G m = p` form an affine space
(one linear condition per monomial :math:`\alpha`: the entries :math:`G_{\beta\gamma}` with
:math:`\beta + \gamma = \alpha` sum to :math:`p_\alpha`); the orthogonal projection onto it moves each class of
entries by the same amount, exactly, over :math:`\mathbb{Q}`.  :func:`gram_matrix` tries the projection of 0,
then alternating projections onto the cone shifted by :math:`\delta I` and the affine space (mpmath at a scoped
precision: a search, never a proof), rounds, projects exactly, and keeps the result only if exact LDL shows
:math:`G \succeq 0`.

* :func:`sos_certificate`: :math:`f - f(x_0) = m^T G m`, a global minimum (``sos_lower_bound``).
* :func:`weighted_certificate`: in the congruence coordinates :math:`x = x_0 + T z` of the Hessian
  (:math:`T^T H T` diagonal), weights :math:`w` (range coordinates :math:`d/2`, kernel coordinates divisors of
  :math:`d/2`), the weighted leading form :math:`g_d` with :math:`g_d - \varepsilon N` a sum of squares: a strict
  local minimum (maximum for ``sign = -1``), ``weighted_leading_form``.

Work is counted (units of :math:`k^3` for a :math:`k \times k` Gram step), never timed.

Main definitions
----------------
* :func:`gram_matrix`, :func:`sos_certificate`, :func:`weighted_certificate`.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import mpmath
from sympy.polys.domains import QQ

from symbolic.calculus.inertia import ldl
from symbolic.core.exact import qq_to_str

__all__ = ["gram_matrix", "sos_certificate", "weighted_certificate", "small_enough", "MAX_SOS_VARIABLES", "MAX_GRAM",
           "MAX_EXPANSION"]

#: Polynomials in more variables than this are not searched for certificates here.
MAX_SOS_VARIABLES = 6
#: Polynomials whose coordinate changes could have more terms than this are not searched (a degree-200 polynomial
#: in 3 variables would have 1.4 million).
MAX_EXPANSION = 20_000
#: Largest Gram matrix searched.
MAX_GRAM = 28
_ITERATIONS = 60


def _classes(monomials):
    out: dict = {}
    for i, a in enumerate(monomials):
        for j, b in enumerate(monomials):
            out.setdefault(tuple(x + y for x, y in zip(a, b)), []).append((i, j))
    return out


def _project(G, classes, target):
    """The orthogonal projection of ``G`` onto :math:`\\{G : m^T G m = p\\}` (exact for rational entries)."""
    G = [list(r) for r in G]
    for alpha, cells in classes.items():
        s = sum(G[i][j] for i, j in cells)
        shift = (s - target.get(alpha, 0)) / len(cells)
        if shift:
            for i, j in cells:
                G[i][j] -= shift
    return G


def _psd_exact(G) -> bool:
    return ldl(G).inertia[1] == 0


def gram_matrix(target: dict, monomials: list, *, work: list | None = None, budget: int = 2_000_000):
    """A rational PSD ``G`` with :math:`m^T G m` equal to ``target`` (``{exponents: QQ}``), or ``None``.

    Examples
    ========

    >>> from sympy.polys.domains import QQ
    >>> from symbolic.landscape.sos import gram_matrix
    >>> # x^4 - 2x^2 y + 2 y^2 = (x^2 - y)^2 + y^2
    >>> G = gram_matrix({(4, 0): QQ(1), (2, 1): QQ(-2), (0, 2): QQ(2)}, [(2, 0), (0, 1)])
    >>> [[str(v) for v in r] for r in G]
    [['1', '-1'], ['-1', '2']]
    >>> gram_matrix({(4, 0): QQ(1), (2, 1): QQ(-3), (0, 2): QQ(2)}, [(2, 0), (0, 1)]) is None   # Peano
    True
    """
    k = len(monomials)
    if not 0 < k <= MAX_GRAM:
        return None
    classes = _classes(monomials)
    if any(alpha not in classes for alpha, c in target.items() if c):
        return None
    zero = [[QQ.zero] * k for _ in range(k)]
    G = _project(zero, classes, target)
    if _psd_exact(G):
        return G
    work = work if work is not None else [0]
    scale = max(abs(c) for c in target.values()) if target else QQ.one
    with mpmath.workdps(30):
        M = mpmath.matrix([[mpmath.mpf(int(v.numerator)) / int(v.denominator) for v in r] for r in G])
        for delta_exp in (3, 6):
            delta = mpmath.mpf(int(scale.numerator)) / int(scale.denominator) / 10 ** delta_exp
            for it in range(_ITERATIONS):
                work[0] += k ** 3
                if work[0] > budget:
                    return None
                E, Q = mpmath.eigsy(M)
                D = mpmath.diag([max(e, delta) for e in E])
                M = Q * D * Q.T
                M = _project([[M[i, j] for j in range(k)] for i in range(k)], classes,
                             {a: mpmath.mpf(int(c.numerator)) / int(c.denominator) for a, c in target.items()})
                M = mpmath.matrix(M)
                if it % 10 == 9 and min(mpmath.eigsy(M, eigvals_only=True)) > 0:
                    for den in (10**3, 10**6, 10**9):
                        R = [[_round(M[i, j], den) for j in range(k)] for i in range(k)]
                        R = [[(R[i][j] + R[j][i]) / 2 for j in range(k)] for i in range(k)]
                        R = _project(R, classes, target)
                        if _psd_exact(R):
                            return R
        return _facial_reduction(M, target, monomials, classes, work, budget)


def _facial_reduction(M, target, monomials, classes, work, budget):
    r"""One step of facial reduction: when no Gram matrix is interior (a minimum that is not isolated), the near-kernel
    of the numeric iterate, rounded to rationals, spans vectors every solution must annihilate; search
    :math:`G = B G' B^T` with :math:`B` an exact basis of their orthogonal complement.  (Every returned matrix is
    exact and PSD by exact LDL; the rounding only proposes the face.)"""
    from sympy import Matrix, Rational
    k = len(monomials)
    for _ in range(_ITERATIONS):                       # toward the boundary: no shift
        work[0] += k ** 3
        if work[0] > budget:
            return None
        E, Q = mpmath.eigsy(M)
        M = mpmath.matrix(_project([[sum(Q[i, t] * max(E[t], 0) * Q[j, t] for t in range(k)) for j in range(k)]
                                    for i in range(k)], classes,
                                   {a: mpmath.mpf(int(c.numerator)) / int(c.denominator) for a, c in target.items()}))
    E, Q = mpmath.eigsy(M)
    top = max(abs(e) for e in E)
    small = [t for t in range(k) if abs(E[t]) < top * mpmath.mpf(10) ** -3]
    if not small or len(small) == k:
        return None
    Kn = Matrix([[Fraction(mpmath.nstr(Q[i, t], 25)).limit_denominator(10**6) for i in range(k)] for t in small])
    K = Kn.rref()[0]
    K = Matrix([[Fraction(str(v)).limit_denominator(100) for v in K.row(i)] for i in range(K.rows) if any(K.row(i))])
    B = K.nullspace()
    if not B:
        return None
    B = [[QQ(int(Rational(v).p), int(Rational(v).q)) for v in col] for col in B]   # columns of B
    return _gram_on_face(target, monomials, classes, B, work, budget)


def _gram_on_face(target, monomials, classes, B, work, budget):
    """A PSD :math:`G = B G' B^T` with :math:`m^T G m` = ``target``, or ``None`` (``B`` a list of columns)."""
    from sympy.polys.matrices import DomainMatrix
    r = len(B)
    pairs = [(j, l) for j in range(r) for l in range(j, r)]
    rows, rhs = [], []
    for alpha, cells in classes.items():
        row = []
        for j, l in pairs:
            v = sum((B[j][i] * B[l][i2] + (B[l][i] * B[j][i2] if j != l else 0) for i, i2 in cells), QQ.zero)
            row.append(v)
        rows.append(row)
        rhs.append(target.get(alpha, QQ.zero))
    A = DomainMatrix(rows, (len(rows), len(pairs)), QQ)
    aug = DomainMatrix([row + [c] for row, c in zip(rows, rhs)], (len(rows), len(pairs) + 1), QQ)
    if A.rank() != aug.rank():
        return None                                    # no Gram matrix on this face
    _, pivots = A.transpose().rref()
    A = DomainMatrix([rows[i] for i in pivots], (len(pivots), len(pairs)), QQ)
    c = DomainMatrix([[rhs[i]] for i in pivots], (len(pivots), 1), QQ)
    At = A.transpose()
    AAt_inv = A.matmul(At).inv()

    def project(g):                                    # exact: g - A^T (A A^T)^-1 (A g - c)
        gv = DomainMatrix([[v] for v in g], (len(g), 1), QQ)
        out = gv - At.matmul(AAt_inv.matmul(A.matmul(gv) - c))
        return [row[0] for row in out.to_list()]

    def full(g):
        Gp = [[QQ.zero] * r for _ in range(r)]
        for (j, l), v in zip(pairs, g):
            Gp[j][l] = Gp[l][j] = v
        return Gp

    def gram(Gp):
        k = len(B[0])
        return [[sum((B[j][i] * Gp[j][l] * B[l][i2] for j in range(r) for l in range(r)), QQ.zero)
                 for i2 in range(k)] for i in range(k)]

    g = project([QQ.zero] * len(pairs))
    if _psd_exact(full(g)):
        return gram(full(g))
    to_mp = lambda v: mpmath.mpf(int(v.numerator)) / int(v.denominator)   # noqa: E731
    Amp, Atmp, Imp, cmp_ = (mpmath.matrix([[to_mp(v) for v in row] for row in X.to_list()])
                            for X in (A, At, AAt_inv, c))
    gm = mpmath.matrix([to_mp(v) for v in g])
    scale = max(abs(v) for v in rhs) or QQ.one
    delta = to_mp(scale) / 1000
    for it in range(_ITERATIONS):
        work[0] += r ** 3 + len(pairs) * len(pivots)
        if work[0] > budget:
            return None
        Gp = mpmath.matrix(r, r)
        for (j, l), v in zip(pairs, gm):
            Gp[j, l] = Gp[l, j] = v
        E, Q = mpmath.eigsy(Gp)
        Gp = Q * mpmath.diag([max(e, delta) for e in E]) * Q.T
        gm = mpmath.matrix([Gp[j, l] for j, l in pairs])
        gm = gm - Atmp * (Imp * (Amp * gm - cmp_))
        if it % 10 == 9:
            for den in (10**3, 10**6):
                ge = project([_round(v, den) for v in gm])
                if _psd_exact(full(ge)):
                    return gram(full(ge))
    return None


def _round(x, den):
    f = Fraction(mpmath.nstr(x, 25, strip_zeros=False)).limit_denominator(den)
    return QQ(f.numerator, f.denominator)


def _half_monomials(target: dict, n: int):
    """Monomials :math:`\\beta` with :math:`2\\beta` inside the per-variable and total degree bounds of ``target``,
    pruned: a :math:`\\beta` whose square :math:`2\\beta` is neither in the support nor a sum of two other basis
    monomials has a zero diagonal Gram entry, so its row vanishes (dropped, repeatedly)."""
    support = [a for a, c in target.items() if c]
    if not support:
        return []
    degs = [sum(a) for a in support]
    lo, hi = (min(degs) + 1) // 2, max(degs) // 2
    tops = [max(a[i] for a in support) // 2 for i in range(n)]
    basis = [b for b in itertools.product(*(range(t + 1) for t in tops)) if lo <= sum(b) <= hi]
    if len(basis) > 4 * MAX_GRAM:
        return []                                      # beyond the Gram sizes searched here
    supp = set(support)
    while True:
        sums = {tuple(x + y for x, y in zip(c, d)) for c, d in itertools.combinations(basis, 2)}
        keep = [b for b in basis if tuple(2 * x for x in b) in supp or tuple(2 * x for x in b) in sums]
        if len(keep) == len(basis):
            return basis
        basis = keep


def _json_gram(monomials, G):
    return {"monomials": [list(m) for m in monomials], "gram": [[qq_to_str(v) for v in r] for r in G]}


def sos_certificate(F, x0, F0, *, sign: int = 1, budget: int = 2_000_000) -> dict | None:
    """``{"kind": "sos_lower_bound", ...}`` with :math:`f(x_0 + u) - f(x_0) = m(u)^T G m(u)`, or ``None``
    (``sign = -1``: the same for :math:`-f`, so :math:`f \\le f(x_0)` everywhere).

    Examples
    ========

    >>> import sympy
    >>> from symbolic.calculus.objective import PolynomialObjective
    >>> from symbolic.landscape.sos import sos_certificate
    >>> x, y = sympy.symbols("x y")
    >>> F = PolynomialObjective((x**2 - 1)**2 + (y - 1)**2 + 3, [x, y])
    >>> cert = sos_certificate(F, [1, 1], F.value([1, 1]))
    >>> cert["kind"], cert["bound"]
    ('sos_lower_bound', '3')
    """
    poly = getattr(F, "poly", None)
    if poly is None or F.nparams > MAX_SOS_VARIABLES or not small_enough(F):
        return None
    n = F.nparams
    target = _shifted(F, x0, [[QQ(int(i == j)) for j in range(n)] for i in range(n)], sign)  # sign (f(x0+u) - f0)
    if not target:
        return None
    basis = _half_monomials(target, F.nparams)
    G = gram_matrix(target, basis, budget=budget) if basis else None
    if G is None:
        return None
    if sign < 0:
        return {"kind": "sos_lower_bound", "sign": -1, "bound": qq_to_str(-F0), **_json_gram(basis, G),
                "how": "f(x0) - f(x0 + u) = m(u)^T G m(u) with G PSD (exact LDL): f <= f(x0) everywhere"}
    return {"kind": "sos_lower_bound", "bound": qq_to_str(F0), **_json_gram(basis, G),
            "how": "f(x0 + u) - f(x0) = m(u)^T G m(u) with G PSD (exact LDL): f >= f(x0) everywhere"}


def small_enough(F, limit: int = MAX_EXPANSION) -> bool:
    r"""Whether a linear change of coordinates of ``F`` stays small: :math:`\binom{n + \deg}{n}` (the dense bound on
    its terms) at most ``limit`` (a counted size, so the same polynomials are searched on every machine)."""
    from math import comb
    degree = max((sum(m) for m in F.poly.monoms()), default=0)
    return comb(F.nparams + degree, F.nparams) <= limit


def _shifted(F, x0, T, sign):
    """:math:`\\text{sign} \\cdot (f(x_0 + T z) - f(x_0))` as ``{exponents: QQ}``."""
    R, gens = F.R, F.R.gens
    n = F.nparams
    lin = [R(x0[i]) + sum((T[i][j] * gens[j] for j in range(n) if T[i][j]), R.zero) for i in range(n)]
    total = R.zero
    powers = [[R.one] for _ in range(n)]
    for monom, coeff in F.poly.terms():
        term = R(coeff)
        for i, e in enumerate(monom):
            if e:
                while len(powers[i]) <= e:
                    powers[i].append(powers[i][-1] * lin[i])
                term *= powers[i][e]
        total += term
    return {tuple(m): sign * c for m, c in total.terms() if any(m) and c}


def _divisors(m):
    return [d for d in range(1, m + 1) if m % d == 0]


def weighted_certificate(F, x0, hessian, sign: int = 1, *, max_degree: int = 12,
                         budget: int = 2_000_000) -> dict | None:
    """A ``weighted_leading_form`` local argument for a strict local minimum (``sign = 1``) or maximum, or ``None``.

    Examples
    ========

    >>> import sympy
    >>> from symbolic.calculus.objective import PolynomialObjective
    >>> from symbolic.landscape.sos import weighted_certificate
    >>> x, y = sympy.symbols("x y")
    >>> F = PolynomialObjective(x**4 - x**5 + y**2, [x, y])
    >>> cert = weighted_certificate(F, [0, 0], F.hessian([0, 0]))
    >>> cert["kind"], cert["weights"], cert["degree"]
    ('weighted_leading_form', [1, 2], 4)
    >>> peano = PolynomialObjective((y - x**2) * (y - 2 * x**2), [x, y])
    >>> weighted_certificate(peano, [0, 0], peano.hessian([0, 0])) is None
    True
    """
    if getattr(F, "poly", None) is None or F.nparams > MAX_SOS_VARIABLES or not small_enough(F):
        return None
    n = F.nparams
    res = ldl(hessian)
    diag = [sign * d for d in res.diagonal]
    if any(d < 0 for d in diag):
        return None
    kernel = [i for i, d in enumerate(diag) if d == 0]
    if not kernel:
        return None                                        # definite: the second-order test decides
    T = [[res.columns[j][i] for j in range(n)] for i in range(n)]   # x = x0 + T z, T^T H T = diag
    g = _shifted(F, x0, T, sign)
    work = [0]
    found, substitution = _weighted_search(g, n, kernel, max_degree, work, budget), None
    if found is None:                                      # a nonlinear change of coordinates, then again
        substitution, g = _split_range(F, g, n, kernel, max_degree)
        if substitution is not None:
            found = _weighted_search(g, n, kernel, max_degree, work, budget)
    if found is None:
        return None
    w, degree, eps, basis, G = found
    cert = {"kind": "weighted_leading_form", "sign": sign, "nparams": n,
            "transform": [[qq_to_str(v) for v in r] for r in T], "weights": w, "degree": degree,
            "epsilon": qq_to_str(eps), **_json_gram(basis, G),
            "argument": ("in the coordinates x = x0 + T z" + (" and z = u + s(u)" if substitution else "")
                         + " the weighted leading form g_d satisfies g_d - epsilon sum z_i^(d/w_i) = m^T G m, G PSD; "
                         "higher weighted degrees are dominated: a strict local "
                         + ("minimum" if sign > 0 else "maximum"))}
    if substitution is not None:
        cert["substitution"] = substitution
    return cert


def _weighted_search(g, n, kernel, max_degree, work, budget):
    """``(weights, degree, epsilon, monomials, G)`` of a positive definite weighted leading form of ``g``, or None."""
    for degree in range(4, max_degree + 1, 2):
        for kw in itertools.product(_divisors(degree // 2), repeat=len(kernel)):
            work[0] += len(g)
            if work[0] > budget:
                return None
            w = [degree // 2] * n
            for i, v in zip(kernel, kw):
                w[i] = v
            wd = {a: sum(p * q for p, q in zip(w, a)) for a in g}
            if min(wd.values()) != degree:
                continue
            lead = {a: c for a, c in g.items() if wd[a] == degree}
            pure = [lead.get(tuple(degree // w[i] if j == i else 0 for j in range(n)), QQ.zero) for i in range(n)]
            if min(pure) <= 0:
                continue
            basis = [b for b in itertools.product(*(range(degree // (2 * w[i]) + 1) for i in range(n)))
                     if sum(p * q for p, q in zip(w, b)) * 2 == degree]
            for div in (2, 8, 64):
                eps = min(pure) / div
                target = dict(lead)
                for i in range(n):
                    a = tuple(degree // w[i] if j == i else 0 for j in range(n))
                    target[a] = target.get(a, QQ.zero) - eps
                G = gram_matrix({a: c for a, c in target.items() if c}, basis, work=work, budget=budget)
                if G is not None:
                    return w, degree, eps, basis, G
    return None


def _split_range(F, g, n, kernel, max_degree, rounds: int = 4):
    r"""Complete the squares of the range coordinates (the splitting lemma, order by order): with
    :math:`g = c_r z_r^2 + z_r a_r(x) + \dots` (:math:`x` the kernel coordinates), :math:`z_r = u_r - a_r(x) / (2 c_r)`
    removes the terms linear in :math:`z_r` up to higher order; ``rounds`` times.  ``(substitution as JSON, the new
    g)``, or ``(None, g)`` when nothing is linear in a range coordinate."""
    R, gens = F.R, F.R.gens
    rng = [r for r in range(n) if r not in kernel]
    p = R.from_dict(dict(g))
    total = {r: R.zero for r in rng}
    for _ in range(rounds):
        steps = []
        for r in rng:
            e2 = tuple(2 if j == r else 0 for j in range(n))
            c = dict(p.terms()).get(e2, QQ.zero)
            if c <= 0:
                return None, g
            a = R.from_dict({e[:r] + (0,) + e[r + 1:]: v for e, v in p.terms()
                             if e[r] == 1 and all(e[j] == 0 for j in rng if j != r)})
            if a:
                steps.append((r, -a / (2 * c)))
        if not steps:
            break
        p = p.compose([(gens[r], gens[r] + s) for r, s in steps])
        for r, s in steps:
            total[r] += s
        if max((sum(m) for m in p.monoms()), default=0) > 4 * max_degree:
            return None, g
    if not any(total.values()):
        return None, g
    subst = [[[list(e), qq_to_str(c)] for e, c in sorted(total[i].terms())] if i in total else [] for i in range(n)]
    return subst, {tuple(m): c for m, c in p.terms() if any(m) and c}
