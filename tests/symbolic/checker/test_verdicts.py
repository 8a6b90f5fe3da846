"""The independent checker accepts the classifier's certificates and rejects tampered ones."""

import copy
from fractions import Fraction

import pytest

from symbolic.checker import verify
from symbolic.landscape.classify import classify_json

PEANO = {"polynomial": {"[0, 2]": "1", "[2, 1]": "-3", "[4, 0]": "2"}, "variables": ["x", "y"], "point": ["0", "0"]}
THREE = {"dims": [1, 1, 1, 1], "Y": [[1]], "weights": [[["0"]], [["0"]], [["0"]]]}
GLOBAL = {"dims": [2, 1, 2], "Y": [[2, 0], [0, 1]], "weights": [[[1, 0]], [[2], [0]]]}


def _result(problem):
    out = classify_json(problem)
    assert verify(problem, out) == (True, out["evidence"]["checker"])
    return out


def test_accepts_peano_and_rejects_tampering():
    out = _result(PEANO)
    bad = copy.deepcopy(out)
    bad["certificate"]["descent"]["leading_coefficient"] = "-1/3"
    assert verify(PEANO, bad) == (False, "descent: the t^4 coefficient is -1/4, not the stated -1/3")
    bad = copy.deepcopy(out)
    bad["certificate"]["descent"]["order"] = 3
    assert not verify(PEANO, bad)[0]
    bad = copy.deepcopy(out)
    bad["certificate"]["descent"]["curve"] = [["1", "0"]]  # a straight line: the t^2.. coefficients are not right
    assert not verify(PEANO, bad)[0]


def test_wrong_sign_rejected():
    out = _result(THREE)
    bad = copy.deepcopy(out)
    bad["certificate"]["descent"] = copy.deepcopy(out["certificate"]["ascent"])
    ok, reason = verify(THREE, bad)
    assert not ok and "wrong sign" in reason


def test_global_value_with_non_psd_Z_rejected():
    out = _result(GLOBAL)
    cert = out["certificate"]
    assert cert["kind"] == "global_value"
    bad = copy.deepcopy(out)
    bad["certificate"]["Z"] = [["1", "0"], ["0", "-1"]]
    bad["certificate"]["z"] = "3"
    ok, reason = verify(GLOBAL, bad)
    assert not ok and reason == "Z is not PSD"
    bad = copy.deepcopy(out)
    bad["certificate"]["z"] = "1"  # then z I + Z - Sigma is not PSD
    assert not verify(GLOBAL, bad)[0]


def test_not_critical_and_false_claims():
    problem = {"dims": [1, 1, 1], "Y": [[1]], "weights": [[[1]], [[2]]]}
    out = _result(problem)
    assert out["verdict"] == "not_critical"
    bad = dict(out, certificate={"kind": "gradient", "gradient": ["0", "0"]})
    assert not verify(problem, bad)[0]
    # a saddle claimed at a non-critical point is rejected even with a valid-looking curve
    fake = {"verdict": "saddle", "certificate": {"descent": {}, "ascent": {}}}
    assert verify(problem, fake) == (False, "the point is not critical: a gradient entry is nonzero")


def test_local_min_claim_at_saddle_rejected():
    out = _result(THREE)
    claim = {"verdict": "local_min", "hessian_inertia": out["hessian_inertia"], "strict": False,
             "certificate": {"kind": "morse_bott", "hessian_rank": 0, "orbit_dimension": 0, "nparams": 3}}
    ok, reason = verify(THREE, claim)
    assert not ok and "rank H != nparams - dim orbit" in reason


def test_wrong_inertia_or_strict_rejected():
    out = _result(THREE)
    bad = dict(out, strict=True)
    assert not verify(THREE, bad)[0]
    bad = dict(out, hessian_inertia={"positive": 3, "negative": 0, "zero": 0})
    assert not verify(THREE, bad)[0]


def test_checker_gradient_closed_form_matches_t_coefficients():
    from symbolic.checker.verdicts import _Network, _unit
    for loss in ("squared", "quartic"):
        net = _Network({"dims": [2, 3, 1, 2], "X": [[1, 2, 0], [0, 1, -1]], "Y": [[1, 0, 2], [2, 1, 1]],
                        "weights": [[[1, -2], [0, 1], [2, 2]], [[1, 0, -1]], [[2], ["1/2"]]], "loss": loss})
        assert net.gradient() == [net.series([_unit(net.nparams, i)], 1)[1] for i in range(net.nparams)]


