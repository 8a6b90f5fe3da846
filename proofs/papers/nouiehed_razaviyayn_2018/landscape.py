"""Exact points for Nouiehed-Razaviyayn's linear-network results (Theorem 8, Corollary 9, Lemmas 7 and 11, Theorem 12).

* :func:`narrow_pair_point` -- the point of Theorem 12's proof (Appendix C): with
  :math:`p_1^* = \\arg\\min_i d_i`, :math:`p_2^* = \\arg\\min_{j \\ne p_1^*} d_j` and
  :math:`d_{p_2^*} < \\min(d_h, d_0)`: :math:`X = I`, :math:`Y = e_{d_h} e_{d_0}^T`, the layers outside
  :math:`p_1 < k \\le p_2` partial identities (:math:`[I\\ 0]` or :math:`[I; 0]`), the layers inside zero.
  The paper offers it as a local minimum that is not global.
* :data:`THREE_LAYER_EXAMPLE` -- the Appendix C example with :math:`\\operatorname{rank} Y >
  \\min(d_h - d_{p_2}, d_0 - d_{p_1})`, data as recovered in ``../shared/papers/INDEX.md``.
* :func:`critical_points_any` -- exact critical points of the squared loss with :math:`X = I` and
  :math:`Y = U \\operatorname{diag}(\\sigma) V^T` for any :math:`d_y, d_x` (also :math:`d_y > d_x` and
  rank-deficient :math:`Y`): the :math:`U_S U_S^T Y` family and the zero tuple.

Ties in the argmins are broken by the smallest index (the paper does not say); the hypothesis
:math:`d_{p_2^*} < \\min(d_h, d_0)` does not depend on the choice.

Main definitions
----------------
* :func:`narrow_pair_indices`, :func:`narrow_pair_point`, :func:`narrow_pair_dims`,
  :data:`THREE_LAYER_EXAMPLE`, :func:`critical_points_any`, :func:`classified_any`, :func:`is_degenerate`,
  :func:`preimage_certificate`, :func:`lemma19_instances`.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.landscape.critical import is_critical
from symbolic.core.exact import matrix_to_strings, rational_matrix
from symbolic.landscape.instances import critical_point_of_subset, data_with_singular_values
from symbolic.core.losses import SquaredLoss
from symbolic.core.products import full_product
from symbolic.calculus.sweep import dims_tuples

from proofs.checks.classify_cache import classify_problem

__all__ = ["narrow_pair_indices", "narrow_pair_point", "narrow_pair_dims", "THREE_LAYER_EXAMPLE",
           "critical_points_any", "classified_any", "is_degenerate", "preimage_certificate", "lemma19_instances"]


def narrow_pair_indices(dims):
    """``(p1*, p2*)`` or ``None`` when :math:`d_{p_2^*} \\ge \\min(d_h, d_0)` (the "otherwise" case).

    Examples
    ========

    >>> from proofs.papers.nouiehed_razaviyayn_2018.landscape import narrow_pair_indices
    >>> narrow_pair_indices((2, 1, 1, 2)), narrow_pair_indices((2, 1, 2))
    ((1, 2), None)
    """
    from symbolic.core.network import check_dims

    dims = check_dims(dims)
    h = len(dims) - 1
    p1 = min(range(h + 1), key=lambda i: (dims[i], i))
    p2 = min((j for j in range(h + 1) if j != p1), key=lambda j: (dims[j], j))
    return (p1, p2) if dims[p2] < min(dims[h], dims[0]) else None


def _partial_identity(rows, cols):
    return [[str(int(i == j)) for j in range(cols)] for i in range(rows)]


def narrow_pair_point(dims) -> dict | None:
    """Theorem 12's point (a problem for :func:`symbolic.landscape.classify.classify_network`), or ``None``.

    Examples
    ========

    >>> from proofs.papers.nouiehed_razaviyayn_2018.landscape import narrow_pair_point
    >>> p = narrow_pair_point((2, 1, 1, 2))
    >>> p["Y"], p["weights"]
    ([['0', '0'], ['0', '1']], [[['1', '0']], [['0']], [['1'], ['0']]])
    """
    pair = narrow_pair_indices(dims)
    if pair is None:
        return None
    lo, hi = min(pair), max(pair)
    h = len(dims) - 1
    weights = []
    for k in range(1, h + 1):
        r, c = dims[k], dims[k - 1]
        weights.append([["0"] * c for _ in range(r)] if lo < k <= hi else _partial_identity(r, c))
    Y = [[str(int(i == dims[h] - 1 and j == dims[0] - 1)) for j in range(dims[0])] for i in range(dims[h])]
    return {"dims": list(dims), "X": _partial_identity(dims[0], dims[0]), "Y": Y, "weights": weights}


def narrow_pair_dims(max_depth: int, max_width: int):
    """Every dims tuple in the bounded sweep where Theorem 12's hypothesis holds."""
    return [d for d in dims_tuples(max_depth, max_width) if narrow_pair_indices(d) is not None]


