"""The quotient bound's exact answers: cancellations that need every denominator right, a one-variable ideal,
the staircase against a brute-force count, long coefficients read exactly, the work bound at its boundary, and the
exact reason of each refusal."""

import itertools
from fractions import Fraction

import pytest

from symbolic.checker import quotient_bound
from symbolic.checker.mpoly import MPoly
from symbolic.checker.quotient_bound import _coef, _int, staircase_size, verify_quotient_bound

ONE = [[[0, 0], "1"]]
SPEC = 'the cofactor certificate must be {"order": "grevlex", "elements": [[c_1, ..., c_n], ...]}'
INFINITE = "the leading monomials leave infinitely many (or too many) standard monomials"


def _ok(k, size):
    return True, f"{k} ideal members with cofactors; their leading monomials leave {size} standard monomials"


def _c(value):
    return [[[0, 0], value]]


def _mixed():
    """f1 = x^2/2 - 1/3 (denominators 2 and 3), f2 = x^2/3 - y: the zeros x^2 = 2/3, y = 2/9 (two points)."""
    x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    return [x * x * Fraction(1, 2) - Fraction(1, 3), x * x * Fraction(1, 3) - y]


def test_cancellation_with_integer_cofactors():
    # g1 = 2 f1 (lead x^2), g2 = 2 f1 - 3 f2 = 3y - 2/3 (lead y): standard monomials 1, x.
    F = _mixed()
    spec = {"order": "grevlex", "elements": [[_c("2"), []], [_c("2"), _c("-3")]]}
    assert verify_quotient_bound(F, spec, 2) == _ok(2, 2)
    assert verify_quotient_bound(F, spec, 1) == (
        False, "the leading monomials leave 2 standard monomials, more than the 1 points listed")
    spec = {"order": "grevlex", "elements": [[_c(2), []], [_c(2), _c(-3)]]}          # ints as coefficients
    assert verify_quotient_bound(F, spec, 2) == _ok(2, 2)
    forged = {"order": "grevlex", "elements": [[_c("2"), []], [_c("2"), _c("-2")]]}   # x^2/3 left: lead x^2
    assert verify_quotient_bound(F, forged, 2) == (False, INFINITE)


def test_cancellation_with_rational_cofactors():
    # g2 = (2/3) f1 - f2 = y - 2/9; and with mixed denominators in one element: g = -(3/4) f1' + (1/2) f2'.
    F = _mixed()
    assert verify_quotient_bound(F, {"order": "grevlex", "elements": [[_c("1"), []], [_c("2/3"), _c("-1")]]},
                                 2) == _ok(2, 2)
    x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    G = [x * x - 1, x * x * Fraction(3, 2) - y]
    assert verify_quotient_bound(G, {"order": "grevlex", "elements": [[_c("1"), []], [_c("-3/4"), _c("1/2")]]},
                                 2) == _ok(2, 2)
    assert verify_quotient_bound(G, {"order": "grevlex", "elements": [[_c("1"), []], [_c("-3/4"), _c("1/3")]]},
                                 2) == (False, INFINITE)


def test_one_variable():
    x = MPoly.var(1, 0)
    F = [x * x * x - x]
    assert verify_quotient_bound(F, {"order": "grevlex", "elements": [[[[[0], "1"]]]]}, 3) == _ok(1, 3)
    assert verify_quotient_bound(F, {"order": "grevlex", "elements": [[[[[1], "1"]]]]}, 3) == (
        False, "the leading monomials leave 4 standard monomials, more than the 3 points listed")
    assert verify_quotient_bound([MPoly(1)], {"order": "grevlex", "elements": [[[[[0], "1"]]]]}, 3) == (
        False, "element 0 is the zero polynomial")


@pytest.mark.parametrize("spec", ["x", {"order": "lex", "elements": [[ONE, []]]}, {"elements": [[ONE, []]]},
                                  {"order": "grevlex", "elements": "abc"}, {"order": "grevlex"}])
def test_spec_shape(spec):
    x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    assert verify_quotient_bound([x * x - 1, y * y - 1], spec, 4) == (False, SPEC)


def _square():
    x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    return [x * x - 1, y * y - 1]


