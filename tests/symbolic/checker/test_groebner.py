"""The checker's own Groebner basis: counts, non-zero-dimensional ideals, the work bound."""

from fractions import Fraction as F

from symbolic.checker.groebner import groebner_basis, standard_monomial_count, verify_count
from symbolic.checker.mpoly import MPoly


def test_count_of_a_small_system():
    x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    polys = [x * x + y * y - 5, x * y - 2]          # 4 points: (+-1, +-2), (+-2, +-1) with xy = 2
    assert verify_count(polys, 4, {"groebner": True})[0]
    ok, why = verify_count(polys, 3, {"groebner": True})
    assert not ok and "dimension 4" in why


def test_positive_dimensional_ideal_is_refused():
    x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    ok, why = verify_count([x * y], 1, {"groebner": True})
    assert not ok and "not zero-dimensional" in why


def test_work_bound_refuses_rather_than_answers():
    circle = [{(2, 0): F(1), (0, 2): F(1), (0, 0): F(-5)}, {(1, 1): F(1), (0, 0): F(-2)}]
    assert groebner_basis(circle, max_steps=1) is None
    assert groebner_basis(circle) is not None
    G = groebner_basis([{(3, 0): F(1), (0, 1): F(-1)}, {(0, 3): F(1), (1, 0): F(-1)}])
    assert standard_monomial_count(G, 2) == 9      # x^3 = y, y^3 = x: x^9 = x


def test_unknown_completeness_kind():
    x = MPoly.var(1, 0)
    assert not verify_count([x], 1, {"groebner": False})[0]
