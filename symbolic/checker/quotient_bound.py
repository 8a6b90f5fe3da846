r"""An upper bound on the number of common zeros from ideal members with cofactors (no Groebner basis).

Let :math:`I = (f_1, \dots, f_n) \subseteq \mathbb{Q}[x_1, \dots, x_n]` and fix a monomial order (here grevlex).
The certificate lists polynomials :math:`c_{ij}`; the checker forms

.. math::

    g_i = \sum_j c_{ij} f_j \in I

by expanding (exact integer arithmetic after clearing denominators), takes the leading monomial
:math:`\operatorname{LM}(g_i)` of each (nonzero) :math:`g_i`, and counts the set :math:`S` of monomials divisible
by no :math:`\operatorname{LM}(g_i)`.  If :math:`S` is finite,

.. math::

    \#V_{\mathbb{C}}(I) \le \dim_{\mathbb{Q}} \mathbb{Q}[x]/I \le \dim_{\mathbb{Q}} \mathbb{Q}[x]/(g) \le \#S .

Why, step by step (only the division algorithm is used; :math:`G = \{g_i\}` need **not** be a Groebner basis,
so no S-polynomial is checked):

1. :math:`\mathbb{Q}[x]/(g)` is spanned by :math:`S`: dividing any :math:`h` by :math:`g_1, \dots` (the
   multivariate division algorithm, which terminates for any monomial order) gives
   :math:`h = \sum_i q_i g_i + r` with no monomial of :math:`r` divisible by any :math:`\operatorname{LM}(g_i)`,
   so :math:`r \in \operatorname{span} S`.
2. :math:`(g) \subseteq I` because every :math:`g_i` is a combination of the :math:`f_j` (the cofactors; this is
   the inclusion that matters: it gives :math:`V(I) \subseteq V(g)` and makes :math:`\mathbb{Q}[x]/I` a quotient
   of :math:`\mathbb{Q}[x]/(g)`).  The reverse inclusion :math:`I \subseteq (g)` would bound nothing.
3. :math:`k` distinct points :math:`p_1, \dots, p_k \in V_\mathbb{C}(I)` give :math:`k` linearly independent
   functionals :math:`h \mapsto h(p_l)` on :math:`\mathbb{C}[x]/I\mathbb{C}[x]` (separating polynomials exist),
   whose dimension over :math:`\mathbb{C}` equals :math:`\dim_\mathbb{Q} \mathbb{Q}[x]/I`.

So with :math:`N = \#S` distinct zeros certified separately (disjoint Krawczyk boxes), the zeros are exactly
those :math:`N`.  The cost is one polynomial identity per element: the checker's work is the number of cofactor
terms times the number of generator terms, counted (not timed) against :data:`MAX_PRODUCTS`.

Certificate part (inside ``regularized_critical_points``' ``complete``)::

    {"cofactors": {"order": "grevlex", "elements": [[c_i1, ..., c_in], ...]}}

each :math:`c_{ij}` a list of terms ``[[e_1, ..., e_n], "p/q"]``.

Main definitions
----------------
* :func:`verify_quotient_bound`, :func:`staircase_size`, :func:`grevlex_key`.
"""

from __future__ import annotations

from fractions import Fraction
from math import lcm

from .poly import frac

__all__ = ["verify_quotient_bound", "staircase_size", "grevlex_key", "MAX_PRODUCTS", "MAX_STAIRCASE"]

#: Work bound: term products (one cofactor term times one generator term) over the whole certificate.
MAX_PRODUCTS = 50_000_000
#: Largest staircase counted.
MAX_STAIRCASE = 100_000
#: Longest coefficient read (characters): cofactors run to thousands of digits, beyond :func:`frac`'s guard.
MAX_COEF_CHARS = 200_000

_DIGITS = frozenset("0123456789")


def _is_rational_string(value: str) -> bool:
    """Whether ``value`` is ``-?[0-9]+(/[0-9]+)?`` (ASCII digits only)."""
    num, slash, den = value.partition("/")
    num = num[1:] if num.startswith("-") else num
    return bool(num) and set(num) <= _DIGITS and (not slash or (bool(den) and set(den) <= _DIGITS))


