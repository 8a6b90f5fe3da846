"""The loss along a polynomial line, and the ``descent_curve`` node's rejections (acceptance: the (2,2,2,2) test)."""

from fractions import Fraction

from symbolic.checker.components_covering import verify_critical_set_covering
from symbolic.checker.descent_family import taylor_coefficients_along
from symbolic.checker.mpoly import MPoly


def _var(i):
    return MPoly.var(3, i)


def test_coefficients_of_a_three_layer_scalar_network():
    # L = (abc - 1)^2 / 2 along (a, b, c) + t (1, 1, 1): at the origin the first nonzero coefficient is -t^3
    one = MPoly.const(3, 1)
    c = taylor_coefficients_along([1, 1, 1, 1], [[Fraction(1)]], [[Fraction(1)]], "squared", [one, one, one])
    a, b, cc = _var(0), _var(1), _var(2)
    p0, p1, p2 = a * b * cc, a * b + b * cc + a * cc, a + b + cc
    assert len(c) == 7
    assert c[1] == (p0 - 1) * p1
    assert c[3] == p1 * p2 + (p0 - 1) + MPoly.const(3, 0)
    assert c[6] == MPoly.const(3, Fraction(1, 2))


def _cert(node):
    return {"kind": "critical_set_covering", "problem": {"dims": [1, 1, 1, 1], "X": [["1"]], "Y": [["1"]]},
            "tree": node}


def test_descent_node_rejections():
    units = [[["1", []]]] * 3
    base = {"kind": "descent_curve", "direction": units, "order": 3,
            "vanishing": [{"power": 1, "cofactors": [[["1", []]]] * 3}, {"power": 1, "cofactors": [[], [], []]}]}
    # c_1 = <grad L, (1, 1, 1)> is in the gradient ideal (cofactors 1, 1, 1); c_2 = p1^2/2 + (p0 - 1) p2 is not
    ok, reason = verify_critical_set_covering(_cert(base))
    assert not ok and "Taylor coefficient of order 2" in reason
    ok, reason = verify_critical_set_covering(_cert(dict(base, order=2)))
    assert not ok and "odd" in reason
    ok, reason = verify_critical_set_covering(_cert(dict(base, vanishing=base["vanishing"][:1])))
    assert not ok and "one vanishing proof per Taylor coefficient" in reason
    ok, reason = verify_critical_set_covering(_cert(dict(base, direction=units[:2])))
    assert not ok and "3 polynomial entries" in reason


def test_coefficients_along_a_weighted_curve():
    # L = (abc - 1)^2 / 2 along (a + t, b + t^3, c + t): at the origin abc = t^5, so L = 1/2 - t^5 + t^10 / 2
    one, zero = MPoly.const(3, 1), MPoly(3)
    c = taylor_coefficients_along([1, 1, 1, 1], [[Fraction(1)]], [[Fraction(1)]], "squared", [one, zero, one],
                                  [[zero] * 3, [zero, one, zero]])
    at_origin = [x.terms.get((0, 0, 0), 0) for x in c]
    assert at_origin[:6] == [Fraction(1, 2), 0, 0, 0, 0, -1] and at_origin[10] == Fraction(1, 2)
    a, b, cc = _var(0), _var(1), _var(2)
    assert c[1] == (a * b * cc - 1) * (b * cc + a * b)


def test_truncated_coefficients_equal_the_full_expansion():
    one, zero = MPoly.const(3, 1), MPoly(3)
    a = _var(0)
    full = taylor_coefficients_along([1, 1, 1, 1], [[Fraction(2)]], [[Fraction(3)]], "quartic", [a, zero, one],
                                     [[zero, a * a, zero]])
    cut = taylor_coefficients_along([1, 1, 1, 1], [[Fraction(2)]], [[Fraction(3)]], "quartic", [a, zero, one],
                                    [[zero, a * a, zero]], upto=5)
    assert len(cut) == 6 and cut == full[:6]
    padded = taylor_coefficients_along([1, 1, 1, 1], [[Fraction(1)]], [[Fraction(1)]], "squared", [zero] * 3, upto=4)
    assert len(padded) == 5 and not padded[4].terms


def test_curve_terms_must_have_one_entry_per_weight():
    one = MPoly.const(3, 1)
    try:
        taylor_coefficients_along([1, 1, 1, 1], [[Fraction(1)]], [[Fraction(1)]], "squared", [one] * 3, [[one]])
    except ValueError as exc:
        assert "one per weight" in str(exc)
    else:
        raise AssertionError("a short curve term was accepted")
