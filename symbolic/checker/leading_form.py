r"""Checker for degenerate minima of polynomials: sums of squares and positive definite weighted leading forms.

Two sufficient arguments, each re-verified here with exact rationals only (:class:`~symbolic.checker.mpoly.MPoly`
identities and fraction-free LDL inertia, :func:`symbolic.checker.poly.ldl_inertia`):

* **A sum-of-squares lower bound** (``sos_lower_bound``).  With a list of monomials :math:`m` and a rational
  symmetric Gram matrix :math:`G \succeq 0`,

  .. math::

      f - c = m^T G m \quad\text{(as polynomials)} \;\Longrightarrow\; f \ge c \text{ on } \mathbb{R}^n,

  since :math:`G = L D L^T` with :math:`D \ge 0` makes :math:`m^T G m = \sum_i d_i (L^T m)_i^2`.  With
  :math:`c = f(x_0)` the point :math:`x_0` is a global minimum.

* **A positive definite weighted leading form** (``weighted_local_min``).  With an invertible rational
  :math:`T`, put :math:`g(z) = f(x_0 + T z) - f(x_0)`.  Positive integer weights :math:`w` and an even degree
  :math:`d` with every :math:`d / w_i` an even integer; every monomial :math:`z^\alpha` of :math:`g` has weighted
  degree :math:`w \cdot \alpha \ge d`; :math:`g_d` (the part of weighted degree exactly :math:`d`) satisfies

  .. math::

      g_d - \varepsilon N = m^T G m, \qquad N(z) = \sum_i z_i^{d / w_i}, \quad \varepsilon > 0,\ G \succeq 0 .

  Then :math:`x_0` is a strict local minimum: with :math:`\rho = \max_i |z_i|^{1/w_i}`, :math:`N \ge \rho^d`, so
  :math:`g_d \ge \varepsilon \rho^d`, while a monomial of weighted degree :math:`\ge d + 1` is at most
  :math:`\rho^{d+1}` in absolute value for :math:`\rho \le 1`; hence :math:`g(z) \ge \varepsilon \rho^d - C \rho^{d+1} > 0`
  for :math:`0 < \rho < \varepsilon / C`.  (A leading form that is only semidefinite proves nothing: Peano's
  :math:`(y - x^2)(y - 2x^2)` has the leading form itself for :math:`w = (1, 2)`, negative at :math:`(1, 3/2)`, so
  no :math:`\varepsilon > 0` and PSD :math:`G` exist, and a forged one fails the identity or the PSD test.)
  ``sign = -1`` applies the same to :math:`-f` (a strict local maximum).

  **A nonlinear change of coordinates** (optional ``substitution``): polynomials :math:`s_i` without constant
  term, each in the variables :math:`j` with :math:`s_j = 0` only; the test above then runs on
  :math:`g(u + s(u))`.  The map :math:`\phi(u) = u + s(u)` fixes the coordinates its polynomials use, so its inverse
  is the polynomial :math:`z \mapsto z - s(z)`; with :math:`\phi(0) = 0` it is a homeomorphism between
  neighbourhoods of 0, and :math:`g \circ \phi` has a strict local minimum at 0 exactly when :math:`g` has.  (For
  :math:`(y - x^2)^2 + x^6 - x^7` no weights work in :math:`(x, y)`: the leading form :math:`(y - x^2)^2` vanishes
  on a curve; :math:`y = u + x^2` gives :math:`u^2 + x^6 - x^7`.)

Formats (JSON; ``poly`` is a list of ``[[exponents...], "coefficient"]``)::

    {"kind": "sos_lower_bound", "variables": [...], "target": poly, "bound": "c", "point": [...] (optional),
     "monomials": [[exponents...], ...], "gram": [[...], ...]}
    {"kind": "weighted_local_min", "variables": [...], "target": poly, "point": [...], "sign": 1 | -1,
     "transform": [[...], ...], "weights": [...], "degree": d, "epsilon": "e",
     "monomials": [[exponents...], ...], "gram": [[...], ...], "substitution": [poly, ...] (optional)}

Main definitions
----------------
* :func:`check_sos`, :func:`check_weighted_form` -- ``(ok, reason)`` on an :class:`MPoly` (used by the verdict
  checker); :func:`verify_sos_lower_bound`, :func:`verify_weighted_local_min` -- the certificate kinds.
"""

from __future__ import annotations

from math import comb, prod as _prod

from .mpoly import MPoly
from .poly import frac, frac_matrix, inertia_work, ldl_inertia, mat_mul, mat_sub, transpose
from .positivity import poly_from_json

