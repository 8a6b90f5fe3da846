"""Every critical point of small unregularized networks: values, classification, a certificate the checker accepts."""

from fractions import Fraction

import pytest

from symbolic.checker.bundle import verify
from symbolic.critical.unregularized import instance, squared_global_minimum, unregularized_critical_set
from symbolic.critical.unregularized_loss import NetworkLossRing, exact_number, seeded_data


@pytest.fixture(scope="module")
def two_one_one_two():
    dims, X, Y = instance("2-1-1-2")
    return unregularized_critical_set(dims, X, Y)


def test_instance_data_are_seeded_and_exact():
    assert seeded_data(2, 2, 3, 1) == seeded_data(2, 2, 3, 1)
    dims, X, Y = instance("2-2-2")
    assert dims == (2, 2, 2) and all(isinstance(v, int) for row in X + Y for v in row)


def test_components_of_2_1_1_2(two_one_one_two):
    out = two_one_one_two
    assert out["global_value"] == "5" and not out["unresolved"]
    by_value = {v["value"]: (v["dimension"], v["classification"]) for v in out["values"]}
    assert by_value == {"L = 5": (2, "global minimum"),
                        "L = 10": (3, "saddle (strict; non-strict at isolated points: odd-order Taylor term, Hessian PSD)"),
                        "L = 15/2": (2, "strict saddle")}
    origin = [c for c in out["components"] if c["kind"] == "nonstrict_saddle"]
    assert origin and origin[0]["point"] == ["0"] * 5
    ok, reason = verify(out["certificate"])
    assert ok, reason
    assert "the global minimum value is 5" in reason


def test_global_minimum_formula_matches_the_witness():
    dims, X, Y = instance("2-2-2")
    net = NetworkLossRing(dims, X, Y)
    value, point = squared_global_minimum(net)
    assert value == Fraction(5, 2) and Fraction(str(net.value_at(point))) == value


def test_single_layer_network():
    out = unregularized_critical_set([2, 1], [[1, 0], [0, 1]], [[1, 2]])
    assert [c["kind"] for c in out["components"]] == ["value"] and out["global_value"] == "0"
    assert verify(out["certificate"])[0]


def test_exact_inputs_only():
    with pytest.raises(TypeError, match='write exact numbers as integers or strings such as "1/2"'):
        NetworkLossRing([1, 1], [[0.5]], [[1]])
    with pytest.raises(ValueError, match="no decimal points"):
        exact_number("0.5", "Y[0][0]")
    with pytest.raises(ValueError, match="dims must be at least two positive integers"):
        NetworkLossRing([2, 0, 2], [[1], [1]], [[1], [1]])
    with pytest.raises(ValueError, match="Y must be 1x2"):
        NetworkLossRing([1, 1], [[1, 2]], [[1]])


def test_too_large_networks_are_refused_before_any_work():
    X = [[1, 0, 0, 1], [0, 1, 0, 1], [0, 0, 1, 1]]
    with pytest.raises(ValueError, match="critical sets are computed up to 16"):
        unregularized_critical_set([3, 3, 3, 3], X, X)


def test_work_bound_stops_with_a_message():
    dims, X, Y = instance("2-1-1-2")
    with pytest.raises(ValueError, match="needs more work than allowed"):
        unregularized_critical_set(dims, X, Y, work_limit=50)


@pytest.mark.slow
def test_components_of_2_2_2():
    dims, X, Y = instance("2-2-2")
    out = unregularized_critical_set(dims, X, Y)
    by_value = {v["value"]: (v["dimension"], v["classification"]) for v in out["values"]}
    assert by_value == {"L = 5/2": (4, "global minimum"), "L = 5": (3, "strict saddle"),
                        "L = 15/2": (3, "strict saddle"), "L = 10": (0, "strict saddle")}
    assert verify(out["certificate"])[0]


def test_quartic_global_value_is_an_algebraic_number():
    dims, X, Y = instance("1-1-1-1")
    out = unregularized_critical_set(dims, X, Y, loss="quartic")
    assert not out["unresolved"]
    assert out["global_value"] == ("the only real root of L^3 - 85847283/470596 L^2 + 26168646915/1882384 L - "
                                   "2527971834825/7529536 (in [10891/260, 11268/269])")
    assert [v["classification"] for v in out["values"]][1] == "global minimum"
    assert verify(out["certificate"])[0]
