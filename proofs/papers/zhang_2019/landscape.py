"""Exact critical points classified for Zhang's (2019) Lemmas 1-2, Theorems 1-2 and Corollaries 1-2.

Squared loss :math:`\\tfrac12 \\lVert M_k \\cdots M_1 X - Y \\rVert_F^2` (Zhang's :math:`\\lVert\\cdot\\rVert^2`
without the :math:`\\tfrac12`, which changes no critical point or verdict) and the quartic loss
:math:`\\tfrac14 \\sum (M_k \\cdots M_1 X - Y)_{pq}^4`.  A :class:`Setting` fixes dims, the singular values of
:math:`Y`, the rank of :math:`X` and the loss; :func:`critical_points` builds

* the family :math:`M_k \\cdots M_1 X = U_S U_S^T Y'` for every subset :math:`S` fitting the widths
  (:func:`symbolic.landscape.instances.critical_point_of_subset` on the reduced data; squared loss),
* the zero tuple and points with two zero layers and seeded others (:math:`k \\ge 3`; critical for any
  :math:`f`, every gradient block has a zero factor),
* for the quartic loss, exact factorizations of a :math:`Y` of rank :math:`\\le d` (zero loss),
* the structured point of Nouiehed-Razaviyayn, Theorem 12 (a) (:func:`nr_theorem12_point`).

A rank-deficient :math:`X` is :math:`X = Q \\binom{I_r}{0}` (:math:`Q` rational orthogonal): then
:math:`M_1 X` only sees :math:`M_1 Q` restricted to its first :math:`r` columns, so a critical point of
the reduced problem with :math:`X = I_r`, completed by seeded columns, is critical for :math:`X`.
Criticality is re-checked by the classifier, never assumed.

Main definitions
----------------
* :class:`Setting`, :func:`critical_points`, :func:`nr_theorem12_point`, :func:`classified`, :func:`split_part`,
  :func:`point_problem`, :func:`facts_of`, :func:`classified_problem`.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from functools import cache

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.landscape.classify import classify_network
from symbolic.core.exact import matrix_to_strings
from symbolic.landscape.instances import (
    critical_point_of_subset,
    data_with_singular_values,
    rational_orthogonal,
)

__all__ = [
    "Setting",
    "classified",
    "classified_problem",
    "critical_points",
    "facts_of",
    "nr_theorem12_point",
    "point_problem",
    "split_part",
]


@dataclass(frozen=True)
class Setting:
    """dims, singular values of :math:`Y` (missing ones are 0), rank of :math:`X` (``None``: :math:`X = I`), loss."""

    dims: tuple
    sigmas: tuple = ("5", "3", "2")
    x_rank: int | None = None
    loss: str = "squared"

    def describe(self) -> str:
        """One line: dims, data, loss."""
        x = "X = I" if self.x_rank is None else f"rank X = {self.x_rank} < d0"
        return f"dims {self.dims}, sigma(Y) = ({', '.join(self.sigmas)}), {x}, {self.loss} loss"


def _seeded(shape, rng):
    return DomainMatrix([[QQ(rng.randint(-2, 2), rng.randint(1, 2)) for _ in range(shape[1])] for _ in range(shape[0])],
                        shape, QQ)


def _zeros(shape):
    return DomainMatrix.zeros(shape, QQ).to_dense()


def nr_theorem12_point(dims):
    """``(X, Y, weights)``: Nouiehed-Razaviyayn's point of Theorem 12 (a), as their appendix C builds it.

    :math:`p_1^* = \\arg\\min_i d_i`, :math:`p_2^* = \\arg\\min_{j \\ne p_1^*} d_j` (ties: the first index; the
    text does not say), :math:`p_1 < p_2` the two; :math:`X = I`, :math:`Y` has a single 1 at :math:`(d_h, d_0)`;
    :math:`W_k = (I_{d_k} \\; 0)` if :math:`d_k \\le d_{k-1}`, :math:`\\binom{I_{d_{k-1}}}{0}` otherwise, for
    :math:`k > p_2` and :math:`k \\le p_1`; :math:`W_k = 0` for :math:`p_1 < k \\le p_2`.  Needs
    :math:`d_{p_2^*} < \\min(d_h, d_0)`.

    Examples
    ========

    >>> from proofs.papers.zhang_2019.landscape import nr_theorem12_point
    >>> X, Y, Ws = nr_theorem12_point((2, 1, 1, 2))
    >>> [W.to_Matrix().tolist() for W in Ws], Y.to_Matrix().tolist()
    ([[[1, 0]], [[0]], [[1], [0]]], [[0, 0], [0, 1]])
    """
    dims = tuple(dims)
    h = len(dims) - 1
    p1s = dims.index(min(dims))
    rest = [j for j in range(h + 1) if j != p1s]
    p2s = min(rest, key=lambda j: (dims[j], j))
    if not dims[p2s] < min(dims[h], dims[0]):
        raise ValueError(f"Theorem 12 (a) needs d_p2* < min(d_h, d_0); dims {list(dims)} have d_p2* = {dims[p2s]}")
    p1, p2 = min(p1s, p2s), max(p1s, p2s)
    Ws = []
    for k in range(1, h + 1):
        rows, cols = dims[k], dims[k - 1]
        if p1 < k <= p2:
            Ws.append(_zeros((rows, cols)))
        else:
            Ws.append(DomainMatrix([[QQ(int(i == c)) for c in range(cols)] for i in range(rows)], (rows, cols), QQ))
    Y = DomainMatrix([[QQ(int(i == dims[h] - 1 and c == dims[0] - 1)) for c in range(dims[0])]
                      for i in range(dims[h])], (dims[h], dims[0]), QQ)
    return DomainMatrix.eye(dims[0], QQ).to_dense(), Y, Ws


def _data(s: Setting):
    """``(X, Y, U, Q)``: Y is d_k x r with r = rank X (or d_0); X = Q [I_r; 0]."""
    d0, dk = s.dims[0], s.dims[-1]
    r = d0 if s.x_rank is None else s.x_rank
    sig = s.sigmas[: min(dk, r)]
    Xr, Y, U = data_with_singular_values(dk, r, sig, seed=5)
    if s.x_rank is None:
        return Xr, Y, U, None
    Q = rational_orthogonal(d0, seed=3)
    embed = DomainMatrix([[QQ(int(i == c)) for c in range(r)] for i in range(d0)], (d0, r), QQ)
    return Q.matmul(embed), Y, U, Q


def _complete_first_layer(W1r, Q, d0, rng):
    """:math:`M_1 = (W_1' \\; C) Q^T`, so :math:`M_1 X = W_1'`."""
    rows, r = W1r.shape
    C = _seeded((rows, d0 - r), rng)
    full = DomainMatrix([W1r.to_list()[i] + C.to_list()[i] for i in range(rows)], (rows, d0), QQ)
    return full.matmul(Q.transpose())


def critical_points(s: Setting):
    """``(X, Y, [(label, weights)])`` for the setting (see the module docstring)."""
    X, Y, U, Q = _data(s)
    dims = s.dims
    k = len(dims) - 1
    shapes = [(dims[i], dims[i - 1]) for i in range(1, k + 1)]
    points = []
    rng = random.Random(17)
    if s.loss == "squared":
        reduced = (Y.shape[1],) + tuple(dims[1:])
        for size in range(min(reduced) + 1):
            for subset in itertools.combinations(range(dims[-1]), size):
                Ws = critical_point_of_subset(reduced, Y, U, subset, seed=2)
                if Q is not None:
                    Ws = [_complete_first_layer(Ws[0], Q, dims[0], rng)] + Ws[1:]
                points.append((f"U_S U_S^T Y, S = {list(subset)}", Ws))
    else:  # quartic: zero-loss factorizations of a Y of rank <= d (X = I)
        for label, B in (("zero loss, rank(A) = rank(B) = d", None), ("zero loss, rank(A) < d", 1)):
            Ws = [_seeded(sh, rng) for sh in shapes]
            if B is not None:  # a rank-one top: zero all but the first row of M_k
                Ws[-1] = DomainMatrix([Ws[-1].to_list()[0]] + [[QQ(0)] * shapes[-1][1]] * (shapes[-1][0] - 1),
                                      shapes[-1], QQ)
            points.append((label, Ws))
    if k == 2 and s.loss != "squared":  # (the squared family has the zero pair as S = [] when X = I)
        points.append(("zero pair", [_zeros(sh) for sh in shapes]))
    if k >= 3:
        points.append(("zero tuple", [_zeros(sh) for sh in shapes]))
        for a, b in ((0, 1), (0, k - 1), (k - 2, k - 1)):
            Ws = [_seeded(sh, rng) for sh in shapes]
            Ws[a], Ws[b] = _zeros(shapes[a]), _zeros(shapes[b])
            points.append((f"M{a + 1} = M{b + 1} = 0, others seeded", Ws))
    return X, Y, points


def point_problem(dims, X, Y, Ws, loss="squared") -> dict:
    """The JSON problem of a point (the classifier's input format)."""
    return {"dims": list(dims), "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
            "weights": [matrix_to_strings(W) for W in Ws], "loss": loss}


def _classify(problem, seconds=20) -> dict:
    return classify_network(problem["dims"], problem["Y"], problem["weights"], X=problem["X"],
                            loss=problem["loss"], seconds=seconds).to_json()


@cache
def classified(s: Setting) -> tuple:
    """``((label, problem, result), ...)`` for every point of :func:`critical_points`."""
    X, Y, points = critical_points(s)
    if s.loss == "quartic":  # the quartic points are built as zero-loss points: Y is their product
        from symbolic.core.products import full_product

        out = []
        for label, Ws in points:
            Yp = full_product(Ws).matmul(X) if label.startswith("zero loss") else Y
            problem = point_problem(s.dims, X, Yp, Ws, "quartic")
            out.append((label, problem, _classify(problem)))
        return tuple(out)
    return tuple((label, point_problem(s.dims, X, Y, Ws), _classify(point_problem(s.dims, X, Y, Ws)))
                 for label, Ws in points)


@cache
def classified_problem(problem_key: str) -> dict:
    """Classify a problem given as its JSON text (cached)."""
    import json

    return _classify(json.loads(problem_key))


def facts_of(problem, j) -> dict:
    """:func:`symbolic.forms.factorization.split_facts` of a JSON problem (library arithmetic, not the checker's)."""
    from symbolic.forms.factorization import split_facts
    from symbolic.core.losses import QuarticLoss, SquaredLoss
    from symbolic.core.network import Network

    net = Network(problem["dims"])
    X, Y = net.check_data(problem["X"], problem["Y"])
    loss = (QuarticLoss if problem.get("loss") == "quartic" else SquaredLoss)(X, Y)
    return split_facts(net.exact_weights(problem["weights"]), j, loss)


def split_part(problem, result, j, **expect) -> dict:
    """A ``classification`` certificate whose ``expect`` also states facts at the split ``j``."""
    exact = {key: v for key, v in result.items() if key not in ("seconds", "evidence")}
    split = dict(expect.pop("split", {}), j=j)
    return {"kind": "classification", "problem": problem, "result": exact, "expect": dict(expect, split=split)}
