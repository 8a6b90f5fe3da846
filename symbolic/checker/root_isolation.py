"""Checker for isolating intervals of the real roots of a rational polynomial (Sturm sequences, Fractions).

A polynomial is a list of rational coefficients, index = degree (as in :mod:`symbolic.checker.poly`),
with a nonzero last entry.  The Sturm sequence of :math:`f` is :math:`f_0 = f`, :math:`f_1 = f'`,
:math:`f_{i+1} = -\\operatorname{rem}(f_{i-1}, f_i)`; it ends in :math:`\\gcd(f, f')` up to a constant, so
:math:`f` is squarefree exactly when it ends in a nonzero constant.  For :math:`a < b`, neither a root,
Sturm's theorem gives the number of roots in :math:`(a, b]` as :math:`V(a) - V(b)` (:math:`V` = sign
changes of the sequence, zeros skipped), and the number of real roots as :math:`V(-\\infty) - V(\\infty)`
(signs of the leading coefficients).

Certificate::

    {"kind": "root_isolation", "f": [c_0, ..., c_n], "intervals": [[a_1, b_1], ..., [a_s, b_s]]}

:func:`verify_isolation` checks: :math:`f` squarefree (needed: it is what makes the sequence a Sturm
sequence ending in a constant, and a root in an interval simple); :math:`a_k < b_k` and
:math:`f(a_k) f(b_k) < 0` (no end is a root, and there is a root inside); :math:`V(a_k) - V(b_k) = 1`
(exactly one); :math:`b_{k+1} < a_k` (disjoint, largest root first); and :math:`s` equals the number of real
roots (none is missed).  Then "the :math:`k`-th largest real root of :math:`f` lies in
:math:`[a_k, b_k]`", and signs of differences of roots follow from comparing endpoints.

Main definitions
----------------
* :func:`verify_isolation`, :func:`verify_root_isolation`, :func:`sturm_sequence`, :func:`upoly_rem`,
  :func:`upoly_eval`, :func:`upoly_gcd`, :func:`parse_upoly`.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

from .poly import frac

__all__ = ["parse_intervals", "parse_upoly", "sturm_sequence", "upoly_eval", "upoly_gcd", "upoly_rem",
           "verify_isolation", "verify_root_isolation"]


def _trim(p):
    p = list(p)
    while p and p[-1] == 0:
        p.pop()
    return p


def parse_upoly(coeffs, name: str = "f") -> list:
    """Rational strings (index = degree, last entry nonzero, degree >= 1) as a list of Fractions."""
    if not isinstance(coeffs, list) or len(coeffs) < 2:
        raise ValueError(f"{name} must be a list of at least two rational coefficients (index = degree)")
    p = [frac(c) for c in coeffs]
    if p[-1] == 0:
        raise ValueError(f"{name}'s leading coefficient (its last entry) must be nonzero; drop trailing zeros")
    return p


def parse_intervals(rows, name: str = "intervals") -> list:
    """``[[a, b], ...]`` of rational strings as a list of Fraction pairs."""
    if not isinstance(rows, list) or not all(isinstance(r, list) and len(r) == 2 for r in rows):
        raise ValueError(f"{name} must be a list of [a, b] pairs of rational strings")
    return [(frac(a), frac(b)) for a, b in rows]


def upoly_eval(p, x):
    """:math:`p(x)` by Horner's rule (``p`` with index = degree)."""
    out = Fraction(0)
    for c in reversed(p):
        out = out * x + c
    return out


def upoly_rem(a, b):
    """The remainder of ``a`` by ``b`` (index = degree; ``b`` with a nonzero last entry).

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.root_isolation import upoly_rem
    >>> upoly_rem([F(0), F(0), F(0), F(1)], [F(-2), F(0), F(1)])   # x^3 mod (x^2 - 2) = 2x
    [Fraction(0, 1), Fraction(2, 1)]
    """
    a, b = _trim(a), _trim(b)
    if not b:
        raise ZeroDivisionError("polynomial division by zero")
    while len(a) >= len(b):
        q = a[-1] / b[-1]
        shift = len(a) - len(b)
        a = _trim([c - q * b[i - shift] if i >= shift else c for i, c in enumerate(a)][:-1])
    return a


