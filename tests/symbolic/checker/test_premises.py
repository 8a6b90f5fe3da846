"""The ``facts`` and ``refutation`` checker kinds: every branch that rejects, and every expression, by hand."""

from __future__ import annotations

import copy

import pytest

from symbolic.checker.bundle import verify
from symbolic.checker.premises import occurrences

X = [["1", "2"], ["2", "4"], ["0", "1/2"]]  # rank 2, 3 x 2
W = [["1", "0", "0"], ["0", "0", "0"]]      # rank 1, 2 x 3


def _facts(*facts, data=None):
    return {"kind": "facts", "data": data or {"X": X, "weights": [W, X], "dims": [3, 2, 2]}, "facts": list(facts)}


def _f(left, op, right):
    return {"says": "s", "left": left, "op": op, "right": right}


@pytest.mark.parametrize("left, right", [
    ({"rank": ["X"]}, 2), ({"rank": ["W1", "X"]}, 1), ({"rank": ["X^T"]}, 2), ({"rows": "X"}, 3), ({"cols": "X"}, 2),
    ({"entry": ["X", 2, 1]}, {"neg": {"neg": {"entry": ["W2", 2, 1]}}}), ({"dim": 0}, 3),
    ({"min": [{"dim": 0}, {"dim": 1}, 5]}, 2), ({"max": [1, {"rows": "W1"}]}, 2), ({"sum": [1, 2, {"neg": 3}]}, 0),
    ({"smallest": [2, [{"dim": 0}, {"dim": 1}, {"dim": 2}]]}, 2), ({"smallest": [3, [{"dim": 0}, 1, 2]]}, 3),
])
def test_each_expression_evaluates_exactly(left, right):
    assert verify(_facts(_f(left, "==", right)))[0] is True
    assert verify(_facts(_f(left, "!=", right)))[0] is False


@pytest.mark.parametrize("op, holds", [("<", False), ("<=", True), ("==", True), ("!=", False), (">", False),
                                       (">=", True)])
def test_each_comparison(op, holds):
    assert verify(_facts(_f({"rank": ["X"]}, op, 2)))[0] is holds


@pytest.mark.parametrize("fact, reason", [
    (_f(1, "=~", 1), "unknown comparison"),
    (_f({"rank": ["Z"]}, "==", 1), "unknown matrix 'Z'"),
    (_f({"rank": ["X", "X"]}, "==", 1), "does not chain"),
    (_f({"rank": []}, "==", 0), "non-empty list"),
    (_f({"smallest": [4, [1, 2, 3]]}, "==", 1), "smallest takes k from 1 to 3"),
    (_f({"smallest": [0, [1, 2, 3]]}, "==", 1), "smallest takes k from 1 to 3"),
    (_f(True, "==", 1), "not booleans"),
    (_f({"rank": ["X"], "rows": "X"}, "==", 2), "one-key dict"),
    (_f({"trace": "X"}, "==", 2), "unknown expression"),
    (_f({"min": []}, "==", 2), "non-empty list"),
    (_f({"rank": ["X^H"]}, "==", 2), "unknown matrix"),
])
def test_malformed_facts_are_rejected(fact, reason):
    ok, why = verify(_facts(fact))
    assert ok is False and reason in why


def test_facts_need_data_and_facts():
    assert verify({"kind": "facts", "data": {"X": X}, "facts": []})[0] is False
    assert verify({"kind": "facts", "facts": [_f(1, "==", 1)]})[0] is False
    no_dims = _facts(_f({"dim": 0}, "==", 3), data={"X": X})
    ok, why = verify(no_dims)
    assert not ok and "'dim' needs data['dims']" in why


