"""The ReLU checkers (symbolic.checker.relu): cone forms, local minima on cone boundaries, first-order descent."""

import copy

import pytest

from proofs.papers.zhou_liang_2018.relu import ZERO_EIGENVALUE_DESCENT, descent_certificate, example_points
from proofs.papers.zhou_liang_2018.relu_cones import (
    boundary_descent_certificates,
    boundary_minimum_certificate,
    cone_form_certificate,
    cone_points,
    top_eigenvalue_saddle_certificates,
)
from symbolic.checker.bundle import verify


def _tampered(cert, mutate):
    c = copy.deepcopy(cert)
    mutate(c)
    return verify(c)


@pytest.fixture(scope="module")
def cone_certs():
    out = {}
    for label, name, I, J, F, A1, A2 in cone_points(True):
        out["violate" if "violate" in label else "holds"] = cone_form_certificate(name, I, J, F, A1, A2)
    return out


def test_cone_form_certificates_verify(cone_certs):
    for cert in cone_certs.values():
        assert verify(cert)[0], verify(cert)
    assert cone_certs["holds"]["critical"] and not cone_certs["violate"]["critical"]


@pytest.mark.parametrize("mutate, reason", [
    (lambda c: c.__setitem__("interior", False), "interior"),
    (lambda c: c.__setitem__("critical", not c["critical"]), "critical"),
    (lambda c: c.__setitem__("printed_13", not c["printed_13"]), "printed (13)"),
    (lambda c: c.__setitem__("I", [1]), "form is not on"),
    (lambda c: c.__setitem__("J", [0, 0]), "increasing"),
    (lambda c: c["A1"][-1].__setitem__(0, "100"), "form is not on"),
    (lambda c: c["form"].__setitem__("C0", [["1", "0"], ["0", "1"]]) if len(c["form"]["C0"]) == 2
     else c["form"].__setitem__("C0", [["7"]]), "the form"),
    (lambda c: c.pop("form"), "malformed"),
])
def test_tampered_cone_form_is_rejected(cone_certs, mutate, reason):
    ok, why = _tampered(cone_certs["holds"], mutate)
    assert not ok and reason in why, why


def test_expectation_links_criticality_to_condition12(cone_certs):
    cert = copy.deepcopy(cone_certs["violate"])
    cert["form"]["condition3"] = True  # the form checker recomputes (12) first
    assert not verify(cert)[0]


def test_point_outside_its_cone_is_rejected(cone_certs):
    cert = copy.deepcopy(cone_certs["holds"])
    cert["X"] = [[x if k else str(-int(x)) for k, x in enumerate(row)] for row in cert["X"]]
    assert not verify(cert)[0]


def test_boundary_descent_witness_and_tampering():
    certs = boundary_descent_certificates()
    form, descent = certs["form"], certs["descent"]
    assert verify(form) == (True, "on the boundary of K_{[0] x [0, 1, 2]}: form (10)-(11) verified; printed (13): True")
    ok, why = verify(descent)
    assert ok and "negative one-sided derivative" in why
    ok, why = _tampered(descent, lambda c: c.__setitem__("order", 2))
    assert not ok and "order 1" in why
    ok, why = _tampered(form, lambda c: c.__setitem__("critical", True))
    assert not ok and "only decided in the interior" in why
    assert form["form"]["spectrum"] == [["2", 1]] and form["form"]["column_values"] == ["2"]


def test_order_two_decrease_is_not_first_order():
    B1, B2 = example_points()["second cone, v on the zero eigenvalue"][4:]
    cert = dict(descent_certificate(B1, B2, ZERO_EIGENVALUE_DESCENT), order=1)
    ok, why = verify(cert)
    assert not ok and "order 2" in why
    assert verify(dict(cert, order=2))[0]


