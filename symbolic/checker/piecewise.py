"""Checker for lower bounds of piecewise-polynomial functions on a semialgebraic set.

The function is

.. math::

    F = p_0 + \\sum_i c_i\\, |\\ell_i| + \\sum_i e_i\\, (m_i)_+ ,

with polynomials :math:`p_0, \\ell_i, m_i` in the *outer* variables and rational
:math:`c_i, e_i` of any sign; an optional substitution maps each outer variable
to a polynomial in the *inner* variables (e.g. the entries of a product
:math:`W_2 W_1`), and the checker composes it itself.  The claim is
:math:`F \\ge 0` on :math:`N = \\{g_j \\ge 0\\}` (inner variables).

Certificate: ``splits`` :math:`\\sigma_1..\\sigma_r` (inner polynomials) and one
entry per sign pattern :math:`s \\in \\{+1, -1\\}^r` (all :math:`2^r` present, so
the regions :math:`N \\cap \\{s_k \\sigma_k \\ge 0\\}` cover :math:`N`).  Each region
is either *infeasible* (a :mod:`~symbolic.checker.positivity` certificate whose
target is a negative constant, impossible on a nonempty set) or gives a sign
for every :math:`|\\ell_i|` and every :math:`(m_i)_+`, each with a nonnegativity
certificate of :math:`s_i \\ell_i \\ge 0` (resp. :math:`m_i \\ge 0` or
:math:`-m_i \\ge 0`) on the region, and a final certificate that the resulting
polynomial :math:`p_0 + \\sum c_i s_i \\ell_i + \\sum e_i t_i m_i` is :math:`\\ge 0`
there.  The checker recomputes every target itself: a certificate cannot
choose what it proves.

Main definitions
----------------
* :func:`verify_piecewise`, :func:`piecewise_value`, :func:`verify_piecewise_value`.
"""

from __future__ import annotations

import itertools

from .mpoly import MPoly
from .poly import frac
from .positivity import poly_from_json, verify_nonnegativity

__all__ = ["verify_piecewise", "piecewise_value", "verify_piecewise_value"]


def _compose(p: MPoly, subs: list[MPoly], n_inner: int) -> MPoly:
    total = MPoly.const(n_inner, 0)
    for exps, coef in p.terms.items():
        term = MPoly.const(n_inner, coef)
        for s, e in zip(subs, exps):
            for _ in range(e):
                term = term * s
        total = total + term
    return total


def _same(p: MPoly, q: MPoly) -> bool:
    return p == q


