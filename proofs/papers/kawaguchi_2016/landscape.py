"""Critical points classified for Kawaguchi's Theorem 2.3 and Corollary 2.4.

Instances satisfy Theorem 2.3's assumptions exactly: :math:`X = I_{d_x}`,
:math:`Y = U \\operatorname{diag}(\\sigma) V^T` with rational orthogonal :math:`U, V` and
distinct :math:`\\sigma`, :math:`d_y \\le d_x`.  Critical points: the constructed
family :math:`W_L \\cdots W_1 = U_S U_S^T Y` for every subset :math:`S` of singular
vectors that fits the widths, the zero tuple (:math:`L \\ge 3`), and points with
two zero layers and seeded rational others (:math:`L \\ge 3`; critical because every
gradient block contains a zero factor).  Each point is classified by
:mod:`symbolic.landscape.classify`; each part of a certificate is a ``classification``
certificate that the separate checker re-verifies, with the claim's expectation.

Main definitions
----------------
* :data:`THEOREM23_DIMS`, :func:`critical_points`, :func:`classified`, :func:`part`.
* :func:`classified_rank_deficient_x` -- the same families for a rank-deficient
  :math:`X = V \\operatorname{diag}(1, \\dots, 1, 0) V^T` (:math:`XX^T` singular): with :math:`P = X` the row-space
  projector, :math:`Y' = YP = U \\operatorname{diag}(\\sigma_1, \\dots, \\sigma_{d-1}, 0) V^T`, and the points built for
  :math:`(I, Y')` satisfy :math:`AP = A`, so they are critical for :math:`(X, Y)` too (checked exactly).
"""

from __future__ import annotations

import random
from functools import lru_cache

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.landscape.classify import classify_network
from symbolic.core.exact import matrix_to_strings
from symbolic.landscape.instances import critical_point_of_subset, data_with_singular_values
from symbolic.core.products import chain


from proofs.checks.classified import all_strict_outcome, no_spurious_outcome, part

__all__ = ["THEOREM23_DIMS", "critical_points", "classified", "classified_rank_deficient_x", "part", "middle_rank",
           "no_spurious_outcome", "all_strict_outcome"]

#: dims in scope (d_y <= d_x), quick and full.
THEOREM23_DIMS = {True: ((2, 2, 2), (2, 1, 2), (2, 2, 2, 2)),
                  False: ((2, 2, 2), (2, 1, 2), (3, 2, 2), (3, 2, 3, 2), (2, 2, 2, 2), (3, 2, 2, 2), (2, 1, 2, 2, 2))}

SIGMAS = ("5", "3", "2")


def _seeded(shape, rng):
    return DomainMatrix([[QQ(rng.randint(-2, 2), rng.randint(1, 2)) for _ in range(shape[1])] for _ in range(shape[0])],
                        shape, QQ)


def critical_points(dims, sigmas=SIGMAS):
    """``(X, Y, [(label, weights)])`` for ``dims`` (see the module docstring); ``sigmas`` the singular values of Y."""
    import itertools

    X, Y, U = data_with_singular_values(dims[-1], dims[0], sigmas[: dims[-1]], seed=5)
    points = []
    for r in range(0, min(dims) + 1):
        for subset in itertools.combinations(range(dims[-1]), r):
            points.append((f"U_S U_S^T Y, S = {list(subset)}", critical_point_of_subset(dims, Y, U, subset, seed=2)))
    L = len(dims) - 1
    if L >= 3:
        shapes = [(dims[k], dims[k - 1]) for k in range(1, L + 1)]
        points.append(("zero tuple", [DomainMatrix.zeros(s, QQ).to_dense() for s in shapes]))
        rng = random.Random(11)
        for a, b in ((0, 1), (0, L - 1)):
            Ws = [_seeded(s, rng) for s in shapes]
            Ws[a] = DomainMatrix.zeros(shapes[a], QQ).to_dense()
            Ws[b] = DomainMatrix.zeros(shapes[b], QQ).to_dense()
            points.append((f"W{a + 1} = W{b + 1} = 0, others seeded", Ws))
    return X, Y, points


def middle_rank(weights) -> int:
    """:math:`\\operatorname{rank}(W_H \\cdots W_2)` (Kawaguchi's indices; the identity when H = 1)."""
    return chain(weights, 2, len(weights) - 1).rank()


@lru_cache(maxsize=None)
def classified(dims, sigmas=SIGMAS) -> tuple:
    """``((label, problem, result, middle rank), ...)`` for every critical point of ``dims``."""
    X, Y, points = critical_points(dims, sigmas)
    out = []
    for label, Ws in points:
        problem = {"dims": list(dims), "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
                   "weights": [matrix_to_strings(W) for W in Ws]}
        result = classify_network(problem["dims"], problem["Y"], problem["weights"], X=problem["X"],
                                  seconds=20).to_json()
        out.append((label, problem, result, middle_rank(Ws)))
    return tuple(out)


@lru_cache(maxsize=None)
def classified_rank_deficient_x(dims, sigmas=SIGMAS) -> tuple:
    """``((label, problem, result, middle rank), ...)`` with :math:`X = V \\operatorname{diag}(1, .., 1, 0) V^T`.

    Needs :math:`d_y = d_x` (so the singular vectors of Y are rational and :math:`YP` has them too).
    """
    import itertools

    from symbolic.landscape.critical import is_critical
    from symbolic.landscape.instances import rational_orthogonal
    from symbolic.core.losses import SquaredLoss

    dx, dy = dims[0], dims[-1]
    if dx != dy:
        raise ValueError(f"rank-deficient X instances need d_y = d_x; got dims {list(dims)}")
    _, Y, U = data_with_singular_values(dy, dx, sigmas[:dy], seed=5)
    V = rational_orthogonal(dx, 6)  # the right singular vectors data_with_singular_values used (seed + 1)
    D = DomainMatrix([[QQ(int(i == j and i < dx - 1)) for j in range(dx)] for i in range(dx)], (dx, dx), QQ)
    X = V.matmul(D).matmul(V.transpose())
    Yp = Y.matmul(X)
    points = []
    for r in range(0, min(dims) + 1):
        for subset in itertools.combinations(range(dy), r):
            try:
                Ws = critical_point_of_subset(dims, Yp, U, subset, seed=2)
            except ValueError:
                continue
            points.append((f"U_S U_S^T Y P, S = {list(subset)}", Ws))
    if len(dims) - 1 >= 3:
        points.append(("zero tuple", [DomainMatrix.zeros((dims[k], dims[k - 1]), QQ).to_dense()
                                      for k in range(1, len(dims))]))
    loss = SquaredLoss(X, Y)
    out = []
    for label, Ws in points:
        if not is_critical(Ws, loss):
            raise ValueError(f"{label} is not critical for the rank-deficient X")
        problem = {"dims": list(dims), "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
                   "weights": [matrix_to_strings(W) for W in Ws]}
        result = classify_network(problem["dims"], problem["Y"], problem["weights"], X=problem["X"],
                                  seconds=20).to_json()
        out.append((label, problem, result, middle_rank(Ws)))
    return tuple(out)
