"""Local openness of matrix multiplication :math:`M(W_1, W_2) = W_1 W_2` (Nouiehed-Razaviyayn 2018).

:math:`W_1 \\in \\mathbb{R}^{m \\times k}`, :math:`W_2 \\in \\mathbb{R}^{k \\times n}`.  Two
dimension identities turn the paper's conditions into exact rank computations:

.. math::

    \\dim(N(W_1) \\cap C(W_2)) = \\operatorname{rank} W_2 - \\operatorname{rank} W_1 W_2, \\qquad
    \\dim(N(W_2^T) \\cap C(W_1^T)) = \\operatorname{rank} W_1 - \\operatorname{rank} W_1 W_2 .

*Full-rank case* (:math:`k \\ge \\min(m, n)`, Proposition 4, Behrends 2017): locally
open iff (2a) some :math:`\\tilde W_1` with :math:`\\tilde W_1 W_2 = 0` makes
:math:`W_1 + \\tilde W_1` full row rank, or (2b) some :math:`\\tilde W_2` with
:math:`W_1 \\tilde W_2 = 0` makes :math:`W_2 + \\tilde W_2` full column rank.
Writing rows of :math:`W_1 + \\tilde W_1` as fixed components in :math:`C(W_2)` plus free
components in :math:`C(W_2)^\\perp`, (2a) holds iff
:math:`m - \\operatorname{rank} W_1W_2 \\le k - \\operatorname{rank} W_2`, which is the
printed condition 3 (:math:`\\dim(N(W_1) \\cap C(W_2)) \\le k - m`); (2b) likewise.

*Rank-deficient case* (:math:`k < \\min(m, n)`, Theorem 5; the extraction lost the
"≠"): if :math:`\\operatorname{rank} W_1 \\ne \\operatorname{rank} W_2` the map is not
locally open in its range; otherwise it is iff
:math:`\\dim(N(W_1) \\cap C(W_2)) = 0` (equivalently the transposed condition).

Main definitions
----------------
* :func:`openness_data`, :func:`is_locally_open`, :func:`witness_full_row_rank`,
  :func:`preimage_of_perturbation`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from .pinv import pinv

__all__ = ["openness_data", "is_locally_open", "witness_full_row_rank", "preimage_of_perturbation"]


def _check(W1: DomainMatrix, W2: DomainMatrix):
    if W1.shape[1] != W2.shape[0]:
        raise ValueError(f"W1 is {W1.shape[0]} x {W1.shape[1]} and W2 is {W2.shape[0]} x {W2.shape[1]}: "
                         "W1's columns must equal W2's rows")
    return W1.convert_to(QQ).to_dense(), W2.convert_to(QQ).to_dense()


def openness_data(W1: DomainMatrix, W2: DomainMatrix) -> dict:
    """Ranks and the two intersection dimensions, exactly.

    Examples
    ========

    >>> from symbolic.exact import rational_matrix
    >>> from symbolic.openness import openness_data
    >>> openness_data(rational_matrix([[1], [1]]), rational_matrix([[0, 0]]))["rank_W1"]
    1
    """
    W1, W2 = _check(W1, W2)
    m, k = W1.shape
    n = W2.shape[1]
    r1, r2, r12 = W1.rank(), W2.rank(), W1.matmul(W2).rank()
    return {"m": m, "k": k, "n": n, "rank_W1": r1, "rank_W2": r2, "rank_W1W2": r12,
            "dim_N_W1_cap_C_W2": r2 - r12, "dim_N_W2T_cap_C_W1T": r1 - r12,
            "full_rank_case": k >= min(m, n)}


def is_locally_open(W1: DomainMatrix, W2: DomainMatrix) -> bool:
    """Proposition 4 (k >= min(m, n)) or Theorem 5 (k < min(m, n)), decided exactly.

    Examples
    ========

    >>> from symbolic.exact import rational_matrix
    >>> from symbolic.openness import is_locally_open
    >>> is_locally_open(rational_matrix([[1], [1]]), rational_matrix([[0, 0]]))  # Remark 1
    False
    >>> is_locally_open(rational_matrix([[1], [1]]), rational_matrix([[1, 2]]))
    True
    """
    d = openness_data(W1, W2)
    m, k, n, r12 = d["m"], d["k"], d["n"], d["rank_W1W2"]
    if d["full_rank_case"]:
        return (m - r12 <= k - d["rank_W2"]) or (n - r12 <= k - d["rank_W1"])
    if d["rank_W1"] != d["rank_W2"]:
        return False
    return d["dim_N_W1_cap_C_W2"] == 0


def witness_full_row_rank(W1: DomainMatrix, W2: DomainMatrix):
    """A rational :math:`\\tilde W_1` with :math:`\\tilde W_1 W_2 = 0` and :math:`W_1 + \\tilde W_1` of full row rank, or None.

    Rows of :math:`\\tilde W_1` are combinations of a basis of the left kernel of
    :math:`W_2`, added greedily where they raise the rank.
    """
    W1, W2 = _check(W1, W2)
    m, k = W1.shape
    null = W2.transpose().nullspace().to_dense()  # rows v with v^T W2 = 0
    basis = null.to_list()
    rows = [list(r) for r in W1.to_list()]
    pending = list(basis)
    current = DomainMatrix(rows, (m, k), QQ)
    for i in range(m):
        if current.rank() == m:
            break
        for j, v in enumerate(pending):
            trial = [r[:] for r in rows]
            trial[i] = [a + b for a, b in zip(trial[i], v)]
            T = DomainMatrix(trial, (m, k), QQ)
            if T.rank() > current.rank():
                rows, current = trial, T
                pending.pop(j)
                break
    if current.rank() < m:
        return None
    return current - W1


def preimage_of_perturbation(W1: DomainMatrix, W2: DomainMatrix, R: DomainMatrix, t):
    """Exact :math:`(W_1 + t\\tilde W_1,\\; W_2 + \\Delta)` with product :math:`W_1 W_2 + R` (case (2a)).

    With :math:`V = W_1 + t \\tilde W_1` of full row rank, :math:`\\Delta = V^+ R` solves
    :math:`V (W_2 + \\Delta) = W_1 W_2 + R` because :math:`\\tilde W_1 W_2 = 0` and
    :math:`V V^+ = I`.  Returns None when (2a) has no witness or :math:`V` is singular
    for this ``t``.
    """
    W1, W2 = _check(W1, W2)
    Wt = witness_full_row_rank(W1, W2)
    if Wt is None:
        return None
    V = W1 + Wt * QQ.convert(t) if not QQ.of_type(t) else W1 + Wt * t
    if V.rank() < V.shape[0]:
        return None
    return V, W2 + pinv(V).matmul(R.convert_to(QQ))
