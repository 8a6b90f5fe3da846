"""The loss along a certificate curve, exactly, and its log-log plot (slope = the order)."""

from __future__ import annotations

import math

from proofs.ledger import registry
from proofs.site.certificate import find_curves
from proofs.site.plot import loglog_svg, loss_along_curve


def test_the_order_four_descent_has_slope_four():
    cert = registry.run_claim(registry.get("local_min_not_global_of_three_layer_example")).certificate
    problem, curve = find_curves(cert)[0]
    points = loss_along_curve(problem, curve)
    assert all(v < 0 for _, v in points[1:])  # the loss decreases for small t: not a local minimum
    (t1, v1), (t2, v2) = points[-2:]
    slope = (math.log(abs(v2)) - math.log(abs(v1))) / (math.log(t2) - math.log(t1))
    assert abs(slope - curve["order"]) < 0.01
    svg = loglog_svg(points, curve["order"], "descent")
    assert svg.count("<circle") == len(points) and "slope 4" in svg


def test_no_plot_without_two_nonzero_values():
    assert loglog_svg([(1, 0), (2, 0)], 2, "flat") == ""
