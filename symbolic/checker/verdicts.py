"""Re-verify a classification's certificate from the JSON problem (Fractions only).

Independent of the search: this module reads the problem (issue 3's input format, or a polynomial problem
``{"polynomial": {"[2, 0]": "1", ...}, "variables": [...], "point": [...]}``) and the result JSON, and recomputes
everything it needs with :mod:`symbolic.checker.poly` and :class:`fractions.Fraction`.  No SymPy, no floats.

* ``F`` along a curve :math:`x_0 + \\sum_p t^p C_p` is a univariate polynomial in :math:`t`, truncated at the needed
  order (products of matrices of coefficient lists for a network).
* The gradient entry :math:`i` is the :math:`t`-coefficient along :math:`x_0 + t e_i` (a closed form for a
  network); the Hessian by closed forms (:meth:`_Network.hessian`, :meth:`_Polynomial.hessian`; the tests check
  them against polarization, :math:`H_{ii} = 2 c_2(e_i)`, :math:`H_{ij} = c_2(e_i + e_j) - c_2(e_i) - c_2(e_j)`).
* Every stated fact is recomputed at every size: the stated ``hessian_inertia`` and ``strict`` of any verdict
  (exact inertia by fraction-free integer elimination, :func:`symbolic.checker.poly.ldl_inertia`, after splitting
  off the orbit tangents that :math:`H` is verified to annihilate, :mod:`symbolic.checker.orbit_reduction`).  Where that
  would exceed a counted work bound (:data:`MAX_INERTIA_WORK` units of :func:`symbolic.checker.poly.inertia_work`,
  :data:`MAX_HESSIAN_PARAMS` parameters) the result is rejected, the verdict withheld: never passed unverified.
* Curves: coefficients below the order vanish, the order coefficient equals the stated one and has the right sign.
* ``global_value``: :math:`K` symmetric with :math:`X X^T K X = X` (so
  :math:`P = X^T K X` is the projector onto the row space of :math:`X`),
  :math:`\\Sigma = (Y X^T) K (X Y^T)`, :math:`Z \\succeq 0`, :math:`zI + Z - \\Sigma \\succeq 0`
  (exact LDL inertia), :math:`rz + \\operatorname{Tr} Z \\le \\lVert Y \\rVert^2 - 2F(x_0)`.
* ``not_global``: :math:`V^T V` nonsingular, :math:`\\operatorname{Tr}((V^TV)^{-1} V^T \\Sigma V) > \\lVert Y \\rVert^2 - 2F(x_0)`.
* ``morse_bott`` / definite Hessians: the orbit tangents recomputed here, :math:`HT = 0`,
  their rank, the Hessian's inertia and rank.

Main definitions
----------------
* :func:`verify` -- ``(ok, reason)``.
"""

from __future__ import annotations

from contextvars import ContextVar
from fractions import Fraction
from functools import cache

from .assumptions import inverse
from .network_hessian import network_hessian
from .leading_form import check_sos, check_weighted_form, mpoly_from_terms, product_gradient
from .orbit_reduction import orbit_reduction
from .counted_inertia import counted_inertia
from .poly import _integer_matrix, frac, frac_matrix, mat_mul, mat_sub, transpose, upoly_mul

__all__ = ["verify", "MAX_INERTIA_WORK", "MAX_HESSIAN_PARAMS", "WORK_BOUND_REASON", "DEADLINE_REASON"]

#: Work units (:func:`symbolic.checker.counted_inertia.counted_inertia`, counted on the entries actually multiplied)
#: the checker spends on one exact inertia at most.  Above this the verdict is withheld (rejected with a reason
#: saying so), never passed unverified.  Measured on a loaded 2-core machine: 1.4e8 to 3.2e8 units per CPU second
#: (random dense rationals, 100-200 rows; reduced network Hessians, 75-600 rows); 4.2e9 units took 13 s (the 600 x
#: 600 reduced Hessian of a two-layer 1000-parameter network).
MAX_INERTIA_WORK = 6 * 10**9
#: The message that starts a rejection for the inertia work bound (the classifier then drops the stated inertia).
WORK_BOUND_REASON = "the exact inertia of"
#: Parameters above which the checker does not build a Hessian at all (a million entries): the verdict is withheld.
#: The classifier refuses networks of more than 1000 parameters (and polynomials in more than 400 variables).
MAX_HESSIAN_PARAMS = 1000


