"""The critical_family checker's exact answers: every refusal with its exact text (dims, shapes, k*, conditions,
the family without k*, members outside k*+1..L, w's length), the rank of an empty family, and a member's sign
(delta = -1 against delta = 1 on a 1-1-1 network, worked out by hand)."""

import json

import pytest

from symbolic.checker.critical_family import verify_critical_family as V

# dims (1, 1, 2), W1 = 0, W2 = (1, 0)^T: k* = 1, u_1 = 1; the members W2 and W2 + e_2 u_1^T = (1, 1)^T give the
# conditions (1, 0) G and (1, 1) G = 0: rank 2 = d_L d_0
BASE = {"kind": "critical_family", "dims": [1, 1, 2], "weights": [[["0"]], [["1"], ["0"]]],
        "kstar": 1, "u": {"1": ["1"]}, "conditions": [1],
        "family": [{}, {"2": {"delta": "1", "w": ["0", "1"]}}]}
BASE_REASON = ("k* = 1; 2 members keep the product; their conditions of layers [1] have rank 2 = d_L d_0, "
               "so grad f = 0")
DIMS = "dims must be a list of at least three positive integers (L >= 2)"
SHAPES = "the weights do not have the shapes of dims"
CONDITIONS = "conditions must list layers in 1..L"


def _with(base=BASE, **changes):
    cert = json.loads(json.dumps(base))
    cert.update(changes)
    return cert


def test_the_base_certificate_and_its_reason():
    assert V(BASE) == (True, BASE_REASON)


def test_kind():
    assert V(_with(kind="other")) == (False, "not a critical_family certificate (kind 'other')")
    assert V({}) == (False, "not a critical_family certificate (kind None)")


@pytest.mark.parametrize("dims", [[1, 2], [1], [], (1, 1, 2), [1, True, 2], [True, 1, 2], [1, "1", 2],
                                  [1, 0, 2], [1, -1, 2], [1, 1, 2.0], "112", None])
def test_dims_rule(dims):
    assert V(_with(dims=dims)) == (False, DIMS)


def test_a_layer_thinner_than_the_input():
    cert = _with(dims=[2, 1, 2], weights=[[["1", "0"]], [["1"], ["0"]]])
    assert V(cert) == (False, "the argument needs d_k >= d_0 for every k (reduce by transposition first)")


@pytest.mark.parametrize("weights", [
    [[["0"]]],                                  # one matrix for L = 2
    [[["0"]], [["1"], ["0"]], [["1", "0"]]],    # three
    [[["0"]], [["1"], ["0"], ["0"]]],           # W2 with three rows of the right length
    [[["0"]], [["1"]]],                         # W2 with one row
    [[["0"]], [["1", "0"], ["0", "0"]]],        # W2's rows too long
    [[["0", "0"]], [["1"], ["0"]]],             # W1's row too long
])
def test_weight_shapes(weights):
    assert V(_with(weights=weights)) == (False, SHAPES)


def test_the_stated_kstar_is_recomputed():
    assert V(_with(kstar=2)) == (False, "k* is 1, not 2")
    assert V(_with(kstar=None)) == (False, "k* is 1, not None")
    # W1 = 1: W_(1,-) is injective, no k*
    assert V(_with(weights=[[["1"]], [["1"], ["0"]]])) == (False, "k* is None, not 1")


@pytest.mark.parametrize("conditions", [[], [0], [3], [-1], [True], ["1"], [1, 3], [1.0]])
def test_conditions_rule(conditions):
    assert V(_with(conditions=conditions)) == (False, CONDITIONS)


def test_without_kstar_the_family_is_the_point():
    point = {"kind": "critical_family", "dims": [1, 1, 1], "weights": [[["1"]], [["2"]]], "kstar": None,
             "u": {}, "conditions": [2]}
    reason = "k* = None; 1 members keep the product; their conditions of layers [2] have rank 1 = d_L d_0, so grad f = 0"
    for family in (None, [], [{}]):
        assert V(dict(point, family=family)) == (True, reason)
    assert V({k: v for k, v in point.items()}) == (True, reason)          # no "family" key at all
    for family in ([{}, {}], [{"2": {"delta": "1", "w": ["1"]}}], {}, [[]]):
        assert V(dict(point, family=family)) == (False, "without k* the family is the point itself")


def test_members_outside_the_perturbed_layers():
    for key in ("1", "0", "3", "-1"):
        cert = _with(family=[{}, {key: {"delta": "1", "w": ["0", "1"]}}])
        assert V(cert) == (False, "member 1 perturbs a layer outside k*+1..L"), key


def test_w_must_have_the_layer_width():
    for w in (["1"], ["0", "1", "0"]):
        cert = _with(family=[{"2": {"delta": "1", "w": w}}])
        assert V(cert) == (False, "member 0: w_2 must have length d_2")


def test_u_rules():
    assert V(_with(u={"1": ["0"]})) == (False, "u_1 must be a nonzero vector of length d_1")
    assert V(_with(u={"1": ["1", "0"]})) == (False, "u_1 must be a nonzero vector of length d_1")
    cert = _with(dims=[1, 2, 2], weights=[[["1"], ["0"]], [["1", "0"], ["0", "1"]]], kstar=None)
    assert V(cert)[0] is False


def test_the_rank_message_names_d_L_d_0():
    assert V(_with(family=[{}])) == (
        False, "the conditions have rank 1 < d_L d_0 = 2: they do not force grad f = 0")


def test_an_empty_family_has_rank_zero():
    # dims (1, 1, 1), W1 = 0: k* = 1; no member, no condition: rank 0 < 1 (not 1)
    cert = {"kind": "critical_family", "dims": [1, 1, 1], "weights": [[["0"]], [["1"]]], "kstar": 1,
            "u": {"1": ["1"]}, "conditions": [1], "family": []}
    assert V(cert) == (False, "the conditions have rank 0 < d_L d_0 = 1: they do not force grad f = 0")


def test_a_member_is_W_k_plus_delta_w_u_transposed():
    # dims (1, 1, 1), W1 = 0, W2 = 1, u_1 = 1, w = 1: the member's W2 is 1 + delta, and its condition
    # (1 + delta) G = 0 has rank 1 for delta = 1 (W2 = 2) and rank 0 for delta = -1 (W2 = 0)
    cert = {"kind": "critical_family", "dims": [1, 1, 1], "weights": [[["0"]], [["1"]]], "kstar": 1,
            "u": {"1": ["1"]}, "conditions": [1], "family": [{"2": {"delta": "1", "w": ["1"]}}]}
    assert V(cert) == (True, "k* = 1; 1 members keep the product; their conditions of layers [1] have rank 1 = "
                             "d_L d_0, so grad f = 0")
    cert["family"][0]["2"]["delta"] = "-1"
    assert V(cert) == (False, "the conditions have rank 0 < d_L d_0 = 1: they do not force grad f = 0")