@pytest.mark.parametrize("elements, reason", [
    ([], "no ideal members listed"),
    ([[[], []]], "element 0 is the zero polynomial"),
    ([[ONE, []], [[], []]], "element 1 is the zero polynomial"),
    ([[ONE]], "element 0: one cofactor per generator (2)"),
    (["x"], "element 0: one cofactor per generator (2)"),
    ([["x", []]], "element 0: cofactor 0: a polynomial is a list of [[exponents], coefficient] terms"),
    ([[[], [[[True, 0], "1"]]]], "element 0: cofactor 1: each term is [[2 exponents >= 0], coefficient]; "
                                 "got [[True, 0], '1']"),
    ([[[[[-1, 0], "1"]], []]], "element 0: cofactor 0: each term is [[2 exponents >= 0], coefficient]; "
                               "got [[-1, 0], '1']"),
    ([[_c("1/0"), []]], "element 0: a coefficient has denominator 0"),
    ([[_c("x"), []]], "element 0: coefficient 'x' is not a rational string \"p/q\" of at most 200000 characters"),
    ([[_c("1" * 45 + "x"), []]], "element 0: coefficient '" + "1" * 40 + "' is not a rational string \"p/q\" of at "
                                 "most 200000 characters"),
    ([[_c(True), []]], 'element 0: certificate entry True is not exact; rationals are written as strings like "3/4"'),
    ([[_c(0.5), []]], 'element 0: certificate entry 0.5 is not exact; rationals are written as strings like "3/4"'),
])
def test_refusals_exactly(elements, reason):
    assert verify_quotient_bound(_square(), {"order": "grevlex", "elements": elements}, 4) == (False, reason)


def test_a_fraction_object_is_a_coefficient():
    spec = {"order": "grevlex", "elements": [[_c(Fraction(1, 2)), []], [[], _c("3")]]}
    assert verify_quotient_bound(_square(), spec, 4) == _ok(2, 4)


@pytest.mark.parametrize("value, ok", [("12", True), ("-1/2", True), ("1/", False), ("/2", False), ("-", False),
                                       ("1/-2", False), ("1/x", False), ("+1", False), ("1.5", False), ("", False),
                                       ("0123456789/9876543210", True)])
def test_rational_strings(value, ok):
    assert quotient_bound._is_rational_string(value) is ok


def test_coefficient_length_boundary(monkeypatch):
    monkeypatch.setattr(quotient_bound, "MAX_COEF_CHARS", 10)
    assert _coef("1" * 10) == 1111111111
    with pytest.raises(ValueError, match="at most 10 characters"):
        _coef("1" * 11)
    assert _coef("-7/21") == Fraction(-1, 3) and _coef("5") == 5 and _coef(3) == 3


def test_long_integers_are_read_exactly():
    digits = "123456789" * 500                      # 4500 digits: two chunks of at most 4000
    value = 0
    for _ in range(500):
        value = value * 10**9 + 123456789
    assert _int(digits) == value and _int("-" + digits) == -value
    digits = "9" * 8001                             # three chunks, the last of one digit
    assert _int(digits) == 10**8001 - 1
    assert _coef("-" + "123456789" * 500 + "/3") == Fraction(-value, 3)


def _brute_staircase(leads, n, box):
    return sum(1 for m in itertools.product(range(box), repeat=n)
               if not any(all(a >= b for a, b in zip(m, lm)) for lm in leads))


@pytest.mark.parametrize("leads, n", [([(2, 0), (0, 2)], 2), ([(2, 0, 0), (0, 2, 0), (0, 0, 2)], 3),
                                      ([(3, 0, 0), (1, 1, 0), (0, 2, 0), (0, 1, 1), (0, 0, 4)], 3),
                                      ([(4, 0), (2, 1), (1, 3), (0, 5)], 2), ([(3,)], 1)])
def test_staircase_against_brute_force(leads, n):
    assert staircase_size(leads, n) == _brute_staircase(leads, n, 6)


def test_staircase_limit_and_constant():
    assert staircase_size([(2, 0), (0, 2)], 2, limit=4) == 4
    assert staircase_size([(2, 0), (0, 2)], 2, limit=3) is None
    assert staircase_size([(0, 0)], 2) is None        # no pure power of any variable among the leads


def test_work_bound_at_its_boundary(monkeypatch):
    # element 0: 1 x 2 term products; element 1: 1 x 2 + 1 x 2; element 2: 1 x 2: 8 in all.
    spec = {"order": "grevlex", "elements": [[ONE, []], [ONE, [[[1, 0], "1"]]], [[], ONE]]}
    assert verify_quotient_bound(_square(), spec, 4) == _ok(3, 4)
    monkeypatch.setattr(quotient_bound, "MAX_PRODUCTS", 8)
    assert verify_quotient_bound(_square(), spec, 4) == _ok(3, 4)
    monkeypatch.setattr(quotient_bound, "MAX_PRODUCTS", 7)
    assert verify_quotient_bound(_square(), spec, 4) == (
        False, "the cofactors need more than 7 term products: too large to re-verify")