__all__ = ["mpoly_from_terms", "product_gradient", "check_sos", "check_weighted_form", "shift_polynomial", "substitute",
           "verify_sos_lower_bound",
           "verify_weighted_local_min", "MAX_GRAM_SIZE", "MAX_SHIFT_TERMS"]

#: Gram matrices larger than this are not checked (the verdict is withheld).
MAX_GRAM_SIZE = 300
#: A coordinate change is expanded only if the dense bound on its terms, C(n + deg, n), stays below this.
MAX_SHIFT_TERMS = 200_000
_MAX_INERTIA_WORK = 10**10


class _Fail(Exception):
    pass


def _need(cond, message):
    if not cond:
        raise _Fail(message)


def _exps(e, n):
    _need(isinstance(e, (list, tuple)) and len(e) == n
          and all(isinstance(k, int) and not isinstance(k, bool) and k >= 0 for k in e),
          f"a monomial needs {n} non-negative integer exponents; got {e!r}")
    return tuple(e)


def mpoly_from_terms(n, terms) -> MPoly:
    """The :class:`MPoly` of ``[(exponents, coefficient), ...]`` (repeated exponents add up)."""
    out: dict = {}
    for exps, c in terms:
        out[tuple(exps)] = out.get(tuple(exps), 0) + frac(c)
    return MPoly(n, out)


def product_gradient(Ws, X, Y, loss):
    r""":math:`\nabla f(A) = f'(AX - Y) X^T` at :math:`A = W_L \cdots W_1` (:math:`f' = E` for the squared loss,
    :math:`E^3` entrywise for the quartic one).  Both losses are convex in :math:`A`, so a zero here proves
    :math:`F(W) = f(W_L \cdots W_1) \ge f(A) = F(x_0)` for every :math:`W`."""
    A = Ws[0]
    for W in Ws[1:]:
        A = mat_mul(W, A)
    E = mat_sub(mat_mul(A, X), Y)
    return mat_mul([[e ** 3 for e in r] for r in E] if loss == "quartic" else E, transpose(X))


def _gram_form(n, monomials, G) -> MPoly:
    """:math:`m^T G m` expanded (symmetric ``G`` is checked first)."""
    k = len(monomials)
    _need(0 < k <= MAX_GRAM_SIZE, f"the Gram matrix must have 1..{MAX_GRAM_SIZE} monomials; got {k}")
    _need(len(G) == k and all(len(r) == k for r in G), f"the Gram matrix must be {k} x {k}, one row per monomial")
    _need(all(G[i][j] == G[j][i] for i in range(k) for j in range(i)), "the Gram matrix is not symmetric")
    ms = [_exps(m, n) for m in monomials]
    _need(len(set(ms)) == k, "the monomials are not distinct")
    out: dict = {}
    for i in range(k):
        for j in range(k):
            c = G[i][j]
            if c:
                e = tuple(a + b for a, b in zip(ms[i], ms[j]))
                out[e] = out.get(e, 0) + c
    return MPoly(n, out)


def _psd(G, name="the Gram matrix"):
    work = inertia_work(G)
    _need(work <= _MAX_INERTIA_WORK, f"the inertia of {name} needs {work} work units, more than the bound "
                                     f"{_MAX_INERTIA_WORK}: withheld")
    pos, neg, zero = ldl_inertia(G)
    _need(neg == 0, f"{name} is not positive semidefinite (it has {neg} negative eigenvalues)")
    return pos


def check_sos(p: MPoly, bound, monomials, gram, point=None) -> tuple[bool, str]:
    r"""Whether :math:`p - c = m^T G m` with :math:`G \succeq 0` (so :math:`p \ge c` everywhere).

    With ``point`` :math:`x_0` the identity is read in :math:`u = x - x_0`: :math:`p(x_0 + u) - c = m(u)^T G m(u)`
    (the same conclusion; at a minimiser the shift keeps the Gram matrix of full rank more often).

    Examples
    ========

    >>> from symbolic.checker.mpoly import MPoly
    >>> from symbolic.checker.leading_form import check_sos
    >>> x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    >>> check_sos(x * x * x * x + y * y * y * y, 0, [[2, 0], [0, 2]], [[1, 0], [0, 1]])
    (True, 'p - 0 = m^T G m with G PSD (rank 2): p >= 0 everywhere')
    >>> check_sos(x * x * x * x + y * y * y * y, 0, [[2, 0], [0, 2]], [[1, 2], [2, 1]])[0]
    False
    """
    try:
        G = frac_matrix(gram)
        c = frac(bound)
        if point is not None:
            x0 = [frac(v) for v in point]
            _need(len(x0) == p.n, f"the point needs {p.n} entries")
            p = shift_polynomial(p, x0, [[int(i == j) for j in range(p.n)] for i in range(p.n)])
        _need(p - MPoly.const(p.n, c) == _gram_form(p.n, monomials, G),
              "the identity p - c = m^T G m does not hold")
        rank = _psd(G)
        return True, f"p - {c} = m^T G m with G PSD (rank {rank}): p >= {c} everywhere"
    except _Fail as exc:
        return False, str(exc)


