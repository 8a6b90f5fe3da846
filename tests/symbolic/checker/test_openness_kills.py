"""The openness checkers' exact answers: each refusal with its reason, the boundaries of the distance bounds, the rank
conditions of ``no_nearby_preimage`` one at a time, condition 3 on pairs computed by hand, and padding of coefficient
lists in ``univariate_minima``."""

import pytest

from symbolic.checker.openness import (verify_linear_rate_obstruction, verify_no_nearby_preimage,
                                       verify_open_preimage_family, verify_openness_instance, verify_orthogonal_change,
                                       verify_univariate_minima)

FLOAT = 'certificate entry 0.5 is not exact; rationals are written as strings like "3/4"'
PAIR = "W1's columns must equal W2's rows"


def _without(cert, key):
    return {k: v for k, v in cert.items() if k != key}


LIN = {"kind": "linear_rate_obstruction", "W1": [["0"], ["0"]], "W2": [["0", "0"]], "u": ["1", "0"], "v": ["0", "1"]}
LIN_OK = (True, "squared distance >= 2|s| |u| |v| for every preimage of W1 W2 + s u v^T")


@pytest.mark.parametrize("cert, answer", [
    (LIN, LIN_OK),
    (dict(LIN, u=["1", "1"], v=["1", "1"]), LIN_OK),
    (_without(LIN, "u"), (False, "'u'")),
    (_without(LIN, "v"), (False, "'v'")),
    (_without(LIN, "W1"), (False, "'W1'")),
    (dict(LIN, W2=[["0"], ["0"]]), (False, PAIR)),
    (dict(LIN, u=[0.5, "0"]), (False, FLOAT)),
    (dict(LIN, u=["1"]), (False, "u and v have the wrong lengths")),
    (dict(LIN, v=["1"]), (False, "u and v have the wrong lengths")),
    (dict(LIN, u=["0", "0"]), (False, "u and v must be nonzero")),
    (dict(LIN, v=["0", "0"]), (False, "u and v must be nonzero")),
    (dict(LIN, W1=[["1"], ["0"]]), (False, "u^T W1 or W2 v is nonzero")),
    (dict(LIN, W2=[["0", "1"]]), (False, "u^T W1 or W2 v is nonzero")),
    (dict(LIN, W1=[["1"], ["0"]], W2=[["1", "0"]], u=["0", "1"], v=["0", "1"]),
     (False, "rank W1 W2 = k: W1 W2 + s u v^T may leave the range")),
])
def test_linear_rate_obstruction_answers(cert, answer):
    assert verify_linear_rate_obstruction(cert) == answer


UM = {"kind": "univariate_minima", "f": ["1", "0", "-2", "0", "1"], "q": ["-1", "0", "1"], "c0": "0",
      "points": ["1", "-1"]}
UM_OK = (True, "f = q^2 + 0 and f(p) = 0 at 2 points")


@pytest.mark.parametrize("cert, answer", [
    (UM, UM_OK),
    (dict(UM, f=["1", "0", "-2", "0", "1", "0"]), UM_OK),         # f padded: a trailing zero
    (dict(UM, q=["-1", "0", "1", "0"]), UM_OK),                   # q^2 with trailing zeros: f is padded
    (dict(UM, f=["2", "0", "-2", "0", "1"], c0="1"), (True, "f = q^2 + 1 and f(p) = 1 at 2 points")),
    (_without(UM, "f"), (False, "'f'")),
    (dict(UM, c0=0.5), (False, FLOAT)),
    (dict(UM, c0="-1"), (False, "f is not q^2 + c0")),
    (dict(UM, points=["1", "0"]), (False, "f is not c0 at every point")),
    (dict(UM, points=[]), (False, "f is not c0 at every point")),
])
def test_univariate_minima_answers(cert, answer):
    assert verify_univariate_minima(cert) == answer


NN = {"kind": "no_nearby_preimage", "W1": [["1"], ["1"]], "W2": [["0", "0"]], "R0": [["1", "0"], ["-1", "0"]],
      "Y": [["1", "1"]], "side": "left", "bound": "2"}
