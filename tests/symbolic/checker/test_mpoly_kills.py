"""The checker's multivariate polynomials against hand computations, written against the survivors of its one-module
mutation run (README, "Mutation testing"): every refusal's exact message, the packed product at the byte boundary
and past it, and normalised coefficients."""

from fractions import Fraction as F

import pytest

from symbolic.checker.mpoly import (MPoly, _max_exponent, _norm, _packed, _products, const_matrix, identity, kron,
                                    mat_add, mat_mul, mat_scale, mat_sub, sum_of_products, transpose, zeros)


def _raises(error, message, fn, *args):
    with pytest.raises(error) as exc:
        fn(*args)
    assert str(exc.value) == message


def test_every_refusal_has_its_exact_message():
    x1, x2 = MPoly.var(1, 0), MPoly.var(2, 0)
    _raises(TypeError, "polynomial coefficient 0.5 is not an exact rational", _norm, 0.5)
    _raises(TypeError, "polynomial coefficient '1' is not an exact rational", _norm, "1")
    _raises(ValueError, "variable index must be in 0..1; got 2", MPoly.var, 2, 2)
    _raises(ValueError, "variable index must be in 0..1; got -1", MPoly.var, 2, -1)
    _raises(ValueError, "polynomials in 2 and 1 variables do not mix", lambda: x2 + x1)
    _raises(TypeError, "MPoly is mutable-by-convention and not hashable", hash, x1)
    _raises(ValueError, "polynomials in 1 and 2 variables do not mix with 2", sum_of_products, 2, [(x1, x2)])
    _raises(ValueError, "polynomials in 2 and 1 variables do not mix with 2", sum_of_products, 2, [(x2, x1)])
    _raises(ValueError, "matrices do not chain: 1x2 times 1x1", mat_mul, [[x1, x1]], [[x1]])
    _raises(ValueError, "matrices do not chain: 0x0 times 1x1", mat_mul, [], [[x1]])
    _raises(ValueError, "matrices do not chain: 1x1 times 0x0", mat_mul, [[x1]], [])
    _raises(ValueError, "matrices of different shapes cannot be added", mat_add, [[x1, x1]], [[x1]])
    _raises(ValueError, "matrices of different shapes cannot be added", mat_add, [[x1], [x1]], [[x1]])
    _raises(ValueError, "matrices of different shapes cannot be subtracted", mat_sub, [[x1, x1]], [[x1]])
    _raises(ValueError, "matrices of different shapes cannot be subtracted", mat_sub, [[x1], [x1]], [[x1]])


def test_coefficients_are_normalised():
    assert _norm(F(4, 2)) == 2 and type(_norm(F(4, 2))) is int and _norm(F(1, 2)) == F(1, 2)
    assert type(_norm(3)) is int and _norm(True if False else 0) == 0
    p = MPoly(1, {(1,): F(2, 1), (0,): F(1, 3), (2,): 0})
    assert p.terms == {(1,): 2, (0,): F(1, 3)} and type(p.terms[(1,)]) is int
    half = MPoly.const(1, "1/2")
    assert (half + half).terms == {(0,): 1} and type((half + half).terms[(0,)]) is int
    assert (half * 2).terms == {(0,): 1} and type((half * 2).terms[(0,)]) is int
    assert MPoly.const(2, 0).terms == {} and MPoly.const(2, "3").terms == {(0, 0): 3}
    assert MPoly.var(3, 1).terms == {(0, 1, 0): 1}


def test_sums_cancel_and_differences():
    x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    assert (x + y - x).terms == {(0, 1): 1}
    assert (x - x).terms == {} and (x + (-x)).is_zero() and not x.is_zero()
    assert (3 - x).terms == {(0, 0): 3, (1, 0): -1} and (x - 3).terms == {(1, 0): 1, (0, 0): -3}
    assert (2 + x).terms == {(1, 0): 1, (0, 0): 2} and (x * 0).terms == {} and (0 * x).terms == {}
    assert MPoly(2) * x == MPoly(2) and x * MPoly(2) == MPoly(2)
    assert (x == MPoly.var(3, 0)) is False and (x == x * 1) is True
    assert repr(MPoly.const(1, 2)) == "MPoly(1, {(0,): 2})"
    assert (x * x * y).diff(0).terms == {(1, 1): 2} and (x * x * y).diff(1).terms == {(2, 0): 1}
    assert MPoly.const(2, 5).diff(0).terms == {} and (x * y * y * 3).diff(1).terms == {(1, 1): 6}
    assert (x * x * y).degree() == 3 and MPoly(2).degree() == -1


def test_packed_products_at_the_byte_boundary_and_past_it():
    assert _max_exponent({(3, 7): 1, (255, 0): 2}) == 255 and _max_exponent({}) == 0
    assert _packed({(1, 2): 5}) == [(1 + 2 * 256, 5)]
    x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    big = MPoly(2, {(200, 1): 1})
    small = MPoly(2, {(55, 3): 2, (0, 1): -1})
    # 200 + 55 = 255 fits a byte; 200 + 56 does not: the exponent tuples are added entry by entry
    assert (big * small).terms == {(255, 4): 2, (200, 2): -1}
    over = MPoly(2, {(56, 0): 1})
    assert (big * over).terms == {(256, 1): 1}
    assert (over * big).terms == {(256, 1): 1}
    huge = MPoly(2, {(300, 0): 1, (0, 1): 1})
    assert (huge * huge).terms == {(600, 0): 1, (300, 1): 2, (0, 2): 1}
    assert (huge * x).terms == {(301, 0): 1, (1, 1): 1}
    # cancellation across the packed and the slow products of one sum
    assert _products(2, [(huge.terms, y.terms), ({(0, 1): -1}, y.terms)]) == {(300, 1): 1}
    assert _products(2, [({(1, 0): 1}, {(1, 0): 1}), ({(1, 0): 1}, {(1, 0): -1})]) == {}
    assert _products(0, [({(): 2}, {(): 3})]) == {(): 6}
    assert sum_of_products(2, [(x, y), (y, x), (x, MPoly(2))]).terms == {(1, 1): 2}
    assert sum_of_products(2, []).terms == {}
    assert type(_products(1, [({(1,): F(1, 2)}, {(1,): 2})])[(2,)]) is int


def test_matrix_helpers():
    x, one = MPoly.var(1, 0), MPoly.const(1, 1)
    assert mat_mul([[x, one]], [[x], [one]]) == [[x * x + 1]]
    assert mat_mul([[x, MPoly(1)], [one, x]], [[one, x], [x, one]]) == [[x, x * x], [x * x + 1, x * 2]]
    assert mat_mul([[one]], [[x, one]]) == [[x, one]]
    assert mat_scale([[x, one]], 3) == [[x * 3, MPoly.const(1, 3)]]
    assert transpose([[x, one]]) == [[x], [one]] and zeros(1, 1, 2) == [[MPoly(1), MPoly(1)]]
    assert identity(1, 2) == [[one, MPoly(1)], [MPoly(1), one]]
    assert const_matrix(1, [["1/2", 0]]) == [[MPoly.const(1, F(1, 2)), MPoly(1)]]
    assert kron([[one, x]], [[one], [x]]) == [[one, x], [x, x * x]]
