"""The ``logistic_image`` checker kind: exact forward values, the midpoint, the sign obstruction, and forgeries."""

from __future__ import annotations

import copy
from fractions import Fraction

import pytest

from symbolic.checker.bundle import CHECKERS, verify
from symbolic.checker.logistic_image import logistic_forward

X = [["1", "0"], ["0", "1"], ["0", "0"]]


def _cert():
    return {"kind": "logistic_image", "X": X, "dims": [3, 1, 1], "base": "3",
            "members": [{"weights": [[["0", "-1", "0"]], [["4"]]], "output": [["9/10", "3/4"]]},
                        {"weights": [[["-1", "0", "0"]], [["-4"]]], "output": [["1/4", "1/10"]]}],
            "midpoint": {"of": [0, 1], "point": [["23/40", "17/40"]]}}


def test_registered_and_verified():
    assert "logistic_image" in CHECKERS
    ok, why = verify(_cert())
    assert ok is True and "outside the image" in why


def test_forward_values_by_hand():
    # sigma(z log 3) = 3^z / (3^z + 1): z = 0 -> 1/2, z = -1 -> 1/4; then 4 log 3 * (1/2, 1/4) = (2, 1) log 3
    assert logistic_forward(X, [[["0", "-1", "0"]]], "3") == [[Fraction(1, 2), Fraction(1, 4)]]
    assert logistic_forward(X, [[["0", "-1", "0"]], [["4"]]], "3") == [[Fraction(9, 10), Fraction(3, 4)]]
    assert logistic_forward(X, [[["2", "0", "0"]]], "1/2") == [[Fraction(1, 5), Fraction(1, 2)]]


def test_a_row_with_an_entry_at_one_half_and_one_off_is_outside():
    cert = _cert()
    cert["members"][1] = {"weights": [[["0", "0", "0"]], [["-2"]]], "output": [["1/4", "1/4"]]}
    cert["midpoint"]["point"] = [["23/40", "1/2"]]
    assert verify(cert)[0] is True


def _set(cert, path, value):
    target = cert
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return cert


@pytest.mark.parametrize("path, value, reason", [
    (("members", 1, "output"), [["1/4", "1/11"]], "not the stated output"),
    (("members", 0, "weights"), [[["1/2", "0", "0"]], [["4"]]], "not an integer multiple"),
    (("members", 0, "weights"), [[["0", "-1"]], [["4"]]], "is not 1 x 3"),
    (("midpoint", "point"), [["23/40", "9/20"]], "not the midpoint"),
    (("midpoint", "of"), [0, 0], "two distinct members"),
    (("base",), "1", "positive rational other than 1"),
    (("base",), "-2", "positive rational other than 1"),
    (("base",), 0.5, "not exact"),
    (("dims",), [3, 1], "h >= 2"),
    (("X",), [["1", "0"], ["0", "1"]], "not d_0"),
    (("members", 0, "weights"), [[["0", "-100", "0"]], [["4"]]], "exceeds"),
])
def test_forgeries_are_rejected(path, value, reason):
    cert = _set(copy.deepcopy(_cert()), path, value)
    ok, why = verify(cert)
    assert ok is False and reason in why, why


def test_a_midpoint_inside_the_image_is_not_accepted():
    # (9/10, 3/4) and (1/4, 1/4)... : members on the same side give a midpoint with one sign per row
    cert = _cert()
    cert["members"][1] = {"weights": [[["0", "0", "0"]], [["2"]]], "output": [["3/4", "3/4"]]}
    cert["midpoint"]["point"] = [["33/40", "3/4"]]
    ok, why = verify(cert)
    assert ok is False and "does not apply" in why


def test_the_obstruction_needs_a_single_last_hidden_unit():
    cert = {"kind": "logistic_image", "X": X, "dims": [3, 2, 1], "base": "3",
            "members": [{"weights": [[["0", "-1", "0"], ["0", "0", "0"]], [["4", "0"]]], "output": [["9/10", "3/4"]]},
                        {"weights": [[["-1", "0", "0"], ["0", "0", "0"]], [["-4", "0"]]], "output": [["1/4", "1/10"]]}],
            "midpoint": {"of": [0, 1], "point": [["23/40", "17/40"]]}}
    ok, why = verify(cert)
    assert ok is False and "d_(h-1) = 1" in why


def test_one_member_is_not_enough():
    cert = _cert()
    cert["members"] = cert["members"][:1]
    assert verify(cert)[0] is False
