"""The deep_analytical_form checker and the orthogonal factor of rational_curve_loss reject what is false."""

import copy

from proofs.papers.zhou_liang_2018.deep_forms import (
    constructed_deep,
    deep_categories,
    deep_form_certificate,
    recovered_deep,
    rotation_curve,
)
from symbolic.checker.bundle import verify
from symbolic.checker.deep_forms import verify_deep_form
from symbolic.forms.deep_forms import deep_critical_point


def _witness():
    D = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 1), (1, 0)])
    return deep_form_certificate(D, "inconsistent")


def test_witness_is_accepted():
    assert verify_deep_form(_witness())[0]


def test_wrong_booleans_and_expectations_are_rejected():
    cert = _witness()
    assert not verify_deep_form(dict(cert, consistency=[True]))[0]
    assert not verify_deep_form(dict(cert, condition6=[False]))[0]
    assert not verify_deep_form(dict(cert, critical=False))[0]
    assert not verify_deep_form(dict(cert, expect="condition6_and_critical"))[0]
    assert not verify_deep_form(dict(cert, expect="maybe"))[0]
    assert verify_deep_form(dict(cert, expect="critical"))[0]
    assert verify_deep_form(dict(cert, expect="condition6_implies_critical"))[0]


def test_tampered_layers_and_steps_are_rejected():
    cert = _witness()
    bad = copy.deepcopy(cert)
    bad["weights"][1][0][0] = "2"
    assert not verify_deep_form(bad)[0]
    bad = copy.deepcopy(cert)
    bad["steps"] = bad["steps"][:1]
    assert not verify_deep_form(bad)[0]
    bad = copy.deepcopy(cert)
    bad["steps"][1]["X"] = bad["steps"][0]["X"]  # step 1 must use A_1 X
    assert not verify_deep_form(bad)[0]
    bad = copy.deepcopy(cert)
    bad["weights"] = bad["weights"][:2]
    assert not verify_deep_form(bad)[0]
    assert not verify_deep_form(dict(cert, kind="other"))[0]
    assert not verify_deep_form({"kind": "deep_analytical_form"})[0]


def test_a_non_critical_point_with_condition6_expectation_is_rejected():
    for label, D, _ in constructed_deep(True):
        if not D.is_critical():
            cert = deep_form_certificate(D, "condition6_and_critical")
            assert not verify_deep_form(cert)[0], label
            break


def test_rotation_curve_orthogonal_factor_is_checked():
    for label, D, U in recovered_deep(True):
        cats = deep_categories(D)
        if U is not None and cats["non_optimal_steps"]:
            cert, _ = rotation_curve(D, cats["non_optimal_steps"][0], U)
            assert verify(cert)[0]
            bad = copy.deepcopy(cert)
            bad["orthogonal_left_factor"]["numerator"][0][0] = ["2"]
            assert not verify(bad)[0]
            bad = copy.deepcopy(cert)
            bad["orthogonal_left_factor"]["layer"] = 0
            assert not verify(bad)[0]
            bad = copy.deepcopy(cert)
            bad["orthogonal_left_factor"]["layer"] = True
            assert not verify(bad)[0]
            return
    raise AssertionError("no non-optimal-order point in the quick scope")