def test_boundary_minimum_and_tampering():
    cert = boundary_minimum_certificate()
    ok, why = verify(cert)
    assert ok and "no point (15) satisfies (16)" in why
    for mutate, reason in [
        (lambda c: c.__setitem__("value", "1/4"), "not 1/4"),
        (lambda c: c.__setitem__("A1", [["1", "1/10"]]), "not 1/2"),
        (lambda c: c["regions"].pop(), "sign patterns"),
        (lambda c: c["regions"][0]["certificate"]["terms"].pop(), "region [1]"),
        (lambda c: c["regions"][1]["certificate"]["constraints"].pop(), "region [-1]"),
        (lambda c: c.__setitem__("neighbourhood", [[[[0, 0, 1], "-1"]]]), "not positive"),
        (lambda c: c["no_form_in_cone"].__setitem__("Xp", [["1", "0"], ["0", "2"]]), "Moore-Penrose"),
        (lambda c: c.__setitem__("Y", [["1", "1"]]), "region"),
    ]:
        ok, why = _tampered(cert, mutate)
        assert not ok and reason in why, why


def test_one_signed_cone_has_form_points():
    # Y = (1, 0): A1 X = (1, 0) is in K_{1 x {1, 2}}, but r = (1, 0) is one-signed: (15)-(16) points exist there
    cert = copy.deepcopy(boundary_minimum_certificate())
    cert["Y"] = [["1", "0"]]
    cert.pop("regions")
    cert.pop("neighbourhood")
    from symbolic.checker.poly import frac_matrix, mat_mul
    from symbolic.checker.relu import _no_form_in_cone

    X, Y, A1, A2 = (frac_matrix(cert[k]) for k in ("X", "Y", "A1", "A2"))
    assert "both signs" in _no_form_in_cone(cert["no_form_in_cone"], X, Y, A1, A2, mat_mul(A1, X))


def test_differentiable_critical_witness_and_tampering():
    certs = top_eigenvalue_saddle_certificates()
    dc, form = certs["differentiable critical"], certs["form"]
    ok, why = verify(dc)
    assert ok and "1 zero entries" in why and "2 pieces" in why
    ok, why = verify(form)
    assert ok and "v on sigma_1(J) = 2" in why and "printed (13)" not in why
    for mutate, reason in [
        (lambda c: c.__setitem__("value", "4"), "not 4"),
        (lambda c: c.__setitem__("A2", [["1"], ["1"]]), "not 9/2"),
        (lambda c: c.update(A2=[["1"], ["1"]], value="11/2"), "kink coefficient"),       # <A2, y_2> = 1
        (lambda c: c.update(A1=[["1", "1"]], value="11/2"), "nonzero gradient"),        # interior, not critical
        (lambda c: c.__setitem__("J", [0, 2]), "not in K_{[0] x [0, 2]}"),
        (lambda c: c.update(A2=[["0"], ["0"]], value="11/2"), "A2 = 0"),
        (lambda c: c.__setitem__("nonzero", False), "nonzero must be true"),
        (lambda c: c.__setitem__("I", [1]), "I must be"),
    ]:
        ok, why = _tampered(dc, mutate)
        assert not ok and reason in why, (reason, why)
    assert not _tampered(form, lambda c: c.__setitem__("on_eigenvalue", 2))[0]
    assert not _tampered(form, lambda c: c.__setitem__("on_eigenvalue", 3))[0]
    assert not _tampered(form, lambda c: c["form"].pop("spectrum"))[0]


def test_differentiable_critical_needs_every_piece():
    # X = [1], Y = [0]: A1 = 0, A2 = 1 has kink coefficient <A2, -y> = 0 and zero gradient on both pieces
    cert = {"kind": "relu_differentiable_critical", "X": [["1"]], "Y": [["0"]], "A1": [["0"]], "A2": [["1"]],
            "value": "0"}
    assert verify(cert)[0]
    # Y = [1]: the kink coefficient is -1, the active piece has the gradient (-1, 0) in (A1, A2)
    ok, why = verify(dict(cert, Y=[["1"]], value="1/2"))
    assert not ok and "kink coefficient -1" in why
    many = dict(cert, X=[["0"] * 13], Y=[["0"] * 13])
    ok, why = verify(many)
    assert not ok and "more than 12" in why


