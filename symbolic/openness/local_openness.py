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

*Witnesses.*  :func:`rank_raising_left` builds :math:`\\tilde W_1` (rows in the left kernel
:math:`N(W_2^T)`) making :math:`\\operatorname{rank}(W_1 + \\tilde W_1)` as large as any
such :math:`\\tilde W_1` can, namely

.. math::

    \\max_{\\tilde W_1 W_2 = 0} \\operatorname{rank}(W_1 + \\tilde W_1)
    = \\min(m,\\; \\operatorname{rank} W_1 W_2 + k - \\operatorname{rank} W_2):

the rows of :math:`W_1 + \\tilde W_1` modulo :math:`N(W_2^T)` are those of :math:`W_1`, whose
images :math:`x \\mapsto x W_2` span a space of dimension :math:`\\operatorname{rank} W_1 W_2`, and
at most :math:`k - \\operatorname{rank} W_2` more dimensions come from :math:`N(W_2^T)`.  So
Theorem 5's i) (full column rank :math:`k`) holds iff :math:`\\operatorname{rank} W_1W_2 =
\\operatorname{rank} W_2` (iii), and ii) iff :math:`\\operatorname{rank} W_1W_2 = \\operatorname{rank} W_1`
(iv), with or without :math:`\\operatorname{rank} W_1 = \\operatorname{rank} W_2`.

Main definitions
----------------
* :func:`openness_data`, :func:`is_locally_open`, :func:`witness_full_row_rank`,
  :func:`preimage_of_perturbation`, :func:`rank_raising_left`, :func:`rank_raising_right`,
  :func:`condition_witnesses`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.pinv import pinv

__all__ = ["openness_data", "is_locally_open", "witness_full_row_rank", "preimage_of_perturbation",
           "rank_raising_left", "rank_raising_right", "condition_witnesses"]


def _check(W1: DomainMatrix, W2: DomainMatrix):
    if W1.shape[1] != W2.shape[0]:
        raise ValueError(f"W1 is {W1.shape[0]} x {W1.shape[1]} and W2 is {W2.shape[0]} x {W2.shape[1]}: "
                         "W1's columns must equal W2's rows")
    return W1.convert_to(QQ).to_dense(), W2.convert_to(QQ).to_dense()


def openness_data(W1: DomainMatrix, W2: DomainMatrix) -> dict:
    """Ranks and the two intersection dimensions, exactly.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.local_openness import openness_data
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

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.local_openness import is_locally_open
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


def _row_basis_indices(M: DomainMatrix) -> list:
    """Indices of rows of ``M`` forming a basis of its row space (first independent rows)."""
    return list(M.transpose().rref()[1])


def rank_raising_left(W1: DomainMatrix, W2: DomainMatrix) -> DomainMatrix:
    """A rational :math:`\\tilde W_1` with :math:`\\tilde W_1 W_2 = 0` and the largest rank of
    :math:`W_1 + \\tilde W_1`.

    Rows ``I`` of :math:`W_1` whose images under :math:`W_2` form a basis keep their values; each
    other row :math:`w_j` has :math:`w_j = \\sum_{i \\in I} c_{ji} w_i + p_j` with :math:`p_j W_2 = 0`;
    the first :math:`k - \\operatorname{rank} W_2` of them become :math:`\\sum_i c_{ji} w_i + n_j`
    (:math:`n_j` a basis of :math:`N(W_2^T)`), so :math:`\\tilde W_1` has rows :math:`n_j - p_j`.

    .. math::

        \\operatorname{rank}(W_1 + \\tilde W_1) = \\min(m, \\operatorname{rank} W_1W_2 + k - \\operatorname{rank} W_2).

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.local_openness import rank_raising_left
    >>> W1, W2 = rational_matrix([[1, 0], [0, 0], [0, 0]]), rational_matrix([[1, 0, 0], [0, 0, 0]])
    >>> Wt = rank_raising_left(W1, W2)
    >>> Wt.matmul(W2).is_zero_matrix, (W1 + Wt).rank()
    (True, 2)
    """
    W1, W2 = _check(W1, W2)
    m, k = W1.shape
    P = W1.matmul(W2)
    basis_rows = _row_basis_indices(P) if P.rank() else []
    rows = W1.to_list()
    null = [list(r) for r in W2.transpose().nullspace().to_list()] if W2.rank() < k else []
    null = [r for r in null if any(x != 0 for x in r)]
    out = [[QQ(0)] * k for _ in range(m)]
    if basis_rows:
        PI = DomainMatrix([P.to_list()[i] for i in basis_rows], (len(basis_rows), P.shape[1]), QQ)
        WI = DomainMatrix([rows[i] for i in basis_rows], (len(basis_rows), k), QQ)
        # c_j solves c PI = P_j:  c = P_j PI^+ (PI has full row rank)
        C = P.matmul(pinv(PI))  # m x |I|
        base = C.matmul(WI)      # row j: sum_i c_ji w_i
    else:
        base = DomainMatrix.zeros((m, k), QQ).to_dense()
    free = [j for j in range(m) if j not in basis_rows]
    blist = base.to_list()
    for j, nvec in zip(free, null):
        out[j] = [blist[j][c] + nvec[c] - rows[j][c] for c in range(k)]
    return DomainMatrix(out, (m, k), QQ)


def rank_raising_right(W1: DomainMatrix, W2: DomainMatrix) -> DomainMatrix:
    """A rational :math:`\\tilde W_2` with :math:`W_1 \\tilde W_2 = 0` and the largest rank of
    :math:`W_2 + \\tilde W_2`.

    The transpose of :func:`rank_raising_left` applied to :math:`(W_2^T, W_1^T)`;
    the maximum is :math:`\\min(n, \\operatorname{rank} W_1W_2 + k - \\operatorname{rank} W_1)`.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.local_openness import rank_raising_right
    >>> W1, W2 = rational_matrix([[1, 0], [0, 0], [0, 0]]), rational_matrix([[1, 0, 0], [0, 0, 0]])
    >>> W1.matmul(rank_raising_right(W1, W2)).is_zero_matrix
    True
    """
    W1, W2 = _check(W1, W2)
    return rank_raising_left(W2.transpose(), W1.transpose()).transpose()


def condition_witnesses(W1: DomainMatrix, W2: DomainMatrix) -> dict:
    """Theorem 5's i)-iv) and Proposition 4's 2a), 2b), 3, decided exactly, with witnesses.

    Keys ``i``, ``ii`` (Theorem 5: :math:`W_1 + \\tilde W_1` full column rank, :math:`W_2 + \\tilde W_2`
    full row rank), ``2a``, ``2b`` (Proposition 4: full row rank, full column rank), each
    ``(holds, witness or None)``; ``iii``, ``iv`` (the two intersections are zero), ``3``
    (Proposition 4's printed condition 3), ``rank_equal``, and the rank data.

    .. math::

        \\text{i)} \\iff \\operatorname{rank}(W_1 + \\tilde W_1^{\\max}) = k, \\qquad
        \\text{2a)} \\iff \\operatorname{rank}(W_1 + \\tilde W_1^{\\max}) = m .

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.local_openness import condition_witnesses
    >>> c = condition_witnesses(rational_matrix([[1], [1]]), rational_matrix([[0, 0]]))  # Remark 1
    >>> c["i"][0], c["ii"][0], c["iii"], c["iv"], c["rank_equal"]
    (True, False, True, False, False)
    """
    d = openness_data(W1, W2)
    W1, W2 = _check(W1, W2)
    m, k, n = d["m"], d["k"], d["n"]
    L, R = rank_raising_left(W1, W2), rank_raising_right(W1, W2)
    rl, rr = (W1 + L).rank(), (W2 + R).rank()
    out = dict(d)
    out["i"] = (rl == k, L if rl == k else None)
    out["ii"] = (rr == k, R if rr == k else None)
    out["2a"] = (rl == m, L if rl == m else None)
    out["2b"] = (rr == n, R if rr == n else None)
    out["iii"] = d["dim_N_W1_cap_C_W2"] == 0
    out["iv"] = d["dim_N_W2T_cap_C_W1T"] == 0
    out["3"] = (d["dim_N_W1_cap_C_W2"] <= k - m) or (n - (d["rank_W2"] - d["dim_N_W1_cap_C_W2"]) <= k - d["rank_W1"])
    out["rank_equal"] = d["rank_W1"] == d["rank_W2"]
    out["max_rank_left"], out["max_rank_right"] = rl, rr
    return out
