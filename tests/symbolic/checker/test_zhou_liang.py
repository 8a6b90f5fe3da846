"""Tamper tests for the Zhou-Liang checkers: shallow forms, rational curves, ReLU cones, quadratic fields."""

import json

import pytest

from proofs.papers.zhou_liang_2018.constructions import form_point, instance, rank_raising_curve, swap_curve
from proofs.papers.zhou_liang_2018.relu import (ZERO_EIGENVALUE_DESCENT, SQUARES, cone_certificate, descent_certificate,
                                    example_points)
from proofs.papers.zhou_liang_2018.shallow import certificate_of, irrational_points
from symbolic.checker.bundle import verify


def _copy(c):
    return json.loads(json.dumps(c))


def _tampered(cert, mutate):
    c = _copy(cert)
    mutate(c)
    return verify(c)


@pytest.fixture(scope="module")
def form():
    X, Y, U = instance("zero_eigenvalue")
    return certificate_of(form_point(X, Y, U, 2, (1, 0, 1), seed=4))


@pytest.fixture(scope="module")
def violating():
    X, Y, U = instance("zero_eigenvalue")
    return certificate_of(form_point(X, Y, U, 3, (1, 0, 0), seed=4, l1="violate"))


def test_genuine_certificates_verify(form, violating):
    assert verify(form)[0]
    assert form["critical"] and not any(form["categories"].values())
    assert verify(violating)[0] and not violating["critical"] and not violating["condition3"]


@pytest.mark.parametrize("name, mutate, reason", [
    ("A1 entry", lambda c: c["A1"][0].__setitem__(0, "7/3"), "(1)"),
    ("column not an eigenvector", lambda c: c["columns"][0].__setitem__(0, "5"), "eigenvector"),
    ("wrong eigenvalue", lambda c: c["column_values"].__setitem__(0, "4"), "eigenvector"),
    ("claim not critical", lambda c: c.__setitem__("critical", False), "critical"),
    ("claim (3) fails", lambda c: c.__setitem__("condition3", False), "condition (3)"),
    ("claim a category", lambda c: c["categories"].__setitem__("optimal", True), "categories"),
    ("wrong multiplicity", lambda c: c["spectrum"][0].__setitem__(1, 2), "multiplicity"),
    ("drop an eigenvalue", lambda c: c["spectrum"].pop(), "every eigenvalue"),
    ("wrong pseudoinverse", lambda c: c["Xp"][0].__setitem__(0, "9"), "Moore-Penrose"),
    ("singular C0", lambda c: c.__setitem__("C0", [["0", "0"], ["0", "0"]]), "invertible"),
])
def test_tampered_form_is_rejected(form, name, mutate, reason):
    ok, why = _tampered(form, mutate)
    assert not ok and reason in why, (name, why)


def test_violating_point_cannot_claim_criticality(violating):
    ok, why = _tampered(violating, lambda c: c.__setitem__("critical", True))
    assert not ok and "critical" in why


@pytest.fixture(scope="module")
def curves():
    X, Y, U = instance("repeated")
    F = form_point(X, Y, U, 2, (1, 1), seed=2)
    swap, gap = swap_curve(F, 0, 1, U)
    G = form_point(X, Y, U, 2, (1, 0), seed=2)
    raise_, sq, T = rank_raising_curve(G, U)
    return swap, gap, raise_


def test_curves_verify_and_the_printed_decrease_is_rejected(curves):
    swap, gap, raise_ = curves
    assert verify(swap)[0] and verify(raise_)[0]
    printed = {"numerator": ["0", "0", str(-gap)], "denominator": ["1", "0", "1"]}
    assert verify(dict(_copy(swap), not_equal=[printed]))[0]
    ok, why = _tampered(swap, lambda c: c.__setitem__("difference", printed))
    assert not ok and "R/S" in why
    ok, why = _tampered(swap, lambda c: c.__setitem__("not_equal", [dict(c["difference"])]))
    assert not ok and "equals" in why


