import json

from proofs.kawaguchi_landscape import classified, part
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
    from proofs.laurent_vonbrecht_2018 import _NARROW
    from symbolic.classify import classify_json

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
