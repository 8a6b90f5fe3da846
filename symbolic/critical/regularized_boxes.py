r"""Numerical location of the critical points, then certified boxes, indices and values.

The points come from an exact backend (:mod:`symbolic.critical.backends`): the eigenvectors of a
multiplication matrix on the standard monomials of SymPy's Groebner basis, or msolve's rational
parametrization and its real isolating boxes.  Each is refined by Newton's method at high precision
(mpmath, scoped with ``workprec``), and the certificate states a dyadic center, a radius, a preconditioner
(Krawczyk) and, for a real point, a congruence whose Gershgorin discs give the Hessian index; the separate
checker (:mod:`symbolic.checker.regularized_points`) re-verifies all of it with exact rational intervals.
Floats and mpmath numbers only *propose* boxes here; nothing is concluded from them.

Main definitions
----------------
* :func:`points_from_basis`, :func:`points_from_msolve`, :func:`refine`, :func:`point_certificate`,
  :func:`flip_orbits`.
"""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import mpmath

__all__ = ["points_from_basis", "points_from_msolve", "refine", "point_certificate", "flip_orbits",
           "hidden_units"]


def _compile(poly):
    return [((int(c.numerator), int(c.denominator)), e) for e, c in poly.items()]  # exact: read at the working precision


def _evaluate(terms, x):
    acc = mpmath.mpc(0)
    for (num, den), e in terms:
        t = mpmath.mpf(num) / den
        for v, k in enumerate(e):
            if k:
                t = t * x[v] ** k
        acc += t
    return acc


class _System:
    """Gradient and Hessian of a problem, compiled for mpmath evaluation."""

    def __init__(self, problem):
        F = problem.gradient()
        _, gens = problem.ring()
        self.n = len(F)
        self.F = [_compile(f) for f in F]
        self.J = [[_compile(F[i].diff(gens[j])) for j in range(self.n)] for i in range(self.n)]
        self.loss = _compile(problem.loss())

    def grad(self, x):
        return mpmath.matrix([_evaluate(f, x) for f in self.F])

    def hess(self, x):
        n = self.n
        H = mpmath.matrix(n, n)
        for i in range(n):
            for j in range(i, n):
                H[i, j] = H[j, i] = _evaluate(self.J[i][j], x)
        return H


def refine(system, x0, bits: int = 320, steps: int = 60):
    """Newton's method from ``x0``, the precision raised with the correct bits (about twice them per step) up to
    ``bits``; the refined point (mpmath complex list) or ``None`` when it does not converge in ``steps``.  Seeds
    given as mpmath numbers (python-flint's evaluation of msolve's parametrization, already accurate to most of
    ``bits``) start at full precision; Python complex seeds at 64 bits."""
    exact_seed = any(isinstance(v, (mpmath.mpc, mpmath.mpf)) for v in x0)
    prec = bits if exact_seed else 64
    with mpmath.workprec(prec):
        x = [mpmath.mpc(v) for v in x0]
    for _ in range(steps):
        with mpmath.workprec(prec):
            try:
                dx = mpmath.lu_solve(system.hess(x), system.grad(x))
            except ZeroDivisionError:
                return None
            x = [a - b for a, b in zip(x, dx)]
            size = 1 + mpmath.norm(mpmath.matrix(x))
            step = mpmath.norm(dx) / size
            good = int(-mpmath.log(step, 2)) if step else prec
        if prec >= bits and good >= bits - 24:
            return x
        prec = min(bits, max(64, 2 * good + 48))
    return None


def points_from_basis(problem, G, B):
    """Approximate complex critical points from a reduced Groebner basis ``G`` with standard monomials ``B``
    (eigenvectors of the multiplication matrix of a random linear form; numpy when installed, else mpmath)."""
    R, gens = problem.ring()
    rng = random.Random(7)
    t = sum((rng.randint(1, 9) * g for g in gens), R.zero)
    index = {m: i for i, m in enumerate(B)}
    D = len(B)
    M = [[0.0] * D for _ in range(D)]
    for j, m in enumerate(B):
        for e, c in (t * R({m: 1})).rem(G).items():
            M[index[e]][j] = float(c)
    one = index[(0,) * problem.nvars]
    coords = []
    for g in gens:
        row = [0.0] * D
        for e, c in g.rem(G).items():
            row[index[e]] = float(c)
        coords.append(row)
    try:
        import numpy as np
    except ImportError:  # numpy is not a core dependency
        with mpmath.workdps(30):
            _, V = mpmath.eig(mpmath.matrix(M).T)
            return [[complex(sum(row[i] * V[i, k] for i in range(D)) / V[one, k]) for row in coords]
                    for k in range(D)]
    _, V = np.linalg.eig(np.array(M).T)
    return [[complex(np.array(row) @ (V[:, k] / V[one, k])) for row in coords] for k in range(D)]


