"""Descent and ascent curves: Peano's example needs a curve, networks at degenerate points."""

import itertools
import random

import pytest
import sympy

from symbolic import Network, SquaredLoss
from symbolic.landscape.descent import (SearchDeadline, confirm_curve, default_max_order, find_curve, taylor_units,
                              weight_tuples)
from symbolic.calculus.objective import NetworkObjective, PolynomialObjective

x, y = sympy.symbols("x y")
PEANO = PolynomialObjective((y - x**2) * (y - 2 * x**2), [x, y])


def test_peano_no_line_descends():
    rng = random.Random(0)
    lines = [[[1, 0]], [[0, 1]], [[1, 1]], [[1, -1]]] + [[[rng.randint(-9, 9), rng.randint(-9, 9)]] for _ in range(200)]
    for line in lines:
        assert confirm_curve(PEANO, [0, 0], line, -1) is None


def test_peano_curve_of_order_4():
    curve, tried = find_curve(PEANO, [0, 0], -1)
    assert curve.order == 4 and curve.coefficient < 0 and len(curve.terms) == 2
    assert [t["strategy"] for t in tried if not t["found"]] == ["zero_tuple_closed_form", "gradient",
                                                                 "hessian_curvature", "kernel_lines", "all_layer_lines"]
    assert PEANO.taylor([0, 0], curve.terms, 4)[4] == curve.coefficient


def _scalar_net(L):
    return NetworkObjective(Network([1] * (L + 1)), SquaredLoss([[1]], [[1]]))


def test_three_layer_cubic_both_signs():
    F = _scalar_net(3)
    down, _ = find_curve(F, [0, 0, 0], -1)
    up, _ = find_curve(F, [0, 0, 0], 1)
    assert down.order == up.order == 3 and down.coefficient < 0 < up.coefficient


def test_deterministic():
    F = NetworkObjective(Network([2, 2, 2, 2, 2]), SquaredLoss([[1, 0], [0, 1]], [[1, 0], [0, 1]]))
    a, _ = find_curve(F, [0] * 16, 1)
    b, _ = find_curve(F, [0] * 16, 1)
    assert a.terms == b.terms and a.order == 4


def test_layer_scalings_on_a_curve_point():
    # W2 (W1) with W1 = 0, W2 = 0 but a deeper scaling: 1-2-1 network at zero, Y = 1: order 2 (strict saddle)
    F = NetworkObjective(Network([1, 2, 1]), SquaredLoss([[1]], [[1]]))
    down, _ = find_curve(F, [0] * 4, -1)
    assert down.order == 2


def test_no_descent_at_strict_minimum():
    F = PolynomialObjective(x**2 + y**4, [x, y])
    curve, tried = find_curve(F, [0, 0], -1, seconds=5)
    assert curve is None and len(tried) >= 4


def test_cubic_peano_needs_a_t3_correction():
    F = PolynomialObjective((y - x**3) * (y - 2 * x**3), [x, y])
    curve, _ = find_curve(F, [0, 0], -1)
    assert curve.order == 6 and curve.coefficient < 0 and curve.strategy == "kernel_jet_correction"
    assert len(curve.terms) == 3 and curve.terms[1] == [0, 0]


def test_newton_polygon_coordinate_scalings():
    # x^2 y (y - x^2): zero Hessian, no line descends, x = c t, y = d t^a does
    F = PolynomialObjective(x**2 * y * (y - x**2), [x, y])
    for v in ([[1, 0]], [[0, 1]], [[1, 1]], [[1, -1]], [[2, 1]]):
        assert confirm_curve(F, [0, 0], v, -1) is None
    curve, _ = find_curve(F, [0, 0], -1)
    assert curve is not None and curve.strategy == "newton_polygon"     # x = t, y = t^2/2 (weights (1, 2))


@pytest.mark.parametrize("L", range(1, 7))
def test_weight_tuples_are_the_sorted_list_they_replace(L):
    """The lazy generator yields exactly the list the layer scalings used to build and sort (so curves stay the same)."""
    old = sorted((a for a in itertools.product(range(0, 4), repeat=L) if any(a)), key=lambda a: (sum(a), a))
    assert list(weight_tuples(L)) == old
    assert list(itertools.islice(weight_tuples(L), 200)) == old[:200]


def test_weight_tuples_of_deep_networks_are_lazy():
    first = list(itertools.islice(weight_tuples(400), 200))   # 4^400 tuples exist; only 200 are made
    assert len(first) == 200 and first[0] == (0,) * 399 + (1,) and all(sum(a) <= 2 for a in first)


def test_a_stage_stops_at_its_work_budget_and_the_next_one_runs():
    curve, tried = find_curve(PEANO, [0, 0], -1, budget=5)
    assert tried[3] == {"strategy": "kernel_lines", "candidates": 5, "found": False, "stopped": "work budget"}
    assert curve.strategy == "kernel_jet_correction" and curve.order == 4
    assert find_curve(PEANO, [0, 0], -1, budget=1)[0] is None             # too little work for any stage
    again, tried_again = find_curve(PEANO, [0, 0], -1, budget=5)
    assert tried_again == tried and again.terms == curve.terms              # counted work: the same on every run
    with pytest.raises(ValueError, match="budget"):
        find_curve(PEANO, [0, 0], -1, budget=0)


def test_the_deadline_raises_naming_the_stage():
    with pytest.raises(SearchDeadline, match="deadline reached in stage descent search") as info:
        find_curve(_scalar_net(3), [0, 0, 0], -1, seconds=1e-9)
    assert info.value.tried and info.value.tried[-1]["stopped"] == "deadline"


@pytest.mark.parametrize("L", [12, 20])
def test_zero_tuple_of_depth_L_descends_at_order_L(L):
    F = _scalar_net(L)
    assert default_max_order(F) == max(8, L) and taylor_units(F, L) >= 1
    down, _ = find_curve(F, [0] * L, -1)
    up, _ = find_curve(F, [0] * L, 1)
    assert down.order == up.order == L and down.coefficient < 0 < up.coefficient
