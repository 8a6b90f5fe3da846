"""Checker: the expected output over Bernoulli path activations, recomputed by enumeration.

Certificate ``{"kind": "bernoulli_paths", "dims": [...], "X": rows}``.  The checker
takes symbolic weights and a symbol :math:`\\rho`, enumerates for every output entry
every activation pattern :math:`Z \\in \\{0, 1\\}^{\\Psi}` of its :math:`\\Psi` paths with
probability :math:`\\rho^{|Z|} (1 - \\rho)^{\\Psi - |Z|}`, and checks that
:math:`E_Z[\\hat Y]` with :math:`q = 1` equals :math:`\\rho\\, W_L \\cdots W_1 X` as a
polynomial identity (so with :math:`q = \\rho^{-1}` it is the linear network's output).

Main definitions
----------------
* :func:`verify_bernoulli_paths`.
"""

from __future__ import annotations

import itertools

from .mpoly import MPoly
from .poly import frac_matrix

__all__ = ["verify_bernoulli_paths"]


def verify_bernoulli_paths(cert: dict) -> tuple[bool, str]:
    """Recompute the expectation and compare; ``(ok, reason)``."""
    dims = cert["dims"]
    if not isinstance(dims, list) or len(dims) < 2 or any(
            isinstance(d, bool) or not isinstance(d, int) or d < 1 for d in dims):
        return False, f"dims must be a list of at least two positive integers; got {dims!r}"
    X = frac_matrix(cert["X"])
    if len(X) != dims[0]:
        return False, "X must have d0 rows"
    L = len(dims) - 1
    n_w = sum(dims[k] * dims[k - 1] for k in range(1, L + 1))
    nv = n_w + 1
    rho = MPoly.var(nv, n_w)
    Ws, pos = [], 0
    for k in range(1, L + 1):
        Ws.append([[MPoly.var(nv, pos + i * dims[k - 1] + j) for j in range(dims[k - 1])] for i in range(dims[k])])
        pos += dims[k] * dims[k - 1]
    n = len(X[0])
    one = MPoly.const(nv, 1)
    # the linear output rho * W_L ... W_1 X
    A = [[MPoly.const(nv, x) for x in row] for row in X]
    for W in Ws:
        A = [[sum((W[i][t] * A[t][j] for t in range(len(A))), MPoly.const(nv, 0)) for j in range(n)]
             for i in range(len(W))]
    for out in range(dims[-1]):
        paths = [p + (out,) for p in itertools.product(*[range(d) for d in dims[:-1]])]
        if len(paths) > 16:
            return False, "too many paths to enumerate"
        products = []
        for p in paths:
            prod = one
            for k in range(1, L + 1):
                prod = prod * Ws[k - 1][p[k]][p[k - 1]]
            products.append(prod)
        for i in range(n):
            total = MPoly.const(nv, 0)
            for pattern in itertools.product((0, 1), repeat=len(paths)):
                active = sum(pattern)
                prob = one
                for _ in range(active):
                    prob = prob * rho
                for _ in range(len(paths) - active):
                    prob = prob * (one - rho)
                value = MPoly.const(nv, 0)
                for p, wp, z in zip(paths, products, pattern):
                    if z and X[p[0]][i] != 0:
                        value = value + wp * X[p[0]][i]
                total = total + prob * value
            if total != rho * A[out][i]:
                return False, f"E_Z[Y_hat] differs from rho times the linear output at ({out}, {i})"
    return True, "E_Z[Y_hat] (q = 1) = rho W_L ... W_1 X as polynomials in rho and the weights"