def _coef(value) -> Fraction:
    """A coefficient: an int or a string ``"p"`` / ``"p/q"`` (no floats, no exponents), at most
    :data:`MAX_COEF_CHARS` long."""
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    if not isinstance(value, str):
        return frac(value)  # refuses floats and other types with frac's message
    if len(value) > MAX_COEF_CHARS or not _is_rational_string(value):
        raise ValueError(f"coefficient {value[:40]!r} is not a rational string \"p/q\" of at most "
                         f"{MAX_COEF_CHARS} characters")
    num, _, den = value.partition("/")
    if den and _int(den) == 0:
        raise ValueError("a coefficient has denominator 0")
    return Fraction(_int(num), _int(den) if den else 1)


def _int(digits: str) -> int:
    """``int(digits)`` for strings of any length, read in chunks of 4000 characters (below Python's limit on
    one ``int(str)`` conversion, which this module leaves as it is)."""
    sign, digits = (-1, digits[1:]) if digits.startswith("-") else (1, digits)
    value = 0
    for i in range(0, len(digits), 4000):
        chunk = digits[i:i + 4000]
        value = value * 10 ** len(chunk) + int(chunk)
    return sign * value


def grevlex_key(e):
    """Sort key of the graded reverse lexicographic order: higher key = larger monomial.

    Examples
    ========

    >>> from symbolic.checker.quotient_bound import grevlex_key
    >>> max([(2, 0, 0), (1, 1, 1), (0, 0, 2)], key=grevlex_key)  # degree first
    (1, 1, 1)
    >>> max([(1, 0, 1), (0, 2, 0)], key=grevlex_key)  # then the smaller last exponent wins
    (0, 2, 0)
    """
    return (sum(e), tuple(-x for x in reversed(e)))


def staircase_size(leads, nvars: int, limit: int = MAX_STAIRCASE):
    """The number of monomials in ``nvars`` variables divisible by no monomial of ``leads``; ``None`` when that set
    is infinite (some variable has no pure power among ``leads``) or larger than ``limit``.

    Examples
    ========

    >>> from symbolic.checker.quotient_bound import staircase_size
    >>> staircase_size([(2, 0), (1, 1), (0, 3)], 2)  # 1, x, y, y^2
    4
    >>> staircase_size([(2, 0), (1, 1)], 2) is None
    True
    """
    leads = [tuple(m) for m in leads]
    for v in range(nvars):
        if not any(m[v] > 0 and sum(m) == m[v] for m in leads):
            return None
    count, stack, seen = 0, [(0,) * nvars], {(0,) * nvars}
    while stack:
        m = stack.pop()
        if any(all(a >= b for a, b in zip(m, lm)) for lm in leads):
            continue
        count += 1
        if count > limit:
            return None
        for i in range(nvars):
            e = m[:i] + (m[i] + 1,) + m[i + 1:]
            if e not in seen:
                seen.add(e)
                stack.append(e)
    return count


def _terms(poly, n, where):
    """A certificate polynomial ``[[exps], "coef"]`` as ``{exps: Fraction}``."""
    if not isinstance(poly, list):
        raise ValueError(f"{where}: a polynomial is a list of [[exponents], coefficient] terms")
    out = {}
    for term in poly:
        if not (isinstance(term, list) and len(term) == 2 and isinstance(term[0], list) and len(term[0]) == n
                and all(isinstance(k, int) and not isinstance(k, bool) and k >= 0 for k in term[0])):
            raise ValueError(f"{where}: each term is [[{n} exponents >= 0], coefficient]; got {term!r:.60}")
        e = tuple(term[0])
        if e in out:
            raise ValueError(f"{where}: the monomial {list(e)} appears twice")
        c = _coef(term[1])
        if c:
            out[e] = c
    return out


def _pack(n, bits):
    shifts = [bits * (n - 1 - v) for v in range(n)]

    def pack(e):
        k = 0
        for x, s in zip(e, shifts):
            k |= x << s
        return k

    mask = (1 << bits) - 1

    def unpack(k):
        return tuple((k >> s) & mask for s in shifts)

    return pack, unpack