def _det_nonzero(T) -> bool:
    M = [list(r) for r in T]
    n = len(M)
    for col in range(n):
        piv = next((i for i in range(col, n) if M[i][col] != 0), None)
        if piv is None:
            return False
        M[col], M[piv] = M[piv], M[col]
        for i in range(col + 1, n):
            f = M[i][col] / M[col][col]
            if f:
                M[i] = [a - f * b for a, b in zip(M[i], M[col])]
    return True


def shift_polynomial(p: MPoly, point, T) -> MPoly:
    """:math:`q(z) = p(x_0 + T z)`, expanded exactly (``T`` a list of rows, ``x = x_0 + T z``)."""
    n = p.n
    deg = max(p.degree(), 0)
    identity = all(T[i][j] == (i == j) for i in range(n) for j in range(n))
    size = (sum(_prod(e + 1 for e in exps) for exps in p.terms) if identity else comb(n + deg, n))
    _need(size <= MAX_SHIFT_TERMS, f"expanding a coordinate change of a degree-{deg} polynomial in {n} variables "
                                   f"is beyond the checker's bound {MAX_SHIFT_TERMS} terms: withheld")
    lin = []
    for i in range(n):
        terms = {(0,) * n: point[i]} if point[i] else {}
        for j in range(n):
            if T[i][j]:
                e = [0] * n
                e[j] = 1
                terms[tuple(e)] = T[i][j]
        lin.append(MPoly(n, terms))
    powers = [[MPoly.const(n, 1)] for _ in range(n)]
    out = MPoly(n)
    for e, c in p.terms.items():
        term = MPoly.const(n, c)
        for i, k in enumerate(e):
            if k:
                while len(powers[i]) <= k:
                    powers[i].append(powers[i][-1] * lin[i])
                term = term * powers[i][k]
        out = out + term
    return out


def substitute(g: MPoly, substitution) -> MPoly:
    """:math:`g(u + s(u))` for a triangular ``substitution`` (JSON polynomials, ``[]`` for :math:`s_i = 0`), after
    checking it is one: no constant terms, every :math:`s_i` in variables :math:`j` with :math:`s_j = 0` only.

    Examples
    ========

    >>> from symbolic.checker.mpoly import MPoly
    >>> from symbolic.checker.leading_form import substitute
    >>> x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    >>> substitute((y - x * x) * (y - x * x), [[], [[[2, 0], "1"]]]) == y * y
    True
    """
    n = g.n
    _need(isinstance(substitution, list) and len(substitution) == n, f"the substitution needs {n} polynomials")
    S = [poly_from_json(n, s or []) for s in substitution]
    fixed = {j for j in range(n) if S[j].is_zero()}
    for i, s in enumerate(S):
        _need(s.terms.get((0,) * n, 0) == 0, f"the substitution of variable {i} has a constant term")
        _need(all(e[j] == 0 for e in s.terms for j in range(n) if j not in fixed),
              f"the substitution of variable {i} uses a substituted variable: it is not triangular")
    deg = max(g.degree(), 0) * max(max((s.degree() for s in S), default=1), 1)
    _need(comb(n + deg, n) <= MAX_SHIFT_TERMS, f"expanding the substitution (degree up to {deg} in {n} variables) is "
                                               f"beyond the checker's bound {MAX_SHIFT_TERMS} terms: withheld")
    images = [MPoly.var(n, i) + S[i] for i in range(n)]
    powers = [[MPoly.const(n, 1)] for _ in range(n)]
    out = MPoly(n)
    for e, c in g.terms.items():
        term = MPoly.const(n, c)
        for i, k in enumerate(e):
            if k:
                while len(powers[i]) <= k:
                    powers[i].append(powers[i][-1] * images[i])
                term = term * powers[i][k]
        out = out + term
    return out