@pytest.mark.parametrize("name, mutate, reason", [
    ("claim an increase", lambda c: c.__setitem__("direction", "increase"), "does not increase"),
    ("shift the numerator", lambda c: c["difference"]["numerator"].__setitem__(2, "1"), "R/S"),
    ("move the point", lambda c: c["point"][1][0].__setitem__(0, "11"), "pass through"),
    ("zero denominator at 0", lambda c: c["denominators"].__setitem__(0, ["0", "1"]), "vanishes"),
])
def test_tampered_curve_is_rejected(curves, name, mutate, reason):
    ok, why = _tampered(curves[2], mutate)
    assert not ok and reason in why, (name, why)


def test_relu_certificates_and_tampering():
    pts = example_points()
    A1, A2 = pts["first cone, as printed"][4:]
    good = cone_certificate(A1, A2, "min", SQUARES["first cone, as printed"], critical=True)
    assert verify(good)[0]
    assert not _tampered(good, lambda c: c.__setitem__("value", "0"))[0]
    assert not _tampered(good, lambda c: c["squares"].pop())[0]
    assert not _tampered(good, lambda c: c.__setitem__("local", "max"))[0]
    assert not _tampered(good, lambda c: c.__setitem__("critical", False))[0]
    B1, B2 = pts["second cone, v on the zero eigenvalue"][4:]
    ok, why = verify(cone_certificate(B1, B2, "min", SQUARES["second cone, as printed"]))
    assert not ok and "boundary" in why
    desc = descent_certificate(B1, B2, ZERO_EIGENVALUE_DESCENT)
    assert verify(desc)[0]
    up = [[[["-1"], ["0", "1"]]], [[["1"]], [["0", "-1"]]]]   # e = -t: L_N increases
    assert not verify(descent_certificate(B1, B2, up))[0]
    E1, E2 = pts["empty cone"][4:]
    assert verify(cone_certificate(E1, E2, "constant"))[0]
    assert not _tampered(cone_certificate(E1, E2, "constant"), lambda c: c.__setitem__("value", "2"))[0]


def test_quadratic_field_tampering():
    _, cert, _ = irrational_points(True)[0]
    assert verify(cert)[0]
    for mutate, reason in [
        (lambda c: c.__setitem__("d", 4), "perfect square"),
        (lambda c: c["eigenvalue"].__setitem__(1, "0"), "rational"),
        (lambda c: c["eigenvalue"].__setitem__(0, "-20"), "positive"),
        (lambda c: c["A1"][0].__setitem__(0, ["1", "0"]), "not critical"),
        (lambda c: c["A2"][0].__setitem__(0, ["4", "0"]), "lambda A2"),
    ]:
        ok, why = _tampered(cert, mutate)
        assert not ok and reason in why, why


def test_deep_pattern_value_tampering():
    from proofs.papers.zhou_liang_2018.deep import deep_certificate, deep_points

    label, X, Y, Ws = next(p for p in deep_points(True) if "p = [1, 0]" in p[0])
    cert = deep_certificate(X, Y, Ws)
    assert verify(cert)[0]
    for mutate, reason in [
        (lambda c: c["weights"][1][0].__setitem__(0, "13"), "gradient"),
        (lambda c: c["column_values"].__setitem__(0, "1"), "eigenvector"),
        (lambda c: c["categories"].__setitem__("case1", not c["categories"]["case1"]), "categories"),
        (lambda c: c.__setitem__("columns", []) or c.__setitem__("column_values", []), "span"),
    ]:
        ok, why = _tampered(cert, mutate)
        assert not ok and reason in why, why


# -- kill tests from mutmut's survivors (README, "Mutation testing"): exact answers of small hand-made certificates --

from proofs.papers.zhou_liang_2018.findings import categories_witness  # noqa: E402
from symbolic.checker.zhou_liang import verify_deep_pattern_value, verify_swap_point  # noqa: E402

