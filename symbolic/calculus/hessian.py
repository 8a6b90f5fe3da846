"""Hessians of :math:`L = f(W_L \\cdots W_1)`: entrywise and by blocks.

Coordinates: parameters ordered :math:`\\operatorname{vec}(W_1^T), \\dots,
\\operatorname{vec}(W_L^T)` (column-major vec, i.e. each layer row by row).
Block :math:`(k, j)` is :math:`D_{\\operatorname{vec}(W_j^T)} D_{\\operatorname{vec}(W_k^T)} L`,
which is Kawaguchi's (2016) Lemma 4.3 block with his order of blocks reversed.

Derivation (re-derived, our copy of Lemma 4.3 is garbled).  Write
:math:`P_k = W_{k+1,+}` (:math:`W_L \\cdots W_{k+1}`) and :math:`Q_k = W_{k-1,-}`
(:math:`W_{k-1} \\cdots W_1`).  A perturbation :math:`H_k` of layer :math:`k`
moves the product by :math:`P_k H_k Q_k`, and
:math:`\\operatorname{vec}((P_k H_k Q_k)^T) = J_k \\operatorname{vec}(H_k^T)` with
:math:`J_k = P_k \\otimes Q_k^T`.  The second-order term of
:math:`f(\\prod_k (W_k + H_k))` gives

.. math::

    \\nabla^2_{kj} L = J_k^T\\, \\nabla^2 f(A)\\, J_j + T_{kj},

where, for :math:`k > j`, with :math:`G = \\nabla f(A)`,
:math:`S = P_k^T G Q_j^T` (:math:`d_k \\times d_{j-1}`) and
:math:`M = W_{k-1} \\cdots W_{j+1}` (:math:`d_{k-1} \\times d_j`),

.. math::

    (T_{kj})_{(a,b),(c,d)} = S_{ad} M_{bc}, \\qquad
    T_{kj} = (S \\otimes M)\\, K_{d_{j-1}, d_j},

:math:`T_{jk} = T_{kj}^T` and :math:`T_{kk} = 0`; :math:`K_{m,n}` is the
commutation matrix (:math:`K_{m,n} \\operatorname{vec} M = \\operatorname{vec} M^T`).
For the squared loss :math:`\\nabla^2 f = I \\otimes XX^T`, so the first term is

.. math::

    J_k^T (I \\otimes X X^T) J_j = (P_k^T P_j) \\otimes (Q_k X X^T Q_j^T),

and the diagonal blocks are Kawaguchi's
:math:`(P_k^T P_k) \\otimes (Q_k X)(Q_k X)^T` (Proposition 2.1: Kronecker
products of Gram matrices, hence PSD).

Main definitions
----------------
* :func:`hessian_entrywise`, :func:`hessian_block`, :func:`hessian_blocks`,
  :func:`hessian_structured`.
"""

from __future__ import annotations

from sympy.polys.matrices import DomainMatrix

from symbolic.calculus.gradient import weight_generators
from symbolic.calculus.ring_products import RingProducts
from symbolic.core.kronecker import block_matrix, kron
from symbolic.core.losses import Loss, SquaredLoss
from symbolic.core.products import chain, full_product, unify

__all__ = ["hessian_entrywise", "hessian_block", "hessian_blocks", "hessian_structured"]


def _diff(p, x):
    """``p.diff(x)`` for a polynomial over ZZ or QQ, without SymPy's per-term domain conversion (same result).

    Examples
    ========

    >>> from sympy import QQ
    >>> from sympy.polys.rings import ring
    >>> from symbolic.calculus.hessian import _diff
    >>> R, a, b = ring("a,b", QQ)
    >>> p = QQ(1, 2) * a**3 * b + 5 * b**2 - a
    >>> _diff(p, a) == p.diff(a), _diff(p, b) == p.diff(b)
    (True, True)
    """
    R = p.ring
    if not (R.domain.is_QQ or R.domain.is_ZZ):
        return p.diff(x)
    i = R.index(x)
    out = R.zero
    for m, c in p.items():
        k = m[i]
        if k:
            out[m[:i] + (k - 1,) + m[i + 1:]] = c * k
    return out


