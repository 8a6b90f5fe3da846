import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy.polys.domains import QQ

from symbolic.core.exact import rational_matrix
from symbolic.openness.open_instances import rank_triples, structured_pair
from symbolic.openness.local_openness import (condition_witnesses, is_locally_open, openness_data, preimage_of_perturbation,
                               rank_raising_left, rank_raising_right, witness_full_row_rank)
from tests.symbolic.strategies import matrices


def _mats(rows, cols, values=(0, 1, -1)):
    for entries in itertools.product(values, repeat=rows * cols):
        yield rational_matrix([list(entries[i * cols:(i + 1) * cols]) for i in range(rows)])


def test_remark1_example_is_not_open_and_its_family_has_no_nearby_preimage():
    W1, W2 = rational_matrix([[1], [1]]), rational_matrix([[0, 0]])
    d = openness_data(W1, W2)
    assert (d["rank_W1"], d["rank_W2"], d["full_rank_case"]) == (1, 0, False)
    assert not is_locally_open(W1, W2)
    # Any preimage W1' = (a, b)^T, W2' = (c, d) of W1 W2 + [[delta, 0], [0, 0]] satisfies
    # ac = delta, bc = 0, ad = 0, bd = 0, and b lies in that ideal: b = (a (bc) - b (ac - delta)) / delta.
    # So b = 0 and ||W1' - W1|| >= |b - 1| = 1 for every delta != 0: no nearby preimage.
    from sympy.polys.rings import ring
    R, a, b, c, d, delta = ring("a, b, c, d, delta", QQ)
    assert a * (b * c) - b * (a * c - delta) == b * delta


def test_full_rank_case_characterization_against_witness_search():
    # Proposition 4 (2a): a witness exists exactly when m - rank(W1W2) <= k - rank(W2)
    for W1 in _mats(2, 2, (0, 1)):
        for W2 in _mats(2, 2, (0, 1)):
            d = openness_data(W1, W2)
            has = witness_full_row_rank(W1, W2) is not None
            assert has == (d["m"] - d["rank_W1W2"] <= d["k"] - d["rank_W2"])


def test_constructed_preimage_is_exact():
    W1, W2 = rational_matrix([[1, 0], [0, 0]]), rational_matrix([[1, 1], [0, 0]])
    R = rational_matrix([["1/100", "-1/50"], ["1/30", "1/70"]])
    V, W2p = preimage_of_perturbation(W1, W2, R, QQ(1, 10))
    assert V.matmul(W2p) == W1.matmul(W2) + R


def test_shapes_must_chain():
    with pytest.raises(ValueError, match="W1's columns must equal W2's rows"):
        openness_data(rational_matrix([[1, 2]]), rational_matrix([[1, 2]]))


# -- rank raising and the conditions of Theorem 5 / Proposition 4 (with witnesses) ---------------------------



@st.composite
def _pairs(draw):
    m, k, n = draw(st.integers(1, 4)), draw(st.integers(1, 3)), draw(st.integers(1, 4))
    W1 = draw(matrices(m, k))
    W2 = draw(matrices(k, n))
    if draw(st.booleans()):  # force rank drops: zero a column of W1 / a row of W2
        W1 = [r[:-1] + ["0"] for r in W1]
        W2 = W2[:-1] + [["0"] * n]
    return rational_matrix(W1), rational_matrix(W2)


@settings(max_examples=40, deadline=None)
@given(_pairs())
def test_rank_raising_attains_the_maximum_on_random_pairs(pair):
    W1, W2 = pair
    d = openness_data(W1, W2)
    L, R = rank_raising_left(W1, W2), rank_raising_right(W1, W2)
    assert L.matmul(W2).is_zero_matrix and W1.matmul(R).is_zero_matrix
    assert (W1 + L).rank() == min(d["m"], d["rank_W1W2"] + d["k"] - d["rank_W2"])
    assert (W2 + R).rank() == min(d["n"], d["rank_W1W2"] + d["k"] - d["rank_W1"])


def test_rank_raising_is_maximal_against_a_brute_force_search():
    # every W1~ = B N (N spanning the left kernel of W2), B with entries in {-1, 0, 1}: none beats the formula
    import itertools
    for W1 in _mats(2, 2, (0, 1)):
        for W2 in _mats(2, 2, (0, 1)):
            best = (W1 + rank_raising_left(W1, W2)).rank()
            if W2.rank() == 2:
                assert best == W1.rank()
                continue
            N = W2.transpose().nullspace().to_dense()
            for entries in itertools.product((-1, 0, 1), repeat=2 * N.shape[0]):
                B = rational_matrix([list(entries[i * N.shape[0]:(i + 1) * N.shape[0]]) for i in range(2)])
                assert (W1 + B.matmul(N)).rank() <= best


def test_conditions_on_structured_pairs_match_the_rank_formulas():
    for m, k, n in ((3, 2, 3), (2, 1, 3), (3, 2, 2), (1, 1, 2)):
        for t in rank_triples(m, k, n):
            c = condition_witnesses(*structured_pair(m, k, n, *t))
            assert c["i"][0] == c["iii"] and c["ii"][0] == c["iv"]
            assert (c["2a"][0] or c["2b"][0]) == c["3"]
            if c["i"][0]:
                assert c["i"][1].matmul(structured_pair(m, k, n, *t)[1]).is_zero_matrix


def test_remark1_conditions():
    c = condition_witnesses(rational_matrix([[1], [1]]), rational_matrix([[0, 0]]))
    assert (c["i"][0], c["ii"][0], c["iii"], c["iv"], c["rank_equal"]) == (True, False, True, False, False)