def test_differentiable_points_are_certified():
    from proofs.papers.zhou_liang_2018.relu_cones import (DIFFERENTIABLE_DATA, differentiable_critical_certificate,
                                              differentiable_critical_points)
    points = differentiable_critical_points(True)
    assert any(not p[-1] for p in points) and any(p[-1] for p in points)
    for label, name, J, A1, A2, _ in points:
        X, Y = DIFFERENTIABLE_DATA[name]
        assert verify(differentiable_critical_certificate(X, Y, A1, A2, J))[0], label


def test_no_differentiable_critical_in_cone_and_tampering():
    cert = boundary_descent_certificates()["no differentiable critical point in the cone"]
    ok, why = verify(cert)
    assert ok and "r = Y_J X_J^+ X_J = ['0', '1', '1']" in why
    for mutate, reason in [
        (lambda c: c.__setitem__("kink_sample", 1), "need r_(j0) = 0 != y_(j0)"),
        (lambda c: c.__setitem__("kink_sample", 5), "kink_sample must be"),
        (lambda c: c.__setitem__("Y", [["0", "1", "1"]]), "need r_(j0) = 0 != y_(j0)"),   # y_1 = 0: no kink
        (lambda c: c.__setitem__("Xp", [["1", "0"], ["0", "1"], ["0", "0"]]), "Moore-Penrose"),
        (lambda c: c.__setitem__("positive_row", ["1", "-1"]), "positive_row"),
        (lambda c: c.update(A2=[["1"], ["0"]], Y=[["1", "2", "0"], ["0", "0", "0"]]), "d1 = d2 = 1"),
        (lambda c: c.__setitem__("A1", [["-1", "-1"]]), "empty cone"),
    ]:
        ok, why = _tampered(cert, mutate)
        assert not ok and reason in why, (reason, why)
    # x_(j0) in the span of the other samples with r_j = 0: the kinks may cancel.  X = (1, 2), Y = (2, -1): r = 0,
    # kink coefficients -2 a2 and a2 on x_1 = 1, x_2 = 2, so f'(d) + f'(-d) = -2|d| a2 + 2|d| a2 = 0
    par = {"kind": "relu_no_differentiable_critical_in_cone", "X": [["1", "2"]], "Y": [["2", "-1"]],
           "A1": [["0"]], "A2": [["1"]], "Xp": [["1/5"], ["2/5"]], "positive_row": ["1"], "kink_sample": 0}
    ok, why = verify(par)
    assert not ok and "span" in why
    assert verify({"kind": "relu_differentiable_critical", "X": [["1", "2"]], "Y": [["2", "-1"]], "A1": [["0"]],
                   "A2": [["1"]], "value": "5/2"})[0] is False   # the sufficient test (kinks 0 one by one) refuses too


# -- kill tests from mutmut's survivors (README, "Mutation testing"): exact answers of small hand-made certificates --

from symbolic.checker.relu import (  # noqa: E402
    _no_form_in_cone,
    verify_relu_cone_form,
    verify_relu_cone_point,
    verify_relu_descent_curve,
    verify_relu_differentiable_critical,
    verify_relu_local_min,
    verify_relu_no_differentiable_critical_in_cone,
)

# X = Y = [1], A1 = 1/2, A2 = 2: A1 X = 1/2 > 0 (an entry in (0, 1]), p = (a c - 1)^2 / 2 in (a, c), value 0
_MIN_POINT = {"kind": "relu_cone_point", "X": [["1"]], "Y": [["1"]], "A1": [["1/2"]], "A2": [["2"]], "value": "0",
              "local": "min", "squares": [{"coefficient": "1/2", "square": [[[1, 1], "1"], [[0, 0], "-1"]]}]}