def hessian_entrywise(weights, loss: Loss) -> DomainMatrix:
    """:math:`\\partial^2 L / \\partial x \\partial y` for every pair of weight symbols.

    Polynomial losses are expanded and differentiated twice; an arbitrary
    :math:`f` goes through the second-order chain rule
    :math:`\\sum_{\\alpha\\beta} \\partial^2_{\\alpha\\beta} f\\, \\partial_x A_\\alpha \\partial_y A_\\beta
    + \\sum_\\alpha \\partial_\\alpha f\\, \\partial^2_{xy} A_\\alpha`.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.calculus.hessian import hessian_entrywise
    >>> R, Ws = Network([1, 1, 1]).symbolic_weights()
    >>> hessian_entrywise(Ws, SquaredLoss([[1]], [[1]])).to_Matrix()
    Matrix([
    [         W2_11**2, 2*W1_11*W2_11 - 1],
    [2*W1_11*W2_11 - 1,          W1_11**2]])
    """
    weights, K = unify(weights)
    gens = [x for layer in weight_generators(weights) for row in layer for x in row]
    n = len(gens)
    A = full_product(weights)
    if loss.polynomial:
        value = loss.value(A)
        first = [_diff(value, x) for x in gens]
        rows = [[_diff(first[i], gens[j]) if j >= i else None for j in range(n)] for i in range(n)]
    else:
        G = [g for row in loss.gradient(A).to_list() for g in row]
        Hf = loss.hessian(A).to_list()
        entries = [a for row in A.to_list() for a in row]
        dA = [[a.diff(x) for a in entries] for x in gens]
        m = len(entries)
        rows = [[None] * n for _ in range(n)]
        for i in range(n):
            Hdi = [sum((Hf[a][b] * dA[i][b] for b in range(m) if dA[i][b]), K.zero) for a in range(m)]
            for j in range(i, n):
                second = sum((G[a] * entries[a].diff(gens[i]).diff(gens[j]) for a in range(m)), K.zero)
                rows[i][j] = second + sum((Hdi[a] * dA[j][a] for a in range(m) if dA[j][a]), K.zero)
    for i in range(n):
        for j in range(i):
            rows[i][j] = rows[j][i]
    return DomainMatrix(rows, (n, n), K)