class _Reject(Exception):
    pass


#: The caller's safety deadline for the current :func:`verify`: a function saying whether it has passed, or ``None``.
_STOP: ContextVar = ContextVar("stop", default=None)
#: The message that starts a rejection for the caller's safety deadline.
DEADLINE_REASON = "deadline reached in stage separate checker"


def _tick():
    stop = _STOP.get()
    _need(stop is None or not stop(),
          f"{DEADLINE_REASON}: the exact inertia was stopped by the caller's safety deadline, no verdict")


def _need(cond, message):
    if not cond:
        raise _Reject(message)


# -- the objective along curves ------------------------------------------------------

class _Network:
    def __init__(self, problem):
        dims = problem["dims"]
        _need(isinstance(dims, list) and len(dims) >= 2 and all(isinstance(d, int) and d > 0 for d in dims),
              "dims must be positive integers")
        self.dims = dims
        self.loss = problem.get("loss", "squared")
        _need(self.loss in ("squared", "quartic"), f"the checker knows squared and quartic losses, not {self.loss!r}")
        self.Ws = [frac_matrix(W) for W in problem["weights"]]
        _need(len(self.Ws) == len(dims) - 1, "one weight matrix per layer")
        for k, W in enumerate(self.Ws, 1):
            _need(len(W) == dims[k] and all(len(r) == dims[k - 1] for r in W), f"W{k} has the wrong shape")
        X = problem.get("X")
        self.X = frac_matrix(X) if X is not None else [[Fraction(int(i == j)) for j in range(dims[0])]
                                                       for i in range(dims[0])]
        self.Y = frac_matrix(problem["Y"])
        n = len(self.X[0]) if self.X and self.X[0] else 0
        _need(n > 0 and len(self.X) == dims[0] and all(len(r) == n for r in self.X),
              f"X must be d0 x n = {dims[0]} x n with n >= 1")
        _need(len(self.Y) == dims[-1] and all(len(r) == n for r in self.Y),
              f"Y must be dL x n = {dims[-1]} x {n} (n = columns of X)")
        self.shapes = [(dims[k], dims[k - 1]) for k in range(1, len(dims))]
        self.nparams = sum(a * b for a, b in self.shapes)
        self.x0 = [v for W in self.Ws for row in W for v in row]

    def flat_term(self, term):
        _need(isinstance(term, list) and len(term) == len(self.shapes), "a curve term needs one matrix per layer")
        out = []
        for (a, b), C in zip(self.shapes, term):
            M = frac_matrix(C)
            _need(len(M) == a and all(len(r) == b for r in M), "a curve matrix has the wrong shape")
            out.extend(v for row in M for v in row)
        return out

    def series(self, terms, order):
        """Coefficients c_0..c_order of F(x0 + sum_p t^p terms[p-1]) (flat terms)."""
        off = 0
        A = None
        for (a, b) in self.shapes:
            M = []
            for i in range(a):
                row = []
                for j in range(b):
                    idx = off + i * b + j
                    row.append([self.x0[idx]] + [T[idx] for T in terms])
                M.append(row)
            off += a * b
            A = M if A is None else mat_mul(M, A, order)
        E = mat_sub(mat_mul(A, self.X, order), self.Y)
        total = [Fraction(0)] * (order + 1)
        for row in E:
            for e in row:
                e = e if isinstance(e, list) else [e]
                p = upoly_mul(e, e, order)
                if self.loss == "quartic":
                    p = upoly_mul(p, p, order)
                for k, c in enumerate(p[: order + 1]):
                    total[k] += c
        scale = Fraction(1, 2) if self.loss == "squared" else Fraction(1, 4)
        return [scale * c for c in total]

    def value(self):
        return self.series([], 0)[0]

    def degree(self):
        return (2 if self.loss == "squared" else 4) * len(self.Ws)

    def gradient(self):
        """Closed form: d/dt F(.., W_k + t D, ..) at 0 is <G, (W_L..W_(k+1)) D (W_(k-1)..W_1)> with
        G = f'(E) X^T, E = A X - Y, f'(E) = E (squared) or E^3 entrywise (quartic); so the
        W_k block is (W_L..W_(k+1))^T G (W_(k-1)..W_1)^T."""
        L = len(self.Ws)
        ident = [[Fraction(int(i == j)) for j in range(self.dims[0])] for i in range(self.dims[0])]
        lower = [ident]  # lower[k] = W_k .. W_1
        for W in self.Ws:
            lower.append(mat_mul(W, lower[-1]))
        E = mat_sub(mat_mul(lower[-1], self.X), self.Y)
        if self.loss == "quartic":
            E = [[e * e * e for e in row] for row in E]
        G = mat_mul(E, transpose(self.X))
        out = []
        upper = [[Fraction(int(i == j)) for j in range(self.dims[-1])] for i in range(self.dims[-1])]
        blocks = []
        for k in range(L, 0, -1):  # upper = W_L .. W_(k+1)
            blocks.append(mat_mul(mat_mul(transpose(upper), G), transpose(lower[k - 1])))
            upper = mat_mul(upper, self.Ws[k - 1])
        for B in reversed(blocks):
            out.extend(v for row in B for v in row)
        return out

    def hessian(self):
        """The closed form of :func:`symbolic.checker.network_hessian.network_hessian`."""
        return network_hessian(self.dims, self.Ws, self.X, self.Y, self.loss)


