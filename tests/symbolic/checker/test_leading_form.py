"""The checker of degenerate minima (symbolic.checker.leading_form and its verdicts): every field forged once.

The checker must accept the true certificates of x^4 + y^4 (global minimum), x^4 - x^5 + y^2 (strict local minimum),
-(x^4) - y^4 (strict local maximum), a quartic network loss stationary in the product (global minimum with a
positive value), curves of order above 8; and reject a wrong Gram matrix, a wrong leading coefficient, a curve that
is not a descent, and Peano's forged "minimum".
"""

import copy
from fractions import Fraction

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from symbolic.checker.bundle import CHECKERS, verify as verify_certificate
from symbolic.checker.leading_form import check_sos, check_weighted_form
from symbolic.checker.mpoly import MPoly
from symbolic.checker.poly import ldl_inertia
from symbolic.checker.verdicts import verify
from symbolic.landscape.classify import classify_network, classify_polynomial

x, y = sympy.symbols("x y")


def _problem(expr, point, variables=(x, y)):
    poly = sympy.Poly(expr, *variables)
    return {"polynomial": {str(list(m)): str(c) for m, c in poly.terms()}, "variables": [str(v) for v in variables],
            "point": [str(v) for v in point]}


def _result(expr, point, variables=(x, y)):
    c = classify_polynomial(expr, list(variables), list(point))
    assert c.evidence["certificate_ok"] is True, c.evidence.get("checker")
    return _problem(expr, point, variables), c.to_json()


def _forged(result, path, value):
    out = copy.deepcopy(result)
    node = out
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return out


def _rejected(problem, result):
    ok, reason = verify(problem, result)
    assert ok is False, "a forged certificate was accepted"
    return reason


# -- sums of squares ----------------------------------------------------------------

def test_x4_plus_y4_global_min_and_its_forgeries():
    problem, res = _result(x**4 + y**4, [0, 0])
    assert res["verdict"] == "global_min" and res["certificate"]["kind"] == "sos_lower_bound"
    assert verify(problem, res)[0] is True
    k = len(res["certificate"]["gram"])
    _rejected(problem, _forged(res, ["certificate", "bound"], "1"))                       # a higher bound
    _rejected(problem, _forged(res, ["certificate", "gram"], [["2" if i == j else "0" for j in range(k)]
                                                               for i in range(k)]))         # a wrong Gram matrix
    _rejected(problem, _forged(res, ["certificate", "monomials"], [[1, 0], [0, 1]]))        # other monomials
    bad = _forged(res, ["certificate", "gram"], [["1", "2"], ["2", "1"]])
    bad["certificate"]["monomials"] = [[2, 0], [0, 2]]
    assert "identity" in _rejected(problem, bad)
    _rejected(problem, _forged(res, ["verdict"], "local_min"))                             # needs not_global


def test_a_gram_matrix_that_is_not_psd_is_rejected_even_when_the_identity_holds():
    # with the monomials (x^2, xy, y^2) the cross entries 1 at (x^2, y^2) give 2 x^2 y^2, cancelled by -2 (xy)^2:
    # the identity holds and G is indefinite
    cert = {"kind": "sos_lower_bound", "variables": ["x", "y"], "target": [[[4, 0], "1"], [[0, 4], "1"]],
            "bound": "0", "monomials": [[2, 0], [1, 1], [0, 2]],
            "gram": [["1", "0", "1"], ["0", "-2", "0"], ["1", "0", "1"]]}
    ok, reason = verify_certificate(cert)
    assert ok is False and "not positive semidefinite" in reason
    good = dict(cert, gram=[["1", "0", "0"], ["0", "0", "0"], ["0", "0", "1"]])
    assert verify_certificate(good)[0] is True


def test_positive_minimum_value_global_min():
    f = (x**2 - 1) ** 2 + (y - 1) ** 2 + 3
    problem, res = _result(f, [1, 1])
    assert res["verdict"] == "global_min" and res["certificate"]["bound"] == "3"
    _rejected(problem, _forged(res, ["certificate", "bound"], "2"))
    # the same certificate at the other minimiser (-1, 1) reads in other coordinates: rejected there
    assert verify(_problem(f, [-1, 1]), res)[0] is False


# -- weighted leading forms -----------------------------------------------------------