def test_quartic_zero_value_global_min():
    problem = {"dims": [2, 2, 2], "Y": [[2, 0], [0, 1]], "weights": [[[1, 0], [0, 1]], [[2, 0], [0, 1]]],
               "loss": "quartic"}
    out = _result(problem)
    assert out["verdict"] == "global_min" and out["certificate"]["method"] == "nonnegative_loss"
    bad = {"dims": [2, 2, 2], "Y": [[2, 0], [0, 2]], "weights": problem["weights"], "loss": "quartic"}
    assert not verify(bad, out)[0]


def test_local_min_without_not_global_is_rejected():
    from symbolic.checker.verdicts import verify as check
    from symbolic.landscape.classify import classify_polynomial
    import sympy
    x, y = sympy.symbols("x y")
    c = classify_polynomial(x**3 - 3 * x + y**2, [x, y], [1, 0])
    problem = {"polynomial": {"[3, 0]": "1", "[1, 0]": "-3", "[0, 2]": "1"}, "variables": ["x", "y"], "point": ["1", "0"]}
    result = c.to_json()
    assert check(problem, result)[0]
    bad = dict(result, certificate=dict(result["certificate"], not_global=None))
    assert not check(problem, bad)[0]
    bad = dict(result, certificate=dict(result["certificate"], not_global=dict(result["certificate"]["not_global"], value="-100")))
    assert not check(problem, bad)[0]
    higher = dict(result["certificate"]["not_global"], point=["2", "0"], value="2")
    assert not check(problem, dict(result, certificate=dict(result["certificate"], not_global=higher)))[0]


# -- written against the survivors of mutation testing (README, "Mutation testing") ----------------------------------

def _poly(terms, point=("0", "0")):
    return {"polynomial": terms, "variables": ["x", "y"], "point": list(point)}


SQUARES = _poly({"[2, 0]": "1", "[0, 2]": "1"})                 # strict minimum at 0
HALF = _poly({"[2, 0]": "1/2", "[0, 2]": "1"})                  # strict minimum, a t^2 coefficient 1/2 along x
CAP = _poly({"[2, 0]": "-1", "[0, 2]": "-1"})                    # strict maximum at 0
LIFTED_SADDLE = _poly({"[0, 0]": "1", "[2, 0]": "1", "[0, 2]": "-1"})  # F(0) = 1 > 0


def _curve(direction, order, c, kind="curve"):
    return {"kind": kind, "curve": [list(direction)], "order": order, "leading_coefficient": c}


def test_a_zero_or_positive_coefficient_is_no_descent():
    up = _curve(["1", "0"], 2, "1")
    flat = _curve(["0", "0"], 1, "0")                               # F is constant along a zero curve
    assert verify(SQUARES, {"verdict": "saddle", "certificate": {"descent": flat, "ascent": up}}) == \
        (False, "descent: the leading coefficient 0 has the wrong sign")
    small_up = _curve(["1", "0"], 2, "1/2")                         # an ascent with a coefficient in (0, 1)
    assert verify(HALF, {"verdict": "saddle", "certificate": {"descent": small_up, "ascent": up}}) == \
        (False, "descent: the leading coefficient 1/2 has the wrong sign")
    down = _curve(["1", "0"], 2, "-1")
    assert verify(CAP, {"verdict": "saddle", "certificate": {"descent": down, "ascent": flat}}) == \
        (False, "ascent: the leading coefficient 0 has the wrong sign")


def test_curve_kind_and_order_are_checked():
    down, up = _curve(["0", "1"], 2, "-1"), _curve(["1", "0"], 2, "1")
    assert verify(LIFTED_SADDLE, {"verdict": "saddle", "certificate": {"descent": down, "ascent": up}})[0]
    for bad in (_curve(["0", "1"], 2, "-1", kind="gradient"), None, ["curve"]):
        assert verify(LIFTED_SADDLE, {"verdict": "saddle", "certificate": {"descent": bad, "ascent": up}}) == \
            (False, "descent is not a curve certificate")
    constant = _curve(["1", "0"], 0, "1")                           # "order 0" would compare F(x0) = 1 > 0
    assert verify(LIFTED_SADDLE, {"verdict": "saddle", "certificate": {"descent": down, "ascent": constant}}) == \
        (False, "ascent: order must be a positive integer")


