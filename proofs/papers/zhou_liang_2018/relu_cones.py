"""Zhou-Liang (2018) Propositions 6-7 on cones :math:`K_{I\\times J}`: points, recovered forms and boundary witnesses.

Inside :math:`K_{I\\times J}` the ReLU loss is :math:`\\tfrac12\\lVert (A_2)_{:,I}(A_1)_{I,:}X_{:,J} - Y_{:,J}\\rVert^2
+ \\tfrac12\\lVert Y_{:,J^c}\\rVert^2` (9).  :func:`cone_points` builds Theorem 1's form on
:math:`(X_{:,J}, Y_{:,J})` with :math:`|I|` units for every :math:`I`, :math:`J` and pattern of
:data:`RELU_DATA`, once with :math:`L_1` satisfying (12) and once violating it, fills the units outside
:math:`I` with a row that is negative on every sample, and keeps the first seeded choice that lands in the
interior of :math:`K_{I\\times J}`.  :func:`recovered_cone_points` takes critical points obtained another way
(factorizations :math:`(A_2)_{:,I}(A_1)_{I,:} = Y_{:,J}X_{:,J}^+` of the least-squares solution, and
:math:`(A_2)_{:,I} = 0` with :math:`(A_1)_{I,:}X_{:,J}Y_{:,J}^T = 0`) and writes them back in the form.

Three named witnesses on cone boundaries (one hidden unit):

* :data:`BOUNDARY_DESCENT` -- :math:`X = \\begin{pmatrix}1&0&1\\\\0&1&1\\end{pmatrix}`, :math:`Y = (1, 2, 0)`,
  :math:`J = \\{1, 2, 3\\}`, :math:`c = 1`, :math:`v = 1`, :math:`\\ell = 0`: (15) gives :math:`A_1 = (0, 1)`,
  :math:`A_2 = 1`, :math:`A_1X = (0, 1, 1) \\ge 0` ((16) holds, (17) is empty), :math:`v` on
  :math:`\\sigma_1(J) = 2`, :math:`L_N = \\tfrac32 = \\tfrac12(\\operatorname{tr}YY^T - \\sigma_1(J))`; along
  :math:`A_1 = (-t, 1)`: :math:`L_N = \\tfrac32 - t + \\tfrac12 t^2`.
* :data:`BOUNDARY_MINIMUM` -- :math:`X = I_2`, :math:`Y = (1, -1)`, :math:`A_1 = (1, 0)`, :math:`A_2 = 1`:
  :math:`A_1X = (1, 0)`, so the point is in :math:`K_{\\{1\\}\\times\\{1,2\\}}`; :math:`L_N = \\tfrac12` is a
  local (indeed global) minimum, the output :math:`(1, 0)` is nonzero, and :math:`Y_{:,J}X_{:,J}^+X_{:,J} =
  (1, -1)` has both signs, so no point (15) satisfies (16) in that cone.  It is a kink
  (:math:`\\langle A_2, y_2\\rangle = -1`), not a differentiable critical point.

* :data:`TOP_EIGENVALUE_SADDLE` -- :math:`X = \\begin{pmatrix}1&0&1\\\\0&1&1\\end{pmatrix}`,
  :math:`Y = \\begin{pmatrix}1&0&1\\\\2&1&-2\\end{pmatrix}`, :math:`J = \\{1, 2, 3\\}`, :math:`c = 1`,
  :math:`v = e_1` on :math:`\\sigma_1(J) = 2`, :math:`\\ell = 0`: :math:`A_1 = (1, 0)`, :math:`A_2 = e_1`,
  :math:`A_1X = (1, 0, 1)` and :math:`\\langle A_2, y_2\\rangle = 0`, so :math:`L_N` is differentiable there with zero
  gradient; along :math:`A_1 = (1 + 2t, -4t)`, :math:`A_2 = (1, t)^T`: :math:`L_N = \\tfrac92 - 3t^2 + O(t^3)`.

:func:`differentiable_critical_points` finds nonzero differentiable critical points with one hidden unit (cone
boundaries included) by solving each cone's gradient equations, without the form (15).

Main definitions
----------------
* :data:`RELU_DATA`, :data:`RELU_SCOPES`, :func:`cone_points`, :func:`recovered_cone_points`,
  :func:`cone_form_certificate`.
* :data:`BOUNDARY_DESCENT`, :func:`boundary_descent_certificates`, :data:`BOUNDARY_MINIMUM`,
  :func:`boundary_minimum_certificate`.
* :data:`DIFFERENTIABLE_DATA`, :data:`DIFFERENTIABLE_SCOPES`, :func:`differentiable_critical_points`,
  :func:`differentiable_critical_certificate`, :data:`TOP_EIGENVALUE_SADDLE`,
  :func:`top_eigenvalue_saddle_certificates`.
"""

