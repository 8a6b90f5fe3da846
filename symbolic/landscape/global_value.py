"""The exact global optimum of the squared loss of a deep linear network, certified.

The product :math:`A = W_L \\cdots W_1` ranges over the matrices of rank at most
:math:`r = \\min(d_0, \\dots, d_L)`, so

.. math::

    \\mathrm{opt} = \\min_{\\operatorname{rank} Z \\le r} \\tfrac12 \\lVert Z X - Y \\rVert_F^2
                 = \\tfrac12 \\Big( \\lVert Y \\rVert_F^2 - \\sum_{i \\le r} \\lambda_i(\\Sigma) \\Big),
    \\qquad \\Sigma = Y P Y^T,

with :math:`P = X^+ X` the orthogonal projector onto the row space of
:math:`X` (:math:`ZX` is any matrix of rank :math:`\\le r` with rows in that
space; Eckart-Young on :math:`YP`).  :math:`P` is rational:
:math:`P = X^T K X` with :math:`K = S^T (R R^T)^{-1} S` for a row basis
:math:`R = S X` of :math:`X`; :math:`K` is symmetric and :math:`X X^T K X = X`,
which make :math:`X^T K X` symmetric, idempotent, fixing the rows of :math:`X`
and with range inside their span.

The eigenvalues may be irrational, so nothing is compared in floating point.
**Ky Fan dual certificate.**  For rational :math:`z` and symmetric rational
:math:`Z \\succeq 0` with :math:`zI + Z - \\Sigma \\succeq 0`, every rank-:math:`r`
orthogonal projector :math:`Q` has
:math:`\\operatorname{Tr}(Q\\Sigma) \\le \\operatorname{Tr}(Q(zI + Z)) \\le rz + \\operatorname{Tr} Z`,
hence :math:`\\sum_{i \\le r} \\lambda_i(\\Sigma) \\le rz + \\operatorname{Tr} Z`.  If
:math:`rz + \\operatorname{Tr} Z \\le \\lVert Y\\rVert^2 - 2F(x_0)` then
:math:`F(x_0) \\le \\mathrm{opt}`, and :math:`F(x_0) \\ge \\mathrm{opt}` by
feasibility: :math:`x_0` is a global minimum.  At a candidate we take
:math:`Q` the projector onto the column space of :math:`A_0 X`, a rational
:math:`z` between :math:`\\lambda_{r+1}` and :math:`\\lambda_r` (isolated with
mpmath, then only checked exactly) and :math:`Z = Q(\\Sigma - zI)Q`; or
:math:`z = 0`, :math:`Z = \\Sigma` when :math:`\\operatorname{rank}\\Sigma \\le r`.

**Not global.**  Conversely, any rank-:math:`r` rational :math:`V` gives
:math:`\\sum_{i\\le r}\\lambda_i \\ge \\operatorname{Tr}(Q_V \\Sigma)`
(:math:`Q_V = V(V^TV)^{-1}V^T`), so :math:`\\operatorname{Tr}(Q_V\\Sigma) > \\lVert Y\\rVert^2 - 2F(x_0)`
proves :math:`F(x_0) > \\mathrm{opt}`.

Main definitions
----------------
* :func:`row_space_projector_factor`, :func:`sigma_matrix`, :func:`optimal_value_enclosure`,
  :func:`global_value_certificate`, :func:`not_global_certificate`.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.exact import matrix_to_strings, qq_to_str, rational
from symbolic.calculus.inertia import inertia
from symbolic.core.products import full_product

__all__ = ["row_space_projector_factor", "sigma_matrix", "optimal_value_enclosure",
           "global_value_certificate", "not_global_certificate"]

_DPS = 60


def row_space_projector_factor(X: DomainMatrix) -> DomainMatrix:
    """Symmetric :math:`K` (``d0 x d0``) with :math:`X^T K X = X^+ X` and :math:`X X^T K X = X`.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.landscape.global_value import row_space_projector_factor
    >>> X = rational_matrix([[1, 1], [2, 2]])
    >>> K = row_space_projector_factor(X)
    >>> (X.transpose() * K * X).to_Matrix()
    Matrix([
    [1/2, 1/2],
    [1/2, 1/2]])
    """
    d0 = X.shape[0]
    _, pivots = X.transpose().rref()
    rows = X.to_list()
    K = [[QQ.zero] * d0 for _ in range(d0)]
    if not pivots:
        return DomainMatrix(K, (d0, d0), QQ)
    R = DomainMatrix([rows[i] for i in pivots], (len(pivots), X.shape[1]), QQ)
    Ginv = (R * R.transpose()).inv().to_list()
    for a, i in enumerate(pivots):
        for b, j in enumerate(pivots):
            K[i][j] = Ginv[a][b]
    return DomainMatrix(K, (d0, d0), QQ)


def sigma_matrix(X: DomainMatrix, Y: DomainMatrix, K: DomainMatrix) -> DomainMatrix:
    """:math:`\\Sigma = Y P Y^T = (Y X^T) K (X Y^T)`."""
    YX = Y * X.transpose()
    return YX * K * YX.transpose()


def _frob2(M: DomainMatrix):
    return sum((v * v for row in M.to_list() for v in row), QQ.zero)


def _trace(M: DomainMatrix):
    rows = M.to_list()
    return sum((rows[i][i] for i in range(len(rows))), QQ.zero)


def _mpf(q):
    return mpmath.mpf(int(q.numerator)) / int(q.denominator)


def _eigen(S: DomainMatrix):
    """Eigenvalues (descending) and eigenvectors of a symmetric rational matrix, at 60 digits (evidence only)."""
    n = S.shape[0]
    with mpmath.workdps(_DPS):
        A = mpmath.matrix([[_mpf(v) for v in row] for row in S.to_list()])
        E, Qm = mpmath.mp.eigsy(A)
        order = sorted(range(n), key=lambda i: -E[i])
        vals = [E[i] for i in order]
        vecs = [[Qm[k, i] for k in range(n)] for i in order]
    return vals, vecs


def _to_fraction(x) -> Fraction:
    man, exp = x.man_exp
    return Fraction(int(man)) * (Fraction(2) ** int(exp))


def optimal_value_enclosure(loss, r: int) -> dict:
    """Numeric value of opt at 60 digits (evidence; never used to decide)."""
    K = row_space_projector_factor(loss.X)
    S = sigma_matrix(loss.X, loss.Y, K)
    vals, _ = _eigen(S)
    with mpmath.workdps(_DPS):
        opt = (_mpf(_frob2(loss.Y)) - sum(vals[:r])) / 2
        return {"optimal_value_approx": mpmath.nstr(opt, 50), "r": r,
                "sigma_eigenvalues_approx": [mpmath.nstr(v, 30) for v in vals]}


def _projector(B: DomainMatrix) -> DomainMatrix:
    n = B.shape[0]
    C = B.columnspace()
    if C.shape[1] == 0:
        return DomainMatrix.zeros((n, n), QQ).to_dense()
    return C * (C.transpose() * C).inv() * C.transpose()


def _psd(M: DomainMatrix) -> bool:
    return inertia(M)[1] == 0


def _between(lo, hi) -> list:
    """Simple rationals strictly between two mpf numbers (or at them when equal)."""
    out = []
    with mpmath.workdps(_DPS):
        mid = (lo + hi) / 2
        tol = (hi - lo) / 4
        f = _to_fraction(mid)
        for k in range(0, 60):
            g = f.limit_denominator(10 ** k)
            if abs(_to_fraction(mpmath.mpf(g.numerator) / g.denominator) - f) <= _to_fraction(tol) or k == 59:
                out.append(QQ(g.numerator, g.denominator))
                break
    return out


def _rational_eigenvalues_near(S: DomainMatrix, lo, hi) -> list:
    """Exact rational roots of the characteristic polynomial lying (numerically) in ``[lo, hi]``.

    Needed when :math:`\\lambda_r = \\lambda_{r+1}`: then ``z`` must equal that eigenvalue.
    """
    t = sympy.Dummy("t")
    roots = sympy.Poly(S.charpoly(), t, domain=QQ).ground_roots()
    out = []
    with mpmath.workdps(_DPS):
        eps = mpmath.mpf(10) ** (-40) * (1 + abs(hi))
        for root in sorted(roots, key=lambda q: -q):
            q = QQ(int(root.p), int(root.q)) if isinstance(root, sympy.Rational) else QQ.convert(root)
            if lo - eps <= _mpf(q) <= hi + eps:
                out.append(q)
    return out


def _setup(network, loss, x0):
    """``(r, A0, F0, K, Sigma, ||Y||^2 - 2 F0)`` at ``x0``: what both globality certificates start from."""
    r = min(network.dims)
    A0 = full_product(network.unflatten([rational(v, name="point entry") for v in x0]))
    F0 = loss.value(A0)
    K = row_space_projector_factor(loss.X)
    S = sigma_matrix(loss.X, loss.Y, K)
    return r, A0, F0, K, S, _frob2(loss.Y) - 2 * F0


def global_value_certificate(network, loss, x0) -> dict | None:
    """The ``global_value`` certificate that ``x0`` is a global minimum, or ``None``.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.landscape.global_value import global_value_certificate
    >>> cert = global_value_certificate(Network([1, 1, 1]), SquaredLoss([[1]], [[1]]), [1, 1])
    >>> cert["kind"], cert["optimal_value"], cert["z"]
    ('global_value', '0', '0')
    >>> global_value_certificate(Network([1, 1, 1]), SquaredLoss([[1]], [[1]]), [0, 0]) is None
    True
    """
    r, A0, F0, K, S, target = _setup(network, loss, x0)
    X = loss.X
    dL = S.shape[0]
    candidates = []
    if S.rank() <= r:
        candidates.append((QQ.zero, S))
    else:
        vals, _ = _eigen(S)
        Q = _projector(A0 * X)
        lo, hi = vals[r], vals[r - 1]
        zs = _between(lo, hi) if hi > lo else []
        zs += _rational_eigenvalues_near(S, lo, hi)
        for z in zs:
            candidates.append((z, Q * (S - DomainMatrix.eye(dL, QQ).to_dense() * z) * Q))
    for z, Z in candidates:
        bound = r * z + _trace(Z)
        if bound > target:
            continue
        if not _psd(Z) or not _psd(DomainMatrix.eye(dL, QQ).to_dense() * z + Z - S):
            continue
        return {"kind": "global_value", "optimal_value": qq_to_str(F0), "value": qq_to_str(F0), "r": r,
                "K": matrix_to_strings(K), "z": qq_to_str(z), "Z": matrix_to_strings(Z), "bound": qq_to_str(bound),
                "how": "Ky Fan dual: Z PSD and zI + Z - Sigma PSD give sum of the r largest eigenvalues of "
                       "Sigma = (Y X^T) K (X Y^T) <= r z + Tr Z <= ||Y||^2 - 2 F(x0), so F(x0) <= opt <= F(x0)"}
    return None


def not_global_certificate(network, loss, x0) -> dict | None:
    """A certificate that :math:`F(x_0) > \\mathrm{opt}` (a rational rank-r ``V``), or ``None``.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.landscape.global_value import not_global_certificate
    >>> c = not_global_certificate(Network([1, 1, 1]), SquaredLoss([[1]], [[1]]), [0, 0])
    >>> c["kind"], c["trace"], c["optimal_value_upper_bound"]
    ('not_global', '1', '0')
    """
    r, _, F0, K, S, target = _setup(network, loss, x0)
    Y = loss.Y
    vals, vecs = _eigen(S)
    for k in (0, 1, 2, 3, 6, 10, 20, 40):
        rows = []
        for vec in vecs[:r]:
            rows.append([])
            for v in vec:
                g = _to_fraction(v).limit_denominator(10 ** k) if k else Fraction(round(_to_fraction(v) * 2)) / 2
                rows[-1].append(QQ(g.numerator, g.denominator))
        V = DomainMatrix(rows, (r, S.shape[0]), QQ).transpose()
        G = V.transpose() * V
        if G.rank() < r:
            continue
        QV = V * G.inv() * V.transpose()
        tr = _trace(QV * S)
        if tr > target:
            return {"kind": "not_global", "value": qq_to_str(F0), "r": r, "K": matrix_to_strings(K),
                    "V": matrix_to_strings(V), "trace": qq_to_str(tr),
                    "optimal_value_upper_bound": qq_to_str((_frob2(Y) - tr) / 2),
                    "how": "Q_V = V (V^T V)^-1 V^T has rank r, so the sum of the r largest eigenvalues of Sigma is "
                           ">= Tr(Q_V Sigma) > ||Y||^2 - 2 F(x0), i.e. opt < F(x0)"}
    return None
