"""The ``nonnegativity`` checker's exact answers: each refusal with its exact reason, boundary coefficients, products of
constraints, and the JSON polynomial helpers against hand computations (written from the mutation run's survivors,
issue #18)."""

import pytest

from symbolic.checker.mpoly import MPoly
from symbolic.checker.positivity import poly_from_json, poly_to_json, verify_nonnegativity

x, y = MPoly.var(2, 0), MPoly.var(2, 1)


def test_poly_from_json_adds_repeated_exponents():
    assert poly_from_json(2, [[[1, 0], "1/2"], [[0, 2], "3"], [[1, 0], "1"]]) == x * MPoly.const(2, "3/2") + y * y * 3
    assert poly_from_json(2, []) == MPoly(2)
    assert poly_from_json(2, [[[1, 0], "1"], [[1, 0], "-1"]]) == MPoly(2)


@pytest.mark.parametrize("exps", [[1], [1, 0, 0], [1, -1], [True, 0], [1, "0"], [1.0, 0]])
def test_poly_from_json_refusals(exps):
    with pytest.raises(ValueError) as info:
        poly_from_json(2, [[exps, "1"]])
    assert str(info.value) == f"a monomial needs 2 non-negative integer exponents; got {exps!r}"


def test_poly_to_json_sorted_rational_strings():
    p = y * y * 3 - x * MPoly.const(2, "1/2") + MPoly.const(2, 7)
    assert poly_to_json(p) == [[[0, 0], "7"], [[0, 2], "3"], [[1, 0], "-1/2"]]
    assert poly_to_json(MPoly(2)) == []


def _cert(**kw):
    # x^2 y^2 + 2 + 3 x (1 - x^2)... on {g0 = x >= 0, g1 = 1 - x >= 0}: target = 2 + 3 g0 g1 (y)^2 + 1 * (x)^2
    cert = {"kind": "nonnegativity", "variables": ["x", "y"], "constant": "2",
            "constraints": [[[[1, 0], "1"]], [[[0, 0], "1"], [[1, 0], "-1"]]],
            "target": [[[0, 0], "2"], [[1, 2], "3"], [[2, 2], "-3"], [[2, 0], "1"]],
            "terms": [{"coefficient": "3", "constraints": [0, 1], "square": [[[0, 1], "1"]]},
                      {"coefficient": "1", "constraints": [], "square": [[[1, 0], "1"]]}]}
    cert.update(kw)
    return cert


def test_a_product_of_two_constraints_verifies_exactly():
    assert verify_nonnegativity(_cert()) == (True, "target = 2 + sum of 2 nonnegative terms")


def test_zero_constant_and_zero_coefficient_are_accepted():
    cert = _cert(constant="0", target=[[[1, 2], "3"], [[2, 2], "-3"], [[2, 0], "1"]])
    assert verify_nonnegativity(cert) == (True, "target = 0 + sum of 2 nonnegative terms")
    terms = _cert()["terms"] + [{"coefficient": "0", "constraints": [1], "square": [[[0, 3], "5"]]}]
    assert verify_nonnegativity(_cert(terms=terms)) == (True, "target = 2 + sum of 3 nonnegative terms")


def test_each_refusal_with_its_exact_reason():
    assert verify_nonnegativity(_cert(kind="sos")) == (False, "not a nonnegativity certificate (kind 'sos')")
    no_kind = {k: v for k, v in _cert().items() if k != "kind"}
    assert verify_nonnegativity(no_kind) == (False, "not a nonnegativity certificate (kind None)")
    assert verify_nonnegativity(_cert(constant="-1/3")) == (False, "the constant -1/3 is negative")
    terms = _cert()["terms"]
    terms[1]["coefficient"] = "-1"
    assert verify_nonnegativity(_cert(terms=terms)) == (False, "term 1 has the negative coefficient -1")
    for bad in (2, -1, True, "0", None):
        terms = _cert()["terms"]
        terms[0]["constraints"] = [0, bad]
        assert verify_nonnegativity(_cert(terms=terms)) == (
            False, f"term 0 names constraint {bad!r}, which does not exist")
    terms = _cert()["terms"]
    terms[0]["constraints"] = [0]
    assert verify_nonnegativity(_cert(terms=terms)) == (
        False, "the identity target = constant + sum of terms does not hold")
    terms = _cert()["terms"]
    terms[0]["constraints"] = [1, 0, 1]
    assert verify_nonnegativity(_cert(terms=terms)) == (
        False, "the identity target = constant + sum of terms does not hold")
    terms = _cert()["terms"]
    terms[0]["coefficient"] = "2"
    assert verify_nonnegativity(_cert(terms=terms)) == (
        False, "the identity target = constant + sum of terms does not hold")
    terms = _cert()["terms"]
    terms[1]["square"] = [[[1, 0], "-1"], [[0, 0], "1"]]        # (1 - x)^2 instead of x^2
    assert verify_nonnegativity(_cert(terms=terms))[0] is False
    assert verify_nonnegativity(_cert(constant="3"))[0] is False


def test_the_square_is_squared_not_doubled():
    # target 4 y^2 = 1 * (2 y)^2: a doubled square 2 * (2 y) = 4 y would not match
    cert = {"kind": "nonnegativity", "variables": ["x", "y"], "constant": "0", "constraints": [],
            "target": [[[0, 2], "4"]], "terms": [{"coefficient": "1", "constraints": [], "square": [[[0, 1], "2"]]}]}
    assert verify_nonnegativity(cert) == (True, "target = 0 + sum of 1 nonnegative terms")
    cert["target"] = [[[0, 1], "4"]]
    assert verify_nonnegativity(cert)[0] is False
