r"""The ``regularized_critical_points`` checker's exact answers on hand-built certificates, and its interval helpers
against hand computations (written from the mutation run's survivors, issue #18).

The worked example: dims ``[1, 1, 1]``, ``X = 1``, ``Y = 2``, every lambda 1, so

.. math::

    L(a, b) = \tfrac12 (ab - 2)^2 + \tfrac12 (a^2 + b^2)

with exactly five critical points: the origin (Hessian ``[[1, -2], [-2, 1]]``, index 1, value 2), ``(1, 1)`` and
``(-1, -1)`` (Hessian ``2 I``, minima of value 3/2), and ``(i sqrt3, -i sqrt3)``, ``(-i sqrt3, i sqrt3)`` (Hessian
``[[-2, 4], [4, -2]]``).
"""

import copy
from fractions import Fraction

import pytest

from symbolic.checker import regularized_points as rp
from symbolic.checker.bundle import verify
from symbolic.checker.mpoly import MPoly

Q = Fraction
PROBLEM = {"dims": [1, 1, 1], "X": [["1"]], "Y": [["2"]], "lambdas": [[["1"]], [["1"]]]}
S3 = "173205/100000"          # sqrt(3) to 6 digits (error below 1e-6, radius 1e-3)


def _point(center, C, real, index=None, Qm=None, radius="1/1000"):
    out = {"center": center, "radius": radius, "preconditioner": C, "real": real}
    if real:
        out.update(index=index, congruence=Qm)
    return out


def _real(xs):
    return [[x, "0"] for x in xs]


def _rows(M):
    return [[[x, "0"] for x in row] for row in M]


HALF = _rows([["1/2", "0"], ["0", "1/2"]])
ORIGIN_C = _rows([["-1/3", "-2/3"], ["-2/3", "-1/3"]])
COMPLEX_C = _rows([["1/6", "1/3"], ["1/3", "1/6"]])
ID = [["1", "0"], ["0", "1"]]


def _cert(**kw):
    cert = {"kind": "regularized_critical_points", "problem": copy.deepcopy(PROBLEM), "precision": 64,
            "points": [_point(_real(["0", "0"]), ORIGIN_C, True, 1, [["1", "1"], ["1", "-1"]]),
                       _point(_real(["1", "1"]), HALF, True, 0, ID),
                       _point(_real(["-1", "-1"]), HALF, True, 0, ID),
                       _point([["0", S3], ["0", "-" + S3]], COMPLEX_C, False),
                       _point([["0", "-" + S3], ["0", S3]], COMPLEX_C, False)],
            "value_classes": [{"members": [1, 2], "flips": [[], [[1, 0]]]}, {"members": [0], "flips": [[]]}]}
    cert.update(kw)
    return cert


def _check(cert):
    return rp.verify_regularized_critical_points(cert)


SUMMARY = ("5 distinct critical points certified (3 real, 2 non-real); real indices {0: 2, 1: 1}; 2 value classes "
           "strictly ordered; ")


def test_the_worked_example_verifies_with_its_exact_summary():
    assert _check(_cert()) == (True, SUMMARY + "completeness not certified")
    assert verify(_cert()) == (True, SUMMARY + "completeness not certified")


def test_completeness_by_groebner_and_one_point_short():
    ok, why = _check(_cert(complete={"groebner": True}))
    assert ok and why.startswith(SUMMARY + "complete (") and why.endswith(")")
    short = _cert(complete={"groebner": True})
    short["points"].pop()
    ok, why = _check(short)
    assert not ok and why.startswith("completeness: ")


def test_completeness_by_cofactors_is_dispatched_to_the_quotient_bound():
    # F_a = a b^2 - 2 b + a, F_b = a^2 b - 2 a + b; a member with no cofactors is refused by the quotient bound
    ok, why = _check(_cert(complete={"cofactors": {"order": "grevlex", "elements": []}}))
    assert not ok and why.startswith("completeness: ")
    ok, why = _check(_cert(complete={"cofactors": {"order": "grevlex", "elements": []}, "groebner": True}))
    assert not ok and why.startswith("completeness: ")          # not the cofactor branch: groebner refuses the spec


def test_layer_variables_and_build_loss():
    assert rp.layer_variables([2, 3, 1]) == ([(0, i, j) for i in range(3) for j in range(2)]
                                            + [(1, 0, j) for j in range(3)])
    L, F, J = rp.build_loss(PROBLEM)
    a, b = MPoly.var(2, 0), MPoly.var(2, 1)
    half = Q(1, 2)
    want = (a * b - MPoly.const(2, 2)) * (a * b - MPoly.const(2, 2)) * half + (a * a + b * b) * half
    assert L == want
    assert F == [want.diff(0), want.diff(1)]
    assert J[0][0] == want.diff(0).diff(0) and J[0][1] == want.diff(0).diff(1) and J[1][1] == want.diff(1).diff(1)
    assert J[1][0] is None