def test_every_coefficient_below_the_order_is_checked_at_a_non_critical_point():
    from symbolic.checker.verdicts import _check_curve, _Network, _Polynomial, _Reject
    slope = _Polynomial(_poly({"[1, 0]": "1", "[2, 0]": "-1"}))      # x - x^2 along x: t - t^2
    with pytest.raises(_Reject, match=r"the t\^1 coefficient is 1, not 0"):
        _check_curve(slope, _curve(["1", "0"], 2, "-1"), -1, "descent")
    # (a, b) = (-t, 2 - 4t) on (ab - 1)^2 / 2: 1/2 + 2t - 2t^2 - 8t^3 + ..., an ascent to first order
    net = _Network({"dims": [1, 1, 1], "Y": [[1]], "weights": [[[0]], [[2]]]})
    assert net.series([[-1, -4]], 3) == [Fraction(1, 2), 2, -2, -8]
    with pytest.raises(_Reject, match=r"the t\^1 coefficient is 2, not 0"):
        _check_curve(net, {"kind": "curve", "curve": [[[["-1"]], [["-4"]]]], "order": 2,
                           "leading_coefficient": "-2"}, -1, "descent")


def test_ky_fan_global_value_rejects_malformed_Z_and_a_large_trace():
    out = _result(GLOBAL)
    bad = copy.deepcopy(out)
    bad["certificate"]["Z"] = [row + ["0"] for row in out["certificate"]["Z"]]
    assert verify(GLOBAL, bad) == (False, "Z must be dL x dL")
    bad = copy.deepcopy(out)                                         # Z + 10 I is PSD, but r z + Tr Z is now too big
    bad["certificate"]["Z"] = [[str(Fraction(v) + 10 * (i == j)) for j, v in enumerate(row)]
                               for i, row in enumerate(out["certificate"]["Z"])]
    ok, reason = verify(GLOBAL, bad)
    assert not ok and reason.startswith("r z + Tr Z = ")
    bad = copy.deepcopy(out)
    bad["certificate"]["K"] = [["1", "0", "0"], ["0", "1", "0"]]
    assert verify(GLOBAL, bad) == (False, "K must be d0 x d0")


NOT_OPT = {"dims": [2, 1, 2], "X": [["1", "1"], ["0", "1"]], "Y": [["2", "0"], ["0", "1"]],
           "weights": [[["1", "0"]], [["1"], ["0"]]]}


def test_ky_fan_not_global_is_recomputed():
    from symbolic.checker.verdicts import _check_not_global, _Network, _Reject
    net = _Network(NOT_OPT)
    F0 = net.value()
    assert F0 == Fraction(3, 2)                                      # ||Y||^2 - 2 F(x0) = 2
    good = {"K": [["1", "-1"], ["-1", "2"]], "V": [["2"], ["1"]], "trace": "17/5"}   # Sigma = Y Y^T = diag(4, 1)
    assert _check_not_global(net, good, F0) is None
    for bad, reason in [
        (dict(good, trace="4"), "the stated trace is wrong"),
        (dict(good, V=[["2", "0"], ["1", "0"]]), "V must be dL x r"),
        (dict(good, V=[["2"]]), "V must be dL x r"),
        (dict(good, V=[["0"], ["0"]], trace="0"), "a matrix that must be invertible is singular"),
        (dict(good, K=[["1", "0"], ["0", "1"]]), "X X^T K X != X: P = X^T K X is not the row-space projector of X"),
        (dict(good, K=[["1", "-1"], ["0", "2"]]), "K is not symmetric"),
    ]:
        with pytest.raises(_Reject) as exc:
            _check_not_global(net, bad, F0)
        assert str(exc.value) == reason
    for value in (Fraction(4, 5), Fraction(1, 2)):                  # Tr = 17/5 = ||Y||^2 - 2 F, and below it
        with pytest.raises(_Reject, match="does not exceed"):
            _check_not_global(net, good, value)
    assert _check_not_global(net, good, Fraction(81, 100)) is None