#: Appendix C's three-layer example (dims (3, 2, 2, 3), X = I_3), from ``../shared/papers/INDEX.md``.
THREE_LAYER_EXAMPLE = {
    "dims": [3, 2, 2, 3], "X": _partial_identity(3, 3),
    "Y": [["1", "0", "-1"], ["0", "4", "0"], ["-1", "0", "1"]],
    "weights": [[["-1", "1", "-1"], ["1", "1", "1"]], [["1", "1"], ["1", "1"]], [["-1", "1"], ["1", "1"], ["-1", "1"]]],
}


def critical_points_any(dims, sigmas):
    """``(X, Y, [(label, weights)])``: :math:`X = I`, :math:`Y = U \\operatorname{diag}(\\sigma) V^T`, any shapes."""
    dx, dy = dims[0], dims[-1]
    X, Y, U = data_with_singular_values(dy, dx, list(sigmas)[: min(dx, dy)], seed=5)
    points = []
    for r in range(0, min(dims) + 1):
        for subset in itertools.combinations(range(dy), r):
            try:
                points.append((f"U_S U_S^T Y, S = {list(subset)}", critical_point_of_subset(dims, Y, U, subset, seed=2)))
            except ValueError:
                continue
    zero = [DomainMatrix.zeros((dims[k], dims[k - 1]), QQ).to_dense() for k in range(1, len(dims))]
    if not any(label.endswith("S = []") for label, _ in points):
        points.append(("zero tuple", zero))
    loss = SquaredLoss(X, Y)
    if not all(is_critical(Ws, loss) for _, Ws in points):
        raise ValueError("a constructed point is not critical")
    return X, Y, points


@lru_cache(maxsize=None)
def classified_any(dims, sigmas) -> tuple:
    """``((label, problem, result), ...)`` for :func:`critical_points_any`."""
    X, Y, points = critical_points_any(dims, sigmas)
    out = []
    for label, Ws in points:
        problem = {"dims": list(dims), "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
                   "weights": [matrix_to_strings(W) for W in Ws]}
        out.append((label, problem, classify_problem(problem)))
    return tuple(out)


def is_degenerate(problem) -> bool:
    """:math:`\\operatorname{rank}(W_h \\cdots W_1) < \\min_i d_i` (the paper's degenerate point)."""
    Ws = [rational_matrix(W) for W in problem["weights"]]
    return full_product(Ws).rank() < min(problem["dims"])