from __future__ import annotations

import itertools
import random
from functools import cache
from types import SimpleNamespace

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.forms.analytical_forms import (
    condition3_rows,
    form_from_columns,
    form_of_layer_pair,
    rational_spectrum,
    sigma_matrix,
)
from symbolic.checker.positivity import poly_to_json
from symbolic.core.exact import matrix_to_strings, qq_to_str, rational_matrix
from symbolic.core.pinv import pinv
from symbolic.forms.relu_cones import cone_of, cone_point, one_unit_cone_point, relu_gradients, relu_loss

from proofs.papers.zhou_liang_2018.constructions import _invertible, form_certificate, seeded_l1

__all__ = ["BOUNDARY_DESCENT", "BOUNDARY_MINIMUM", "DIFFERENTIABLE_DATA", "DIFFERENTIABLE_SCOPES", "RELU_DATA",
           "RELU_SCOPES", "TOP_EIGENVALUE_SADDLE", "boundary_descent_certificates", "boundary_minimum_certificate",
           "cone_form_certificate", "cone_points", "differentiable_critical_certificate",
           "differentiable_critical_points", "printed13_holds", "recovered_cone_points",
           "top_eigenvalue_saddle_certificates"]

#: name -> (X, Y): three samples in the plane with two outputs; four samples with one output; a repeated
#: sample direction (X_{:,J} rank-deficient for J = {1, 2}).
RELU_DATA = {
    "three_samples": ([["1", "0", "1"], ["0", "1", "1"]], [["1", "2", "0"], ["0", "1", "1"]]),
    "four_samples": ([["1", "0", "1", "-1"], ["0", "1", "1", "1"]], [["1", "2", "0", "1"]]),
    "repeated_direction": ([["1", "2", "0"], ["0", "0", "1"]], [["1", "1", "0"], ["0", "2", "1"]]),
}

#: quick -> ((data, d1), ...)
RELU_SCOPES = {
    True: (("three_samples", 2),),
    False: tuple((name, d1) for name in RELU_DATA for d1 in (2, 3)),
}

_SEEDS = 40


def _data(name):
    X, Y = RELU_DATA[name]
    return rational_matrix(X, name="X"), rational_matrix(Y, name="Y")


def _cols(M, J):
    return M.extract(list(range(M.shape[0])), list(J))


_MEMO: dict = {}


def _memo(tag, mats, compute):
    """``compute()``, kept by ``tag`` and the exact entries of ``mats``: the seeded searches below repeat the same
    exact computations (a nullspace, a least-squares solution) under hundreds of seeds."""
    key = (tag,) + tuple((M.shape, tuple(M.to_list_flat())) for M in mats)
    if key not in _MEMO:
        _MEMO[key] = compute()
    return _MEMO[key]


def _unsigned(W):
    """``W`` with each column's first nonzero entry made positive (the columns' signs are seeded)."""
    cols = []
    for j in range(W.shape[1]):
        col = [W[i, j].element for i in range(W.shape[0])]
        first = next((v for v in col if v), QQ.zero)
        cols.append([-v if first < 0 else v for v in col])
    return DomainMatrix([list(r) for r in zip(*cols)], W.shape, QQ) if cols else W


def _subsets(n):
    return [list(c) for k in range(1, n + 1) for c in itertools.combinations(range(n), k)]