def test_local_min_with_ky_fan_not_global_at_a_global_minimum_is_rejected():
    out = _result(GLOBAL)
    ng = {"K": [["1", "0"], ["0", "1"]], "V": [["1"], ["0"]], "trace": "4"}
    claim = {"verdict": "local_min", "hessian_inertia": out["hessian_inertia"], "strict": False,
             "certificate": {"kind": "morse_bott", "hessian_rank": 3, "orbit_dimension": 1, "not_global": ng}}
    assert verify(GLOBAL, claim) == (False, "Tr(Q_V Sigma) does not exceed ||Y||^2 - 2 F(x0)")
    claim["certificate"]["not_global"] = dict(ng, trace="5")
    assert verify(GLOBAL, claim) == (False, "the stated trace is wrong")


def test_ky_fan_not_global_needs_the_squared_loss():
    # the quartic loss ((w)^4 + (w - 4)^4) / 4 is convex with its minimum at w = 2; the squared loss's Ky Fan
    # inequality (Tr = 8 > ||Y||^2 - 2 F = 0) says nothing about it
    quartic = {"dims": [1, 1], "X": [["1", "1"]], "Y": [["0", "4"]], "weights": [[["2"]]], "loss": "quartic"}
    claim = {"verdict": "local_min", "certificate": {"kind": "positive_definite", "hessian_rank": 1,
                                                     "not_global": {"K": [["1/2"]], "V": [["1"]], "trace": "8"}}}
    assert verify(quartic, claim) == (False, "the Ky Fan not_global certificate needs the squared loss")


def test_a_lower_point_must_be_strictly_lower():
    cubic = _poly({"[3, 0]": "1", "[1, 0]": "-3", "[0, 2]": "1"}, point=("1", "0"))   # F(1, 0) = F(-2, 0) = -2
    claim = {"verdict": "local_min", "certificate": {"kind": "positive_definite", "hessian_rank": 2,
                                                     "not_global": {"kind": "lower_point", "point": ["-2", "0"],
                                                                    "value": "-2"}}}
    assert verify(cubic, claim) == (False, "the lower point's value is not below F(x0)")
    claim["certificate"]["not_global"] = {"kind": "lower_point", "point": ["-3", "0"], "value": "-18"}
    assert verify(cubic, claim)[0]


def test_stated_inertia_is_recomputed_without_a_local_argument():
    # inconclusive and not_critical results carry no local argument, but their stated inertia is still a claim
    # (verify_classification's indefinite/semidefinite/strict expectations read it)
    wrong = {"hessian_inertia": {"positive": 1, "negative": 1, "zero": 0}, "strict": True}
    assert verify(SQUARES, dict(wrong, verdict="inconclusive")) == (False, "the stated Hessian inertia is wrong")
    assert verify(SQUARES, {"verdict": "inconclusive", "strict": True}) == \
        (False, "strict must say whether the Hessian has a negative eigenvalue")
    right = {"verdict": "inconclusive", "hessian_inertia": {"positive": 2, "negative": 0, "zero": 0}, "strict": False}
    assert verify(SQUARES, right)[0]
    sloped = _poly({"[1, 0]": "1", "[0, 2]": "1"})
    gradient = {"kind": "gradient", "gradient": ["1", "0"]}
    assert verify(sloped, dict(wrong, verdict="not_critical", certificate=gradient)) == \
        (False, "the stated Hessian inertia is wrong")
    assert verify(sloped, {"verdict": "not_critical", "certificate": gradient})[0]
    assert verify(SQUARES, {"verdict": "inconclusive", "hessian_inertia": wrong["hessian_inertia"]}) == \
        (False, "the stated Hessian inertia is wrong")                # an inertia without strict is checked too
    # a network off its critical set: F = (ab - 1)^2 / 2 at (1, 2), H = [[4, 3], [3, 1]] is indefinite
    net = {"dims": [1, 1, 1], "Y": [["1"]], "weights": [[["1"]], [["2"]]]}
    claim = {"verdict": "not_critical", "certificate": {"kind": "gradient", "gradient": ["2", "1"]},
             "hessian_inertia": {"positive": 1, "negative": 1, "zero": 0}, "strict": True}
    assert verify(net, claim) == (True, "gradient recomputed: nonzero")
    assert verify(net, dict(claim, hessian_inertia={"positive": 2, "negative": 0, "zero": 0}, strict=None)) == \
        (False, "the stated Hessian inertia is wrong")


