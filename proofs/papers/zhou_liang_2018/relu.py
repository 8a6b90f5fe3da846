"""Zhou-Liang (2018) Example 1 and Propositions 7-8: one ReLU hidden unit, exact cone-by-cone analysis.

Data :math:`X = I_2`, :math:`Y = \\operatorname{diag}(2, 1)`, :math:`d_1 = 1`; :math:`A_1 = (a, b)`,
:math:`A_2 = (c, e)^T`, so :math:`L_N = \\tfrac12[(ca_+ - 2)^2 + (cb_+)^2 + (ea_+)^2 + (eb_+ - 1)^2]`.
Points of Example 1 come from (15) (:func:`symbolic.forms.relu_cones.one_unit_cone_point`) with :math:`U_J` ordered as
in Section 3 (eigenvalues of :math:`\\Sigma_J` decreasing, zero ones last; :func:`symbolic.forms.relu_cones.cone_eigenbasis`):
for :math:`J' = \\{2\\}`, :math:`\\Sigma_{J'} = \\operatorname{diag}(0, 1)` and :math:`U_{J'} = [e_2, e_1]`, which is
what makes the printed condition ":math:`c^{-1}(v)_1 \\ge 0`" the condition on sample 2.  Each point is
certified by :mod:`symbolic.checker.relu`: inside an open cone :math:`L_N` is a polynomial, and a
sum-of-squares identity :math:`L_N - v = \\sum q_i^2/2` proves a local minimum; on a cone boundary a
polynomial curve along which :math:`L_N` decreases proves it is not one.

Hand-derived identities (re-verified by the checker):

* cone :math:`J = \\{1\\}` (:math:`a > 0 > b`): :math:`L_N - \\tfrac12 = \\tfrac12 (ca - 2)^2 + \\tfrac12 (ea)^2`;
  the printed :math:`c = 1, v = (1, 0)^T, \\ell = (1, -1)^T` give :math:`A_1 = (2, -1)`, :math:`A_2 = (1, 0)^T`;
* cone :math:`J' = \\{2\\}` (:math:`b > 0 > a`): :math:`L_N - 2 = \\tfrac12 (cb)^2 + \\tfrac12 (eb - 1)^2`; the printed
  :math:`c = 1, v = (1, 0)^T, \\ell = (-1, 0)^T` give :math:`A_1 = (-1, 1)`, :math:`A_2 = U_{J'}v = (0, 1)^T`: a local
  minimum with :math:`L_N = 2`, as printed;
* cone :math:`J'' = \\emptyset` (:math:`a, b < 0`): :math:`L_N = \\tfrac12 \\lVert Y \\rVert_F^2 = \\tfrac52`;
* :math:`v = (0, 1)^T` in :math:`J'` (the zero eigenvalue) gives :math:`A_1 = (-1, 0)`, :math:`A_2 = (1, 0)^T` (on the
  boundary :math:`b = 0`), :math:`L_N = \\tfrac52`, and along :math:`A_1 = (-1, t)`, :math:`A_2 = (1, t)^T`:
  :math:`L_N = \\tfrac52 - \\tfrac12 t^2 + \\tfrac12 t^4`.

Main definitions
----------------
* :data:`EXAMPLE_X`, :data:`EXAMPLE_Y`, :func:`example_points`, :func:`cone_certificate`,
  :func:`descent_certificate`, :func:`proposition7_points`.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from sympy import Matrix, solve, symbols

from symbolic.forms.analytical_forms import recover_shallow_form
from symbolic.core.exact import matrix_to_strings, qq_to_str, rational_matrix
from symbolic.forms.relu_cones import activation_pattern, one_unit_cone_point, relu_loss, sigma_of_cone

__all__ = ["EXAMPLE_X", "EXAMPLE_Y", "example_points", "cone_certificate", "descent_certificate",
           "proposition7_points", "solved_cone_points", "recover_cone_form", "sigma_strings", "SQUARES",
           "ZERO_EIGENVALUE_DESCENT"]

EXAMPLE_X = [["1", "0"], ["0", "1"]]
EXAMPLE_Y = [["2", "0"], ["0", "1"]]

# monomials in (a, b, c, e)
_CA_MINUS_2 = [[[1, 0, 1, 0], "1"], [[0, 0, 0, 0], "-2"]]
_EA = [[[1, 0, 0, 1], "1"]]
_CB = [[[0, 1, 1, 0], "1"]]
_EB_MINUS_1 = [[[0, 1, 0, 1], "1"], [[0, 0, 0, 0], "-1"]]


def example_points() -> dict:
    """The points of Example 1 by (15), :math:`U_J` in Section 3's order: name -> (J, c, v, ell, A1, A2)."""
    choices = {
        "first cone, as printed": ([0], 1, [1, 0], [1, -1]),
        "second cone, as printed": ([1], 1, [1, 0], [-1, 0]),
        "second cone, v on the zero eigenvalue": ([1], 1, [0, 1], [-1, 0]),
        "empty cone": ([], 1, [1, 0], [-1, -1]),
    }
    out = {}
    for name, (J, c, v, ell) in choices.items():
        A1, A2 = one_unit_cone_point(EXAMPLE_X, EXAMPLE_Y, J, c, v, ell)
        out[name] = (J, c, v, ell, A1, A2)
    return out


