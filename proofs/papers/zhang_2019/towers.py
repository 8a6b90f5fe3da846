"""Critical points of multi-tower linear networks, classified (Zhang 2019, Corollary 2).

The classifier works on single-chain networks or on plain polynomials.  A multi-tower
point is classified two ways:

* as a point of the **polynomial** :math:`F = \\tfrac12 \\lVert \\sum_i M_{ik_i} \\cdots M_{i1} - Y \\rVert_F^2`
  in all tower weights (:math:`X = I`): a descent curve found there is a descent curve of the
  multi-tower loss itself, so ``saddle`` is a statement about the multi-tower point;
* through its **reduced pair** :math:`(A, B)` (:func:`symbolic.forms.multitower.reduce_towers`) as a point of
  the two-layer chain :math:`(n, b, m)`: ``global_min`` there carries over, because the products
  :math:`\\sum_i A_i B_i` of the towers and the products :math:`AB` range over the same set (the matrices of
  rank :math:`\\le \\min(b, m, n)`), the values agree and :math:`\\sum_i A_i B_i = AB` (certified).  A saddle
  of the reduced pair does **not** carry over (a perturbation of :math:`(A, B)` need not come from one of
  the towers when some :math:`A_i, B_i` is rank-deficient).

Points: all towers zero; one tower at :math:`U_S U_S^T Y` (:math:`|S| = b_t`) with the other towers zero
(critical: every other tower has a zero layer next to another zero layer); the towers splitting the
top :math:`\\min(m, n)` singular directions of :math:`Y` between them (zero loss).

Main definitions
----------------
* :data:`TOWER_CASES`, :func:`tower_points`, :func:`classified_towers`.
"""

from __future__ import annotations

import itertools
from functools import cache

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.landscape.classify import classify_network, classify_objective
from symbolic.core.exact import matrix_to_strings, qq_to_str
from symbolic.landscape.instances import critical_point_of_subset, data_with_singular_values
from symbolic.forms.multitower import reduce_towers, tower_bottlenecks, tower_output
from symbolic.calculus.objective import PolynomialObjective

from proofs.papers.zhang_2019.constructions import multitower_certificate, symbolic_towers

__all__ = ["TOWER_CASES", "classified_towers", "tower_points"]

#: Tower dims with b = sum b_i >= m, n (quick, full).
TOWER_CASES = {True: (((2, 1, 2), (2, 1, 2)),),
               False: (((2, 1, 2), (2, 1, 2)), ((2, 1, 2), (2, 1, 1, 2)), ((3, 1, 3), (3, 2, 3)))}

SIGMAS = ("3", "2", "1")


def _zeros(d):
    return [DomainMatrix.zeros((d[i], d[i - 1]), QQ).to_dense() for i in range(1, len(d))]


def tower_points(tower_dims):
    """``(X, Y, [(label, towers)])`` (see the module docstring); ``X = I``.

    Examples
    ========

    >>> from proofs.papers.zhang_2019.towers import tower_points
    >>> X, Y, points = tower_points(((2, 1, 2), (2, 1, 2)))
    >>> [label for label, _ in points][:2]
    ['all towers zero', 'tower 1 at U_S U_S^T Y, S = [0], others zero']
    """
    m, n = tower_dims[0][-1], tower_dims[0][0]
    X, Y, U = data_with_singular_values(m, n, SIGMAS[: min(m, n)], seed=5)
    bs = [b for _, b in tower_bottlenecks(tower_dims)]
    points = [("all towers zero", [_zeros(d) for d in tower_dims])]
    for t, d in enumerate(tower_dims):
        for S in itertools.combinations(range(m), bs[t]):
            towers = [_zeros(e) for e in tower_dims]
            towers[t] = critical_point_of_subset(d, Y, U, S, seed=2)
            points.append((f"tower {t + 1} at U_S U_S^T Y, S = {list(S)}, others zero", towers))
    start, towers = 0, []
    for d, b in zip(tower_dims, bs):
        S = list(range(start, min(start + b, min(m, n))))
        towers.append(critical_point_of_subset(d, Y, U, S, seed=2))
        start += b
    points.append(("towers split the singular directions (zero loss)", towers))
    return X, Y, points


def _polynomial_problem(tower_dims, Y):
    towers, names, variables = symbolic_towers(tower_dims)
    E = tower_output(towers)
    K = E.domain
    E = E - Y.convert_to(K)
    F = sum((e * e for row in E.to_list() for e in row), K.zero) / 2
    return names, variables, F


@cache
def classified_towers(tower_dims) -> tuple:
    """``((label, poly_part, reduced_part, identity), ...)``: the two classifications and the reduction identity."""
    X, Y, points = tower_points(tower_dims)
    names, variables, Fring = _polynomial_problem(tower_dims, Y)
    F = PolynomialObjective(Fring.as_expr(), list(variables))
    poly = {str(list(monom)): qq_to_str(coeff) for monom, coeff in sorted(F.poly.terms())}
    out = []
    m, n = tower_dims[0][-1], tower_dims[0][0]
    for label, towers in points:
        x0 = [v for Ms in towers for M in Ms for row in M.to_list() for v in row]
        problem = {"polynomial": poly, "variables": names, "point": [qq_to_str(v) for v in x0]}
        res = classify_objective(F, F.check_point(x0), problem=problem, loss_name="polynomial", seconds=20).to_json()
        A, B, _ = reduce_towers(towers)
        rproblem = {"dims": [n, A.shape[1], m], "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
                    "weights": [matrix_to_strings(B), matrix_to_strings(A)], "loss": "squared"}
        rres = classify_network(rproblem["dims"], rproblem["Y"], rproblem["weights"], X=rproblem["X"],
                                seconds=20).to_json()
        strip = lambda r: {k: v for k, v in r.items() if k not in ("seconds", "evidence")}
        out.append((label, {"kind": "classification", "problem": problem, "result": strip(res)},
                    {"kind": "classification", "problem": rproblem, "result": strip(rres)},
                    multitower_certificate(towers)))
    return tuple(out)