# two layers, X = I, Y = diag(3, 1, 0), A1 = e1^T, A2 = 3 e1: critical, v = 9 on e1, Sigma = diag(9, 1, 0)
_DEEP3 = {"kind": "deep_pattern_value", "X": [["1", "0", "0"], ["0", "1", "0"], ["0", "0", "1"]],
          "Y": [["3", "0", "0"], ["0", "1", "0"], ["0", "0", "0"]],
          "Xp": [["1", "0", "0"], ["0", "1", "0"], ["0", "0", "1"]], "weights": [[["1", "0", "0"]], [["3"], ["0"], ["0"]]],
          "columns": [["1", "0", "0"]], "column_values": ["9"], "spectrum": [["9", 1], ["1", 1], ["0", 1]]}


@pytest.mark.parametrize("change, answer", [
    ({}, (True, "critical; pattern [1, 0, 0]; Proposition 4 holds")),
    ({"categories": {"case1": True, "case2": False, "non_optimal": False, "optimal": False}},
     (True, "critical; pattern [1, 0, 0]; Proposition 4 holds")),
    ({"spectrum": [["1", 1], ["9", 1], ["0", 1]]},
     (False, "the spectrum lists distinct positive eigenvalues in decreasing order, then 0")),
    ({"spectrum": [["0", 1], ["9", 1], ["1", 1]]},
     (False, "the spectrum lists distinct positive eigenvalues in decreasing order, then 0")),
    ({"spectrum": [["9", 1], ["1", 1], ["-1", 1]]},
     (False, "the spectrum lists distinct positive eigenvalues in decreasing order, then 0")),
    ({"spectrum": [["9", 1], ["5", 0], ["1", 1], ["0", 1]]}, (False, "eigenvalue 5 does not have multiplicity 0")),
    ({"spectrum": [["9", 2], ["1", 1], ["0", 1]]}, (False, "eigenvalue 9 does not have multiplicity 2")),
    ({"spectrum": [["9", 1], ["1", 1]]}, (False, "the spectrum does not list every eigenvalue")),
    ({"spectrum": [["9", "x"]]}, (False, "invalid literal for int() with base 10: 'x'")),
    ({"column_values": []}, (False, "at least two layers; one value per column of length d_l")),
    ({"columns": [["1", "0"]]}, (False, "at least two layers; one value per column of length d_l")),
    ({"weights": [[["1", "0", "0"]]]}, (False, "at least two layers; one value per column of length d_l")),
    ({"Xp": [["1", "0", "0"], ["0", "1", "0"], ["0", "0", "0"]]}, (False, "Xp is not the Moore-Penrose inverse of X")),
    ({"kind": "deep_analytical_form"}, (False, "not a deep_pattern_value certificate (kind 'deep_analytical_form')")),
    ({"weights": None}, (False, "malformed certificate: 'NoneType' object is not iterable")),
])
def test_deep_pattern_value_answers(change, answer):
    assert verify_deep_pattern_value(dict(_DEEP3, **change)) == answer


@pytest.mark.parametrize("weights, layer", [
    ([[["0"]], [["1"]], [["1"]]], 1), ([[["1"]], [["0"]], [["1"]]], 2), ([[["1"]], [["1"]], [["0"]]], 3),
    ([[["2"]], [["0"]], [["1"]]], 2), ([[["0"]], [["0"]], [["1"]]], None),
])
def test_deep_pattern_value_names_the_first_layer_with_a_nonzero_gradient(weights, layer):
    # scalars a, b, c with Y = 1: E = abc - 1, the gradients are bcE, acE, abE
    cert = {"kind": "deep_pattern_value", "X": [["1"]], "Y": [["1"]], "Xp": [["1"]], "weights": weights,
            "columns": [], "column_values": []}
    if layer is None:       # a = b = 0: every gradient is 0, a critical point of value 1/2 with no column
        assert verify_deep_pattern_value(cert) == (True, "critical; Proposition 4 holds")
    else:
        assert verify_deep_pattern_value(cert) == (False, f"the gradient of layer {layer} is not zero")


