"""``critical_set_covering``, exactly: the loss rebuilt from ``problem`` against a direct evaluation, the helpers
against hand computations, whole reasons of verified coverings (a non-strict point, a descent curve, a quartic loss),
and every refusal with its text, on small certificates (hand-made, or written by the library's search; either way
checked here, not trusted)."""

import copy
from fractions import Fraction as F

import pytest

from symbolic.checker.components_covering import (
    MAX_TERMS, _Checker, _evaluate, _power, _Reject, _rank, network_loss, parse_poly, premise,
    verify_critical_set_covering)
from symbolic.checker.mpoly import MPoly
from symbolic.critical.unregularized import unregularized_critical_set

from tests.symbolic.checker.test_components_covering import _find

#: (1, 1, 1, 1), X = Y = 1: three strict-saddle leaves, a non-strict point at 0, the global value 0
DEEP = unregularized_critical_set([1, 1, 1, 1], [[1]], [[1]])["certificate"]
#: (2, 1, 1, 1), X = I, Y = (1, 2): a descent-curve leaf and an empty leaf
DESCENT = unregularized_critical_set([2, 1, 1, 1], [[1, 0], [0, 1]], [[1, 2]])["certificate"]
#: (1, 1), X = 1, Y = 2, quartic: L = (w - 2)^4 / 4, grad L = (w - 2)^3, L = (w/4 - 1/2) grad L
QUARTIC = {"kind": "critical_set_covering", "problem": {"dims": [1, 1], "X": [["1"]], "Y": [["2"]], "loss": "quartic"},
           "tree": {"kind": "value", "value": "0", "power": 1, "cofactors": [[["1/4", [0, 1]], ["-1/2", []]]]},
           "global": {"value": "0", "witness": ["2"]}}


def _forged(cert, change):
    bad = copy.deepcopy(cert)
    change(bad)
    return verify_critical_set_covering(bad)


# -- the loss, rebuilt -----------------------------------------------------------------------------------------------

def _direct(dims, X, Y, loss, point):
    """The loss and grad f(A) = f'(AX - Y) X^T at ``point`` by plain matrix products (weights layer by layer, row by
    row)."""
    Ws, p = [], 0
    for k in range(1, len(dims)):
        Ws.append([[point[p + i * dims[k - 1] + j] for j in range(dims[k - 1])] for i in range(dims[k])])
        p += dims[k] * dims[k - 1]
    mul = lambda A, B: [[sum((A[i][l] * B[l][j] for l in range(len(B))), F(0)) for j in range(len(B[0]))]  # noqa: E731
                        for i in range(len(A))]
    A = Ws[0]
    for W in Ws[1:]:
        A = mul(W, A)
    E = [[a - F(y) for a, y in zip(ra, ry)] for ra, ry in zip(mul(A, [[F(v) for v in r] for r in X]), Y)]
    if loss == "squared":
        value, D = sum(e * e for r in E for e in r) / 2, E
    else:
        value, D = sum(e**4 for r in E for e in r) / 4, [[e**3 for e in r] for r in E]
    return value, mul(D, [[F(v) for v in col] for col in zip(*X)])


@pytest.mark.parametrize("loss", ["squared", "quartic"])
@pytest.mark.parametrize("dims, X, Y", [
    ([2, 1], [["1", "2", "0"], ["-1", "1/2", "3"]], [["2", "-1", "1"]]),
    ([1, 2, 3], [["2", "-1"]], [["1", "0"], ["-2", "1"], ["3", "1/3"]]),
    ([2, 1, 2, 1], [["1", "0"], ["1", "3"]], [["2", "-1"]]),
])
def test_the_loss_and_grad_f_equal_a_direct_evaluation(dims, X, Y, loss):
    n, L, Xf, grad_f = network_loss({"dims": dims, "X": X, "Y": Y, "loss": loss})
    assert n == sum(dims[k] * dims[k - 1] for k in range(1, len(dims)))
    assert Xf == [[F(v) for v in r] for r in X]
    for point in ([F(k % 5 - 2, 1 + k % 3) for k in range(n)], [F(1)] * n, [F(0)] * n):
        value, G = _direct(dims, X, Y, loss, point)
        assert _evaluate(L, point) == value
        assert [[_evaluate(g, point) for g in row] for row in grad_f] == G


def test_the_default_loss_is_squared():
    problem = {"dims": [1, 1], "X": [["1"]], "Y": [["2"]]}
    assert network_loss(problem)[1] == network_loss(dict(problem, loss="squared"))[1]


@pytest.mark.parametrize("dims, reason", [
    ([1], "dims must be a list of at least two positive integers; got [1]"),
    ([1, 0], "dims must be a list of at least two positive integers; got [1, 0]"),
    ((1, 1), "dims must be a list of at least two positive integers; got (1, 1)"),
    ([1, "1"], "dims must be a list of at least two positive integers; got [1, '1']"),
    ([5, 5], "25 weights exceed the checker's bound of 24"),
])
def test_bad_dims_are_refused(dims, reason):
    with pytest.raises(_Reject) as exc:
        network_loss({"dims": dims, "X": [["1"]], "Y": [["1"]]})
    assert str(exc.value) == reason


