"""Exact critical points for Kawaguchi's lemmas, and the certificates of Lemma 4.2.

Instances: :math:`X = I` and :math:`Y = U \\operatorname{diag}(\\sigma) V^T` with rational
orthogonal :math:`U, V` (:mod:`symbolic.landscape.instances`), critical points
:math:`W_L \\cdots W_1 = U_S U_S^T Y` for every subset :math:`S` of singular vectors
that fits the widths, and the zero tuple when :math:`L \\ge 3`.  At each, Lemma 4.2
is checked with the Moore-Penrose inverse of :math:`C^T C` and with a different
generalized inverse (distinct whenever :math:`C` is rank deficient).

The ``matrix_identity`` certificate of one point states: the residual
:math:`E = W_L \\cdots W_1 X - Y`; every gradient block
:math:`W_{k+1,+}^T E X^T W_{k-1,-}^T = 0` (criticality); :math:`(C^TC) G (C^TC) = C^TC`
for the generalized inverse :math:`G`; :math:`XX^T \\Xi = I`; and
:math:`W_L \\cdots W_1 = C G C^T Y X^T \\Xi`.

Main definitions
----------------
* :data:`LEMMA42_DIMS`, :func:`lemma42_points`, :func:`lemma42_certificate`.
"""

from __future__ import annotations

import itertools

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.landscape.critical import kawaguchi_representation
from symbolic.landscape.instances import critical_point_of_subset, data_with_singular_values
from symbolic.core.pinv import generalized_inverse, pinv
from symbolic.core.products import chain, full_product
from symbolic.core.serialize import matrix_json
from symbolic.core.losses import SquaredLoss

__all__ = ["LEMMA42_DIMS", "lemma42_points", "lemma42_certificate", "lemma42_holds", "other_generalized_inverse"]

#: Quick and full dims for Lemma 4.2 (X = I, so d0 = n; dy <= dx).
LEMMA42_DIMS = {True: ((2, 2, 2), (3, 2, 2, 2)), False: ((2, 2, 2), (3, 2, 2, 2), (3, 3, 2, 3), (3, 2, 3, 2, 2))}


def other_generalized_inverse(M: DomainMatrix) -> DomainMatrix:
    """:math:`M^+ + (I - M^+M) Z` with a fixed nonzero rational Z: a {1}-inverse, not Moore-Penrose if M is singular."""
    Z = DomainMatrix([[QQ((i + 2 * j) % 3 - 1) for j in range(M.shape[0])] for i in range(M.shape[1])],
                     (M.shape[1], M.shape[0]), QQ)
    return generalized_inverse(M, Z)


def lemma42_points(dims):
    """``(X, Y, [(label, weights), ...])``: constructed critical points on ``dims``."""
    sig = [5, 3, 2][: min(dims[0], dims[-1])]
    X, Y, U = data_with_singular_values(dims[-1], dims[0], sig, seed=4)
    points = []
    for r in range(0, min(dims) + 1):
        for subset in itertools.combinations(range(len(sig)), r):
            points.append((f"S={list(subset)}", critical_point_of_subset(dims, Y, U, subset, seed=3)))
    if len(dims) >= 4:
        points.append(("zero tuple", [DomainMatrix.zeros(W.shape, QQ).to_dense() for W in points[0][1]]))
    return X, Y, points


def _term(*factors, c="1"):
    return {"coefficient": c, "factors": list(factors)}


def lemma42_certificate(X, Y, weights, ginv) -> dict:
    """The certificate of Lemma 4.2 at one critical point with one generalized inverse."""
    L = len(weights)
    mats = {f"W{k}": matrix_json(W, []) for k, W in enumerate(weights, 1)}
    E = full_product(weights).matmul(X) - Y
    C = chain(weights, 2, L)
    CtC = C.transpose().matmul(C)
    XXt = X.matmul(X.transpose())
    mats.update({"X": matrix_json(X, []), "Y": matrix_json(Y, []), "E": matrix_json(E, []),
                 "G": matrix_json(ginv(CtC), []), "Xi": matrix_json(XXt.inv(), []),
                 "I": matrix_json(DomainMatrix.eye(X.shape[0], QQ).to_dense(), [])})
    prod = [f"W{k}" for k in range(L, 0, -1)]
    Cf = [f"W{k}" for k in range(L, 1, -1)]
    Ctf = [f"W{k}^T" for k in range(2, L + 1)]
    eqs = [{"left": [_term("E")], "right": [_term(*prod, "X"), _term("Y", c="-1")]}]
    for k in range(1, L + 1):
        left = [f"W{j}^T" for j in range(k + 1, L + 1)] + ["E", "X^T"] + [f"W{j}^T" for j in range(1, k)]
        eqs.append({"left": [_term(*left)], "right": []})
    eqs.append({"left": [_term(*Ctf, *Cf, "G", *Ctf, *Cf)], "right": [_term(*Ctf, *Cf)]})
    eqs.append({"left": [_term("X", "X^T", "Xi")], "right": [_term("I")]})
    eqs.append({"left": [_term(*prod)], "right": [_term(*Cf, "G", *Ctf, "Y", "X^T", "Xi")]})
    return {"kind": "matrix_identity", "variables": [], "matrices": mats, "equalities": eqs, "nonzero": []}


def lemma42_holds(X, Y, weights) -> bool:
    """The library's side: both generalized inverses reproduce the product."""
    loss = SquaredLoss(X, Y)
    A = full_product(weights)
    return all(kawaguchi_representation(weights, loss, g) == A for g in (pinv, other_generalized_inverse))
