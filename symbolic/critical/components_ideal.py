r"""Groebner bases that remember how each element is made from the generators (cofactors).

A certificate of ideal membership :math:`t \in (g_1, \dots, g_n)` is a list of cofactors
:math:`a_i` with :math:`t = \sum_i a_i g_i`: an exact polynomial identity that a checker
re-verifies by expanding, without any Groebner basis.  :class:`TrackedBasis` runs Buchberger's
algorithm (grevlex, normal selection, the product and chain criteria) on polynomials of a SymPy
``PolyRing`` over QQ and keeps, for every basis element, its cofactors with respect to the input
generators; :meth:`TrackedBasis.lift` then writes any member of the ideal in the generators.

Work is counted, never timed: every reduction step counts one unit, and a basis that needs more than
``work_limit`` units raises :class:`WorkLimitExceeded` (the same input gives the same answer on any
machine).

Main definitions
----------------
* :class:`TrackedBasis`, :class:`WorkLimitExceeded`.
* :func:`groebner_basis` (untracked, SymPy's own), :func:`in_radical`, :func:`krull_dimension`.

Examples
========

>>> from sympy.polys.rings import ring
>>> from sympy.polys.domains import QQ
>>> from sympy.polys.orderings import grevlex
>>> from symbolic.critical.components_ideal import TrackedBasis
>>> R, x, y = ring("x,y", QQ, grevlex)
>>> B = TrackedBasis([x * y - 1, x**2], R)
>>> cof = B.lift(R.one)
>>> cof[0] * (x * y - 1) + cof[1] * x**2 == R.one
True
"""

from __future__ import annotations

from sympy.polys.groebnertools import groebner as _sympy_groebner
from sympy.polys.monomials import monomial_div, monomial_lcm, monomial_mul

__all__ = ["TrackedBasis", "WorkLimitExceeded", "groebner_basis", "normal_form", "in_radical", "krull_dimension"]


class WorkLimitExceeded(RuntimeError):
    """A computation needed more reduction steps than its work bound allows."""


def groebner_basis(polys, R):
    """SymPy's reduced Groebner basis of ``polys`` (no cofactors): the fast test of membership."""
    polys = [p for p in polys if p]
    if not polys:
        return []
    return _sympy_groebner(polys, R)


def normal_form(t, G):
    """The remainder of ``t`` on division by the Groebner basis ``G`` (zero exactly when ``t`` is in the ideal)."""
    if not G:
        return t
    return t.rem(G)


def in_radical(t, G, max_power: int = 3):
    """The least :math:`m \\le` ``max_power`` with :math:`t^m` in the ideal of the Groebner basis ``G``, else 0.

    A 0 answer means only that no power up to ``max_power`` was found, not that ``t`` is outside the radical.
    Powers of the normal form are reduced as they are taken (:math:`t^m \\equiv r^m`, :math:`r` the remainder of
    :math:`t`): the same answer as reducing :math:`t^m`, without expanding it.

    Examples
    ========

    >>> from sympy.polys.rings import ring
    >>> from sympy.polys.domains import QQ
    >>> from sympy.polys.orderings import grevlex
    >>> from symbolic.critical.components_ideal import groebner_basis, in_radical
    >>> R, x, y = ring("x,y", QQ, grevlex)
    >>> G = groebner_basis([x**2, y**3], R)
    >>> in_radical(x + y, G, 3), in_radical(x + y, G, 5), in_radical(x + 1, G, 5)
    (0, 4, 0)
    """
    r = normal_form(t, G)
    p = r
    for m in range(1, max_power + 1):
        if not p:
            return m
        if m < max_power:
            p = normal_form(p * r, G)
    return 0


def krull_dimension(G, nvars: int) -> int:
    """The dimension of the variety of a Groebner basis ``G`` (-1 for the empty variety).

    The largest set of variables containing no leading monomial's support (leading monomials of a
    graded order give the same Hilbert polynomial degree as the ideal).

    Examples
    ========

    >>> from sympy.polys.rings import ring
    >>> from sympy.polys.domains import QQ
    >>> from sympy.polys.orderings import grevlex
    >>> from symbolic.critical.components_ideal import groebner_basis, krull_dimension
    >>> R, x, y, z = ring("x,y,z", QQ, grevlex)
    >>> krull_dimension(groebner_basis([x * y, x * z], R), 3), krull_dimension(groebner_basis([R.one], R), 3)
    (2, -1)
    """
    if any(not any(g.LM) for g in G):
        return -1
    supports = [frozenset(i for i, e in enumerate(g.LM) if e) for g in G]
    best = 0

    def grow(chosen: frozenset, start: int):
        nonlocal best
        best = max(best, len(chosen))
        for i in range(start, nvars):
            bigger = chosen | {i}
            if not any(s <= bigger for s in supports) and len(bigger) + (nvars - i - 1) > best:
                grow(bigger, i + 1)

    grow(frozenset(), 0)
    return best


