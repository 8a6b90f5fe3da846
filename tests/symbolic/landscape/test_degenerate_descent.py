"""Lemma 19's descent direction (Nouiehed-Razaviyayn): hypotheses, both cases, certificates and tampering."""

import json

import pytest

from proofs.papers.nouiehed_razaviyayn_2018.landscape import lemma19_instances
from symbolic import Network
from symbolic.checker.bundle import verify
from symbolic.landscape.degenerate_descent import lemma19_direction, lemma19_hypotheses
from symbolic.core.exact import matrix_to_strings, rational_matrix


def _cert(problem):
    Ws = [rational_matrix(W) for W in problem["weights"]]
    d = lemma19_direction(Ws, problem["X"], problem["Y"])
    curve = {"kind": "curve", "curve": [[matrix_to_strings(A) for A in d["direction"]]], "order": d["order"],
             "leading_coefficient": str(d["leading_coefficient"])}
    return d, {"kind": "descent_curve", "problem": problem, "curve": curve, "hypotheses": "nr_lemma19"}


def test_hypotheses():
    assert not lemma19_hypotheses(Network([2, 2, 2]).exact_weights([[[0, 0]] * 2] * 2))[0]        # h = 2
    full = Network([2, 2, 2, 2]).exact_weights([[[1, 0], [0, 1]]] * 3)
    assert lemma19_hypotheses(full) == (False, "the point is not degenerate")
    assert lemma19_hypotheses(Network([2, 2, 2, 2]).exact_weights([[[0, 0]] * 2] * 3))[0]


def test_both_cases_descend_and_certificates_verify():
    cases = set()
    for name, problem in lemma19_instances(8):
        d, cert = _cert(problem)
        cases.add(d["case"])
        assert d["leading_coefficient"] < 0 and d["order"] in (d["predicted_order"], d["predicted_order"] + 1)
        assert verify(cert)[0], name
    assert cases == {"a", "b"}


def test_tampered_descent_curves_are_rejected():
    _, cert = _cert(lemma19_instances(2)[-1][1])
    bad = json.loads(json.dumps(cert))
    bad["curve"]["leading_coefficient"] = "1"
    assert not verify(bad)[0]
    bad = json.loads(json.dumps(cert))
    bad["curve"]["order"] += 1                      # the stated order's coefficient is not the first nonzero one
    assert not verify(bad)[0]
    bad = json.loads(json.dumps(cert))
    bad["problem"]["weights"][-1] = [["1", "0"], ["0", "1"]] if len(bad["problem"]["weights"][-1][0]) == 2 else \
        bad["problem"]["weights"][-1]
    assert not verify(bad)[0]


def test_a_global_minimum_returns_none():
    Ws = Network([2, 2, 2, 2]).exact_weights([[[0, 0]] * 2] * 3)
    assert lemma19_direction(Ws, [[1, 0], [0, 1]], [[0, 0], [0, 0]]) is None
    with pytest.raises(ValueError, match="does not apply"):
        lemma19_direction(Network([2, 2, 2]).exact_weights([[[0, 0]] * 2] * 2), [[1, 0], [0, 1]], [[1, 0], [0, 1]])
