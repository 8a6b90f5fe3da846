"""The subdifferential checker's exact answers: each forgery rejected with its own reason, each valid case accepted.

Written against the survivors of a mutation run of ``symbolic/checker/subdifferential.py`` (see
``tests/mutation_survivors.md``): every assertion compares the whole ``(ok, reason)`` or the whole result, so a changed
comparison, step or message is caught.
"""

import copy

import pytest

from proofs.papers.laurent_vonbrecht_2018.subdifferential import subdifferential_box_certificate
from symbolic.checker.subdifferential import (box_corners, subgradient_gap_function, verify_not_subgradient,
                                              verify_subdifferential_box)

ABS = {"variables": ["x"], "base": [], "abs_terms": [["1", [[[1], "1"]]]], "plus_terms": []}
# f = 1 + |x| + 2y at (0, 0): the difference quotients are 1 and -1 in x, 2 and 2 in y, at any steps.
LINE = {"variables": ["x", "y"], "base": [[[0, 0], "1"], [[0, 1], "2"]], "abs_terms": [["1", [[[1, 0], "1"]]]],
        "plus_terms": []}
CORNERS = "2 corners"


def _line_box(corners, **changes):
    cert = {"kind": "subdifferential_box", "function": LINE, "point": ["0", "0"], "box": [["-1", "1"], ["2", "2"]],
            "steps": [["1/2", "2"], ["1/2", "2"]], "corners": corners}
    cert.update(changes)
    return cert


def test_gap_function_exactly():
    # f = 3x + 1 + y^2 + |x| + 2 (y)_+ (the x term given twice), z0 = (1, 2), g = (1/2, -1): f(z0) = 13 and
    # f - 13 - (x - 1)/2 + (y - 2) has base -27/2 + y + y^2 + 5x/2.
    f = {"variables": ["x", "y"], "base": [[[1, 0], "1"], [[1, 0], "2"], [[0, 0], "1"], [[0, 2], "1"]],
         "abs_terms": [["1", [[[1, 0], "1"]]]], "plus_terms": [["2", [[[0, 1], "1"]]]]}
    assert subgradient_gap_function(f, ["1", "2"], ["1/2", "-1"]) == {
        "variables": ["x", "y"], "base": [[[0, 0], "-27/2"], [[0, 1], "1"], [[0, 2], "1"], [[1, 0], "5/2"]],
        "abs_terms": [["1", [[[1, 0], "1"]]]], "plus_terms": [["2", [[[0, 1], "1"]]]]}


@pytest.mark.parametrize("point, g", [(["0"], ["1", "2"]), (["0", "1"], ["1"])])
def test_gap_function_shapes(point, g):
    with pytest.raises(ValueError, match=r"^the point and g need 1 coordinates$"):
        subgradient_gap_function(ABS, point, g)


def test_a_flat_side_is_one_corner():
    assert [[str(v) for v in c] for c in box_corners([["-1", "1"], ["-1", "-1"]])] == [["-1", "-1"], ["1", "-1"]]
    assert len(box_corners([["2", "2"], ["3", "3"]])) == 1


def test_valid_box_exact_answer():
    assert verify_subdifferential_box(subdifferential_box_certificate()) == (
        True, "subdifferential at ['0', '0'] is the box [['-1', '1'], ['-1', '-1']]: "
              "difference quotients recomputed, 2 corners certified")


@pytest.mark.parametrize("change", [{"point": ["0"]}, {"box": [["-1", "1"]]}, {"steps": [["1", "1"]]}])
def test_box_shapes(change):
    assert verify_subdifferential_box(_line_box([], **change)) == (
        False, "the point, the box and the steps need one entry per variable (2)")


@pytest.mark.parametrize("steps", [[["0", "1"], ["1", "1"]], [["1", "0"], ["1", "1"]], [["1", "-1"], ["1", "1"]]])
def test_steps_positive(steps):
    assert verify_subdifferential_box(_line_box([], steps=steps)) == (False, "coordinate 0: the steps must be positive")


