"""Isolating intervals with rational endpoints for the real roots of a squarefree rational polynomial.

For :math:`f \\in \\mathbb{Q}[x]` squarefree, :func:`isolating_intervals` returns rational intervals
:math:`[a_1, b_1], \\dots, [a_s, b_s]`, one per real root and ordered so that the first holds the largest root
(:math:`b_{k+1} < a_k`), with :math:`f(a_k) f(b_k) < 0`.  The roots are *found* by ``mpmath.polyroots``
inside ``mpmath.workdps`` (evidence only); each approximation is rounded to a decimal interval of width
:math:`10^{-D}` and widened until SymPy's exact Sturm count ``Poly.count_roots`` says it holds exactly one
root, then all of them are checked to be disjoint and to hold every real root.  If the numerics do not
lead to such intervals (close or clustered roots), exact bisection on Sturm counts takes over, so the
result never depends on a floating-point decision.  The certificate checker
(:mod:`symbolic.checker.root_isolation`) re-verifies the intervals with its own Sturm sequences.

Coefficient lists are in increasing degree (index = degree), as in :mod:`symbolic.checker.poly`.

Main definitions
----------------
* :func:`isolating_intervals`, :func:`approximate_roots`, :func:`endpoint_string`.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
from sympy import Poly, Symbol
from sympy.polys.domains import QQ

from symbolic.core.exact import qq_to_str, rational

__all__ = ["approximate_roots", "endpoint_string", "isolating_intervals"]

_X = Symbol("x")


def _poly(coeffs, name: str = "f") -> Poly:
    """``coeffs`` (increasing degree, exact rationals) as a SymPy ``Poly`` over QQ, squarefree and of degree >= 1."""
    if not isinstance(coeffs, (list, tuple)) or not coeffs:
        raise ValueError(f"{name} must be a non-empty list of rational coefficients (index = degree); "
                         f"got {coeffs!r:.80}")
    cs = [rational(c, name=f"{name}[{i}]") for i, c in enumerate(coeffs)]
    p = Poly([QQ.to_sympy(c) for c in reversed(cs)], _X, domain=QQ)
    if p.degree() < 1:
        raise ValueError(f"{name} must have degree at least 1; got the constant {[qq_to_str(c) for c in cs]}")
    g = p.gcd(p.diff(_X))
    if g.degree() > 0:
        raise ValueError(f"{name} must be squarefree; got gcd({name}, {name}') = {g.as_expr()}: divide {name} by it "
                         "(sympy.sqf_part) first")
    return p


def approximate_roots(coeffs, dps: int = 30) -> list:
    """The real roots of ``coeffs`` as decimal strings (``dps`` digits), largest first: evidence only.

    Examples
    ========

    >>> from symbolic.algebraic.root_enclosure import approximate_roots
    >>> approximate_roots(["-1", "5", "-6", "1"], dps=15)
    ['5.04891733952231', '0.643104132107791', '0.307978528369904']
    """
    p = _poly(coeffs)
    return [mpmath.nstr(r, dps) for r in _mp_real_roots(p, dps)]


def _mp_real_roots(p: Poly, dps: int) -> list:
    """Real roots by ``mpmath.polyroots`` at ``dps`` digits (scoped), largest first."""
    cs = [QQ.from_sympy(c) for c in p.all_coeffs()]
    with mpmath.workdps(dps):
        mp = [mpmath.mpf(int(c.numerator)) / int(c.denominator) for c in cs]
        try:
            roots = mpmath.polyroots(mp, maxsteps=200, extraprec=4 * dps) if len(mp) > 2 else [-mp[1] / mp[0]]
        except mpmath.libmp.NoConvergence:
            return []
        tol = mpmath.mpf(10) ** (-(dps // 2))
        real = [mpmath.re(r) for r in roots if abs(mpmath.im(r)) <= tol * (1 + abs(r))]
        return sorted(real, reverse=True)


def _value(p: Poly, q: Fraction):
    return p.eval(QQ.to_sympy(QQ(q.numerator, q.denominator)))


def _one_root(p: Poly, a: Fraction, b: Fraction) -> bool:
    """Exactly one root in ``[a, b]``, and a sign change: ``f(a) f(b) < 0`` (so neither end is a root)."""
    return a < b and _value(p, a) * _value(p, b) < 0 and \
        p.count_roots(QQ.to_sympy(QQ(a.numerator, a.denominator)), QQ.to_sympy(QQ(b.numerator, b.denominator))) == 1


def _near(p: Poly, r, digits: int):
    """A decimal interval of width ``10^-digits`` around the approximation ``r``, widened step by step."""
    scale = 10 ** digits
    with mpmath.workdps(digits + 20):
        low = int(mpmath.floor(r * scale))
    for widen in range(4):
        a, b = Fraction(low - widen, scale), Fraction(low + 1 + widen, scale)
        if _one_root(p, a, b):
            return a, b
    return None


def _disjoint_cover(p: Poly, out) -> bool:
    return all(out[k + 1][1] < out[k][0] for k in range(len(out) - 1)) and len(out) == p.count_roots()


def _bisect(p: Poly) -> list:
    """Exact isolation by bisection on Sturm counts (no numerics), largest root first."""
    cs = [abs(QQ.from_sympy(c)) for c in p.all_coeffs()]
    bound = Fraction(1) + max(Fraction(int(c.numerator), int(c.denominator)) for c in cs[1:]) / \
        Fraction(int(cs[0].numerator), int(cs[0].denominator))  # Cauchy: every root in (-bound, bound)

    def count(a, b):
        return p.count_roots(QQ.to_sympy(QQ(a.numerator, a.denominator)), QQ.to_sympy(QQ(b.numerator, b.denominator)))

    todo, out = [(-bound, bound)], []
    while todo:
        a, b = todo.pop()
        n = count(a, b)
        if n == 0:
            continue
        if n == 1 and _value(p, a) * _value(p, b) < 0:
            out.append((a, b))
            continue
        m, j = (a + b) / 2, 1
        while _value(p, m) == 0:  # a rational root: step off it (finitely many roots, so this ends)
            m, j = a + (b - a) * Fraction(j, 2 * j + 1), j + 1
        todo += [(a, m), (m, b)]
    out.sort(reverse=True)
    for k in range(len(out) - 1):  # neighbours may share an end (not a root): halve both until they part
        while out[k + 1][1] >= out[k][0]:
            out[k], out[k + 1] = _halve(p, *out[k]), _halve(p, *out[k + 1])
    return out


def _halve(p: Poly, a: Fraction, b: Fraction):
    """The half of ``[a, b]`` where ``f`` changes sign (``f(a) f(b) < 0``, one root inside)."""
    m = (a + b) / 2
    fm = _value(p, m)
    if fm == 0:  # the root itself is rational: a small interval around it
        return (a + m) / 2, (m + b) / 2
    return (a, m) if _value(p, a) * fm < 0 else (m, b)


def endpoint_string(q: Fraction) -> str:
    """A rational as an exact decimal string when its denominator is ``2^i 5^j``, else as ``"p/q"``.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.algebraic.root_enclosure import endpoint_string
    >>> endpoint_string(F(5049, 1000)), endpoint_string(F(-1, 8)), endpoint_string(F(1, 3)), endpoint_string(F(2))
    ('5.049', '-0.125', '1/3', '2')
    """
    d = q.denominator
    for i in range(d.bit_length() + 1):   # 10^i is a multiple of d iff 2^i and 5^i are
        if (10 ** i) % d == 0:
            n = abs(q.numerator) * (10 ** i // d)
            whole, frac_part = divmod(n, 10 ** i)
            sign = "-" if q < 0 else ""
            return f"{sign}{whole}" + (f".{str(frac_part).rjust(i, '0')}" if i else "")
    return f"{q.numerator}/{q.denominator}"


def isolating_intervals(coeffs, digits: int = 10, dps: int = 30) -> list:
    """``[(a_1, b_1), ...]`` (Fractions), one interval per real root, largest root first.

    ``digits`` is the decimal width of the intervals built from mpmath's roots (``dps`` digits, evidence);
    the intervals returned are checked exactly (Sturm counts, signs at the ends, disjointness).

    Examples
    ========

    >>> from symbolic.algebraic.root_enclosure import isolating_intervals
    >>> from symbolic.algebraic.root_enclosure import endpoint_string
    >>> [(endpoint_string(a), endpoint_string(b)) for a, b in isolating_intervals(["-1", "5", "-6", "1"], digits=3)]
    [('5.048', '5.049'), ('0.643', '0.644'), ('0.307', '0.308')]
    >>> isolating_intervals(["1", "-2", "1"])
    Traceback (most recent call last):
    ...
    ValueError: f must be squarefree; got gcd(f, f') = x - 1: divide f by it (sympy.sqf_part) first
    """
    p = _poly(coeffs)
    if isinstance(digits, bool) or not isinstance(digits, int) or digits < 0:
        raise ValueError(f"digits must be a nonnegative integer; got {digits!r}")
    approx = _mp_real_roots(p, max(dps, digits + 10))
    if len(approx) == p.count_roots():
        out = [_near(p, r, digits) for r in approx]
        if all(iv is not None for iv in out) and _disjoint_cover(p, out):
            return [(Fraction(a), Fraction(b)) for a, b in out]
    return _bisect(p)