def verify_piecewise(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``piecewise_nonnegativity`` certificate; ``(ok, reason)``."""
    if cert.get("kind") != "piecewise_nonnegativity":
        return False, f"not a piecewise certificate (kind {cert.get('kind')!r})"
    inner = cert["variables"]
    n = len(inner)
    outer = cert.get("outer_variables")
    if outer is not None:
        subs = [poly_from_json(n, s) for s in cert["substitution"]]
        if len(subs) != len(outer):
            return False, "the substitution needs one inner polynomial per outer variable"
        lift = lambda p: _compose(poly_from_json(len(outer), p), subs, n)  # noqa: E731
    else:
        lift = lambda p: poly_from_json(n, p)  # noqa: E731
    base = lift(cert["base"])
    abs_terms = [(frac(c), lift(p)) for c, p in cert["abs_terms"]]
    plus_terms = [(frac(c), lift(p)) for c, p in cert["plus_terms"]]
    N = [poly_from_json(n, g) for g in cert["constraints"]]
    splits = [poly_from_json(n, s) for s in cert["splits"]]
    regions = cert["regions"]
    patterns = {tuple(r["pattern"]) for r in regions}
    wanted = set(itertools.product((1, -1), repeat=len(splits)))
    if patterns != wanted or len(regions) != len(wanted):
        return False, f"the regions must be exactly the {len(wanted)} sign patterns of the splits"

    def region_ok(sub: dict, target: MPoly, constraints: list[MPoly], what: str):
        if [poly_from_json(n, g) for g in sub["constraints"]] != constraints:
            return f"{what}: the certificate's constraints are not the region's"
        if poly_from_json(n, sub["target"]) != target:
            return f"{what}: the certificate proves a different polynomial"
        ok, why = verify_nonnegativity(sub)
        return None if ok else f"{what}: {why}"

    for r in regions:
        pattern = tuple(r["pattern"])
        constraints = N + [s * sigma for s, sigma in zip(pattern, splits)]
        if r.get("infeasible"):
            sub = r["infeasible"]
            target = poly_from_json(n, sub["target"])
            consts = set(target.terms) <= {tuple([0] * n)}
            value = target.terms.get(tuple([0] * n), 0)
            if not consts or not value < 0 or frac(sub["constant"]) != 0:
                return False, f"region {pattern}: an infeasibility certificate proves a negative constant >= 0"
            err = region_ok(sub, target, constraints, f"region {pattern} (infeasible)")
            if err:
                return False, err
            continue
        signs, plus = r["abs_signs"], r["plus_signs"]
        if len(signs) != len(abs_terms) or len(plus) != len(plus_terms):
            return False, f"region {pattern}: one sign per |.| term and one per (.)_+ term"
        piece = base
        for i, ((c, ell), s) in enumerate(zip(abs_terms, signs)):
            if s not in (1, -1):
                return False, f"region {pattern}: |.| sign {s!r} is not +1 or -1"
            err = region_ok(r["abs_certificates"][i], ell * s, constraints, f"region {pattern}, |l_{i}| sign")
            if err:
                return False, err
            piece = piece + ell * (c * s)
        for i, ((e, m), t) in enumerate(zip(plus_terms, plus)):
            if t not in (1, 0):
                return False, f"region {pattern}: (.)_+ indicator {t!r} is not 1 or 0"
            err = region_ok(r["plus_certificates"][i], m if t == 1 else m * -1, constraints,
                            f"region {pattern}, (m_{i})_+ sign")
            if err:
                return False, err
            if t == 1:
                piece = piece + m * e
        err = region_ok(r["certificate"], piece, constraints, f"region {pattern}, the bound")
        if err:
            return False, err
    return True, f"F >= 0 on N: {len(regions)} regions, every piece certified"


def _evaluate(p: MPoly, point) -> "frac":
    total = 0
    for exps, coef in p.terms.items():
        term = coef
        for v, e in zip(point, exps):
            term = term * v ** e
        total += term
    return frac(total) if not isinstance(total, int) else frac(total)


def piecewise_value(function: dict, point) -> "frac":
    """Exact value of ``p0 + sum c_i |l_i| + sum e_i (m_i)_+`` at a rational point.

    ``function`` has ``variables``, ``base``, ``abs_terms`` and ``plus_terms`` (JSON
    polynomials, as in :func:`verify_piecewise`).

    Examples
    ========

    >>> from symbolic.checker.piecewise import piecewise_value
    >>> f = {"variables": ["x"], "base": [[[0], "-1"]], "abs_terms": [["1", [[[1], "1"]]]], "plus_terms": []}
    >>> piecewise_value(f, ["-3/2"])
    Fraction(1, 2)
    """
    n = len(function["variables"])
    point = [frac(v) for v in point]
    if len(point) != n:
        raise ValueError(f"the point needs {n} coordinates; got {len(point)}")
    value = _evaluate(poly_from_json(n, function["base"]), point)
    for c, p in function["abs_terms"]:
        value += frac(c) * abs(_evaluate(poly_from_json(n, p), point))
    for e, p in function["plus_terms"]:
        value += frac(e) * max(_evaluate(poly_from_json(n, p), point), 0)
    return value


def verify_piecewise_value(cert: dict) -> tuple[bool, str]:
    """``{"kind": "piecewise_value", "function": ..., "point": [...], "value": "q"}``: recompute the value."""
    if cert.get("kind") != "piecewise_value":
        return False, f"not a piecewise value certificate (kind {cert.get('kind')!r})"
    got = piecewise_value(cert["function"], cert["point"])
    if got != frac(cert["value"]):
        return False, f"the value at the point is {got}, not {cert['value']}"
    return True, f"value {got} recomputed"
