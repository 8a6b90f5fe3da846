"""The polynomial_rank checker's exact answers: determinants against hand expansions, the named bounds on dims
whose p, min(p, d_y) and min(p, d_x) differ, the lowest-order term of a minor with several terms, and every refusal
with its exact text."""

import copy

import pytest

from symbolic.checker.mpoly import MPoly
from symbolic.checker.polynomial_rank import _bound, _constant_rows, determinant, verify_polynomial_rank as V
from symbolic.checker.positivity import poly_from_json

from tests.symbolic.checker.test_polynomial_rank import _cert

ONE, EPS = [[[0], "1"]], [[[1], "1"]]
TWO = [[[0], "2"]]


def _base():
    return _cert()      # the same certificate as the module test's


REASON = "1 equalities hold; 0 matrices nonzero; 3 rank facts hold"


def _edit(edit):
    c = copy.deepcopy(_base())
    edit(c)
    return V(c)


def _c(v, n=1):
    return MPoly.const(n, v)


def test_base_certificate_reason():
    assert V(_base()) == (True, REASON)


def test_determinants_by_hand():
    e = MPoly.var(1, 0)
    assert determinant([[e]]) == e
    assert determinant([[_c(2), _c(3)], [_c(5), _c(7)]]) == _c(-1)
    # a zero in the first row, and signs of all three cofactors
    M = [[_c(1), _c(2), _c(3)], [_c(4), _c(5), _c(6)], [_c(7), _c(8), _c(10)]]
    assert determinant(M) == _c(-3)
    M = [[_c(0), _c(2), _c(3)], [_c(4), _c(5), _c(6)], [_c(7), _c(8), _c(10)]]
    assert determinant(M) == _c(-3 - 1 * (5 * 10 - 6 * 8))
    M = [[_c(0), _c(0), _c(3)], [_c(4), _c(5), _c(6)], [_c(7), _c(8), _c(10)]]
    assert determinant(M) == _c(3 * (4 * 8 - 5 * 7))
    zero_row = [[MPoly(1), MPoly(1)], [_c(1), e]]
    assert determinant(zero_row).is_zero() and determinant(zero_row).n == 1
    # 4 x 4: diag(1, 2, 3, 4) with a 1 in the corner (0, 3) and (3, 0): 1*2*3*4 - 1*2*3*1
    M = [[_c(int(i == j) * (i + 1) + int({i, j} == {0, 3})) for j in range(4)] for i in range(4)]
    assert determinant(M) == _c(24 - 6)


def test_named_bounds():
    dims = [1, 3, 4, 2]
    assert _bound(5, dims) == 5 and _bound(0, dims) == 0
    assert _bound("p", dims) == 3
    assert _bound("min_p_dy", dims) == 2
    assert _bound("min_p_dx", dims) == 1
    assert _bound("min_p_dx", [5, 3, 4, 2]) == 3 and _bound("min_p_dy", [1, 3, 4, 7]) == 3
    message = ("unknown rank bound {!r} (an integer, \"p\", \"min_p_dy\" or \"min_p_dx\", with at least one hidden "
               "layer)")
    for value, d in ((True, dims), ("q", dims), ("p", [2, 3]), ("min_p_dy", [2, 3]), ("min_p_dx", [2, 3]),
                     (None, dims), ("2", dims)):
        with pytest.raises(ValueError) as info:
            _bound(value, d)
        assert str(info.value) == message.format(value)


def test_constant_rows():
    mats = [[poly_from_json(1, ONE), poly_from_json(1, [])], [poly_from_json(1, [[[0], "-3/2"]]), MPoly(1)]]
    assert _constant_rows(mats) == [["1", "0"], ["-3/2", "0"]]
    assert _constant_rows([[poly_from_json(1, ONE), poly_from_json(1, EPS)]]) is None
    assert _constant_rows([[poly_from_json(2, [[[0, 1], "1"]])]]) is None     # the second variable