def check_weighted_form(p: MPoly, point, transform, weights, degree, epsilon, monomials, gram,
                        sign: int = 1, substitution=None) -> tuple[bool, str]:
    r"""Whether the data prove :math:`x_0` a strict local minimum of ``sign`` :math:`\cdot p` (module docstring).

    Examples
    ========

    >>> from symbolic.checker.mpoly import MPoly
    >>> from symbolic.checker.leading_form import check_weighted_form
    >>> x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    >>> f = x * x * x * x - x * x * x * x * x + y * y                  # x^4 - x^5 + y^2
    >>> check_weighted_form(f, [0, 0], [[1, 0], [0, 1]], [1, 2], 4, "1/2", [[2, 0], [0, 1]],
    ...                     [["1/2", 0], [0, "1/2"]])
    (True, 'weights [1, 2], degree 4: leading form - 1/2 N is a sum of squares, higher terms dominated')
    >>> peano = y * y - x * x * y * 3 + x * x * x * x * 2              # (y - x^2)(y - 2x^2)
    >>> check_weighted_form(peano, [0, 0], [[1, 0], [0, 1]], [1, 2], 4, "1/100", [[2, 0], [0, 1]],
    ...                     [["199/100", "-3/2"], ["-3/2", "99/100"]])
    (False, 'the Gram matrix is not positive semidefinite (it has 1 negative eigenvalues)')
    """
    try:
        n = p.n
        _need(sign in (1, -1), "sign must be 1 (minimum) or -1 (maximum)")
        x0 = [frac(v) for v in point]
        T = frac_matrix(transform)
        _need(len(x0) == n and len(T) == n and all(len(r) == n for r in T), f"point and transform need size {n}")
        _need(_det_nonzero(T), "the coordinate change T is singular")
        _need(isinstance(weights, list) and len(weights) == n
              and all(isinstance(w, int) and not isinstance(w, bool) and w > 0 for w in weights),
              f"weights must be {n} positive integers")
        _need(isinstance(degree, int) and not isinstance(degree, bool) and degree > 0, "degree must be a positive integer")
        _need(all(degree % (2 * w) == 0 for w in weights), "every degree / weight must be an even integer")
        eps = frac(epsilon)
        _need(eps > 0, f"epsilon must be positive; got {eps}")
        g = shift_polynomial(p, x0, T)
        g = g - MPoly.const(n, g.terms.get((0,) * n, 0))
        if sign < 0:
            g = -g
        if substitution is not None:                    # z = u + s(u), a local homeomorphism fixing 0
            g = substitute(g, substitution)
        lead = {}
        for e, c in g.terms.items():
            wd = sum(a * b for a, b in zip(weights, e))
            _need(wd >= degree, f"the monomial {list(e)} has weighted degree {wd} < {degree}")
            if wd == degree:
                lead[e] = c
        N = {tuple(degree // w if j == i else 0 for j in range(n)): eps for i, w in enumerate(weights)}
        rest = MPoly(n, lead) - MPoly(n, N)
        G = frac_matrix(gram)
        _need(rest == _gram_form(n, monomials, G), "the identity leading form - epsilon N = m^T G m does not hold")
        _psd(G)
        return True, (("after the substitution z = u + s(u), " if substitution is not None else "")
                      + f"weights {weights}, degree {degree}: leading form - {eps} N is a sum of squares, "
                      "higher terms dominated")
    except _Fail as exc:
        return False, str(exc)


def _target(cert, n):
    return poly_from_json(n, cert["target"])


def verify_sos_lower_bound(cert: dict) -> tuple[bool, str]:
    """Re-verify an ``sos_lower_bound`` certificate: the target is at least ``bound`` on all of :math:`\\mathbb{R}^n`.

    Examples
    ========

    >>> from symbolic.checker.leading_form import verify_sos_lower_bound
    >>> cert = {"kind": "sos_lower_bound", "variables": ["x"], "target": [[[2], "1"], [[0], "3"]], "bound": "3",
    ...         "monomials": [[1]], "gram": [["1"]]}
    >>> verify_sos_lower_bound(cert)
    (True, 'p - 3 = m^T G m with G PSD (rank 1): p >= 3 everywhere')
    >>> verify_sos_lower_bound(dict(cert, bound="4"))
    (False, 'the identity p - c = m^T G m does not hold')
    """
    if cert.get("kind") != "sos_lower_bound":
        return False, f"not an sos_lower_bound certificate (kind {cert.get('kind')!r})"
    n = len(cert["variables"])
    return check_sos(_target(cert, n), cert["bound"], cert["monomials"], cert["gram"], cert.get("point"))


def verify_weighted_local_min(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``weighted_local_min`` certificate (a strict local minimum, or maximum for ``sign = -1``)."""
    if cert.get("kind") != "weighted_local_min":
        return False, f"not a weighted_local_min certificate (kind {cert.get('kind')!r})"
    n = len(cert["variables"])
    T = cert.get("transform") or [[int(i == j) for j in range(n)] for i in range(n)]
    return check_weighted_form(_target(cert, n), cert["point"], T, cert["weights"], cert["degree"],
                               cert["epsilon"], cert["monomials"], cert["gram"], cert.get("sign", 1),
                               cert.get("substitution"))