def test_x4_minus_x5_plus_y2_local_min_and_each_field_forged():
    problem, res = _result(x**4 - x**5 + y**2, [0, 0])
    cert = res["certificate"]
    assert res["verdict"] == "local_min" and cert["kind"] == "weighted_leading_form"
    assert cert["weights"] == [1, 2] and cert["degree"] == 4 and cert["not_global"]["kind"] == "lower_point"
    assert verify(problem, res)[0] is True
    forgeries = [
        (("certificate", "weights"), [1, 1]),            # y^2 has weighted degree 2 < 4
        (("certificate", "degree"), 6),                  # 6 / 2 is odd
        (("certificate", "epsilon"), "0"),
        (("certificate", "epsilon"), "-1/2"),
        (("certificate", "transform"), [["1", "1"], ["1", "1"]]),   # singular
        (("certificate", "gram"), [["1", "0"], ["0", "1"]]),
        (("certificate", "monomials"), [[1, 0], [0, 1]]),
        (("certificate", "sign"), -1),
        (("certificate", "hessian_rank"), 2),
        (("certificate", "not_global", "value"), "1"),
    ]
    for path, value in forgeries:
        _rejected(problem, _forged(res, list(path), value))
    _rejected(problem, _forged(res, ["certificate", "epsilon"], "1/4"))   # the identity fails for another epsilon
    _rejected(problem, _forged(res, ["verdict"], "local_max"))


def test_weighted_degree_below_d_is_rejected():
    # x^3 + y^2 is no minimum: its x^3 has weighted degree 3 < 4 for w = (1, 2)
    problem = _problem(x**3 + y**2, [0, 0])
    forged = {"verdict": "local_min", "strict": False, "hessian_inertia": {"positive": 1, "negative": 0, "zero": 1},
              "certificate": {"kind": "weighted_leading_form", "hessian_rank": 1, "transform": [["1", "0"], ["0", "1"]],
                              "weights": [1, 2], "degree": 4, "epsilon": "1/2", "monomials": [[2, 0], [0, 1]],
                              "gram": [["1/2", "0"], ["0", "1/2"]],
                              "not_global": {"kind": "lower_point", "point": ["-1", "0"], "value": "-1"}}}
    assert "weighted degree 3 < 4" in _rejected(problem, forged)


def _peano_minimum(verdict="local_min"):
    forged = {"verdict": verdict, "strict": False, "hessian_inertia": {"positive": 1, "negative": 0, "zero": 1},
              "certificate": {"kind": "weighted_leading_form", "hessian_rank": 1,
                              "transform": [["1", "0"], ["0", "1"]], "weights": [1, 2], "degree": 4,
                              "epsilon": "1/100", "monomials": [[2, 0], [0, 1]],
                              "gram": [["199/100", "-3/2"], ["-3/2", "99/100"]],
                              "not_global": {"kind": "lower_point", "point": ["1", "3/2"], "value": "-1/4"}}}
    return forged


def test_peanos_forged_minimum_is_rejected():
    peano = (y - x**2) * (y - 2 * x**2)
    problem = _problem(peano, [0, 0])
    assert "not positive semidefinite" in _rejected(problem, _peano_minimum())
    # the Hessian is PSD and the leading form is the whole polynomial: every Gram matrix of it is indefinite,
    # and a PSD one breaks the identity
    forged = _peano_minimum()
    forged["certificate"]["gram"] = [["199/100", "0"], ["0", "99/100"]]
    assert "identity" in _rejected(problem, forged)
    # and no SOS global certificate either
    sos = {"verdict": "global_min", "strict": False, "hessian_inertia": {"positive": 1, "negative": 0, "zero": 1},
           "certificate": {"kind": "sos_lower_bound", "bound": "0", "monomials": [[2, 0], [0, 1]],
                           "gram": [["2", "-3/2"], ["-3/2", "1"]]}}
    assert "not positive semidefinite" in _rejected(problem, sos)
    # the classifier itself answers saddle, with the order-4 curve
    c = classify_polynomial(peano, [x, y], [0, 0])
    assert c.verdict == "saddle" and c.certificate["descent"]["order"] == 4


def test_strict_local_max_and_a_flipped_sign():
    problem, res = _result(-(x**4) - y**4, [0, 0])
    assert res["verdict"] == "local_max" and res["certificate"]["maximality"]["kind"] == "weighted_leading_form"
    assert res["certificate"]["descent"]["order"] == 4
    _rejected(problem, _forged(res, ["certificate", "maximality", "sign"], 1))
    _rejected(problem, _forged(res, ["certificate", "descent", "leading_coefficient"], "-2"))
    _rejected(problem, _forged(res, ["verdict"], "local_min"))
    # x^4 + y^4 is no maximum: the same certificate is rejected there
    assert verify(_problem(x**4 + y**4, [0, 0]), res)[0] is False


