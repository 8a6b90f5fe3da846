"""The polynomial_jet checker against hand computations: every stated field, every rejecting branch, exact reasons.

p(x, y, z) = 2 x^3 y + 3 x y^2 z - x^2 + 5 z^2 + 7, fixed at x = 2, y = -1/3 (z free):
value   16 * (-1/3) + 3 * 2 * (1/9) z - 4 + 5 z^2 + 7 = 5 z^2 + 2/3 z - 7/3
p_x = 6 x^2 y + 3 y^2 z - 2 x   -> -8 + 1/3 z - 4 = 1/3 z - 12
p_y = 2 x^3 + 6 x y z           -> 16 - 4 z
p_xx = 12 x y - 2 -> -10,  p_xy = 6 x^2 + 6 y z -> 24 - 2 z,  p_yy = 6 x z -> 12 z
"""

import copy

import pytest

from symbolic.checker.jets import _substitute, verify_polynomial_jet
from symbolic.checker.mpoly import MPoly

TARGET = [[[3, 1, 0], "2"], [[1, 2, 1], "3"], [[2, 0, 0], "-1"], [[0, 0, 2], "5"], [[0, 0, 0], "7"]]
CERT = {"kind": "polynomial_jet", "variables": ["x", "y", "z"], "target": TARGET, "point": {"x": "2", "y": "-1/3"},
        "value": [[[0, 0, 2], "5"], [[0, 0, 1], "2/3"], [[0, 0, 0], "-7/3"]],
        "gradient": [[[[0, 0, 1], "1/3"], [[0, 0, 0], "-12"]], [[[0, 0, 0], "16"], [[0, 0, 1], "-4"]]],
        "hessian": [[[[[0, 0, 0], "-10"]], [[[0, 0, 0], "24"], [[0, 0, 1], "-2"]]],
                    [[[[0, 0, 0], "24"], [[0, 0, 1], "-2"]], [[[0, 0, 1], "12"]]]]}


def _with(**change):
    cert = copy.deepcopy(CERT)
    cert.update(change)
    return cert


def test_the_hand_computed_jet_is_accepted():
    assert verify_polynomial_jet(CERT) == (True, "value, gradient and Hessian at x = 2, y = -1/3 verified for all z")


def test_all_variables_fixed():
    cert = _with(point={"x": "2", "y": "-1/3", "z": "1"}, value=[[[0, 0, 0], "10/3"]],
                 gradient=[[[[0, 0, 0], "-35/3"]], [[[0, 0, 0], "12"]], [[[0, 0, 0], "32/3"]]],
                 hessian=[[[[[0, 0, 0], "-10"]], [[[0, 0, 0], "22"]], [[[0, 0, 0], "1/3"]]],
                          [[[[0, 0, 0], "22"]], [[[0, 0, 0], "12"]], [[[0, 0, 0], "-4"]]],
                          [[[[0, 0, 0], "1/3"]], [[[0, 0, 0], "-4"]], [[[0, 0, 0], "10"]]]])
    assert verify_polynomial_jet(cert) == (True, "value, gradient and Hessian at x = 2, y = -1/3, z = 1 verified")


def test_the_order_of_fixed_variables_follows_variables():
    cert = _with(point={"y": "-1/3", "x": "2"})
    assert verify_polynomial_jet(cert) == (True, "value, gradient and Hessian at x = 2, y = -1/3 verified for all z")