def test_build_loss_two_samples_non_square():
    # dims [2, 1]: L = 1/2 sum_s (w . x_s - y_s)^2 + 1/2 (1/4 w1^2 + 9 w2^2), samples x = (1, 2), (3, -1)
    problem = {"dims": [2, 1], "X": [["1", "3"], ["2", "-1"]], "Y": [["1", "0"]], "lambdas": [[["1/2", "3"]]]}
    L, F, J = rp.build_loss(problem)
    u, v = MPoly.var(2, 0), MPoly.var(2, 1)
    e1 = u + v * 2 - MPoly.const(2, 1)
    e2 = u * 3 - v
    want = (e1 * e1 + e2 * e2 + u * u * Q(1, 4) + v * v * 9) * Q(1, 2)
    assert L == want


@pytest.mark.parametrize("problem, message", [
    ({"dims": (1, 1), "X": [["1"]], "Y": [["1"]], "lambdas": [[["1"]]]},
     "dims must be a list of at least two positive integers; got (1, 1)"),
    ({"dims": [1], "X": [["1"]], "Y": [["1"]], "lambdas": []},
     "dims must be a list of at least two positive integers; got [1]"),
    ({"dims": [1, 0], "X": [["1"]], "Y": [["1"]], "lambdas": [[["1"]]]},
     "dims must be a list of at least two positive integers; got [1, 0]"),
    ({"dims": [True, 1], "X": [["1"]], "Y": [["1"]], "lambdas": [[["1"]]]},
     "dims must be a list of at least two positive integers; got [True, 1]"),
    ({"dims": [1, "2"], "X": [["1"]], "Y": [["1"]], "lambdas": [[["1"]]]},
     "dims must be a list of at least two positive integers; got [1, '2']"),
    ({"dims": [1, 41], "X": [["1"]], "Y": [["1"]] * 41, "lambdas": [[["1"]] * 41]},
     "41 weights is more than the checker's bound of 40"),
    ({"dims": [1, 1], "X": [["1"], ["1"]], "Y": [["1"]], "lambdas": [[["1"]]]}, "X, Y and lambdas do not match dims"),
    ({"dims": [1, 1], "X": [["1"]], "Y": [["1"], ["1"]], "lambdas": [[["1"]]]}, "X, Y and lambdas do not match dims"),
    ({"dims": [1, 1], "X": [["1", "2"]], "Y": [["1"]], "lambdas": [[["1"]]]}, "X, Y and lambdas do not match dims"),
    ({"dims": [1, 1], "X": [["1"]], "Y": [["1"]], "lambdas": [[["1"]], [["1"]]]},
     "X, Y and lambdas do not match dims"),
    ({"dims": [1, 2], "X": [["1"]], "Y": [["1"], ["1"]], "lambdas": [[["1"]]]}, "lambdas[0] must be 2 x 1"),
    ({"dims": [2, 1], "X": [["1"], ["1"]], "Y": [["1"]], "lambdas": [[["1"]]]}, "lambdas[0] must be 1 x 2"),
])
def test_build_loss_refusals(problem, message):
    with pytest.raises(ValueError) as info:
        rp.build_loss(problem)
    assert str(info.value) == message


def test_forty_weights_are_accepted():
    L, F, J = rp.build_loss({"dims": [1, 40], "X": [["1"]], "Y": [["1"]] * 40, "lambdas": [[["1"]] * 40]})
    assert len(F) == 40


def test_interval_helpers_against_hand_computations():
    assert rp._ival(Q(5, 3), 4) == (26, 27)           # 80/3 = 26.67
    assert rp._ival(Q(-5, 3), 4) == (-27, -26)
    assert rp._ival(Q(1, 2), 4) == (8, 8)
    assert rp._ival(Q(-3), 4) == (-48, -48)
    assert rp._imul((-48, 32), (80, 112), 4) == (-336, 224)     # [-3, 2] [5, 7] = [-21, 14]
    assert rp._imul((1, 1), (1, 1), 4) == (0, 1)                 # 2^-8 rounded outward
    assert rp._imul((-1, -1), (1, 1), 4) == (-1, 0)
    assert rp._imul((2, 3), (-5, 7), 0) == (-15, 21)
    assert rp._iadd((1, 2), (10, 30)) == (11, 32)
    assert rp._isub((1, 2), (10, 30)) == (-29, -8)
    assert rp._mag((-7, 3)) == 7 and rp._mag((-2, 5)) == 5
    # (1 + 2i)(3 - i) = 5 + 5i, exactly at K = 0
    assert rp._cmul(((1, 1), (2, 2)), ((3, 3), (-1, -1)), 0) == ((5, 5), (5, 5))
    assert rp._cadd(((1, 2), (3, 4)), ((10, 20), (30, 40))) == ((11, 22), (33, 44))


