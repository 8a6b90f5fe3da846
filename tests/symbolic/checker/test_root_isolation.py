"""Kill tests for the root_isolation checker (Sturm sequences with Fractions)."""

import json
from fractions import Fraction

import pytest

from symbolic.checker.bundle import verify
from symbolic.checker.root_isolation import sturm_sequence, upoly_gcd, upoly_rem, verify_isolation

GOOD = {"kind": "root_isolation", "f": ["-1", "5", "-6", "1"],          # x^3 - 6x^2 + 5x - 1
        "intervals": [["5.04", "5.05"], ["0.64", "0.65"], ["0.30", "0.31"]]}


def _tampered(mutate):
    c = json.loads(json.dumps(GOOD))
    mutate(c)
    return verify(c)


def test_genuine_certificate():
    assert verify(GOOD) == (True, "3 real roots, one in each interval")


@pytest.mark.parametrize("mutate, words", [
    (lambda c: c["intervals"].__setitem__(0, ["5.05", "5.06"]), "does not change sign on interval 1"),   # wrong
    (lambda c: c["intervals"].__setitem__(1, ["0.30", "0.65"]), "does not change sign"),   # two roots, no change
    (lambda c: c["intervals"].__setitem__(1, ["0.64", "0.64"]), "empty or a point"),
    (lambda c: c["intervals"].__setitem__(1, ["0.65", "0.64"]), "empty or a point"),
    (lambda c: c["intervals"].__setitem__(2, ["0.30", "0.642"]), "overlap"),                # overlapping
    (lambda c: c["intervals"].reverse(), "overlap or are not in decreasing order"),
    (lambda c: c["intervals"].pop(), "a root is missing"),                                  # a missing root
    (lambda c: c["intervals"].append(["-1", "0"]), "does not change sign on interval 4"),  # an invented root
    (lambda c: c.__setitem__("f", ["1", "-3", "3", "-1"]), "must be squarefree"),           # (1 - x)^3
    (lambda c: c.__setitem__("f", ["-1", "5", "-6", "1", "0"]), "leading coefficient"),
    (lambda c: c.__setitem__("f", ["-1", "5", "-6", 1.0]), "not exact"),
    (lambda c: c.__setitem__("intervals", [["5.04"]]), "pairs"),
    (lambda c: c.__setitem__("kind", "root_isolations"), "no checker"),
])
def test_tampered_certificates_fail(mutate, words):
    ok, why = _tampered(mutate)
    assert not ok and words in why, why


def test_three_roots_in_one_interval_with_a_sign_change():
    f = [Fraction(0), Fraction(-1), Fraction(0), Fraction(1)]                   # x^3 - x: roots -1, 0, 1
    ok, why = verify_isolation(f, [(Fraction(-2), Fraction(2))])
    assert not ok and "holds 3 roots" in why


def test_an_end_at_a_root_is_refused():
    f = [Fraction(0), Fraction(-1), Fraction(0), Fraction(1)]
    ok, why = verify_isolation(f, [(Fraction(1), Fraction(2)), (Fraction(-1, 2), Fraction(1, 2)),
                                   (Fraction(-2), Fraction(-1, 2))])
    assert not ok and "or an end is a root" in why


def test_squarefree_message_names_the_common_factor():
    ok, why = verify_isolation([Fraction(c) for c in (-2, 5, -4, 1)], [])      # (x - 1)^2 (x - 2)
    assert not ok and why.startswith("f must be squarefree; got gcd(f, f') of degree 1")


def test_polynomial_helpers():
    F = Fraction
    assert upoly_rem([F(1), F(0), F(1)], [F(1), F(1)]) == [F(2)]               # x^2 + 1 = (x + 1)(x - 1) + 2
    assert len(upoly_gcd([F(-1), F(0), F(1)], [F(1), F(1)])) == 2              # gcd(x^2 - 1, x + 1) = x + 1
    assert upoly_gcd([], []) == []
    with pytest.raises(ZeroDivisionError):
        upoly_rem([F(1)], [F(0)])
    assert sturm_sequence([F(-1), F(5), F(-6), F(1)])[-1] != [] and len(sturm_sequence([F(-1), F(5), F(-6), F(1)])[-1]) == 1


def test_negative_leading_coefficient_and_odd_degree_at_infinity():
    f = [Fraction(1), Fraction(-5), Fraction(6), Fraction(-1)]                  # -(x^3 - 6x^2 + 5x - 1)
    ok, _ = verify_isolation(f, [(Fraction(504, 100), Fraction(505, 100)), (Fraction(64, 100), Fraction(65, 100)),
                                 (Fraction(30, 100), Fraction(31, 100))])
    assert ok


