"""Issue 18 item 3: degenerate cases decided with certificates the separate checker re-verifies.

Each case once through the whole classifier (``evidence["certificate_ok"]`` is the checker's answer):
descent of order above 8 (zero tuples of any depth, corrections at t^4 and beyond, two corrections), degenerate
local minima and maxima of polynomials (weighted leading forms), global minima with a positive value (SOS, convexity
in the product), and a deep-network saddle whose curve moves the layers at orders (1, 2, 1).
"""

import pytest
import sympy

from symbolic.landscape.classify import classify_json, classify_network, classify_polynomial

x, y, z = sympy.symbols("x y z")


def _ok(c):
    assert c.evidence["certificate_ok"] is True, c.evidence.get("checker")
    return c


def test_x4_plus_y4_is_a_global_min():
    c = _ok(classify_polynomial(x**4 + y**4, [x, y], [0, 0]))
    assert c.verdict == "global_min" and c.hessian_inertia == (0, 0, 2)
    assert c.certificate["kind"] == "sos_lower_bound" and c.certificate["bound"] == "0"


def test_x4_minus_x5_plus_y2_is_a_local_min_not_global():
    c = _ok(classify_polynomial(x**4 - x**5 + y**2, [x, y], [0, 0]))
    assert c.verdict == "local_min" and c.strict is False and c.hessian_inertia == (1, 0, 1)
    assert c.certificate["kind"] == "weighted_leading_form" and c.certificate["weights"] == [1, 2]
    assert c.certificate["not_global"]["kind"] == "lower_point"


def test_peano_is_not_certified_a_minimum():
    c = _ok(classify_polynomial((y - x**2) * (y - 2 * x**2), [x, y], [0, 0]))
    assert c.verdict == "saddle" and c.certificate["descent"]["order"] == 4


def test_degenerate_local_max():
    c = _ok(classify_polynomial(-(x**4) - y**4, [x, y], [0, 0]))
    assert c.verdict == "local_max" and c.certificate["maximality"]["kind"] == "weighted_leading_form"
    c = _ok(classify_polynomial(-(x**4) + x**5 - y**2, [x, y], [0, 0]))
    assert c.verdict == "local_max" and c.certificate["descent"]["order"] == 4


def test_local_min_in_rotated_coordinates():
    c = _ok(classify_polynomial((x + y) ** 2 + x**4 - x**5, [x, y], [0, 0]))
    assert c.verdict == "local_min" and c.certificate["kind"] == "weighted_leading_form"


def test_global_min_with_positive_value():
    c = _ok(classify_polynomial((x**2 - 1) ** 2 + (y - 1) ** 2 + 3, [x, y], [1, 1]))
    assert c.verdict == "global_min" and c.certificate["bound"] == "3"
    c = _ok(classify_polynomial(x**4 + (y - x) ** 2 + (z + 1) ** 4 + 2, [x, y, z], [0, 0, -1]))   # degenerate
    assert c.verdict == "global_min" and c.certificate["bound"] == "2" and c.hessian_inertia == (1, 0, 2)


def test_non_isolated_global_minima():
    # a circle and a hyperbola of minimisers: the Gram matrix has no interior; facial reduction finds it
    c = _ok(classify_polynomial((x**2 + y**2 - 1) ** 2, [x, y], [1, 0]))
    assert c.verdict == "global_min" and c.certificate["kind"] == "sos_lower_bound"
    c = _ok(classify_polynomial((x * y - 1) ** 2 + 2, [x, y], [1, 1]))
    assert c.verdict == "global_min" and c.certificate["bound"] == "2"


def test_quartic_network_global_min_with_positive_value():
    c = _ok(classify_network([1, 1, 1], [[0, 2]], [[[1]], [[1]]], X=[[1, 1]], loss="quartic"))
    assert c.verdict == "global_min" and c.certificate["method"] == "stationary_convex_product"
    assert c.certificate["optimal_value"] == "1/2"
    c = _ok(classify_network([2, 1, 2], [[1, 0], [0, 3]], [[[1, 0]], [[1], [0]]], loss="quartic"))
    assert c.verdict != "global_min"                      # grad f(A) = E^3 X^T != 0 here: the method does not apply


@pytest.mark.parametrize("expr, order", [
    ((y - x**4) * (y - 2 * x**4), 8),
    ((y - x**5) * (y - 2 * x**5), 10),
    ((y - x**2 - x**4) * (y - x**2 - 2 * x**4), 8),
    ((y - x**2 - x**3) * (y - x**2 - 2 * x**3), 6),
])
def test_descent_of_high_order_with_corrections(expr, order):
    c = _ok(classify_polynomial(expr, [x, y], [0, 0]))
    assert c.verdict == "saddle" and c.certificate["descent"]["order"] == order
    assert c.evidence["found_by"]["descent"] == "newton_polygon"


@pytest.mark.parametrize("width, depth", [(2, 9), (3, 12), (1, 32)])
def test_zero_tuples_of_any_depth(width, depth):
    Y = [[(i + j) % 3 - 1 for j in range(width)] for i in range(width)]
    Y[0][0] = 1
    c = _ok(classify_network([width] * (depth + 1), Y, [[[0] * width for _ in range(width)]] * depth))
    assert c.verdict == "saddle" and c.strict is False
    assert c.certificate["descent"]["order"] == c.certificate["ascent"]["order"] == depth
    assert c.evidence["found_by"] == {"descent": "zero_tuple_closed_form", "ascent": "zero_tuple_closed_form"}


def test_deep_saddle_with_layer_orders_1_2_1():
    c = _ok(classify_network([2, 1, 1, 2], [[0, 0], [0, 1]], [[[1, 0]], [[0]], [[1], [0]]]))
    assert c.verdict == "saddle" and c.strict is False and c.hessian_inertia == (1, 0, 4)
    curve = c.certificate["descent"]["curve"]
    first = [next(p for p, term in enumerate(curve, 1) if any(v != "0" for row in term[k] for v in row))
             for k in range(3)]
    assert first == [1, 2, 1] and c.certificate["descent"]["order"] == 4


def test_json_entry_point():
    out = classify_json({"polynomial": {"[4, 0]": "1", "[5, 0]": "-1", "[0, 2]": "1"}, "variables": ["x", "y"],
                         "point": ["0", "0"]})
    assert out["verdict"] == "local_min" and out["evidence"]["certificate_ok"] is True