class _Polynomial:
    def __init__(self, problem):
        self.variables = problem["variables"]
        n = len(self.variables)
        self.nparams = n
        self.x0 = [frac(v) for v in problem["point"]]
        _need(len(self.x0) == n, "the point needs one entry per variable")
        poly = problem["polynomial"]
        items = poly.items() if isinstance(poly, dict) else poly
        self.terms = []
        for key, coeff in items:
            if isinstance(key, str):
                exps = [int(p) for p in key.replace("[", " ").replace("]", " ").replace(",", " ").split()]
            else:
                exps = [int(e) for e in key]
            _need(len(exps) == n and all(e >= 0 for e in exps), f"bad monomial {key!r}")
            self.terms.append((exps, frac(coeff)))

    def flat_term(self, term):
        _need(isinstance(term, list) and len(term) == self.nparams, "a curve term needs one entry per variable")
        return [frac(v) for v in term]

    def series(self, terms, order):
        xs = [[self.x0[i]] + [T[i] for T in terms] for i in range(self.nparams)]
        total = [Fraction(0)] * (order + 1)
        for exps, c in self.terms:
            p = [c]
            for x, e in zip(xs, exps):
                for _ in range(e):
                    p = upoly_mul(p, x, order)
            for k, v in enumerate(p[: order + 1]):
                total[k] += v
        return total

    def value(self):
        return self.series([], 0)[0]

    def degree(self):
        return max((sum(e) for e, _ in self.terms), default=0)

    def hessian(self):
        """Exact second partial derivatives at ``x0``, term by term: the monomial
        :math:`c \\prod_m x_m^{e_m}` has :math:`\\partial_i \\partial_j = c\\, e_i x_i^{e_i - 1} e_j x_j^{e_j - 1}
        \\prod_{m \\ne i, j} x_m^{e_m}` (:math:`i \\ne j`) and :math:`c\\, e_i (e_i - 1) x_i^{e_i - 2} \\prod_{m \\ne i} x_m^{e_m}`."""
        n = self.nparams
        H = [[Fraction(0)] * n for _ in range(n)]
        for exps, c in self.terms:
            support = [i for i, e in enumerate(exps) if e]
            value = {i: self.x0[i] ** exps[i] for i in support}
            d1 = {i: exps[i] * self.x0[i] ** (exps[i] - 1) for i in support}
            zeros = [i for i in support if value[i] == 0]
            if len(zeros) > 2:
                continue                             # a second derivative removes at most two zero factors

            def rest(skip):
                out = c
                for m in support:
                    if m not in skip:
                        out *= value[m]
                        if not out:
                            break
                return out
            pairs = [(i, j) for i in support for j in support if i < j]
            if zeros:
                pairs = [(i, j) for i, j in pairs if set(zeros) <= {i, j}]
            for i, j in pairs:
                v = rest((i, j)) * d1[i] * d1[j]
                H[i][j] += v
                H[j][i] += v
            for i in support if not zeros else zeros[:1] if len(zeros) == 1 else []:
                e = exps[i]
                if e >= 2:
                    H[i][i] += rest((i,)) * e * (e - 1) * self.x0[i] ** (e - 2)
        return H