def test_at_the_parameter_bound():
    assert network_loss({"dims": [4, 6], "X": [["1"]] * 4, "Y": [["1"]] * 6})[0] == 24


@pytest.mark.parametrize("X, Y", [([["1"], ["1"]], [["1"]]), ([["1"]], [["1"], ["1"]]), ([["1"]], [["1", "2"]])])
def test_data_shapes_are_checked(X, Y):
    with pytest.raises(_Reject, match="^X must be d_0 x n and Y d_L x n$"):
        network_loss({"dims": [1, 1], "X": X, "Y": Y})


def test_an_unknown_loss_is_refused():
    with pytest.raises(_Reject, match="^loss must be squared or quartic; got 'cubic'$"):
        network_loss({"dims": [1, 1], "X": [["1"]], "Y": [["1"]], "loss": "cubic"})


# -- helpers ---------------------------------------------------------------------------------------------------------

def test_parse_poly_and_its_refusals():
    assert parse_poly([["2", [1, 3]], ["-1", []]], 2).terms == {(0, 3): 2, (0, 0): -1}
    assert parse_poly([], 2).terms == {}
    for data, reason in [
        ("x", f"a polynomial is a list of [coefficient, [var, exp, ...]] terms (at most {MAX_TERMS})"),
        ([["1", (0, 1)]], "malformed monomial (0, 1)"),
        ([["1", [0]]], "malformed monomial [0]"),
        ([["1", [2, 1]]], "malformed monomial [2, 1] in 2 variables"),
        ([["1", [-1, 1]]], "malformed monomial [-1, 1] in 2 variables"),
        ([["1", [0, 0]]], "malformed monomial [0, 0] in 2 variables"),
        ([["1", [0, 1, 0, 2]]], "malformed monomial [0, 1, 0, 2] in 2 variables"),
        ([["1", [0, "1"]]], "malformed monomial [0, '1'] in 2 variables"),
        ([["1", ["0", 1]]], "malformed monomial ['0', 1] in 2 variables"),
        ([["1", [0, 1]], ["2", [0, 1]]], "the monomial [0, 1] occurs twice"),
    ]:
        with pytest.raises(_Reject) as exc:
            parse_poly(data, 2)
        assert str(exc.value) == reason
    with pytest.raises(_Reject, match="at most 400000"):
        parse_poly([["1", []]] * (MAX_TERMS + 1), 1)
    with pytest.raises(_Reject, match="occurs twice"):      # MAX_TERMS terms are read, not refused for their number
        parse_poly([["1", []]] * MAX_TERMS, 1)


def test_power():
    p = MPoly.var(1, 0) + 1
    assert _power(p, 1) == p and _power(p, 3) == p * p * p
    assert _power(p, 8) == p * p * p * p * p * p * p * p
    for m in (0, 9, True, "2", 1.0):
        with pytest.raises(_Reject) as exc:
            _power(p, m)
        assert str(exc.value) == f"a power is an integer from 1 to 8; got {m!r}"


def test_rank_and_evaluate():
    assert _rank([]) == 0
    assert _rank([[0, 1], [1, 0]]) == 2                      # a row swap
    assert _rank([[0, 0, 1], [0, 0, 2]]) == 1                # zero columns first
    assert _rank([[1, 2], [2, 4], [1, 3]]) == 2
    assert _rank([[2, 1, 1], [4, 2, 3], [6, 3, 4]]) == 2     # the third row is the sum of the first two
    assert _rank([[1, 1], [1, 2], [1, 3]]) == 2              # every row below the pivot is eliminated
    assert _rank([[0, 2], [1, 1], [1, 2]]) == 2
    p = parse_poly([["2", [0, 2, 1, 1]], ["-1", [1, 3]], ["5", []]], 2)
    assert _evaluate(p, [F(3), F(-1, 2)]) == 2 * 9 * F(-1, 2) + F(1, 8) + 5


def test_middle_rank_of_a_point():
    ch = _Checker({"problem": {"dims": [1, 2, 2, 1], "X": [["1"]], "Y": [["1"]]}})
    w1, w3 = [F(1), F(1)], [F(1), F(1)]
    assert ch._middle_rank(w1 + [F(1), F(2), F(2), F(4)] + w3) == 1
    assert ch._middle_rank(w1 + [F(1), F(2), F(0), F(4)] + w3) == 2
    assert ch._middle_rank(w1 + [F(0)] * 4 + w3) == 0
    ch = _Checker({"problem": {"dims": [1, 2, 1, 2, 1], "X": [["1"]], "Y": [["1"]]}})
    # W_3 W_2 = (1, 2)^T (3, -1): rank 1; (0, 0)^T (3, -1): rank 0
    assert ch._middle_rank([F(1), F(1)] + [F(3), F(-1)] + [F(1), F(2)] + [F(1), F(1)]) == 1
    assert ch._middle_rank([F(1), F(1)] + [F(3), F(-1)] + [F(0), F(0)] + [F(1), F(1)]) == 0
    assert _Checker({"problem": {"dims": [1, 1, 1], "X": [["1"]], "Y": [["1"]]}})._middle_rank([F(1)] * 2) == -1


