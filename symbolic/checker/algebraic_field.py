"""Checker for critical points on a real algebraic eigenvalue, exactly in :math:`\\mathbb{Q}[x]/(f)` with Fractions.

The eigenvalue is :math:`\\alpha`, the :math:`k`-th largest real root of a rational polynomial :math:`f` of
degree :math:`n`; a number of :math:`\\mathbb{Q}(\\alpha)` is a list of at most :math:`n` rational coefficients
``[c_0, c_1, ...]`` meaning :math:`\\sum_i c_i \\alpha^i`.  Polynomials are lists with index = degree.

Certificate::

    {"kind": "algebraic_eigen_point", "f": [...], "roots": [[a_1, b_1], ...], "root": k,
     "X", "Y", "Xp" (rational), "A1" (1 x d0), "A2" (d2 x 1) (entries: coefficient lists),
     optional "spectrum": {"intervals": [[c_1, d_1], ...], "position": m}, optional "global_min": bool}

What is checked, and why it is enough (soundness):

* ``roots`` isolate the real roots of :math:`f` (:func:`symbolic.checker.root_isolation.verify_isolation`:
  :math:`f` squarefree, sign changes, Sturm counts, disjoint, none missing) and :math:`a_k > 0`: so
  :math:`\\alpha` is a well-defined positive real number, the only root of :math:`f` in :math:`[a_k, b_k]`.
* Every identity is checked as a polynomial identity modulo :math:`f` (remainders of exact products).
  Evaluation at any root of :math:`f` is a ring homomorphism :math:`\\mathbb{Q}[x]/(f) \\to \\mathbb{R}`, so an
  identity mod :math:`f` holds at :math:`\\alpha`.  **Irreducibility of** :math:`f` **is not needed** and not
  checked (nor is irrationality: it is not used).  What would need it is :math:`A_2 \\ne 0`: a nonzero
  residue can vanish at one root of a reducible :math:`f`, so the checker asks for an entry :math:`g` of
  :math:`A_2` with :math:`\\gcd(g, f) = 1`; then :math:`sg + tf = 1` and :math:`g(\\alpha) \\ne 0`.
* Penrose equations for ``Xp``; :math:`\\Sigma A_2 = \\alpha A_2` with :math:`\\Sigma = YX^+XY^T` (one hidden
  unit: ``A2`` a column, ``A1`` a row), so :math:`\\alpha` is an eigenvalue of :math:`\\Sigma`; both gradient
  blocks :math:`A_2^TEX^T` and :math:`EX^TA_1^T` (:math:`E = A_2A_1X - Y`) vanish; and Proposition 1,
  :math:`\\tfrac12\\lVert E\\rVert_F^2 = \\tfrac12(\\operatorname{tr}YY^T - \\alpha)`.
* ``spectrum`` (optional): the checker computes :math:`p = \\det(xI - \\Sigma)` itself (Faddeev-LeVerrier),
  checks that ``intervals`` isolate its real roots (so :math:`p` is squarefree: the eigenvalues of
  :math:`\\Sigma` are simple), that :math:`f` divides :math:`p`, and that :math:`[a_k, b_k] \\subseteq
  [c_m, d_m]`: then :math:`\\alpha` is a root of :math:`p` in :math:`[c_m, d_m]`, hence
  :math:`\\alpha = \\sigma_m`, the :math:`m`-th largest eigenvalue, and :math:`\\sigma_i > \\alpha > \\sigma_j`
  for :math:`i < m < j` because the intervals are disjoint and ordered.
* ``global_min`` (optional, needs ``spectrum``): with one hidden unit the optimal value is
  :math:`\\tfrac12(\\operatorname{tr}YY^T - \\sigma_1)` (Eckart-Young on :math:`YX^+X`, as in
  :mod:`symbolic.landscape.global_value`), and :math:`L = \\tfrac12(\\operatorname{tr}YY^T - \\alpha)` was verified, so the
  point is a global minimizer iff :math:`\\alpha = \\sigma_1` iff :math:`m = 1` (for :math:`m > 1`,
  :math:`\\sigma_1 > \\alpha` strictly); the claimed boolean must agree.

Main definitions
----------------
* :func:`verify_algebraic_eigen_point`, :func:`reduce_mod`.
"""

from __future__ import annotations

from fractions import Fraction

from .assumptions import charpoly
from .poly import frac, frac_matrix, mat_mul, transpose, upoly_mul
from .root_isolation import parse_intervals, parse_upoly, upoly_gcd, upoly_rem, verify_isolation

__all__ = ["reduce_mod", "verify_algebraic_eigen_point"]