def _value_at(obj, point_term):
    """F at another point: the series along x0 + t (p - x0), summed at t = 1 (exact: F is a polynomial)."""
    p = obj.flat_term(point_term)
    d = [a - b for a, b in zip(p, obj.x0)]
    return sum(obj.series([d], obj.degree()))


def _unit(n, i, j=None):
    v = [Fraction(0)] * n
    v[i] = Fraction(1)
    if j is not None:
        v[j] += 1
    return v


def _gradient(obj):
    if isinstance(obj, _Network):
        return obj.gradient()
    return [obj.series([_unit(obj.nparams, i)], 1)[1] for i in range(obj.nparams)]


class _HessianMatrix(list):
    """A Hessian (a list of rows) that keeps its inertia once computed, and the network it belongs to."""

    inertia = None
    network = None


def _hessian(obj):
    """The exact Hessian at ``x0``: closed forms for a network (:meth:`_Network.hessian`) and a polynomial
    (:meth:`_Polynomial.hessian`); past :data:`MAX_HESSIAN_PARAMS` parameters a rejection (verdict withheld)."""
    _need(obj.nparams <= MAX_HESSIAN_PARAMS,
          f"the Hessian has {obj.nparams} parameters, more than the checker's bound {MAX_HESSIAN_PARAMS}: the verdict "
          "is withheld, not verified; classify a smaller problem")
    H = _HessianMatrix(obj.hessian())
    if isinstance(obj, _Network):
        H.network = obj
    return H


def _hessian_by_polarization(obj):
    """The Hessian from second Taylor coefficients only: :math:`H_{ii} = 2 c_2(e_i)`,
    :math:`H_{ij} = c_2(e_i + e_j) - c_2(e_i) - c_2(e_j)` (slow, :math:`O(n^2)` series; the tests'
    independent cross-check of the closed forms)."""
    n = obj.nparams
    diag = [obj.series([_unit(n, i)], 2)[2] for i in range(n)]
    H = [[Fraction(0)] * n for _ in range(n)]
    for i in range(n):
        H[i][i] = 2 * diag[i]
        for j in range(i + 1, n):
            H[i][j] = H[j][i] = obj.series([_unit(n, i, j)], 2)[2] - diag[i] - diag[j]
    return H


def _rank(rows) -> int:
    M = [list(r) for r in rows]
    rank, col = 0, 0
    ncols = len(M[0]) if M else 0
    while rank < len(M) and col < ncols:
        piv = next((i for i in range(rank, len(M)) if M[i][col] != 0), None)
        if piv is None:
            col += 1
            continue
        M[rank], M[piv] = M[piv], M[rank]
        for i in range(rank + 1, len(M)):
            f = M[i][col] / M[rank][col]
            if f:
                M[i] = [a - f * b for a, b in zip(M[i], M[rank])]
        rank += 1
        col += 1
    return rank


def _inverse(A):
    try:
        return inverse(A)
    except ValueError:
        raise _Reject("a matrix that must be invertible is singular") from None