@cache
def _separating_row(name, J, span: int):
    """The first small integer row :math:`w` (entries in ``[-span, span]``) with :math:`wX_{:,j} > 0` for
    :math:`j \\in J` and :math:`< 0` otherwise, or None (found on a grid: absence proves nothing)."""
    X, _ = _data(name)
    for w in itertools.product(range(-span, span + 1), repeat=X.shape[0]):
        row = [QQ(x) for x in w]
        z = DomainMatrix([row], (1, X.shape[0]), QQ).matmul(X).to_list_flat()
        if all((v > 0) if j in J else (v < 0) for j, v in enumerate(z)):
            return row
    return None


def _dead_row(name):
    """A row :math:`w` with :math:`wX < 0` entrywise: a unit that never activates."""
    return _separating_row(name, (), 2)


def _separable(name, J) -> bool:
    """Whether some row is positive on the samples ``J`` and negative on the others (a necessary condition,
    checked on a grid, for :math:`K_{I\\times J}` to have interior points)."""
    return _separating_row(name, tuple(J), 3) is not None


def _spectrum(XJ, YJ):
    spaces, rest = rational_spectrum(sigma_matrix(XJ, YJ))
    return None if rest else spaces


def _patterns(spaces, k, d2):
    cap = min(k, d2)
    return [p for p in itertools.product(*[range(s.multiplicity + 1) for s in spaces]) if sum(p) <= cap]


def _form(XJ, YJ, spaces, pattern, k, rng, mode):
    """Theorem 1's point on (XJ, YJ) with ``k`` units: seeded invertible C0 and L1 satisfying or violating (12)."""
    cols, vals = [], []
    for s, p in zip(spaces, pattern):
        cols += [c * (1 if rng.random() < 0.5 else -1) for c in s.basis[:p]]
        vals += [s.value] * p
    d2 = YJ.shape[0]
    W = DomainMatrix.hstack(*cols) if cols else DomainMatrix.zeros((d2, 0), QQ).to_dense()
    C0 = _invertible(k, rng)
    # (3)'s rows depend on W only through its projector, which the columns' signs do not change
    rows = _memo("condition3", (XJ, YJ, _unsigned(W)), lambda: condition3_rows(XJ, YJ, W))
    try:
        L1 = seeded_l1(XJ, YJ, W, C0, rng, "violate" if mode == "violate" else "condition3", rows=rows)
    except ValueError:
        return None  # (12) holds for every L1 here
    return form_from_columns(XJ, YJ, W, vals, [s.value for s in spaces], [s.multiplicity for s in spaces],
                             pattern, C0, L1)


def _embed(name, F, I, d1, rng):
    rest = d1 - len(I)
    dead = _dead_row(name)
    if rest and dead is None:
        return None
    rows = [[x * rng.randint(1, 3) for x in dead] for _ in range(rest)]
    cols = [[QQ(rng.randint(-2, 2)) for _ in range(rest)] for _ in range(F.A2.shape[0])]
    return cone_point(F, I, d1, rows, cols)


@cache
def cone_points(quick: bool) -> tuple:
    """``((label, name, I, J, F, A1, A2), ...)``: Proposition 6's points in the interior of their cone, one per
    (data, d1, I, J, pattern, (12) satisfied or violated) where a seeded choice lands inside."""
    out = []
    for name, d1 in RELU_SCOPES[quick]:
        X, Y = _data(name)
        m = X.shape[1]
        for J in _subsets(m):
            if not _separable(name, tuple(J)):
                continue
            XJ, YJ = _cols(X, J), _cols(Y, J)
            spaces = _spectrum(XJ, YJ)
            if spaces is None:
                continue
            for I in _subsets(d1):
                if len(I) < d1 and _dead_row(name) is None:
                    continue
                for pattern in _patterns(spaces, len(I), Y.shape[0]):
                    for mode in ("condition12", "violate"):
                        for seed in range(_SEEDS):
                            rng = random.Random(f"{name}|{d1}|{I}|{J}|{list(pattern)}|{mode}|{seed}")
                            F = _form(XJ, YJ, spaces, pattern, len(I), rng, mode)
                            if F is None:
                                break
                            A1, A2 = _embed(name, F, I, d1, rng)
                            if cone_of(A1, X) == (I, J, True):
                                out.append((f"{name}, d1 = {d1}, I = {I}, J = {J}, p = {list(pattern)}, L1 {mode}",
                                            name, I, J, F, A1, A2))
                                break
    return tuple(out)


