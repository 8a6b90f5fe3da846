r"""A Groebner basis recomputed by the checker (Buchberger, grevlex, Fractions), to certify a count of points.

For a zero-dimensional ideal :math:`I = (F)`, :math:`\dim_\mathbb{Q} \mathbb{Q}[x]/I` is the number of
standard monomials of any Groebner basis, and it bounds the number of distinct complex zeros of :math:`F`
(with multiplicity it is equal).  So when the certificate also exhibits that many *distinct* zeros (disjoint
Krawczyk boxes, :mod:`symbolic.checker.regularized_points`), every zero is listed.  The basis is recomputed
here from :math:`F` itself (no basis is taken from the certificate, so membership in :math:`I` holds by
construction): Buchberger's algorithm with the product criterion, every S-polynomial reduced to zero at the
end, then interreduced.  Work is counted (reduction steps), not timed; above :data:`MAX_STEPS` the
checker refuses rather than answers.

Main definitions
----------------
* :func:`groebner_basis`, :func:`standard_monomial_count`, :func:`verify_count`.
"""

from __future__ import annotations

from fractions import Fraction

from .quotient_bound import staircase_size

__all__ = ["groebner_basis", "standard_monomial_count", "verify_count", "MAX_STEPS"]

#: Work bound: reduction steps (one leading-term cancellation each) over the whole computation.
MAX_STEPS = 2_000_000


def _key(e):
    """grevlex: total degree, then the reversed exponents compared negatively."""
    return (sum(e), tuple(-x for x in reversed(e)))


class _Budget(Exception):
    pass


def _lead(p):
    return max(p, key=_key)


def _monic(p):
    if not p:
        return p
    lc = p[_lead(p)]
    return {e: c / lc for e, c in p.items()}


def _divides(a, b):
    return all(x <= y for x, y in zip(a, b))


def _reduce(p, G, leads, budget):
    """The full normal form of ``p`` by the monic polynomials ``G`` (leading monomials ``leads``)."""
    p = dict(p)
    out = {}
    while p:
        m = _lead(p)
        c = p[m]
        for g, lm in zip(G, leads):
            if _divides(lm, m):
                budget[0] -= 1
                if budget[0] < 0:
                    raise _Budget
                shift = tuple(x - y for x, y in zip(m, lm))
                for e, gc in g.items():
                    t = tuple(x + y for x, y in zip(e, shift))
                    v = p.get(t, 0) - c * gc
                    if v:
                        p[t] = v
                    else:
                        p.pop(t, None)
                break
        else:
            out[m] = c
            del p[m]
    return out


def _spoly(f, g, lf, lg):
    lcm = tuple(max(x, y) for x, y in zip(lf, lg))
    out = {}
    for p, lp, sign in ((f, lf, 1), (g, lg, -1)):
        shift = tuple(x - y for x, y in zip(lcm, lp))
        for e, c in p.items():
            t = tuple(x + y for x, y in zip(e, shift))
            v = out.get(t, 0) + sign * c
            if v:
                out[t] = v
            else:
                out.pop(t, None)
    return out


def groebner_basis(F, max_steps: int = MAX_STEPS):
    """The reduced grevlex Groebner basis of the polynomials ``F`` (dicts exponent -> rational), or ``None`` when
    the work bound is exceeded.

    Examples
    ========

    >>> from fractions import Fraction as Fr
    >>> from symbolic.checker.groebner import groebner_basis, standard_monomial_count
    >>> G = groebner_basis([{(2, 0): Fr(1), (0, 0): Fr(-1)}, {(1, 0): Fr(1), (0, 1): Fr(-1)}])  # x^2-1, x-y
    >>> sorted(G, key=len) == [{(1, 0): 1, (0, 1): -1}, {(0, 2): 1, (0, 0): -1}]
    True
    >>> standard_monomial_count(G, 2)
    2
    """
    budget = [max_steps]
    G, leads = [], []
    try:
        for f in F:
            r = _monic(_reduce({e: Fraction(c) for e, c in f.items() if c}, G, leads, budget))
            if r:
                G.append(r)
                leads.append(_lead(r))
        pairs = [(i, j) for j in range(len(G)) for i in range(j)]
        while pairs:
            pairs.sort(key=lambda ij: _key(tuple(max(x, y) for x, y in zip(leads[ij[0]], leads[ij[1]]))))
            i, j = pairs.pop(0)
            if all(min(x, y) == 0 for x, y in zip(leads[i], leads[j])):  # product criterion
                continue
            r = _monic(_reduce(_spoly(G[i], G[j], leads[i], leads[j]), G, leads, budget))
            if r:
                G.append(r)
                leads.append(_lead(r))
                pairs.extend((k, len(G) - 1) for k in range(len(G) - 1))
        # minimal, then reduced
        keep = [k for k in range(len(G))
                if not any(_divides(leads[o], leads[k]) and (leads[o] != leads[k] or o < k)
                           for o in range(len(G)) if o != k)]
        G, leads = [G[k] for k in keep], [leads[k] for k in keep]
        out = []
        for k, g in enumerate(G):
            others = [G[o] for o in range(len(G)) if o != k]
            other_leads = [leads[o] for o in range(len(G)) if o != k]
            tail = {e: c for e, c in g.items() if e != leads[k]}
            red = _reduce(tail, others, other_leads, budget)
            red[leads[k]] = Fraction(1)
            out.append(red)
        return out
    except _Budget:
        return None


def standard_monomial_count(G, nvars: int, limit: int = 100000):
    """The number of monomials divisible by no leading monomial of ``G``; ``None`` if infinite (or above
    ``limit``): :func:`symbolic.checker.quotient_bound.staircase_size` of the leading monomials."""
    return staircase_size([_lead(g) for g in G], nvars, limit)


def verify_count(F, listed: int, spec) -> tuple[bool, str]:
    """``(ok, reason)``: the ideal of ``F`` (MPoly) has exactly ``listed`` standard monomials."""
    if spec != {"groebner": True}:
        return False, f"unknown completeness certificate {spec!r}; use {{\"groebner\": true}}"
    n = F[0].n
    G = groebner_basis([dict(f.terms) for f in F])
    if G is None:
        return False, f"the Groebner basis needs more than {MAX_STEPS} reduction steps: too large to re-verify"
    count = standard_monomial_count(G, n)
    if count is None:
        return False, "the gradient ideal is not zero-dimensional"
    if count != listed:
        return False, f"the quotient has dimension {count}, but {listed} distinct points are listed"
    return True, f"Groebner basis recomputed: {len(G)} elements, {count} standard monomials"