def test_deep_pattern_value_with_two_layers():
    cert = {"kind": "deep_pattern_value", "X": [["1", "0"], ["0", "1"]], "Y": [["2", "0"], ["0", "1"]],
            "Xp": [["1", "0"], ["0", "1"]], "weights": [[["0", "1"]], [["0"], ["1"]]],
            "columns": [["0", "1"]], "column_values": ["1"], "spectrum": [["4", 1], ["1", 1]]}
    assert verify_deep_pattern_value(cert) == (True, "critical; pattern [0, 1]; Proposition 4 holds")


def test_deep_pattern_value_columns_answers():
    # X = Y = I, two layers: A1 = A2 = I (E = 0) with the columns e1, e2; A1 = (1/2, 1/2), A2 = (1, 1)^T with (1, 1)
    base = {"kind": "deep_pattern_value", "X": [["1", "0"], ["0", "1"]], "Y": [["1", "0"], ["0", "1"]],
            "Xp": [["1", "0"], ["0", "1"]], "weights": [[["1", "0"], ["0", "1"]], [["1", "0"], ["0", "1"]]],
            "columns": [["1", "0"], ["0", "1"]], "column_values": ["1", "1"]}
    assert verify_deep_pattern_value(base) == (True, "critical; Proposition 4 holds")
    assert verify_deep_pattern_value(dict(base, columns=[["1", "0"], ["1", "1"]])) == \
        (False, "the columns are not mutually orthogonal")
    ones = dict(base, weights=[[["1/2", "1/2"]], [["1"], ["1"]]], columns=[["1", "1"]], column_values=["1"])
    assert verify_deep_pattern_value(ones) == (True, "critical; Proposition 4 holds")
    assert verify_deep_pattern_value(dict(ones, columns=[["0", "0"]])) == \
        (False, "a column is not an eigenvector of Sigma_0 for 1")
    # one more column than rank(A_(l,2)): P B = B still holds
    assert verify_deep_pattern_value(dict(_DEEP3, columns=[["1", "0", "0"], ["0", "1", "0"]],
                                          column_values=["9", "1"])) == \
        (False, "the columns do not span col(A_(l,2))")
    assert verify_deep_pattern_value(dict(_DEEP3, categories={})) == \
        (False, "the pattern [1, 0, 0] has categories {'case1': True, 'case2': False, 'non_optimal': False, "
                "'optimal': False}, not {}")


def test_deep_pattern_value_categories_use_the_narrowest_hidden_layer():
    from symbolic.checker.zhou_liang import categories
    # three layers of widths 2, 1: A3 A2 A1 = diag(2, 0) at Y = diag(2, 1), v = 4 on e1
    cert = {"kind": "deep_pattern_value", "X": [["1", "0"], ["0", "1"]], "Y": [["2", "0"], ["0", "1"]],
            "Xp": [["1", "0"], ["0", "1"]], "weights": [[["1", "0"], ["0", "0"]], [["1", "0"]], [["2"], ["0"]]],
            "columns": [["1", "0"]], "column_values": ["4"], "spectrum": [["4", 1], ["1", 1]],
            "categories": categories((1, 0), (1, 1), False, 1, 2)}
    assert categories((1, 0), (1, 1), False, 1, 2) != categories((1, 0), (1, 1), False, 2, 2)
    assert verify_deep_pattern_value(cert) == (True, "critical; pattern [1, 0]; Proposition 4 holds")


