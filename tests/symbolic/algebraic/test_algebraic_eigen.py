"""Critical points on eigenvalues of any degree, exactly in Q[x]/(f) (symbolic.algebraic.algebraic_eigen)."""

from fractions import Fraction

import mpmath
import pytest
from hypothesis import given, settings

from symbolic.algebraic.algebraic_eigen import algebraic_eigen_certificate, algebraic_eigen_points
from symbolic.checker.algebraic_field import verify_algebraic_eigen_point
from symbolic.algebraic.quadratic_eigen import quadratic_eigen_points, to_pairs

from tests.symbolic.strategies import matrices

I3 = [["1", "0", "0"], ["0", "1", "0"], ["0", "0", "1"]]
UPPER = [["1", "1", "1"], ["0", "1", "1"], ["0", "0", "1"]]
RANK3_X = [["1", "0", "1", "0", "1"], ["0", "1", "1", "0", "0"], ["0", "0", "0", "1", "1"], ["1", "1", "2", "0", "1"]]
RANK3_Y = [["0", "1", "0", "0", "1"], ["0", "1", "1", "0", "0"], ["1", "1", "1", "0", "0"], ["1", "1", "1", "0", "0"]]


def test_cubic_points_on_every_root_certify_with_their_order():
    pts = algebraic_eigen_points(I3, UPPER)
    assert [p.root for p in pts] == [1, 2, 3] and [p.position for p in pts] == [1, 2, 3]
    assert all(p.degree == 3 and p.f == ("-1", "5", "-6", "1") for p in pts)
    for p in pts:
        ok, why = verify_algebraic_eigen_point(algebraic_eigen_certificate(I3, UPPER, p, global_min=p.root == 1))
        assert ok, why
        a, b = (Fraction(s) for s in p.interval)
        assert a < Fraction(p.approx) < b


def test_rank_deficient_x_with_a_zero_eigenvalue():
    pts = algebraic_eigen_points(RANK3_X, RANK3_Y)
    assert len(pts) == 3 and len(pts[0].spectrum) == 4          # x (x^3 - 8x^2 + 6x - 1)
    assert [p.position for p in pts] == [1, 2, 3]
    for p in pts:
        assert verify_algebraic_eigen_point(algebraic_eigen_certificate(RANK3_X, RANK3_Y, p))[0]


def test_a_rational_top_eigenvalue_puts_the_cubic_roots_lower():
    X = [["1", "0", "0", "0"], ["0", "1", "0", "0"], ["0", "0", "1", "0"], ["0", "0", "0", "1"]]
    Y = [["3", "0", "0", "0"], ["0", "1", "1", "1"], ["0", "0", "1", "1"], ["0", "0", "0", "1"]]
    pts = algebraic_eigen_points(X, Y)
    assert [p.position for p in pts] == [2, 3, 4]                 # sigma_1 = 9
    for p in pts:
        cert = algebraic_eigen_certificate(X, Y, p, global_min=False)
        ok, why = verify_algebraic_eigen_point(cert)
        assert ok and "not a global minimum" in why, why


def test_repeated_eigenvalue_leaves_the_spectrum_out():
    X = [["1" if i == j else "0" for j in range(5)] for i in range(5)]
    Y = [r + ["0", "0"] for r in UPPER] + [["0", "0", "0", "1", "0"], ["0", "0", "0", "0", "1"]]
    pts = algebraic_eigen_points(X, Y)
    assert len(pts) == 3 and all(p.spectrum is None and p.position is None for p in pts)
    cert = algebraic_eigen_certificate(X, Y, pts[0])
    assert "spectrum" not in cert and verify_algebraic_eigen_point(cert)[0]
    with pytest.raises(ValueError, match="global_min needs the spectrum"):
        algebraic_eigen_certificate(X, Y, pts[0], global_min=True)


def test_degree_two_agrees_with_the_quadratic_field():
    X, Y = [["1", "0"], ["0", "1"]], [["2", "1"], ["1", "1"]]
    pts = algebraic_eigen_points(X, Y, min_degree=2)
    quad = quadratic_eigen_points(X, Y)
    assert len(pts) == len(quad) == 2
    with mpmath.workdps(30):
        exact = sorted((mpmath.mpf(Fraction(a).numerator) / Fraction(a).denominator
                        + mpmath.mpf(Fraction(b).numerator) / Fraction(b).denominator * mpmath.sqrt(int(d))
                        for d, K, lam, _, _ in quad for a, b in [to_pairs(K, lam)]), reverse=True)
        assert all(abs(e - mpmath.mpf(p.approx)) < mpmath.mpf(10) ** -10 for e, p in zip(exact, pts))
    for p in pts:
        assert verify_algebraic_eigen_point(algebraic_eigen_certificate(X, Y, p, global_min=p.root == 1))[0]


def test_midpoints_stand_in_when_mpmath_fails(monkeypatch):
    import symbolic.algebraic.algebraic_eigen as ae

    monkeypatch.setattr(ae, "approximate_roots", lambda coeffs, dps: [])
    pts = algebraic_eigen_points(I3, UPPER, digits=3)
    assert [p.approx for p in pts] == ["5.0485", "0.6435", "0.3075"]


def test_no_factor_of_high_degree():
    assert algebraic_eigen_points([[1, 0], [0, 1]], [[2, 1], [1, 1]]) == []      # only a quadratic factor
    assert algebraic_eigen_points(I3, [["2", "0", "0"], ["0", "1", "0"], ["0", "0", "1"]]) == []


@pytest.mark.parametrize("args, exc, words", [
    ((I3, UPPER, 1), ValueError, "min_degree must be an integer >= 2"),
    ((I3, UPPER, True), ValueError, "min_degree must be an integer >= 2"),
    (([[1.0, 0, 0], [0, 1, 0], [0, 0, 1]], UPPER), TypeError, "floats are not exact"),
    ((I3, [["1", "1"], ["0", "1"]]), ValueError, "must have the same number of columns"),
])
def test_bad_input(args, exc, words):
    with pytest.raises(exc) as info:
        algebraic_eigen_points(*args)
    assert words in str(info.value)


@settings(max_examples=12)
@given(matrices(2, 4), matrices(3, 4))
def test_random_non_square_data_every_point_certifies(X, Y):
    # X 2 x 4: Sigma (3 x 3) has rank <= 2, factors of degree <= 2; with a third row (3 x 4) mostly an irreducible cubic
    for Xd in (X, X + [[str(Fraction(a) + Fraction(b)) for a, b in zip(X[0], Y[0])]]):
        for p in algebraic_eigen_points(Xd, Y, min_degree=2):
            cert = algebraic_eigen_certificate(Xd, Y, p, global_min=None if p.spectrum is None else p.position == 1)
            ok, why = verify_algebraic_eigen_point(cert)
            assert ok, why