def _least_squares_factors(XJ, YJ, k, rng):
    """A critical point of (9) from a factorization of the least-squares solution :math:`Y_{:,J}X_{:,J}^+`."""
    def solve():
        B = YJ.matmul(pinv(XJ))
        return (B,) + B.rref()

    B, R, pivots = _memo("least squares", (XJ, YJ), solve)
    r = len(pivots)
    if r > k:
        return None
    d2, d0 = B.shape
    E = DomainMatrix([[QQ(rng.randint(-2, 2), rng.randint(1, 2)) for _ in range(d0)] for _ in range(k - r)],
                     (k - r, d0), QQ)
    top = DomainMatrix.vstack(R.extract(list(range(r)), list(range(d0))), E)
    pad = DomainMatrix.hstack(B.extract(list(range(d2)), list(pivots)), DomainMatrix.zeros((d2, k - r), QQ).to_dense())
    G = _invertible(k, rng)
    return G.matmul(top), pad.matmul(G.inv())


def _zero_output(XJ, YJ, k, rng):
    """A critical point of (9) with :math:`(A_2)_{:,I} = 0`: rows :math:`z` with :math:`zX_{:,J}Y_{:,J}^T = 0`."""
    N = _memo("zero output", (XJ, YJ), lambda: XJ.matmul(YJ.transpose()).transpose().nullspace())
    if N.shape[0] == 0:
        return None
    rows = []
    for _ in range(k):
        coeffs = [QQ(rng.randint(-3, 3), rng.randint(1, 2)) for _ in range(N.shape[0])]
        rows.append([sum((c * N[t, j].element for t, c in enumerate(coeffs)), QQ.zero) for j in range(N.shape[1])])
    return DomainMatrix(rows, (k, XJ.shape[0]), QQ), DomainMatrix.zeros((YJ.shape[0], k), QQ).to_dense()


@cache
def recovered_cone_points(quick: bool) -> tuple:
    """``((label, name, I, J, F, A1, A2), ...)``: critical points of :math:`L_N` inside a cone obtained without
    the form (least-squares factorizations; zero output), with the form (10)-(12) recovered from them."""
    out = []
    for name, d1 in RELU_SCOPES[quick]:
        X, Y = _data(name)
        for J in _subsets(X.shape[1]):
            if not _separable(name, tuple(J)):
                continue
            XJ, YJ = _cols(X, J), _cols(Y, J)
            for I in _subsets(d1):
                if len(I) < d1 and _dead_row(name) is None:
                    continue
                for how, build in (("least-squares factorization", _least_squares_factors),
                                   ("zero output", _zero_output)):
                    for seed in range(4 * _SEEDS):
                        rng = random.Random(f"{name}|{d1}|{I}|{J}|{how}|{seed}")
                        blocks = build(XJ, YJ, len(I), rng)
                        if blocks is None:
                            break
                        A1, A2 = _embed(name, SimpleNamespace(A1=blocks[0], A2=blocks[1]), I, d1, rng)
                        if cone_of(A1, X) == (I, J, True):
                            try:
                                F = form_of_layer_pair(XJ, YJ, *blocks)
                            except ValueError:
                                break  # col(A2) not spanned by eigenvectors of rational eigenvalues
                            label = f"{name}, d1 = {d1}, I = {I}, J = {J}, {how}, recovered p = {list(F.pattern)}"
                            out.append((label, name, I, J, F, A1, A2))
                            break
    return tuple(out)


def cone_form_certificate(name, I, J, F, A1, A2, expect: bool = True) -> dict:
    """A ``relu_cone_form`` certificate; ``name`` is a key of :data:`RELU_DATA` or the data ``(X, Y)`` itself
    (interior points: with L_N's criticality and, with ``expect``, that it equals (12))."""
    X, Y = _data(name) if isinstance(name, str) else name
    _, _, interior = cone_of(A1, X)
    cert = {"kind": "relu_cone_form", "X": matrix_to_strings(X), "Y": matrix_to_strings(Y), "I": list(I),
            "J": list(J), "A1": matrix_to_strings(A1), "A2": matrix_to_strings(A2), "form": form_certificate(F),
            "interior": interior, "printed_13": printed13_holds(F, X, J)}
    if interior:
        G1, G2 = relu_gradients(A1, A2, X, Y)
        cert["critical"] = all(v == 0 for v in G1.to_list_flat() + G2.to_list_flat())
        if expect:
            cert["expect"] = "critical_iff_condition12"
    return cert


