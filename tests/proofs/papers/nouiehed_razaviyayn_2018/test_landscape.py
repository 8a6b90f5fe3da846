"""Nouiehed-Razaviyayn's linear-network points: Theorem 12's construction, the Appendix C example, critical points."""

import pytest

from proofs.checks.classify_cache import classify_problem
from proofs.papers.nouiehed_razaviyayn_2018.landscape import (THREE_LAYER_EXAMPLE, critical_points_any, is_degenerate, narrow_pair_dims,
                                 narrow_pair_indices, narrow_pair_point)
from symbolic import Network, SquaredLoss, full_product
from symbolic.checker.verdicts import verify as verify_verdict
from symbolic.landscape.critical import is_critical
from symbolic.core.exact import rational_matrix


def test_hypothesis_needs_two_interior_narrow_widths():
    assert narrow_pair_indices((3, 2, 1, 3)) == (2, 1)
    assert narrow_pair_indices((2, 2, 1, 2)) is None          # second smallest is d_0 itself
    assert narrow_pair_indices((3, 2, 2, 2)) is None
    assert all(len(d) >= 4 for d in narrow_pair_dims(4, 3))   # never for two layers
    assert len(narrow_pair_dims(4, 3)) == 48


@pytest.mark.parametrize("dims", [(2, 1, 1, 2), (3, 1, 2, 3), (2, 1, 2, 1, 2)])
def test_narrow_pair_point_is_critical_and_a_certified_saddle(dims):
    p = narrow_pair_point(dims)
    Ws = Network(dims).exact_weights(p["weights"])
    assert full_product(Ws).is_zero_matrix
    assert is_critical(Ws, SquaredLoss(p["X"], p["Y"]))
    result = classify_problem(p)
    assert result["verdict"] == "saddle"
    assert verify_verdict(p, result)[0]


def test_three_layer_example_meets_the_text_and_is_a_saddle():
    p = THREE_LAYER_EXAMPLE
    Ws = Network(p["dims"]).exact_weights(p["weights"])
    delta = full_product(Ws) - rational_matrix(p["Y"])
    assert Ws[2].transpose().matmul(delta).is_zero_matrix and delta.matmul(Ws[0].transpose()).is_zero_matrix
    result = classify_problem(p)
    assert result["verdict"] == "saddle" and result["strict"] is False
    assert result["certificate"]["descent"]["order"] == 4
    assert verify_verdict(p, result)[0]


def test_critical_points_any_covers_wide_outputs_and_rank_one_y():
    X, Y, points = critical_points_any((2, 1, 3), ("5",))
    assert Y.rank() == 1 and len(points) == 4
    labels = [label for label, _ in points]
    assert "U_S U_S^T Y, S = []" in labels


def test_is_degenerate():
    assert is_degenerate(narrow_pair_point((2, 1, 1, 2)))
    assert not is_degenerate({"dims": [2, 1, 2], "weights": [[["1", "0"]], [["1"], ["0"]]]})
