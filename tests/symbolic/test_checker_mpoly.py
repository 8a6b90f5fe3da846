"""The checker's multivariate polynomials: exact ring arithmetic."""

from fractions import Fraction

import pytest
from hypothesis import given, strategies as st

from symbolic.checker.mpoly import MPoly, identity, kron, mat_mul, transpose

N = 3
terms = st.dictionaries(st.tuples(*[st.integers(0, 2)] * N),
                        st.builds(Fraction, st.integers(-5, 5), st.integers(1, 4)), max_size=4)
polys = terms.map(lambda t: MPoly(N, t))


def _eval(p, point):
    total = Fraction(0)
    for e, c in p.terms.items():
        v = Fraction(c)
        for x, k in zip(point, e):
            v *= x ** k
        total += v
    return total


POINT = (Fraction(2, 3), Fraction(-1, 2), Fraction(5, 1))


@given(polys, polys, polys)
def test_ring_laws(a, b, c):
    assert a * (b + c) == a * b + a * c
    assert (a * b) * c == a * (b * c)
    assert a - a == MPoly(N)
    assert _eval(a * b, POINT) == _eval(a, POINT) * _eval(b, POINT)


@given(polys, polys)
def test_leibniz_rule(a, b):
    for i in range(N):
        assert (a * b).diff(i) == a.diff(i) * b + a * b.diff(i)


def test_canonical_zero_and_int_coefficients():
    x = MPoly.var(N, 0)
    p = x * Fraction(1, 2) * 2
    assert p == x and all(type(c) is int for c in p.terms.values())
    assert (x - x).is_zero()


def test_floats_refused():
    with pytest.raises(TypeError, match="not exact"):
        MPoly.const(N, 0.5)


def test_kron_and_identity():
    one = MPoly.const(1, 1)
    two = MPoly.const(1, 2)
    A = [[one, two]]
    B = [[one], [two]]
    assert kron(A, B) == [[one, two], [two, MPoly.const(1, 4)]]
    assert mat_mul(identity(1, 2), B) == B
    assert transpose(A) == [[one], [two]]
