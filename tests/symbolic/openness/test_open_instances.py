import pytest

from symbolic.openness.open_instances import rank_triples, structured_pair
from symbolic.openness.local_openness import openness_data


def test_every_triple_is_realized_with_the_intersection_dimensions():
    for m, k, n in ((2, 1, 2), (3, 2, 4), (4, 3, 2), (1, 2, 3)):
        for r1, r2, r12 in rank_triples(m, k, n):
            d = openness_data(*structured_pair(m, k, n, r1, r2, r12, seed=3))
            assert (d["rank_W1"], d["rank_W2"], d["rank_W1W2"]) == (r1, r2, r12)
            assert d["dim_N_W1_cap_C_W2"] == r2 - r12 and d["dim_N_W2T_cap_C_W1T"] == r1 - r12


def test_pairs_are_deterministic():
    assert structured_pair(3, 2, 3, 1, 1, 0, seed=0) == structured_pair(3, 2, 3, 1, 1, 0, seed=0)


def test_impossible_ranks_are_rejected():
    with pytest.raises(ValueError, match="impossible"):
        structured_pair(2, 1, 2, 1, 1, 0)


def test_rational_orthogonal_is_orthogonal_and_not_trivial():
    from symbolic.openness.open_instances import rational_orthogonal

    for n in (1, 2, 4):
        Q = rational_orthogonal(n, seed=5)
        assert Q.transpose().matmul(Q).to_Matrix().is_Identity
    assert not rational_orthogonal(3, seed=5).to_Matrix().is_Identity
