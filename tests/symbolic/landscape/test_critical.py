import itertools

import pytest

from symbolic import Network, SquaredLoss, full_product
from symbolic.landscape.critical import is_critical, kawaguchi_representation
from symbolic.core.exact import rational_matrix
from symbolic.landscape.instances import critical_point_of_subset, data_with_singular_values
from symbolic.core.pinv import generalized_inverse, is_generalized_inverse, is_moore_penrose


@pytest.mark.parametrize("dims", [(2, 2, 2), (3, 3, 2, 3), (2, 3, 3, 2)])
def test_lemma42_at_constructed_critical_points_for_two_generalized_inverses(dims):
    X, Y, U = data_with_singular_values(dims[-1], dims[0], [3, 2, 1][: min(dims[0], dims[-1])], seed=4)
    loss = SquaredLoss(X, Y)
    other = lambda M: generalized_inverse(M, rational_matrix([[(i + 2 * j) % 3 - 1 for j in range(M.shape[0])]  # noqa: E731
                                                              for i in range(M.shape[1])]))
    for r in range(0, min(dims) + 1):
        for subset in itertools.combinations(range(min(dims[0], dims[-1])), r):
            Ws = critical_point_of_subset(dims, Y, U, subset, seed=3)
            assert is_critical(Ws, loss)
            C = Ws[-1]
            for k in range(len(Ws) - 2, 0, -1):
                C = C.matmul(Ws[k])
            CtC = C.transpose().matmul(C)
            G = other(CtC)
            assert is_generalized_inverse(CtC, G)
            if r < dims[1]:  # rank-deficient C: G is a genuinely different generalized inverse
                assert not is_moore_penrose(CtC, G)
            assert kawaguchi_representation(Ws, loss) == full_product(Ws)
            assert kawaguchi_representation(Ws, loss, ginv=other) == full_product(Ws)


def test_singular_data_is_refused():
    Ws = Network([2, 1, 1]).exact_weights([[[1, 0]], [[1]]])
    with pytest.raises(ValueError, match="X X\\^T is singular"):
        kawaguchi_representation(Ws, SquaredLoss([[1, 1], [1, 1]], [[1, 0]]))