# k = 2: A B = e1 e1^T (3 x 2), R0 = e2 e2^T; Y = e3^T annihilates both, Y A = (0, 1)
NN2 = {"kind": "no_nearby_preimage", "W1": [["1", "0"], ["0", "0"], ["0", "1"]], "W2": [["1", "0"], ["0", "0"]],
       "R0": [["0", "0"], ["0", "1"], ["0", "0"]], "Y": [["0", "0", "1"]], "side": "left", "bound": "1"}
NN_OK = "every preimage of W1 W2 + s R0 (s != 0) is at squared distance >= {}"
OVERLAP = "A B + s R0 does not have rank k for every s != 0 (ranks or spaces overlap)"
SHAPE = "R0 or Y has the wrong shape"


@pytest.mark.parametrize("cert, answer", [
    (NN, (True, NN_OK.format(2))),
    (dict(NN, R0=[["1", "1"], ["-1", "-1"]]), (True, NN_OK.format(2))),
    (dict(NN, Y=[["2", "2"]]), (True, NN_OK.format(2))),
    (NN2, (True, NN_OK.format(1))),
    (_without(NN, "R0"), (False, "'R0'")),
    (_without(NN, "bound"), (False, "'bound'")),
    (dict(NN, side="up"), (False, 'side is "left" or "right"')),
    (_without(NN, "side"), (False, 'side is "left" or "right"')),
    (dict(NN, side="right"), (False, "Y does not annihilate the family")),
    (dict(NN, W1=[["1"]], R0=[["1", "0"]], Y=[["1"]]),
     (False, "the side has 1 <= k = 1 rows: no rank-k family can pin its column space")),
    (dict(NN, R0=[["1", "0"]]), (False, SHAPE)),
    (dict(NN, R0=[["1"], ["-1"]]), (False, SHAPE)),
    (dict(NN, Y=[["1", "1", "1"]]), (False, SHAPE)),
    (dict(NN, Y=[]), (False, SHAPE)),
    (dict(NN, R0=[["0", "0"], ["0", "0"]]), (False, OVERLAP)),
    (dict(NN, R0=[["1", "0"], ["1", "0"]]), (False, "Y does not annihilate the family")),
    (dict(NN, Y=[["1", "0"]]), (False, "Y does not annihilate the family")),
    (dict(NN, R0=[["1", "1"], ["1", "1"]], Y=[["1", "-1"]]), (False, "||Y A||^2 / ||Y||^2 is 0, not the positive bound 2")),
    (dict(NN, bound="1"), (False, "||Y A||^2 / ||Y||^2 is 2, not the positive bound 1")),
    (dict(NN, bound="0"), (False, "||Y A||^2 / ||Y||^2 is 2, not the positive bound 0")),
    (dict(NN2, R0=[["0", "1"], ["0", "0"], ["0", "0"]]), (False, OVERLAP)),     # column spaces overlap
    (dict(NN2, R0=[["0", "0"], ["1", "0"], ["0", "0"]]), (False, OVERLAP)),     # row spaces overlap
    (dict(NN2, R0=[["0", "0"], ["0", "0"], ["0", "0"]]), (False, OVERLAP)),     # ranks 1 + 0 < k
    (dict(NN2, W1=[["1", "0"], ["0", "0"], ["0", "0"]], bound="0"),
     (False, "||Y A||^2 / ||Y||^2 is 0, not the positive bound 0")),
    (dict(NN2, Y=[["0", "0", "0"]], bound="0"), (False, "||Y A||^2 / ||Y||^2 is 0, not the positive bound 0")),
])
def test_no_nearby_preimage_answers(cert, answer):
    assert verify_no_nearby_preimage(cert) == answer