# X = I, Y = diag(2, 1), A1 = (-1, -1): both entries negative, L_N = 5/2 constant on the open cone
_FLAT_POINT = {"kind": "relu_cone_point", "X": [["1", "0"], ["0", "1"]], "Y": [["2", "0"], ["0", "1"]],
               "A1": [["-1", "-1"]], "A2": [["1"], ["0"]], "value": "5/2", "local": "constant"}


@pytest.mark.parametrize("change, answer", [
    ({}, (True, "pattern [[1]]: L_N = 0, a local minimum (sum of squares on the open cone)")),
    ({"squares": _MIN_POINT["squares"] + [{"coefficient": "0", "square": [[[1, 0], "5"]]}]},
     (True, "pattern [[1]]: L_N = 0, a local minimum (sum of squares on the open cone)")),
    ({"squares": [{"coefficient": "-1/2", "square": [[[1, 1], "1"], [[0, 0], "-1"]]}]},
     (False, "a negative coefficient")),
    ({"local": "max"}, (False, "the sum of squares is not v - p")),
    ({"local": "min", "squares": []}, (False, "the sum of squares is not p - v")),
    ({"local": "constant"}, (False, "L_N is not constant on the cone")),
    ({"local": "saddle"}, (False, "local must be min, max, constant or null; got 'saddle'")),
    ({"local": None, "critical": True}, (True, "pattern [[1]]: L_N = 0; critical: True")),
    ({"critical": False}, (False, "critical is True, claimed False")),
    ({"critical": True}, (True, "pattern [[1]]: L_N = 0, a local minimum (sum of squares on the open cone); "
                                "critical: True")),
    ({"A1": [["0"]]}, (False, "an entry of A1 X is zero: the point is on a cone boundary")),
    ({"value": "1"}, (False, "L_N at the point is not 1")),
    ({"kind": "relu_cone_form"}, (False, "not a relu_cone_point certificate (kind 'relu_cone_form')")),
    ({"value": None}, (False, "malformed certificate: certificate entry None of type NoneType is not a rational")),
])
def test_cone_point_answers(change, answer):
    assert verify_relu_cone_point(dict(_MIN_POINT, **change)) == answer


def test_flat_cone_point_is_both_and_needs_no_squares():
    flat = dict(_FLAT_POINT)
    assert verify_relu_cone_point(flat) == (True, "pattern [[0, 0]]: L_N = 5/2 constant on a neighbourhood")
    assert verify_relu_cone_point(dict(flat, local="max")) == \
        (True, "pattern [[0, 0]]: L_N = 5/2, a local maximum (sum of squares on the open cone)")
    assert verify_relu_cone_point(dict(flat, local="min")) == \
        (True, "pattern [[0, 0]]: L_N = 5/2, a local minimum (sum of squares on the open cone)")
    assert verify_relu_cone_point(dict(flat, local=None)) == (True, "pattern [[0, 0]]: L_N = 5/2")


# X = Y = [1], A1 = 1, A2 = 0 (value 1/2) and a second hidden unit at 0 whose coefficient lists are empty
_CURVE = {"kind": "relu_descent_curve", "X": [["1"]], "Y": [["1"]], "A1": [["1"], ["0"]], "A2": [["0", "0"]],
          "value": "1/2", "curve": [[[["1"]], [[]]], [[["0", "1"], []]]]}