def test_powers_and_eval():
    K = 4
    x = ((32, 32), (16, 16))                     # 2 + i
    pw = rp._powers([x], 3, K)
    assert pw[0][0] == ((16, 16), (0, 0))
    assert pw[0][1] == x
    assert pw[0][2] == ((48, 48), (64, 64))      # 3 + 4i
    assert pw[0][3] == ((32, 32), (176, 176))    # 2 + 11i
    p = MPoly(2, {(2, 0): Q(1, 2), (0, 1): 3, (0, 0): -1})
    y = ((16, 16), (0, 0))                       # 1
    table = rp._powers([x, y], 2, K)
    # 1/2 (3 + 4i) + 3 - 1 = 7/2 + 2i
    assert rp._eval(p, table, K) == ((56, 56), (32, 32))


def test_krawczyk_radius_and_box():
    L, F, J = rp.build_loss(PROBLEM)
    C = [[(Q(1, 2), Q(0)), (Q(0), Q(0))], [(Q(0), Q(0)), (Q(1, 2), Q(0))]]
    one = [(Q(1), Q(0)), (Q(1), Q(0))]
    assert rp._krawczyk(F, J, 4, one, Q(1, 1000), C, 64) == (True, "")
    assert rp._krawczyk(F, J, 4, one, Q(0), C, 64) == (False, "the radius must be positive (at the working precision)")
    assert rp._krawczyk(F, J, 4, one, Q(1, 2**65), C, 64) == (
        False, "the radius must be positive (at the working precision)")
    assert rp._krawczyk(F, J, 4, one, Q(1, 2**64), C, 64) == (        # one unit: the rounding terms exceed it
        False, "the Krawczyk image leaves the box in coordinate 1")
    assert rp._krawczyk(F, J, 4, one, Q(1, 2**50), C, 64) == (True, "")
    off = [(Q(1), Q(0)), (Q(1001, 1000), Q(0))]          # the zero (1, 1) is outside the box of radius 1/2000
    assert rp._krawczyk(F, J, 4, off, Q(1, 2000), C, 64) == (False, "the Krawczyk image leaves the box in coordinate 2")
    offim = [(Q(1), Q(0)), (Q(1), Q(1, 1000))]
    assert rp._krawczyk(F, J, 4, offim, Q(1, 2000), C, 64)[0] is False
    # a radius so large that I - C J(X) is not small: the box of radius 1 about (1, 1) contains the origin too
    assert rp._krawczyk(F, J, 4, one, Q(1), C, 64)[0] is False


def test_real_index_by_gershgorin():
    L, F, J = rp.build_loss(PROBLEM)
    zero = [(Q(0), Q(0)), (Q(0), Q(0))]
    I2 = [[Q(1), Q(0)], [Q(0), Q(1)]]
    assert rp._real_index(J, 4, zero, Q(1, 1000), [[Q(1), Q(1)], [Q(1), Q(-1)]], 64) == (1, 1)
    assert rp._real_index(J, 4, zero, Q(1, 1000), I2, 64) is None      # [[1, -2], [-2, 1]]: Gershgorin meets 0
    assert rp._real_index(J, 4, [(Q(1), Q(0)), (Q(1), Q(0))], Q(1, 1000), I2, 64) == (2, 0)
    assert rp._real_index(J, 4, [(Q(-1), Q(0)), (Q(-1), Q(0))], Q(1, 1000), I2, 64) == (2, 0)
    assert rp._real_index(J, 4, zero, Q(1, 1000), [[Q(1), Q(-1)], [Q(1), Q(1)]], 64) == (1, 1)
    negative = [[Q(-1), Q(0)], [Q(0), Q(-1)]]                               # -I: the same congruence
    assert rp._real_index(J, 4, [(Q(1), Q(0)), (Q(1), Q(0))], Q(1, 1000), negative, 64) == (2, 0)
    # -H at the origin (dims [1, 1, 1], lambdas i): a negative definite block where the diagonal decides
    neg = {"dims": [1, 1], "X": [["1"]], "Y": [["1"]], "lambdas": [[["1"]]]}
    L1, F1, J1 = rp.build_loss(neg)
    assert rp._real_index(J1, 2, [(Q(0), Q(0))], Q(1, 1000), [[Q(1)]], 64) == (1, 0)
    assert rp._real_index(J1, 2, [(Q(0), Q(0))], Q(1, 1000), [[Q(0)]], 64) is None