def _orbit_tangents(net):
    Ws, dims = net.Ws, net.dims
    offsets, pos = [], 0
    for a, b in net.shapes:
        offsets.append(pos)
        pos += a * b
    out = []
    for k in range(1, len(dims) - 1):
        d = dims[k]
        Wk, Wn = Ws[k - 1], Ws[k]
        for a in range(d):
            for b in range(d):
                v = [Fraction(0)] * net.nparams
                for j in range(dims[k - 1]):
                    v[offsets[k - 1] + a * dims[k - 1] + j] += Wk[b][j]
                for i in range(dims[k + 1]):
                    v[offsets[k] + i * dims[k] + b] -= Wn[i][a]
                out.append(v)
    return out


# -- certificate checks ------------------------------------------------------------

def _check_curve(obj, cert, sign, name):
    _need(isinstance(cert, dict) and cert.get("kind") == "curve", f"{name} is not a curve certificate")
    terms = [obj.flat_term(t) for t in cert["curve"]]
    m = cert["order"]
    _need(isinstance(m, int) and m >= 1, f"{name}: order must be a positive integer")
    # F along the curve is a polynomial of degree <= deg F * (number of terms): a higher order has coefficient 0
    _need(m <= obj.degree() * max(1, len(terms)), f"{name}: order {m} exceeds the degree of F along the curve")
    c = frac(cert["leading_coefficient"])
    coeffs = obj.series(terms, m)
    for k in range(1, m):
        _need(coeffs[k] == 0, f"{name}: the t^{k} coefficient is {coeffs[k]}, not 0")
    _need(coeffs[m] == c, f"{name}: the t^{m} coefficient is {coeffs[m]}, not the stated {c}")
    _need((c < 0) if sign < 0 else (c > 0), f"{name}: the leading coefficient {c} has the wrong sign")
    return m


def _check_critical(obj):
    g = _gradient(obj)
    _need(all(v == 0 for v in g), "the point is not critical: a gradient entry is nonzero")


def _sigma_data(net, cert):
    K = frac_matrix(cert["K"])
    d0 = net.dims[0]
    _need(len(K) == d0 and all(len(r) == d0 for r in K), "K must be d0 x d0")
    _need(all(K[i][j] == K[j][i] for i in range(d0) for j in range(i)), "K is not symmetric")
    X, Y = net.X, net.Y
    XXt = mat_mul(X, transpose(X))
    _need(mat_mul(mat_mul(XXt, K), X) == X, "X X^T K X != X: P = X^T K X is not the row-space projector of X")
    YXt = mat_mul(Y, transpose(X))
    S = mat_mul(mat_mul(YXt, K), transpose(YXt))
    y2 = sum(v * v for r in Y for v in r)
    return S, y2


def _check_global(net, cert, F0):
    r = min(net.dims)
    _need(cert.get("r") == r, f"r must be min(dims) = {r}")
    _need(frac(cert["optimal_value"]) == F0, "the stated optimal value is not F(x0)")
    S, y2 = _sigma_data(net, cert)
    n = len(S)
    z = frac(cert["z"])
    Z = frac_matrix(cert["Z"])
    _need(len(Z) == n and all(len(row) == n for row in Z), "Z must be dL x dL")
    _need(all(Z[i][j] == Z[j][i] for i in range(n) for j in range(i)), "Z is not symmetric")
    _need(_inertia(Z, "Z")[1] == 0, "Z is not PSD")
    M = [[(z if i == j else 0) + Z[i][j] - S[i][j] for j in range(n)] for i in range(n)]
    _need(_inertia(M, "z I + Z - Sigma")[1] == 0, "z I + Z - Sigma is not PSD")
    bound = r * z + sum(Z[i][i] for i in range(n))
    _need(bound <= y2 - 2 * F0, f"r z + Tr Z = {bound} exceeds ||Y||^2 - 2 F(x0) = {y2 - 2 * F0}")
    return "global value: F(x0) = opt certified by the Ky Fan dual"


