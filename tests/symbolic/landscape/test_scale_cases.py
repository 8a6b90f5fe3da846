"""The benchmark points: dense strict saddles are critical, dense and strict; zero tuples are what they say."""

import random

import pytest

from symbolic.landscape.classify import classify_json
from symbolic.landscape.scale_cases import dense_strict_saddle, saddle_params, unimodular, zero_tuple


@pytest.mark.parametrize("case", [(3, 2, 2), (4, 3, 3), (5, 2, 6)])
def test_dense_strict_saddles_are_classified_as_strict_saddles(case):
    problem = dense_strict_saddle(*case)
    m, p, depth = case
    assert problem["dims"] == [m] + [p] * (depth - 1) + [m]
    assert sum(len(W) * len(W[0]) for W in problem["weights"]) == saddle_params(*case)
    c = classify_json(problem)
    assert (c["verdict"], c["strict"], c["evidence"]["certificate_ok"]) == ("saddle", True, True)
    assert c["hessian_inertia"]["zero"] == (depth - 1) * p * p          # the orbit, nothing more


def test_unimodular_inverse():
    for p in (1, 4, 7):
        B, Binv = unimodular(p, random.Random(p))
        assert [[sum(B[i][k] * Binv[k][j] for k in range(p)) for j in range(p)] for i in range(p)] == \
            [[int(i == j) for j in range(p)] for i in range(p)]


def test_bad_shapes_are_refused():
    with pytest.raises(ValueError, match="0 < p < m"):
        dense_strict_saddle(3, 3, 2)


def test_zero_tuple_shape():
    z = zero_tuple(2, 4)
    assert z["dims"] == [2] * 5 and len(z["weights"]) == 4 and z["Y"][0][0] == 1