def test_local_argument_with_and_without_an_orbit():
    from symbolic.checker.verdicts import _check_local, _Network, _Reject
    # one layer: no orbit tangents, so the orbit dimension is 0
    definite = _Network({"dims": [2, 1], "Y": [["1", "2"]], "weights": [[["1", "2"]]]})
    assert "Morse-Bott" in _check_local(definite, {"kind": "morse_bott", "hessian_rank": 2, "orbit_dimension": 0}, 1)
    # X = diag(1, 0): F is flat along w2, a non-strict minimum whose flat direction is no orbit
    flat = _Network({"dims": [2, 1], "X": [["1", "0"], ["0", "0"]], "Y": [["0", "0"]], "weights": [[["0", "5"]]]})
    with pytest.raises(_Reject, match="the orbit dimension is 0, not 1"):
        _check_local(flat, {"kind": "morse_bott", "hessian_rank": 1, "orbit_dimension": 1}, 1)
    # three layers at a global minimum: H has rank 1, the orbit (two GL(1) actions) dimension 2
    deep = _Network({"dims": [1, 1, 1, 1], "Y": [["1"]], "weights": [[["2"]], [["1/2"]], [["1"]]]})
    assert "Morse-Bott" in _check_local(deep, {"kind": "morse_bott", "hessian_rank": 1, "orbit_dimension": 2}, 1)


def _matmul(A, B):
    return [[sum((a * b for a, b in zip(row, col)), Fraction(0)) for col in zip(*B)] for row in A]


def test_orbit_tangents_are_the_derivatives_of_the_gl_action():
    from symbolic.checker.verdicts import _Network, _orbit_tangents
    dims = [2, 3, 1, 4]                                              # d_(k-1), d_k, d_(k+1) all differ
    Ws = [[["1", "-2"], ["0", "3"], ["1/2", "1"]], [["2", "-1", "5"]], [["1"], ["-3"], ["0"], ["2/3"]]]
    net = _Network({"dims": dims, "Y": [["0", "0"]] * 4, "weights": Ws})
    F = [[[Fraction(v) for v in row] for row in W] for W in Ws]
    expected = []
    for k in (1, 2):                                                 # W_k -> (I + tE) W_k, W_(k+1) -> W_(k+1) (I - tE)
        d = dims[k]
        for a in range(d):
            for b in range(d):
                E = [[Fraction(int((i, j) == (a, b))) for j in range(d)] for i in range(d)]
                blocks = [[[Fraction(0)] * dims[m] for _ in range(dims[m + 1])] for m in range(3)]
                blocks[k - 1] = _matmul(E, F[k - 1])
                blocks[k] = [[-v for v in row] for row in _matmul(F[k], E)]
                expected.append([v for B in blocks for row in B for v in row])
    assert _orbit_tangents(net) == expected


def test_rank_by_exact_elimination():
    from symbolic.checker.verdicts import _rank
    F = Fraction
    assert _rank([[F(1), F(1)], [F(1), F(1)]]) == 1
    assert _rank([[F(2), F(2)], [F(1), F(1)]]) == 1
    assert _rank([[F(0), F(1)], [F(0), F(1)]]) == 1
    assert _rank([[F(1), F(0), F(0)], [F(0), F(0), F(1)]]) == 2    # a zero column between two pivots
    assert _rank([[F(0), F(0), F(1)], [F(0), F(0), F(2)], [F(1), F(0), F(0)]]) == 2


def test_malformed_networks_are_rejected_with_their_reason():
    def reason(**problem):
        return verify(problem, {"verdict": "inconclusive"})
    assert reason(dims=[3], Y=[[1, 0, 0]] * 3, weights=[]) == (False, "dims must be positive integers")
    assert reason(dims=[1, 0, 1], Y=[[1]], weights=[[], [[]]]) == (False, "dims must be positive integers")
    assert reason(dims=[1, 2.0, 1], Y=[[1]], weights=[[[1], [1]], [[1, 1]]]) == \
        (False, "dims must be positive integers")
    assert reason(dims=[1, 2, 1], Y=[[1]], weights=[[[1]], [[1, 1]]]) == (False, "W1 has the wrong shape")
    for X in ([], [[]]):
        assert reason(dims=[1, 1], X=X, Y=[[]], weights=[[[1]]]) == \
            (False, "X must be d0 x n = 1 x n with n >= 1")
    assert reason(dims=[2, 1, 1], X=[[1, 2]], Y=[[1, 2]], weights=[[[1, 1]], [[1]]]) == \
        (False, "X must be d0 x n = 2 x n with n >= 1")
    assert reason(dims=[1, 1], Y=[[1]], weights=[[[1]]]) == (True, "inconclusive: no certificate to verify")