def printed13_holds(F, X, J) -> bool:
    """Whether (13) as printed, :math:`C^{-1}(I - P_{\\ker V})CL_1X_{:,J}` in place of the derived
    :math:`C^{-1}P_{\\ker V}CL_1X_{:,J}`, gives :math:`(A_1)_{I,:}X_{:,J}`; the two differ by
    :math:`C^{-1}(I - 2P_{\\ker V})CL_1X_{:,J}`, so (13) holds iff :math:`L_1X_{:,J} = 0`."""
    XJ = _cols(X, J)
    return all(v == 0 for v in F.L1.matmul(XJ).to_list_flat())


#: (X, Y, J, c, v, ell) of the point (15) on a cone boundary that is not a critical point of L_N.
BOUNDARY_DESCENT = ([["1", "0", "1"], ["0", "1", "1"]], [["1", "2", "0"]], [0, 1, 2], 1, [1], [0, 0])

#: (X, Y, A1, A2): a local (and global) minimum of L_N on a cone boundary, in a cone without any point (15)-(16).
BOUNDARY_MINIMUM = ([["1", "0"], ["0", "1"]], [["1", "-1"]], [["1", "0"]], [["1"]])


def boundary_descent_certificates() -> dict:
    """``{"form": relu_cone_form, "descent": relu_descent_curve, "no differentiable critical point in the cone":
    relu_no_differentiable_critical_in_cone}`` for :data:`BOUNDARY_DESCENT`: the point (15) with (16)-(17), :math:`v`
    on :math:`\\sigma_1(J)` (the form certificate lists the spectrum), on the boundary of its cone; the line
    :math:`A_1 = (-t, 1)` along which :math:`L_N = \\tfrac32 - t + \\tfrac12t^2`; and, since
    :math:`Y X^+ X = (0, 1, 1)` with :math:`y_1 = 1`, no nonzero differentiable critical point in the whole cone."""
    from proofs.papers.zhou_liang_2018.shallow import spectrum_json

    Xs, Ys, J, c, v, ell = BOUNDARY_DESCENT
    X, Y = rational_matrix(Xs, name="X"), rational_matrix(Ys, name="Y")
    A1, A2 = one_unit_cone_point(X, Y, J, c, v, ell)
    XJ, YJ = _cols(X, J), _cols(Y, J)
    F = form_of_layer_pair(XJ, YJ, A1, A2)
    form = cone_form_certificate((X, Y), [0], J, F, A1, A2)
    form["form"]["spectrum"] = spectrum_json(XJ, YJ)
    descent = {"kind": "relu_descent_curve", "X": Xs, "Y": Ys, "A1": matrix_to_strings(A1),
               "A2": matrix_to_strings(A2), "value": qq_to_str(relu_loss(A1, A2, X, Y)),
               "curve": [[[["0", "-1"], ["1"]]], [[["1"]]]], "order": 1}
    empty = {"kind": "relu_no_differentiable_critical_in_cone", "X": Xs, "Y": Ys, "A1": matrix_to_strings(A1),
             "A2": matrix_to_strings(A2), "Xp": matrix_to_strings(pinv(XJ)), "positive_row": ["1", "1"],
             "kink_sample": 0}
    return {"form": form, "descent": descent, "no differentiable critical point in the cone": empty}


def _nn(n, constraints, target, terms) -> dict:
    return {"kind": "nonnegativity", "variables": [f"x{i}" for i in range(n)], "constant": "0",
            "constraints": [poly_to_json(g) for g in constraints], "target": poly_to_json(target),
            "terms": [{"coefficient": str(co), "constraints": js, "square": poly_to_json(q)} for co, js, q in terms]}


