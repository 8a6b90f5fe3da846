"""Propositions 6-7 on cones (proofs.papers.zhou_liang_2018.relu_cones): the points, the recovered forms and the witnesses."""

from proofs.papers.zhou_liang_2018.relu_cones import (
    BOUNDARY_DESCENT,
    BOUNDARY_MINIMUM,
    _cols,
    _data,
    boundary_descent_certificates,
    cone_points,
    printed13_holds,
    recovered_cone_points,
)
from symbolic.forms.analytical_forms import gradients
from symbolic.forms.relu_cones import cone_of, relu_gradients, relu_loss


def test_points_are_interior_and_critical_iff_condition12():
    pts = cone_points(True)
    assert {("violate" in label) for label, *_ in pts} == {True, False}
    for label, name, I, J, F, A1, A2 in pts:
        X, Y = _data(name)
        assert cone_of(A1, X) == (I, J, True), label
        G1, G2 = relu_gradients(A1, A2, X, Y)
        critical = all(v == 0 for v in G1.to_list_flat() + G2.to_list_flat())
        assert critical is F.satisfies_condition3() is F.is_critical(), label


def test_recovered_points_come_from_critical_blocks():
    pts = recovered_cone_points(True)
    assert pts
    for label, name, I, J, F, A1, A2 in pts:
        X, Y = _data(name)
        G1, G2 = gradients(F.A1, F.A2, _cols(X, J), _cols(Y, J))
        assert all(v == 0 for v in G1.to_list_flat() + G2.to_list_flat()), label
        assert F.satisfies_condition3()


def test_printed13_holds_exactly_when_l1_kills_the_samples():
    for label, name, I, J, F, A1, A2 in cone_points(True) + recovered_cone_points(True):
        X, _ = _data(name)
        assert printed13_holds(F, X, J) is all(v == 0 for v in F.L1.matmul(_cols(X, J)).to_list_flat())


def test_boundary_descent_facts():
    X, Y, J, c, v, ell = BOUNDARY_DESCENT
    certs = boundary_descent_certificates()
    assert certs["form"]["A1"] == [["0", "1"]] and certs["form"]["A2"] == [["1"]]
    assert certs["form"]["interior"] is False
    assert str(relu_loss([["0", "1"]], [["1"]], X, Y)) == "3/2"
    # along A1 = (-t, 1): L_N = 3/2 - t + t^2/2; at t = 1/10 that is 281/200
    assert str(relu_loss([["-1/10", "1"]], [["1"]], X, Y)) == "281/200"
    assert (c, v, ell, J) == (1, [1], [0, 0], [0, 1, 2])


def test_boundary_minimum_facts():
    X, Y, A1, A2 = BOUNDARY_MINIMUM
    assert cone_of(A1, X) == ([0], [0, 1], False)
    assert str(relu_loss(A1, A2, X, Y)) == "1/2"
    # a few nearby points, on both sides of the boundary, are not lower
    for a, b, e in ((1, "1/10", 1), ("11/10", "-1/10", "9/10"), ("9/10", "1/100", "11/10")):
        assert relu_loss([[a, b]], [[e]], X, Y) >= relu_loss(A1, A2, X, Y)
