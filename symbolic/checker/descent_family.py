r"""The loss of a network along a curve :math:`t \mapsto W + \sum_p t^p D_p(W)`, as polynomials in :math:`W`.

Used by the ``descent_curve`` node of :mod:`symbolic.checker.components_covering`: directions :math:`D_p` whose
entries are polynomials in the weights (a line when only :math:`D_1` is given), and the expansion

.. math::

    L\Big(W + \sum_{p \ge 1} t^p D_p(W)\Big) = \sum_{j \ge 0} c_j(W)\, t^j .

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


def taylor_coefficients_along(dims, X, Y, loss: str, direction, higher=(), upto=None) -> list:
    r"""``[c_0, c_1, ...]``: :math:`L(W + tD_1 + t^2 D_2 + \dots)` by powers of :math:`t`, each an :class:`MPoly`.

    ``direction`` (:math:`D_1`) and each entry of ``higher`` (:math:`D_2, D_3, \dots`) hold one :class:`MPoly`
    per weight (parameter order: :math:`W_1, \dots, W_L`, row by row); ``X``, ``Y`` are lists of rows of
    Fractions.  With ``upto`` the list stops at :math:`c_{\text{upto}}` (higher powers of :math:`t` are
    dropped as the products are formed; the coefficients kept are exact).

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
    terms = [direction, *higher]
    if any(len(D) != n for D in terms):
        raise ValueError(f"every term of the curve has {n} entries, one per weight")
    t = MPoly.var(n + 1, n)
    cut = (lambda q: q) if upto is None else (lambda q: _truncate(q, n, upto))  # noqa: E731
    Ws, p = [], 0
    for k in range(1, len(dims)):
        layer = []
        for i in range(dims[k]):
            row = []
            for j in range(dims[k - 1]):
                idx = p + i * dims[k - 1] + j
                entry, tp = MPoly.var(n + 1, idx), MPoly.const(n + 1, 1)
                for D in terms:
                    tp = tp * t
                    if D[idx].terms:
                        entry = entry + tp * _lift(D[idx], n)
                row.append(cut(entry))
            layer.append(row)
        Ws.append(layer)
        p += dims[k] * dims[k - 1]
    A = Ws[0]
    for W in Ws[1:]:
        A = [[cut(a) for a in row] for row in mat_mul(W, A)]
    E = [[a - y for a, y in zip(ra, ry)] for ra, ry in zip(mat_mul(A, const_matrix(n + 1, X)), Y)]
    total = MPoly(n + 1)
    for row in E:
        for e in row:
            sq = cut(e * e)
            total = total + (sq if loss == "squared" else cut(sq * sq))
    total = total * (Fraction(1, 2) if loss == "squared" else Fraction(1, 4))
    coeffs: dict = {}
    for e, c in total.terms.items():
        coeffs.setdefault(e[n], {})[e[:n]] = c
    top = max(coeffs, default=0) if upto is None else upto
    return [MPoly(n, coeffs.get(j, {})) for j in range(top + 1)]


def _truncate(p: MPoly, n: int, upto: int) -> MPoly:
    """``p`` without its terms of degree above ``upto`` in :math:`t` (the variable of index ``n``)."""
    if all(e[n] <= upto for e in p.terms):
        return p
    return MPoly(p.n, {e: c for e, c in p.terms.items() if e[n] <= upto})
