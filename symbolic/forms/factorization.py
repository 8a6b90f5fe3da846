"""Splitting a deep linear network at its bottleneck, and factoring a two-layer pair back through it.

Zhang (2019) writes :math:`d = \\min_{0 \\le i \\le k} d_i = d_j` and splits
:math:`M_k \\cdots M_1` at :math:`j` into

.. math::

    A = M_k \\cdots M_{j+1} \\in \\mathbb{R}^{d_k \\times d_j}, \\qquad
    B = M_j \\cdots M_1 \\in \\mathbb{R}^{d_j \\times d_0}.

Conversely (proof of Theorem 1), any :math:`A \\in \\mathbb{R}^{d_k \\times d_j}`,
:math:`B \\in \\mathbb{R}^{d_j \\times d_0}` factor through the layers:
:func:`factor_through_bottleneck` takes

.. math::

    M_k = \\begin{pmatrix} A & 0 \\end{pmatrix}, \\quad
    M_i = \\begin{pmatrix} I_{d_j} & 0 \\\\ 0 & 0 \\end{pmatrix} \\ (i \\ne 1, k), \\quad
    M_1 = \\begin{pmatrix} B \\\\ 0 \\end{pmatrix},

with :math:`M_{j+1} = \\binom{I_{d_j}}{0}` and :math:`M_j = (I_{d_j} \\; 0)` as the
embeddings next to the bottleneck (:math:`M_k = A` when :math:`k = j + 1`,
:math:`M_1 = B` when :math:`j = 1`).  Every :math:`d_i \\ge d_j`, so the blocks fit;
rank-deficient :math:`A, B` are allowed.  The map :math:`\\varphi(A, B) = (M_1, \\dots, M_k)`
is linear, :math:`\\pi(M) = (A, B)` is polynomial, :math:`\\pi \\circ \\varphi = \\mathrm{id}`,
:math:`L_k \\circ \\varphi = L_2` and :math:`L_2 \\circ \\pi = L_k`.

Main definitions
----------------
* :func:`bottleneck_index`, :func:`split_at`, :func:`factor_through_bottleneck`, :func:`split_facts`.
"""

from __future__ import annotations

from sympy.polys.matrices import DomainMatrix

from symbolic.core.products import chain

__all__ = ["bottleneck_index", "factor_through_bottleneck", "split_at", "split_facts"]


def _check_dims(dims):
    dims = tuple(dims)
    if len(dims) < 2 or not all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in dims):
        raise ValueError(f"dims must be at least two positive integers; got {list(dims)}")
    return dims


def bottleneck_index(dims) -> int:
    """The first index :math:`j` with :math:`d_j = \\min_i d_i` (0 or ``len(dims) - 1``: no bottleneck).

    Examples
    ========

    >>> from symbolic.forms.factorization import bottleneck_index
    >>> bottleneck_index((3, 2, 1, 2, 3)), bottleneck_index((2, 3, 3))
    (2, 0)
    """
    dims = _check_dims(dims)
    return dims.index(min(dims))


def split_at(weights, j: int):
    """``(A, B)`` with :math:`A = M_k \\cdots M_{j+1}` and :math:`B = M_j \\cdots M_1` (``1 <= j < k``).

    Examples
    ========

    >>> from symbolic import Network
    >>> from symbolic.forms.factorization import split_at
    >>> Ms = Network((2, 1, 2)).exact_weights([[[1, 2]], [[3], [4]]])
    >>> [M.to_Matrix().tolist() for M in split_at(Ms, 1)]
    [[[3], [4]], [[1, 2]]]
    """
    k = len(weights)
    if not 1 <= j < k:
        raise ValueError(f"the split j must satisfy 1 <= j < k = {k}; got {j}")
    return chain(weights, j + 1, k), chain(weights, 1, j)


def _block(rows, cols, top_left: DomainMatrix) -> DomainMatrix:
    """``rows x cols`` with ``top_left`` in the upper-left corner and zeros elsewhere."""
    K = top_left.domain
    a, b = top_left.shape
    data = top_left.to_list()
    return DomainMatrix([[data[i][c] if i < a and c < b else K.zero for c in range(cols)] for i in range(rows)],
                        (rows, cols), K)


