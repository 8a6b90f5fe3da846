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


def test_comparison_with_constants_subtraction_from_constants_and_degree():
    x = MPoly.var(2, 0)
    assert MPoly.const(2, 3) == 3 and (x == 0) is False and x != 1 and MPoly(2) == 0
    assert 1 - x == MPoly.const(2, 1) - x and (1 - x) + x == 1
    assert (x * x + MPoly.var(2, 1) + 1).degree() == 2 and MPoly.const(2, 5).degree() == 0 and MPoly(2).degree() == -1
    assert MPoly.const(2, 0).terms == {} and MPoly.const(2, 0) == MPoly(2)
    with pytest.raises(TypeError, match="not hashable"):
        hash(x)
    for i in (-1, 2):
        with pytest.raises(ValueError, match="variable index"):
            MPoly.var(2, i)


def test_matrix_helpers_check_shapes():
    from symbolic.checker.mpoly import mat_add, mat_sub, zeros
    x = MPoly.var(1, 0)
    one = MPoly.const(1, 1)
    assert zeros(1, 2, 3) == [[MPoly(1)] * 3] * 2
    assert mat_sub([[x, one]], [[x, x]]) == [[MPoly(1), one - x]]
    assert mat_add([[x, one]], [[x, x]]) == [[x * 2, one + x]]
    for op in (mat_add, mat_sub):
        with pytest.raises(ValueError, match="different shapes"):
            op([[x, one]], [[x]])
        with pytest.raises(ValueError, match="different shapes"):
            op([[x], [one]], [[x]])
    with pytest.raises(ValueError, match="do not chain"):
        mat_mul([[x, one]], [[x]])
    with pytest.raises(ValueError, match="do not chain"):
        mat_mul([], [[x]])
    with pytest.raises(ValueError, match="do not chain"):
        mat_mul([[x]], [])


def _schoolbook(p, q):
    """The product by adding exponent tuples entry by entry (the definition)."""
    out = {}
    for e1, c1 in p.terms.items():
        for e2, c2 in q.terms.items():
            e = tuple(a + b for a, b in zip(e1, e2))
            out[e] = out.get(e, 0) + Fraction(c1) * Fraction(c2)
    return {e: c for e, c in out.items() if c}


big_terms = st.dictionaries(st.tuples(*[st.sampled_from([0, 1, 127, 128, 200, 255, 256, 300])] * N),
                            st.builds(Fraction, st.integers(-5, 5), st.integers(1, 4)), max_size=4)


@given(big_terms.map(lambda t: MPoly(N, t)), big_terms.map(lambda t: MPoly(N, t)))
def test_packed_product_eq_schoolbook_near_byte_limit(a, b):
    # exponents are packed a byte per variable only when no sum reaches 256; otherwise tuples are added
    assert (a * b).terms == _schoolbook(a, b)


@given(st.lists(st.tuples(polys, polys), max_size=4))
def test_sum_of_products_eq_sum_of_products_one_by_one(pairs):
    from symbolic.checker.mpoly import sum_of_products

    expected = MPoly(N)
    for p, q in pairs:
        expected = expected + p * q
    assert sum_of_products(N, pairs) == expected
