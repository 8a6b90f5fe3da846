"""Issue 18 item 3: degenerate minima that need a nonlinear change of coordinates; Newton curves in 6 variables.

In :math:`(x, y)` the weighted leading form of :math:`(y - x^2)^2 + x^6 - x^7` is :math:`(y - x^2)^2`, which
vanishes on a curve: no weights prove anything.  The splitting lemma's substitution :math:`y = u + x^2` (a
polynomial automorphism fixing 0) gives :math:`u^2 + x^6 - x^7`, a positive definite leading form for weights
(1, 3).  The checker re-expands the substitution, checks it is triangular, and re-runs the weighted test.
"""

import copy

import pytest
import sympy

from symbolic.checker.leading_form import check_weighted_form, substitute
from symbolic.checker.mpoly import MPoly
from symbolic.checker.verdicts import verify
from symbolic.landscape.classify import classify_json, classify_polynomial

x, y, z = sympy.symbols("x y z")


def _ok(c):
    assert c.evidence["certificate_ok"] is True, c.evidence.get("checker")
    return c


def test_a_local_min_behind_a_parabola():
    c = _ok(classify_polynomial((y - x**2) ** 2 + x**6 - x**7, [x, y], [0, 0]))
    assert c.verdict == "local_min" and c.certificate["kind"] == "weighted_leading_form"
    assert c.certificate["substitution"] == [[], [[[2, 0], "1"]]] and c.certificate["weights"] == [1, 3]


def test_two_correction_terms_and_a_third_variable():
    c = _ok(classify_polynomial((y - x**2 - x**3) ** 2 + x**8 - x**9 + z**2, [x, y, z], [0, 0, 0]))
    assert c.verdict == "local_min" and c.certificate["degree"] == 8
    assert c.certificate["substitution"][1] == [[[2, 0, 0], "1"], [[3, 0, 0], "1"]]


def test_a_local_max_behind_a_parabola():
    c = _ok(classify_polynomial(-((y - x**2) ** 2) - x**6 + x**7, [x, y], [0, 0]))
    assert c.verdict == "local_max" and c.certificate["maximality"]["substitution"] == [[], [[[2, 0], "1"]]]


def test_a_saddle_behind_a_parabola_is_still_a_saddle():
    c = _ok(classify_polynomial((y - x**2) ** 2 - x**6, [x, y], [0, 0]))
    assert c.verdict == "saddle" and c.certificate["descent"]["order"] == 6


PROBLEM = {"polynomial": {"[0, 2]": "1", "[2, 1]": "-2", "[4, 0]": "1", "[6, 0]": "1", "[7, 0]": "-1"},
           "variables": ["x", "y"], "point": ["0", "0"]}


@pytest.fixture(scope="module")
def genuine():
    out = classify_json(PROBLEM)
    assert out["verdict"] == "local_min" and out["evidence"]["certificate_ok"] is True
    return out


@pytest.mark.parametrize("forged, reason", [
    ([[], []], "the monomial"),                                        # no substitution: the test fails
    ([[], [[[2, 0], "2"]]], "the monomial"),                          # a wrong parabola
    ([[], [[[0, 0], "1"], [[2, 0], "1"]]], "constant term"),          # does not fix 0
    ([[[[0, 1], "1"]], [[[2, 0], "1"]]], "not triangular"),           # x = u + v, y = v + u^2: each uses the other
    ([[]], "needs 2 polynomials"),
])
def test_forged_substitutions_are_rejected(genuine, forged, reason):
    result = copy.deepcopy(genuine)
    result["certificate"]["substitution"] = forged
    ok, why = verify(PROBLEM, result)
    assert not ok and reason in why, why


def test_a_forged_gram_matrix_after_the_substitution_is_rejected(genuine):
    result = copy.deepcopy(genuine)
    result["certificate"]["epsilon"] = "1000"
    assert not verify(PROBLEM, result)[0]


def test_substitute_and_check_directly():
    X, Y = MPoly.var(2, 0), MPoly.var(2, 1)
    x6 = X * X * X * X * X * X
    f = (Y - X * X) * (Y - X * X) + x6 - x6 * X
    assert substitute(f, [[], [[[2, 0], "1"]]]) == Y * Y + (f - (Y - X * X) * (Y - X * X))
    ok, why = check_weighted_form(f, [0, 0], [[1, 0], [0, 1]], [1, 3], 6, "1/2", [[3, 0], [0, 1]],
                                  [["1/2", "0"], ["0", "1/2"]], 1, [[], [[[2, 0], "1"]]])
    assert ok and why.startswith("after the substitution"), why


# -- Newton curves in more than 4 variables ------------------------------------------------------------------

_V6 = sympy.symbols("x y z1 z2 z3 z4")


@pytest.mark.parametrize("expr", [
    (_V6[1] - _V6[0] ** 4) * (_V6[1] - 2 * _V6[0] ** 4),                             # a correction at t^4
    (_V6[1] - _V6[0] ** 2 - _V6[0] ** 4) * (_V6[1] - _V6[0] ** 2 - 2 * _V6[0] ** 4),  # two correction terms
])
def test_newton_curves_in_six_variables(expr):
    x_, _, z1, z2, z3, z4 = _V6
    c = _ok(classify_polynomial(expr + z1**2 + z2**2 + z3**2 + z4**2 + x_ * z1**2, list(_V6), [0] * 6))
    assert c.verdict == "saddle" and c.certificate["descent"]["order"] == 8
    assert c.evidence["found_by"]["descent"] == "newton_polygon"


def test_coordinate_subsets_start_with_the_kernel_and_the_most_coupled_range_coordinates():
    from symbolic.landscape.newton_curves import _coordinate_subsets
    # h = z1^2 + z0^2 z1 + z0 z2^2 + z2^2 + z3^2 + z4^2 with kernel {0}: z1 couples at degree 3, z2 at degree 3 too
    h = {(0, 2, 0, 0, 0): 1, (2, 1, 0, 0, 0): 1, (1, 0, 2, 0, 0): 1, (0, 0, 2, 0, 0): 1, (0, 0, 0, 2, 0): 1,
         (0, 0, 0, 0, 2): 1}
    subsets = list(_coordinate_subsets(h, 5, [0]))
    assert subsets[:4] == [[0], [0, 1], [0, 2], [0, 1, 2]]
    assert list(_coordinate_subsets(h, 5, [])) == [] and list(_coordinate_subsets(h, 5, [0, 1, 2, 3, 4])) == []
