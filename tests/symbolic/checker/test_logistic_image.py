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


# -- kill tests from mutmut's survivors (README, "Mutation testing"): the exact answer of each forgery ------------

@pytest.mark.parametrize("path, value, answer", [
    (('members', 1, 'output'), [['1/4', '1/11']], (False, "member 1: F_h(W) is [['1/4', '1/10']], not the stated output")),
    (('members', 0, 'weights'), [[['1/2', '0', '0']], [['4']]], (False, "malformed 'logistic_image' certificate: ValueError: a pre-activation is 1/2 log b, not an integer multiple of log b: sigma is not rational")),
    (('members', 0, 'weights'), [[['0', '-1']], [['4']]], (False, 'member 0: W1 is not 1 x 3')),
    (('midpoint', 'point'), [['23/40', '9/20']], (False, 'the stated point is not the midpoint of the two members')),
    (('midpoint', 'of'), [0, 0], (False, 'the midpoint names two distinct members by index')),
    (('midpoint', 'of'), [0, 2], (False, 'the midpoint names two distinct members by index')),
    (('midpoint', 'of'), [2, 0], (False, 'the midpoint names two distinct members by index')),
    (('midpoint', 'of'), [1, 0], (True, '2 image points verified; their midpoint is outside the image (row 0: the signs of y - 1/2 differ across columns)')),
    (('base',), '1', (False, "malformed 'logistic_image' certificate: ValueError: the base must be a positive rational other than 1; got 1")),
    (('base',), '-2', (False, "malformed 'logistic_image' certificate: ValueError: the base must be a positive rational other than 1; got -2")),
    (('base',), '0', (False, "malformed 'logistic_image' certificate: ValueError: the base must be a positive rational other than 1; got 0")),
    (('dims',), [3, 1], (False, 'dims lists d_0, ..., d_h (positive integers, h >= 2)')),
    (('dims',), [3, 0, 1], (False, 'dims lists d_0, ..., d_h (positive integers, h >= 2)')),
    (('X',), [['1', '0'], ['0', '1']], (False, 'X has 2 rows, not d_0 = 3')),
    (('X',), [], (False, "malformed 'logistic_image' certificate: ValueError: X is an empty matrix")),
    (('members', 0, 'weights'), [[['0', '-100', '0']], [['4']]], (False, "malformed 'logistic_image' certificate: ValueError: the exponent -100 exceeds 64")),
    (('members', 0, 'weights'), [[['0', '-1', '0']]], (False, 'member 0 has no 2 weight matrices')),
    (('members', 0, 'output'), None, (False, "malformed 'logistic_image' certificate: TypeError: 'NoneType' object is not iterable")),
    (('midpoint', 'point'), None, (False, "malformed 'logistic_image' certificate: TypeError: 'NoneType' object is not iterable")),
    (('members', 0, 'weights'), [[['0', '-1', '0']], []], (False, 'member 0: W2 is not 1 x 1')),
])
def test_exact_answers(path, value, answer):
    assert verify(_set(copy.deepcopy(_cert()), path, value)) == answer


def test_exact_answers_of_missing_parts():
    one = copy.deepcopy(_cert())
    one["members"] = one["members"][:1]
    assert verify(one) == (False, "a logistic_image certificate holds at least two members and a midpoint")
    no_of = copy.deepcopy(_cert())
    del no_of["midpoint"]["of"]
    assert verify(no_of) == (False, "the midpoint names two distinct members by index")
    assert verify(_cert()) == (True, "2 image points verified; their midpoint is outside the image (row 0: the signs of "
                                     "y - 1/2 differ across columns)")
