"""Orbit tangents lie in the Hessian kernel at critical points; their exact rank."""

from sympy.polys.domains import QQ

from symbolic import Network, SquaredLoss
from symbolic.calculus.objective import NetworkObjective
from symbolic.landscape.orbit import orbit_dimension, orbit_tangent_basis, orbit_tangent_vectors


def test_tangents_in_kernel_at_global_min():
    net = Network([2, 2, 2])
    F = NetworkObjective(net, SquaredLoss([[1, 0], [0, 1]], [[2, 0], [0, 1]]))
    x = [1, 0, 0, 1, 2, 0, 0, 1]
    assert not any(F.gradient(x))
    H = F.hessian(x).to_list()
    for v in orbit_tangent_vectors(net, x):
        assert all(sum((a * b for a, b in zip(row, v)), QQ.zero) == 0 for row in H)
    assert orbit_dimension(net, x) == 4 == len(orbit_tangent_basis(net, x))


def test_tangents_are_invariance_directions():
    # F(x + t xi) = F(x) + O(t^2) at any point: the t-coefficient vanishes
    net = Network([2, 3, 1])
    F = NetworkObjective(net, SquaredLoss([[1, 2], [0, 1]], [[1, "1/2"]]))
    x = [1, 2, 0, -1, "1/2", 3, 2, -1, 1]
    for v in orbit_tangent_vectors(net, x):
        assert F.taylor(x, [v], 1)[1] == 0


def test_dimension_drops_at_zero():
    net = Network([2, 2, 2, 2])
    assert orbit_dimension(net, [0] * 12) == 0
    assert orbit_dimension(net, [1, 0, 0, 1] * 3) == 8
