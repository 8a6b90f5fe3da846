"""Exact benchmark points at scale: dense strict saddles and deep zero tuples.

A **dense strict saddle** of :math:`\\tfrac12\\lVert W_L \\cdots W_1 - Y\\rVert_F^2` (:math:`X = I_m`,
dims :math:`(m, p, \\dots, p, m)`, :math:`p < m`): :math:`Y = \\operatorname{diag}(\\sigma_1 > \\dots > \\sigma_m > 0)`,
:math:`S` a set of :math:`p` indices that misses index 1 (the largest :math:`\\sigma`), :math:`E_S` the
:math:`m \\times p` selection, :math:`B_1, \\dots, B_{L-1}` seeded dense unimodular integer matrices, and

.. math::

    W_1 = B_1 E_S^T, \\qquad W_k = B_k B_{k-1}^{-1} \\;(1 < k < L), \\qquad W_L = Y E_S B_{L-1}^{-1},

so :math:`W_L \\cdots W_1 = Y E_S E_S^T` (the projection of :math:`Y` onto the coordinates :math:`S`).  It is a
critical point (the residual :math:`-(I - E_S E_S^T) Y` is orthogonal to every partial product), not a
minimum (:math:`S` misses the top singular value), and every hidden layer has full rank :math:`p`, so by
Kawaguchi (2016, Theorem 2.3 (iv)) the Hessian has a negative eigenvalue: a strict saddle.  Every weight is
dense (the :math:`B_k` mix all coordinates); entries are integers, so exact arithmetic stays small.

Main definitions
----------------
* :func:`dense_strict_saddle`, :func:`zero_tuple`, :func:`unimodular`.
"""

from __future__ import annotations

import random

__all__ = ["dense_strict_saddle", "zero_tuple", "unimodular", "saddle_params"]


def unimodular(p: int, rng: random.Random):
    """A dense ``p x p`` integer matrix of determinant 1 and its integer inverse: ``(B, B^{-1})``.

    :math:`B = L U` with unit triangular :math:`L` (entries below the diagonal in -1..1) and :math:`U`
    (entries above it in -1..1).

    Examples
    ========

    >>> import random
    >>> from symbolic.landscape.scale_cases import unimodular
    >>> B, Binv = unimodular(3, random.Random(0))
    >>> [[sum(B[i][k] * Binv[k][j] for k in range(3)) for j in range(3)] for i in range(3)]
    [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    """
    Lo = [[1 if i == j else (rng.randint(-1, 1) if j < i else 0) for j in range(p)] for i in range(p)]
    Up = [[1 if i == j else (rng.randint(-1, 1) if j > i else 0) for j in range(p)] for i in range(p)]
    B = _mul(Lo, Up)
    return B, _mul(_unit_upper_inverse(Up), _unit_lower_inverse(Lo))


def _mul(A, B):
    Bt = list(zip(*B))
    return [[sum(a * b for a, b in zip(row, col)) for col in Bt] for row in A]


def _unit_lower_inverse(Lo):
    p = len(Lo)
    inv = [[int(i == j) for j in range(p)] for i in range(p)]
    for i in range(p):
        for j in range(i):
            inv[i][j] = -sum(Lo[i][k] * inv[k][j] for k in range(j, i))
    return inv


def _unit_upper_inverse(Up):
    T = [list(r) for r in zip(*Up)]
    return [list(r) for r in zip(*_unit_lower_inverse(T))]


def saddle_params(m: int, p: int, depth: int) -> int:
    """Parameters of dims ``(m, p, ..., p, m)`` with ``depth`` layers: :math:`2mp + (L - 2)p^2`."""
    return 2 * m * p + (depth - 2) * p * p


def dense_strict_saddle(m: int, p: int, depth: int, seed: int = 0) -> dict:
    """The problem (``classify`` JSON input) of the dense strict saddle above.

    Examples
    ========

    >>> from symbolic.landscape.scale_cases import dense_strict_saddle
    >>> from symbolic.landscape.classify import classify_json
    >>> c = classify_json(dense_strict_saddle(3, 2, 3))
    >>> c["verdict"], c["strict"], c["evidence"]["certificate_ok"]
    ('saddle', True, True)
    """
    if not (isinstance(m, int) and isinstance(p, int) and isinstance(depth, int) and 0 < p < m and depth >= 2):
        raise ValueError(f"need integers 0 < p < m and depth >= 2; got m={m!r}, p={p!r}, depth={depth!r}")
    rng = random.Random(f"dense-saddle:{m}:{p}:{depth}:{seed}")
    sigma = list(range(m + 1, 1, -1))                     # m + 1 > m > ... > 2
    S = list(range(1, p + 1))                             # misses index 0, the largest sigma
    Bs = [unimodular(p, rng) for _ in range(depth - 1)]
    ES_T = [[int(j == S[a]) for j in range(m)] for a in range(p)]          # p x m
    YES = [[sigma[i] * int(i == S[a]) for a in range(p)] for i in range(m)]  # m x p
    Ws = [_mul(Bs[0][0], ES_T)]
    for k in range(1, depth - 1):
        Ws.append(_mul(Bs[k][0], Bs[k - 1][1]))
    Ws.append(_mul(YES, Bs[-1][1]))
    Y = [[sigma[i] * int(i == j) for j in range(m)] for i in range(m)]
    return {"dims": [m] + [p] * (depth - 1) + [m], "Y": Y, "weights": Ws}


def zero_tuple(width: int, depth: int) -> dict:
    """The zero tuple of dims ``(width,) * (depth + 1)`` with a seeded nonzero ``Y`` (``X = I``)."""
    Y = [[(i + j) % 3 - 1 for j in range(width)] for i in range(width)]
    Y[0][0] = 1
    return {"dims": [width] * (depth + 1), "Y": Y,
            "weights": [[[0] * width for _ in range(width)] for _ in range(depth)]}
