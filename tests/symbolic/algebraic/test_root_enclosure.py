"""Isolating intervals for real roots (symbolic.algebraic.root_enclosure), re-verified by the Sturm checker."""

from fractions import Fraction

import mpmath
import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

import symbolic.algebraic.root_enclosure as enclosure
from symbolic.checker.root_isolation import verify_isolation
from symbolic.algebraic.root_enclosure import approximate_roots, endpoint_string, isolating_intervals

x = sympy.Symbol("x")


def _coeffs(expr):
    """Increasing-degree rational strings of a SymPy polynomial expression."""
    return [str(c) for c in reversed(sympy.Poly(expr, x, domain="QQ").all_coeffs())]


def _checked(coeffs, intervals):
    return verify_isolation([Fraction(c) for c in coeffs], intervals)


def test_cubic_intervals_hold_the_roots_largest_first():
    f = ["-1", "5", "-6", "1"]                               # x^3 - 6x^2 + 5x - 1, irreducible
    ivs = isolating_intervals(f, digits=6)
    assert _checked(f, ivs) == (True, "3 real roots, one in each interval")
    approx = [Fraction(s) for s in approximate_roots(f, dps=20)]
    assert all(a < r < b for (a, b), r in zip(ivs, approx))
    assert all(b - a == Fraction(1, 10 ** 6) for a, b in ivs)


def test_rational_and_close_roots():
    f = _coeffs((x - 1) * (x - 1 - sympy.Rational(1, 10 ** 14)) * (x ** 2 - 2) * x)
    ivs = isolating_intervals(f)
    assert len(ivs) == 5 and _checked(f, ivs)[0]
    assert isolating_intervals(["3", "1"]) == [(Fraction(-30000000001, 10 ** 10), Fraction(-14999999999, 5 * 10 ** 9))]


def test_no_real_roots():
    assert isolating_intervals(["1", "0", "1"]) == []
    assert _checked(["1", "0", "1"], [])[0]


def test_bisection_takes_over_when_the_numerics_fail(monkeypatch):
    monkeypatch.setattr(enclosure, "_mp_real_roots", lambda p, dps: [])
    f = _coeffs((x ** 3 - 6 * x ** 2 + 5 * x - 1) * (x - 2) * x)
    ivs = isolating_intervals(f)
    assert len(ivs) == 5 and _checked(f, ivs)[0]


def test_precision_stays_scoped():
    before = mpmath.mp.dps
    isolating_intervals(["-1", "5", "-6", "1"], digits=40, dps=60)
    assert mpmath.mp.dps == before


@pytest.mark.parametrize("coeffs, exc, words", [
    (["1", "-2", "1"], ValueError, "must be squarefree; got gcd(f, f') = x - 1"),
    (["1", 0.5], TypeError, "floats are not exact"),
    (["2"], ValueError, "degree at least 1"),
    ([], ValueError, "non-empty list"),
    ("x^2 - 2", ValueError, "non-empty list"),
])
def test_bad_input_names_the_problem(coeffs, exc, words):
    with pytest.raises(exc, match=None) as info:
        isolating_intervals(coeffs)
    assert words in str(info.value)


def test_bad_digits():
    with pytest.raises(ValueError, match="digits must be a nonnegative integer"):
        isolating_intervals(["-2", "0", "1"], digits=-1)


def test_endpoint_strings():
    assert [endpoint_string(Fraction(*p)) for p in ((5049, 1000), (-1, 8), (1, 3), (2, 1), (-1, 10 ** 10))] == \
        ["5.049", "-0.125", "1/3", "2", "-0.0000000001"]
    for q in (Fraction(5049, 1000), Fraction(-1, 8), Fraction(-7, 3)):
        assert Fraction(endpoint_string(q)) == q


@settings(max_examples=40)
@given(st.lists(st.integers(-6, 6), min_size=2, max_size=7), st.integers(1, 5))
def test_random_squarefree_polynomials(ints, den):
    p = sympy.Poly([sympy.Rational(c, den) for c in ints], x, domain="QQ")
    if p.degree() < 1:
        return
    p = p.sqf_part()
    coeffs = [str(c) for c in reversed(p.all_coeffs())]
    ivs = isolating_intervals(coeffs, digits=4)
    assert len(ivs) == p.count_roots()
    assert _checked(coeffs, ivs)[0]
    roots = sorted(sympy.real_roots(p), reverse=True)
    for (a, b), r in zip(ivs, roots):
        assert p.count_roots(sympy.Rational(a.numerator, a.denominator), sympy.Rational(b.numerator, b.denominator)) == 1
        assert sympy.Rational(a.numerator, a.denominator) < r < sympy.Rational(b.numerator, b.denominator)


def test_bisection_steps_off_rational_roots_at_midpoints(monkeypatch):
    monkeypatch.setattr(enclosure, "_mp_real_roots", lambda p, dps: [])
    f = _coeffs(x * (x - 1) * (x + 1) * (3 * x - 1) * (x - 2))   # roots at the first bisection points
    ivs = isolating_intervals(f)
    assert len(ivs) == 5 and _checked(f, ivs)[0]
