"""Upper bounds on the number of zeros from ideal members with cofactors: sound bounds, refusals, malformed input."""

from symbolic.checker import quotient_bound
from symbolic.checker.mpoly import MPoly
from symbolic.checker.quotient_bound import staircase_size, verify_quotient_bound

ONE = [[[0, 0], "1"]]


def _system():
    x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    return [x * x + y * y - 5, x * y - 2], x, y       # 4 points: (+-1, +-2), (+-2, +-1) with xy = 2


def test_members_that_are_not_a_groebner_basis_still_bound_the_count():
    F, _, _ = _system()
    # g1 = f1 (lead x^2), g2 = f2 (lead xy), g3 = x f2 - y ... : y^3 from y*f1 - x*f2 = y^3 - 5y + 2x
    g3 = [[[[0, 1], "1"]], [[[1, 0], "-1"]]]
    spec = {"order": "grevlex", "elements": [[ONE, []], [[], ONE], g3]}
    ok, why = verify_quotient_bound(F, spec, 4)
    assert ok and "4 standard monomials" in why
    assert not verify_quotient_bound(F, spec, 3)[0]            # fewer points than the bound: not complete


def test_a_bound_above_the_listed_points_is_refused():
    F, _, _ = _system()
    spec = {"order": "grevlex", "elements": [[ONE, []], [[], ONE]]}   # x^2, xy: y^k never reduced
    ok, why = verify_quotient_bound(F, spec, 4)
    assert not ok and "infinitely many" in why


def test_zero_members_and_malformed_input_are_refused():
    F, _, _ = _system()
    assert "zero polynomial" in verify_quotient_bound(F, {"order": "grevlex", "elements": [[[], []]]}, 4)[1]
    assert not verify_quotient_bound(F, {"order": "lex", "elements": [[ONE, []]]}, 4)[0]
    assert not verify_quotient_bound(F, {"order": "grevlex", "elements": [[ONE]]}, 4)[0]
    bad = {"order": "grevlex", "elements": [[[[[0], "1"]], []]]}
    assert "exponents" in verify_quotient_bound(F, bad, 4)[1]
    twice = {"order": "grevlex", "elements": [[[[[0, 0], "1"], [[0, 0], "2"]], []]]}
    assert "twice" in verify_quotient_bound(F, twice, 4)[1]
    assert not verify_quotient_bound(F, {"order": "grevlex", "elements": [[[[[0, 0], 0.5]], []]]}, 4)[0]


def test_work_bound_refuses(monkeypatch):
    F, _, _ = _system()
    g3 = [[[[0, 1], "1"]], [[[1, 0], "-1"]]]
    spec = {"order": "grevlex", "elements": [[ONE, []], [[], ONE], g3]}
    monkeypatch.setattr(quotient_bound, "MAX_PRODUCTS", 5)
    ok, why = verify_quotient_bound(F, spec, 4)
    assert not ok and "too large" in why


def test_staircase():
    assert staircase_size([(1, 0, 0), (0, 1, 0), (0, 0, 1)], 3) == 1
    assert staircase_size([(3,)], 1) == 3
    assert staircase_size([(2, 0), (0, 2)], 2, limit=3) is None


def test_long_coefficients_are_read_and_bad_ones_refused():
    F, _, _ = _system()
    big = "1" + "0" * 5000
    spec = {"order": "grevlex", "elements": [[[[[0, 0], big]], []], [[], [[[0, 0], f"-{big}/3"]]],
                                             [[[[0, 1], "1"]], [[[1, 0], "-1"]]]]}
    assert verify_quotient_bound(F, spec, 4)[0]
    for bad in ("1e5", "1/0", "x", "1" * (quotient_bound.MAX_COEF_CHARS + 1)):
        spec = {"order": "grevlex", "elements": [[[[[0, 0], bad]], []]]}
        assert not verify_quotient_bound(F, spec, 4)[0]