# -- whole coverings -------------------------------------------------------------------------------------------------

def test_whole_reasons():
    assert verify_critical_set_covering(DEEP) == (True, (
        "every critical point covered (3 strict-saddle leaves, 1 non-strict saddle point (odd-order Taylor term, "
        "Hessian PSD), 1 value leaf): the global minimum value is 0; no other critical value holds a local minimum"))
    assert verify_critical_set_covering(DESCENT) == (True, (
        "every critical point covered (3 strict-saddle leaves, 1 saddle leaf by an odd-order descent curve, 1 value "
        "leaf, 1 empty leaf): the global minimum value is 0; no other critical value holds a local minimum"))
    assert verify_critical_set_covering(QUARTIC) == (True, (
        "every critical point covered (1 value leaf): the global minimum value is 0; no other critical value"))
    half = copy.deepcopy(QUARTIC)
    half["problem"] = {"dims": [1, 1], "X": [["2"]], "Y": [["1"]]}   # L = (2w - 1)^2 / 2, grad = 2 (2w - 1)
    half["tree"] = {"kind": "value", "value": "0", "power": 1, "cofactors": [[["1/2", [0, 1]], ["-1/4", []]]]}
    half["global"] = {"value": "0", "witness": ["1/2"]}
    assert verify_critical_set_covering(half)[0]
    half["tree"]["value"], half["global"]["value"] = "1/2", "1/2"
    assert not verify_critical_set_covering(half)[0]


def test_the_non_strict_point_of_deep():
    """L = (abc - 1)^2 / 2 at 0: along t (1, -1, 2) it is 1/2 + 2 t^3 + O(t^6), an odd first term of order 3."""
    node = _find(DEEP["tree"], "nonstrict_point")
    assert node["point"] == ["0", "0", "0"] and node["order"] == 3 and node["coefficient"] == "2"


def test_expectations():
    good = copy.deepcopy(DEEP)
    good["expect"] = {"strict_saddles_of_middle_rank": 1}
    assert verify_critical_set_covering(good) == (True, verify_critical_set_covering(DEEP)[1] + (
        "; every saddle with rank(W_H ... W_2) = 1 is strict (the non-strict points have middle ranks [0])"))
    good["expect"] = {"strict_saddles_of_middle_rank": 2}
    assert verify_critical_set_covering(good) == (False, "p must be the narrowest hidden width of [1, 1, 1, 1] "
                                                         "(and H >= 2)")
    bad = copy.deepcopy(DESCENT)
    bad["expect"] = {"strict_saddles_of_middle_rank": 1}
    assert verify_critical_set_covering(bad) == (False, "a descent-curve leaf does not say whether its saddles are "
                                                        "strict")
    bad = copy.deepcopy(QUARTIC)
    bad["expect"] = {"strict_saddles_of_middle_rank": 1}
    assert verify_critical_set_covering(bad) == (False, "p must be the narrowest hidden width of [1, 1] (and H >= 2)")
    grad = copy.deepcopy(DESCENT)
    grad["expect"] = {"grad_f_zero_at_local_minima": True}
    assert verify_critical_set_covering(grad) == (True, verify_critical_set_covering(DESCENT)[1] + (
        "; grad f(A) = 0 on every value leaf, so at every local minimum"))
    grad["expect"] = {"grad_f_zero_at_local_minima": False}
    assert verify_critical_set_covering(grad) == verify_critical_set_covering(DESCENT)
    plain = copy.deepcopy(QUARTIC)
    plain["expect"] = {"grad_f_zero_at_local_minima": True}
    assert verify_critical_set_covering(plain) == (False, "a value leaf does not show grad f(A) = 0 on it")


def test_hypotheses():
    cert = copy.deepcopy(DESCENT)
    cert["hypotheses"] = ["squared_loss", "deep"]
    assert verify_critical_set_covering(cert) == (True, verify_critical_set_covering(DESCENT)[1]
                                                  + "; squared loss; three or more layers")
    cert["hypotheses"] = ["two_layers"]
    assert verify_critical_set_covering(cert) == (False, "dims [2, 1, 1, 1] are not a two-layer network")
    cert["hypotheses"] = ["wide_layers", "kawaguchi_theorem_2_3"]
    assert verify_critical_set_covering(cert) == (True, verify_critical_set_covering(DESCENT)[1] + (
        "; every hidden width is at least min(d_0, d_L); Kawaguchi's assumptions hold (X X^T and X Y^T of full rank, "
        "dy <= dx, Sigma with distinct eigenvalues)"))