@pytest.mark.parametrize("change, answer", [
    ({}, (True, "L_N(t) - 1/2 = -1 t^1 + ... on (0, delta)")),
    ({"order": 1}, (True, "L_N(t) - 1/2 = -1 t + ...: a direction with negative one-sided derivative, so the point "
                          "is not a (Frechet) critical point of L_N")),
    ({"order": 2}, (False, "the decrease has order 1, claimed 2")),
    # A2(t) = t^2: L_N = (t^2 - 1)^2 / 2, a decrease of order 2 with no first-order term
    ({"curve": [[[["1"]], [[]]], [[["0", "0", "1"], []]]], "order": 2},
     (True, "L_N(t) - 1/2 = -1 t^2 + ... on (0, delta)")),
    ({"curve": [[[["1"]], [[]]], [[["0", "0", "1"], []]]], "order": 1},
     (False, "the decrease has order 2, claimed 1")),
    # A2(t) = -t: L_N = (t + 1)^2 / 2 increases (coefficient 1); A2(t) = -t/4: coefficient 1/4
    ({"curve": [[[["1"]], [[]]], [[["0", "-1"], []]]]}, (False, "L_N does not decrease along the curve")),
    ({"curve": [[[["1"]], [[]]], [[["0", "-1/4"], []]]]}, (False, "L_N does not decrease along the curve")),
    ({"curve": [[[["1"]], [[]]], [[["0"], []]]]}, (False, "L_N does not decrease along the curve")),   # constant
    ({"curve": [[[["1"]], [[]]], [[["0", "1"]]]]}, (False, "the curve has the wrong shape")),
    ({"curve": [[[["1"]]], [[["0", "1"], []]]]}, (False, "the curve has the wrong shape")),
    ({"curve": [[[[]], [[]]], [[["0", "1"], []]]]}, (False, "the curve does not pass through the point")),
    ({"curve": [[[["2"]], [[]]], [[["0", "1"], []]]]}, (False, "the curve does not pass through the point")),
    ({"value": "1"}, (False, "L_N at the point is not 1")),
    ({"kind": "relu_local_min"}, (False, "not a relu_descent_curve certificate (kind 'relu_local_min')")),
    ({"curve": [[[["1"]], [[]]]]}, (False, "malformed certificate: list index out of range")),
])
def test_descent_curve_answers(change, answer):
    assert verify_relu_descent_curve(dict(_CURVE, **change)) == answer


def _nn(variables, constraints, target, terms):
    return {"kind": "nonnegativity", "variables": variables, "constant": "0", "constraints": constraints,
            "target": target, "terms": terms}


# X = (1, -1), Y = (1, 0), A1 = 1, A2 = 1: A1 X = (1, -1), no zero entry, one region: a >= 0, -(-a) >= 0,
# L_N - 0 = (c a - 1)^2 / 2
_CA1 = [[[1, 1], "1"], [[0, 0], "-1"]]
_INTERIOR_MIN = {"kind": "relu_local_min", "X": [["1", "-1"]], "Y": [["1", "0"]], "A1": [["1"]], "A2": [["1"]],
                 "value": "0", "neighbourhood": [],
                 "regions": [{"pattern": [], "certificate": _nn(
                     ["a", "c"], [[[[1, 0], "1"]], [[[1, 0], "1"]]],
                     [[[2, 2], "1/2"], [[1, 1], "-1"], [[0, 0], "1/2"]],
                     [{"coefficient": "1/2", "constraints": [], "square": _CA1}])}]}


def test_local_min_answers_interior():
    ok = (True, "L_N >= 0 = L_N(point) on a neighbourhood (1 regions, 0 zero entries of A1 X): a local minimum")
    assert verify_relu_local_min(_INTERIOR_MIN) == ok
    bad_sign = copy.deepcopy(_INTERIOR_MIN)
    bad_sign["regions"][0]["certificate"]["constraints"][1] = [[[1, 0], "-1"]]   # the negative entry's sign
    assert verify_relu_local_min(bad_sign) == \
        (False, "region []: the certificate does not prove L_N - v >= 0 on the region")
    doubled = copy.deepcopy(_INTERIOR_MIN)
    doubled["regions"][0]["certificate"]["constraints"][1] = [[[1, 0], "2"]]
    assert verify_relu_local_min(doubled)[0] is False
    two = dict(_INTERIOR_MIN, regions=_INTERIOR_MIN["regions"] * 2)
    assert verify_relu_local_min(two) == \
        (False, "the regions must be exactly the 1 sign patterns of the zero entries of A1 X")
    assert verify_relu_local_min(dict(_INTERIOR_MIN, neighbourhood=[[[[0, 1], "1"], [[0, 0], "-1"]]])) == \
        (False, "a neighbourhood constraint is not positive at the point")      # c - 1 = 0 at the point
    assert verify_relu_local_min(dict(_INTERIOR_MIN, kind="relu_cone_point")) == \
        (False, "not a relu_local_min certificate (kind 'relu_cone_point')")
    assert verify_relu_local_min(dict(_INTERIOR_MIN, neighbourhood=None)) == \
        (False, "malformed certificate: 'NoneType' object is not iterable")
    assert verify_relu_local_min(dict(_INTERIOR_MIN, regions=[{}])) == (False, "malformed certificate: 'pattern'")
    assert verify_relu_local_min(dict(_INTERIOR_MIN, regions=[{"pattern": []}])) == \
        (False, "region []: malformed certificate: 'constraints'")
    assert verify_relu_local_min(dict(_INTERIOR_MIN, regions=[{"pattern": [], "certificate": {"constraints": 5}}])) \
        == (False, "region []: malformed certificate: 'int' object is not iterable")
    assert verify_relu_local_min(dict(_INTERIOR_MIN, value="1")) == (False, "L_N at the point is not 1")