def test_real_index_negative_diagonal_with_offdiagonal_radius():
    # J constant [[1, -2], [-2, 1]]; Q = [[1, 1], [1, -1]] gives diag(-2, 6); Q = [[1, 0], [1, 1]] gives
    # [[-2, -1], [-1, 1]]: row 0 is [-3, -1] (negative), row 1 is [0, 2] (meets 0) -> None
    L, F, J = rp.build_loss(PROBLEM)
    zero = [(Q(0), Q(0)), (Q(0), Q(0))]
    assert rp._real_index(J, 4, zero, Q(1, 1000), [[Q(1), Q(0)], [Q(1), Q(1)]], 64) is None
    # Q = [[1, 0], [1, 2]]: Q^T H Q = [[-2, -2], [-2, 4]]: rows [-4, 0] and [2, 6]: (1, 1), the diagonal -2 only
    # negative with its radius 2 counted
    assert rp._real_index(J, 4, zero, Q(1, 1000), [[Q(1), Q(0)], [Q(1), Q(2)]], 64) is None
    # columns q1 = (1, 1) (q1^T H q1 = -2) and q2 = (1, -1) + t (1, 1) (q2^T H q2 = 6 - 2 t^2, q1^T H q2 = -2 t):
    # t = 1/2: [[-2, -1], [-1, 11/2]], rows [-3, -1] and [9/2, 13/2]: (1, 1)
    assert rp._real_index(J, 4, zero, Q(1, 1000), [[Q(1), Q(3, 2)], [Q(1), Q(-1, 2)]], 64) == (1, 1)
    # t = 3/2: [[-2, -3], [-3, 3/2]]: row 0 is [-5, 1], row 1 [-3/2, 9/2], both meet 0
    assert rp._real_index(J, 4, zero, Q(1, 1000), [[Q(1), Q(5, 2)], [Q(1), Q(1, 2)]], 64) is None


def test_flip_signs_and_invariance():
    assert rp._flip([1, 1, 1], [[1, 0]], 2) == [-1, -1]
    assert rp._flip([1, 1, 1], [], 2) == [1, 1]
    assert rp._flip([1, 1, 1], [[1, 0], [1, 0]], 2) == [1, 1]
    # dims [1, 2, 1]: variables W1 (2 x 1) then W2 (1 x 2); unit 1 flips W1[1][0] and W2[0][1]
    assert rp._flip([1, 2, 1], [[1, 1]], 4) == [1, -1, 1, -1]
    # dims [1, 2, 2, 1]: W1 (2 vars), W2 (4, row-major), W3 (2); unit 0 of layer 2 flips row 0 of W2, column 0 of W3
    assert rp._flip([1, 2, 2, 1], [[2, 0]], 8) == [1, 1, -1, -1, 1, 1, -1, 1]
    assert rp._flip([1, 2, 2, 1], [[1, 1]], 8) == [1, -1, 1, -1, 1, -1, 1, 1]
    for bad in ([0, 0], [2, 0], [1, 1], [1, -1], ["1", 0], [1, "0"]):
        with pytest.raises(ValueError) as info:
            rp._flip([1, 1, 1], [bad], 2)
        assert str(info.value) == f"flip [{bad[0]}, {bad[1]}] names no hidden unit"
    a, b = MPoly.var(2, 0), MPoly.var(2, 1)
    assert rp._invariant(a * b + a * a, [-1, -1])
    assert not rp._invariant(a * b + a, [-1, -1])
    assert not rp._invariant(a * b, [1, -1])
    assert rp._invariant(a * a * b * b, [1, -1])
    assert not rp._invariant(a * a * b, [1, -1])
    assert not rp._invariant(a * b * b + b, [-1, 1])


@pytest.mark.parametrize("K, ok", [(15, False), (16, True), (4000, True), (4001, False), ("64", False),
                                   (Fraction(64), False)])
def test_precision_bounds(K, ok):
    got = _check(_cert(precision=K))
    assert got[0] is ok
    if not ok:
        assert got[1] == "precision must be an integer in 16..4000"