def reduce_mod(p, f) -> list:
    """The remainder of ``p`` by ``f``, padded with zeros to ``deg f`` coefficients.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.algebraic_field import reduce_mod
    >>> reduce_mod([F(0), F(0), F(0), F(1)], [F(-1), F(5), F(-6), F(1)])   # x^3 = 6x^2 - 5x + 1
    [Fraction(1, 1), Fraction(-5, 1), Fraction(6, 1)]
    """
    r = upoly_rem(p, f)
    return r + [Fraction(0)] * (len(f) - 1 - len(r))


class _Field:
    """Arithmetic in :math:`\\mathbb{Q}[x]/(f)`; elements are reduced coefficient lists of length ``deg f``."""

    def __init__(self, f):
        self.f, self.n = f, len(f) - 1

    def element(self, coeffs, name):
        if not isinstance(coeffs, list) or not 1 <= len(coeffs) <= self.n:
            raise ValueError(f"{name}: an element of Q(alpha) is a list of 1 to deg f = {self.n} rational "
                             "coefficients (index = power of alpha)")
        c = [frac(v) for v in coeffs]
        return c + [Fraction(0)] * (self.n - len(c))

    def matrix(self, rows, name):
        out = [[self.element(x, f"{name}[{i}][{j}]") for j, x in enumerate(row)] for i, row in enumerate(rows)]
        if len({len(r) for r in out}) != 1:
            raise ValueError(f"{name} has ragged rows")
        return out

    def lift(self, M):
        return [[[x] + [Fraction(0)] * (self.n - 1) for x in row] for row in M]

    def mul(self, a, b):
        return reduce_mod(upoly_mul(a, b), self.f)

    def add(self, a, b):
        return [x + y for x, y in zip(a, b)]

    def total(self, xs):
        out = [Fraction(0)] * self.n
        for x in xs:
            out = self.add(out, x)
        return out

    def matmul(self, A, B):
        if len(A[0]) != len(B):
            raise ValueError(f"matrices do not chain: {len(A)}x{len(A[0])} times {len(B)}x{len(B[0])}")
        return [[self.total([self.mul(a, B[k][j]) for k, a in enumerate(row)]) for j in range(len(B[0]))]
                for row in A]

    def sub(self, A, B):
        return [[[x - y for x, y in zip(a, b)] for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]

    @staticmethod
    def is_zero(A):
        return all(c == 0 for row in A for x in row for c in x)


def _spectrum(cert, Sigma, f, interval):
    """``(m, s)``: alpha is the m-th largest of the s eigenvalues of Sigma, or a rejection string."""
    spec = cert["spectrum"]
    intervals = parse_intervals(spec["intervals"], "spectrum intervals")
    m = spec["position"]
    p = list(reversed(charpoly(Sigma)))
    ok, why = verify_isolation(p, intervals)
    if not ok:
        return f"spectrum: {why} (f = the characteristic polynomial of Sigma)"
    if upoly_rem(p, f):
        return "spectrum: f does not divide the characteristic polynomial of Sigma"
    if not isinstance(m, int) or isinstance(m, bool) or not 1 <= m <= len(intervals):
        return f"spectrum: position must be an integer from 1 to {len(intervals)}; got {m!r}"
    c, d = intervals[m - 1]
    if not (c <= interval[0] and interval[1] <= d):
        return f"spectrum: alpha's interval [{interval[0]}, {interval[1]}] is not inside eigenvalue {m}'s [{c}, {d}]"
    return m, len(intervals)


def verify_algebraic_eigen_point(cert: dict) -> tuple[bool, str]:
    """Re-verify an ``algebraic_eigen_point`` certificate; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.algebraic_field import verify_algebraic_eigen_point
    >>> # X = I, Y = (1 1 1; 0 1 1; 0 0 1): Sigma = YY^T has the irreducible f = x^3 - 6x^2 + 5x - 1;
    >>> # u = (alpha, alpha - 1, alpha^2 - 5 alpha + 2) is an eigenvector for each root alpha
    >>> I3 = [["1", "0", "0"], ["0", "1", "0"], ["0", "0", "1"]]
    >>> cert = {"kind": "algebraic_eigen_point", "f": ["-1", "5", "-6", "1"], "root": 1,
    ...         "roots": [["5.04", "5.05"], ["0.64", "0.65"], ["0.30", "0.31"]],
    ...         "X": I3, "Y": [["1", "1", "1"], ["0", "1", "1"], ["0", "0", "1"]], "Xp": I3,
    ...         "A2": [[["0", "1"]], [["-1", "1"]], [["2", "-5", "1"]]],
    ...         "A1": [[["1/7", "5/7", "-1/7"], ["-8/7", "17/7", "-3/7"], ["6/7", "-16/7", "3/7"]]]}
    >>> verify_algebraic_eigen_point(cert)[1]
    'critical on alpha = root 1 (largest first) of the 3 real roots of f (degree 3), alpha in [126/25, 101/20]; Proposition 1 holds'
    >>> cert.update(root=2, spectrum={"intervals": cert["roots"], "position": 2}, global_min=False)
    >>> verify_algebraic_eigen_point(cert)[1].split("; ", 2)[2]
    'the eigenvalue 2 of 3 of Sigma (simple); not a global minimum (sigma_1 > alpha = sigma_2)'
    """
    if cert.get("kind") != "algebraic_eigen_point":
        return False, f"not an algebraic_eigen_point certificate (kind {cert.get('kind')!r})"
    try:
        f = parse_upoly(cert["f"])
        roots = parse_intervals(cert["roots"], "roots")
        k = cert["root"]
        F = _Field(f)
        X, Y, Xp = frac_matrix(cert["X"]), frac_matrix(cert["Y"]), frac_matrix(cert["Xp"])
        A1, A2 = F.matrix(cert["A1"], "A1"), F.matrix(cert["A2"], "A2")
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        return False, f"malformed certificate: {exc}"
    ok, why = verify_isolation(f, roots)
    if not ok:
        return False, f"roots: {why}"
    if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= len(roots):
        return False, f"root must be an integer from 1 to {len(roots)} (the k-th largest real root); got {k!r}"
    a, b = roots[k - 1]
    if a <= 0:
        return False, f"the eigenvalue is not proven positive: its interval [{a}, {b}] does not lie in (0, oo)"
    MG, GM = mat_mul(X, Xp), mat_mul(Xp, X)
    if not (mat_mul(MG, X) == X and mat_mul(GM, Xp) == Xp and MG == transpose(MG) and GM == transpose(GM)):
        return False, "Xp is not the Moore-Penrose inverse of X"
    if len(A2[0]) != 1 or len(A1) != 1:
        return False, "one hidden unit: A2 is a column, A1 a row"
    if not any(len(upoly_gcd(g, f)) == 1 for row in A2 for g in row):
        return False, "A2 may vanish at alpha: no entry of A2 is coprime to f (A2 = 0 mod f, or f is reducible)"
    Sigma = mat_mul(mat_mul(mat_mul(Y, Xp), X), transpose(Y))
    alpha = [Fraction(0), Fraction(1)] + [Fraction(0)] * (F.n - 2) if F.n > 1 else [-f[0] / f[1]]
    if F.matmul(F.lift(Sigma), A2) != [[F.mul(alpha, row[0])] for row in A2]:
        return False, "Sigma A2 != alpha A2"
    Xq = F.lift(X)
    E = F.sub(F.matmul(F.matmul(A2, A1), Xq), F.lift(Y))
    XqT = F.lift(transpose(X))
    G1 = F.matmul(F.matmul(transpose(A2), E), XqT)
    G2 = F.matmul(F.matmul(E, XqT), transpose(A1))
    if not (F.is_zero(G1) and F.is_zero(G2)):
        return False, "the point is not critical"
    loss = F.total([F.mul(e, e) for row in E for e in row])
    tr = sum(y * y for row in Y for y in row)
    if [c / 2 for c in loss] != [(tr - alpha[0]) / 2] + [-c / 2 for c in alpha[1:]]:
        return False, "Proposition 1's value fails: L != (tr YY^T - alpha)/2"
    reason = (f"critical on alpha = root {k} (largest first) of the {len(roots)} real roots of f (degree {F.n}), "
              f"alpha in [{a}, {b}]; Proposition 1 holds")
    if "spectrum" in cert:
        try:
            got = _spectrum(cert, Sigma, f, (a, b))
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            return False, f"malformed spectrum: {exc}"
        if isinstance(got, str):
            return False, got
        m, s = got
        reason += f"; the eigenvalue {m} of {s} of Sigma (simple)"
    if "global_min" in cert:
        claim = cert["global_min"]
        if "spectrum" not in cert or not isinstance(claim, bool):
            return False, "global_min must be a boolean, with a spectrum that places alpha among Sigma's eigenvalues"
        if claim is not (m == 1):
            return False, (f"global_min is {claim}, but alpha is eigenvalue {m} of Sigma: with one hidden unit the "
                           "point is a global minimizer iff alpha is the largest")
        reason += "; a global minimum (d1 = 1)" if claim else f"; not a global minimum (sigma_1 > alpha = sigma_{m})"
    return True, reason