def boundary_minimum_certificate() -> dict:
    """A ``relu_local_min`` certificate for :data:`BOUNDARY_MINIMUM` with ``no_form_in_cone``.

    Variables :math:`(a, b, c)`: :math:`A_1 = (a, b)`, :math:`A_2 = c`; neighbourhood :math:`c \\ge 0`.  On
    :math:`b \\ge 0`: :math:`L_N - \\tfrac12 = \\tfrac12(ca - 1)^2 + \\tfrac12(cb)^2 + c\\,b`; on :math:`b \\le 0`:
    :math:`L_N - \\tfrac12 = \\tfrac12(ca - 1)^2`."""
    from symbolic.checker.mpoly import MPoly

    Xs, Ys, A1s, A2s = BOUNDARY_MINIMUM
    a, b, c = (MPoly.var(3, i) for i in range(3))
    one, half = MPoly.const(3, 1), MPoly.const(3, "1/2")
    ca1 = c * a - one
    regions = []
    for s in (1, -1):
        constraints = [c, a, b * MPoly.const(3, s)]
        if s == 1:
            target = half * ca1 * ca1 + half * (c * b + one) * (c * b + one) - half
            terms = [("1/2", [], ca1), ("1/2", [], c * b), ("1", [0, 2], one)]
        else:
            target = half * ca1 * ca1
            terms = [("1/2", [], ca1)]
        regions.append({"pattern": [s], "certificate": _nn(3, constraints, target, terms)})
    XJp = pinv(rational_matrix(Xs, name="X"))
    return {"kind": "relu_local_min", "X": Xs, "Y": Ys, "A1": A1s, "A2": A2s,
            "value": qq_to_str(relu_loss(A1s, A2s, Xs, Ys)), "neighbourhood": [poly_to_json(c)],
            "regions": regions, "no_form_in_cone": {"Xp": matrix_to_strings(XJp)}}


# -- differentiable critical points with one hidden unit, cone boundaries included ---------------------------

_X3 = [["1", "0", "1"], ["0", "1", "1"]]

#: name -> (X, Y) for the differentiable critical points of L_N with d1 = 1.
DIFFERENTIABLE_DATA = {
    "example_1": ([["1", "0"], ["0", "1"]], [["2", "0"], ["0", "1"]]),
    "top_eigenvalue_saddle": (_X3, [["1", "0", "1"], ["2", "1", "-2"]]),
    "three_samples": RELU_DATA["three_samples"],
    "four_samples": RELU_DATA["four_samples"],
    "repeated_direction": RELU_DATA["repeated_direction"],
    "zero_output_sample": (_X3, [["1", "0", "2"], ["0", "0", "1"]]),
}

#: quick -> data names of :data:`DIFFERENTIABLE_DATA`.
DIFFERENTIABLE_SCOPES = {True: ("example_1", "top_eigenvalue_saddle"), False: tuple(DIFFERENTIABLE_DATA)}

_FREE_VALUES = (-3, -2, -1, 0, 1, 2, 3)


def differentiable_critical_certificate(X, Y, A1, A2, J) -> dict:
    """A ``relu_differentiable_critical`` certificate for a nonzero point of :math:`K_{\\{1\\}\\times J}`.

    Examples
    ========

    >>> from proofs.papers.zhou_liang_2018.relu_cones import differentiable_critical_certificate
    >>> from symbolic.checker.bundle import verify
    >>> cert = differentiable_critical_certificate([[1, 0], [0, 1]], [[2, 0], [0, 1]], [[2, 0]], [[1], [0]], [0, 1])
    >>> cert["value"], verify(cert)[0]      # A1 X = (2, 0): sample 2 on the boundary, <A2, y_2> = 0
    ('1/2', True)
    """
    X, Y, A1, A2 = (matrix_to_strings(rational_matrix(M)) for M in (X, Y, A1, A2))
    return {"kind": "relu_differentiable_critical", "X": X, "Y": Y, "A1": A1, "A2": A2,
            "value": qq_to_str(relu_loss(A1, A2, X, Y)), "I": [0], "J": list(J), "nonzero": True}