def _check_not_global(net, cert, F0):
    _need(net.loss == "squared", "the Ky Fan not_global certificate needs the squared loss")
    r = min(net.dims)
    S, y2 = _sigma_data(net, cert)
    V = frac_matrix(cert["V"])
    _need(len(V) == len(S) and all(len(row) == r for row in V), "V must be dL x r")
    G = mat_mul(transpose(V), V)
    Ginv = _inverse(G)
    tr_mat = mat_mul(mat_mul(Ginv, transpose(V)), mat_mul(S, V))
    tr = sum(tr_mat[i][i] for i in range(r))
    _need(tr == frac(cert["trace"]), "the stated trace is wrong")
    _need(tr > y2 - 2 * F0, "Tr(Q_V Sigma) does not exceed ||Y||^2 - 2 F(x0)")


def _check_local(obj, cert, sign, H=None):
    _check_critical(obj)
    H = H() if H is not None else _hessian(obj)
    pos, neg, zero = _hessian_inertia(H)
    n = obj.nparams
    definite, semi = (pos, neg) if sign > 0 else (neg, pos)
    kind = cert.get("kind")
    _need(semi == 0, "the Hessian is not " + ("PSD" if sign > 0 else "NSD"))
    _need(cert.get("hessian_rank") == definite, "the stated Hessian rank is wrong")
    if kind in ("positive_definite", "negative_definite"):
        _need(kind == ("positive_definite" if sign > 0 else "negative_definite"), "wrong kind for this verdict")
        _need(definite == n, "the Hessian is not definite")
        return f"Hessian {'positive' if sign > 0 else 'negative'} definite"
    _need(cert.get("sign", sign) == sign and cert.get("nparams", n) == n, "the stated sign or nparams is wrong")
    if kind == "weighted_leading_form" and isinstance(obj, _Polynomial):  # symbolic.checker.leading_form
        ok, why = check_weighted_form(mpoly_from_terms(obj.nparams, obj.terms), obj.x0, cert["transform"], cert["weights"], cert["degree"],
                                      cert["epsilon"], cert["monomials"], cert["gram"], sign, cert.get("substitution"))
        _need(ok, why)
        return "strict local " + ("minimum" if sign > 0 else "maximum") + ": " + why
    if kind == "sos_lower_bound" and isinstance(obj, _Polynomial):  # sign (f(x0 + u) - f(x0)) = m^T G m, G PSD
        p = mpoly_from_terms(obj.nparams, obj.terms)
        _need(frac(cert["bound"]) == sign * obj.value(), "the stated bound is not sign * F(x0)")
        ok, why = check_sos(p if sign > 0 else -p, sign * obj.value(), cert["monomials"], cert["gram"], obj.x0)
        _need(ok, why)
        return ("global, so local, " + ("minimum" if sign > 0 else "maximum") + ": " + why)
    _need(kind == "morse_bott" and isinstance(obj, _Network), f"unknown local argument {kind!r}")
    T = _orbit_tangents(obj)
    for v in T:
        support = [(i, x) for i, x in enumerate(v) if x]
        _need(all(sum(row[i] * x for i, x in support) == 0 for row in H), "an orbit tangent is not in ker H")
    o = _rank(T) if T else 0
    _need(cert.get("orbit_dimension") == o, f"the orbit dimension is {o}, not {cert.get('orbit_dimension')}")
    _need(definite == n - o, "rank H != nparams - dim orbit: ker H is larger than the orbit tangent space")
    return "Morse-Bott: Hessian semidefinite with kernel = orbit tangent space"


def _inertia(A, name, network=None):
    """Exact inertia of the symmetric ``A`` within :data:`MAX_INERTIA_WORK`; above it the verdict is withheld (a
    rejection).  For a network's Hessian the orbit tangents that :math:`H` is verified to annihilate are split off
    first (:func:`symbolic.checker.orbit_reduction.orbit_reduction`): the same inertia, from a smaller elimination."""
    M = _integer_matrix(A)
    _need(all(M[i][j] == M[j][i] for i in range(len(M)) for j in range(i)), f"{name} is not symmetric")
    removed = 0
    if network is not None:
        keep, removed = orbit_reduction(network.dims, network.Ws, M)
        if removed:
            M = [[M[i][j] for j in keep] for i in keep]
    work, found = counted_inertia(M, MAX_INERTIA_WORK, _tick)
    _need(found is not None,
          f"{WORK_BOUND_REASON} {name} ({len(M)} x {len(M)} after {removed} orbit directions) needs more than "
          f"{MAX_INERTIA_WORK} work units (the checker's bound; {work} counted when it stopped): the verdict is "
          "withheld, not verified; classify a smaller problem")
    pos, neg, zero = found
    return pos, neg, zero + removed


