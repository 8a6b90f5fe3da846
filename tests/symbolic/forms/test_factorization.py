"""The bottleneck split and the factorization through it (Zhang 2019, proof of Theorem 1)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from symbolic import Network, SquaredLoss
from symbolic.checker.split import split_facts as checker_split_facts
from symbolic.core.exact import matrix_to_strings, rational_matrix
from symbolic.forms.factorization import bottleneck_index, factor_through_bottleneck, split_at, split_facts
from symbolic.core.losses import QuarticLoss

from tests.symbolic.strategies import matrices


@st.composite
def bottleneck_cases(draw):
    """dims with the narrowest width at an interior j, random rational A, B (some rows zeroed: rank-deficient)."""
    k = draw(st.integers(2, 4))
    j = draw(st.integers(1, k - 1))
    d = draw(st.integers(1, 2))
    dims = [draw(st.integers(d, 4)) for _ in range(k + 1)]
    dims[j] = d
    A = draw(matrices(dims[k], d))
    B = draw(matrices(d, dims[0]))
    if draw(st.booleans()):
        A[0] = ["0"] * d
    if draw(st.booleans()):
        B[-1] = ["0"] * dims[0]
    return tuple(dims), j, A, B


@given(bottleneck_cases())
def test_factorization_recovers_A_and_B(case):
    dims, j, A, B = case
    A, B = rational_matrix(A), rational_matrix(B)
    Ms = factor_through_bottleneck(dims, j, A, B)
    assert tuple(M.shape for M in Ms) == tuple(Network(dims).shapes)
    assert split_at(Ms, j) == (A, B)


def test_factorization_with_symbolic_entries():
    from proofs.papers.zhang_2019.constructions import factorization_certificate
    from symbolic.checker.bundle import verify

    assert verify(factorization_certificate((3, 2, 1, 2, 3), 2)) == (True, "2 equalities hold; 0 matrices nonzero")


@pytest.mark.parametrize("dims, j, message", [
    ((2, 3, 2), 1, "narrowest width"),
    ((2, 1, 2), 2, "1 <= j < k"),
    ((2, 0, 2), 1, "positive integers"),
])
def test_factorization_errors(dims, j, message):
    with pytest.raises(ValueError, match=message):
        factor_through_bottleneck(dims, j, rational_matrix([[1], [1]]), rational_matrix([[1, 1]]))


def test_factorization_shape_error():
    with pytest.raises(ValueError, match="A must be 2 x 1"):
        factor_through_bottleneck((2, 1, 2), 1, rational_matrix([[1, 1]]), rational_matrix([[1, 1]]))


def test_bottleneck_index():
    assert bottleneck_index((3, 1, 2, 1, 3)) == 1
    assert bottleneck_index((1, 2, 3)) == 0


@given(bottleneck_cases(), st.booleans(), st.data())
def test_split_facts_agree_with_the_checker(case, quartic, data):
    dims, j, A, B = case
    Ms = factor_through_bottleneck(dims, j, rational_matrix(A), rational_matrix(B))
    X = data.draw(matrices(dims[0], 2))
    Y = data.draw(matrices(dims[-1], 2))
    loss = (QuarticLoss if quartic else SquaredLoss)(X, Y)
    problem = {"dims": list(dims), "X": X, "Y": Y, "weights": [matrix_to_strings(M) for M in Ms],
               "loss": "quartic" if quartic else "squared"}
    assert split_facts(Ms, j, loss) == checker_split_facts(problem, j)