def test_curve_terms_of_the_wrong_shape_are_rejected():
    from symbolic.checker.verdicts import _Network, _Polynomial, _Reject
    net = _Network({"dims": [1, 1, 1], "Y": [[1]], "weights": [[[0]], [[2]]]})
    with pytest.raises(_Reject, match="one matrix per layer"):
        net.flat_term([[["1"]], [["0"]], [["7"]]])
    with pytest.raises(_Reject, match="a curve matrix has the wrong shape"):
        net.flat_term([[["1", "2"]], [["0"]]])
    with pytest.raises(_Reject, match="one entry per variable"):
        _Polynomial(PEANO).flat_term(["1", "0", "5"])


def test_polynomials_as_lists_of_pairs_and_bad_monomials():
    out = _result(PEANO)
    pairs = dict(PEANO, polynomial=[[[0, 2], "1"], [[2, 1], "-3"], [[4, 0], "2"]])
    assert verify(pairs, out) == verify(PEANO, out)
    assert verify(pairs, out)[0]
    for key in ("[2]", "[1, -1]"):
        assert verify(_poly({key: "1"}), {"verdict": "inconclusive"}) == (False, f"bad monomial {key!r}")


def test_degree_and_series_coefficients():
    from symbolic.checker.verdicts import _Network, _Polynomial, _value_at
    problem = {"dims": [1, 1, 1, 1], "Y": [["1"]], "weights": [[["1"]], [["2"]], [["1"]]]}
    assert _Network(problem).degree() == 6
    quartic = _Network(dict(problem, loss="quartic"))
    assert quartic.degree() == 12
    # F at (2, 2, 1): (4 - 1)^4 / 4, a degree-12 polynomial along the segment from (1, 2, 1)
    assert _value_at(quartic, [[["2"]], [["2"]], [["1"]]]) == Fraction(81, 4)
    assert _value_at(_Network(problem), [[["2"]], [["2"]], [["1"]]]) == Fraction(9, 2)
    peano = _Polynomial(PEANO)
    assert peano.degree() == 4
    assert peano.series([[1, 0]], 4) == [0, 0, 0, 0, 2]             # 2 t^4 along x
    assert peano.series([[1, 0]], 2) == [0, 0, 0]
    assert peano.series([[1, 0], [0, Fraction(3, 2)]], 4) == [0, 0, 0, 0, Fraction(-1, 4)]
    assert _Polynomial(_poly({})).degree() == 0
    assert _Network(problem).series([[1, 0, 0]], 2) == [Fraction(1, 2), 2, 2]   # (2(1 + t) - 1)^2 / 2


def _quadric_saddle(n):
    """x0^2 - x1^4 in n variables: a saddle with inertia (1, 0, n - 1)."""
    def mono(i, e):
        return str([e if j == i else 0 for j in range(n)])

    def unit(i):
        return [str(int(j == i)) for j in range(n)]
    problem = {"polynomial": {mono(0, 2): "1", mono(1, 4): "-1"}, "variables": [f"x{i}" for i in range(n)],
               "point": ["0"] * n}
    result = {"verdict": "saddle", "hessian_inertia": {"positive": 1, "negative": 0, "zero": n - 1}, "strict": False,
              "certificate": {"descent": _curve(unit(1), 4, "-1"), "ascent": _curve(unit(0), 2, "1")}}
    return problem, result


@pytest.mark.parametrize("n", [60, 61, 150])
def test_the_inertia_is_recomputed_at_every_size(n):
    problem, result = _quadric_saddle(n)
    assert verify(problem, result)[0]
    wrong = {"positive": 2, "negative": 0, "zero": n - 2}
    assert verify(problem, dict(result, hessian_inertia=wrong)) == (False, "the stated Hessian inertia is wrong")
    assert verify(problem, {"verdict": "inconclusive", "hessian_inertia": wrong}) == \
        (False, "the stated Hessian inertia is wrong")