def test_local_min_answer_with_no_form_in_cone():
    cert = boundary_minimum_certificate()
    assert verify_relu_local_min(cert) == (True, "L_N >= 1/2 = L_N(point) on a neighbourhood (2 regions, 1 zero "
                                                 "entries of A1 X): a local minimum; nonzero output, and no point "
                                                 "(15) satisfies (16) in its cone")


def test_no_form_in_cone_answers():
    I2 = [["1", "0"], ["0", "1"]]
    from symbolic.checker.poly import frac_matrix
    X = frac_matrix(I2)
    Y = frac_matrix([["1", "-1"]])
    assert _no_form_in_cone({"Xp": I2}, X, Y, frac_matrix([["0", "0"]]), frac_matrix([["1"]]),
                            frac_matrix([["0", "0"]])) == "the output A2 sigma(A1 X) is zero"
    assert _no_form_in_cone({"Xp": I2}, X, frac_matrix([["0", "-1"]]), frac_matrix([["1", "1"]]),
                            frac_matrix([["1"]]), frac_matrix([["1", "1"]])) == \
        "Y_{:,J} X_{:,J}^+ X_{:,J} does not have entries of both signs"
    assert _no_form_in_cone({"Xp": I2}, X, Y, frac_matrix([["1", "1"]]), frac_matrix([["1"]]),
                            frac_matrix([["1", "1"]])) is None
    assert _no_form_in_cone({"Xp": [["1", "0"]]}, X, Y, frac_matrix([["1", "1"]]), frac_matrix([["1"]]),
                            frac_matrix([["1", "1"]])) == \
        "Xp is not the Moore-Penrose inverse of X_{:,J} (J = the samples where A1 X >= 0)"
    assert _no_form_in_cone({"Xp": I2}, X, frac_matrix([["1", "-1"], ["0", "0"]]), frac_matrix([["1", "1"]]),
                            frac_matrix([["1"], ["1"]]), frac_matrix([["1", "1"]])) == \
        "no_form_in_cone needs one hidden unit and one output"
    assert _no_form_in_cone({}, X, Y, frac_matrix([["1", "1"]]), frac_matrix([["1"]]),
                            frac_matrix([["1", "1"]])) == "malformed no_form_in_cone: 'Xp'"


# X = (1, 4), Y = (9/2, 1), A1 = 1/2, A2 = 1: A1 X = (1/2, 2), both active, sum_j (z_j - y_j) x_j = -4 + 4 = 0
_DIFF_CRIT = {"kind": "relu_differentiable_critical", "X": [["1", "4"]], "Y": [["9/2", "1"]], "A1": [["1/2"]],
              "A2": [["1"]], "value": "17/2"}


