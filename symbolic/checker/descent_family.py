r"""The loss of a network along a line :math:`t \mapsto W + t D(W)`, as polynomials in :math:`W` (Taylor coefficients).

Used by the ``descent_curve`` node of :mod:`symbolic.checker.components_covering`: a direction :math:`D` whose
entries are polynomials in the weights, and the expansion

.. math::

    L(W + t D(W)) = \sum_{j \ge 0} c_j(W)\, t^j .

If :math:`c_1, \dots, c_{k-1}` vanish at a real point and :math:`c_k \ne 0` with :math:`k` odd, the loss takes
smaller and larger values than :math:`L(W)` arbitrarily close to :math:`W`: the point is neither a local minimum
nor a local maximum (a saddle, whatever its Hessian).  The loss is rebuilt from the weight matrices with this
package's own polynomials, one more variable :math:`t` than the weights.

Main definitions
----------------
* :func:`taylor_coefficients_along`.
"""

from __future__ import annotations

from fractions import Fraction

from .mpoly import MPoly, const_matrix, mat_mul

__all__ = ["taylor_coefficients_along"]


def _lift(p: MPoly, n: int) -> MPoly:
    """``p`` (in ``n`` variables) as a polynomial in ``n + 1`` (the last one :math:`t`)."""
    return MPoly(n + 1, {e + (0,): c for e, c in p.terms.items()})


def taylor_coefficients_along(dims, X, Y, loss: str, direction) -> list:
    r"""``[c_0, c_1, ...]``: :math:`L(W + tD)` by powers of :math:`t`, each an :class:`MPoly` in the weights.

    ``direction`` holds one :class:`MPoly` per weight (parameter order: :math:`W_1, \dots, W_L`, row by row);
    ``X``, ``Y`` are lists of rows of Fractions.

    Examples
    ========

    >>> from fractions import Fraction
    >>> from symbolic.checker.mpoly import MPoly
    >>> from symbolic.checker.descent_family import taylor_coefficients_along
    >>> one = MPoly.const(2, 1)
    >>> c = taylor_coefficients_along([1, 1, 1], [[Fraction(1)]], [[Fraction(2)]], "squared", [one, one])
    >>> len(c), c[4] == MPoly.const(2, Fraction(1, 2))  # (ab - 2 + t(a + b) + t^2)^2 / 2
    (5, True)
    """
    n = len(direction)
    t = MPoly.var(n + 1, n)
    Ws, p = [], 0
    for k in range(1, len(dims)):
        Ws.append([[MPoly.var(n + 1, p + i * dims[k - 1] + j) + t * _lift(direction[p + i * dims[k - 1] + j], n)
                    for j in range(dims[k - 1])] for i in range(dims[k])])
        p += dims[k] * dims[k - 1]
    A = Ws[0]
    for W in Ws[1:]:
        A = mat_mul(W, A)
    E = [[a - y for a, y in zip(ra, ry)] for ra, ry in zip(mat_mul(A, const_matrix(n + 1, X)), Y)]
    total = MPoly(n + 1)
    for row in E:
        for e in row:
            total = total + (e * e if loss == "squared" else (e * e) * (e * e))
    total = total * (Fraction(1, 2) if loss == "squared" else Fraction(1, 4))
    coeffs: dict = {}
    for e, c in total.terms.items():
        coeffs.setdefault(e[n], {})[e[:n]] = c
    top = max(coeffs, default=0)
    return [MPoly(n, coeffs.get(j, {})) for j in range(top + 1)]
