"""The statements added for issue 21: the subdifferential, the zero tuple's saddles, Theorem 3 with a non-convex f,
and Section 2's identities."""

import copy

import pytest

from proofs.papers.laurent_vonbrecht_2018.statements import (
    _check_derived_subdifferential, _check_printed_subdifferential, _check_theorem1_steps, _check_theorem3_nonconvex,
    _check_zero_tuple_saddle, expansion_certificate, factorization_certificate, width_condition_certificate,
    zero_tuple_problem)
from symbolic.checker.bundle import verify


def test_subdifferential_outcomes():
    printed, derived = _check_printed_subdifferential(True), _check_derived_subdifferential(True)
    assert (printed.status, printed.finding, derived.status) == ("refuted", "misprint", "confirmed")
    assert printed.corrected_by == "subdifferential_eq_segment_at_origin_of_nonsmooth_loss"
    assert verify(printed.certificate)[0] and verify(derived.certificate)[0]


def test_zero_tuple_saddle_quick():
    outcome = _check_zero_tuple_saddle(True)
    assert outcome.status == "confirmed" and verify(outcome.certificate)[0]


def test_zero_tuple_with_zero_gradient_is_not_a_saddle_part():
    from symbolic.landscape.classify import classify_json

    problem = zero_tuple_problem((1, 1, 1, 1), "squared")
    problem["Y"] = [["0"]]                       # grad f(0) = 0: the zero tuple is a global minimum
    assert classify_json(problem)["verdict"] == "global_min"


def test_theorem3_nonconvex_witness_and_a_broken_premise():
    outcome = _check_theorem3_nonconvex(True)
    assert outcome.status == "confirmed" and verify(outcome.certificate)[0]
    cert = copy.deepcopy(outcome.certificate)
    facts = next(iter(cert["parts"].values()))
    facts["data"]["dims"] = [2, 1, 2]            # (3) fails
    assert not verify(cert)[0]


@pytest.mark.parametrize("dims", [(2, 2, 2), (3, 1, 2), (2, 1, 1, 3), (1, 3, 2, 1)])
def test_width_condition_equivalence(dims):
    assert verify(width_condition_certificate(dims))[0]


def test_factorization_and_expansion_identities():
    assert verify(factorization_certificate((3, 3, 2, 2)))[0]
    with pytest.raises(ValueError, match="violate"):
        factorization_certificate((3, 1, 3))
    bad = factorization_certificate((2, 3, 2))
    bad["matrices"]["W1"][0][0] = []             # one entry of W1 changed: the product is not A
    assert not verify(bad)[0]
    cert = expansion_certificate((2, 1, 2, 2), 2)
    assert verify(cert)[0]
    cert["equalities"][0]["right"] = cert["equalities"][0]["right"][:1]
    assert not verify(cert)[0]


def test_theorem1_steps_quick():
    outcome = _check_theorem1_steps(True)
    assert outcome.status == "confirmed" and outcome.scope_kind == "all" and verify(outcome.certificate)[0]


def test_quartic_local_min_certificate_is_exact():
    from proofs.papers.laurent_vonbrecht_2018.statements import quartic_local_min_certificate

    cert = quartic_local_min_certificate()
    assert verify(cert)[0]
    cert["terms"][0]["coefficient"] = "4"        # one coefficient off: the identity fails
    assert not verify(cert)[0]


def test_trace_step_identity():
    from proofs.papers.laurent_vonbrecht_2018.statements import trace_step_certificate

    cert = trace_step_certificate(2, 1, 2, 2)
    assert verify(cert)[0]
    cert["equalities"][0]["right"] = cert["equalities"][0]["right"][:1]   # half the trace
    assert not verify(cert)[0]


def test_rank_one_norm_identity():
    from proofs.papers.laurent_vonbrecht_2018.statements import rank_one_norm_certificate

    cert = rank_one_norm_certificate(3, 2)
    assert verify(cert)[0]
    cert["equalities"][0]["left"] = cert["equalities"][0]["left"][:1]   # one column of w u^T only
    assert not verify(cert)[0]


def test_argmin_of_nonsmooth_loss():
    from proofs.papers.laurent_vonbrecht_2018.statements import _check_argmin
    from proofs.papers.laurent_vonbrecht_2018.subdifferential import argmin_certificates

    outcome = _check_argmin(True)
    assert outcome.status == "confirmed" and verify(outcome.certificate)[0]
    cert = argmin_certificates()["-(f + 1) >= 0 on {x = 0, y >= 1}"]
    cert["constraints"] = cert["constraints"][:2]          # drop y >= 1: f > -1 at (0, 0), no certificate can hold
    assert not verify(cert)[0]


def test_nonsmooth_loss_is_a_maximum_of_affine_functions():
    from proofs.papers.laurent_vonbrecht_2018.statements import _check_convex_lipschitz
    from proofs.papers.laurent_vonbrecht_2018.subdifferential import _add, _piecewise, _scale, _X

    outcome = _check_convex_lipschitz(True)
    assert outcome.status == "confirmed" and verify(outcome.certificate)[0]
    # 2x - 1 is not below f: no certificate of f - (2x - 1) >= 0 exists (a piece is negative)
    with pytest.raises(ValueError, match="no linear certificate"):
        _piecewise(_add([[[0, 0], "-1"]], _scale(_add(_scale(_X, 2), [[[0, 0], "-1"]]), -1)), [1], [1])