@pytest.mark.parametrize("dims, ok", [([2, 3, 2], True), ([2, 1, 2], False), ([2, 2, 3], True), ([3, 1, 2, 2], False),
                                      ([1, 3, 2, 3], True), ([2, 3], True), ([3, 2, 2, 2], True)])
def test_wide_layers(dims, ok):
    problem = {"dims": dims, "X": [["1"]], "Y": [["1"]]}
    if ok:
        assert premise("wide_layers", problem) == "every hidden width is at least min(d_0, d_L)"
    else:
        with pytest.raises(ValueError) as exc:
            premise("wide_layers", problem)
        assert str(exc.value) == f"a hidden width of {dims} is below min(d_0, d_L)"


def test_kawaguchi_premise():
    problem = {"dims": [2, 2, 2], "X": [["1", "0", "1"], ["0", "1", "1"]], "Y": [["1", "2", "0"], ["0", "1", "3"]]}
    assert premise("kawaguchi_theorem_2_3", problem) == (
        "Kawaguchi's assumptions hold (X X^T and X Y^T of full rank, dy <= dx, Sigma with distinct eigenvalues)")
    with pytest.raises(ValueError) as exc:
        premise("kawaguchi_theorem_2_3", {"dims": [1, 1, 2], "X": [["1", "0"]], "Y": [["1", "0"], ["0", "1"]]})
    assert str(exc.value) == "Theorem 2.3's assumptions fail: dy = 2 > dx = 1"


def test_other_premises():
    sq = {"dims": [1, 1, 1], "X": [["1"]], "Y": [["1"]]}
    assert premise("squared_loss", sq) == "squared loss"
    assert premise("squared_loss", dict(sq, loss="squared")) == "squared loss"
    assert premise("two_layers", sq) == "two layers"
    assert premise("convex_loss", sq) == "the squared loss, convex and differentiable in A = W_L ... W_1"
    assert premise("convex_loss", dict(sq, loss="quartic")) == ("the quartic loss, convex and differentiable in "
                                                               "A = W_L ... W_1")
    for name, problem, reason in [
        ("squared_loss", dict(sq, loss="quartic"), "the loss is not the squared loss"),
        ("convex_loss", dict(sq, loss="cubic"), "the loss 'cubic' is not one this checker knows to be convex"),
        ("two_layers", dict(sq, dims=[1, 1, 1, 1]), "dims [1, 1, 1, 1] are not a two-layer network"),
        ("deep", sq, "dims [1, 1, 1] have fewer than three layers"),
        ("oracle", sq, "unknown premise 'oracle'; the checker knows kawaguchi_theorem_2_3, wide_layers, squared_loss, "
                       "two_layers, deep, convex_loss"),
    ]:
        with pytest.raises(ValueError) as exc:
            premise(name, problem)
        assert str(exc.value) == reason


# -- forged nodes, one refusal each ----------------------------------------------------------------------------------

def _set(path, value):
    def change(c):
        node = c
        for key in path[:-1]:
            node = node[key] if not callable(key) else key(node)
        node[path[-1]] = value
    return change


def _at(kind):
    return lambda c: _find(c["tree"], kind)


def test_global_witness_refusals():
    assert _forged(DEEP, _set(["global", "witness", 0], "2")) == (
        False, "the global witness is not a critical point of the stated value")
    assert _forged(DEEP, _set(["global", "witness"], ["1", "1"])) == (
        False, "the global witness is not a critical point of the stated value")
    assert _forged(DEEP, _set(["global", "value"], "1/2")) == (
        False, "the stated global value 1/2 is not the value leaves' 0")
    # a critical point of another value: the non-strict point 0 (L = 1/2) stated with value 0
    assert _forged(DEEP, _set(["global", "witness"], ["0", "0", "0"])) == (
        False, "the global witness is not a critical point of the stated value")
    # a point of value 0 that is critical: (1, 1, 1) is; (2, 1/2, 1) is too (abc = 1)
    assert _forged(DEEP, _set(["global", "witness"], ["2", "1/2", "1"]))[0]
    # a point where L = 0 fails but every gradient entry vanishes only in part: (1, 1, 2)
    assert not _forged(DEEP, _set(["global", "witness"], ["1", "1", "2"]))[0]


def test_singular_data_and_no_value_leaf():
    cert = {"kind": "critical_set_covering", "problem": {"dims": [1, 1], "X": [["0"]], "Y": [["1"]]},
            "tree": {"kind": "empty", "cofactors": [[]]}}
    assert verify_critical_set_covering(cert) == (
        False, "X X^T is singular: the loss need not attain its minimum, so no value is certified global")
    # (1, 1) with X = 1, Y = 2: grad = w - 2, so 1 is not in J; a covering without a value leaf is refused
    cert["problem"]["X"] = [["1"]]
    cert["problem"]["Y"] = [["2"]]
    assert verify_critical_set_covering(cert) == (False, "root: 1 in J: the cofactors do not give the stated "
                                                         "polynomial (the identity fails)")