OC = {"kind": "orthogonal_change", "W1": [["1"], ["1"]], "W2": [["0", "1"]], "U": [["0", "1"], ["1", "0"]],
      "V": [["3/5", "4/5"], ["-4/5", "3/5"]], "W1t": [["1"], ["1"]], "W2t": [["-4/5", "3/5"]]}
NOT_ORTHOGONAL = "U (m x m) and V (n x n) must be orthogonal"
NOT_CHANGED = "the transformed pair is not (U^T W1, W2 V)"


@pytest.mark.parametrize("cert, answer", [
    (OC, (True, "U, V orthogonal; ranks (1, 1, 1) on both pairs")),
    (dict(OC, U=[["1", "0"], ["0", "-1"]], W1t=[["1"], ["-1"]]), (True, "U, V orthogonal; ranks (1, 1, 1) on both pairs")),
    (_without(OC, "U"), (False, "'U'")),
    (_without(OC, "W2t"), (False, "'W2t'")),
    (dict(OC, U=[["1"]]), (False, NOT_ORTHOGONAL)),
    (dict(OC, V=[["1"]]), (False, NOT_ORTHOGONAL)),
    (dict(OC, U=[["0", "1", "0"], ["1", "0", "0"]]), (False, NOT_ORTHOGONAL)),
    (dict(OC, U=[["0", "2"], ["1", "0"]]), (False, NOT_ORTHOGONAL)),
    (dict(OC, V=[["3/5", "4/5"], ["4/5", "3/5"]]), (False, NOT_ORTHOGONAL)),
    (dict(OC, W1t=[["1"], ["2"]]), (False, NOT_CHANGED)),
    (dict(OC, W2t=[["0", "1"]]), (False, NOT_CHANGED)),
])
def test_orthogonal_change_answers(cert, answer):
    assert verify_orthogonal_change(cert) == answer


OP = {"kind": "open_preimage_family", "W1": [["1"], ["0"]], "W2": [["1", "0"]],
      "members": [{"Z": [["1", "1/4"], ["0", "0"]], "W1p": [["1"], ["0"]], "W2p": [["1", "1/4"]]}],
      "ratio_sq_le": "1"}
M = OP["members"][0]
OP_OK = (True, "1 exact preimages within the bound")
DIST4 = _without(OP, "ratio_sq_le")


@pytest.mark.parametrize("cert, answer", [
    (OP, OP_OK),                                                   # d = |R|^2 = 1/16: the bound 1 with equality
    (dict(DIST4, dist4_le_R_sq_times="1/16"), OP_OK),              # d^2 = 1/256 = (1/16) |R|^2, equality
    (dict(OP, members=[M, M]), (True, "2 exact preimages within the bound")),
    (dict(OP, W1=[["1", "0"], ["0", "1"]], W2=[["1", "0"], ["0", "0"]],
          members=[{"Z": [["1", "0"], ["0", "1"]], "W1p": [["1", "0"], ["0", "1"]], "W2p": [["1", "0"], ["0", "1"]]}]),
     OP_OK),                                                       # Z of rank k = 2
    (_without(OP, "members"), (False, "'members'")),
    (dict(OP, W2=[["1", "0"], ["0", "1"]]), (False, PAIR)),
    (dict(OP, ratio_sq_le="x"), (False, "Invalid literal for Fraction: 'x'")),
    (dict(DIST4, dist4_le_R_sq_times="x"), (False, "Invalid literal for Fraction: 'x'")),
    (DIST4, (False, "a family needs members and a distance bound")),
    (dict(OP, members=[]), (False, "a family needs members and a distance bound")),
    (dict(DIST4, dist4_le_R_sq_times="1/17"), (False, "member 0: distance^4 1/256 exceeds 1/17 ||Z - W1 W2||^2")),
    (dict(OP, dist4_le_R_sq_times="1/17"), (False, "member 0: distance^4 1/256 exceeds 1/17 ||Z - W1 W2||^2")),
    (dict(OP, ratio_sq_le="1/2"), (False, "member 0: squared distance 1/16 exceeds 1/2 ||Z - W1 W2||^2")),
    (dict(OP, members=[_without(M, "Z")]), (False, "member 0: 'Z'")),
    (dict(OP, members=[dict(M, Z=[[0.5, "0"], ["0", "0"]])]), (False, "member 0: " + FLOAT)),
    (dict(OP, members=[dict(M, Z=[["1", "1/4"]])]), (False, "member 0: wrong shapes")),
    (dict(OP, members=[dict(M, Z=[["1"], ["0"]])]), (False, "member 0: wrong shapes")),
    (dict(OP, members=[dict(M, W1p=[["1"]])]), (False, "member 0: wrong shapes")),
    (dict(OP, members=[dict(M, W1p=[["1", "0"], ["0", "0"]])]), (False, "member 0: wrong shapes")),
    (dict(OP, members=[dict(M, W2p=[["1"]])]), (False, "member 0: wrong shapes")),
    (dict(OP, members=[dict(M, W2p=[["1", "0"], ["0", "0"]])]), (False, "member 0: wrong shapes")),
    (dict(OP, members=[dict(M, Z=[["1", "0"], ["0", "0"]], W2p=[["1", "0"]])]),
     (False, "member 0: Z = W1 W2 is no perturbation")),
    (dict(OP, members=[dict(M, W2p=[["1", "1/2"]])]), (False, "member 0: W1' W2' != Z")),
    (dict(OP, members=[M, dict(M, W2p=[["1", "1/2"]])]), (False, "member 1: W1' W2' != Z")),
    (dict(OP, members=[{"Z": [["1", "0"], ["0", "1"]], "W1p": [["1"], ["0"]], "W2p": [["1", "0"]]}]),
     (False, "member 0: Z has rank 2 > k, outside the range")),
])
def test_open_preimage_family_answers(cert, answer):
    assert verify_open_preimage_family(cert) == answer


