r"""Log-log plots of the loss along a certificate's curve, as SVG written here (no plotting library).

Along a curve :math:`x(t) = x_0 + \sum_p t^p C_p` of a classification certificate the loss changes like
:math:`c\,t^k`: on log-log axes :math:`|L(x(t)) - L(x_0)|` is a line of slope :math:`k`, the order, which a
linear axis hides (an order-4 descent looks flat).  The values are computed exactly (Fractions) at
:math:`t = 2^{-1}, \dots, 2^{-14}` and only drawn in floating point.

Main definitions
----------------
* :func:`loss_along_curve`, :func:`loglog_svg`, :func:`plot_certificate_curves` (matplotlib, for the notebooks).
"""

from __future__ import annotations

import math
from fractions import Fraction

from markupsafe import Markup, escape

__all__ = ["loss_along_curve", "loglog_svg", "plot_certificate_curves", "SAMPLE_TS"]

#: The exact parameters at which the loss is evaluated.
SAMPLE_TS = tuple(Fraction(1, 2 ** k) for k in range(1, 15))


def _matrix(rows) -> list[list[Fraction]]:
    return [[Fraction(x) for x in row] for row in rows]


def _mul(a, b):
    return [[sum((a[i][k] * b[k][j] for k in range(len(b))), Fraction(0)) for j in range(len(b[0]))]
            for i in range(len(a))]


def _loss(weights, X, Y, kind: str) -> Fraction:
    P = X
    for W in weights:
        P = _mul(W, P)
    residual = [P[i][j] - Y[i][j] for i in range(len(Y)) for j in range(len(Y[0]))]
    if kind == "quartic":
        return sum((r ** 4 for r in residual), Fraction(0)) / 4
    return sum((r * r for r in residual), Fraction(0)) / 2


def loss_along_curve(problem: dict, curve: dict, ts=SAMPLE_TS) -> list[tuple[Fraction, Fraction]]:
    r"""``[(t, L(x(t)) - L(x_0))]`` for a network problem (dims, X, Y, weights, loss) and a ``curve`` certificate.

    Examples
    ========

    >>> from fractions import Fraction
    >>> from proofs.site.plot import loss_along_curve
    >>> problem = {"dims": [1, 1, 1], "Y": [["1"]], "weights": [[["0"]], [["0"]]]}
    >>> curve = {"kind": "curve", "curve": [[[["1"]], [["1"]]]], "order": 2, "leading_coefficient": "-1"}
    >>> loss_along_curve(problem, curve, [Fraction(1, 2)])   # (t^2 - 1)^2 / 2 - 1/2 at t = 1/2
    [(Fraction(1, 2), Fraction(-7, 32))]
    """
    weights0 = [_matrix(W) for W in problem["weights"]]
    d0 = len(weights0[0][0])
    X = _matrix(problem["X"]) if problem.get("X") else [[Fraction(int(i == j)) for j in range(d0)] for i in range(d0)]
    Y = _matrix(problem["Y"])
    kind = problem.get("loss", "squared")
    base = _loss(weights0, X, Y, kind)
    coefficients = [[_matrix(C) for C in layer] for layer in curve["curve"]]
    out = []
    for t in ts:
        moved = []
        for k, W in enumerate(weights0):
            M = [row[:] for row in W]
            for p, layer in enumerate(coefficients, 1):
                tp = t ** p
                for i, row in enumerate(layer[k]):
                    for j, c in enumerate(row):
                        M[i][j] += tp * c
            moved.append(M)
        out.append((t, _loss(moved, X, Y, kind) - base))
    return out