def test_node_kind_refusals():
    assert _forged(QUARTIC, _set(["tree"], {"kind": "unresolved"})) == (
        False, "root: part of the critical set is unresolved (no reason)")
    assert _forged(QUARTIC, _set(["tree"], ["value"])) == (False, "root: unknown node kind None")
    assert _forged(QUARTIC, _set(["tree"], {"kind": "Value"})) == (False, "root: unknown node kind 'Value'")


def test_value_leaf_refusals():
    assert _forged(QUARTIC, _set(["tree", "cofactors"], [])) == (
        False, "root: (L - c)^m: 1 cofactors expected (one per generator), got 0")
    assert _forged(QUARTIC, _set(["tree", "cofactors"], "1")) == (
        False, "root: (L - c)^m: 1 cofactors expected (one per generator), got '1'")
    assert _forged(QUARTIC, _set(["tree", "power"], 2)) == (
        False, "root: (L - c)^m: the cofactors do not give the stated polynomial (the identity fails)")
    leaf = _find(DESCENT["tree"], "value")
    assert len(leaf["grad_f_zero"]) == 2
    assert _forged(DESCENT, lambda c: _find(c["tree"], "value")["grad_f_zero"].pop()) == (
        False, "root/1/1/1/1/1/1/1/2/1/1: grad_f_zero has one proof per entry of grad f(A)")


def test_split_refusals():
    tree = DEEP["tree"]
    assert _forged(DEEP, _set(["tree", "exponents"], [1, 1])) == (
        False, "root: a split needs one exponent and one child per factor")
    assert _forged(DEEP, _set(["tree", "children"], tree["children"] * 2)) == (
        False, "root: a split needs one exponent and one child per factor")
    assert _forged(DEEP, lambda c: c["tree"].update(factors=[], exponents=[], children=[])) == (
        False, "root: a split needs one exponent and one child per factor")
    assert _forged(DEEP, _set(["tree", "factors", 0], [["3", []]])) == (False, "root: a split factor is constant")
    assert _forged(DEEP, _set(["tree", "scale"], "0")) == (False, "root: the scale of a split is zero")
    assert _forged(DEEP, _set(["tree", "scale"], "2")) == (
        False, "root: the product of the factors: the cofactors do not give the stated polynomial (the identity fails)")
    assert _forged(DEEP, _set(["tree", "factors", 0], {"of_loss": ["1"]})) == (
        False, "a factor {\"of_loss\": [...]} needs a non-constant polynomial in L")
    assert _forged(DEEP, _set(["tree", "factors", 0], {"of_loss": "1"})) == (
        False, "a factor {\"of_loss\": [...]} needs a non-constant polynomial in L")


def test_an_of_loss_factor():
    """(1, 1), X = 1, Y = 2: L (L - 1) with L = (w - 2)^2 / 2 lies in J = (w - 2): a split on two factors of L."""
    cert = {"kind": "critical_set_covering", "problem": {"dims": [1, 1], "X": [["1"]], "Y": [["2"]]},
            "tree": {"kind": "split", "factors": [{"of_loss": ["1", "0"]}, {"of_loss": ["1", "-1"]}],
                     "exponents": [1, 1], "scale": "1",
                     # L (L - 1) = (w - 2) [(w - 2)^3 / 4 - (w - 2) / 2]
                     "cofactors": [[["1/4", [0, 3]], ["-3/2", [0, 2]], ["5/2", [0, 1]], ["-1", []]]],
                     "children": [{"kind": "value", "value": "0", "power": 1, "cofactors": [[["1/2", [0, 1]],
                                                                                             ["-1", []]], []]},
                                  {"kind": "empty", "cofactors": [[["1/2", [0, 1]], ["-1", []]],
                                                                  [["-1", []]]]}]}}
    ok, reason = verify_critical_set_covering(cert)
    assert (ok, reason) == (True, "every critical point covered (1 value leaf, 1 empty leaf): the global minimum value "
                                  "is 0; no other critical value holds a local minimum")


