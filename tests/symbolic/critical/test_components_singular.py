"""The optional Singular backend: its prime decomposition agrees with the SymPy path (skipped without Singular)."""

import pytest

from symbolic.critical.components_singular import cross_check, singular_available, singular_components, singular_script
from symbolic.critical.unregularized import instance, unregularized_critical_set
from symbolic.critical.unregularized_loss import NetworkLossRing

needs_singular = pytest.mark.skipif(not singular_available(), reason="Singular is not installed")


def test_script_names_every_gradient_entry():
    net = NetworkLossRing([1, 1, 1], [[1]], [[2]])
    text = singular_script(net)
    assert "ring r = 0, (x(1..2)), dp;" in text and "minAssGTZ(I)" in text


def test_cross_check_reports_disagreements():
    values = [{"value": "L = 5", "dimension": 2}, {"value": "L = 10", "dimension": 3}]
    assert cross_check(values, [{"value": "5", "dimension": 2}, {"value": "10", "dimension": 3},
                                {"value": "10", "dimension": 1}]) == []
    assert cross_check(values, [{"value": "5", "dimension": 1}, {"value": "7", "dimension": 0}]) == [
        "value 10: dimension 3 here, None by Singular", "value 5: dimension 2 here, 1 by Singular",
        "Singular's component of value 7 has no value component here"]


@needs_singular
def test_singular_agrees_on_2_1_1_2():
    dims, X, Y = instance("2-1-1-2")
    comps = singular_components(NetworkLossRing(dims, X, Y))
    assert sorted((c["value"], c["dimension"]) for c in comps) == [("10", 1), ("10", 3), ("15/2", 2), ("5", 2)]
    assert cross_check(unregularized_critical_set(dims, X, Y)["values"], comps) == []
