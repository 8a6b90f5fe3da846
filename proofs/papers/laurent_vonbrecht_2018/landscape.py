"""Critical points classified for Laurent-von Brecht's Theorem 1 (convex differentiable loss, wide layers).

Instances meet hypothesis (ii): the thinnest layer is the input or the output
(:math:`\\min_k d_k \\in \\{d_0, d_L\\}`).  Losses: the squared loss and the quartic
loss :math:`\\tfrac14 \\sum (AX - Y)_{ij}^4` (convex, differentiable, not the square).
Critical points (exact): for the squared loss the family
:math:`W_L \\cdots W_1 = U_S U_S^T Y` of :mod:`proofs.papers.kawaguchi_2016.landscape`; for both
losses the zero tuple (critical for every :math:`f` when :math:`L \\ge 2`), points
with two zero layers (:math:`L \\ge 3`), and an exact fit :math:`W_L \\cdots W_1 = Y`.

Main definitions
----------------
* :data:`THEOREM1_DIMS`, :func:`theorem1_points`, :func:`theorem1_classified`.
"""

from __future__ import annotations

from functools import lru_cache

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.landscape.classify import classify_network
from symbolic.landscape.critical import is_critical
from symbolic.core.exact import matrix_to_strings
from symbolic.landscape.instances import critical_point_of_subset, data_with_singular_values
from symbolic.core.losses import QuarticLoss, SquaredLoss

from proofs.papers.kawaguchi_2016.landscape import critical_points

__all__ = ["THEOREM1_DIMS", "theorem1_points", "theorem1_classified"]

#: dims with min(dims) in {d0, dL}: quick and full.
THEOREM1_DIMS = {True: ((2, 2, 2), (2, 3, 2, 2)), False: ((2, 2, 2), (2, 3, 2), (3, 3, 2), (2, 3, 2, 2), (2, 2, 2, 2))}


def theorem1_points(dims, loss_name: str):
    """``(X, Y, [(label, weights)])``: exact critical points of the given loss on ``dims``."""
    X, Y, points = critical_points(dims)
    if loss_name == "quartic":
        L = len(dims) - 1
        zero = [("zero tuple", [DomainMatrix.zeros((dims[k], dims[k - 1]), QQ).to_dense() for k in range(1, L + 1)])]
        others = [(label, Ws) for label, Ws in points if "=" in label and "U_S" not in label]
        _, _, U = data_with_singular_values(dims[-1], dims[0], ["5", "3", "2"][: dims[-1]], seed=5)
        fit = ("exact fit W_L...W_1 = Y", critical_point_of_subset(dims, Y, U, range(dims[-1]), seed=2))
        points = zero + others + [fit]
        loss = QuarticLoss(X, Y)
    else:
        loss = SquaredLoss(X, Y)
    if not all(is_critical(Ws, loss) for _, Ws in points):
        raise ValueError("a constructed point is not critical")
    return X, Y, points


@lru_cache(maxsize=None)
def theorem1_classified(dims, loss_name: str) -> tuple:
    """``((label, problem, result), ...)``."""
    X, Y, points = theorem1_points(dims, loss_name)
    out = []
    for label, Ws in points:
        problem = {"dims": list(dims), "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
                   "weights": [matrix_to_strings(W) for W in Ws], "loss": loss_name}
        result = classify_network(problem["dims"], problem["Y"], problem["weights"], X=problem["X"],
                                  loss=loss_name, seconds=20).to_json()
        out.append((label, problem, result))
    return tuple(out)