def test_saddle_refusals():
    saddle = _at("saddle")
    assert _forged(DEEP, lambda c: saddle(c).update(pairs=None, blocks=None))[1].endswith(
        ": a saddle node states no direction")
    assert _forged(DEEP, lambda c: saddle(c)["pairs"][0].update(q_indices=[]))[1].endswith(
        ": pair 1: q_indices must be parameter indices")
    assert _forged(DEEP, lambda c: saddle(c)["pairs"][0].update(q_indices=[3]))[1].endswith(
        ": pair 1: q_indices must be parameter indices")
    assert _forged(DEEP, lambda c: saddle(c)["pairs"][0].update(q_indices=[-1]))[1].endswith(
        ": pair 1: q_indices must be parameter indices")
    assert _forged(DEEP, lambda c: saddle(c)["pairs"][0].update(q_indices=["0"]))[1].endswith(
        ": pair 1: q_indices must be parameter indices")
    assert _forged(DEEP, lambda c: saddle(c)["pairs"][0].update(d1=[[["1", []]]]))[1] == (
        "a direction has 3 polynomial entries")
    assert _forged(DEEP, lambda c: saddle(c)["pairs"][0].update(d1="d"))[1] == "a direction has 3 polynomial entries"
    assert _forged(DEEP, lambda c: saddle(c).update(power=2))[1].endswith(
        ": the guard in J + (q, s): the cofactors do not give the stated polynomial (the identity fails)")


def test_descent_refusals():
    node = _at("descent_curve")
    assert _forged(DESCENT, lambda c: node(c).update(order=5))[1].endswith(
        ": one vanishing proof per Taylor coefficient of order 1 to 4")
    assert _forged(DESCENT, lambda c: node(c).update(order=True))[1].endswith(
        ": the order must be odd and at least 3; got True")
    assert _forged(DESCENT, lambda c: node(c).update(order=1))[1].endswith(
        ": the order must be odd and at least 3; got 1")
    assert _forged(DESCENT, lambda c: node(c).update(order="3"))[1].endswith(
        ": the order must be odd and at least 3; got '3'")
    assert _forged(DESCENT, lambda c: node(c).update(vanishing="v"))[1].endswith(
        ": one vanishing proof per Taylor coefficient of order 1 to 2")
    assert _forged(DESCENT, lambda c: node(c).update(child=None))[1].endswith(
        ": the points where the coefficient of order 3 vanishes need a child")
    assert _forged(DESCENT, lambda c: node(c)["vanishing"][0].update(power=2))[1].endswith(
        ": Taylor coefficient of order 1: the cofactors do not give the stated polynomial (the identity fails)")


def test_nonstrict_refusals():
    node = _at("nonstrict_point")
    assert _forged(DEEP, lambda c: node(c).update(point=["0", "0"]))[1].endswith(
        ": the point and its cofactors have one entry per weight")
    assert _forged(DEEP, lambda c: node(c)["point_cofactors"].pop())[1].endswith(
        ": the point and its cofactors have one entry per weight")
    assert _forged(DEEP, lambda c: node(c).update(curve=[]))[1].endswith(
        ": a curve is a non-empty list of vectors with one entry per weight")
    assert _forged(DEEP, lambda c: node(c).update(curve=[["1", "-1"]]))[1].endswith(
        ": a curve is a non-empty list of vectors with one entry per weight")
    assert _forged(DEEP, lambda c: node(c).update(order=5))[1].endswith(
        ": the first nonzero Taylor coefficient is not of order 5")
    assert _forged(DEEP, lambda c: node(c).update(order=1))[1].endswith(
        ": the order must be odd and at least 3; got 1")
    assert _forged(DEEP, lambda c: node(c).update(coefficient="3"))[1].endswith(
        ": the coefficient of t^3 is 2, not 3")
    assert _forged(DEEP, lambda c: node(c)["point_cofactors"][0].update(power=2))[1].endswith(
        ": (w_0 - a_0)^m: the cofactors do not give the stated polynomial (the identity fails)")
    # a second curve term t^2 C_2 keeps the t^3 coefficient here
    ok, reason = _forged(DEEP, lambda c: node(c)["curve"].append(["0", "0", "0"]))
    assert ok, reason
    # along (1, 1, 0) the loss is constant to order 3: L = (t^2 * 0 - 1)^2 / 2
    assert _forged(DEEP, lambda c: node(c).update(curve=[["1", "1", "0"]]))[1].endswith(
        ": the first nonzero Taylor coefficient is not of order 3")


def test_middle_rank_of_a_product_of_two_matrices():
    # (1, 1, 2, 2, 1): W_3 W_2 = [[1, 2], [2, 4]] [[2], [-1]] = 0, so rank 0 (entrywise quotients would give rank 1)
    ch = _Checker({"problem": {"dims": [1, 1, 2, 2, 1], "X": [["1"]], "Y": [["1"]]}})
    point = [F(1)] + [F(2), F(-1)] + [F(1), F(2), F(2), F(4)] + [F(1), F(1)]
    assert ch._middle_rank(point) == 0
    point[3:7] = [F(1), F(2), F(3), F(4)]                    # [[1, 2], [3, 4]] [[2], [-1]] = [[0], [2]]: rank 1
    assert ch._middle_rank(point) == 1


