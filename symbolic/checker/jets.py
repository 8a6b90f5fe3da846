"""Checker for the value, gradient and Hessian of a polynomial at a point, symbolic in its free variables.

``polynomial_jet``::

    {"kind": "polynomial_jet", "variables": [name, ...], "target": poly,
     "point": {name: "q", ...}, "value": poly, "gradient": [poly, ...], "hessian": [[poly, ...], ...]}

``poly`` is a list of ``[[exponents...], "coefficient"]`` in all the variables (as in
:mod:`symbolic.checker.positivity`).  The variables named in ``point`` are fixed there (in the order of
``variables``); the others stay free.  The checker differentiates ``target`` (first and second
derivatives in the fixed variables), substitutes the point and compares the value, the gradient and the
Hessian with the stated polynomials in the free variables, exactly, as polynomials (so the statement
holds for every value of the free variables).

Main definitions
----------------
* :func:`verify_polynomial_jet`.
"""

from __future__ import annotations

from .mpoly import MPoly
from .poly import frac
from .positivity import poly_from_json

__all__ = ["verify_polynomial_jet"]


def _substitute(p: MPoly, values: dict) -> MPoly:
    """``p`` with the variables ``values`` (index -> Fraction) replaced by their values."""
    out = {}
    for e, c in p.terms.items():
        for i, v in values.items():
            c = c * v ** e[i]
        key = tuple(0 if i in values else k for i, k in enumerate(e))
        out[key] = out.get(key, 0) + c
    return MPoly(p.n, out)


def verify_polynomial_jet(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``polynomial_jet`` certificate; ``(ok, reason)``.

    .. math::

        p(x_0, z),\\quad \\nabla_x p(x_0, z),\\quad \\nabla_x^2 p(x_0, z)
        \\quad\\text{as polynomials in the free variables } z .

    Examples
    ========

    >>> from symbolic.checker.jets import verify_polynomial_jet
    >>> # p = (a1 a2 x)^2 / 2 at a1 = 0, a2 = 1, x free
    >>> cert = {"kind": "polynomial_jet", "variables": ["a1", "a2", "x"], "target": [[[2, 2, 2], "1/2"]],
    ...         "point": {"a1": "0", "a2": "1"}, "value": [], "gradient": [[], []],
    ...         "hessian": [[[[[0, 0, 2], "1"]], []], [[], []]]}
    >>> verify_polynomial_jet(cert)
    (True, 'value, gradient and Hessian at a1 = 0, a2 = 1 verified for all x')
    >>> verify_polynomial_jet(dict(cert, hessian=[[[], []], [[], []]]))
    (False, 'the Hessian entry (0, 0) is not the stated one')
    """
    if cert.get("kind") != "polynomial_jet":
        return False, f"not a polynomial_jet certificate (kind {cert.get('kind')!r})"
    names = cert.get("variables")
    point = cert.get("point")
    if not isinstance(names, list) or len(set(names)) != len(names) or not isinstance(point, dict) or not point:
        return False, "name the variables once each and fix at least one of them in 'point'"
    if any(k not in names for k in point):
        return False, f"the point fixes an unknown variable: {sorted(set(point) - set(names))}"
    n = len(names)
    fixed = [i for i, name in enumerate(names) if name in point]
    values = {i: frac(point[names[i]]) for i in fixed}
    p = poly_from_json(n, cert["target"])
    if _substitute(p, values) != poly_from_json(n, cert["value"]):
        return False, "the value is not the stated one"
    grad, hess = cert["gradient"], cert["hessian"]
    if len(grad) != len(fixed) or len(hess) != len(fixed) or any(len(row) != len(fixed) for row in hess):
        return False, f"one gradient entry and one Hessian row/column per fixed variable ({len(fixed)})"
    for a, i in enumerate(fixed):
        di = p.diff(i)
        if _substitute(di, values) != poly_from_json(n, grad[a]):
            return False, f"the gradient entry {a} is not the stated one"
        for b, j in enumerate(fixed):
            if _substitute(di.diff(j), values) != poly_from_json(n, hess[a][b]):
                return False, f"the Hessian entry ({a}, {b}) is not the stated one"
    free = [name for name in names if name not in point]
    where = ", ".join(f"{names[i]} = {values[i]}" for i in fixed)
    return True, f"value, gradient and Hessian at {where} verified" + (f" for all {', '.join(free)}" if free else "")
