import json

import pytest

from proofs.papers.kawaguchi_2016.landscape import classified, part
from symbolic.checker.bundle import verify


def _zero_tuple():
    label, problem, result, _ = next(c for c in classified((2, 2, 2, 2)) if c[0] == "zero tuple")
    return problem, result


def test_classification_certificate_and_expectations():
    problem, result = _zero_tuple()
    assert verify(part(problem, result, verdict_in=["saddle"], strict=False, middle_rank=0))[0]
    assert not verify(part(problem, result, verdict_in=["global_min"]))[0]
    assert not verify(part(problem, result, strict=True))[0]
    assert not verify(part(problem, result, middle_rank=2))[0]
    assert not verify(part(problem, result, indefinite=True))[0]


def test_classification_certificate_rejects_tampering_and_bad_data():
    problem, result = _zero_tuple()
    bad = json.loads(json.dumps(part(problem, result)))
    bad["result"]["certificate"]["descent"]["leading_coefficient"] = "-100"
    assert not verify(bad)[0]
    bad = json.loads(json.dumps(part(problem, result)))
    bad["problem"]["Y"] = [["1", "0"], ["0", "1"]]          # repeated eigenvalue: Theorem 2.3's assumption fails
    ok, why = verify(bad)
    assert not ok


def test_bundle_needs_real_booleans():
    assert verify({"kind": "bundle", "parts": {"x": {"kind": "nonsense"}}}) == (False, "part 'x': no checker for certificate kind 'nonsense'")


def test_bernoulli_paths_checker():
    from symbolic.checker.bernoulli_paths import verify_bernoulli_paths
    ok, why = verify_bernoulli_paths({"kind": "bernoulli_paths", "dims": [2, 2, 1], "X": [["1", "-1/2"], ["0", "3"]]})
    assert ok, why
    assert not verify_bernoulli_paths({"kind": "bernoulli_paths", "dims": [3, 2, 1], "X": [["1"]]})[0]


def test_grad_f_nonzero_is_recomputed():
    from proofs.papers.laurent_vonbrecht_2018.checks import _NARROW
    from symbolic.landscape.classify import classify_json

    result = classify_json(_NARROW)
    assert verify(part(_NARROW, result, assumptions=None, verdict_in=["global_min"], grad_f_nonzero=True))[0]
    assert not verify(part(_NARROW, result, assumptions=None, grad_f_nonzero=False))[0]


def test_assumptions_fail_is_recomputed():
    label, problem, result, _ = classified((2, 1, 2), ("3", "3", "2"))[0]
    cert = part(problem, result, assumptions=None)
    cert["assumptions_fail"] = "kawaguchi_theorem_2_3"
    assert verify(cert)[0]
    label, problem, result, _ = classified((2, 1, 2))[0]          # distinct singular values: the assumption holds
    cert = part(problem, result, assumptions=None)
    cert["assumptions_fail"] = "kawaguchi_theorem_2_3"
    assert not verify(cert)[0]


# -- expectations on a classification, written against the survivors of mutation testing ------------------------------

def _classification(problem, **expect):
    from symbolic.landscape.classify import classify_json
    return {"kind": "classification", "problem": problem, "result": classify_json(problem), "expect": expect}


def _poly(terms):
    return {"polynomial": terms, "variables": ["x", "y"], "point": ["0", "0"]}


def test_inertia_expectations_at_a_maximum_and_at_a_degenerate_minimum():
    cap = _poly({"[2, 0]": "-1", "[0, 2]": "-1"})                   # inertia (0, 2, 0): NSD, not indefinite
    assert verify(_classification(cap, indefinite=False))[0] and verify(_classification(cap, semidefinite="nsd"))[0]
    assert not verify(_classification(cap, indefinite=True))[0]
    assert not verify(_classification(cap, semidefinite="psd"))[0]
    bowl = _poly({"[2, 0]": "1", "[0, 4]": "1"})                    # inconclusive, inertia (1, 0, 1): PSD only
    assert verify(_classification(bowl, semidefinite="psd"))[0]
    assert not verify(_classification(bowl, semidefinite="nsd"))[0]
    assert not verify(_classification(bowl, indefinite=True))[0]


