"""Kronecker products, the commutation matrix and the vec convention.

Convention (Kawaguchi 2016, and everywhere in this project): :math:`\\operatorname{vec}`
stacks columns (column-major).  Then

.. math::

    \\operatorname{vec}(P M Q) = (Q^T \\otimes P)\\, \\operatorname{vec}(M),
    \\qquad \\operatorname{vec}(M^T) = K_{m,n} \\operatorname{vec}(M)
    \\quad (M \\in \\mathbb{R}^{m \\times n}),

and :math:`\\operatorname{vec}(M^T)` is the row-major flattening of :math:`M`,
which is the order of parameters inside each layer.

Main definitions
----------------
* :func:`kron`, :func:`commutation`, :func:`vec`, :func:`vec_rows`, :func:`column`.
"""

from __future__ import annotations

from sympy.polys.matrices import DomainMatrix

__all__ = ["kron", "commutation", "vec", "vec_rows", "column", "block_matrix"]


def kron(A: DomainMatrix, B: DomainMatrix) -> DomainMatrix:
    """Kronecker product :math:`A \\otimes B` over the common domain.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.core.kronecker import kron
    >>> kron(rational_matrix([[1, 2]]), rational_matrix([[1], [3]])).to_Matrix()
    Matrix([
    [1, 2],
    [3, 6]])
    """
    K = A.domain.unify(B.domain)
    a, b = A.convert_to(K).to_list(), B.convert_to(K).to_list()
    (m, n), (p, q) = A.shape, B.shape
    zero = K.zero
    rows = []
    for i in range(m):
        for r in range(p):
            row = []
            for j in range(n):
                aij = a[i][j]
                if aij == zero:
                    row.extend([zero] * q)
                else:
                    row.extend(aij * x for x in b[r])
            rows.append(row)
    return DomainMatrix(rows, (m * p, n * q), K)


def commutation(m: int, n: int, domain) -> DomainMatrix:
    """:math:`K_{m,n}` with :math:`K_{m,n}\\operatorname{vec}(M) = \\operatorname{vec}(M^T)` for :math:`M` of size m x n."""
    size = m * n
    rows = [[domain.zero] * size for _ in range(size)]
    for i in range(m):
        for j in range(n):
            # vec(M)[j*m + i] = M[i, j] ; vec(M^T)[i*n + j] = M[i, j]
            rows[i * n + j][j * m + i] = domain.one
    return DomainMatrix(rows, (size, size), domain)


def vec(M: DomainMatrix) -> DomainMatrix:
    """Column-major :math:`\\operatorname{vec}(M)` as a column vector."""
    m, n = M.shape
    data = M.to_list()
    return DomainMatrix([[data[i][j]] for j in range(n) for i in range(m)], (m * n, 1), M.domain)


def vec_rows(M: DomainMatrix) -> DomainMatrix:
    """Row-major flattening, i.e. :math:`\\operatorname{vec}(M^T)`, as a column."""
    m, n = M.shape
    return DomainMatrix([[x] for row in M.to_list() for x in row], (m * n, 1), M.domain)


def column(values, domain) -> DomainMatrix:
    """A column vector from a flat list."""
    return DomainMatrix([[v] for v in values], (len(values), 1), domain)


def block_matrix(blocks, domain) -> DomainMatrix:
    """Assemble a matrix from a square list of lists of blocks."""
    rows = []
    for brow in blocks:
        parts = [B.convert_to(domain).to_list() for B in brow]
        for r in range(len(parts[0])):
            rows.append([x for part in parts for x in part[r]])
    return DomainMatrix(rows, (len(rows), len(rows[0])), domain)