class _Factors:
    """Prefix, suffix and middle products shared by every block (computed once).

    Products go through :class:`~symbolic.calculus.ring_products.RingProducts`, which skips the identity factors
    (:math:`P_L`, :math:`Q_1`, the middle product of adjacent layers) and multiplies monomials as packed integers;
    its results equal ``DomainMatrix.matmul`` and :func:`~symbolic.core.kronecker.kron` entry for entry.
    """

    def __init__(self, weights, loss: Loss, plain: bool = False):
        weights, K = unify(weights)
        self.squared = isinstance(loss, SquaredLoss)
        if self.squared:
            K = K.unify(loss.X.domain).unify(loss.Y.domain)
        self.Hf = None
        if not self.squared:
            G = loss.gradient(full_product(weights))
            K = K.unify(G.domain)
            self.Hf = loss.hessian(full_product(weights))
            K = K.unify(self.Hf.domain)
            self.Hf = self.Hf.convert_to(K)
        self.K = K
        ops = self.ops = RingProducts(K, plain=plain)
        self.weights = [W.convert_to(K) for W in weights]
        L = self.L = len(weights)
        # P[k] = W_L ... W_{k+1},  Q[k] = W_{k-1} ... W_1   (k = 1..L)
        self.P = {L: chain(self.weights, L + 1, L)}
        for k in range(L - 1, 0, -1):
            self.P[k] = ops.matmul(self.P[k + 1], self.weights[k])
        self.Q = {1: chain(self.weights, 1, 0)}
        for k in range(2, L + 1):
            self.Q[k] = ops.matmul(self.weights[k - 2], self.Q[k - 1])
        if self.squared:
            X = loss.X.convert_to(K)
            self.QX = {k: ops.matmul(self.Q[k], X) for k in self.Q}
            if plain:
                self.G = loss.gradient(full_product(self.weights)).convert_to(K)
            else:  # G = (A X - Y) X^T with A X = P_1 W_1 X = P_1 QX_2 (or W_1 X when L = 1)
                AX = ops.matmul(self.P[1], self.QX[2] if L > 1 else ops.matmul(self.weights[0], X))
                self.G = ops.matmul(AX - loss.Y.convert_to(K), X.transpose())
        else:
            self.G = G.convert_to(K)
            self.J = {k: kron(self.P[k], self.Q[k].transpose()) for k in self.P}
        self.PG = {k: ops.matmul(self.P[k].transpose(), self.G) for k in self.P}

    def middle(self, k, j):
        """:math:`W_{k-1} \\cdots W_{j+1}` for ``k > j``."""
        return chain(self.weights, j + 1, k - 1)

    def first(self, k, j, plus=None):
        """:math:`J_k^T \\nabla^2 f J_j` (plus ``plus``, rows of the block's shape, when given)."""
        ops = self.ops
        if self.squared:
            return ops.kron(ops.matmul(self.P[k].transpose(), self.P[j]),
                            ops.matmul(self.QX[k], self.QX[j].transpose()), plus=plus)
        out = self.J[k].transpose().matmul(self.Hf).matmul(self.J[j])
        return out if plus is None else out + DomainMatrix(plus, out.shape, self.K)

    def second(self, k, j):
        """:math:`T_{kj} = (S \\otimes M) K_{d_{j-1}, d_j}` for ``k > j``, by direct indexing, as rows."""
        mul = self.ops.mul
        S = self.ops.matmul(self.PG[k], self.Q[j].transpose()).to_list()
        M = self.middle(k, j).to_list()
        d_j, d_jm1 = self.weights[j - 1].shape
        return [[mul(S[a][d], M[b][c]) for c in range(d_j) for d in range(d_jm1)]
                for a in range(len(S)) for b in range(len(M))]

    def block(self, k, j):
        if k == j:
            return self.first(k, k)
        if k > j:
            return self.first(k, j, plus=self.second(k, j))
        return self.block(j, k).transpose()


def hessian_block(weights, loss: Loss, k: int, j: int) -> DomainMatrix:
    """Block :math:`(k, j)` of the Hessian by the structured formula (1-based).

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.calculus.hessian import hessian_block
    >>> Ws = Network([1, 1, 1]).exact_weights([[[2]], [[3]]])
    >>> hessian_block(Ws, SquaredLoss([[1]], [[1]]), 2, 1).to_Matrix()
    Matrix([[11]])
    """
    L = len(weights)
    if not (1 <= k <= L and 1 <= j <= L):
        raise ValueError(f"block indices must be layers 1..{L}; got ({k}, {j})")
    return _Factors(weights, loss).block(k, j)


def hessian_blocks(weights, loss: Loss, *, plain: bool = False) -> list[list[DomainMatrix]]:
    """All blocks :math:`\\nabla^2_{kj} L`, ``blocks[k-1][j-1]``.

    ``plain=True`` multiplies with ``DomainMatrix.matmul`` and ``*`` only, without
    :class:`~symbolic.calculus.ring_products.RingProducts` (same result, slower: the reference of the tests and of
    ``dlnproof bench``).
    """
    factors = _Factors(weights, loss, plain=plain)
    L = len(weights)
    blocks = [[None] * L for _ in range(L)]
    for k in range(1, L + 1):
        for j in range(1, k + 1):
            blocks[k - 1][j - 1] = factors.block(k, j)
            if j != k:
                blocks[j - 1][k - 1] = blocks[k - 1][j - 1].transpose()
    return blocks


def hessian_structured(weights, loss: Loss, *, plain: bool = False) -> DomainMatrix:
    """The full Hessian assembled from :func:`hessian_blocks` (``plain`` as there)."""
    blocks = hessian_blocks(weights, loss, plain=plain)
    K = blocks[0][0].domain
    for row in blocks:
        for B in row:
            K = K.unify(B.domain)
    return block_matrix(blocks, K)