class TrackedBasis:
    """A Groebner basis of ``gens`` (grevlex) with each element's cofactors in ``gens``.

    ``start`` is an optional :class:`TrackedBasis` of a prefix of ``gens`` (a parent ideal): its basis is
    reused, and only pairs with the new generators are formed.  ``work_limit`` bounds the reduction steps.
    """

    def __init__(self, gens, R, start: "TrackedBasis | None" = None, work_limit: int = 2_000_000):
        self.R = R
        self.gens = list(gens)
        self.n = len(self.gens)
        self.work = 0
        self.work_limit = work_limit
        self.basis = []  # (f, LM, LC)
        self.cofactors = []  # list of n polynomials per basis element
        self.unit = None  # index of a constant basis element (the ideal is (1)), if any
        self._pairs = []
        zero = R.zero
        if start is not None:
            if start.gens != self.gens[:start.n]:
                raise ValueError("start must be a tracked basis of a prefix of gens")
            for (f, lm, lc), cof in zip(start.basis, start.cofactors):
                self.basis.append((f, lm, lc))
                self.cofactors.append(list(cof) + [zero] * (self.n - start.n))
            self.unit = start.unit
            first = start.n
        else:
            first = 0
        for i in range(first, self.n):
            g = self.gens[i]
            if g:
                self._add(g, {}, [R.one if k == i else zero for k in range(self.n)])
        self._complete()

    # -- reduction with quotients -------------------------------------------------------------------
    def _reduce(self, h):
        """``h -> (r, Q)`` with :math:`h = r + \\sum_j Q_j f_j` (full reduction)."""
        R = self.R
        Q = {}
        r = R.zero
        h = h.copy()
        basis = self.basis
        while h:
            m = h.LM
            c = h.LC
            for j, (f, fm, fl) in enumerate(basis):
                q = monomial_div(m, fm)
                if q is not None:
                    coef = c / fl
                    h = h - f.mul_term((q, coef))
                    Q.setdefault(j, {})[q] = Q.get(j, {}).get(q, R.domain.zero) + coef
                    self.work += 1
                    if self.work > self.work_limit:
                        raise WorkLimitExceeded(f"more than {self.work_limit} reduction steps")
                    break
            else:
                r[m] = c
                del h[m]
        return r, {j: R(terms) for j, terms in Q.items()}

    def _combine(self, Q: dict, base=None):
        """:math:`\\sum_j Q_j \\cdot` cofactors of basis element :math:`j` (plus ``base``)."""
        out = list(base) if base is not None else [self.R.zero] * self.n
        for j, q in Q.items():
            if not q:
                continue
            for i, c in enumerate(self.cofactors[j]):
                if c:
                    out[i] = out[i] + q * c
        return out

    def _add(self, f, Q: dict, base):
        r, Qr = self._reduce(f)
        if not r:
            return
        for j, q in Qr.items():
            Q[j] = Q.get(j, self.R.zero) - q
        cof = self._combine(Q, base)
        lc = r.LC
        r = r.quo_ground(lc)
        cof = [c.quo_ground(lc) for c in cof]
        k = len(self.basis)
        self.basis.append((r, r.LM, r.LC))
        self.cofactors.append(cof)
        if not any(r.LM):
            self.unit = k
            return
        for j in range(k):
            self._pairs.append((monomial_lcm(self.basis[j][1], r.LM), j, k))

    def _complete(self):
        order = self.R.order
        while self._pairs and self.unit is None:
            self._pairs.sort(key=lambda p: order(p[0]), reverse=True)
            lcm, a, b = self._pairs.pop()
            fa, ma, _ = self.basis[a]
            fb, mb, _ = self.basis[b]
            if monomial_mul(ma, mb) == lcm:  # product criterion
                continue
            if self._chain(lcm, a, b):
                continue
            one = self.R.domain.one
            ua, ub = monomial_div(lcm, ma), monomial_div(lcm, mb)
            s = fa.mul_term((ua, one)) - fb.mul_term((ub, one))
            Q = {a: self.R({ua: one}), b: self.R({ub: -one})}
            self._add(s, Q, None)

    def _chain(self, lcm, a, b) -> bool:
        pending = {(p[1], p[2]) for p in self._pairs}
        for k, (_, mk, _) in enumerate(self.basis):
            if k in (a, b) or monomial_div(lcm, mk) is None:
                continue
            if (min(a, k), max(a, k)) not in pending and (min(b, k), max(b, k)) not in pending:
                return True
        return False

    # -- answers ---------------------------------------------------------------------------------------
    @property
    def is_unit(self) -> bool:
        """The ideal is the whole ring (its variety is empty)."""
        return self.unit is not None

    def polys(self):
        return [f for f, _, _ in self.basis]

    def lift(self, t):
        """Cofactors :math:`a_i` with :math:`t = \\sum_i a_i g_i`, or ``None`` when ``t`` is not in the ideal."""
        if self.unit is not None:
            return [t * c for c in self.cofactors[self.unit]]
        r, Q = self._reduce(t)
        if r:
            return None
        return self._combine(Q)

    def lift_power(self, t, max_power: int = 3):
        """``(m, cofactors)``, the least :math:`m \\le` ``max_power`` with :math:`t^m` in the ideal; else ``None``."""
        p = t
        for m in range(1, max_power + 1):
            cof = self.lift(p)
            if cof is not None:
                return m, cof
            p = p * t
        return None