def test_certificate_level_refusals():
    assert V(dict(_base(), kind="x")) == (False, "not a polynomial rank certificate (kind 'x')")
    holds = "a polynomial rank certificate holds dims and a matrix identity"
    for change in ({"dims": []}, {"dims": (2, 2, 1)}, {"dims": None}, {"identity": None}, {"identity": []}):
        assert V(dict(_base(), **change)) == (False, holds), change
    assert _edit(lambda c: c["identity"]["matrices"]["P"][0].__setitem__(0, EPS)) == (
        False, "identity: equality 0 does not hold")
    assert _edit(lambda c: c.__setitem__("weights", ["W1"])) == (False, "1 weights for dims [2, 2, 1]")
    assert _edit(lambda c: c.__setitem__("weights", ["W1", "Q"])) == (False, "weight 'Q' is not 1 x 2")
    assert _edit(lambda c: c.__setitem__("weights", ["W1", "P"])) == (True, REASON)
    assert _edit(lambda c: c.__setitem__("weights", ["W2", "W1"])) == (False, "weight 'W2' is not 2 x 2")
    assert _edit(lambda c: c.__setitem__("weights", ["W1", "X"])) == (False, "weight 'X' is not 1 x 2")
    assert _edit(lambda c: c.__setitem__("weights", ["W1", "Y"])) == (True, REASON)
    assert _edit(lambda c: c.__setitem__("facts", [])) == (False, "no rank facts")
    assert _edit(lambda c: c.__setitem__("facts", None)) == (False, "no rank facts")
    assert _edit(lambda c: c.pop("facts")) == (False, "no rank facts")


def test_assumptions():
    need = "the assumptions need constant X and Y"
    assert _edit(lambda c: c["assumptions"].__setitem__("X", "W1")) == (False, need)     # W1 holds eps
    assert _edit(lambda c: c["assumptions"].__setitem__("Y", "W1")) == (False, need)
    assert _edit(lambda c: c["assumptions"].pop("X")) == (False, need)
    assert _edit(lambda c: c["assumptions"].__setitem__("Y", "nothing")) == (False, need)
    assert _edit(lambda c: c["identity"]["matrices"].__setitem__("Y", [[[], []]])) == (
        False, "Theorem 2.3's assumptions fail: X Y^T is not of full rank")
    assert _edit(lambda c: c.pop("assumptions")) == (True, REASON)


def _fact(fact, base_fact=0):
    return _edit(lambda c: c["facts"][base_fact].update(fact))


def test_minor_refusals():
    assert _fact({"matrix": "Z"}) == (False, "fact 0: fact about unknown matrix 'Z'")
    distinct = "fact 0: W1: a minor needs as many distinct rows as distinct columns"
    assert _fact({"minor": {"rows": [0, 1], "cols": [0]}}) == (False, distinct)
    assert _fact({"minor": {"rows": [0, 0], "cols": [0, 1]}}) == (False, distinct)
    assert _fact({"minor": {"rows": [0, 1], "cols": [1, 1]}}) == (False, distinct)
    assert _fact({"minor": {"rows": [0, 1]}}) == (False, distinct)
    out = "fact 0: W1: minor indices out of range"
    for minor in ({"rows": [0, 2], "cols": [0, 1]}, {"rows": [-1, 1], "cols": [0, 1]},
                  {"rows": [0, 1], "cols": [0, 2]}, {"rows": [0, 1], "cols": [-1, 1]}):
        assert _fact({"minor": minor}) == (False, out), minor
    assert _fact({"at_least": 3}) == (False, "fact 0: W1: a 2 x 2 minor shows rank >= 2, not >= 3")
    # the 1 x 1 minor W1[1][1] = eps, on P: the out-of-range column is checked on P's own width (2)
    assert _fact({"minor": {"rows": [1], "cols": [1]}, "at_least": 1}) == (True, REASON)
    assert _fact({"minor": {"rows": [0], "cols": [1]}, "at_least": 1}) == (
        False, "fact 0: W1: the minor on rows [0], columns [1] is the zero polynomial")
    assert _fact({"matrix": "P", "minor": {"rows": [0], "cols": [0]}, "at_least": 1,
                  "lowest": {"degree": 0, "coefficient": "1"}}) == (True, REASON)
    assert _fact({"matrix": "P", "minor": {"rows": [0], "cols": [2]}, "at_least": 1}) == (
        False, "fact 0: P: minor indices out of range")
    assert _fact({"minor": {"rows": [], "cols": []}, "at_least": 0, "lowest": {"degree": 0, "coefficient": "1"}}) \
        == (True, REASON)


