"""Checker for nonnegativity certificates on a semialgebraic set (exact identities only).

A certificate says that a polynomial :math:`p` is nonnegative (or bounded below
by a positive constant) wherever the constraints :math:`g_1, \\dots, g_s \\ge 0` hold,
by exhibiting the identity

.. math::

    p = c_0 + \\sum_i c_i \\Big(\\prod_{j \\in J_i} g_j\\Big) q_i^2,
    \\qquad c_0 \\ge 0,\\; c_i \\ge 0 ,

(a Schmüdgen-type representation).  Every term on the right is nonnegative on
the set, so :math:`p \\ge c_0` there.  The checker expands both sides with
:class:`~symbolic.checker.mpoly.MPoly` and compares them exactly; it evaluates
nothing and rounds nothing.

Format (JSON): ``{"kind": "nonnegativity", "variables": [...],
"constraints": [poly, ...], "target": poly, "constant": "c0",
"terms": [{"coefficient": "c", "constraints": [j, ...], "square": poly}, ...]}``,
a ``poly`` being a list of ``[[exponents...], "coefficient"]``.

Main definitions
----------------
* :func:`poly_from_json`, :func:`poly_to_json`, :func:`verify_nonnegativity`.
"""

from __future__ import annotations

from .mpoly import MPoly
from .poly import frac

__all__ = ["poly_from_json", "poly_to_json", "verify_nonnegativity"]


def poly_from_json(n: int, terms) -> MPoly:
    """``[[exponents], "coef"], ...`` as an :class:`MPoly` in ``n`` variables."""
    out = {}
    for exps, coef in terms:
        if len(exps) != n or any(not isinstance(e, int) or isinstance(e, bool) or e < 0 for e in exps):
            raise ValueError(f"a monomial needs {n} non-negative integer exponents; got {exps!r}")
        key = tuple(exps)
        out[key] = out.get(key, 0) + frac(coef)
    return MPoly(n, out)


def poly_to_json(p: MPoly):
    """Inverse of :func:`poly_from_json` (sorted, rational strings)."""
    return [[list(e), str(c)] for e, c in sorted(p.terms.items())]


def verify_nonnegativity(cert: dict) -> tuple[bool, str]:
    """Re-verify a nonnegativity certificate; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.positivity import verify_nonnegativity
    >>> # 1 - x^2 >= 1/2 where g = 1/2 - x^2 >= 0:  1 - x^2 = 1/2 + 1 * g
    >>> cert = {"kind": "nonnegativity", "variables": ["x"], "constant": "1/2",
    ...         "constraints": [[[[0], "1/2"], [[2], "-1"]]], "target": [[[0], "1"], [[2], "-1"]],
    ...         "terms": [{"coefficient": "1", "constraints": [0], "square": [[[0], "1"]]}]}
    >>> verify_nonnegativity(cert)
    (True, 'target = 1/2 + sum of 1 nonnegative terms')
    """
    if cert.get("kind") != "nonnegativity":
        return False, f"not a nonnegativity certificate (kind {cert.get('kind')!r})"
    n = len(cert["variables"])
    constraints = [poly_from_json(n, g) for g in cert["constraints"]]
    target = poly_from_json(n, cert["target"])
    c0 = frac(cert["constant"])
    if c0 < 0:
        return False, f"the constant {c0} is negative"
    total = MPoly.const(n, c0)
    for i, term in enumerate(cert["terms"]):
        c = frac(term["coefficient"])
        if c < 0:
            return False, f"term {i} has the negative coefficient {c}"
        q = poly_from_json(n, term["square"])
        piece = q * q * c
        for j in term["constraints"]:
            if not isinstance(j, int) or isinstance(j, bool) or not 0 <= j < len(constraints):
                return False, f"term {i} names constraint {j!r}, which does not exist"
            piece = piece * constraints[j]
        total = total + piece
    if total != target:
        return False, "the identity target = constant + sum of terms does not hold"
    return True, f"target = {c0} + sum of {len(cert['terms'])} nonnegative terms"