def _inst(W1, W2, **kw):
    return {"kind": "openness_instance", "W1": W1, "W2": W2, **kw}


# (W1, W2) -> the truth of 3, iii, iv, rank_equal by hand: with m x k W1, k x n W2 and ranks r1, r2, r12,
# 3 = (r2 - r12 <= k - m) or (n - r12 <= k - r1), iii = (r2 = r12), iv = (r1 = r12)
@pytest.mark.parametrize("W1, W2, truth", [
    ([["1"]], [["1"]], {"3": True, "iii": True, "iv": True, "rank_equal": True}),             # 0 <= 0
    ([["1"], ["0"]], [["1"]], {"3": True, "iii": True, "iv": True, "rank_equal": True}),      # 0 <= 0 (second)
    ([["1"], ["0"]], [["0"]], {"3": False, "iii": True, "iv": False, "rank_equal": False}),   # 0 <= -1, 1 <= 0
    ([["0", "0"], ["0", "0"]], [["1", "0"], ["0", "1"]],
     {"3": True, "iii": False, "iv": True, "rank_equal": False}),                             # 2 <= 2 (second)
    ([["1", "0"], ["0", "0"]], [["0", "0"], ["0", "1"]],
     {"3": False, "iii": False, "iv": False, "rank_equal": True}),                            # 1 <= 0, 2 <= 1
    ([["1", "0"], ["0", "1"], ["0", "0"]], [["1", "0", "0"], ["0", "0", "0"]],
     {"3": False, "iii": True, "iv": False, "rank_equal": False}),                            # 0 <= -1, 2 <= 0
    ([["1"]], [["1", "0"]], {"3": True, "iii": True, "iv": True, "rank_equal": True}),       # 0 <= 0 (first only)
])
def test_conditions_from_the_ranks(W1, W2, truth):
    for key, value in truth.items():
        assert verify_openness_instance(_inst(W1, W2, expect={key: value}))[0], key
        assert verify_openness_instance(_inst(W1, W2, expect={key: not value})) == \
            (False, f"condition {key} is {value}, not {not value}"), key


