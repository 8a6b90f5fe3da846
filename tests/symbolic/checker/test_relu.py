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
