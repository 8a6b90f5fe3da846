"""Critical points on an eigenvalue of :math:`\\Sigma` of any algebraic degree, exactly in :math:`\\mathbb{Q}[x]/(f)`.

When the characteristic polynomial :math:`p` of :math:`\\Sigma = YX^+XY^T` has an irreducible factor :math:`f`
of degree :math:`n \\ge 3` (no square-root formula), each real root :math:`\\alpha` of :math:`f` is an eigenvalue
with an eigenvector :math:`u` over :math:`K = \\mathbb{Q}(\\alpha) = \\mathbb{Q}[x]/(f)`, and with one hidden unit

.. math::

    A_2 = u, \\qquad A_1 = \\frac{u^T Y X^+}{u^T u}

is Theorem 1's form (:math:`C = \\lVert u\\rVert`, :math:`L_1 = 0`): critical, with Proposition 1's value
:math:`\\tfrac12(\\operatorname{tr}YY^T - \\alpha)`.  The eigenvector is computed once, in ``DomainMatrix`` over
``QQ.algebraic_field(CRootOf(f, 0))``; its coefficients (polynomials in :math:`\\alpha` of degree :math:`< n`)
then serve every root of :math:`f` alike, because the identities hold modulo :math:`f`.  Which root is meant
is fixed by isolating intervals (:mod:`symbolic.algebraic.root_enclosure`): each root gets its own point, labelled by
its position among the roots of :math:`f` and (when :math:`p` is squarefree) among all eigenvalues of
:math:`\\Sigma`.  The certificate ``algebraic_eigen_point`` is re-verified with Fractions only by
:mod:`symbolic.checker.algebraic_field`.

Main definitions
----------------
* :class:`AlgebraicEigenPoint`, :func:`algebraic_eigen_points`, :func:`algebraic_eigen_certificate`.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from sympy import CRootOf, Poly, Symbol
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.forms.analytical_forms import sigma_matrix
from symbolic.core.exact import matrix_to_strings, qq_to_str, rational_matrix
from symbolic.core.pinv import pinv
from symbolic.algebraic.root_enclosure import approximate_roots, endpoint_string, isolating_intervals

__all__ = ["AlgebraicEigenPoint", "algebraic_eigen_certificate", "algebraic_eigen_points"]


@dataclass(frozen=True)
class AlgebraicEigenPoint:
    """One hidden unit on the ``root``-th largest real root of ``f`` (index = degree, rational strings).

    ``A1`` (a row) and ``A2`` (a column) hold coefficient lists over :math:`\\mathbb{Q}(\\alpha)`; ``roots``
    isolates every real root of ``f``; ``spectrum`` isolates the eigenvalues of :math:`\\Sigma` (largest first)
    and ``position`` is the place of :math:`\\alpha` there (both ``None`` when :math:`\\Sigma` has a repeated
    eigenvalue); ``approx`` is a decimal value of :math:`\\alpha` (mpmath, evidence only).
    """

    f: tuple
    roots: tuple
    root: int
    A1: tuple
    A2: tuple
    spectrum: tuple | None
    position: int | None
    approx: str

    @property
    def interval(self) -> tuple:
        return self.roots[self.root - 1]

    @property
    def degree(self) -> int:
        return len(self.f) - 1


def _coeffs(K, x, n: int) -> list:
    """An element of ``K`` as ``n`` rational strings, index = power of the generator."""
    c = list(reversed(K.convert(x).to_list()))
    return [qq_to_str(v) for v in c + [QQ.zero] * (n - len(c))]


def _contains(poly: Poly, a: Fraction, b: Fraction) -> bool:
    """``f(a) f(b) < 0``: on an interval holding one root of a multiple of ``f``, that root is ``f``'s."""
    ev = [poly.eval(QQ.to_sympy(QQ(q.numerator, q.denominator))) for q in (a, b)]
    return ev[0] * ev[1] < 0


