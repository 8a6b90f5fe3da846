"""The dispatch, bundles, memo and classification expectations of :mod:`symbolic.checker.bundle`, pinned exactly:
written against the survivors of its mutation run (see ``tests/mutation_survivors.md``).  Each test is a small exact
certificate that a mutant accepts although false, or rejects although true, or a pinned reason."""

import pytest

from symbolic.checker import bundle
from symbolic.checker.bundle import verify, verify_descent_curve
from symbolic.landscape.classify import classify_json


def _poly(terms):
    return {"polynomial": terms, "variables": ["x", "y"], "point": ["0", "0"]}


def _classification(problem, **expect):
    return {"kind": "classification", "problem": problem, "result": classify_json(problem), "expect": expect}


BOWL = _poly({"[2, 0]": "1", "[0, 2]": "1"})           # strict minimum, inertia (2, 0, 0)
SADDLE = _poly({"[2, 0]": "1", "[0, 2]": "-1"})        # inertia (1, 1, 0): one positive and one negative eigenvalue


@pytest.fixture(autouse=True)
def _fresh_memo():
    bundle._MEMO.clear()
    yield
    bundle._MEMO.clear()


# -- verify: dispatch, malformed certificates, plain booleans ---------------------------------------------------------

def test_a_malformed_certificate_is_rejected_with_its_kind_and_exception():
    assert verify({"kind": "bernoulli_paths"}) == \
        (False, "malformed 'bernoulli_paths' certificate: KeyError: 'dims'")


def test_a_checker_answering_a_plain_boolean(monkeypatch):
    monkeypatch.setitem(bundle.CHECKERS, "plain_true", lambda cert: True)
    monkeypatch.setitem(bundle.CHECKERS, "plain_false", lambda cert: False)
    assert verify({"kind": "plain_true"}) == (True, "")
    assert verify({"kind": "plain_false"}) == (False, "")


# -- the memo of identical certificates -------------------------------------------------------------------------------

def _counting(monkeypatch, kind):
    calls = []
    original = bundle.CHECKERS[kind]

    def counted(cert):
        calls.append(1)
        return original(cert)
    monkeypatch.setitem(bundle.CHECKERS, kind, counted)
    return calls


def test_an_identical_classification_is_checked_once_and_answered_the_same(monkeypatch):
    cert = _classification(BOWL, verdict_in=["global_min", "local_min"])
    calls = _counting(monkeypatch, "classification")
    first = verify(cert)
    assert first[0] is True
    assert len(bundle._MEMO) == 1
    # the same certificate with its keys in another order: the same JSON text once sorted
    reordered = {key: cert[key] for key in reversed(list(cert))}
    assert verify(reordered) == first and verify(cert) == first
    assert len(calls) == 1


def test_only_the_memo_kinds_are_kept(monkeypatch):
    calls = _counting(monkeypatch, "bernoulli_paths")
    cert = {"kind": "bernoulli_paths", "dims": [2, 2, 1], "X": [["1", "-1/2"], ["0", "3"]]}
    assert verify(cert)[0] and verify(cert)[0]
    assert len(calls) == 2 and not bundle._MEMO


def test_the_memo_stays_within_its_size(monkeypatch):
    monkeypatch.setattr(bundle, "_MEMO_SIZE", 0)
    assert verify(_classification(BOWL))[0]
    assert not bundle._MEMO


def test_a_certificate_that_is_not_json_data_is_not_kept():
    cert = _classification(BOWL)
    cert["note"] = float("nan")                      # not JSON: no key, checked every time
    assert verify(cert)[0]
    assert not bundle._MEMO


# -- bundles ----------------------------------------------------------------------------------------------------------

def test_bundles():
    part = {"kind": "bernoulli_paths", "dims": [2, 2, 1], "X": [["1", "-1/2"], ["0", "3"]]}
    assert verify({"kind": "bundle", "parts": {"a": part, "b": part}}) == (True, "2 parts verified")
    assert verify({"kind": "bundle", "parts": {}}) == (False, "an empty bundle certifies nothing")
    assert verify({"kind": "bundle", "parts": [part]}) == (False, "an empty bundle certifies nothing")
    assert verify({"kind": "bundle"}) == (False, "an empty bundle certifies nothing")


# -- classification expectations --------------------------------------------------------------------------------------

def test_classification_reasons():
    assert verify({"kind": "classification", "problem": BOWL, "result": None}) == \
        (False, "a classification certificate holds the problem and the result")
    cert = _classification(BOWL, verdict_in=["saddle"])
    verdict = cert["result"]["verdict"]
    assert verify(cert) == (False, f"verdict {verdict!r} is not one of ['saddle']")
    assert verify(_classification(BOWL, strict=True)) == (False, "strict is False, expected True")
    inertia = {"positive": 2, "negative": 0, "zero": 0}
    assert verify(_classification(BOWL, indefinite=True)) == \
        (False, f"the Hessian inertia {inertia} does not match indefinite = True")
    assert verify(_classification(BOWL, semidefinite="nsd")) == \
        (False, f"the Hessian inertia {inertia} is not nsd semidefinite")
    deep = {"dims": [1, 1, 1, 1], "Y": [["1"]], "weights": [[["1"]], [["1"]], [["1"]]]}
    assert verify(_classification(deep, middle_rank=0)) == (False, "rank(W_H ... W_2) is 1, not 0")