def verify_quotient_bound(F, spec, listed: int) -> tuple[bool, str]:
    """``(ok, reason)``: the cofactors in ``spec`` give members of the ideal of ``F`` (MPoly, one per variable)
    whose leading monomials leave at most ``listed`` standard monomials (see the module docstring).  Rationals of
    any length are read (in chunks below Python's 4300-digit limit on one conversion, which stays as it is).

    Examples
    ========

    :math:`I = (x^2 - 1, y^2 - 4)` has 4 zeros; :math:`g_1 = f_1`, :math:`g_2 = f_2` lead with :math:`x^2, y^2`,
    leaving :math:`1, x, y, xy`:

    >>> from symbolic.checker.mpoly import MPoly
    >>> from symbolic.checker.quotient_bound import verify_quotient_bound
    >>> x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    >>> F = [x * x - 1, y * y - 4]
    >>> spec = {"order": "grevlex", "elements": [[[[[0, 0], "1"]], []], [[], [[[0, 0], "1"]]]]}
    >>> verify_quotient_bound(F, spec, 4)
    (True, '2 ideal members with cofactors; their leading monomials leave 4 standard monomials')
    >>> verify_quotient_bound(F, spec, 3)[0]
    False
    """
    return _verify(F, spec, listed)


def _verify(F, spec, listed: int) -> tuple[bool, str]:
    """The check itself."""
    if not isinstance(spec, dict) or spec.get("order") != "grevlex" or not isinstance(spec.get("elements"), list):
        return False, 'the cofactor certificate must be {"order": "grevlex", "elements": [[c_1, ..., c_n], ...]}'
    n = F[0].n
    m = len(F)
    gens = []  # integer generators: f_j = G_j / d_j
    for f in F:
        d = 1
        for c in f.terms.values():
            d = lcm(d, Fraction(c).denominator)
        gens.append(({e: int(Fraction(c) * d) for e, c in f.terms.items()}, d))
    dall = 1
    for _, d in gens:
        dall = lcm(dall, d)
    elements = spec["elements"]
    if not elements:
        return False, "no ideal members listed"
    # exponent bound for packing: cofactor degree + generator degree per variable
    gdeg = max((max(e) for g, _ in gens for e in g), default=0)
    work = 0
    leads = []
    for i, row in enumerate(elements):
        if not isinstance(row, list) or len(row) != m:
            return False, f"element {i}: one cofactor per generator ({m})"
        try:
            cofs = [_terms(c, n, f"cofactor {j}") for j, c in enumerate(row)]
        except (ValueError, TypeError) as exc:
            return False, f"element {i}: {exc}"
        cdeg = max((max(e) for c in cofs for e in c), default=0)
        pack, unpack = _pack(n, (cdeg + gdeg + 1).bit_length() + 1)
        den = 1
        for c in cofs:
            for v in c.values():
                den = lcm(den, v.denominator)
        acc = {}
        for (g, d), c in zip(gens, cofs):
            if not c:
                continue
            work += len(c) * len(g)
            if work > MAX_PRODUCTS:
                return False, f"the cofactors need more than {MAX_PRODUCTS} term products: too large to re-verify"
            scale = dall // d
            gp = [(pack(e), v * scale) for e, v in g.items()]
            for e, v in c.items():
                k0, cv = pack(e), int(v * den)
                for k1, gv in gp:
                    k = k0 + k1
                    acc[k] = acc.get(k, 0) + cv * gv
        support = [k for k, v in acc.items() if v]
        if not support:
            return False, f"element {i} is the zero polynomial"
        leads.append(max((unpack(k) for k in support), key=grevlex_key))
    size = staircase_size(leads, n)
    if size is None:
        return False, "the leading monomials leave infinitely many (or too many) standard monomials"
    if size > listed:
        return False, f"the leading monomials leave {size} standard monomials, more than the {listed} points listed"
    return True, (f"{len(elements)} ideal members with cofactors; their leading monomials leave {size} "
                  "standard monomials")
