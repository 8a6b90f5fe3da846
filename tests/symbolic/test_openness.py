import itertools

import pytest
from sympy.polys.domains import QQ

from symbolic.exact import rational_matrix
from symbolic.openness import is_locally_open, openness_data, preimage_of_perturbation, witness_full_row_rank


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