def test_the_lowest_order_term():
    wrong = "fact 0: W1: the minor's lowest-order term is 1 eps^1, not {} eps^{}"
    assert _fact({"lowest": {"degree": 1, "coefficient": "2"}}) == (False, wrong.format("2", 1))
    assert _fact({"lowest": {"degree": 2, "coefficient": "1"}}) == (False, wrong.format("1", 2))
    assert _fact({"lowest": {"degree": 0, "coefficient": "1"}}) == (False, wrong.format("1", 0))
    assert _fact({"lowest": {}}) == (False, wrong.format(None, None))
    c = copy.deepcopy(_base())
    c["facts"][0].pop("lowest")
    assert V(c) == (False, wrong.format(None, None))
    # W1 = [[1 + eps, 3], [2, eps^2 - 5 eps]]: det = -6 - 5 eps - 4 eps^2 + eps^3, lowest term -6 eps^0
    c = copy.deepcopy(_base())
    c["identity"]["matrices"]["W1"] = [[[[[0], "1"], [[1], "1"]], [[[0], "3"]]], [TWO, [[[2], "1"], [[1], "-5"]]]]
    c["identity"]["equalities"] = []
    c["facts"] = c["facts"][:1]
    c["facts"][0]["lowest"] = {"degree": 0, "coefficient": "-6"}
    assert V(c) == (True, "0 equalities hold; 0 matrices nonzero; 1 rank facts hold")
    # W1 = [[eps, eps^2], [3 eps^2, 2 eps]]: det = 2 eps^2 - 3 eps^4, lowest term 2 eps^2
    c["identity"]["matrices"]["W1"] = [[EPS, [[[2], "1"]]], [[[[2], "3"]], [[[1], "2"]]]]
    c["facts"][0]["lowest"] = {"degree": 2, "coefficient": "2"}
    assert V(c) == (True, "0 equalities hold; 0 matrices nonzero; 1 rank facts hold")
    c["facts"][0]["lowest"] = {"degree": 4, "coefficient": "-3"}
    assert V(c) == (False, "fact 0: W1: the minor's lowest-order term is 2 eps^2, not -3 eps^4")


def test_minors_over_two_variables_are_refused():
    c = copy.deepcopy(_base())
    ident = c["identity"]
    ident["variables"] = ["eps", "t"]
    ident["matrices"] = {"W1": [[[[[0, 0], "1"]], []], [[], [[[1, 0], "1"]]]]}
    ident["equalities"] = []
    c.pop("weights"), c.pop("assumptions")
    c["facts"] = [dict(c["facts"][0], at_least=2)]      # an integer bound: no weights needed
    assert V(c) == (False, "fact 0: minors are only checked over one variable")


def test_bounds_read_from_dims_need_the_weights():
    # without weights nothing ties dims (which set "p", "min_p_dy", "min_p_dx") to the matrices
    for key, bound in (("at_least", "p"), ("rank_below", "min_p_dx")):
        c = copy.deepcopy(_base())
        c.pop("weights")
        c["facts"] = [dict(c["facts"][0], **{key: bound})]
        assert V(c) == (False, "a bound read from dims needs the weights, which tie dims to the matrices")


def test_rank_below_refusals():
    assert _fact({"rank_below": "min_p_dx"}, 1) == (True, REASON)
    assert _fact({"rank_below": 1}, 1) == (False, "fact 1: P is 1 x 2: its shape does not bound its rank below 1")
    assert _fact({"rank_below": 2}, 1) == (True, REASON)
    assert _fact({"matrix": "X", "rank_below": 2}, 1) == (
        False, "fact 1: X is 2 x 2: its shape does not bound its rank below 2")
    assert _fact({"matrix": "X", "rank_below": 3}, 1) == (True, REASON)
    assert _fact({"rank_below": 1}, 2) == (False, "fact 2: rank(W2) = 1 is not below 1")
    assert _fact({"matrix": "X", "rank_below": 3}, 2) == (True, REASON)
    assert _fact({"matrix": "X", "rank_below": 2}, 2) == (False, "fact 2: rank(X) = 2 is not below 2")
    assert _fact({"matrix": "W1"}, 2) == (False, "fact 2: W1 is not constant: elimination needs a constant matrix")
    assert _fact({"by": "faith"}, 2) == (False, "fact 2: W2: rank_below needs \"by\": \"shape\" or \"elimination\"")
    assert _edit(lambda c: c["facts"][2].pop("by")) == (
        False, "fact 2: W2: rank_below needs \"by\": \"shape\" or \"elimination\"")
    assert _edit(lambda c: c["facts"][2].pop("rank_below")) == (False, "fact 2: W2: a fact is a minor or a rank_below")
    assert _fact({"rank_below": "q"}, 1) == (
        False, "malformed certificate: unknown rank bound 'q' (an integer, \"p\", \"min_p_dy\" or \"min_p_dx\", "
               "with at least one hidden layer)")


def test_missing_parts_of_a_minor_or_its_lowest_term():
    assert _fact({"minor": {"cols": [0, 1]}}) == (
        False, "fact 0: W1: a minor needs as many distinct rows as distinct columns")
    # the degree is right, the coefficient missing: it counts as 0, which is never a lowest-order coefficient
    assert _fact({"lowest": {"degree": 1}}) == (
        False, "fact 0: W1: the minor's lowest-order term is 1 eps^1, not None eps^1")