def _hessian_inertia(H):
    """The Hessian's inertia, computed once per :class:`_HessianMatrix` (it keeps the result)."""
    if not isinstance(H, _HessianMatrix):
        return _inertia(H, "the Hessian")
    if H.inertia is None:
        H.inertia = _inertia(H, "the Hessian", H.network)
    return H.inertia


def _check_inertia(obj, result, H, descent_order=None):
    """The stated inertia and ``strict`` (``H()`` gives the Hessian), each recomputed whenever stated (at every size).
    Without a stated inertia, a verified descent of order 2 at the verified critical point proves ``strict``: its
    :math:`t^2` coefficient is :math:`\\tfrac12 C_1^T H C_1 + \\nabla F \\cdot C_2 = \\tfrac12 C_1^T H C_1 < 0`."""
    claimed = result.get("hessian_inertia")
    if claimed is None and result.get("strict") is None:
        return
    if claimed is None and descent_order == 2:
        _need(result["strict"] is True, "strict must say whether the Hessian has a negative eigenvalue")
        return
    pos, neg, zero = _hessian_inertia(H())
    if claimed is not None:
        _need(claimed == {"positive": pos, "negative": neg, "zero": zero}, "the stated Hessian inertia is wrong")
    if result.get("strict") is not None:  # stated strictness is checked even without a stated inertia
        _need(result["strict"] is (neg > 0), "strict must say whether the Hessian has a negative eigenvalue")


def _check_stated_inertia(problem, result):
    """``inconclusive`` and ``not_critical`` results carry no local argument, but a stated inertia or ``strict`` is
    still a claim (a classification's expectations read it): recomputed like the others' (at every size)."""
    if result.get("verdict") not in ("inconclusive", "not_critical"):
        return
    if result.get("hessian_inertia") is None and result.get("strict") is None:
        return
    obj = _Polynomial(problem) if "polynomial" in problem else _Network(problem)
    _check_inertia(obj, result, lambda: _hessian(obj))


def verify(problem: dict, result: dict, *, stop=None) -> tuple[bool, str]:
    """Re-verify ``result`` (a classification's JSON) for ``problem``; ``(ok, reason)``.  ``stop``, if given, is the
    caller's safety deadline, a function asked before each step of the exact inertia; when it returns true the
    inertia stops and the result is rejected with a reason starting :data:`DEADLINE_REASON` (no verdict).

    Examples
    ========

    >>> from symbolic.checker.verdicts import verify
    >>> problem = {"polynomial": {"[0, 2]": "1", "[2, 1]": "-3", "[4, 0]": "2"}, "variables": ["x", "y"],
    ...            "point": ["0", "0"]}
    >>> curve = {"kind": "curve", "curve": [["1", "0"], ["0", "3/2"]], "order": 4, "leading_coefficient": "-1/4"}
    >>> up = {"kind": "curve", "curve": [["0", "1"]], "order": 2, "leading_coefficient": "1"}
    >>> verify(problem, {"verdict": "saddle", "certificate": {"descent": curve, "ascent": up}})
    (True, 'saddle: descent of order 4 and ascent of order 2 verified')
    >>> verify(problem, {"verdict": "saddle", "certificate": {"descent": dict(curve, leading_coefficient="-1/2"),
    ...                                                        "ascent": up}})[0]
    False
    """
    token = _STOP.set(stop)
    try:
        _check_stated_inertia(problem, result)
        return True, _verify(problem, result)
    except _Reject as exc:
        return False, str(exc)
    except (KeyError, IndexError, TypeError, ValueError, ZeroDivisionError) as exc:
        return False, f"malformed problem or certificate: {type(exc).__name__}: {exc}"
    finally:
        _STOP.reset(token)


