"""Exact instances: rational orthogonal matrices, data with a prescribed spectrum, critical points.

Claims about critical points need exact critical points to test them on.  For the
squared loss with :math:`X = I` the critical points are governed by the eigenvectors
of :math:`\\Sigma = Y Y^T`; with a rational orthogonal :math:`U` (Cayley transform of
a rational skew-symmetric matrix) the data :math:`Y = U \\operatorname{diag}(\\sigma) V^T`
has rational singular vectors, so those critical points are rational.

For a set :math:`S` of left singular vectors (columns :math:`U_S`, :math:`r = |S| \\le`
every width), :func:`critical_point_of_subset` builds weights with

.. math::

    W_L = U_S B, \\qquad W_L \\cdots W_1 = U_S U_S^T Y,

with :math:`B` and the middle layers seeded rationals and :math:`W_1` solved exactly.
Such a point is critical: the residual :math:`E = -(I - U_S U_S^T) Y` satisfies
:math:`U_S^T E = 0`, so :math:`P_k^T E = 0` for :math:`k < L` (columns of
:math:`P_k = W_L \\cdots W_{k+1}` lie in :math:`\\operatorname{span} U_S`), and
:math:`E\\, Q_L^T = 0` because :math:`Q_L = W_{L-1} \\cdots W_1 = M U_S^T Y` and
:math:`Y Y^T U_S = U_S \\Lambda_S`.  Criticality is re-checked exactly, not assumed.

Main definitions
----------------
* :func:`cayley_orthogonal`, :func:`rational_orthogonal`, :func:`data_with_singular_values`,
  :func:`critical_point_of_subset`.
"""

from __future__ import annotations

import random

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.exact import rational
from symbolic.calculus.gradient import gradient_closed_form
from symbolic.core.losses import SquaredLoss
from symbolic.core.network import Network
from symbolic.core.products import full_product

__all__ = ["cayley_orthogonal", "rational_orthogonal", "data_with_singular_values", "critical_point_of_subset"]


def cayley_orthogonal(S: DomainMatrix) -> DomainMatrix:
    """:math:`Q = (I - S)(I + S)^{-1}`, orthogonal for skew-symmetric rational :math:`S`.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.landscape.instances import cayley_orthogonal
    >>> Q = cayley_orthogonal(rational_matrix([[0, "1/2"], ["-1/2", 0]]))
    >>> Q.to_Matrix(), Q.transpose().matmul(Q).to_Matrix()
    (Matrix([
    [3/5, -4/5],
    [4/5,  3/5]]), Matrix([
    [1, 0],
    [0, 1]]))
    """
    n = S.shape[0]
    if S.transpose() != -S:
        raise ValueError("the Cayley transform needs a skew-symmetric matrix (S^T = -S)")
    eye = DomainMatrix.eye(n, QQ).to_dense()
    return (eye - S).matmul((eye + S).inv())