def factor_through_bottleneck(dims, j: int, A: DomainMatrix, B: DomainMatrix) -> list:
    """Weights :math:`M_1, \\dots, M_k` of ``dims`` with :math:`M_k \\cdots M_{j+1} = A`, :math:`M_j \\cdots M_1 = B`.

    Needs :math:`d_j = \\min_i d_i` and ``1 <= j < k``; ``A`` is :math:`d_k \\times d_j`, ``B`` is
    :math:`d_j \\times d_0`, over any domain (QQ, or a polynomial ring for symbolic entries).

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.forms.factorization import factor_through_bottleneck, split_at
    >>> A, B = rational_matrix([[1], [2], [0]]), rational_matrix([[0, "1/2", 0, 3]])
    >>> Ms = factor_through_bottleneck((4, 2, 1, 3, 3), 2, A, B)
    >>> [M.shape for M in Ms]
    [(2, 4), (1, 2), (3, 1), (3, 3)]
    >>> split_at(Ms, 2) == (A, B)
    True
    >>> factor_through_bottleneck((4, 2, 3), 1, rational_matrix([[1, 0]] * 3), rational_matrix([[1] * 4] * 2))[0].shape
    (2, 4)
    >>> factor_through_bottleneck((2, 3, 2), 1, A, B)
    Traceback (most recent call last):
    ...
    ValueError: d_j = 3 must be the narrowest width min(dims) = 2 to factor through layer j = 1
    """
    dims = _check_dims(dims)
    k = len(dims) - 1
    if not 1 <= j < k:
        raise ValueError(f"the split j must satisfy 1 <= j < k = {k}; got {j}")
    d = dims[j]
    if d != min(dims):
        raise ValueError(f"d_j = {d} must be the narrowest width min(dims) = {min(dims)} to factor through layer j = {j}")
    if A.shape != (dims[k], d) or B.shape != (d, dims[0]):
        raise ValueError(f"A must be {dims[k]} x {d} and B {d} x {dims[0]}; got {A.shape} and {B.shape}")
    K = A.domain.unify(B.domain)
    A, B = A.convert_to(K), B.convert_to(K)
    eye = DomainMatrix.eye(d, K).to_dense()
    Ms = []
    for i in range(1, k + 1):
        rows, cols = dims[i], dims[i - 1]
        if i == 1:
            M = _block(rows, cols, B)
        elif i == k:
            M = _block(rows, cols, A)
        else:
            M = _block(rows, cols, eye)
        Ms.append(M)
    return Ms


def split_facts(weights, j: int, loss) -> dict:
    """Facts at the split: :math:`G = f'(AB)` zero, :math:`G B^T` zero, :math:`A^T G` zero, the ranks of A and B.

    ``loss`` is a :mod:`symbolic.core.losses` loss (its ``gradient`` is :math:`f'`).  The keys are those of the
    checker's :func:`symbolic.checker.split.split_facts`, computed here independently.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.forms.factorization import split_facts
    >>> Ms = Network((2, 1, 2)).exact_weights([[[1, 0]], [[0], [0]]])
    >>> split_facts(Ms, 1, SquaredLoss([[1, 0], [0, 1]], [[1, 0], [0, 1]]))
    {'grad_f_zero': False, 'grad_A_zero': False, 'grad_B_zero': True, 'rank_A': 0, 'rank_B': 1, 'zero_or_full_rank': False}
    """
    A, B = split_at(weights, j)
    G = loss.gradient(A.matmul(B))
    A, B = A.convert_to(G.domain), B.convert_to(G.domain)
    return {"grad_f_zero": G.is_zero_matrix, "grad_A_zero": G.matmul(B.transpose()).is_zero_matrix,
            "grad_B_zero": A.transpose().matmul(G).is_zero_matrix, "rank_A": A.rank(), "rank_B": B.rank(),
            "zero_or_full_rank": G.is_zero_matrix or A.rank() == B.rank() == A.shape[1]}
