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


# -- kill tests from mutmut's survivors (README, "Mutation testing"): each rejecting branch with its exact reason ----

from symbolic.checker.deep_forms import verify_deep_form_premises  # noqa: E402


def _nested():
    N = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 0), (1, 0)])
    return deep_form_certificate(N, "critical")


def test_exact_reasons_of_the_deep_form():
    cert = _witness()
    assert verify_deep_form(dict(cert, kind="other")) == (False, "not a deep_analytical_form certificate (kind 'other')")
    assert verify_deep_form(dict(cert, weights=cert["weights"][:1], steps=[])) == \
        (False, "one step per k = 0, ..., l - 2 (at least two layers)")
    assert verify_deep_form(dict(cert, steps=cert["steps"][:1])) == \
        (False, "one step per k = 0, ..., l - 2 (at least two layers)")
    bad = copy.deepcopy(cert)
    bad["Y"] = [["3", "0"], ["0", "1"], ["0", "0"]]                  # d_L = 2 rows of A_3, Y has 3 rows
    assert verify_deep_form(bad) == (False, "the weights do not chain from X to Y")
    bad = copy.deepcopy(cert)
    bad["X"] = [["1", "0"]]
    assert verify_deep_form(bad) == (False, "the weights do not chain from X to Y")
    bad = copy.deepcopy(cert)
    bad["weights"][1] = [["1", "0", "0"], ["0", "0", "0"]]            # A_2 is 2 x 3 after A_1 (2 x 2)
    assert verify_deep_form(bad) == (False, "the weights do not chain from X to Y")
    bad = copy.deepcopy(cert)
    bad["steps"][1]["Y"] = [["1", "0"], ["0", "1"]]
    assert verify_deep_form(bad)[0] is False
    bad = copy.deepcopy(cert)
    bad["weights"][0] = [["3", "0"], ["0", "2"]]                      # step 0's A1 is no longer A_1
    assert verify_deep_form(bad) == (False, "step 0's A1 is not A1")
    bad = copy.deepcopy(cert)
    bad["weights"][2] = [["2", "0"], ["0", "0"]]
    assert verify_deep_form(bad) == (False, "the last step's A2 is not A_l")
    assert verify_deep_form(dict(cert, expect="maybe")) == \
        (False, "expect must be one of critical, condition6_and_critical, condition6_implies_critical, inconsistent; "
                "got 'maybe'")
    assert verify_deep_form(dict(cert, expect="condition6_and_critical")) == \
        (False, "the expectation 'condition6_and_critical' fails")


def test_expectations_of_a_consistent_critical_form():
    cert = _nested()
    for want in ("critical", "condition6_and_critical", "condition6_implies_critical"):
        assert verify_deep_form(dict(cert, expect=want))[0], want
    assert verify_deep_form(dict(cert, expect="inconsistent")) == (False, "the expectation 'inconsistent' fails")


def test_exact_reasons_of_the_premises():
    nested = _nested()
    good = {"kind": "deep_form_premises", "zero_l": True, "form": nested}
    assert verify_deep_form_premises(good) == \
        (True, "every L_k = 0; ranks [1, 1] consistent with the layers; column spaces nested")
    assert verify_deep_form_premises(dict(good, zero_l=False)) == \
        (True, "ranks [1, 1] consistent with the layers; column spaces nested")
    assert verify_deep_form_premises(dict(good, kind="x")) == \
        (False, "not a deep_form_premises certificate (kind 'x')")
    assert verify_deep_form_premises(dict(good, form=None)) == \
        (False, "the premises are about a deep_analytical_form certificate ('form')")
    assert verify_deep_form_premises(dict(good, form=dict(nested, expect="inconsistent"))) == \
        (False, "form: the expectation 'inconsistent' fails")
    D = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 1), (1, 0)])
    assert verify_deep_form_premises({"kind": "deep_form_premises", "form": deep_form_certificate(D, "critical")}) == \
        (False, "step 0 captures 2 columns but the actual product A_3 ... A_2 has rank 1")


def test_two_layers_and_the_implication_expectation():
    D2 = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2], [(1, 0)])
    assert verify_deep_form(deep_form_certificate(D2, "critical")) == \
        (True, "deep form verified: consistency [], condition (6) [], critical True")
    from proofs.papers.zhou_liang_2018.deep_forms import constructed_deep
    D = next(D for _, D, _ in constructed_deep(True) if not D.is_critical())
    # not critical and condition (6) fails: "condition (6) implies critical" holds vacuously
    assert verify_deep_form(deep_form_certificate(D, "condition6_implies_critical")) == \
        (True, "deep form verified: consistency [True], condition (6) [False], critical False")


def test_the_mismatch_reason_lists_recomputed_and_claimed():
    assert verify_deep_form(dict(_witness(), consistency=[True])) == \
        (False, "recomputed consistency [False], condition (6) [True], critical True; claimed [True], [True], True")
    assert verify_deep_form(dict(_witness(), condition6=[False])) == \
        (False, "recomputed consistency [False], condition (6) [True], critical True; claimed [False], [False], True")