def rational_orthogonal(n: int, seed: int = 0) -> DomainMatrix:
    """A seeded rational orthogonal ``n x n`` matrix (Cayley transform of a small skew matrix)."""
    rng = random.Random(seed)
    rows = [[QQ.zero] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            v = QQ(rng.randint(-3, 3), rng.randint(1, 3))
            rows[i][j], rows[j][i] = v, -v
    return cayley_orthogonal(DomainMatrix(rows, (n, n), QQ))


def data_with_singular_values(d_out: int, d_in: int, sigmas, seed: int = 0):
    """``(X, Y, U)`` with :math:`X = I_{d_{in}}`, :math:`Y = U \\operatorname{diag}(\\sigma) V^T` exactly.

    ``sigmas`` are rationals (at most ``min(d_out, d_in)``; missing ones are 0);
    ``U`` (``d_out x d_out``) holds the left singular vectors, the eigenvectors of
    :math:`\\Sigma = YY^T` with eigenvalues :math:`\\sigma_i^2`.

    Examples
    ========

    >>> from symbolic.landscape.instances import data_with_singular_values
    >>> X, Y, U = data_with_singular_values(2, 3, [2, 1])
    >>> Sigma = Y.matmul(Y.transpose())
    >>> U.transpose().matmul(Sigma).matmul(U).to_Matrix()
    Matrix([
    [4, 0],
    [0, 1]])
    """
    sig = [rational(s, name="sigma") for s in sigmas]
    if len(sig) > min(d_out, d_in):
        raise ValueError(f"at most min(d_out, d_in) = {min(d_out, d_in)} singular values; got {len(sig)}")
    U = rational_orthogonal(d_out, seed)
    V = rational_orthogonal(d_in, seed + 1)
    D = DomainMatrix([[sig[i] if i == j and i < len(sig) else QQ.zero for j in range(d_in)] for i in range(d_out)],
                     (d_out, d_in), QQ)
    return DomainMatrix.eye(d_in, QQ).to_dense(), U.matmul(D).matmul(V.transpose()), U


def _seeded(rows, cols, rng):
    return DomainMatrix([[QQ(rng.randint(-2, 2), rng.randint(1, 2)) for _ in range(cols)] for _ in range(rows)],
                        (rows, cols), QQ)


def critical_point_of_subset(dims, Y: DomainMatrix, U: DomainMatrix, subset, seed: int = 0, tries: int = 50):
    """Exact weights with product :math:`U_S U_S^T Y`, critical for the squared loss with :math:`X = I`.

    Returns the list of ``QQ`` weight matrices; raises ``ValueError`` if the
    subset is larger than a width or no seeded factorization has full rank.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.landscape.instances import data_with_singular_values, critical_point_of_subset
    >>> from symbolic.calculus.objective import NetworkObjective
    >>> X, Y, U = data_with_singular_values(2, 2, [3, 1])
    >>> Ws = critical_point_of_subset((2, 2, 2, 2), Y, U, [1])
    >>> F = NetworkObjective(Network((2, 2, 2, 2)), SquaredLoss(X, Y))
    >>> all(g == 0 for g in F.gradient(Network((2, 2, 2, 2)).flatten(Ws))), str(F.value(Network((2, 2, 2, 2)).flatten(Ws)))
    (True, '9/2')
    """
    net = Network(dims)
    subset = sorted(set(subset))
    r = len(subset)
    if any(not 0 <= i < U.shape[1] for i in subset):
        raise ValueError(f"subset indices must be in 0..{U.shape[1] - 1}; got {subset}")
    if r > min(dims):
        raise ValueError(f"a subset of size {r} needs every width >= {r}; dims are {list(dims)}")
    d0 = dims[0]
    if Y.shape != (dims[-1], d0):
        raise ValueError(f"Y must be dL x d0 = {dims[-1]} x {d0} (X = I)")
    U_S = DomainMatrix([[U.to_list()[i][j] for j in subset] for i in range(U.shape[0])], (U.shape[0], r), QQ)
    target = U_S.transpose().matmul(Y)  # r x d0
    rng = random.Random(seed)
    L = net.depth
    for _ in range(tries):
        if r == 0:
            weights = [DomainMatrix.zeros(net.shape(k), QQ).to_dense() for k in range(1, L + 1)]
            break
        B = _seeded(r, dims[L - 1], rng)
        middle = [_seeded(*net.shape(k), rng) for k in range(2, L)]
        C = DomainMatrix.eye(dims[1], QQ).to_dense()
        for W in middle:
            C = W.matmul(C)
        BC = B.matmul(C) if L > 1 else DomainMatrix.eye(r, QQ).to_dense()
        if L == 1:
            weights = [U_S.matmul(target)]
            break
        if BC.rank() < r:
            continue
        W1 = BC.transpose().matmul(BC.matmul(BC.transpose()).inv()).matmul(target)
        weights = [W1] + middle + [U_S.matmul(B)]
        break
    else:
        raise ValueError(f"no full-rank seeded factorization found in {tries} tries; try another seed")
    loss = SquaredLoss(DomainMatrix.eye(d0, QQ).to_dense(), Y)
    grads = gradient_closed_form(weights, loss.gradient(full_product(weights)))
    if any(not G.is_zero_matrix for G in grads):
        raise ValueError("the constructed point is not critical: its data do not have U's columns as "
                         "eigenvectors of Y Y^T")
    return weights