def algebraic_eigen_points(X, Y, min_degree: int = 3, digits: int = 10) -> list:
    """One :class:`AlgebraicEigenPoint` per real root of each irreducible factor of degree ``>= min_degree``.

    Examples
    ========

    >>> from symbolic.algebraic.algebraic_eigen import algebraic_eigen_points
    >>> pts = algebraic_eigen_points([[1, 0, 0], [0, 1, 0], [0, 0, 1]], [[1, 1, 1], [0, 1, 1], [0, 0, 1]], digits=3)
    >>> [(p.f, p.root, p.interval, p.position, p.approx) for p in pts][0]
    (('-1', '5', '-6', '1'), 1, ('5.048', '5.049'), 1, '5.04891733952')
    >>> pts[0].A2
    ((('0', '1', '0'),), (('-1', '1', '0'),), (('2', '-5', '1'),))
    """
    if isinstance(min_degree, bool) or not isinstance(min_degree, int) or min_degree < 2:
        raise ValueError(f"min_degree must be an integer >= 2 (degree 1 is a rational eigenvalue); got {min_degree!r}")
    X = X if isinstance(X, DomainMatrix) else rational_matrix(X, name="X")
    Y = Y if isinstance(Y, DomainMatrix) else rational_matrix(Y, name="Y")
    if X.shape[1] != Y.shape[1]:
        raise ValueError(f"X ({X.shape[0]} x {X.shape[1]}) and Y ({Y.shape[0]} x {Y.shape[1]}) must have the same "
                         "number of columns (one per sample)")
    Sigma = sigma_matrix(X, Y)
    n = Sigma.shape[0]
    x = Symbol("x")
    p = Poly([QQ.to_sympy(c) for c in Sigma.charpoly()], x, domain=QQ)
    factors = [g.monic() for g, _ in p.factor_list()[1] if g.degree() >= min_degree]
    if not factors:
        return []
    p_coeffs = [QQ.from_sympy(c) for c in reversed(p.all_coeffs())]
    spectrum = isolating_intervals(p_coeffs, digits) if p.gcd(p.diff(x)).degree() == 0 else None
    Xp = pinv(X)
    out = []
    for g in factors:
        gc = [QQ.from_sympy(c) for c in reversed(g.all_coeffs())]
        if spectrum is not None:
            places = [m for m, (a, b) in enumerate(spectrum, 1) if _contains(g, a, b)]
            roots = [spectrum[m - 1] for m in places]
        else:
            roots, places = isolating_intervals(gc, digits), None
        K = QQ.algebraic_field(CRootOf(g.as_expr(), 0))
        alpha = K([1, 0])
        N = (Sigma.convert_to(K) - DomainMatrix.eye(n, K).to_dense() * alpha).nullspace()
        u = N.extract([0], list(range(n))).transpose()
        nu = u.transpose().matmul(u)[0, 0].element
        A1 = u.transpose().matmul(Y.convert_to(K)).matmul(Xp.convert_to(K)) * (K.one / nu)
        deg = g.degree()
        A1s = tuple(tuple(tuple(_coeffs(K, v, deg)) for v in row) for row in A1.to_list())
        A2s = tuple(tuple(tuple(_coeffs(K, v, deg)) for v in row) for row in u.to_list())
        approx = approximate_roots(gc, 12)
        if len(approx) != len(roots):  # mpmath did not converge: the midpoints (exact) stand in as the evidence
            approx = [endpoint_string((a + b) / 2) for a, b in roots]
        for k, (a, b) in enumerate(roots, 1):
            out.append(AlgebraicEigenPoint(tuple(qq_to_str(c) for c in gc),
                                           tuple((endpoint_string(lo), endpoint_string(hi)) for lo, hi in roots),
                                           k, A1s, A2s,
                                           None if spectrum is None else
                                           tuple((endpoint_string(lo), endpoint_string(hi)) for lo, hi in spectrum),
                                           None if places is None else places[k - 1], approx[k - 1]))
    return out


def algebraic_eigen_certificate(X, Y, point: AlgebraicEigenPoint, global_min: bool | None = None) -> dict:
    """The ``algebraic_eigen_point`` certificate of ``point`` (with ``spectrum`` when known; ``global_min`` if
    given, which needs the spectrum)."""
    X = X if isinstance(X, DomainMatrix) else rational_matrix(X, name="X")
    Y = Y if isinstance(Y, DomainMatrix) else rational_matrix(Y, name="Y")
    cert = {"kind": "algebraic_eigen_point", "f": list(point.f), "roots": [list(r) for r in point.roots],
            "root": point.root, "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
            "Xp": matrix_to_strings(pinv(X)),
            "A1": [[list(c) for c in row] for row in point.A1], "A2": [[list(c) for c in row] for row in point.A2]}
    if point.spectrum is not None:
        cert["spectrum"] = {"intervals": [list(r) for r in point.spectrum], "position": point.position}
    if global_min is not None:
        if point.spectrum is None:
            raise ValueError("global_min needs the spectrum of Sigma, which is only isolated when Sigma's eigenvalues "
                             "are simple; leave global_min out")
        cert["global_min"] = bool(global_min)
    return cert