def test_swap_with_a_padded_column_and_a_non_unit_column():
    # d1 = 2 > rho = 1: A2 = [W, 0] C0 with W = (0, 2), A1's second row from L1; the swap changes L by -36/25
    form = {"kind": "shallow_analytical_form", "X": [["1", "0"], ["0", "1"]], "Y": [["3", "0"], ["0", "1"]],
            "Xp": [["1", "0"], ["0", "1"]], "A2p": [["0", "1/2"], ["0", "0"]], "columns": [["0", "2"]],
            "column_values": ["1"], "C0": [["1", "0"], ["0", "1"]], "L1": [["0", "0"], ["0", "1"]],
            "A1": [["0", "1/2"], ["0", "1"]], "A2": [["0", "0"], ["2", "0"]], "critical": True, "condition3": True,
            "spectrum": [["9", 1], ["1", 1]]}
    cert = {"kind": "zhou_liang_swap", "form": form, "column": 0, "direction": ["1", "0"], "value_i": "9",
            "eps": "3/4", "root": "5/4", "scale": "3/2", "difference": "-36/25"}
    assert verify_swap_point(cert) == (True, "the swap at eps = 3/4 changes L by -36/25")


def test_swap_point_answers():
    from tests.symbolic.checker.test_findings_kinds import _swap
    swap = _swap()
    assert verify_swap_point(dict(swap, kind="zhou_liang_jet")) == \
        (False, "not a zhou_liang_swap certificate (kind 'zhou_liang_jet')")
    no_spectrum = dict(swap, form={k: v for k, v in swap["form"].items() if k != "spectrum"})
    assert verify_swap_point(no_spectrum) == \
        (False, "the swap perturbs a shallow_analytical_form certificate with its spectrum ('form')")
    assert verify_swap_point({k: v for k, v in swap.items() if k != "eps"}) == (False, "malformed certificate: 'eps'")
    assert verify_swap_point(dict(swap, direction=["0", "0"])) == \
        (False, "the direction v is a nonzero vector of length d2")
    # a form that is not critical (d1 = 2, L1's second row (1, 0)): nothing to perturb
    form = {"kind": "shallow_analytical_form", "X": [["1", "0"], ["0", "1"]], "Y": [["3", "0"], ["0", "1"]],
            "Xp": [["1", "0"], ["0", "1"]], "A2p": [["0", "1/2"], ["0", "0"]], "columns": [["0", "2"]],
            "column_values": ["1"], "C0": [["1", "0"], ["0", "1"]], "L1": [["0", "0"], ["1", "0"]],
            "A1": [["0", "1/2"], ["1", "0"]], "A2": [["0", "0"], ["2", "0"]], "critical": False, "condition3": False,
            "spectrum": [["9", 1], ["1", 1]]}
    assert verify_swap_point(dict(swap, form=form)) == \
        (False, "Proposition 3 perturbs a critical point; the form is not critical")


# a rational rotation Q(eps) = [[1 - e^2, -2e], [2e, 1 - e^2]] / (1 + e^2) on W1 = e1, W2 = (1, 0), X = Y = 1:
# L(eps) - L(0) = 2 eps^4 / (1 + eps^2)^2
_ROT = {"kind": "rational_curve_loss", "X": [["1"]], "Y": [["1"]], "point": [[["1"], ["0"]], [["1", "0"]]],
        "numerators": [[[["1", "0", "-1"]], [["0", "2"]]], [[["1"], []]]], "denominators": [["1", "0", "1"], ["1"]],
        "difference": {"numerator": ["0", "0", "0", "0", "2"], "denominator": ["1", "0", "2", "0", "1"]},
        "direction": "increase",
        "orthogonal_left_factor": {"layer": 0, "numerator": [[["1", "0", "-1"], ["0", "-2"]],
                                                             [["0", "2"], ["1", "0", "-1"]]],
                                   "denominator": ["1", "0", "1"]}}