def _line(order, vanishing):
    """(1, 1), X = 1, Y = 0: L = w^2 / 2, grad L = w; along w - t w the loss is w^2 (1 - t)^2 / 2, so c_1 = -w^2,
    c_2 = w^2 / 2 and every later coefficient is 0 (the list of coefficients is padded with zeros)."""
    return {"kind": "critical_set_covering", "problem": {"dims": [1, 1], "X": [["1"]], "Y": [["0"]]},
            "tree": {"kind": "descent_curve", "direction": [[["-1", [0, 1]]]], "order": order,
                     "vanishing": vanishing}}


def test_a_zero_taylor_coefficient_of_the_stated_order():
    c1 = {"power": 1, "cofactors": [[["-1", [0, 1]]]]}
    c2 = {"power": 1, "cofactors": [[["1/2", [0, 1]]]]}
    zero = {"power": 1, "cofactors": [[]]}
    assert verify_critical_set_covering(_line(3, [c1, c2])) == (False, "root: the Taylor coefficient of order 3 is "
                                                                        "zero")
    # a zero coefficient needs no power: its proof is the empty combination
    assert verify_critical_set_covering(_line(5, [c1, c2, zero, {"power": 0, "cofactors": [[]]}])) == (
        False, "root: the Taylor coefficient of order 5 is zero")
    assert verify_critical_set_covering(_line(4, [c1, c2, zero])) == (
        False, "root: the order must be odd and at least 3; got 4")
    assert verify_critical_set_covering(_line(3, [c1, dict(c2, power=2)])) == (
        False, "root: Taylor coefficient of order 2: the cofactors do not give the stated polynomial (the identity "
               "fails)")


def test_descent_child_paths():
    def forge(c):
        empty = _find(c["tree"], "empty")
        empty["cofactors"] = [[] for _ in empty["cofactors"]]
    ok, reason = _forged(DESCENT, forge)
    assert not ok and reason.endswith("/coefficient 3 zero: 1 in J: the cofactors do not give the stated polynomial "
                                      "(the identity fails)")
    assert reason.startswith("root/1/1/1/1/1/1/1/1/1/1/1/1/1/1/guard/guard/guard/coefficient 3 zero")


def _json(p):
    """An MPoly as certificate data."""
    out = []
    for e, c in p.terms.items():
        out.append([str(c), [x for v, k in enumerate(e) if k for x in (v, k)]])
    return out


def _of_loss_cover(values, empties=0, powers=(1,)):
    """(1, 1), X = 1, Y = 2: u = w - 2 = grad L, L = u^2 / 2.  A split on the factors L - v (one per value leaf,
    the first v = 0) and L - 1 - k (one per empty leaf: 1 = (u / (2 + 2k)) u - (L - 1 - k) / (1 + k)); the product
    is u q with q = (u / 2) times the other factors."""
    u = MPoly.var(1, 0) - 2
    L = u * u * F(1, 2)
    shifts = [F(v) for v in values] + [F(1 + k) for k in range(empties)]
    assert shifts[0] == 0
    q = u * F(1, 2)
    for s in shifts[1:]:
        q = q * (L - s)
    children = []
    for k, v in enumerate(values):
        leaf = {"kind": "value", "value": str(v), "power": 1, "cofactors": [[], [["1", []]]]}
        if k < len(powers):
            m = powers[k]
            g = MPoly.const(1, 1)
            for _ in range(m - 1):
                g = g * u
            leaf["grad_f_zero"] = [{"power": m, "cofactors": [_json(g), []]}]
        children.append(leaf)
    for k in range(empties):
        children.append({"kind": "empty", "cofactors": [_json(u * F(1, 2 + 2 * k)), [[str(F(-1, 1 + k)), []]]]})
    return {"kind": "critical_set_covering", "problem": {"dims": [1, 1], "X": [["1"]], "Y": [["2"]]},
            "tree": {"kind": "split", "factors": [{"of_loss": ["1", str(-s)]} for s in shifts],
                     "exponents": [1] * len(shifts), "scale": "1", "cofactors": [_json(q)], "children": children}}


def test_two_value_leaves_and_two_empty_leaves():
    cert = _of_loss_cover([0, 0], empties=2, powers=(1, 2))
    assert verify_critical_set_covering(cert) == (True, "every critical point covered (2 value leaves, 2 empty "
                                                        "leaves): the global minimum value is 0; no other critical "
                                                        "value holds a local minimum")
    cert["expect"] = {"grad_f_zero_at_local_minima": True}
    assert verify_critical_set_covering(cert)[0]
    del cert["tree"]["children"][1]["grad_f_zero"]
    assert verify_critical_set_covering(cert) == (False, "a value leaf does not show grad f(A) = 0 on it")
    cert = _of_loss_cover([0, 0], powers=(1, 2))
    cert["tree"]["children"][1]["grad_f_zero"][0]["power"] = 1
    assert verify_critical_set_covering(cert) == (False, "root/2: grad f(A) entry 0: the cofactors do not give the "
                                                         "stated polynomial (the identity fails)")


