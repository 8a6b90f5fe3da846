"""The split facts against hand computations: a three-layer product split at both layers, the quartic loss where it
differs from the squared one, every refusal with its exact reason (written from the mutation run's survivors,
issue #18)."""

import pytest

from symbolic.checker.split import split_facts, verify_split

# W1 = [[1, 2], [3, 4]], W2 = [[1, -1]], W3 = [[2], [0]]: W3 W2 W1 = [[-4, -4], [0, 0]]; Y gives E = G = [[0, 0], [0, -1]]
DEEP = {"dims": [2, 2, 1, 2], "Y": [["-4", "-4"], ["0", "1"]],
        "weights": [[["1", "2"], ["3", "4"]], [["1", "-1"]], [["2"], ["0"]]]}


def test_three_layers_split_at_one_and_two():
    # j = 1: B = W1 (rank 2), A = W3 W2 = [[2, -2], [0, 0]] (rank 1); G B^T = [[0, 0], [-2, -4]], A^T G = 0
    assert split_facts(DEEP, 1) == {"grad_f_zero": False, "grad_A_zero": False, "grad_B_zero": True,
                                    "rank_A": 1, "rank_B": 2, "zero_or_full_rank": False}
    # j = 2: B = W2 W1 = [[-2, -2]] (rank 1), A = W3 (rank 1) = d_2: G B^T = [[0], [2]], A^T G = 0
    assert split_facts(DEEP, 2) == {"grad_f_zero": False, "grad_A_zero": False, "grad_B_zero": True,
                                    "rank_A": 1, "rank_B": 1, "zero_or_full_rank": True}
    assert split_facts(dict(DEEP, X=None), 2) == split_facts(DEEP, 2)
    assert split_facts(dict(DEEP, X=[["1", "0"], ["0", "1"]]), 1) == split_facts(DEEP, 1)
    assert split_facts(dict(DEEP, loss="squared"), 1) == split_facts(DEEP, 1)


def test_a_data_matrix_enters_the_gradient():
    # W3 W2 W1 X with X = [[1, 0], [1, 1]]: [[-8, -4], [0, 0]]; Y chosen so E = [[0, 0], [0, -1]], G = E X^T
    p = dict(DEEP, X=[["1", "0"], ["1", "1"]], Y=[["-8", "-4"], ["0", "1"]])
    # G = [[0, 0], [0, -1]] [[1, 1], [0, 1]] = [[0, 0], [0, -1]]
    assert split_facts(p, 2) == split_facts(DEEP, 2)
    q = dict(DEEP, X=[["1", "0"], ["1", "1"]], Y=[["-4", "-4"], ["0", "1"]])   # E = [[-4, 0], [0, -1]]
    assert split_facts(q, 1)["grad_B_zero"] is False                           # A^T G = [[-8, -8], [8, 8]]


def test_quartic_differs_from_squared():
    # dims [1, 1, 1], W = 1, 1, X = [[1, 2]], Y = [[-1, 3]]: E = (2, -1); E X^T = 0, but E^3 X^T = 8 - 2 = 6
    p = {"dims": [1, 1, 1], "X": [["1", "2"]], "Y": [["-1", "3"]], "weights": [[["1"]], [["1"]]]}
    assert split_facts(p, 1) == {"grad_f_zero": True, "grad_A_zero": True, "grad_B_zero": True, "rank_A": 1,
                                 "rank_B": 1, "zero_or_full_rank": True}
    assert split_facts(dict(p, loss="quartic"), 1) == {"grad_f_zero": False, "grad_A_zero": False,
                                                       "grad_B_zero": False, "rank_A": 1, "rank_B": 1,
                                                       "zero_or_full_rank": True}
    # zero G with rank-deficient factors: zero_or_full_rank through G = 0
    z = {"dims": [1, 1, 1], "Y": [["0"]], "weights": [[["0"]], [["0"]]]}
    assert split_facts(z, 1) == {"grad_f_zero": True, "grad_A_zero": True, "grad_B_zero": True, "rank_A": 0,
                                 "rank_B": 0, "zero_or_full_rank": True}


@pytest.mark.parametrize("j", [0, 3, -1, True, "1", 1.0])
def test_split_index_refusals(j):
    with pytest.raises(ValueError) as info:
        split_facts(DEEP, j)
    assert str(info.value) == "the split j must be an integer with 1 <= j < k = 3"


def test_other_refusals():
    with pytest.raises(ValueError) as info:
        split_facts(dict(DEEP, weights=DEEP["weights"][:2]), 1)
    assert str(info.value) == "one weight matrix per layer"
    with pytest.raises(ValueError) as info:
        split_facts(dict(DEEP, loss="cubic"), 1)
    assert str(info.value) == "split facts know the squared and quartic losses, not 'cubic'"


def test_verify_split_answers():
    assert verify_split(DEEP, {"j": 1, "rank_A": 1, "grad_B_zero": True}) == (
        True, "split at j = 1: 2 facts recomputed")
    assert verify_split(DEEP, {"j": 2}) == (True, "split at j = 2: 0 facts recomputed")
    assert verify_split(DEEP, {"j": 1, "rank_A": 2}) == (False, "at the split j = 1, rank_A is 1, not 2")
    assert verify_split(DEEP, {"j": 1, "zero_or_full_rank": True}) == (
        False, "at the split j = 1, zero_or_full_rank is False, not True")
    assert verify_split(DEEP, {"j": 2, "grad_A_zero": False, "grad_B_zero": False}) == (
        False, "at the split j = 2, grad_B_zero is True, not False")
    assert verify_split(DEEP, {"rank_A": 1}) == (False, "a split expectation states the split j")
    assert verify_split(DEEP, [1]) == (False, "a split expectation states the split j")
    assert verify_split(DEEP, {"j": 3}) == (False, "split facts: the split j must be an integer with 1 <= j < k = 3")
    assert verify_split({"dims": [1, 1, 1], "weights": [[["1"]], [["1"]]]}, {"j": 1}) == (False, "split facts: 'Y'")
    ok, why = verify_split(dict(DEEP, Y=[["1"]]), {"j": 1})
    assert not ok and why.startswith("split facts: ")
    ok, why = verify_split(dict(DEEP, weights=[[["1", "2"]], [["1"]], [["2"]]]), {"j": 1})
    assert not ok and why.startswith("split facts: ")
    ok, why = verify_split(dict(DEEP, weights=[None, [["1"]], [["2"]]]), {"j": 1})
    assert not ok and why.startswith("split facts: ")
    assert verify_split(DEEP, {"j": 1, "colour": "red", "b": 1, "rank_A": 1}) == (
        False, "unknown split facts ['b', 'colour']")


def test_the_default_data_matrix_is_the_identity_of_the_input_size():
    # dims [2, 1, 1], W1 = [[2, 5]], W2 = [[1]], Y = [[-3, 7]]: with X = I, E = G = [[5, -2]] and G B^T = 10 - 10 = 0
    p = {"dims": [2, 1, 1], "Y": [["-3", "7"]], "weights": [[["2", "5"]], [["1"]]]}
    want = {"grad_f_zero": False, "grad_A_zero": True, "grad_B_zero": False, "rank_A": 1, "rank_B": 1,
            "zero_or_full_rank": True}
    assert split_facts(p, 1) == want
    assert split_facts(dict(p, X=[["1", "0"], ["0", "1"]]), 1) == want
    # another X (the swap) changes the fact: G = [[-5, 8]], G B^T = 30
    assert split_facts(dict(p, X=[["0", "1"], ["1", "0"]]), 1)["grad_A_zero"] is False