@pytest.mark.parametrize("field, value, reason", [
    ("value", [[[0, 0, 2], "5"], [[0, 0, 1], "2/3"], [[0, 0, 0], "-4/3"]], "the value is not the stated one"),
    ("value", [[[0, 0, 2], "5"], [[0, 0, 1], "2/3"]], "the value is not the stated one"),
    ("gradient", [[[[0, 0, 1], "1/3"], [[0, 0, 0], "-12"]], [[[0, 0, 0], "16"], [[0, 0, 1], "4"]]],
     "the gradient entry 1 is not the stated one"),
    ("gradient", [[[[0, 0, 1], "1/3"]], [[[0, 0, 0], "16"], [[0, 0, 1], "-4"]]],
     "the gradient entry 0 is not the stated one"),
    ("hessian", [[[[[0, 0, 0], "-10"]], [[[0, 0, 0], "24"], [[0, 0, 1], "-2"]]],
                 [[[[0, 0, 0], "24"], [[0, 0, 1], "-2"]], [[[0, 0, 1], "11"]]]],
     "the Hessian entry (1, 1) is not the stated one"),
    ("hessian", [[[[[0, 0, 0], "-10"]], [[[0, 0, 0], "24"]]],
                 [[[[0, 0, 0], "24"], [[0, 0, 1], "-2"]], [[[0, 0, 1], "12"]]]],
     "the Hessian entry (0, 1) is not the stated one"),
    ("hessian", [[[[[0, 0, 0], "-10"]], [[[0, 0, 0], "24"], [[0, 0, 1], "-2"]]],
                 [[[[0, 0, 0], "24"]], [[[0, 0, 1], "12"]]]],
     "the Hessian entry (1, 0) is not the stated one"),
    ("gradient", [[[[0, 0, 1], "1/3"], [[0, 0, 0], "-12"]]],
     "one gradient entry and one Hessian row/column per fixed variable (2)"),
    ("hessian", [[[[[0, 0, 0], "-10"]], [[[0, 0, 0], "24"], [[0, 0, 1], "-2"]]]],
     "one gradient entry and one Hessian row/column per fixed variable (2)"),
    ("hessian", [[[[[0, 0, 0], "-10"]]], [[[[0, 0, 0], "24"], [[0, 0, 1], "-2"]], [[[0, 0, 1], "12"]]]],
     "one gradient entry and one Hessian row/column per fixed variable (2)"),
    ("point", {"x": "2", "w": "0"}, "the point fixes an unknown variable: ['w']"),
    ("point", {}, "name the variables once each and fix at least one of them in 'point'"),
    ("point", [["x", "2"]], "name the variables once each and fix at least one of them in 'point'"),
    ("variables", ["x", "x", "z"], "name the variables once each and fix at least one of them in 'point'"),
    ("variables", "xyz", "name the variables once each and fix at least one of them in 'point'"),
    ("kind", "nonnegativity", "not a polynomial_jet certificate (kind 'nonnegativity')"),
])
def test_each_wrong_field_is_rejected_with_its_reason(field, value, reason):
    assert verify_polynomial_jet(_with(**{field: value})) == (False, reason)


def test_a_missing_kind_is_rejected():
    cert = copy.deepcopy(CERT)
    del cert["kind"]
    assert verify_polynomial_jet(cert) == (False, "not a polynomial_jet certificate (kind None)")


def test_a_wrong_hessian_is_caught_even_when_gradient_and_value_hold():
    cert = _with(hessian=[[[[[0, 0, 0], "-10"]], [[[0, 0, 0], "24"], [[0, 0, 1], "-2"]]],
                          [[[[0, 0, 0], "24"], [[0, 0, 1], "-2"]], []]])
    assert verify_polynomial_jet(cert) == (False, "the Hessian entry (1, 1) is not the stated one")


def test_substitute_by_hand():
    # 3 x^2 y z + x y^3 - 2 y^3 at x = 1/2: 3/4 y z + 1/2 y^3 - 2 y^3 = 3/4 y z - 3/2 y^3 (two terms merge)
    from fractions import Fraction as F
    p = MPoly(3, {(2, 1, 1): F(3), (1, 3, 0): F(1), (0, 3, 0): F(-2)})
    assert _substitute(p, {0: F(1, 2)}) == MPoly(3, {(0, 1, 1): F(3, 4), (0, 3, 0): F(-3, 2)})
    assert _substitute(p, {0: F(2), 1: F(-1)}) == MPoly(3, {(0, 0, 1): F(-12), (0, 0, 0): F(-2 + 2)})
    assert _substitute(p, {}) == p
    assert _substitute(p, {2: F(0)}) == MPoly(3, {(1, 3, 0): F(1), (0, 3, 0): F(-2)})


def test_two_free_variables_are_listed():
    cert = {"kind": "polynomial_jet", "variables": ["x", "y", "z"], "target": [[[1, 1, 1], "1"]], "point": {"x": "3"},
            "value": [[[0, 1, 1], "3"]], "gradient": [[[[0, 1, 1], "1"]]], "hessian": [[[]]]}
    assert verify_polynomial_jet(cert) == (True, "value, gradient and Hessian at x = 3 verified for all y, z")