@pytest.mark.parametrize("change, answer", [
    ({}, (True, "0 zero entries of A1 X, kink coefficients 0, gradient 0 on all 1 pieces: a differentiable critical "
                "point, L_N = 17/2")),
    ({"nonzero": True}, (True, "A2 != 0; 0 zero entries of A1 X, kink coefficients 0, gradient 0 on all 1 pieces: a "
                               "differentiable critical point, L_N = 17/2")),
    ({"I": [0], "J": [0, 1]}, (True, "in K_{[0] x [0, 1]}, 0 zero entries of A1 X, kink coefficients 0, gradient 0 "
                                     "on all 1 pieces: a differentiable critical point, L_N = 17/2")),
    ({"J": [0, 1]}, (False, "malformed certificate: 'I'")),
    ({"I": [0]}, (False, "malformed certificate: 'J'")),
    ({"I": [0], "J": [0, 0]}, (False, "malformed certificate: J must be a nonempty increasing list of indices below "
                                      "2; got [0, 0]")),
    ({"I": [0], "J": [1]}, (False, "the point is not in K_{[0] x [1]} ((8): (A1 X)_(I,J) >= 0, every other entry "
                                   "< 0)")),
    ({"nonzero": 1}, (False, "nonzero must be true when given")),
    ({"A2": [["0"]], "value": "85/8", "nonzero": True}, (False, "A2 = 0: not a nonzero critical point")),
    ({"A1": [["1"]], "value": "85/8"}, (False, "the piece with zero entries [] active has a nonzero gradient at the "
                                            "point")),
    ({"value": "1"}, (False, "L_N at the point is not 1")),
    ({"kind": "relu_cone_point"}, (False, "not a relu_differentiable_critical certificate (kind 'relu_cone_point')")),
    ({"value": [1]}, (False, "malformed certificate: certificate entry [1] of type list is not a rational")),
])
def test_differentiable_critical_answers(change, answer):
    assert verify_relu_differentiable_critical(dict(_DIFF_CRIT, **change)) == answer


def test_differentiable_critical_zero_limits():
    base = {"kind": "relu_differentiable_critical", "X": [["1"]], "Y": [["1"]], "A1": [["0"]], "A2": [["1"]],
            "value": "1/2"}
    assert verify_relu_differentiable_critical(base) == \
        (False, "entry (0, 0) of A1 X is 0 with kink coefficient -1: L_N is not differentiable there")
    many = dict(base, X=[["0"] * 13], Y=[["0"] * 13], value="0")
    assert verify_relu_differentiable_critical(many) == \
        (False, "13 zero entries of A1 X: more than 12 (4096 pieces)")


def test_no_differentiable_critical_answers():
    cert = boundary_descent_certificates()["no differentiable critical point in the cone"]
    v = verify_relu_no_differentiable_critical_in_cone
    assert v(dict(cert, kind="relu_cone_point")) == \
        (False, "not a relu_no_differentiable_critical_in_cone certificate (kind 'relu_cone_point')")
    assert v({k: x for k, x in cert.items() if k != "Xp"}) == (False, "malformed certificate: 'Xp'")
    assert v(dict(cert, A1=[["0", "1"], ["0", "1"]], A2=[["1", "1"]])) == \
        (False, "this certificate is for one hidden unit and one output (d1 = d2 = 1)")
    assert v(dict(cert, A1=[["-1", "-1"]])) == (False, "the point is in the empty cone (J = {})")
    assert v(dict(cert, Xp=[["1", "0"], ["0", "1"], ["0", "0"]])) == \
        (False, "Xp is not the Moore-Penrose inverse of X_{:,J} (J = the samples where A1 X >= 0)")
    assert v(dict(cert, positive_row=["1", "0"])) == \
        (False, "positive_row w does not have w x_j > 0 for every j in J")
    assert v(dict(cert, kink_sample=True))[1].startswith("kink_sample must be a sample of J")
    par = {"kind": "relu_no_differentiable_critical_in_cone", "X": [["1", "2"]], "Y": [["2", "-1"]],
           "A1": [["0"]], "A2": [["1"]], "Xp": [["1/5"], ["2/5"]], "positive_row": ["1"], "kink_sample": 0}
    assert v(par) == (False, "x_(j0) is in the span of the other samples with r_j = 0")