def test_sos_maximality_argument():
    # -(y - x^2)^2 - x^6 y^2 is a strict local maximum: since issue 18 the substitution y = u + x^2 proves it first
    problem, res = _result(-((y - x**2) ** 2) - x**6 * y**2, [0, 0])
    assert res["verdict"] == "local_max" and "substitution" in res["certificate"]["maximality"]
    f = -((y - x**2) ** 2) * (1 + x**6)                    # a maximum along the parabola: not strict, an SOS bound
    problem, res = _result(f, [0, 0])
    assert res["verdict"] == "local_max" and res["certificate"]["maximality"]["kind"] == "sos_lower_bound"
    _rejected(problem, _forged(res, ["certificate", "maximality", "bound"], "1"))
    _rejected(problem, _forged(res, ["certificate", "maximality", "sign"], 1))


# -- curves of high order ---------------------------------------------------------------

def test_wrong_leading_coefficient_and_non_descent_curves_are_rejected():
    f = (y - x**4) * (y - 2 * x**4)                        # a correction at t^4, order 8
    problem, res = _result(f, [0, 0])
    down = res["certificate"]["descent"]
    assert res["verdict"] == "saddle" and down["order"] == 8 and down["leading_coefficient"] == "-1/4"
    _rejected(problem, _forged(res, ["certificate", "descent", "leading_coefficient"], "-1/2"))
    _rejected(problem, _forged(res, ["certificate", "descent", "order"], 9))
    _rejected(problem, _forged(res, ["certificate", "descent", "curve"], [["1", "0"]]))        # the line: + t^8
    up = _forged(res, ["certificate", "descent"], dict(down, curve=[["1", "0"], ["0", "0"], ["0", "0"], ["0", "3"]],
                                                       leading_coefficient="2"))
    assert "wrong sign" in _rejected(problem, up)


def test_zero_tuple_curve_of_order_twelve_and_its_forgeries():
    dims, Y = [2] * 13, [[1, 0], [2, -1]]
    Ws = [[[0, 0], [0, 0]]] * 12
    c = classify_network(dims, Y, Ws)
    res = c.to_json()
    problem = {"dims": dims, "Y": Y, "weights": Ws, "loss": "squared"}
    assert res["verdict"] == "saddle" and res["certificate"]["descent"]["order"] == 12
    assert verify(problem, res)[0] is True
    _rejected(problem, _forged(res, ["certificate", "descent", "leading_coefficient"], "-2"))
    _rejected(problem, _forged(res, ["certificate", "descent", "order"], 11))
    _rejected(problem, _forged(res, ["certificate", "ascent"], res["certificate"]["descent"]))


# -- convexity in the product ----------------------------------------------------------

def test_quartic_network_global_min_with_positive_value_and_forgeries():
    problem = {"dims": [1, 1, 1], "X": [[1, 1]], "Y": [[0, 2]], "weights": [[[1]], [[1]]], "loss": "quartic"}
    c = classify_network(problem["dims"], problem["Y"], problem["weights"], X=problem["X"], loss="quartic")
    res = c.to_json()
    assert res["verdict"] == "global_min" and res["certificate"]["method"] == "stationary_convex_product"
    assert res["certificate"]["optimal_value"] == "1/2"
    _rejected(problem, _forged(res, ["certificate", "optimal_value"], "1/4"))
    moved = dict(problem, weights=[[[1]], [["1/2"]]])            # not stationary in the product
    assert verify(moved, res)[0] is False


def test_kinds_are_registered():
    assert {"sos_lower_bound", "weighted_local_min"} <= set(CHECKERS)
    cert = {"kind": "weighted_local_min", "variables": ["x", "y"], "target": [[[4, 0], "1"], [[5, 0], "-1"],
                                                                            [[0, 2], "1"]],
            "point": ["0", "0"], "weights": [1, 2], "degree": 4, "epsilon": "1/2", "monomials": [[2, 0], [0, 1]],
            "gram": [["1/2", "0"], ["0", "1/2"]]}
    assert verify_certificate(cert)[0] is True
    assert verify_certificate(dict(cert, sign=-1))[0] is False
    assert verify_certificate(dict(cert, point=["1", "0"]))[0] is False


