"""The orbit-split congruence: T^T H T = diag(d) exactly, the inertia of the full LDL, critical points only."""

import pytest
from sympy.polys.domains import QQ

from symbolic.calculus.inertia import ldl
from symbolic.calculus.objective import NetworkObjective
from symbolic.core.losses import SquaredLoss
from symbolic.core.network import Network
from symbolic.landscape.orbit_inertia import critical_hessian_inertia, orbit_ldl, orbit_split
from symbolic.landscape.scale_cases import dense_strict_saddle, zero_tuple


def _objective(problem):
    net = Network(problem["dims"])
    X, Y = net.check_data(problem.get("X"), problem["Y"])
    F = NetworkObjective(net, SquaredLoss(X, Y))
    x0 = net.flatten(net.exact_weights(problem["weights"]))
    return F, x0


@pytest.mark.parametrize("problem", [dense_strict_saddle(3, 2, 2), dense_strict_saddle(4, 2, 4),
                                     dense_strict_saddle(4, 3, 3), zero_tuple(2, 3)])
def test_the_split_congruence_diagonalises_the_hessian(problem):
    F, x0 = _objective(problem)
    H = F.hessian(x0)
    res = orbit_ldl(F.network, x0, H, F.gradient(x0))
    rows = H.to_list()
    n = len(rows)
    assert len(res.columns) == n
    Hc = [[sum((rows[i][j] * c[j] for j in range(n)), QQ.zero) for i in range(n)] for c in res.columns]
    gram = [[sum((a * b for a, b in zip(c, hc)), QQ.zero) for hc in Hc] for c in res.columns]
    assert gram == [[res.diagonal[i] if i == j else 0 for j in range(n)] for i in range(n)]
    # the columns are a basis (T invertible), so Sylvester's law gives the inertia of H
    from sympy.polys.matrices import DomainMatrix
    assert DomainMatrix(res.columns, (n, n), QQ).rank() == n
    assert res.inertia == ldl(H).inertia == critical_hessian_inertia(F.network, x0, H, F.gradient(x0))


def test_only_full_rank_hidden_layers_are_split():
    F, x0 = _objective(dense_strict_saddle(4, 2, 4))
    keep, layers = orbit_split(F.network, x0)
    assert layers == [1, 2, 3] and len(keep) == F.nparams - 3 * 4
    F, x0 = _objective(zero_tuple(2, 3))
    assert orbit_split(F.network, x0) == (list(range(F.nparams)), [])


def test_refuses_a_non_critical_point():
    net = Network([1, 1, 1])
    F = NetworkObjective(net, SquaredLoss([[1]], [[1]]))
    x0 = [QQ(2), QQ(3)]
    with pytest.raises(ValueError, match="only at a critical point"):
        orbit_ldl(net, x0, F.hessian(x0), F.gradient(x0))