def test_constant_polynomial_entries_and_no_others():
    poly = [[[[[], "1"]], [[[], "1"], [[], "1"]]], [[], [[[], "-1/2"]]]]  # [[1, 2], [0, -1/2]] as constant polynomials
    ok, _ = verify(_facts(_f({"entry": ["P", 0, 1]}, "==", 2), _f({"rank": ["P"]}, "==", 2), data={"P": poly}))
    assert ok
    with_variable = [[[[[1], "1"]]]]
    ok, why = verify(_facts(_f({"rank": ["P"]}, "==", 1), data={"P": with_variable}))
    assert not ok and "constant" in why


def _ref():
    rank2 = _facts(_f({"rank": ["X"]}, "==", 2), data={"X": X})
    not3 = _facts(_f({"rank": ["X"]}, "<", 3), data={"X": X})
    return {"kind": "refutation", "witness": {"X": X}, "premises": {"rank 2": rank2}, "negation": {"rank < 3": not3}}


def test_a_refutation_verifies():
    assert verify(_ref()) == (True, "premises (1) and negation (1) verified at one witness")


@pytest.mark.parametrize("edit, reason", [
    (lambda c: c.update(premises={}), "certifies its premises"),
    (lambda c: c.pop("premises"), "certifies its premises"),
    (lambda c: c.update(negation={}), "certifies the negated conclusion"),
    (lambda c: c.update(witness=[1]), "the witness is a dict"),
    (lambda c: c["premises"]["rank 2"]["data"].update(X=W), "is about another point"),
    (lambda c: c["negation"]["rank < 3"]["data"].pop("X") and c["negation"]["rank < 3"]["data"].update(Y=X),
     "does not state the witness's 'X'"),
    (lambda c: c["premises"]["rank 2"]["facts"][0].update(right=1), "premise 'rank 2'"),
    (lambda c: c["negation"]["rank < 3"]["facts"][0].update(right=2), "negation 'rank < 3'"),
    (lambda c: c.update(further={"more": {"kind": "bundle", "parts": {}}}), "is not a refutation"),
    (lambda c: c.update(further=[1]), "maps names to more refutations"),
])
def test_every_hole_is_rejected(edit, reason):
    cert = _ref()
    edit(cert)
    ok, why = verify(cert)
    assert ok is False and reason in why, why


def test_further_witnesses_are_verified_too():
    cert = _ref()
    cert["further"] = {"again": _ref()}
    assert verify(cert) == (True, "premises (1) and negation (1) verified at one witness; 1 further witnesses verified")
    bad = copy.deepcopy(cert)
    bad["further"]["again"]["premises"]["rank 2"]["facts"][0]["right"] = 1
    ok, why = verify(bad)
    assert not ok and why.startswith("further witness 'again': premise 'rank 2'")


def test_a_refutation_without_a_witness_still_checks_every_part():
    cert = _ref()
    del cert["witness"]
    assert verify(cert)[0] is True
    cert["negation"]["rank < 3"]["facts"][0]["op"] = ">"
    assert verify(cert)[0] is False


def test_occurrences_finds_keys_at_every_depth():
    assert occurrences([{"X": 1}, {"a": [{"X": 2}]}], "X") == [1, 2]
    assert occurrences({"a": 1}, "X") == []


def test_ragged_matrices_and_vectors_are_not_matrices():
    ragged = _facts(_f({"rows": "R"}, "==", 2), data={"R": [["1", "2"], ["3"]]})
    ok, why = verify(ragged)
    assert not ok and "equal, non-empty rows" in why
    vector = _facts(_f({"rows": "v"}, "==", 2), data={"v": ["1", "2"], "X": X})
    ok, why = verify(vector)
    assert not ok and "unknown matrix 'v'" in why


def test_transpose_and_the_smallest_value():
    assert verify(_facts(_f({"entry": ["X^T", 1, 2]}, "==", {"entry": ["X", 2, 1]}),
                         _f({"entry": ["X^T", 1, 0]}, "==", 2)))[0] is True
    assert verify(_facts(_f({"smallest": [1, [{"dim": 0}, {"dim": 1}, 7]]}, "==", 2)))[0] is True
