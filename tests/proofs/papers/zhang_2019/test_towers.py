"""Multi-tower points (Zhang 2019, Corollary 2): construction and classification."""

from proofs.papers.zhang_2019.towers import classified_towers, tower_points
from symbolic.checker.bundle import verify
from symbolic.forms.multitower import tower_output


def test_tower_points_and_zero_loss_split():
    X, Y, points = tower_points(((2, 1, 2), (2, 1, 2)))
    assert len(points) == 1 + 2 + 2 + 1
    label, towers = points[-1]
    assert "zero loss" in label and tower_output(towers) == Y


def test_classified_towers_certificates_verify():
    for label, poly, reduced, identity in classified_towers(((2, 1, 2), (2, 1, 2))):
        assert verify(identity)[0]
        if poly["result"]["verdict"] == "saddle":
            assert verify(dict(poly, expect={"verdict_in": ["saddle"]}))[0]
        else:
            assert reduced["result"]["verdict"] == "global_min"