# -- kill tests from mutmut's survivors (README, "Mutation testing"): exact reasons, boundaries, helpers ----------

from symbolic.checker.root_isolation import (_sign, parse_intervals, parse_upoly, upoly_eval,  # noqa: E402
                                             verify_root_isolation)


def test_parse_upoly_boundaries_and_reasons():
    F = Fraction
    assert parse_upoly(["1", "2"]) == [F(1), F(2)]                               # degree 1: two coefficients suffice
    for bad in ("12", ["1"], []):
        with pytest.raises(ValueError) as err:
            parse_upoly(bad)
        assert str(err.value) == "f must be a list of at least two rational coefficients (index = degree)"
    with pytest.raises(ValueError) as err:
        parse_upoly(["1", "0"], name="g")
    assert str(err.value) == "g's leading coefficient (its last entry) must be nonzero; drop trailing zeros"


def test_parse_intervals_reason():
    with pytest.raises(ValueError) as err:
        parse_intervals([["1"]])
    assert str(err.value) == "intervals must be a list of [a, b] pairs of rational strings"
    assert parse_intervals([["1/2", "1"]]) == [(Fraction(1, 2), Fraction(1))]


def test_helpers_by_hand():
    F = Fraction
    assert upoly_eval([F(1), F(2)], F(3)) == 7 and upoly_eval([F(-1), F(0), F(1)], F(1, 2)) == F(-3, 4)
    assert (_sign(F(0)), _sign(F(-1, 3)), _sign(F(2))) == (0, -1, 1)
    with pytest.raises(ZeroDivisionError) as err:
        upoly_rem([F(1)], [F(0)])
    assert str(err.value) == "polynomial division by zero"


def test_squarefree_reason_shows_the_gcd():
    # (x - 1)^2 (x - 2): Sturm f, f' = 3x^2 - 8x + 5, -rem(f, f') = 2/9 x - 2/9, and f' is divisible by it
    ok, why = verify_isolation([Fraction(c) for c in (-2, 5, -4, 1)], [])
    assert (ok, why) == (False, "f must be squarefree; got gcd(f, f') of degree 1: [-2/9, 2/9] (index = degree); "
                                "divide f by it")


def test_a_right_end_at_a_root_is_refused():
    f = [Fraction(0), Fraction(-1), Fraction(0), Fraction(1)]                  # x^3 - x
    assert verify_isolation(f, [(Fraction(1, 2), Fraction(1))]) == \
        (False, "f does not change sign on interval 1 [1/2, 1] (or an end is a root)")


def test_touching_intervals_are_refused():
    f = [Fraction(-2), Fraction(0), Fraction(1)]                                # x^2 - 2, f(0) = -2
    assert verify_isolation(f, [(Fraction(0), Fraction(2)), (Fraction(-2), Fraction(0))]) == \
        (False, "intervals 1 and 2 overlap or are not in decreasing order (largest root first)")
    assert verify_isolation(f, [(Fraction(1), Fraction(2)), (Fraction(-2), Fraction(0))])[0]


def test_order_reason_names_the_pair():
    c = json.loads(json.dumps(GOOD))
    c["intervals"] = [c["intervals"][0], c["intervals"][2], c["intervals"][1]]
    assert verify(c) == (False, "intervals 2 and 3 overlap or are not in decreasing order (largest root first)")


def test_no_real_roots_counts_variations_at_both_infinities():
    # x^2 + 1: Sturm x^2 + 1, 2x, -1: one variation at -inf and one at +inf, so 0 real roots
    f = [Fraction(1), Fraction(0), Fraction(1)]
    assert verify_isolation(f, []) == (True, "0 real roots, one in each interval")
    assert verify_isolation(f, [(Fraction(-1), Fraction(1))]) == \
        (False, "f does not change sign on interval 1 [-1, 1] (or an end is a root)")


def test_root_isolation_kind_is_checked_directly():
    assert verify_root_isolation({"kind": "nonnegativity"}) == \
        (False, "not a root_isolation certificate (kind 'nonnegativity')")
    assert verify_root_isolation({}) == (False, "not a root_isolation certificate (kind None)")
    assert verify_root_isolation({"kind": "root_isolation", "f": ["1", "1"]}) == \
        (False, "malformed certificate: 'intervals'")