def test_each_refusal_with_its_exact_reason():
    def why(cert):
        ok, reason = _check(cert)
        assert not ok
        return reason

    assert why(_cert(points=[])) == "no points listed"
    assert why(_cert(points={})) == "no points listed"
    c = _cert()
    c["points"][1]["center"] = _real(["1"])
    assert why(c) == "point 1: center and preconditioner must have 2 coordinates"
    c = _cert()
    c["points"][1]["preconditioner"] = HALF[:1]
    assert why(c) == "point 1: center and preconditioner must have 2 coordinates"
    c = _cert()
    c["points"][1]["preconditioner"] = [HALF[0], HALF[1][:1]]
    assert why(c) == "point 1: center and preconditioner must have 2 coordinates"
    c = _cert()
    c["points"][1]["preconditioner"] = "1/2"
    with pytest.raises(ValueError, match="^preconditioner must be a list of"):
        _check(c)
    c = _cert()
    c["points"][1]["center"] = [["1", "0"], ["501/500", "0"]]     # C F(m) = (d^2 / 2, d), d = 1/500
    assert why(c) == "point 1: the Krawczyk image leaves the box in coordinate 2"
    c = _cert()
    c["points"][1]["center"] = [["1", "1/10000"], ["1", "0"]]
    c["points"][1]["radius"] = "1/1000"
    assert why(c) == "point 1 is stated real but its center is not"
    c = _cert()
    c["points"][1]["center"] = [["1", "0"], ["1", "1/10000"]]
    assert why(c) == "point 1 is stated real but its center is not"
    c = _cert()
    c["points"][1]["congruence"] = [["1", "0"]]
    assert why(c) == "point 1: the congruence must be 2 x 2"
    c = _cert()
    c["points"][1]["congruence"] = [["1"], ["0"]]
    assert why(c) == "point 1: the congruence must be 2 x 2"
    c = _cert()
    c["points"][0]["congruence"] = ID
    assert why(c) == "point 0: a Gershgorin interval of Q^T H Q meets 0"
    c = _cert()
    c["points"][0]["index"] = 0
    assert why(c) == "point 0: the certified index is 1, not 0"
    c = _cert()
    c["points"][2]["index"] = 2
    assert why(c) == "point 2: the certified index is 0, not 2"
    c = _cert()
    c["points"][1]["real"] = "yes"
    assert why(c) == "point 1: real must be true or false"
    c = _cert()
    c["points"][1]["real"] = 1
    assert why(c) == "point 1: real must be true or false"
    c = _cert()
    c["points"][3]["real"] = None
    assert why(c) == "point 3: real must be true or false"
    c = _cert()
    c["points"][3]["real"] = 0
    assert why(c) == "point 3: real must be true or false"


def test_a_real_zero_stated_non_real_is_refused():
    c = _cert()
    c["points"][1]["real"] = False
    assert _check(c) == (False, "point 1 is stated non-real but every imaginary interval meets 0")
    # an imaginary part exactly at the radius still meets 0 (the box is closed)
    L, F, J = rp.build_loss({"dims": [1, 1], "X": [["1"]], "Y": [["2"]], "lambdas": [[["1/2"]]]})
    one = {"dims": [1, 1], "X": [["1"]], "Y": [["2"]], "lambdas": [[["1/2"]]]}
    cert = {"kind": "regularized_critical_points", "problem": one, "precision": 64,
            "points": [_point([["8/5", "0"]], [[["4/5", "0"]]], False)]}
    assert _check(cert) == (False, "point 0 is stated non-real but every imaginary interval meets 0")
    cert["points"][0]["center"] = [["8/5", "1/1000"]]
    ok, why = _check(cert)
    assert not ok and "Krawczyk" in why


def test_non_real_with_only_the_second_coordinate_off_the_axis():
    # the worked example's complex points have both coordinates off the axis; a center whose first imaginary part
    # is within the radius is still non-real through the second
    c = _cert()
    assert c["points"][3]["real"] is False
    assert _check(c)[0]


def test_overlapping_boxes():
    c = _cert()
    c["points"].append(copy.deepcopy(c["points"][1]))
    c["points"][-1]["center"] = _real(["1", "1"])
    c.pop("value_classes")
    assert _check(c) == (False, "the boxes of points 1 and 5 overlap: distinct zeros are not certified")
    c = _cert()
    c["points"].append(copy.deepcopy(c["points"][3]))
    c.pop("value_classes")
    assert _check(c) == (False, "the boxes of points 3 and 5 overlap: distinct zeros are not certified")
    c = _cert()
    c["points"].insert(0, copy.deepcopy(c["points"][4]))
    c.pop("value_classes")
    assert _check(c) == (False, "the boxes of points 0 and 5 overlap: distinct zeros are not certified")