def test_a_stated_inertia_is_not_taken_on_trust_when_the_verdict_has_no_local_argument():
    bowl = _poly({"[2, 0]": "1", "[0, 2]": "1"})
    forged = {"verdict": "inconclusive", "hessian_inertia": {"positive": 1, "negative": 1, "zero": 0}, "strict": True}
    assert verify({"kind": "classification", "problem": bowl, "result": forged,
                   "expect": {"indefinite": True, "strict": True}}) == (False, "the stated Hessian inertia is wrong")


def test_middle_rank_with_one_unit_wide_layer():
    deep = {"dims": [1, 1, 1, 1], "Y": [["1"]], "weights": [[["1"]], [["1"]], [["1"]]]}
    assert verify(_classification(deep, middle_rank=1))[0] and not verify(_classification(deep, middle_rank=0))[0]


def test_grad_f_uses_the_data_and_the_loss():
    # squared loss, X = (1 1 1): E = A X - Y = (2, -1, -1), so E X^T = 0 while E^3 X^T = 6 and E with X = I is not 0
    problem = {"dims": [1, 1, 1], "X": [["1", "1", "1"]], "Y": [["-1", "2", "2"]], "weights": [[["1"]], [["1"]]]}
    assert verify(_classification(problem, verdict_in=["global_min"], grad_f_nonzero=False))[0]
    assert not verify(_classification(problem, grad_f_nonzero=True))[0]


def test_kawaguchi_assumptions_with_the_default_identity_X():
    zero = [[["0"] * 3] * 2, [["0"] * 2] * 2]                        # dims 3, 2, 2: X defaults to I_3
    repeated = {"dims": [3, 2, 2], "Y": [["1", "0", "0"], ["0", "3/5", "4/5"]], "weights": zero}   # Y Y^T = I
    cert = _classification(repeated)
    assert verify(dict(cert, assumptions_fail="kawaguchi_theorem_2_3"))[0]
    assert not verify(dict(cert, assumptions="kawaguchi_theorem_2_3"))[0]
    distinct = {"dims": [3, 2, 2], "Y": [["2", "0", "0"], ["0", "0", "1"]], "weights": zero}       # Y Y^T = diag(4, 1)
    cert = _classification(distinct)
    assert verify(dict(cert, assumptions="kawaguchi_theorem_2_3"))[0]
    assert not verify(dict(cert, assumptions_fail="kawaguchi_theorem_2_3"))[0]


@pytest.mark.parametrize("n", [60, 61, 150])
def test_inertia_expectations_are_recomputed_at_every_size(n):
    bowl = {"polynomial": {str([2] + [0] * (n - 1)): "1"}, "variables": [f"x{i}" for i in range(n)],
            "point": ["0"] * n}
    result = {"verdict": "inconclusive", "hessian_inertia": {"positive": 1, "negative": 0, "zero": n - 1},
              "strict": False}
    cert = {"kind": "classification", "problem": bowl, "result": result}
    for expect in ({"strict": False}, {"indefinite": False}, {"semidefinite": "psd"}):
        assert verify(dict(cert, expect=expect))[0], expect
    # without a stated inertia the stated strict is still recomputed; indefinite has nothing to read
    assert verify(dict(cert, result=dict(result, hessian_inertia=None), expect={"strict": False}))[0]
    assert not verify(dict(cert, result=dict(result, hessian_inertia=None), expect={"indefinite": False}))[0]
    # forged: a PSD bowl stated indefinite, or strict
    forged = dict(result, hessian_inertia={"positive": 1, "negative": 1, "zero": n - 2})
    assert verify(dict(cert, result=forged, expect={"indefinite": True})) == \
        (False, "the stated Hessian inertia is wrong")
    assert verify(dict(cert, result=dict(result, strict=True), expect={"strict": True})) == \
        (False, "strict must say whether the Hessian has a negative eigenvalue")
