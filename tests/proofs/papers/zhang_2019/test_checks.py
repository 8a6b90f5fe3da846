"""Zhang (2019) claim module: quick checks, their certificates, the helpers and the scope."""

import pytest

import proofs.papers.zhang_2019.checks as zh
import proofs.papers.zhang_2019.claims as zh_claims
from proofs.papers.zhang_2019.landscape import Setting, critical_points, nr_theorem12_point
from symbolic.checker.bundle import verify

NEW = [c for c in zh_claims.CLAIMS if c.id not in ("product_eq_of_kernel_rank_one_perturbation",
                                             "row_not_in_kernel_of_perturbed_bottom_product")]


def test_nr_theorem12_point_shape():
    X, Y, Ws = nr_theorem12_point((2, 1, 2, 1, 2))
    assert [W.is_zero_matrix for W in Ws] == [False, True, True, False]
    assert Y.to_Matrix().tolist() == [[0, 0], [0, 1]]
    with pytest.raises(ValueError, match="d_p2"):
        nr_theorem12_point((3, 1, 2, 2))


def test_nr_theorem12_point_is_a_certified_saddle():
    parts = zh.nr_theorem12_parts(True)
    for part in parts.values():
        assert part["result"]["verdict"] == "saddle" and verify(part)[0]


def test_rank_deficient_x_points_are_critical():
    X, Y, points = critical_points(Setting((2, 1, 2, 2), x_rank=1))
    assert X.rank() == 1 and X.shape == (2, 1)
    assert len(points) == 1 + 2 + 1 + 3  # S = [], [0], [1] (reduced dims (1, 1, 2, 2)), zero tuple, 3 two-zero-layer


def test_corollary1_scope_names_what_it_covers():
    scope = zh_claims.CLAIMS[[c.id for c in zh_claims.CLAIMS].index("no_spurious_local_min_of_squared_loss_any_data")].run(True).scope
    assert "rank-deficient X" in scope and "Theorem 12 (a)" in scope
