"""JSON forms of exact objects, for certificates.

A polynomial is a list ``[[exponents...], "coefficient"]`` over a declared list
of variables (the checker's format, :mod:`symbolic.checker.positivity`); a
matrix is a list of rows of such polynomials.  Rationals are strings.

Main definitions
----------------
* :func:`poly_json`, :func:`matrix_json`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.exact import qq_to_str

__all__ = ["poly_json", "matrix_json"]


def poly_json(value, variables) -> list:
    """A ring element (or a rational) as a JSON polynomial in ``variables`` (SymPy symbols).

    Examples
    ========

    >>> import sympy
    >>> from sympy.polys.rings import ring
    >>> from sympy.polys.domains import QQ
    >>> from symbolic.core.serialize import poly_json
    >>> R, x, y = ring("x, y", QQ)
    >>> poly_json(x**2 / 2 - 3 * y, sympy.symbols("x y"))
    [[[0, 1], '-3'], [[2, 0], '1/2']]
    """
    n = len(variables)
    if QQ.of_type(value) or isinstance(value, int):
        return [[[0] * n, qq_to_str(value)]] if value != 0 else []
    ring = value.ring
    index = [list(variables).index(s) if s in variables else None for s in ring.symbols]
    out = {}
    for monom, coeff in value.terms():
        exps = [0] * n
        for i, e in enumerate(monom):
            if e:
                if index[i] is None:
                    raise ValueError(f"the polynomial uses {ring.symbols[i]}, which is not a declared variable")
                exps[index[i]] = e
        out[tuple(exps)] = coeff
    return [[list(e), qq_to_str(c)] for e, c in sorted(out.items())]


def matrix_json(M: DomainMatrix, variables) -> list:
    """A matrix over QQ or a polynomial ring as rows of JSON polynomials."""
    return [[poly_json(x, variables) for x in row] for row in M.to_list()]