def _one_weight_problem():
    return {"dims": [1, 1], "X": [["1"]], "Y": [["2"]], "lambdas": [[["1/2"]]]}


def _one_weight_cert(*centers, radius="1/1000"):
    return {"kind": "regularized_critical_points", "problem": _one_weight_problem(), "precision": 64,
            "points": [_point([[c, "0"]], [[["4/5", "0"]]], True, 0, [["1"]], radius) for c in centers]}


def test_boxes_touching_or_close_in_one_coordinate():
    # two boxes about 8/5 and 8/5 + 2r + tiny are disjoint, yet only one holds the zero: the second fails Krawczyk;
    # the overlap test is reached with boxes at distance exactly ra + rb (closed boxes touch: overlap)
    cert = _one_weight_cert("8/5", "8/5")
    assert _check(cert) == (False, "the boxes of points 0 and 1 overlap: distinct zeros are not certified")


def test_the_overlap_sweep_compares_every_later_box():
    # boxes along the first coordinate: the sort key is re(center_0) - r; points with far-apart first coordinates
    # but the same second box must still be compared while the sweep has not passed them
    c = _cert()
    c["points"].append(copy.deepcopy(c["points"][0]))
    c["points"][-1]["radius"] = "1/500"
    c.pop("value_classes")
    assert _check(c) == (False, "the boxes of points 5 and 0 overlap: distinct zeros are not certified")


def test_value_class_refusals():
    def why(**kw):
        ok, reason = _check(_cert(**kw))
        assert not ok
        return reason

    assert why(value_classes=[{"members": [], "flips": []}]) == "value class 0: one flip list per member"
    assert why(value_classes=[{"members": [1, 2], "flips": [[]]}]) == "value class 0: one flip list per member"
    assert why(value_classes=[{"members": [1, 2], "flips": [[], [[1, 0]]]}, {"members": [1], "flips": [[]]}]) \
        == "value class 1: member 1 is repeated, unknown or not real"
    assert why(value_classes=[{"members": [1, 1], "flips": [[], []]}]) \
        == "value class 0: member 1 is repeated, unknown or not real"
    assert why(value_classes=[{"members": [5], "flips": [[]]}]) \
        == "value class 0: member 5 is repeated, unknown or not real"
    assert why(value_classes=[{"members": [-1], "flips": [[]]}]) \
        == "value class 0: member -1 is repeated, unknown or not real"
    assert why(value_classes=[{"members": [3], "flips": [[]]}]) \
        == "value class 0: member 3 is repeated, unknown or not real"
    assert why(value_classes=[{"members": [1, 2], "flips": [[], []]}, {"members": [0], "flips": [[]]}]) \
        == "value class 0: point 2 is not the flip [] of point 1"
    assert why(value_classes=[{"members": [1, 0], "flips": [[], [[1, 0]]]}]) \
        == "value class 0: point 0 is not the flip [[1, 0]] of point 1"
    assert why(value_classes=[{"members": [0], "flips": [[]]}, {"members": [1, 2], "flips": [[], [[1, 0]]]}]) \
        == "value classes 0 and 1 are not strictly ordered by their enclosures"
    assert why(value_classes=[{"members": [1], "flips": [[]]}, {"members": [2], "flips": [[]]},
                              {"members": [0], "flips": [[]]}]) \
        == "value classes 0 and 1 are not strictly ordered by their enclosures"
    assert why(value_classes=[{"members": [1, 2], "flips": [[], [[1, 0]]]}]) \
        == "the value classes do not cover every real point"
    assert why(value_classes=[{"members": [0], "flips": [[]]}]) == "the value classes do not cover every real point"
    # without classes nothing is ordered, and that is accepted
    ok, reason = _check(_cert(value_classes=[]))
    assert ok and "0 value classes" in reason
    c = _cert()
    c.pop("value_classes")
    assert _check(c)[0]


def test_flip_member_with_another_radius_is_refused():
    c = _cert()
    c["points"][2]["radius"] = "1/999"
    assert _check(c) == (False, "value class 0: point 2 is not the flip [[1, 0]] of point 1")


def test_flip_needs_every_coordinate_flipped():
    # a loss that is not invariant under a flip: a flip list naming the unit in a deeper net, checked on the loss
    a, b = MPoly.var(2, 0), MPoly.var(2, 1)
    assert rp._invariant(rp.build_loss(PROBLEM)[0], rp._flip([1, 1, 1], [[1, 0]], 2))
    assert not rp._invariant(rp.build_loss(PROBLEM)[0], [1, -1])
    assert not rp._invariant(a * a * b + b * b, [1, -1])