def upoly_gcd(a, b):
    """A gcd of ``a`` and ``b`` (Euclid over QQ), not normalized; ``[]`` only if both are zero."""
    a, b = _trim(a), _trim(b)
    while b:
        a, b = b, upoly_rem(a, b)
    return a


def sturm_sequence(f) -> list:
    """:math:`f, f', -\\operatorname{rem}(f, f'), \\dots` down to the last nonzero remainder.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.root_isolation import sturm_sequence
    >>> sturm_sequence([F(-2), F(0), F(1)])   # x^2 - 2, 2x, 2
    [[Fraction(-2, 1), Fraction(0, 1), Fraction(1, 1)], [Fraction(0, 1), Fraction(2, 1)], [Fraction(2, 1)]]
    """
    f = _trim(f)
    seq = [f, [i * c for i, c in enumerate(f)][1:]]
    while True:
        r = upoly_rem(seq[-2], seq[-1])
        if not r:
            return seq
        seq.append([-c for c in r])


def _variations(signs) -> int:
    signs = [s for s in signs if s != 0]
    return sum(1 for s, t in pairwise(signs) if s != t)


def _sign(x) -> int:
    return (x > 0) - (x < 0)


def _at(seq, x) -> int:
    return _variations([_sign(upoly_eval(p, x)) for p in seq])


def _at_infinity(seq, side: int) -> int:
    return _variations([_sign(p[-1]) * (side ** (len(p) - 1)) for p in seq])


def _show(p) -> str:
    return "[" + ", ".join(str(c) for c in p) + "]"


def verify_isolation(f, intervals) -> tuple[bool, str]:
    """``(ok, reason)``: ``intervals`` (Fraction pairs, largest root first) isolate every real root of ``f``.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.root_isolation import verify_isolation
    >>> f = [F(-2), F(0), F(1)]                                   # x^2 - 2
    >>> verify_isolation(f, [(F(141, 100), F(142, 100)), (F(-142, 100), F(-141, 100))])
    (True, '2 real roots, one in each interval')
    >>> verify_isolation(f, [(F(141, 100), F(142, 100))])[1]
    'f has 2 real roots but 1 intervals are given: a root is missing'
    """
    seq = sturm_sequence(f)
    if len(seq[-1]) > 1:
        return False, (f"f must be squarefree; got gcd(f, f') of degree {len(seq[-1]) - 1}: {_show(seq[-1])} "
                       "(index = degree); divide f by it")
    for k, (a, b) in enumerate(intervals, 1):
        if not a < b:
            return False, f"interval {k} [{a}, {b}] is empty or a point: give a < b"
        if upoly_eval(f, a) * upoly_eval(f, b) >= 0:
            return False, f"f does not change sign on interval {k} [{a}, {b}] (or an end is a root)"
        n = _at(seq, a) - _at(seq, b)
        if n != 1:
            return False, f"interval {k} [{a}, {b}] holds {n} roots of f, not exactly one"
    for k in range(len(intervals) - 1):
        if not intervals[k + 1][1] < intervals[k][0]:
            return False, f"intervals {k + 1} and {k + 2} overlap or are not in decreasing order (largest root first)"
    total = _at_infinity(seq, -1) - _at_infinity(seq, 1)
    if total != len(intervals):
        return False, f"f has {total} real roots but {len(intervals)} intervals are given: a root is missing"
    return True, f"{total} real roots, one in each interval"


def verify_root_isolation(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``root_isolation`` certificate; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.root_isolation import verify_root_isolation
    >>> verify_root_isolation({"kind": "root_isolation", "f": ["-1", "5", "-6", "1"],
    ...                        "intervals": [["5.04", "5.05"], ["0.64", "0.65"], ["0.30", "0.31"]]})
    (True, '3 real roots, one in each interval')
    """
    if cert.get("kind") != "root_isolation":
        return False, f"not a root_isolation certificate (kind {cert.get('kind')!r})"
    try:
        f = parse_upoly(cert["f"])
        intervals = parse_intervals(cert["intervals"])
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed certificate: {exc}"
    return verify_isolation(f, intervals)
