import itertools

import pytest
from sympy.polys.domains import QQ

from symbolic import Network, SquaredLoss
from symbolic.core.exact import rational_matrix
from symbolic.landscape.instances import (cayley_orthogonal, critical_point_of_subset, data_with_singular_values,
                                rational_orthogonal)
from symbolic.calculus.objective import NetworkObjective


@pytest.mark.parametrize("n, seed", [(1, 0), (2, 3), (3, 1), (4, 7)])
def test_rational_orthogonal_is_orthogonal(n, seed):
    Q = rational_orthogonal(n, seed)
    assert Q.transpose().matmul(Q) == rational_matrix([[int(i == j) for j in range(n)] for i in range(n)])


@pytest.mark.parametrize("dims", [(2, 2, 2), (3, 2, 3), (3, 3, 2, 2), (2, 3, 3, 3, 2)])
def test_every_subset_gives_a_critical_point_with_the_predicted_loss(dims):
    sig = [5, 3, 1][: min(dims[0], dims[-1])]
    X, Y, U = data_with_singular_values(dims[-1], dims[0], sig, seed=2)
    F = NetworkObjective(Network(dims), SquaredLoss(X, Y))
    total = sum(QQ(s) ** 2 for s in sig) / 2
    for r in range(0, min(dims) + 1):
        for subset in itertools.combinations(range(len(sig)), r):
            x = Network(dims).flatten(critical_point_of_subset(dims, Y, U, subset, seed=1))
            assert all(g == 0 for g in F.gradient(x))
            assert F.value(x) == total - sum(QQ(sig[i]) ** 2 for i in subset) / 2


def test_bad_requests():
    X, Y, U = data_with_singular_values(2, 2, [2, 1])
    with pytest.raises(ValueError, match="needs every width >= 2"):
        critical_point_of_subset((2, 1, 2), Y, U, [0, 1])
    with pytest.raises(ValueError, match="skew-symmetric"):
        cayley_orthogonal(rational_matrix([[1, 0], [0, 1]]))
    with pytest.raises(ValueError, match="at most min"):
        data_with_singular_values(2, 2, [3, 2, 1])
