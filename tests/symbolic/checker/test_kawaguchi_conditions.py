"""Kawaguchi's necessary conditions, recomputed with Fractions: they hold at semidefinite points, fail elsewhere."""

import json

import pytest

from proofs.papers.kawaguchi_2016.landscape import classified
from proofs.papers.kawaguchi_2016.necessary_conditions import conditions_parts, separating_value
from symbolic.checker.bundle import verify
from symbolic.checker.kawaguchi_conditions import condition_holds, verify_kawaguchi_conditions


def _point(dims, label):
    for lab, problem, result, _ in classified(dims):
        if lab == label:
            return {k: problem[k] for k in ("dims", "X", "Y", "weights")}, result
    raise KeyError(label)


def test_lemma46_fails_at_the_bottom_eigenvector_saddle():
    problem, result = _point((2, 1, 2), "U_S U_S^T Y, S = [1]")
    assert result["hessian_inertia"]["negative"] > 0          # not PSD: the lemma does not apply, and fails
    ok, why = condition_holds("4.6", problem, separating_value(problem, 1))
    assert not ok and "eigenvalue" in why
    cert = {"kind": "kawaguchi_conditions", "lemma": "4.6", "problem": problem, "z": "17", "holds": False}
    assert verify_kawaguchi_conditions(cert)[0]
    assert not verify_kawaguchi_conditions(dict(cert, holds=True))[0]
    # z = 1 lies below both eigenvalues of Sigma: it separates nothing, so it proves no failure
    assert not verify_kawaguchi_conditions(dict(cert, z="1"))[0]


def test_lemma44_fails_at_an_indefinite_saddle():
    problem, _ = _point((2, 2, 2), "U_S U_S^T Y, S = []")
    assert not condition_holds("4.4", problem)[0] and not condition_holds("4.5", problem)[0]


@pytest.mark.parametrize("lemma", ["4.4", "4.5", "4.6"])
def test_parts_verify_and_tampering_fails(lemma):
    parts, failures, undecided = conditions_parts(lemma, ((2, 1, 2), (2, 2, 2, 2)))
    assert parts and not failures and not undecided
    for cert in parts.values():
        assert verify(cert)[0]
    name, cert = next(iter(parts.items()))
    bad = json.loads(json.dumps(cert))
    bad["parts"]["conclusion"]["holds"] = False
    assert not verify(bad)[0]
    bad = json.loads(json.dumps(cert))
    bad["parts"]["hypothesis"]["expect"]["semidefinite"] = "nsd"   # global minima have positive eigenvalues
    assert not verify(bad)[0]


def test_lemma46_needs_a_separating_z():
    problem, _ = _point((2, 1, 2), "U_S U_S^T Y, S = [0]")
    assert condition_holds("4.6", problem, separating_value(problem, 1))[0]
    assert not condition_holds("4.6", problem, "1000")[0]
    assert not condition_holds("4.6", problem)[0]


def test_malformed_certificates_are_rejected():
    assert not verify_kawaguchi_conditions({"kind": "kawaguchi_conditions", "lemma": "4.7",
                                            "problem": {"dims": [1, 1, 1], "Y": [["1"]],
                                                        "weights": [[["0"]], [["0"]]]}})[0]
    assert not verify_kawaguchi_conditions({"kind": "kawaguchi_conditions", "lemma": "4.4", "problem": {}})[0]
    assert not verify_kawaguchi_conditions({"kind": "other"})[0]


def test_a_z_that_decides_nothing_leaves_the_lemma_inconclusive(monkeypatch):
    # a z above every eigenvalue separates nothing and proves no failure: no part, and the claim's check says
    # inconclusive rather than counting the point as a failure
    from proofs.papers.kawaguchi_2016 import checks, necessary_conditions

    monkeypatch.setattr(necessary_conditions, "separating_value", lambda problem, pbar: "100000")
    parts, failures, undecided = conditions_parts("4.6", ((2, 1, 2),))
    assert undecided and not failures
    assert all(cert["parts"]["conclusion"].get("z") is None for cert in parts.values())
    monkeypatch.setattr(checks, "THEOREM23_DIMS", {True: ((2, 1, 2),), False: ((2, 1, 2),)})
    outcome = checks._check_lemma46(True)
    assert outcome.status == "inconclusive" and "undecided" in outcome.details