def test_difference_quotients_exactly():
    # Unequal steps and f(z0) = 1: the quotients are recomputed with the right step, sign and direction.
    assert verify_subdifferential_box(_line_box([])) == (
        False, "one piecewise certificate per corner of the box: 2 corners, 0 certificates")
    assert verify_subdifferential_box(_line_box([], box=[["-1", "2"], ["2", "2"]])) == (
        False, "coordinate 0: the difference quotient at step 2 is 1, not the box's 2")
    assert verify_subdifferential_box(_line_box([], box=[["-2", "1"], ["2", "2"]])) == (
        False, "coordinate 0: the difference quotient at step -1/2 is -1, not the box's -2")
    assert verify_subdifferential_box(_line_box([], box=[["-1", "1"], ["1", "2"]])) == (
        False, "coordinate 1: the difference quotient at step -1/2 is 2, not the box's 1")


def test_corner_count_message():
    assert verify_subdifferential_box(_line_box([{}])) == (
        False, "one piecewise certificate per corner of the box: 2 corners, 1 certificates")
    assert verify_subdifferential_box(_line_box("none")) == (
        False, "one piecewise certificate per corner of the box: 2 corners, 0 certificates")


def _sub(**changes):
    want = subgradient_gap_function(LINE, ["0", "0"], ["-1", "2"])
    sub = dict(want, kind="piecewise_nonnegativity", constraints=[])
    sub.update(changes)
    return sub


@pytest.mark.parametrize("sub", [{"kind": "nonnegativity"}, "piecewise_nonnegativity", _sub(kind="nonnegativity")])
def test_corner_kind(sub):
    assert verify_subdifferential_box(_line_box([sub, {}])) == (
        False, "corner ['-1', '2']: not a piecewise_nonnegativity certificate")


@pytest.mark.parametrize("sub", [_sub(outer_variables=["t"]), _sub(variables=["x"]), _sub(constraints=[[[[0, 0], "1"]]]),
                                 _sub(constraints=[[[[0, 0], "1"]]], variables=["x"])])
def test_corner_on_all_of_space(sub):
    assert verify_subdifferential_box(_line_box([sub, {}])) == (
        False, "corner ['-1', '2']: the certificate must hold on all of R^2, in f's variables")


ANOTHER = "corner ['-1', '2']: the certificate is about another function than f - f(z0) - <c, z - z0>"


@pytest.mark.parametrize("sub", [
    _sub(base=[[[0, 0], "5"]]),                                        # base differs, terms the same
    _sub(abs_terms=[]),                                                # base the same, one |.| term missing
    _sub(plus_terms=[["1", [[[0, 1], "1"]]]]),                         # base and |.| the same, an extra (.)_+
    _sub(abs_terms=[["2", [[[1, 0], "1"]]]]),                          # a coefficient differs, same polynomial
    _sub(abs_terms=[["1", [[[0, 1], "1"]]]]),                          # same coefficient, another polynomial
])
def test_corner_about_another_function(sub):
    assert verify_subdifferential_box(_line_box([sub, {}])) == (False, ANOTHER)


def test_corner_certificate_is_verified():
    cert = copy.deepcopy(subdifferential_box_certificate())
    cert["corners"][0]["regions"] = cert["corners"][0]["regions"][:1]
    assert verify_subdifferential_box(cert) == (
        False, "corner ['-1', '-1']: the regions must be exactly the 4 sign patterns of the splits")


GOOD = {"kind": "not_subgradient", "function": ABS, "point": ["1"], "g": [["2"]], "z": ["2"], "gap": "-1"}


def test_not_subgradient_exact_answer():
    # |x| at 1, g = 2, z = 2: 2 - 1 - 2 * (2 - 1) = -1 (f(z0) and z0 both nonzero).
    assert verify_not_subgradient(GOOD) == (True, "f(z) - f(z0) - <g, z - z0> = -1 < 0: g is not a subgradient")
    assert verify_not_subgradient(dict(GOOD, gap="1")) == (False, "the gap is -1, not 1")
    assert verify_not_subgradient(dict(GOOD, g=[["1"]], gap="0")) == (
        False, "the gap 0 is not negative: this z does not exclude g")


@pytest.mark.parametrize("g", [[["2"], ["3"]], [["2", "3"]], [], "2"])
def test_not_subgradient_g_shape(g):
    assert verify_not_subgradient(dict(GOOD, g=g)) == (False, "g is a one-row matrix with 1 entries")


@pytest.mark.parametrize("change", [{"point": ["1", "0"]}, {"z": ["2", "0"]}])
def test_not_subgradient_point_shapes(change):
    assert verify_not_subgradient(dict(GOOD, **change)) == (False, "the point and z need 1 coordinates")