def loglog_svg(points, order: int, title: str, width: int = 440, height: int = 300) -> Markup:
    r"""An SVG log-log plot of ``|value|`` against ``t``, with a dashed reference line of slope ``order``.

    Examples
    ========

    >>> from fractions import Fraction
    >>> from proofs.site.plot import loglog_svg
    >>> svg = loglog_svg([(Fraction(1, 2 ** k), -Fraction(1, 2 ** (3 * k))) for k in range(1, 6)], 3, "t^3")
    >>> svg.startswith("<svg") and "slope 3" in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    True
    """
    pts = [(math.log10(t), math.log10(abs(v))) for t, v in points if v != 0]
    if len(pts) < 2:
        return Markup("")
    left, right, top, bottom = 62, 16, 30, 44
    xs = [p[0] for p in pts]
    ax, ay = pts[-1]  # the reference line through the smallest t, slope = order
    ref = [(x, ay + order * (x - ax)) for x in (min(xs), max(xs))]
    ys = [p[1] for p in pts + ref]
    x0, x1 = math.floor(min(xs)), math.ceil(max(xs))
    y0, y1 = math.floor(min(ys)), math.ceil(max(ys))
    if y1 == y0:
        y1 += 1

    def sx(x):
        return left + (x - x0) / (x1 - x0) * (width - left - right)

    def sy(y):
        return top + (y1 - y) / (y1 - y0) * (height - top - bottom)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="plot" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img">',
           f'<text x="{width / 2:.1f}" y="18" text-anchor="middle" class="plot-title">{escape(title)}</text>',
           f'<rect x="{left}" y="{top}" width="{width - left - right}" height="{height - top - bottom}" '
           'class="plot-frame"/>']
    ystep = max(1, (y1 - y0) // 8)
    for y in range(y0, y1 + 1, ystep):
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{sy(y):.1f}" y2="{sy(y):.1f}" class="grid"/>'
                   f'<text x="{left - 6}" y="{sy(y) + 4:.1f}" text-anchor="end" class="tick">1e{y}</text>')
    for x in range(x0, x1 + 1):
        out.append(f'<line y1="{top}" y2="{height - bottom}" x1="{sx(x):.1f}" x2="{sx(x):.1f}" class="grid"/>'
                   f'<text x="{sx(x):.1f}" y="{height - bottom + 16}" text-anchor="middle" class="tick">1e{x}</text>')
    out.append(f'<text x="{(left + width - right) / 2:.1f}" y="{height - 8}" text-anchor="middle" class="axis">t</text>'
               f'<text x="14" y="{(top + height - bottom) / 2:.1f}" text-anchor="middle" class="axis" '
               f'transform="rotate(-90 14 {(top + height - bottom) / 2:.1f})">|L(x(t)) - L(x0)|</text>')
    out.append(f'<polyline class="ref" points="{" ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in ref)}"/>')
    out.append(f'<polyline class="data" points="{" ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in pts)}"/>')
    out += [f'<circle class="dot" cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3"/>' for x, y in pts]
    out.append(f'<text x="{width - right - 6}" y="{height - bottom - 8}" text-anchor="end" class="legend">'
               f'dashed: slope {order}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def plot_certificate_curves(cert, limit: int = 3):
    r"""Matplotlib log-log figures of :math:`|L(x(t)) - L(x_0)|` along the certificate's curves (for notebooks).

    One figure per curve through a network point (at most ``limit``), with a dashed line of slope = the order;
    returns the figures (none when the certificate has no such curve).
    """
    import matplotlib.pyplot as plt

    from proofs.site.certificate import find_curves

    figures = []
    for problem, curve in find_curves(cert)[:limit]:
        points = [(float(t), abs(float(v)), v < 0) for t, v in loss_along_curve(problem, curve) if v != 0]
        if len(points) < 2:
            continue
        order = int(curve["order"])
        ts, vs = [p[0] for p in points], [p[1] for p in points]
        fig, ax = plt.subplots(figsize=(4.8, 3.4))
        ax.loglog(ts, vs, "o-", color="#c0392b", label="|L(x(t)) - L(x0)|")
        ax.loglog(ts, [vs[-1] * (t / ts[-1]) ** order for t in ts], "--", color="#2c3e50", label=f"slope {order}")
        way = "decreases" if points[-1][2] else "increases"
        ax.set(xlabel="t", ylabel="|L(x(t)) - L(x0)|", title=f"L {way} along the curve: order {order}")
        ax.legend(fontsize=8)
        fig.tight_layout()
        figures.append(fig)
    return figures