def test_cone_form_answers_by_direct_call(cone_certs):
    assert verify_relu_cone_form({"kind": "relu_cone_point"}) == \
        (False, "not a relu_cone_form certificate (kind 'relu_cone_point')")


def test_cone_form_exact_answers(cone_certs):
    h, v = cone_certs["holds"], verify_relu_cone_form

    def t(cert, **change):
        c = copy.deepcopy(cert)
        c.update(change)
        return v(c)

    assert v(h) == (True, "in the interior of K_{[0, 1] x [0, 1, 2]}: form (10)-(11) verified, L_N critical: True = "
                          "(12); printed (13): False")
    assert v(cone_certs["violate"]) == (True, "in the interior of K_{[0, 1] x [0, 2]}: form (10)-(11) verified, L_N "
                                              "critical: False = (12); printed (13): False")
    assert t(h, I=[5]) == (False, "malformed certificate: I must be a nonempty increasing list of indices below 2; "
                                  "got [5]")
    assert t(h, J=[0, 0]) == (False, "malformed certificate: J must be a nonempty increasing list of indices below 3; "
                                     "got [0, 0]")
    assert t(h, interior=False) == (False, "interior: True, claimed False")
    assert t(h, critical=False) == (False, "L_N critical: True, claimed False")
    assert t(h, printed_13=True) == (False, "printed (13) holds: False, claimed True")
    other_y = copy.deepcopy(h)
    other_y["form"]["Y"] = [["9"] * len(r) for r in other_y["form"]["Y"]]
    assert v(other_y) == (False, "the form is not on (X_{:,J}, Y_{:,J}) with the point's blocks (A1)_{I,:}, (A2)_{:,I}")
    b = boundary_descent_certificates()["form"]
    assert t(b, critical=True) == (False, "critical is only decided in the interior (L_N is not differentiable on a "
                                          "boundary)")
    e = top_eigenvalue_saddle_certificates()["form"]
    assert v(e) == (True, "on the boundary of K_{[0] x [0, 1, 2]}: form (10)-(11) verified; v on sigma_1(J) = 2")
    index = (False, "on_eigenvalue is a 1-based index into the form's spectrum (which must be listed)")
    for k in (0, 3, True, "1"):
        assert t(e, on_eigenvalue=k) == index, k
    assert t(e, on_eigenvalue=2) == (False, "a column value is not the eigenvalue number 2 of Sigma_J (2/3)")


def test_point_shapes_and_index_lists_exact(cone_certs):
    chain = (False, "malformed certificate: shapes do not chain")
    for change in ({"Y": [["1", "1"]]}, {"X": [["1"], ["1"]]}, {"A2": [["2", "2"]]}, {"Y": [["1"], ["1"]]}):
        assert verify_relu_cone_point(dict(_MIN_POINT, **change)) == chain, change
    assert verify_relu_cone_point({k: v for k, v in _MIN_POINT.items() if k != "X"}) == \
        (False, "malformed certificate: 'X'")
    h = cone_certs["holds"]
    assert verify_relu_cone_form(dict(h, I=5)) == \
        (False, "malformed certificate: I must be a nonempty increasing list of indices below 2; got 5")
    assert verify_relu_cone_form(dict(h, I=[True])) == \
        (False, "malformed certificate: I must be a nonempty increasing list of indices below 2; got [True]")
    assert verify_relu_differentiable_critical(dict(_DIFF_CRIT, I=[0], J=[0, 1], nonzero=True)) == \
        (True, "in K_{[0] x [0, 1]}, A2 != 0; 0 zero entries of A1 X, kink coefficients 0, gradient 0 on all 1 "
               "pieces: a differentiable critical point, L_N = 17/2")


def test_point_with_an_empty_output_layer_is_malformed():
    assert verify_relu_cone_point(dict(_MIN_POINT, A2=[])) == (False, "malformed certificate: shapes do not chain")
