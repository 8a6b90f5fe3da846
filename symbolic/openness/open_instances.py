"""Exact pairs :math:`(W_1, W_2)` with prescribed ranks and kernel intersections, for openness sweeps.

Given :math:`m, k, n` and ranks :math:`r_1, r_2, r_{12}` with
:math:`\\max(0, r_1 + r_2 - k) \\le r_{12} \\le \\min(r_1, r_2)` (Sylvester), build

.. math::

    W_1 = M_1 S_1 G, \\qquad W_2 = G^{-1} S_2 M_2,

with :math:`S_1` selecting the coordinates :math:`\\{0..r_{12}-1\\} \\cup \\{k - r_1 + r_{12} .. k-1\\}`
(so :math:`N(W_1 G^{-1}) = \\operatorname{span}(e_{r_{12}}, \\dots, e_{k - r_1 + r_{12} - 1})`),
:math:`S_2 = [e_0 \\dots e_{r_2 - 1}]`, :math:`M_1` (:math:`m \\times r_1`) of full column rank,
:math:`M_2` (:math:`r_2 \\times n`) of full row rank and :math:`G` invertible, all seeded small rationals.
Then :math:`\\dim(N(W_1) \\cap C(W_2)) = r_2 - r_{12}` and
:math:`\\dim(N(W_2^T) \\cap C(W_1^T)) = r_1 - r_{12}`.

:func:`rational_orthogonal` gives exact orthogonal matrices by the Cayley transform
:math:`Q = (I - S)(I + S)^{-1}` of a rational skew-symmetric :math:`S` (:math:`I + S` is invertible because
the eigenvalues of :math:`S` are imaginary), for the changes of coordinates of Lemmas 14 and 15.

Main definitions
----------------
* :func:`rank_triples`, :func:`structured_pair`, :func:`rational_orthogonal`.
"""

from __future__ import annotations

import random

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

__all__ = ["rank_triples", "structured_pair", "rational_orthogonal"]


def rank_triples(m: int, k: int, n: int) -> list:
    """Every ``(r1, r2, r12)`` a pair of these shapes can have.

    Examples
    ========

    >>> from symbolic.openness.open_instances import rank_triples
    >>> rank_triples(2, 1, 2)
    [(0, 0, 0), (0, 1, 0), (1, 0, 0), (1, 1, 1)]
    """
    out = []
    for r1 in range(min(m, k) + 1):
        for r2 in range(min(k, n) + 1):
            for r12 in range(max(0, r1 + r2 - k), min(r1, r2) + 1):
                out.append((r1, r2, r12))
    return out


def _random_full_rank(rows, cols, rng, target):
    while True:
        M = DomainMatrix([[QQ(rng.randint(-3, 3), rng.randint(1, 2)) for _ in range(cols)] for _ in range(rows)],
                         (rows, cols), QQ)
        if M.rank() == target:
            return M


def structured_pair(m: int, k: int, n: int, r1: int, r2: int, r12: int, seed: int = 0):
    """``(W1, W2)`` over QQ with the prescribed ranks (see the module docstring).

    Examples
    ========

    >>> from symbolic.openness.open_instances import structured_pair
    >>> from symbolic.openness.local_openness import openness_data
    >>> W1, W2 = structured_pair(3, 2, 4, 1, 2, 1, seed=1)
    >>> d = openness_data(W1, W2)
    >>> d["rank_W1"], d["rank_W2"], d["rank_W1W2"], d["dim_N_W1_cap_C_W2"]
    (1, 2, 1, 1)
    """
    if not (0 <= r1 <= min(m, k) and 0 <= r2 <= min(k, n) and max(0, r1 + r2 - k) <= r12 <= min(r1, r2)):
        raise ValueError(f"ranks (r1, r2, r12) = {(r1, r2, r12)} are impossible for shapes {m} x {k} x {n}: "
                         "need r1 <= min(m, k), r2 <= min(k, n), max(0, r1 + r2 - k) <= r12 <= min(r1, r2)")
    rng = random.Random(f"{m},{k},{n},{r1},{r2},{r12},{seed}")
    kept = list(range(r12)) + list(range(k - r1 + r12, k))
    S1 = DomainMatrix([[QQ(int(c == j)) for c in range(k)] for j in kept], (r1, k), QQ)
    S2 = DomainMatrix([[QQ(int(i == j)) for j in range(r2)] for i in range(k)], (k, r2), QQ)
    G = _random_full_rank(k, k, rng, k)
    if r1:
        W1 = _random_full_rank(m, r1, rng, r1).matmul(S1).matmul(G)
    else:
        W1 = DomainMatrix.zeros((m, k), QQ).to_dense()
    if r2:
        W2 = G.inv().matmul(S2).matmul(_random_full_rank(r2, n, rng, r2))
    else:
        W2 = DomainMatrix.zeros((k, n), QQ).to_dense()
    return W1.to_dense(), W2.to_dense()


def rational_orthogonal(n: int, seed: int = 0) -> DomainMatrix:
    """An exact orthogonal :math:`n \\times n` matrix :math:`(I - S)(I + S)^{-1}`, :math:`S` skew, seeded.

    Examples
    ========

    >>> from symbolic.openness.open_instances import rational_orthogonal
    >>> Q = rational_orthogonal(3, seed=2)
    >>> Q.transpose().matmul(Q).to_Matrix().is_Identity, Q.to_Matrix().is_Identity
    (True, False)
    """
    rng = random.Random(f"orthogonal {n} {seed}")
    S = [[QQ(0)] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            S[i][j] = QQ(rng.randint(-2, 2), rng.randint(1, 3))
            S[j][i] = -S[i][j]
    S = DomainMatrix(S, (n, n), QQ)
    eye = DomainMatrix.eye(n, QQ).to_dense()
    return (eye - S).matmul((eye + S).inv())
