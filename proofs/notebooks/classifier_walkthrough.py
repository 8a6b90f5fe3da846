"""The classifier walkthrough: the must-handle cases of ``dlnproof classify``, and curve plots.

Each case is a problem in the JSON input format of ``dlnproof classify``.
:func:`curve_values` evaluates the objective exactly along a certificate curve
:math:`x(t) = x_0 + \\sum_p t^p C_p` at rational :math:`t` (the polynomial
:math:`g(t) = F(x(t))` is computed in full from exact Taylor coefficients);
:func:`plot_certificate_curves` draws :math:`g(t) - g(0)` for the descent and
ascent curves of a result (floats only for drawing).

Main definitions
----------------
* :data:`CASES`, :func:`curve_values`, :func:`plot_certificate_curves`.
"""

from __future__ import annotations

from fractions import Fraction

from symbolic.landscape.classify import objective_from_json
from symbolic.core.exact import rational

__all__ = ["CASES", "curve_values", "plot_certificate_curves"]

#: The cases of issue 3 ("Must handle"), in the CLI's JSON format.
CASES = {
    "Peano's f = (y - x^2)(y - 2x^2) at the origin": {
        "polynomial": {"[0, 2]": "1", "[2, 1]": "-3", "[4, 0]": "2"}, "variables": ["x", "y"], "point": ["0", "0"]},
    "three-layer scalar network at 0, Y = 1": {"dims": [1, 1, 1, 1], "Y": [["1"]], "weights": [[["0"]]] * 3},
    "two-layer scalar network at the origin, Y = 1": {"dims": [1, 1, 1], "Y": [["1"]], "weights": [[["0"]], [["0"]]]},
    "(1, 1) for (w2 w1 - 1)^2 / 2": {"dims": [1, 1, 1], "Y": [["1"]], "weights": [[["1"]], [["1"]]]},
    "a point that is not critical": {"dims": [1, 1, 1], "Y": [["1"]], "weights": [[["1"]], [["2"]]]},
}


def _flat_term(F, term):
    network = getattr(F, "network", None)
    if network is None:
        return [rational(v) for v in term]
    return network.flatten(network.exact_weights(term))


def curve_values(problem: dict, curve: dict, ts) -> list[Fraction]:
    """Exact :math:`F(x(t)) - F(x_0)` along a certificate curve at each rational ``t``.

    Examples
    ========

    >>> from proofs.notebooks.classifier_walkthrough import CASES, curve_values
    >>> peano = CASES["Peano's f = (y - x^2)(y - 2x^2) at the origin"]
    >>> curve = {"curve": [["1", "0"], ["0", "3/2"]]}
    >>> curve_values(peano, curve, ["1", "1/2"])
    [Fraction(-1, 4), Fraction(-1, 64)]
    """
    F, x0 = objective_from_json(problem)
    terms = [_flat_term(F, term) for term in curve["curve"]]
    network = getattr(F, "network", None)
    if network is None:  # a polynomial of total degree D along a curve of degree P has degree <= D P
        degree = max(sum(m) for m in F.poly.monoms()) * len(terms)
    else:  # the product has degree <= L P in t; the loss squares (or takes fourth powers of) it
        degree = (4 if F.loss.name == "quartic" else 2) * network.depth * len(terms)
    coeffs = F.taylor(x0, terms, degree)
    out = []
    for t in ts:
        t = rational(t)
        value = sum((c * t ** m for m, c in enumerate(coeffs) if m), type(t)(0))
        out.append(Fraction(int(value.numerator), int(value.denominator)))
    return out


def plot_certificate_curves(problem: dict, result: dict, ax=None, t_max: str = "1/2", samples: int = 41):
    """Plot :math:`F(x(t)) - F(x_0)` along the descent and ascent curves of a ``--json`` result."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(5, 3))
    cert = result.get("certificate") or {}
    curves = {name: cert[name] for name in ("descent", "ascent") if isinstance(cert.get(name), dict)}
    if cert.get("kind") == "curve":
        curves = {"curve": cert}
    tm = Fraction(t_max)
    ts = [tm * (2 * Fraction(i, samples - 1) - 1) for i in range(samples)]
    for name, curve in curves.items():
        values = curve_values(problem, curve, [str(t) for t in ts])
        ax.plot([float(t) for t in ts], [float(v) for v in values],
                label=f"{name}: {curve['leading_coefficient']} t^{curve['order']} + ...")
    ax.axhline(0, color="grey", linewidth=0.5)
    ax.set_xlabel("t")
    ax.set_ylabel("F(x(t)) - F(x0)")
    ax.legend(fontsize=7)
    return ax