def _differentiable(X, Y, A1, A2) -> bool:
    """Every zero entry of :math:`A_1X` has :math:`\\langle A_2, y_j\\rangle = 0` (one hidden unit)."""
    Z = A1.matmul(X).to_list_flat()
    return all(sum((A2[r, 0].element * Y[r, j].element for r in range(Y.shape[0])), QQ.zero) == 0
               for j, z in enumerate(Z) if z == 0)


@cache
def differentiable_critical_points(quick: bool) -> tuple:
    """``((label, name, J, A1, A2, interior), ...)``: nonzero differentiable critical points of :math:`L_N` with
    :math:`d_1 = 1`, found without the form (15).

    For every sample set :math:`J` the gradient equations of the cone's polynomial (9) are solved by SymPy's
    ``solve`` with the scaling gauge :math:`(A_2)_{1..g-1} = 0`, :math:`(A_2)_g = \\pm 1` (a positive rescaling
    :math:`(A_1/s, sA_2)` keeps the cone, so every nonzero point is reached); free parameters are set to
    integers in :math:`[-3, 3]`.  A solution is kept when it lies in :math:`K_{\\{1\\}\\times J}` itself (so it is
    critical for the polynomial :math:`L_N` equals there) and :math:`L_N` is differentiable there
    (:math:`\\langle A_2, y_j\\rangle = 0` wherever :math:`A_1x_j = 0`); the gradient of every neighbouring piece
    is then zero (re-verified by the checker).

    .. math::

        \\nabla p_J(A_1, A_2) = 0, \\quad p_J = \\tfrac12\\lVert A_2A_1X_{:,J} - Y_{:,J}\\rVert_F^2.

    Examples
    ========

    >>> from proofs.papers.zhou_liang_2018.relu_cones import differentiable_critical_points
    >>> points = differentiable_critical_points(True)
    >>> len(points), sum(1 for p in points if p[-1])     # all, interior
    (37, 10)
    """
    from sympy import Matrix, Rational, S, solve, symbols

    out, seen = [], set()
    for name in DIFFERENTIABLE_SCOPES[quick]:
        Xs, Ys = DIFFERENTIABLE_DATA[name]
        X, Y = rational_matrix(Xs, name="X"), rational_matrix(Ys, name="Y")
        Xm, Ym = Matrix([[Rational(x) for x in row] for row in Xs]), Matrix([[Rational(y) for y in row] for row in Ys])
        d0, m, d2 = Xm.shape[0], Xm.shape[1], Ym.shape[0]
        a, b = symbols(f"a0:{d0}"), symbols(f"b0:{d2}")
        A1s, A2s = Matrix([list(a)]), Matrix(b)
        for J in _subsets(m):
            E = A2s * (A1s * Xm[:, J]) - Ym[:, J]
            p = sum((e ** 2 for e in E), S.Zero) / 2
            grad = [p.diff(x) for x in a + b]
            for g in range(d2):
                for sign in (1, -1):
                    gauge = {b[i]: 0 for i in range(g)}
                    gauge[b[g]] = sign
                    eqs = [q for q in (q.subs(gauge) for q in grad) if q != 0]
                    rest = [x for x in a + b if x not in gauge]
                    for sol in solve(eqs, rest, dict=True):
                        full = dict(gauge)
                        full.update(sol)
                        exprs = [S(full.get(x, x)) for x in a + b]
                        free = sorted(set().union(*(e.free_symbols for e in exprs)), key=str)
                        for values in itertools.product(_FREE_VALUES, repeat=len(free)):
                            pt = [e.subs(dict(zip(free, values))) for e in exprs]
                            key = (name, tuple(J), tuple(pt))
                            if not all(v.is_Rational for v in pt) or key in seen:
                                continue
                            seen.add(key)
                            A1 = rational_matrix([[str(v) for v in pt[:d0]]])
                            A2 = rational_matrix([[str(v)] for v in pt[d0:]])
                            cone = cone_of(A1, X)
                            if cone is None or cone[:2] != ([0], J) or not _differentiable(X, Y, A1, A2):
                                continue  # critical for the polynomial of K_{1 x J} only if the point is in that cone
                            _, Jp, interior = cone
                            where = "interior" if interior else "boundary"
                            out.append((f"{name}, J = {Jp}, {where}, A1 = {matrix_to_strings(A1)[0]}, "
                                        f"A2 = {[r[0] for r in matrix_to_strings(A2)]}", name, Jp, A1, A2, interior))
    return tuple(out)


