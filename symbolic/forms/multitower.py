"""Multi-tower linear networks and their reduction to one two-layer network (Zhang 2019, Corollary 2).

A multi-tower network is a sum of deep linear networks with the same input and output
dimensions, :math:`\\Phi = \\sum_{i=1}^s M_{i k_i} \\cdots M_{i1}`, tower :math:`i` with
dims :math:`(d_{i,0} = n, \\dots, d_{i,k_i} = m)` and bottleneck
:math:`b_i = \\min_j d_{i,j}` at :math:`j_i`.  Splitting each tower there,
:math:`A_i = M_{i k_i} \\cdots M_{i, j_i + 1}` (:math:`m \\times b_i`) and
:math:`B_i = M_{i j_i} \\cdots M_{i1}` (:math:`b_i \\times n`), and stacking,

.. math::

    A = (A_1, \\dots, A_s) \\in \\mathbb{R}^{m \\times b}, \\qquad
    B = \\begin{pmatrix} B_1 \\\\ \\vdots \\\\ B_s \\end{pmatrix} \\in \\mathbb{R}^{b \\times n},
    \\qquad b = \\textstyle\\sum_i b_i, \\qquad \\sum_i A_i B_i = AB .

A tower whose bottleneck is an end layer (:math:`j_i = 0` or :math:`k_i`) is split there
with an identity factor (:math:`B_i = I_n` or :math:`A_i = I_m`).

Main definitions
----------------
* :func:`tower_bottlenecks`, :func:`tower_output`, :func:`reduce_towers`.
"""

from __future__ import annotations

from sympy.polys.matrices import DomainMatrix

from symbolic.core.products import chain, full_product

__all__ = ["reduce_towers", "tower_bottlenecks", "tower_output"]


def tower_bottlenecks(tower_dims) -> list:
    """``[(j_i, b_i), ...]``: the first narrowest layer of each tower and its width.

    Examples
    ========

    >>> from symbolic.forms.multitower import tower_bottlenecks
    >>> tower_bottlenecks([(3, 1, 2), (3, 2, 2, 2)])
    [(1, 1), (1, 2)]
    """
    out = []
    towers = [tuple(d) for d in tower_dims]
    if not towers:
        raise ValueError("a multi-tower network needs at least one tower")
    ends = {(d[0], d[-1]) for d in towers}
    if len(ends) != 1:
        raise ValueError(f"every tower needs the same input and output dims (n, m); got {sorted(ends)}")
    for d in towers:
        if len(d) < 2 or not all(isinstance(x, int) and not isinstance(x, bool) and x > 0 for x in d):
            raise ValueError(f"tower dims must be at least two positive integers; got {list(d)}")
        b = min(d)
        out.append((d.index(b), b))
    return out


def tower_output(towers) -> DomainMatrix:
    """:math:`\\sum_i M_{i k_i} \\cdots M_{i1}` for ``towers = [[M_11, ..., M_1k1], ...]``.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix as R
    >>> from symbolic.forms.multitower import tower_output
    >>> tower_output([[R([[1, 1]]), R([[2]])], [R([[0, 1]])]]).to_Matrix()
    Matrix([[2, 3]])
    """
    total = None
    for Ms in towers:
        P = full_product(Ms)
        total = P if total is None else total.convert_to(total.domain.unify(P.domain)) + P.convert_to(
            total.domain.unify(P.domain))
    return total


def _stack(blocks, horizontal: bool) -> DomainMatrix:
    K = blocks[0].domain
    for M in blocks[1:]:
        K = K.unify(M.domain)
    blocks = [M.convert_to(K) for M in blocks]
    if horizontal:
        rows = blocks[0].shape[0]
        data = [[x for M in blocks for x in M.to_list()[i]] for i in range(rows)]
        return DomainMatrix(data, (rows, sum(M.shape[1] for M in blocks)), K)
    data = [row for M in blocks for row in M.to_list()]
    return DomainMatrix(data, (len(data), blocks[0].shape[1]), K)


def reduce_towers(towers):
    """``(A, B, [(A_i, B_i), ...])``: each tower split at its bottleneck, ``A`` side by side, ``B`` stacked.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix as R
    >>> from symbolic.forms.multitower import reduce_towers, tower_output
    >>> towers = [[R([[1, 0, 2]]), R([[1], [3]])],                 # dims (3, 1, 2): b_1 = 1
    ...           [R([[1, 1, 0], [0, 1, 1]]), R([[2, 0], [1, 1]])]]  # dims (3, 2, 2): b_2 = 2
    >>> A, B, parts = reduce_towers(towers)
    >>> A.shape, B.shape, A.matmul(B) == tower_output(towers)
    ((2, 3), (3, 3), True)
    """
    dims = [[Ms[0].shape[1]] + [M.shape[0] for M in Ms] for Ms in towers]
    for Ms, d in zip(towers, dims):
        for a in range(1, len(Ms)):
            M, N = Ms[a - 1], Ms[a]
            if N.shape[1] != M.shape[0]:
                raise ValueError(f"tower with dims {d}: layer {a + 1} does not chain with layer {a}")
    parts = []
    for Ms, (j, _) in zip(towers, tower_bottlenecks(dims)):
        parts.append((chain(Ms, j + 1, len(Ms)), chain(Ms, 1, j)))  # empty products are identities
    return _stack([a for a, _ in parts], True), _stack([b for _, b in parts], False), parts