def _verify(problem, result):
    obj = _Polynomial(problem) if "polynomial" in problem else _Network(problem)
    verdict = result.get("verdict")
    cert = result.get("certificate")
    if verdict == "inconclusive":
        return "inconclusive: no certificate to verify"
    _need(isinstance(cert, dict), f"verdict {verdict!r} needs a certificate")
    if verdict == "not_critical":
        _need(cert.get("kind") == "gradient", "not_critical needs a gradient certificate")
        g = _gradient(obj)
        stated = [frac(v) for v in cert["gradient"]]
        _need(stated == g, "the stated gradient is wrong")
        _need(any(v != 0 for v in g), "the gradient is zero: the point is critical")
        return "gradient recomputed: nonzero"
    _check_critical(obj)
    H = cache(lambda: _hessian(obj))                # built only when a check needs it
    if verdict == "saddle":
        md = _check_curve(obj, cert.get("descent"), -1, "descent")
        ma = _check_curve(obj, cert.get("ascent"), 1, "ascent")
        _check_inertia(obj, result, H, md)
        return f"saddle: descent of order {md} and ascent of order {ma} verified"
    _check_inertia(obj, result, H)
    if verdict == "global_min":
        if cert.get("kind") == "sos_lower_bound":   # f - f(x0) = m^T G m, G PSD (symbolic.checker.leading_form)
            _need(isinstance(obj, _Polynomial) and frac(cert["bound"]) == obj.value(), "the bound is not F(x0)")
            ok, why = check_sos(mpoly_from_terms(obj.nparams, obj.terms), cert["bound"], cert["monomials"], cert["gram"],
                                obj.x0)
            _need(ok, why)
            return "global value: " + why
        _need(isinstance(obj, _Network), "global_value needs a network loss")
        _need(cert.get("kind") == "global_value", "global_min needs a global_value certificate")
        if cert.get("method") == "stationary_convex_product":  # f convex in the product A and grad f(A0) = 0
            _need(frac(cert["optimal_value"]) == obj.value(), "the stated optimal value is not F(x0)")
            _need(all(v == 0 for row in product_gradient(obj.Ws, obj.X, obj.Y, obj.loss) for v in row), "grad f(W_L..W_1) is not 0")
            return "global value: f is convex in the product and stationary at W_L..W_1, so F >= F(x0)"
        if cert.get("method") == "nonnegative_loss":
            _need(obj.value() == 0 and frac(cert["optimal_value"]) == 0,
                  "a nonnegative loss proves a global minimum only where F(x0) = 0")
            return "global value: F >= 0 (sum of even powers) and F(x0) = 0"
        _need(obj.loss == "squared", "the Ky Fan global value certificate needs the squared loss")
        return _check_global(obj, cert, obj.value())
    if verdict == "local_min":
        reason = _check_local(obj, cert, 1, H)
        ng = cert.get("not_global")
        _need(isinstance(ng, dict), "local_min means a local minimum that is not global: a not_global certificate "
                                    "is required")
        if ng.get("kind") == "lower_point":
            lower = _value_at(obj, ng["point"])
            _need(lower == frac(ng["value"]), "the stated value at the lower point is wrong")
            _need(lower < obj.value(), "the lower point's value is not below F(x0)")
            return reason + "; not global: a point with a smaller value verified"
        _need(isinstance(obj, _Network), "the Ky Fan not_global certificate needs a network loss")
        _check_not_global(obj, ng, obj.value())
        return reason + "; not global: F(x0) > opt verified"
    if verdict == "local_max":
        _check_curve(obj, cert.get("descent"), -1, "descent")
        return _check_local(obj, cert.get("maximality") or {}, -1, H)
    raise _Reject(f"unknown verdict {verdict!r}")