@pytest.mark.parametrize("factor, answer", [
    ({}, (True, "loss identity holds; increase of order eps^4")),
    ({"layer": True}, (False, "malformed orthogonal_left_factor: layer must be an index of the point; got True")),
    ({"layer": "0"}, (False, "malformed orthogonal_left_factor: layer must be an index of the point; got '0'")),
    ({"layer": 2}, (False, "malformed orthogonal_left_factor: layer must be an index of the point; got 2")),
    ({"numerator": [[["1", "0", "-1"]], [["0", "2"]]]},
     (False, "the orthogonal factor must be square, match layer's rows and share its denominator")),
    ({"denominator": ["1", "0", "2"]},
     (False, "the orthogonal factor must be square, match layer's rows and share its denominator")),
    ({"numerator": [[["1", "0", "1"], []], [[], ["1", "0", "1"]]]}, (False, "layer 1 is not Q times the point's layer")),
    ({"numerator": [[["1", "0", "-1"], []], [["0", "2"], []]]}, (False, "Q^T Q != I")),
])
def test_orthogonal_factor_answers(factor, answer):
    from symbolic.checker.zhou_liang import verify_rational_curve_loss
    cert = dict(_ROT, orthogonal_left_factor=dict(_ROT["orthogonal_left_factor"], **factor))
    assert verify_rational_curve_loss(cert) == answer


def test_rational_curve_loss_kind_and_orthogonal_direction():
    from symbolic.checker.zhou_liang import verify_rational_curve_loss
    assert verify_rational_curve_loss(dict(_ROT, kind="relu_descent_curve")) == \
        (False, "not a rational_curve_loss certificate (kind 'relu_descent_curve')")
    cert, _ = categories_witness()
    swap = next(p for p in cert["premises"].values() if p["kind"] == "zhou_liang_swap")
    assert verify_swap_point(dict(swap, direction=["1", "0", "0"], value_i="9")) == \
        (False, "the direction is not orthogonal to every column (p_i < m_i needs an uncaptured eigenvector)")


def test_swap_with_a_direction_of_norm_two():
    from tests.symbolic.checker.test_findings_kinds import _swap
    swap = _swap()
    form = dict(swap["form"], A2p=[["0", "1/2"], ["0", "0"]], columns=[["0", "2"]], C0=[["1", "0"], ["0", "1"]],
                L1=[["0", "0"], ["0", "1"]], A1=[["0", "1/2"], ["0", "1"]], A2=[["0", "0"], ["2", "0"]])
    cert = dict(swap, form=form, direction=["2", "0"], scale="3/4", difference="-36/25", not_equal=[])
    assert verify_swap_point(cert) == (True, "the swap at eps = 3/4 changes L by -36/25")


@pytest.mark.parametrize("change, answer", [
    ({"kind": "relu_descent_curve"}, (False, "not a rational_curve_loss certificate (kind 'relu_descent_curve')")),
    ({"difference": None}, (False, "malformed certificate: 'NoneType' object is not subscriptable")),
    ({"denominators": [["1", "0", "1"]]}, (False, "one numerator and one denominator per layer")),
    ({"point": [], "numerators": [], "denominators": []}, (False, "one numerator and one denominator per layer")),
    ({"denominators": [["1", "0", "1"], ["0", "1"]]}, (False, "denominator 2 vanishes at eps = 0")),
    ({"numerators": [[[["1", "0", "-1"]], [["0", "2"]]], [[["1"]]]]}, (False, "numerator 2 has the wrong shape")),
    ({"numerators": [[[["1", "0", "-1"]], [["0", "2"]]], [[["1"], []], [["1"], []]]]},
     (False, "numerator 2 has the wrong shape")),
    ({"numerators": [[[["1", "0", "-1"]], [["0", "2"]]], [[[], []]]]},
     (False, "the curve does not pass through the point at layer 2")),
])
def test_rational_curve_loss_answers(change, answer):
    from symbolic.checker.zhou_liang import verify_rational_curve_loss
    assert verify_rational_curve_loss(dict(_ROT, **change)) == answer