def test_expect_nonglobal_local_min():
    def why(m):
        ok, reason = _check(_cert(expect={"nonglobal_local_min": m}))
        assert not ok
        return reason

    assert why(1) == "point 1 is not a strict local minimum in a value class above the lowest"
    assert why(0) == "point 0 is not a strict local minimum in a value class above the lowest"
    assert why(3) == "point 3 is not a strict local minimum in a value class above the lowest"
    assert _check(_cert(expect={}))[0] and _check(_cert(expect=None))[0]
    # the origin made a minimum: classes [origin], [(1, 1), (-1, -1)] would order 2 < 3/2 falsely; instead reorder
    # a certificate whose second class holds a minimum: drop the origin's class and list (1, 1), (-1, -1) separately
    c = _cert(value_classes=[{"members": [1], "flips": [[]]}, {"members": [2], "flips": [[]]}])
    assert not _check(c)[0]


def test_expect_nonglobal_local_min_accepted_on_a_deep_net():
    from symbolic.critical.regularized import regularized_critical_points
    from symbolic.critical.regularized_problem import seeded_problem

    p = seeded_problem([1, 1, 1, 1], 1).to_json()
    cert = copy.deepcopy(regularized_critical_points(p["dims"], p["X"], p["Y"], p["lambdas"], backend="sympy",
                                                     completeness=False).certificate)
    origin = next(i for i, pt in enumerate(cert["points"]) if all(x == ["0", "0"] for x in pt["center"]))
    cert["expect"] = {"nonglobal_local_min": origin}
    ok, why = _check(cert)
    assert ok, why
    assert "real indices {0: " in why


def test_a_shifted_duplicate_box_is_found_by_the_sweep():
    # the same zero (1, 1) in a second box whose center is moved right by r / 2: its left edge is inside the first
    # box and its right edge beyond it; the sweep must not stop before comparing them
    c = _cert()
    c["points"].append(copy.deepcopy(c["points"][1]))
    c["points"][-1]["center"] = _real(["2001/2000", "1"])
    c.pop("value_classes")
    assert _check(c) == (False, "the boxes of points 1 and 5 overlap: distinct zeros are not certified")
    # the same in the second coordinate only (the first coordinates equal)
    c = _cert()
    c["points"].append(copy.deepcopy(c["points"][1]))
    c["points"][-1]["center"] = _real(["1", "2001/2000"])
    c.pop("value_classes")
    assert _check(c) == (False, "the boxes of points 1 and 5 overlap: distinct zeros are not certified")


def test_a_duplicate_complex_zero_with_a_moved_imaginary_part_overlaps():
    c = _cert()
    c["points"].append(copy.deepcopy(c["points"][3]))
    c["points"][-1]["center"] = [["0", "173225/100000"], ["0", "-" + S3]]
    c.pop("value_classes")
    assert _check(c) == (False, "the boxes of points 3 and 5 overlap: distinct zeros are not certified")


def test_value_enclosures_of_wide_boxes_overlap():
    # (1, 1) and (-1, -1) with radius 1/10, the origin with radius 1/5 (each box still passes Krawczyk): the loss
    # over the boxes, expanded term by term, encloses about [0.6, 2.4] and [1.6, 2.4]; the values 3/2 < 2 are not
    # separated by these enclosures, so the order is refused (the loss at the corners m + r alone would be ordered)
    c = _cert()
    c["points"][1]["radius"] = c["points"][2]["radius"] = "1/10"
    c["points"][0]["radius"] = "1/5"
    assert _check(c) == (False, "value classes 0 and 1 are not strictly ordered by their enclosures")
    c["points"][1]["radius"] = c["points"][2]["radius"] = "1/20"
    c["points"][0]["radius"] = "1/10"
    assert _check(c)[0] is True


def test_krawczyk_box_width_decides_near_the_admissible_radius():
    # about (1, 1) and (-1, -1) with C = I / 2: radius 1/10 passes, 3/20 does not (J varies too much over the box);
    # a box narrowed on one side (or one end of it) would pass 3/20
    L, F, J = rp.build_loss(PROBLEM)
    C = [[(Q(1, 2), Q(0)), (Q(0), Q(0))], [(Q(0), Q(0)), (Q(1, 2), Q(0))]]
    for s in (1, -1):
        m = [(Q(s), Q(0)), (Q(s), Q(0))]
        assert rp._krawczyk(F, J, 4, m, Q(1, 10), C, 64) == (True, "")
        assert rp._krawczyk(F, J, 4, m, Q(3, 20), C, 64) == (
            False, "the Krawczyk image leaves the box in coordinate 1")