#: (X, Y, J, c, v, ell): a differentiable critical point (15) with v on sigma_1(J), on the boundary of its cone,
#: that is not a local minimum of L_N.
TOP_EIGENVALUE_SADDLE = (_X3, [["1", "0", "1"], ["2", "1", "-2"]], [0, 1, 2], 1, [1, 0], [0, 0])

#: A1(t) = (1 + 2t, -4t), A2(t) = (1, t)^T: sample 2 leaves the cone, and L_N = 9/2 - 3t^2 + O(t^3).
TOP_EIGENVALUE_DESCENT = [[[["1", "2"], ["0", "-4"]]], [[["1"]], [["0", "1"]]]]


def top_eigenvalue_saddle_certificates() -> dict:
    """``{"form", "differentiable critical", "descent"}`` for :data:`TOP_EIGENVALUE_SADDLE`.

    :math:`X = \\begin{pmatrix}1&0&1\\\\0&1&1\\end{pmatrix}`, :math:`Y = \\begin{pmatrix}1&0&1\\\\2&1&-2\\end{pmatrix}`,
    :math:`J = \\{1, 2, 3\\}`: :math:`\\Sigma_J = \\operatorname{diag}(2, \\tfrac23)`, :math:`U_J = I`; :math:`c = 1`,
    :math:`v = e_1` (on :math:`\\sigma_1(J) = 2`), :math:`\\ell = 0` give :math:`A_1 = (1, 0)`, :math:`A_2 = e_1`,
    :math:`A_1X = (1, 0, 1)`, :math:`\\langle A_2, y_2\\rangle = 0`: a differentiable critical point with
    :math:`L_N = \\tfrac92 = \\tfrac12(\\operatorname{tr}YY^T - \\sigma_1(J))`.  Where sample 2 is inactive
    :math:`L_N = f_{13} + \\tfrac12\\lVert y_2\\rVert^2` with :math:`\\Sigma_{13} = \\operatorname{diag}(2, 8)`:
    :math:`e_1` is not its top eigenvector, so the point is a saddle of :math:`f_{13}`; along
    :math:`A_1 = (1 + 2t, -4t)`, :math:`A_2 = (1, t)^T` sample 2 stays inactive and
    :math:`L_N = \\tfrac92 - 3t^2 + O(t^3)`.

    Examples
    ========

    >>> from proofs.papers.zhou_liang_2018.relu_cones import top_eigenvalue_saddle_certificates
    >>> from symbolic.checker.bundle import verify
    >>> certs = top_eigenvalue_saddle_certificates()
    >>> certs["form"]["A1"], certs["form"]["A2"], [verify(c)[0] for c in certs.values()]
    ([['1', '0']], [['1'], ['0']], [True, True, True])
    >>> verify(certs["descent"])[1]
    'L_N(t) - 9/2 = -3 t^2 + ... on (0, delta)'
    """
    from proofs.papers.zhou_liang_2018.shallow import spectrum_json

    Xs, Ys, J, c, v, ell = TOP_EIGENVALUE_SADDLE
    X, Y = rational_matrix(Xs, name="X"), rational_matrix(Ys, name="Y")
    A1, A2 = one_unit_cone_point(X, Y, J, c, v, ell)
    XJ, YJ = _cols(X, J), _cols(Y, J)
    F = form_of_layer_pair(XJ, YJ, A1, A2)
    form = cone_form_certificate((X, Y), [0], J, F, A1, A2)
    del form["printed_13"]
    form["form"]["spectrum"] = spectrum_json(XJ, YJ)
    form["on_eigenvalue"] = 1
    descent = {"kind": "relu_descent_curve", "X": Xs, "Y": Ys, "A1": matrix_to_strings(A1),
               "A2": matrix_to_strings(A2), "value": qq_to_str(relu_loss(A1, A2, X, Y)),
               "curve": TOP_EIGENVALUE_DESCENT}
    return {"form": form, "differentiable critical": differentiable_critical_certificate(X, Y, A1, A2, J),
            "descent": descent}