@pytest.mark.parametrize("bad", [{"weights": [0, 2]}, {"degree": 3}, {"weights": [1, 3]}, {"gram": [["1"]]}])
def test_malformed_weighted_fields(bad):
    cert = {"kind": "weighted_local_min", "variables": ["x", "y"], "target": [[[4, 0], "1"], [[0, 2], "1"]],
            "point": ["0", "0"], "weights": [1, 2], "degree": 4, "epsilon": "1/2", "monomials": [[2, 0], [0, 1]],
            "gram": [["1/2", "0"], ["0", "1/2"]]}
    assert verify_certificate(cert)[0] is True
    assert verify_certificate(dict(cert, **bad))[0] is False


# -- property: whatever the checker accepts is true at the points it speaks of ---------------------------------


_q = st.fractions(min_value=-3, max_value=3, max_denominator=4)


def _gram_poly(monomials, G):
    out = {}
    for i, a in enumerate(monomials):
        for j, b in enumerate(monomials):
            e = tuple(p + q for p, q in zip(a, b))
            out[e] = out.get(e, 0) + G[i][j]
    return MPoly(2, out)


def _value(p, point):
    total = Fraction(0)
    for e, c in p.terms.items():
        total += c * point[0] ** e[0] * point[1] ** e[1]
    return total


@settings(max_examples=40, deadline=None)
@given(L=st.lists(_q, min_size=3, max_size=3), D=st.lists(st.fractions(min_value=0, max_value=2, max_denominator=3),
                                                          min_size=2, max_size=2),
       higher=st.lists(_q, min_size=3, max_size=3), eps=st.fractions(min_value=Fraction(1, 8), max_value=1,
                                                                    max_denominator=8),
       points=st.lists(st.tuples(_q, _q), min_size=4, max_size=4))
def test_accepted_weighted_forms_are_minima_on_small_points(L, D, higher, eps, points):
    # g = m^T G m + eps (x^4 + y^2) + higher weighted degree terms (w = (1, 2), d = 4), G = L D L^T PSD
    monomials = [(2, 0), (0, 1)]
    l = [[Fraction(1), Fraction(0)], [L[0], Fraction(1)]]
    G = [[sum(l[i][k] * D[k] * l[j][k] for k in range(2)) for j in range(2)] for i in range(2)]
    p = _gram_poly(monomials, G) + MPoly(2, {(4, 0): eps, (0, 2): eps})
    p = p + MPoly(2, {(5, 0): higher[0], (3, 1): higher[1], (1, 2): higher[2]})
    gram = [[str(v) for v in row] for row in G]
    ok, why = check_weighted_form(p, [0, 0], [[1, 0], [0, 1]], [1, 2], 4, str(eps), [list(m) for m in monomials], gram)
    assert ok, why
    # near 0 (the quasi-norm rho <= 1/1000), p is positive off the origin
    for a, b in points:
        if a == 0 and b == 0:
            continue
        s = Fraction(1, 1000)
        assert _value(p, (a * s, b * s * s)) > 0
    # a Gram matrix changed in one class sum breaks the identity
    bad = [row[:] for row in gram]
    bad[0][0] = str(G[0][0] + 1)
    assert check_weighted_form(p, [0, 0], [[1, 0], [0, 1]], [1, 2], 4, str(eps), [list(m) for m in monomials],
                               bad)[0] is False


@settings(max_examples=40, deadline=None)
@given(G=st.lists(st.lists(_q, min_size=3, max_size=3), min_size=3, max_size=3),
       points=st.lists(st.tuples(_q, _q), min_size=6, max_size=6), c=_q)
def test_accepted_sos_bounds_hold_at_rational_points(G, points, c):
    G = [[(G[i][j] + G[j][i]) / 2 for j in range(3)] for i in range(3)]
    monomials = [(1, 0), (0, 1), (1, 1)]
    p = _gram_poly(monomials, G) + MPoly.const(2, c)
    ok, _ = check_sos(p, str(c), [list(m) for m in monomials], [[str(v) for v in r] for r in G])
    if ok:                                        # accepted only when G is PSD: then p >= c everywhere
        assert all(_value(p, pt) >= c for pt in points)
    else:                                         # rejected only for an indefinite G, witnessed at a rational point
        assert ldl_inertia(G)[1] > 0