def cone_certificate(A1, A2, local=None, squares=(), critical=None) -> dict:
    """A ``relu_cone_point`` certificate on Example 1's data."""
    value = relu_loss(A1, A2, EXAMPLE_X, EXAMPLE_Y)
    cert = {"kind": "relu_cone_point", "X": EXAMPLE_X, "Y": EXAMPLE_Y, "A1": matrix_to_strings(A1),
            "A2": matrix_to_strings(A2), "value": qq_to_str(value), "local": local,
            "squares": [{"coefficient": "1/2", "square": q} for q in squares]}
    if critical is not None:
        cert["critical"] = critical
    return cert


def descent_certificate(A1, A2, curve) -> dict:
    """A ``relu_descent_curve`` certificate on Example 1's data; ``curve`` = [A1(t), A2(t)] coefficient lists."""
    return {"kind": "relu_descent_curve", "X": EXAMPLE_X, "Y": EXAMPLE_Y, "A1": matrix_to_strings(A1),
            "A2": matrix_to_strings(A2), "value": qq_to_str(relu_loss(A1, A2, EXAMPLE_X, EXAMPLE_Y)),
            "curve": curve}


SQUARES = {"first cone, as printed": (_CA_MINUS_2, _EA), "second cone, as printed": (_CB, _EB_MINUS_1)}

#: A1(t) = (-1, t), A2(t) = (1, t)^T through the second-cone point with v on the zero eigenvalue.
ZERO_EIGENVALUE_DESCENT = [[[["-1"], ["0", "1"]]], [[["1"]], [["0", "1"]]]]


def sigma_strings(J):
    return matrix_to_strings(sigma_of_cone(EXAMPLE_X, EXAMPLE_Y, J))


def proposition7_points():
    """Points (15) on Example 1's data for every J, unit v on one eigenvalue block (:math:`U_J` in Section 3's
    order), c in {1, 2, -1},
    ell in {-1, 0, 1}^2: ``[(label, J, A1, A2, interior_of_cone_J), ...]``."""
    out = []
    for J in ([], [0], [1], [0, 1]):
        for v in ([1, 0], [0, 1]):
            for c in (1, 2, -1):
                for ell in itertools.product((-1, 0, 1), repeat=2):
                    A1, A2 = one_unit_cone_point(EXAMPLE_X, EXAMPLE_Y, J, c, v, list(ell))
                    mask, interior = activation_pattern(A1, rational_matrix(EXAMPLE_X))
                    inside = interior and [j for j in range(2) if mask[0][j]] == J
                    out.append((f"J = {J}, c = {c}, v = {v}, ell = {list(ell)}", J, A1, A2, inside))
    return out


@lru_cache(maxsize=None)
def solved_cone_points() -> tuple:
    """Nonzero critical points of the cone polynomials, from SymPy's ``solve`` (gauges c = 1; c = 0, e = 1),
    with a free variable set to -1 or 1 so the point is interior: ``((label, J, A1, A2), ...)``."""
    a, b, c, e = symbols("a b c e")
    out = []
    for J in ([0], [1], [0, 1]):
        h = [a if 0 in J else 0, b if 1 in J else 0]
        p = ((c * h[0] - 2) ** 2 + (c * h[1]) ** 2 + (e * h[0]) ** 2 + (e * h[1] - 1) ** 2) / 2
        grad = [p.diff(x) for x in (a, b, c, e)]
        for gauge in ({c: 1}, {c: 0, e: 1}):
            eqs = [g.subs(gauge) for g in grad]
            rest = [x for x in (a, b, c, e) if x not in gauge]
            for sol in solve([q for q in eqs if q != 0], rest, dict=True):
                full = dict(gauge)
                full.update(sol)
                for x in (a, b):  # a variable not in J is free: put it inside the cone (negative)
                    if x not in full:
                        full[x] = -1
                vals = [Matrix([x]).subs(full)[0] for x in (a, b, c, e)]
                if not all(v.is_Rational for v in vals):
                    continue
                A1 = rational_matrix([[str(vals[0]), str(vals[1])]])
                A2 = rational_matrix([[str(vals[2])], [str(vals[3])]])
                mask, interior = activation_pattern(A1, rational_matrix(EXAMPLE_X))
                if interior and [j for j in range(2) if mask[0][j]] == J:
                    out.append((f"J = {J}, solve with {gauge}", J, A1, A2))
    return tuple(out)


def recover_cone_form(J, A1, A2):
    """Recover (15)'s data by Theorem 1 on :math:`(X_{:,J}, Y_{:,J})` (ValueError if impossible)."""
    X, Y = rational_matrix(EXAMPLE_X), rational_matrix(EXAMPLE_Y)
    XJ, YJ = X.extract([0, 1], list(J)), Y.extract([0, 1], list(J))
    return recover_shallow_form(XJ, YJ, A1, A2)
