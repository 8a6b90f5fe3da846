"""Critical points on an irrational eigenvalue of :math:`\\Sigma`, exactly over a real quadratic field.

When the characteristic polynomial of :math:`\\Sigma = YX^+XY^T` has an irreducible quadratic factor
:math:`x^2 + px + q` over QQ, its roots :math:`\\lambda_\\pm = (-p \\pm \\sqrt{\\Delta})/2` are irrational and
their eigenvectors live in :math:`K = \\mathbb{Q}(\\sqrt{\\Delta})`.  With one hidden unit the point

.. math::

    A_2 = u, \\qquad A_1 = \\frac{u^T Y X^+}{u^T u}, \\qquad \\Sigma u = \\lambda u,

is Theorem 1's form with :math:`C = \\lVert u\\rVert`, :math:`L_1 = 0`, so it is critical and Proposition 1
predicts :math:`L = \\tfrac12(\\operatorname{tr} YY^T - \\lambda)`.  Everything is computed in
``DomainMatrix`` over ``QQ.algebraic_field(sqrt(Delta))``; :func:`to_pairs` writes an element
:math:`a + b\\sqrt{\\Delta}` as ``[a, b]`` for the certificate checker.

Main definitions
----------------
* :func:`quadratic_eigen_points`, :func:`to_pairs`.
"""

from __future__ import annotations

from sympy import Poly, Symbol, sqrt
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.forms.analytical_forms import sigma_matrix
from symbolic.core.exact import qq_to_str, rational_matrix
from symbolic.core.pinv import pinv

__all__ = ["quadratic_eigen_points", "to_pairs"]


def to_pairs(K, x) -> list:
    """``[a, b]`` (rational strings) with ``x = a + b sqrt(Delta)`` in ``K = QQ<sqrt(Delta)>``."""
    coeffs = list(x.to_list()) if hasattr(x, "to_list") else [K.convert(x)]
    coeffs = [QQ.zero] * (2 - len(coeffs)) + coeffs
    b, a = coeffs
    return [qq_to_str(a), qq_to_str(b)]


def _squarefree(n: int):
    """``(k, m)`` with ``n = k^2 m`` and ``m`` squarefree."""
    k, m, f = 1, n, 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    return k, m


def quadratic_eigen_points(X, Y):
    """``[(d, K, lambda, A1, A2), ...]``: one point per irrational root of each quadratic factor,
    ``K = QQ<sqrt(d)>`` with ``d`` squarefree.

    Examples
    ========

    >>> from symbolic.algebraic.quadratic_eigen import quadratic_eigen_points, to_pairs
    >>> pts = quadratic_eigen_points([[1, 0], [0, 1]], [[2, 1], [1, 1]])
    >>> [(int(D), to_pairs(K, lam)) for D, K, lam, A1, A2 in pts]
    [(5, ['7/2', '3/2']), (5, ['7/2', '-3/2'])]
    """
    X = X if isinstance(X, DomainMatrix) else rational_matrix(X, name="X")
    Y = Y if isinstance(Y, DomainMatrix) else rational_matrix(Y, name="Y")
    Sigma = sigma_matrix(X, Y)
    x = Symbol("x")
    p = Poly([QQ.to_sympy(c) for c in Sigma.charpoly()], x, domain=QQ)
    out = []
    n = Sigma.shape[0]
    for f, _ in p.factor_list()[1]:
        if f.degree() != 2:
            continue
        a, b, c = [QQ.from_sympy(t) for t in f.all_coeffs()]
        pp, qq = b / a, c / a
        disc = pp * pp - 4 * qq
        k, dsq = _squarefree(int(disc.numerator) * int(disc.denominator))  # sqrt(disc) = k sqrt(dsq) / den
        K = QQ.algebraic_field(sqrt(dsq))
        r = K.from_sympy(sqrt(dsq)) * K.convert(QQ(k, int(disc.denominator)))
        for sign in (1, -1):
            lam = (K.convert(-pp) + r * sign) * K.convert(QQ(1, 2))
            M = Sigma.convert_to(K) - DomainMatrix.eye(n, K).to_dense() * lam
            N = M.nullspace()
            u = N.extract([0], list(range(n))).transpose()
            nu = u.transpose().matmul(u)[0, 0].element
            A1 = u.transpose().matmul(Y.convert_to(K)).matmul(pinv(X).convert_to(K)) * (K.one / nu)
            out.append((dsq, K, lam, A1, u))
    return out
