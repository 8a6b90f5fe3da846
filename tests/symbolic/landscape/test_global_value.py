"""Global value certificates (Ky Fan dual) and not-global certificates."""

from symbolic import Network, SquaredLoss
from symbolic.core.exact import rational_matrix
from symbolic.landscape.global_value import (global_value_certificate, not_global_certificate, optimal_value_enclosure,
                                   row_space_projector_factor)


def test_projector_factor_rank_deficient_X():
    X = rational_matrix([[1, 2, 0], [2, 4, 0], [0, 1, 1]])
    K = row_space_projector_factor(X)
    assert K == K.transpose()
    P = X.transpose() * K * X
    assert P * P == P and P == P.transpose() and X * P == X


def test_global_min_with_rank_constraint():
    net, loss = Network([2, 1, 2]), SquaredLoss([[1, 0], [0, 1]], [[2, 0], [0, 1]])
    cert = global_value_certificate(net, loss, [1, 0, 2, 0])
    assert cert["optimal_value"] == "1/2" and cert["r"] == 1
    assert global_value_certificate(net, loss, [0, 1, 0, 1]) is None
    ng = not_global_certificate(net, loss, [0, 1, 0, 1])
    assert ng["kind"] == "not_global" and ng["optimal_value_upper_bound"] == "1/2"


def test_irrational_eigenvalues_not_global():
    # Sigma = [[2, 3], [3, 5]]: eigenvalues (7 +- sqrt 45)/2, irrational
    net, loss = Network([2, 1, 2]), SquaredLoss([[1, 0], [0, 1]], [[1, 1], [1, 2]])
    assert global_value_certificate(net, loss, [1, 0, 2, 0]) is None
    ng = not_global_certificate(net, loss, [1, 0, 2, 0])
    assert ng is not None
    ev = optimal_value_enclosure(loss, 1)
    assert ev["optimal_value_approx"].startswith("0.0729")


def test_full_rank_global_min_with_data():
    X = [[1, 0, 1], [0, 1, 1]]
    Y = [[1, 2, 3]]
    net, loss = Network([2, 2, 1]), SquaredLoss(X, Y)
    # W2 W1 = [1, 2] fits exactly: Y = [1 2] X
    cert = global_value_certificate(net, loss, [1, 0, 0, 1, 1, 2])
    assert cert is not None and cert["optimal_value"] == "0"


def test_repeated_eigenvalue_at_the_rank_boundary():
    # Sigma = I, r = 1: lambda_1 = lambda_2, so z must be exactly 1 (a rational root of the charpoly)
    net, loss = Network([2, 1, 2]), SquaredLoss([[1, 0], [0, 1]], [[1, 0], [0, 1]])
    for point in ([1, 0, 1, 0], [1, 1, "1/2", "1/2"]):
        cert = global_value_certificate(net, loss, point)
        assert cert["z"] == "1" and cert["optimal_value"] == "1/2"
    assert global_value_certificate(net, loss, [1, 0, "1/2", 0]) is None


def test_global_min_with_irrational_lower_eigenvalues():
    # Y has eigenvalues 3 and (3 +- sqrt 5)/2: lambda_2(Sigma) is irrational, z is a rational in the gap
    Y = [[3, 0, 0], [0, 2, 1], [0, 1, 1]]
    net, loss = Network([3, 1, 3]), SquaredLoss([[1, 0, 0], [0, 1, 0], [0, 0, 1]], Y)
    cert = global_value_certificate(net, loss, [1, 0, 0, 3, 0, 0])
    assert cert is not None and cert["optimal_value"] == "7/2"
    from fractions import Fraction
    z = Fraction(cert["z"])
    # lambda_1 = 9, lambda_2 = (7 + 3 sqrt 5)/2: lambda_2 < z < 9 checked exactly
    assert z < 9 and 2 * z - 7 > 0 and (2 * z - 7) ** 2 > 45