def _linear():
    # dims [1, 1], X = 1, Y = 2, lambda = 1: F = 2 w - 2, J = 2, every quantity dyadic: v and M exact
    return rp.build_loss({"dims": [1, 1], "X": [["1"]], "Y": [["2"]], "lambdas": [[["1"]]]})


def test_krawczyk_exact_margins_on_a_linear_gradient():
    L, F, J = _linear()
    K = 20
    unit = Q(1, 2**K)
    half = [[(Q(1, 2), Q(0))]]
    at = [(Q(1), Q(0))]
    # C = 1/J: v = 0 and M = 0, so the bound is the rounding unit 1: |v| + 1 < rad needs rad >= 2
    assert rp._krawczyk(F, J, 1, at, unit, half, K) == (False, "the Krawczyk image leaves the box in coordinate 1")
    assert rp._krawczyk(F, J, 1, at, 2 * unit, half, K) == (True, "")
    # the center one unit off the zero, in the real part, then in the imaginary part: |v| = 1, rad 2 fails, 3 passes
    for off in ([(Q(1) + unit, Q(0))], [(Q(1), unit)]):
        assert rp._krawczyk(F, J, 1, off, 2 * unit, half, K) == (
            False, "the Krawczyk image leaves the box in coordinate 1")
        assert rp._krawczyk(F, J, 1, off, 3 * unit, half, K) == (True, "")
    # C = 1/4: M = 1/2, the bound is floor(rad / 2) + 1: rad 2 fails (1 + 1 < 2 does not hold), rad 3 and 4 pass
    quarter = [[(Q(1, 4), Q(0))]]
    assert rp._krawczyk(F, J, 1, at, 2 * unit, quarter, K)[0] is False
    assert rp._krawczyk(F, J, 1, at, 3 * unit, quarter, K) == (True, "")
    assert rp._krawczyk(F, J, 1, at, 4 * unit, quarter, K) == (True, "")
    # an imaginary preconditioner: C = i / 4, M = 1 - i / 2: |Re M| + |Im M| = 3/2 > 1: never contracting
    assert rp._krawczyk(F, J, 1, at, Q(1, 1000), [[(Q(0), Q(1, 4))]], K)[0] is False


def test_real_index_diagonal_uses_the_lower_end_of_its_interval():
    # (1, 1), radius 1/10, Q = [[1, t], [0, 1]]: row 0 of Q^T J(X) Q has the diagonal [1.81, 2.21] and an off-diagonal
    # interval of magnitude up to about 2.2 (t = 4/5): the lower end minus R is negative, the upper end minus R is not
    L, F, J = rp.build_loss(PROBLEM)
    one = [(Q(1), Q(0)), (Q(1), Q(0))]
    for t in (Q(7, 10), Q(3, 4), Q(4, 5)):
        assert rp._real_index(J, 4, one, Q(1, 10), [[Q(1), t], [Q(0), Q(1)]], 64) is None


def test_real_index_exact_margin_of_one_unit():
    # J = 2, Q = 2^-9, K = 17: Q^T J Q = 2^-17, exactly one unit: positive (the interval [1, 1] does not meet 0)
    L, F, J = _linear()
    at = [(Q(1), Q(0))]
    assert rp._real_index(J, 1, at, Q(1, 1000), [[Q(1, 512)]], 17) == (1, 0)
    assert rp._real_index(J, 1, at, Q(1, 1000), [[Q(1, 1024)]], 17) is None        # 2^-19 rounds down to 0
    cert = {"kind": "regularized_critical_points", "precision": 17,
            "problem": {"dims": [1, 1], "X": [["1"]], "Y": [["2"]], "lambdas": [[["1"]]]},
            "points": [_point([["1", "0"]], [[["1/2", "0"]]], True, 0, [["1/512"]])]}
    assert _check(cert)[0] is True
    cert["points"][0]["congruence"] = [["1/1024"]]
    assert _check(cert) == (False, "point 0: a Gershgorin interval of Q^T H Q meets 0")


def test_imul_with_both_factors_negative():
    assert rp._imul((-3, -2), (-5, -4), 0) == (8, 15)
    assert rp._imul((-3, 2), (-5, -4), 0) == (-10, 15)
    assert rp._imul((2, 3), (4, 5), 0) == (8, 15)