INST = _inst([["1"], ["1"]], [["0", "0"]],
             expect={"rank_W1": 1, "rank_W2": 0, "rank_W1W2": 0, "i": True, "ii": False, "iii": True, "iv": False},
             witnesses={"i": [["0"], ["0"]]}, disagree=[["iii", "iv"]])
INST_OK = (True, "ranks (1, 0, 0) and 4 conditions verified")
# W1 = W2 = 0 (2 x 2): every condition holds, with the identity (or any invertible matrix) as witness
Z2, I2 = [["0", "0"], ["0", "0"]], [["1", "0"], ["0", "1"]]
ZERO = _inst(Z2, Z2, expect={"i": True, "2a": True, "ii": True, "2b": True},
             witnesses={"i": I2, "2a": [["1", "1"], ["0", "1"]], "ii": I2, "2b": I2})
ZERO_OK = (True, "ranks (0, 0, 0) and 4 conditions verified")


@pytest.mark.parametrize("cert, answer", [
    (INST, INST_OK),
    (dict(INST, implies=[["ii", "i"], ["i", "iii"]]), INST_OK),
    (dict(INST, require=["i", "iii"], require_false=["ii", "iv", "rank_equal_and_iii"]), INST_OK),
    (dict(INST, agree=[["i", "iii"]]), INST_OK),
    (ZERO, ZERO_OK),
    (dict(ZERO, require=["2", "i_and_ii"]), ZERO_OK),
    (dict(ZERO, require_false=["2"]), (False, "condition 2 is required to fail but holds (or is unknown)")),
    (dict(ZERO, require_false=["i_and_ii"]), (False, "condition i_and_ii is required to fail but holds (or is unknown)")),
    (dict(ZERO, witnesses=dict(ZERO["witnesses"], ii=Z2)), (False, "witness ii: rank(W + witness) is 0, not 2")),
    (dict(ZERO, witnesses=dict(ZERO["witnesses"], **{"2a": I2, "2b": [["0", "0"], ["0", "1"]]})),
     (False, "witness 2b: rank(W + witness) is 1, not 2")),
    (dict(ZERO, expect=dict(ZERO["expect"], **{"2b": False})),
     (False, "condition 2b is claimed false but the rank bound 2 reaches 2")),
    (dict(ZERO, expect=dict(ZERO["expect"], **{"2a": False})),
     (False, "condition 2a is claimed false but the rank bound 2 reaches 2")),
    (_inst(Z2, Z2, expect={"i": True}, witnesses={"i": I2}, require=["2"]), (False, "condition 2 is required but fails")),
    (_inst(Z2, Z2, expect={"i": True}, witnesses={"i": I2}, require=["i_and_ii"]),
     (False, "condition i_and_ii is required but fails")),
    (dict(INST, witnesses={"i": []}), (False, "witness i: the witness has the wrong shape")),
    (dict(INST, require_false=["i_and_ii"], expect=dict(INST["expect"], iii=True)), INST_OK),
    # W1 = W2 = e1 e1^T: the 2a witness annihilates W2 from the left only, the 2b witness W1 from the right only
    (_inst([["1", "0"], ["0", "0"]], [["1", "0"], ["0", "0"]], expect={"2a": True},
           witnesses={"2a": [["0", "1"], ["0", "1"]]}), (True, "ranks (1, 1, 1) and 1 conditions verified")),
    (_inst([["1", "0"], ["0", "0"]], [["1", "0"], ["0", "0"]], expect={"2b": True},
           witnesses={"2b": [["0", "0"], ["1", "1"]]}), (True, "ranks (1, 1, 1) and 1 conditions verified")),
    # 2a true, 2b false (its bound min(2, 1 + 1 - 1) = 1 < 2): condition 2 is their disjunction
    (_inst([["1"]], [["1", "0"]], expect={"2a": True, "2b": False}, witnesses={"2a": [["0"]]}, require=["2"]),
     (True, "ranks (1, 1, 1) and 2 conditions verified")),
    (dict(INST, W2=[["0", "0"], ["1", "1"]]), (False, PAIR)),
    (dict(INST, W1=[]), (False, PAIR)),
    (_without(INST, "W1"), (False, "'W1'")),
    (dict(INST, expect=dict(INST["expect"], rank_W1=2)), (False, "rank_W1 is 1, not 2")),
    (dict(INST, expect=dict(INST["expect"], rank_W2=1)), (False, "rank_W2 is 0, not 1")),
    (dict(INST, expect=dict(INST["expect"], rank_W1W2=1)), (False, "rank_W1W2 is 0, not 1")),
    (dict(INST, witnesses={}), (False, "condition i is claimed without a witness")),
    (dict(INST, witnesses=None), (False, "condition i is claimed without a witness")),
    (dict(INST, witnesses={"i": [["0", "0"]]}), (False, "witness i: the witness has the wrong shape")),
    (dict(INST, witnesses={"i": [["-1"], ["-1"]]}), (False, "witness i: rank(W + witness) is 0, not 1")),
    (dict(INST, witnesses={"i": "x"}), (False, "witness i: Invalid literal for Fraction: 'x'")),
    (dict(INST, witnesses={"i": [[0.5], ["0"]]}), (False, "witness i: " + FLOAT)),
    (_inst([["1"], ["1"]], [["1", "0"]], expect={"i": True}, witnesses={"i": [["1"], ["0"]]}),
     (False, "witness i: the witness does not annihilate the other factor")),
    (_inst([["1", "0"]], [["1"], ["1"]], expect={"ii": True}, witnesses={"ii": [["1"], ["0"]]}),
     (False, "witness ii: the witness does not annihilate the other factor")),
    (_inst([["1"], ["0"]], [["1", "0"]], expect={"ii": False}),
     (False, "condition ii is claimed false but the rank bound 1 reaches 1")),
    (_inst([["1"], ["0"]], [["1", "0"]], expect={"i": False}),
     (False, "condition i is claimed false but the rank bound 1 reaches 1")),
    (dict(INST, expect={"i": 1}), (False, "condition i must be true or false; got 1")),
    (dict(INST, expect={"i": None}), (False, "condition i must be true or false; got None")),
    (dict(INST, expect=dict(INST["expect"], iii=False)), (False, "condition iii is True, not False")),
    (dict(INST, require=["ii"]), (False, "condition ii is required but fails")),
    (dict(INST, require=["2a"]), (False, "condition 2a is required but fails")),
    (dict(INST, require_false=["i"]), (False, "condition i is required to fail but holds (or is unknown)")),
    (dict(INST, require_false=["2a"]), (False, "condition 2a is required to fail but holds (or is unknown)")),
    (dict(INST, implies=[["i", "ii"]]), (False, "condition i does not imply ii here")),
    (dict(INST, implies=[["i", "2a"]]), (False, "condition i does not imply 2a here")),
    (dict(INST, implies=[["2a", "i"]]), (False, "condition 2a does not imply i here")),
    (dict(INST, agree=[["i", "ii"]]), (False, "conditions ['i', 'ii'] do not agree")),
    (dict(INST, agree=[["i", "2b"]]), (False, "conditions ['i', '2b'] do not agree")),
    (dict(INST, disagree=[["i", "iii"]]), (False, "conditions ['i', 'iii'] agree")),
    (dict(INST, disagree=[["i", "2b"]]), (False, "conditions ['i', '2b'] agree")),
    (dict(INST, require_false=["rank_equal_and_iii"]), INST_OK),
    (dict(INST, require=["rank_equal_and_iii"]), (False, "condition rank_equal_and_iii is required but fails")),
    (_inst([["1"]], [["1"]], require=["rank_equal_and_iii"]), (True, "ranks (1, 1, 1) and 0 conditions verified")),
    (_inst([["1"]], [["1"]], expect=None), (True, "ranks (1, 1, 1) and 0 conditions verified")),
])
def test_openness_instance_answers(cert, answer):
    assert verify_openness_instance(cert) == answer