def preimage_certificate(weights_rows, dims, seed: int = 0, steps=("1/10", "1/100", "1/1000")):
    """Lemma 10 made constructive at a non-degenerate point: ``(certificate, ratios)``.

    With :math:`P = UV` a rank factorization of the product and random integer :math:`E, F`, the range
    perturbations :math:`Z_s = (U + sE)(V + sF)` get exact preimages :math:`W'(s)`
    (:func:`symbolic.openness.product_preimage.nondegenerate_preimage`); the ``matrix_identity`` certificate states
    :math:`W_h'(s) \\cdots W_1'(s) = Z_s`, :math:`Z_s = UV + s(UF + EV) + s^2 EF` and :math:`UV = W_h \\cdots W_1`.
    ``ratios`` are the exact :math:`\\lVert W'(s) - W \\rVert^2 / \\lVert Z_s - P \\rVert^2`.
    """
    import random

    from sympy.polys.matrices import DomainMatrix as DM

    from symbolic.core.network import Network
    from symbolic.core.pinv import rank_factorization
    from symbolic.openness.product_preimage import nondegenerate_preimage, squared_distance
    from symbolic.core.serialize import matrix_json

    Ws = Network(dims).exact_weights(weights_rows)
    L = len(Ws)
    P = full_product(Ws)
    U, V = rank_factorization(P)
    rng = random.Random(seed)
    E = DM([[QQ(rng.randint(-2, 2)) for _ in range(U.shape[1])] for _ in range(U.shape[0])], U.shape, QQ)
    F = DM([[QQ(rng.randint(-2, 2)) for _ in range(V.shape[1])] for _ in range(V.shape[0])], V.shape, QQ)
    mats = {f"W{k}": matrix_json(W, []) for k, W in enumerate(Ws, 1)}
    mats.update({"U": matrix_json(U, []), "V": matrix_json(V, []), "E": matrix_json(E, []), "F": matrix_json(F, [])})
    term = lambda *f, c="1": {"coefficient": c, "factors": list(f)}  # noqa: E731
    eqs = [{"left": [term("U", "V")], "right": [term(*[f"W{k}" for k in range(L, 0, -1)])]}]
    ratios = {}
    for i, s in enumerate(steps):
        q = QQ(s)
        Z = (U + E * q).matmul(V + F * q)
        Wp = nondegenerate_preimage(Ws, Z)
        mats[f"Z{i}"] = matrix_json(Z, [])
        mats.update({f"Wp{i}_{k}": matrix_json(W, []) for k, W in enumerate(Wp, 1)})
        sq = str(q * q)
        eqs.append({"left": [term(*[f"Wp{i}_{k}" for k in range(L, 0, -1)])], "right": [term(f"Z{i}")]})
        eqs.append({"left": [term(f"Z{i}")], "right": [term("U", "V"), term("U", "F", c=s), term("E", "V", c=s),
                                                      term("E", "F", c=sq)]})
        R = Z - P
        ratios[s] = str(squared_distance(Wp, Ws) / sum(x * x for row in R.to_list() for x in row))
    cert = {"kind": "matrix_identity", "variables": [], "matrices": mats, "equalities": eqs, "nonzero": ["E"]}
    return cert, ratios


def lemma19_instances(count: int = 16, seed: int = 7):
    """Degenerate points meeting Lemma 19's hypotheses (branch :math:`N(W_h) \\ne 0`): zero tuples and seeded
    tuples with rank-one layers 2..h (half of them with :math:`N(W_3) \\cap C(W_2) \\ne 0`, the proof's case a),
    with exact non-square data."""
    import random

    from symbolic.landscape.degenerate_descent import lemma19_hypotheses

    rng = random.Random(seed)

    def rnd(r, c):
        return [[str(rng.randint(-2, 2)) for _ in range(c)] for _ in range(r)]

    def rank1(r, c, v=None):
        u = [rng.randint(-2, 2) or 1 for _ in range(r)]
        v = v or [rng.randint(-2, 2) or 1 for _ in range(c)]
        return [[str(a * b) for b in v] for a in u]

    out = []
    for dims in ((2, 2, 2, 2), (2, 3, 3, 2), (2, 2, 2, 2, 2)):
        zero = [[["0"] * dims[k - 1] for _ in range(dims[k])] for k in range(1, len(dims))]
        out.append((f"zero tuple {dims}", {"dims": list(dims), "X": rnd(dims[0], 3), "Y": rnd(dims[-1], 3),
                                           "weights": zero}))
    tries = 0
    while len(out) < count + 3 and tries < 500:
        tries += 1
        h = rng.choice([3, 4])
        dims = [2] * (h + 1) if rng.random() < 0.5 else [2] + [3] * (h - 1) + [2]
        Ws = [rnd(dims[1], dims[0])] + [rank1(dims[k], dims[k - 1]) for k in range(2, h + 1)]
        case_a = len(out) % 2 == 0
        if case_a:  # W3 = w z^T with z orthogonal to the column direction u of W2: C(W2) in N(W3)
            u = [int(row[0]) for row in Ws[1]]
            if not any(u):
                continue
            z = [u[1], -u[0]] + [0] * (len(u) - 2)
            Ws[2] = rank1(dims[3], dims[2], v=z)
        weights = [rational_matrix(W) for W in Ws]
        if not lemma19_hypotheses(weights)[0]:
            continue
        out.append((f"seeded {tuple(dims)} #{len(out)}", {"dims": list(dims), "X": rnd(dims[0], 3),
                                                          "Y": rnd(dims[-1], 3), "weights": Ws}))
    return out