def test_value_leaves_with_different_values():
    assert verify_critical_set_covering(_of_loss_cover([0, 1])) == (
        False, "value leaves with different values [Fraction(0, 1), Fraction(1, 1)]: only the least may be the global "
               "minimum, the others are not classified")
    assert not verify_critical_set_covering(_of_loss_cover([0, 1, 2]))[0]


def test_the_node_bound(monkeypatch):
    from symbolic.checker import components_covering
    cert = _of_loss_cover([0, 0], empties=2)                  # 5 nodes
    monkeypatch.setattr(components_covering, "MAX_NODES", 5)
    assert verify_critical_set_covering(cert)[0]
    monkeypatch.setattr(components_covering, "MAX_NODES", 4)
    assert verify_critical_set_covering(cert) == (False, "the tree has more than 4 nodes")


def test_rank_eliminates_entries_equal_to_one():
    assert _rank([[1, 1], [1, 1]]) == 1
    assert _rank([[2, 1], [1, 1], [3, 2]]) == 2


TWO = None


def _two_one_one_two():
    global TWO
    if TWO is None:
        from symbolic.critical.unregularized import instance
        dims, X, Y = instance("2-1-1-2")
        TWO = unregularized_critical_set(dims, X, Y, method="direct")["certificate"]
    return TWO


def test_block_refusals():
    cert = _two_one_one_two()
    block = lambda c: c["tree"]["children"][2]["blocks"][0]  # noqa: E731
    assert block(cert)["c"] == "9" and verify_critical_set_covering(cert)[0]
    assert _forged(cert, lambda c: block(c).update(c="0")) == (False, "root/3: block 1: c must be positive")
    assert _forged(cert, lambda c: block(c).update(c="-1")) == (False, "root/3: block 1: c must be positive")
    assert _forged(cert, lambda c: block(c).update(c="1")) == (
        False, "root/3: block 1: (det + c s^2)^m: the cofactors do not give the stated polynomial (the identity fails)")
    assert _forged(cert, lambda c: c["tree"]["children"][2].update(child={"kind": "empty", "cofactors": []})) == (
        False, "root/3: a saddle node without a guard has no child")


def test_pair_and_point_paths():
    saddle = _at("saddle")
    assert _forged(DEEP, lambda c: saddle(c)["pairs"][1].update(power=2)) == (
        False, "root/1/1/1/1/1/1/1/1: pair 2: (d^T H d)^m: the cofactors do not give the stated polynomial (the "
               "identity fails)")
    node = _at("nonstrict_point")
    assert _forged(DEEP, lambda c: node(c).update(coefficient="3")) == (
        False, "root/1/1/1/1/1/1/1/1/guard/guard/guard: the coefficient of t^3 is 2, not 3")


def test_middle_rank_expectation_reads_every_hidden_width():
    # (1, 1, 2, 1): the narrowest hidden width is d_1 = 1, not min(d_2) = 2
    cert = copy.deepcopy(unregularized_critical_set([1, 1, 2, 1], [[1]], [[1]])["certificate"])
    cert["expect"] = {"strict_saddles_of_middle_rank": 1}
    ok, reason = verify_critical_set_covering(cert)
    assert ok and reason.endswith("; every saddle with rank(W_H ... W_2) = 1 is strict (the non-strict points have "
                                  "middle ranks [0])")
    cert["expect"] = {"strict_saddles_of_middle_rank": 2}
    assert verify_critical_set_covering(cert) == (False, "p must be the narrowest hidden width of [1, 1, 2, 1] (and "
                                                         "H >= 2)")
    # (1, 2, 1, 1): the narrowest is the last hidden width d_2 = 1
    cert = copy.deepcopy(unregularized_critical_set([1, 2, 1, 1], [[1]], [[2]])["certificate"])
    cert["expect"] = {"strict_saddles_of_middle_rank": 1}
    assert verify_critical_set_covering(cert)[0]


def test_one_strict_saddle_leaf_and_a_fractional_value():
    cert = unregularized_critical_set([1, 1, 1], [[1]], [[2]])["certificate"]
    assert verify_critical_set_covering(cert) == (True, "every critical point covered (1 strict-saddle leaf, 1 value "
                                                        "leaf): the global minimum value is 0; no other critical value "
                                                        "holds a local minimum")
    # (1, 1), X = (1, 1), Y = (0, 1): L = (w^2 + (w - 1)^2) / 2, grad = 2w - 1, L - 1/4 = (w/2 - 1/4) grad
    cert = {"kind": "critical_set_covering", "problem": {"dims": [1, 1], "X": [["1", "1"]], "Y": [["0", "1"]]},
            "tree": {"kind": "value", "value": "1/4", "power": 1, "cofactors": [[["1/2", [0, 1]], ["-1/4", []]]]},
            "global": {"value": "1/4", "witness": ["1/2"]}}
    assert verify_critical_set_covering(cert) == (True, "every critical point covered (1 value leaf): the global "
                                                        "minimum value is 1/4; no other critical value")
