import math
from fractions import Fraction

import pytest
import sympy

from symbolic.core.exact import matrix_to_strings, qq_to_str, rational, rational_matrix


@pytest.mark.parametrize("value, expected", [
    ("3/4", (3, 4)), ("-2", (-2, 1)), ("0.125", (1, 8)), ("1e-3", (1, 1000)), (7, (7, 1)),
    (Fraction(2, 6), (1, 3)), (sympy.Rational(5, 7), (5, 7)), (" 3 / -4 ", (-3, 4)),
])
def test_rational_accepts_exact(value, expected):
    q = rational(value)
    assert (int(q.numerator), int(q.denominator)) == expected


@pytest.mark.parametrize("value, fragment", [
    (0.5, 'write it as a string holding an exact rational, e.g. "1/2"'),
    (math.nan, "NaN and infinities"),
    (math.inf, "NaN and infinities"),
    (True, "boolean"),
    (1 + 2j, "complex"),
    (sympy.Float(0.5), "SymPy Float"),
    (sympy.sqrt(2), "not a rational number"),
    (None, "type NoneType"),
])
def test_rational_rejects_inexact_with_a_fix(value, fragment):
    with pytest.raises((TypeError, ValueError)) as err:
        rational(value)
    assert fragment in str(err.value)


@pytest.mark.parametrize("text", ["abc", "1/0", "3//4", "nan", "inf", ""])
def test_rational_rejects_bad_strings(text):
    with pytest.raises(ValueError):
        rational(text)


def test_rational_matrix_shapes_and_messages():
    M = rational_matrix([[1, "1/2"], ["-3", 0]], name="X")
    assert matrix_to_strings(M) == [["1", "1/2"], ["-3", "0"]]
    with pytest.raises(ValueError, match="ragged rows"):
        rational_matrix([[1, 2], [3]], name="X")
    with pytest.raises(ValueError, match="X has shape 2 x 2; it must be 3 x 2"):
        rational_matrix([[1, 2], [3, 4]], name="X", shape=(3, 2))
    with pytest.raises(TypeError, match=r"X\[0\]\[1\] is the float 0.25"):
        rational_matrix([[1, 0.25]], name="X")
    with pytest.raises(ValueError, match="non-empty list of rows"):
        rational_matrix([], name="Y")


def test_qq_to_str_canonical():
    assert qq_to_str("6/8") == "3/4" and qq_to_str(-4) == "-4"
