import pytest
from hypothesis import given, settings

from symbolic.core.exact import rational_matrix
from symbolic.forms.pyramidal import forward, leaky_relu, leaky_relu_inverse, pyramidal_preimage
from tests.symbolic.strategies import matrices


@settings(max_examples=25, deadline=None)
@given(matrices(3, 2), matrices(2, 3), matrices(1, 2), matrices(1, 2))
def test_preimage_is_exact_on_random_pyramids(X, W1, W2, R):
    X, W1, W2, R = map(rational_matrix, (X, W1, W2, R))
    if X.rank() < 2 or W2.rank() < 1:
        return
    T = forward([W1, W2], X, "1/10")[-1] + R
    W1p = pyramidal_preimage([W1, W2], X, "1/10", T)
    assert forward([W1p, W2], X, "1/10")[-1] == T


def test_leaky_relu_inverse_round_trip():
    M = rational_matrix([[1, -2], ["-1/3", 0]])
    assert leaky_relu_inverse(leaky_relu(M, "1/10"), "1/10") == M


def test_rank_conditions_are_enforced():
    X = rational_matrix([[1, 0], [0, 1], [1, 1]])
    with pytest.raises(ValueError, match="full row rank"):
        pyramidal_preimage([rational_matrix([[1, 0, 0], [0, 1, 0]]), rational_matrix([[1, 1], [2, 2]])], X, "1/10",
                           rational_matrix([[0, 0], [0, 0]]))
    with pytest.raises(ValueError, match="slope must be positive"):
        leaky_relu(X, 0)
    with pytest.raises(TypeError):
        leaky_relu(X, 0.1)
