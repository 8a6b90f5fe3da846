"""The one-unit ReLU cone form (15) (symbolic.relu_cones) on Zhou-Liang's Example 1 data."""

import pytest

from symbolic.exact import rational_matrix
from symbolic.relu_cones import activation_pattern, one_unit_cone_point, relu_loss, sigma_of_cone

X, Y = [[1, 0], [0, 1]], [[2, 0], [0, 1]]


def test_cone_sigmas_and_values():
    assert sigma_of_cone(X, Y, [0]).to_Matrix().tolist() == [[4, 0], [0, 0]]
    assert sigma_of_cone(X, Y, [1]).to_Matrix().tolist() == [[0, 0], [0, 1]]
    assert sigma_of_cone(X, Y, []).is_zero_matrix
    for J, v, ell, value, interior in (([0], [1, 0], [1, -1], "1/2", True), ([1], [1, 0], [-1, 0], "5/2", False),
                                       ([1], [0, 1], [-1, 0], "2", True), ([], [1, 0], [-1, -1], "5/2", True)):
        A1, A2 = one_unit_cone_point(X, Y, J, 1, v, ell)
        assert str(relu_loss(A1, A2, X, Y)) == value
        assert activation_pattern(A1, rational_matrix(X))[1] is interior


def test_c_must_be_nonzero_and_exact():
    with pytest.raises(ValueError, match="c must be nonzero"):
        one_unit_cone_point(X, Y, [0], 0, [1, 0], [0, 0])
    with pytest.raises(TypeError):
        one_unit_cone_point(X, Y, [0], 0.5, [1, 0], [0, 0])