def points_from_msolve(answer, problem, bits: int = 320):
    """Approximate complex critical points from msolve's rational parametrization: with python-flint, the roots of
    the eliminating polynomial (arb balls at ``bits``) and the parametrization evaluated at them in ball arithmetic,
    returned as mpmath numbers at that precision (Newton then needs a step or two); without it mpmath's
    ``polyroots`` and Python complex numbers."""
    elim = answer["elim"]
    d_elim = [k * c for k, c in enumerate(elim)][1:]
    try:
        import flint
    except ImportError:
        flint = None
    if flint is not None:
        old = flint.ctx.prec
        flint.ctx.prec = bits
        try:
            found = flint.fmpz_poly(elim).complex_roots()
            if any(mult != 1 for _, mult in found):
                raise ArithmeticError("msolve's eliminating polynomial has a multiple root: the points are not "
                                      "distinct")
            d_poly = flint.fmpz_poly(d_elim)
            params = [(flint.fmpz_poly(num), cst) for num, cst in answer["param"][:problem.nvars]]
            balls = []
            for t, _ in found:
                den = d_poly(t)
                balls.append([-num(t) / (cst * den) for num, cst in params])
        finally:
            flint.ctx.prec = old

        def mp(a):
            man, exp = a.mid().man_exp()
            return mpmath.ldexp(mpmath.mpf(int(man)), int(exp))

        with mpmath.workprec(bits):
            return [[mpmath.mpc(mp(v.real), mp(v.imag)) for v in pt] for pt in balls]
    with mpmath.workprec(bits):
        roots = mpmath.polyroots([mpmath.mpf(c) for c in reversed(elim)], maxsteps=400, extraprec=1000)
        den_coeffs = [mpmath.mpf(c) for c in reversed(d_elim)]
        params = [([mpmath.mpf(c) for c in reversed(num)], cst) for num, cst in answer["param"][:problem.nvars]]
        pts = []
        for t in roots:
            den = mpmath.polyval(den_coeffs, t)
            pts.append([complex(-mpmath.polyval(num, t) / (cst * den)) for num, cst in params])
    return pts


def _dyadic(x, bits: int) -> Fraction:
    """``x`` (mpf) rounded to a multiple of ``2^-bits``."""
    with mpmath.workprec(bits + 64):
        return Fraction(int(mpmath.nint(x * mpmath.mpf(2) ** bits)), 1 << bits)


def point_certificate(system, x, bits: int = 200, radius_bits: int = 120):
    """A checker entry for the refined point ``x`` (real when every imaginary part is below ``2^-bits``)."""
    with mpmath.workprec(bits + 64):
        tiny = mpmath.mpf(2) ** (-bits // 2)
        real = all(abs(mpmath.im(v)) < tiny for v in x)
        center = [(_dyadic(mpmath.re(v), bits), Fraction(0) if real else _dyadic(mpmath.im(v), bits)) for v in x]
        xm = [mpmath.mpc(a.numerator, 0) / a.denominator + (mpmath.mpc(0, b.numerator) / b.denominator) for a, b in center]
    with mpmath.workprec(128):
        H = system.hess(xm)
        C = mpmath.inverse(H)
        entry = {"center": [[str(a), str(b)] for a, b in center], "radius": str(Fraction(1, 1 << radius_bits)),
                 "preconditioner": [[[str(_dyadic(mpmath.re(C[i, j]), 110)), str(_dyadic(mpmath.im(C[i, j]), 110))]
                                     for j in range(system.n)] for i in range(system.n)],
                 "real": real}
        if real:
            Hr = mpmath.matrix([[mpmath.re(H[i, j]) for j in range(system.n)] for i in range(system.n)])
            E, Q = mpmath.eigsy(Hr)
            entry["index"] = sum(1 for e in E if e < 0)
            entry["congruence"] = [[str(_dyadic(Q[i, j], 110)) for j in range(system.n)] for i in range(system.n)]
            entry["value"] = float(mpmath.re(_evaluate(system.loss, xm)))
    return entry


def hidden_units(dims):
    """``[(k, j), ...]``: the hidden units (layer ``1 <= k < L``, 0-based unit ``j``)."""
    return [(k, j) for k in range(1, len(dims) - 1) for j in range(dims[k])]


def _flip_signs(problem, flips):
    sign = []
    for k in range(len(problem.dims) - 1):
        for i in range(problem.dims[k + 1]):
            for j in range(problem.dims[k]):
                s = 1
                for fk, fj in flips:
                    if (k == fk - 1 and i == fj) or (k == fk and j == fj):
                        s = -s
                sign.append(s)
    return sign


def flip_orbits(problem, reals, tol: float = 1e-9):
    """Group real points (mpmath lists) into orbits of the hidden-unit sign flips: ``[(rep, [(member, flips),
    ...]), ...]`` with the representative first (flips ``[]``)."""
    units = hidden_units(problem.dims)
    subsets = [list(s) for r in range(len(units) + 1) for s in itertools.combinations(units, r)]
    left = list(range(len(reals)))
    orbits = []
    while left:
        rep = left.pop(0)
        members = [(rep, [])]
        for flips in subsets[1:]:
            sign = _flip_signs(problem, flips)
            image = [s * mpmath.re(v) for s, v in zip(sign, reals[rep])]
            for other in left:
                if max(abs(a - mpmath.re(b)) for a, b in zip(image, reals[other])) < tol:
                    members.append((other, [list(f) for f in flips]))
                    left.remove(other)
                    break
        orbits.append(members)
    return orbits


def flipped_entry(problem, entry, flips):
    """The checker entry of the image of a real point under the sign flips (exactly the flipped box)."""
    sign = _flip_signs(problem, flips)
    n = len(sign)

    def neg(s, text):
        return text if s > 0 or text == "0" else (text[1:] if text.startswith("-") else "-" + text)

    out = dict(entry)
    out["center"] = [[neg(s, re), im] for s, (re, im) in zip(sign, entry["center"])]
    out["preconditioner"] = [[[neg(sign[i] * sign[j], re), neg(sign[i] * sign[j], im)]
                              for j, (re, im) in enumerate(row)] for i, row in enumerate(entry["preconditioner"])]
    out["congruence"] = [[neg(sign[i], q) for q in row] for i, row in enumerate(entry["congruence"])]
    assert len(out["center"]) == n
    return out