def test_indefinite_with_one_positive_and_one_negative_eigenvalue():
    assert verify(_classification(SADDLE, indefinite=True))[0]
    assert not verify(_classification(SADDLE, indefinite=False))[0]
    assert not verify(_classification(SADDLE, semidefinite="either"))[0]


def test_semidefinite_either_and_without_a_stated_inertia():
    assert verify(_classification(BOWL, semidefinite="either"))[0]
    cap = _poly({"[2, 0]": "-1", "[0, 2]": "-1"})
    assert verify(_classification(cap, semidefinite="either"))[0]
    result = {"verdict": "inconclusive"}
    assert verify({"kind": "classification", "problem": BOWL, "result": result,
                   "expect": {"semidefinite": "psd"}}) == \
        (False, "semidefiniteness is read from the stated Hessian inertia, and the result states none")
    assert verify({"kind": "classification", "problem": BOWL, "result": result,
                   "expect": {"indefinite": False}}) == \
        (False, "indefinite is read from the stated Hessian inertia, and the result states none")


def test_grad_f_with_the_quartic_loss():
    # X = (1 1 1), A = 1, Y = (-1, 2, 2): E = (2, -1, -1), E X^T = 0 but E^3 X^T = 8 - 1 - 1 = 6
    problem = {"dims": [1, 1, 1], "X": [["1", "1", "1"]], "Y": [["-1", "2", "2"]], "weights": [[["1"]], [["1"]]],
               "loss": "quartic"}
    assert verify(_classification(problem, grad_f_nonzero=True))[0]
    assert verify(_classification(problem, grad_f_nonzero=False)) == (False, "grad f(A) nonzero is not False")


# -- descent curves ---------------------------------------------------------------------------------------------------

def test_descent_curve_reasons():
    two = {"dims": [1, 1, 1], "Y": [["1"]], "weights": [[["0"]], [["0"]]]}
    curve = {"kind": "curve", "curve": [[[["1"]], [["1"]]]], "order": 2, "leading_coefficient": "-1"}
    cert = {"kind": "descent_curve", "problem": two, "curve": curve}
    assert verify_descent_curve(cert) == (True, "descent of order 2 verified")
    assert verify_descent_curve({"kind": "descent_curve", "problem": None}) == \
        (False, "a descent_curve certificate holds a network problem")
    assert verify_descent_curve(dict(cert, curve=dict(curve, leading_coefficient="-2"))) == \
        (False, "descent: the t^2 coefficient is -1, not the stated -2")
    assert verify_descent_curve(dict(cert, curve=dict(curve, order="2"))) == \
        (False, "descent: order must be a positive integer")
    assert verify_descent_curve(dict(cert, curve=dict(curve, leading_coefficient=None)))[1].startswith(
        "malformed descent_curve certificate: TypeError: ")


def test_descent_curve_reason_names_lemma_19_when_its_hypotheses_were_recomputed():
    from tests.symbolic.checker.test_rejections import _descent

    cert = _descent()
    order = cert["curve"]["order"]
    assert verify_descent_curve(cert) == (True, f"descent of order {order} verified; Lemma 19's hypotheses recomputed")
    assert verify_descent_curve(dict(cert, hypotheses=None)) == (True, f"descent of order {order} verified")


def _zero_network(dims, **data):
    weights = [[["0"] * dims[k] for _ in range(dims[k + 1])] for k in range(len(dims) - 1)]
    return dict({"dims": dims, "weights": weights}, **data)


def test_kawaguchi_assumptions_read_the_stated_X():
    # X = diag(1, 0): X X^T is singular, so Theorem 2.3's assumptions fail, though with X = I they would hold
    # (Y Y^T = diag(4, 1) has distinct eigenvalues)
    problem = _zero_network([2, 2, 2], X=[["1", "0"], ["0", "0"]], Y=[["2", "0"], ["0", "1"]])
    cert = _classification(problem)
    assert verify(dict(cert, assumptions_fail="kawaguchi_theorem_2_3"))[0]
    assert not verify(dict(cert, assumptions="kawaguchi_theorem_2_3"))[0]
    same = dict(problem, X=[["1", "0"], ["0", "1"]])
    cert = _classification(same)
    assert verify(dict(cert, assumptions="kawaguchi_theorem_2_3"))[0]
    assert verify(dict(cert, assumptions_fail="kawaguchi_theorem_2_3")) == \
        (False, "Theorem 2.3's assumptions hold, but the certificate says they fail")


def test_kawaguchi_assumptions_default_X_is_the_identity_in_one_dimension():
    # without X, X = I_1 = (1): X X^T = 1 is invertible (the all-off-diagonal (0) would be singular)
    cert = _classification(_zero_network([1, 1, 1], Y=[["1"]]))
    assert verify(dict(cert, assumptions="kawaguchi_theorem_2_3"))[0]
    assert not verify(dict(cert, assumptions_fail="kawaguchi_theorem_2_3"))[0]
