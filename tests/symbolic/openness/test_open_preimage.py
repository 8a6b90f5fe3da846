from hypothesis import given, settings
from hypothesis import strategies as st
from sympy.polys.domains import QQ

from symbolic.core.exact import rational_matrix
from symbolic.openness.open_instances import rank_triples, structured_pair
from symbolic.openness.open_preimage import (column_preimage, column_space_obstruction, frobenius_sq,
                                    linear_rate_obstruction, preimage_family)
from symbolic.openness.local_openness import condition_witnesses
from tests.symbolic.strategies import matrices

W1 = rational_matrix([[1, 0], [0, 0], [0, 0]])
W2 = rational_matrix([[1, 0, 0], [0, 0, 0]])


def test_square_root_rate_at_a_rank_deficient_open_pair():
    R0 = rational_matrix([[0, 0, 0], [0, 1, 0], [0, 0, 0]])
    fam = preimage_family(W1, W2, R0, ["1/2", "1/4", "1/8"])
    for f in fam:
        assert f["W1p"].matmul(f["W2p"]) == W1.matmul(W2) + R0 * f["s"]
        assert f["dist_sq"] == 2 * f["s"]  # the lower bound 2|s| |u| |v| is attained
    assert [str(f["ratio_sq"]) for f in fam] == ["8", "32", "128"]


def test_linear_rate_at_full_rank():
    A, B = rational_matrix([[1, 0], [0, 1], [1, 1]]), rational_matrix([[1, 0, 2], [0, 1, 1]])
    R0 = rational_matrix([[1, 0], [0, 2], [1, -1]]).matmul(rational_matrix([[1, 1, 0], [0, 1, 1]]))
    ratios = [f["ratio_sq"] for f in preimage_family(A, B, R0, ["1/4", "1/16", "1/64"])]
    assert max(ratios) < 2


def test_obstruction_matches_the_rank_conditions_on_the_sweep():
    for m, k, n in ((2, 1, 2), (3, 2, 3), (3, 1, 4)):
        for t in rank_triples(m, k, n):
            A, B = structured_pair(m, k, n, *t)
            c = condition_witnesses(A, B)
            ob = column_space_obstruction(A, B)
            assert (ob is None) == (c["i"][0] and c["ii"][0])
            if ob is not None:
                assert ob["bound"] > 0
                P = A.matmul(B)
                assert (P + ob["R0"] * QQ(1, 7)).rank() == k


def test_linear_rate_obstruction_vectors():
    u, v = linear_rate_obstruction(W1, W2)
    assert u.transpose().matmul(W1).is_zero_matrix and W2.matmul(v).is_zero_matrix
    assert linear_rate_obstruction(rational_matrix([[1, 0], [0, 1], [0, 0]]),
                                   rational_matrix([[1, 0, 0], [0, 1, 0]])) is None


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 2), matrices(3, 2), matrices(2, 4), st.sampled_from(["1/3", "1/5", "-1/4"]))
def test_column_preimage_is_exact_on_random_full_rank_pairs(seed, A, B, q):
    A, B = rational_matrix(A), rational_matrix(B)
    if A.rank() < 2 or B.rank() < 2:
        return
    q = QQ(*map(int, q.split("/")))
    Z = (A + rational_matrix([[1, 0], [0, 1], [seed, 1]]) * q).matmul(B)
    got = column_preimage(A, B, Z, 0)
    if got is not None:
        V1, V2, _ = got
        assert V1.matmul(V2) == Z
        assert frobenius_sq(V1 - A) + frobenius_sq(V2 - B) >= 0
