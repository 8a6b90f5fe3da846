"""Kawaguchi (2016), Deep Learning without Poor Local Minima.

Notation: Kawaguchi's network has :math:`H` hidden layers, so :math:`L = H + 1`;
his :math:`\\operatorname{vec}` is column-major and his gradient blocks are
:math:`D_{\\operatorname{vec}(W_k^T)}`, the row-major entries of :math:`W_k`
(the project's parameter order).  The loss is
:math:`L(W) = \\tfrac12 \\lVert W_{H+1} \\cdots W_1 X - Y \\rVert_F^2`.

The checks (and notebook cells) of the claims in :mod:`proofs.papers.kawaguchi_2016.claims`, whose header lists the main results and the references.
"""

from __future__ import annotations

import sympy

from symbolic.checker.identities import dims_key
from symbolic.calculus.gradient import gradient_entrywise, gradient_kawaguchi_squared
from symbolic.core.kronecker import vec_rows
from symbolic.core.losses import SquaredLoss
from symbolic.core.network import Network
from symbolic.core.pinv import pinv
from symbolic.calculus.sweep import check_hessian_squared, dims_tuples, sweep_data
from sympy.polys.matrices import DomainMatrix

from proofs.ledger.claim import Outcome
from proofs.papers.kawaguchi_2016.landscape import THEOREM23_DIMS, classified
from proofs.checks.classified import all_strict_outcome, no_spurious_outcome, part
from proofs.papers.kawaguchi_2016.constructions import (LEMMA42_DIMS, lemma42_certificate, lemma42_holds, lemma42_points,
                                      other_generalized_inverse)
from proofs.checks.identity_sweep import data_entry, scope_text, scope_tuples, sweep_outcome

__all__ = ["SYMBOLIC_DATA_DIMS", "SYMBOLIC_DATA_SAMPLES", "kawaguchi_gradient_holds",
           "hessian_blocks_hold", "symbolic_data"]

#: The symbolic-data case of Lemma 4.1: dims and number of samples (X, Y all free symbols).
SYMBOLIC_DATA_DIMS = (2, 4, 2, 3)
SYMBOLIC_DATA_SAMPLES = 2


def _equal(left, right) -> bool:
    K = left.domain.unify(right.domain)
    return left.shape == right.shape and left.convert_to(K) == right.convert_to(K)


def symbolic_data(dims, n: int):
    """Weights and data all symbolic, ``(weights, X, Y)`` over one polynomial ring (:meth:`Network.symbolic_problem`)."""
    _, weights, X, Y = Network(dims).symbolic_problem(n)
    return weights, X, Y


def kawaguchi_gradient_holds(dims, symbolic: bool = False) -> bool:
    """Lemma 4.1's gradient equals the entrywise gradient of the squared loss on ``dims``.

    With ``symbolic=False`` the data is :func:`symbolic.calculus.sweep.sweep_data` (exact,
    non-square, non-symmetric, n = 3 samples); with ``symbolic=True`` the data
    entries are free symbols (:data:`SYMBOLIC_DATA_SAMPLES` samples).

    Examples
    ========

    >>> from proofs.papers.kawaguchi_2016.checks import kawaguchi_gradient_holds
    >>> kawaguchi_gradient_holds((2, 3, 1)), kawaguchi_gradient_holds((1, 2, 1), symbolic=True)
    (True, True)
    """
    if symbolic:
        weights, X, Y = symbolic_data(dims, SYMBOLIC_DATA_SAMPLES)
    else:
        _, weights = Network(dims).symbolic_weights()
        X, Y = sweep_data(dims)
    loss = SquaredLoss(X, Y)
    entrywise = gradient_entrywise(weights, loss)
    printed = gradient_kawaguchi_squared(weights, loss)
    return len(entrywise) == len(printed) and all(_equal(vec_rows(e), p) for e, p in zip(entrywise, printed))


def hessian_blocks_hold(dims) -> bool:
    """The block Hessian formula equals the entrywise Hessian (squared loss, sweep data).

    Examples
    ========

    >>> from proofs.papers.kawaguchi_2016.checks import hessian_blocks_hold
    >>> hessian_blocks_hold((2, 3, 1))
    True
    """
    return check_hessian_squared(dims)


def _check_gradient(quick: bool) -> Outcome:
    tuples = scope_tuples(quick)
    scope = ("symbolically in the weights, squared loss with the fixed exact data X (d0 x 3), Y (dL x 3) of "
             f"symbolic.calculus.sweep.sweep_data, {scope_text(quick)}; and with X ({SYMBOLIC_DATA_DIMS[0]} x "
             f"{SYMBOLIC_DATA_SAMPLES}) and Y ({SYMBOLIC_DATA_DIMS[-1]} x {SYMBOLIC_DATA_SAMPLES}) symbolic "
             f"on dims {SYMBOLIC_DATA_DIMS}")
    outcome = sweep_outcome("kawaguchi_gradient_squared", tuples, kawaguchi_gradient_holds, scope, data_entry)
    symbolic_ok = kawaguchi_gradient_holds(SYMBOLIC_DATA_DIMS, symbolic=True)
    if SYMBOLIC_DATA_DIMS in tuples:
        raise ValueError(f"the symbolic-data dims {SYMBOLIC_DATA_DIMS} must lie outside the sweep")
    cert = dict(outcome.certificate)
    key = dims_key(SYMBOLIC_DATA_DIMS)
    symbolic_entry = {"X": "symbolic", "Y": "symbolic", "n": SYMBOLIC_DATA_SAMPLES}
    if outcome.status == "confirmed" and symbolic_ok:
        cert["dims"] = cert["dims"] + [list(SYMBOLIC_DATA_DIMS)]
        cert["data"] = {**cert["data"], key: symbolic_entry}
        return Outcome("confirmed", scope, cert)
    if not symbolic_ok:
        if outcome.status == "confirmed":
            cert = {**cert, "dims": [], "data": {}, "holds": False}
        cert["dims"] = cert["dims"] + [list(SYMBOLIC_DATA_DIMS)]
        cert["data"] = {**cert["data"], key: symbolic_entry}
        return Outcome("refuted", f"{scope}: fails with symbolic data", cert)
    return outcome


def _check_hessian(quick: bool) -> Outcome:
    scope = ("the re-derived block formula (symbolic/calculus/hessian.py; the printed one is garbled), symbolically in "
             "the weights, squared loss with the fixed exact data X (d0 x 3), Y (dL x 3) of "
             f"symbolic.calculus.sweep.sweep_data, {scope_text(quick)}")
    return sweep_outcome("hessian_block_squared", scope_tuples(quick), hessian_blocks_hold, scope, data_entry)


_GRADIENT_CELLS = (
    """import sympy
from IPython.display import Math, display

from symbolic import Network, SquaredLoss
from symbolic.calculus.gradient import gradient_entrywise, gradient_kawaguchi_squared
from symbolic.core.kronecker import vec_rows
from symbolic.calculus.sweep import check_hessian_squared, dims_tuples, sweep_data

# exact, non-square, non-symmetric data: d0 = 2 inputs, dL = 2 outputs, n = 3 samples
dims = (2, 1, 2)
X, Y = sweep_data(dims)
loss = SquaredLoss(X, Y)
R, Ws = Network(dims).symbolic_weights()
entrywise = gradient_entrywise(Ws, loss)  # d/dx of the expanded loss, one weight at a time
printed = gradient_kawaguchi_squared(Ws, loss)  # (W_{H+1}...W_{k+1} (x) (W_{k-1}...W_1 X)^T)^T vec(r)
display(Math("X = " + sympy.latex(loss.X.to_Matrix()) + ",\\\\quad Y = " + sympy.latex(loss.Y.to_Matrix())))
for k, g in enumerate(printed, 1):
    display(Math(rf"D_{{\\operatorname{{vec}}(W_{k}^T)}} L^T = " + sympy.latex(g.to_Matrix())))""",
    """assert all(vec_rows(e) == p for e, p in zip(entrywise, printed))
[vec_rows(e) == p for e, p in zip(entrywise, printed)]""",
    """# the same identity with the data X, Y themselves free symbols
from proofs.papers.kawaguchi_2016.checks import SYMBOLIC_DATA_DIMS, kawaguchi_gradient_holds

assert kawaguchi_gradient_holds(SYMBOLIC_DATA_DIMS, symbolic=True)
SYMBOLIC_DATA_DIMS""",
)

_HESSIAN_CELLS = (
    """import sympy
from IPython.display import Math, display

from symbolic import Network, SquaredLoss
from symbolic.calculus.hessian import hessian_block, hessian_entrywise, hessian_structured
from symbolic.calculus.sweep import check_hessian_squared, dims_tuples, sweep_data

dims = (2, 1, 2)
X, Y = sweep_data(dims)
loss = SquaredLoss(X, Y)
R, Ws = Network(dims).symbolic_weights()
for k, j in [(1, 1), (2, 1), (2, 2)]:
    display(Math(rf"\\nabla^2_{{{k}{j}}} L = " + sympy.latex(hessian_block(Ws, loss, k, j).to_Matrix())))""",
    """H = hessian_structured(Ws, loss)
assert H == hessian_entrywise(Ws, loss).convert_to(H.domain)
H.shape""",
    """# a picture of the Hessian at an exact point: the block structure and the spectrum
# (exact inertia by the separate checker's LDL^T; eigenvalues by mpmath, evidence for the picture only)
from fractions import Fraction

import matplotlib.pyplot as plt
import mpmath

from symbolic.checker.poly import ldl_inertia

dims = (2, 3, 2)
X, Y = sweep_data(dims)
point = Network(dims).exact_weights([[[1, "1/2"], [0, -1], ["2/3", 1]], [[1, 0, "-1/2"], [2, 1, 1]]])
Hq = hessian_structured(point, SquaredLoss(X, Y))
exact = [[Fraction(int(v.numerator), int(v.denominator)) for v in row] for row in Hq.to_list()]
pos, neg, zero = ldl_inertia(exact)
with mpmath.workdps(30):
    eigenvalues = sorted(mpmath.eigsy(mpmath.matrix([[mpmath.mpf(v.numerator) / v.denominator for v in row]
                                                     for row in exact]))[0])
    shown = [float(e) for e in eigenvalues]
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.6))
top = max(abs(float(v)) for row in exact for v in row)
ax1.matshow([[float(v) for v in row] for row in exact], cmap="RdBu_r", vmin=-top, vmax=top)
ax1.axhline(5.5, color="k", lw=0.8)
ax1.axvline(5.5, color="k", lw=0.8)
ax1.set_title("Hessian: blocks W1 (6 params), W2 (6 params)", fontsize=8)
ax2.plot(range(1, len(shown) + 1), shown, "o")
ax2.axhline(0, color="0.5", lw=0.8)
ax2.set_yscale("symlog")
ax2.set_title(f"spectrum; exact inertia (+, -, 0) = {(pos, neg, zero)}", fontsize=8)
plt.show()""",
)

def _check_lemma42(quick: bool) -> Outcome:
    parts, count, failing = {}, 0, []
    for dims in LEMMA42_DIMS[quick]:
        X, Y, points = lemma42_points(dims)
        for label, weights in points:
            count += 1
            if not lemma42_holds(X, Y, weights):
                failing.append(f"{dims} {label}")
            for gname, g in (("Moore-Penrose", pinv), ("other g-inverse", other_generalized_inverse)):
                parts[f"dims {dims} {label}, {gname}"] = lemma42_certificate(X, Y, weights, g)
    scope = (f"{count} exact critical points (X = I, Y with rational singular vectors 5, 3, 2; the critical point "
             f"for every subset of singular vectors that fits the widths, and the zero tuple when L >= 3) on dims "
             f"{', '.join(map(str, LEMMA42_DIMS[quick]))}; each with the Moore-Penrose inverse of C^T C and another "
             "generalized inverse")
    status = "refuted" if failing else "confirmed"
    return Outcome(status, scope, {"kind": "bundle", "parts": parts}, details="; ".join(failing))


def _check_convex(quick: bool) -> Outcome:
    tuples = dims_tuples(*((2, 2) if quick else (3, 3)))
    bound = "L <= 2, widths <= 2" if quick else "L <= 3, widths <= 3"
    scope = (f"symbolically in the weights, squared loss with the exact data of symbolic.calculus.sweep.sweep_data, every "
             f"dims tuple with {bound} ({len(tuples)} tuples): the entrywise Hessian's diagonal block (k, k) equals "
             "(P_k^T P_k) kron (Q_k X)(Q_k X)^T, a Kronecker product of two Gram matrices, hence PSD at every point "
             "(that a Kronecker product of PSD matrices is PSD is the standard fact used, not machine-checked)")
    return sweep_outcome("hessian_block_squared", tuples, hessian_blocks_hold, scope, data_entry)


_CONVEX_CELLS = (
    """from symbolic import Network, SquaredLoss
from symbolic.calculus.hessian import hessian_block, hessian_entrywise
from symbolic.core.kronecker import kron
from symbolic.core.products import chain
from symbolic.calculus.sweep import check_hessian_squared, dims_tuples, sweep_data

dims = (2, 3, 2, 2)
X, Y = sweep_data(dims)
loss = SquaredLoss(X, Y)
R, Ws = Network(dims).symbolic_weights()
H = hessian_entrywise(Ws, loss)
net = Network(dims)
for k in range(1, net.depth + 1):
    P, QX = chain(Ws, k + 1, net.depth), chain(Ws, 1, k - 1).matmul(loss.X.convert_to(Ws[0].domain))
    gram = kron(P.transpose().matmul(P), QX.matmul(QX.transpose()))
    o, size = net.offsets[k - 1], net.shape(k)[0] * net.shape(k)[1]
    print(f"block ({k},{k}) of the entrywise Hessian is (P^T P) kron (QX)(QX)^T:", H.extract(range(o, o + size), range(o, o + size)) == gram)""",
)

def _landscape_scope(quick, dims_list, what):
    n = sum(len(classified(d)) for d in dims_list)
    return (f"{what} among {n} exact critical points on dims {', '.join(map(str, dims_list))} (X = I, Y = U diag(5, 3, 2) "
            "V^T restricted to d_y, so Theorem 2.3's assumptions hold exactly; points: W_L...W_1 = U_S U_S^T Y for every "
            "subset S fitting the widths, the zero tuple and two-zero-layer points when L >= 3), each classified with a "
            "re-verified certificate; not every critical point of these networks")


def _check_theorem23_ii(quick: bool) -> Outcome:
    dims_list = THEOREM23_DIMS[quick]
    parts = {f"{dims} {label}": part(problem, result, verdict_in=["global_min", "saddle"])
             for dims in dims_list for label, problem, result, _ in classified(dims)}
    return no_spurious_outcome(parts, _landscape_scope(quick, dims_list,
                                                       "every critical point is a global minimum or a saddle"))


def _saddle_parts(dims_list, keep, **expect_of):
    parts = {}
    for dims in dims_list:
        p = min(dims[1:-1])
        for label, problem, result, mrank in classified(dims):
            if result["verdict"] == "saddle" and keep(dims, mrank, p):
                parts[f"{dims} {label}"] = part(problem, result, verdict_in=["saddle"],
                                                **{k: f(dims, mrank, p) for k, f in expect_of.items()})
    return parts


_REPEATED = ("3", "3", "2")
_REPEATED_DIMS = {True: ((2, 2, 2), (2, 1, 2)), False: ((2, 2, 2), (2, 1, 2), (2, 2, 2, 2), (3, 2, 2, 2))}


def _check_repeated(quick: bool) -> Outcome:
    parts = {}
    for dims in _REPEATED_DIMS[quick]:
        for label, problem, result, _ in classified(dims, _REPEATED):
            cert = part(problem, result, assumptions=None, verdict_in=["global_min", "saddle"])
            cert["assumptions_fail"] = "kawaguchi_theorem_2_3"
            parts[f"{dims} {label}"] = cert
    scope = (f"{len(parts)} exact critical points on dims {', '.join(map(str, _REPEATED_DIMS[quick]))} with "
             "singular values (3, 3, 2) of Y (Sigma has a repeated eigenvalue; the checker confirms the assumption "
             "fails), X = I; the same families of points as for Theorem 2.3")
    return no_spurious_outcome(parts, scope, "for dims (2, 1, 2) both one-direction points are global minima")


def _check_theorem23_iv(quick: bool) -> Outcome:
    dims_list = THEOREM23_DIMS[quick]
    parts = _saddle_parts(dims_list, lambda d, m, p: m == p, middle_rank=lambda d, m, p: m)
    return all_strict_outcome(parts, _landscape_scope(quick, dims_list, "saddles with rank(W_H...W_2) = p are strict"),
                       "saddles with rank(W_H...W_2) = p")


def _check_corollary24_h1(quick: bool) -> Outcome:
    dims_list = [d for d in THEOREM23_DIMS[quick] if len(d) == 3]
    parts = _saddle_parts(dims_list, lambda d, m, p: True)
    return all_strict_outcome(parts, _landscape_scope(quick, dims_list, "H = 1: every saddle is strict"), "saddles")


def _check_corollary24_deep(quick: bool) -> Outcome:
    dims = (2, 2, 2, 2)
    for label, problem, result, _ in classified(dims):
        if label == "zero tuple" and result["verdict"] == "saddle" and result["strict"] is False:
            cert = {"kind": "bundle", "parts": {f"{dims} {label}": part(problem, result, verdict_in=["saddle"],
                                                                        strict=False)}}
            order = result["certificate"]["descent"]["order"]
            return Outcome("confirmed", f"exact witness: the zero tuple of dims {dims} (H = 2) with Theorem 2.3's "
                           f"assumptions; zero Hessian, descent curve of order {order}", cert)
    return Outcome("inconclusive", f"the zero tuple of dims {dims}", None, details="no non-strict saddle certified")


def _check_theorem23_i(quick: bool) -> Outcome:
    parts = {}
    for dims in THEOREM23_DIMS[quick]:
        for label, problem, result, _ in classified(dims):
            inertia = result["hessian_inertia"] or {}
            if inertia.get("positive", 0) > 0 and inertia.get("negative", 0) > 0:
                parts[f"{dims} {label}"] = part(problem, result, indefinite=True)
                break
    missing = [d for d in THEOREM23_DIMS[quick] if not any(k.startswith(str(d)) for k in parts)]
    scope = (f"every dims tuple in {', '.join(map(str, THEOREM23_DIMS[quick]))}: an exact point with an indefinite "
             "Hessian (so the loss is neither convex nor concave)")
    if missing:
        return Outcome("inconclusive", scope, None, details=f"no indefinite point found for {missing}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})


_PATH_DIMS = {True: ((2, 2, 1), (1, 2, 2)), False: ((2, 2, 1), (1, 2, 2), (2, 2, 2), (2, 1, 2, 2), (1, 2, 2, 2))}


def _check_corollary32(quick: bool) -> Outcome:
    from symbolic.core.exact import rational
    from symbolic.forms.relu_paths import expected_output
    from symbolic.core.products import full_product

    parts, failing = {}, []
    for dims in _PATH_DIMS[quick]:
        X = [[str((i + 2 * j) % 3 - 1) + ("/2" if (i + j) % 2 else "") for j in range(3)] for i in range(dims[0])]
        _, Ws = Network(dims).symbolic_weights(extra_symbols=[sympy.Symbol("rho")])
        K = Ws[0].domain
        rho = K.from_sympy(sympy.Symbol("rho"))
        Xm = DomainMatrix([[K.convert(rational(v)) for v in row] for row in X], (dims[0], 3), K)
        if expected_output(Ws, Xm, rho, K.one) != full_product(Ws).matmul(Xm) * rho:
            failing.append(dims)
        parts[f"dims {dims}"] = {"kind": "bernoulli_paths", "dims": list(dims), "X": X}
    scope = (f"dims {', '.join(map(str, _PATH_DIMS[quick]))}, n = 3 exact samples, every activation pattern enumerated, "
             "symbolic rho and weights (A1p-m: Bernoulli(rho) paths; A5u-m: independent of X and W)")
    if failing:
        return Outcome("refuted", scope, None, details=f"differs on {failing}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})



_PROP21_DIMS = {True: ((2, 1, 2),), False: ((2, 1, 2), (3, 1, 3), (3, 2, 3))}


def _check_prop21_ii(quick: bool) -> Outcome:
    dims_list = _PROP21_DIMS[quick]
    parts = {f"{dims} {label}": part(problem, result, verdict_in=["global_min", "saddle"])
             for dims in dims_list for label, problem, result, _ in classified(dims)}
    return no_spurious_outcome(parts, _landscape_scope(
        quick, dims_list, "H = 1, p < d_x = d_y: every critical point is a global minimum or a saddle"))


def _conditions_outcome(lemma: str, quick: bool, what: str) -> Outcome:
    from proofs.papers.kawaguchi_2016.necessary_conditions import conditions_parts

    dims_list = THEOREM23_DIMS[quick]
    parts, failures, undecided = conditions_parts(lemma, dims_list)
    scope = _landscape_scope(quick, dims_list, f"{what}, at the {len(parts)} critical points whose Hessian is "
                             f"{'positive' if lemma == '4.6' else 'positive or negative'} semidefinite (inertia "
                             "recomputed by the checker)")
    if failures:
        bad = {name: parts[name] for name, _ in failures}
        return Outcome("refuted", scope, {"kind": "bundle", "parts": bad}, details=f"fails at {failures}")
    if undecided:
        return Outcome("inconclusive", scope, None, details=f"decided at {len(parts)} points; undecided at {undecided}")
    if not parts:
        return Outcome("inconclusive", scope, None, details="no semidefinite critical point in scope")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})


def _check_lemma44(quick: bool) -> Outcome:
    return _conditions_outcome("4.4", quick, "R((W_(k-1)...W_2)^T) in R(C^T C) or X r W_(H+1)...W_(k+1) = 0 for every k")


def _check_corollary45(quick: bool) -> Outcome:
    return _conditions_outcome("4.5", quick,
                               "rank(W_(H+1)...W_k) >= rank(W_(k-1)...W_2) or X r W_(H+1)...W_(k+1) = 0 for every k")


def _check_lemma46(quick: bool) -> Outcome:
    return _conditions_outcome("4.6", quick, "C (C^T C)^- C^T = U_pbar U_pbar^T or X r = 0")


_RANK_DEFICIENT_DIMS = {True: ((2, 2, 2), (2, 1, 2)), False: ((2, 2, 2), (2, 1, 2), (2, 2, 2, 2), (3, 2, 3))}


def _check_rank_deficient(quick: bool) -> Outcome:
    from proofs.papers.kawaguchi_2016.landscape import classified_rank_deficient_x

    parts = {}
    for dims in _RANK_DEFICIENT_DIMS[quick]:
        for tag, rows in (("X rank-deficient", classified_rank_deficient_x(dims)),
                          ("Y rank-deficient", classified(dims, ("5", "0", "0")) if dims[0] == dims[-1] else ())):
            for label, problem, result, _ in rows:
                cert = part(problem, result, assumptions=None, verdict_in=["global_min", "saddle"])
                cert["assumptions_fail"] = "kawaguchi_theorem_2_3"
                parts[f"{tag}, {dims} {label}"] = cert
    scope = (f"{len(parts)} exact critical points on dims {', '.join(map(str, _RANK_DEFICIENT_DIMS[quick]))}: "
             "X = V diag(1, .., 1, 0) V^T (X X^T singular) with Y = U diag(5, 3, 2) V^T, and X = I with Y of rank 1 "
             "(X Y^T singular); the checker confirms Theorem 2.3's assumptions fail for each; points "
             "W_L...W_1 = U_S U_S^T Y P and the zero tuple (L >= 3)")
    return no_spurious_outcome(parts, scope, "with rank-deficient data the global minima need not be isolated "
                               "orbits of one product")

_NECESSARY_CELLS = (
    """from proofs.papers.kawaguchi_2016.landscape import THEOREM23_DIMS, classified
from proofs.papers.kawaguchi_2016.necessary_conditions import _rank_of_C, separating_value
from symbolic.checker.kawaguchi_conditions import condition_holds

# Lemma 4.4, Corollary 4.5 and Lemma 4.6 at every critical point, semidefinite or not: the conclusions hold at the
# semidefinite points (the lemmas' hypothesis) and fail at many indefinite saddles, so the hypothesis is needed
for dims in THEOREM23_DIMS[True]:
    for label, problem, result, _ in classified(dims):
        q = {k: problem[k] for k in ("dims", "X", "Y", "weights")}
        pbar = _rank_of_C(problem)
        z = separating_value(problem, pbar) if pbar else None
        inertia = result["hessian_inertia"]
        kind = "PSD" if inertia["negative"] == 0 else ("NSD" if inertia["positive"] == 0 else "indefinite")
        print(dims, f"{label:<28}", f"{kind:<10}", [condition_holds(lemma, q, z)[0] for lemma in ("4.4", "4.5", "4.6")])""",
)

_LANDSCAPE_CELLS = (
    """from proofs.papers.kawaguchi_2016.landscape import THEOREM23_DIMS, classified

for dims in THEOREM23_DIMS[True]:
    p = min(dims[1:-1])
    for label, problem, result, mrank in classified(dims):
        print(dims, f"{label:<32}", f"{result['verdict']:<10}", "strict:", result["strict"],
              "inertia:", tuple(result["hessian_inertia"].values()), f"rank(W_H..W_2) = {mrank}, p = {p}")""",
)

_DEEP_SADDLE_CELLS = (
    """import matplotlib.pyplot as plt
from proofs.notebooks.classifier_walkthrough import plot_certificate_curves
from proofs.papers.kawaguchi_2016.landscape import classified

label, problem, result, _ = next(c for c in classified((2, 2, 2, 2)) if c[0] == "zero tuple")
print(result["verdict"], "strict:", result["strict"], "inertia:", result["hessian_inertia"])
print("descent:", result["certificate"]["descent"]["order"], result["certificate"]["descent"]["leading_coefficient"])
plot_certificate_curves(problem, result, t_max="1")
plt.show()""",
)

_LEMMA42_CELLS = (
    """from proofs.papers.kawaguchi_2016.constructions import lemma42_points, other_generalized_inverse
from symbolic.landscape.critical import is_critical, kawaguchi_representation
from symbolic.core.losses import SquaredLoss
from symbolic.core.pinv import is_moore_penrose, pinv
from symbolic.core.products import chain, full_product

X, Y, points = lemma42_points((3, 2, 2, 2))
loss = SquaredLoss(X, Y)
for label, Ws in points:
    C = chain(Ws, 2, len(Ws)); CtC = C.transpose().matmul(C)
    G = other_generalized_inverse(CtC)
    print(label, "critical:", is_critical(Ws, loss), "rank C =", C.rank(),
          "| other g-inverse is Moore-Penrose:", is_moore_penrose(CtC, G),
          "| Lemma 4.2 with both:", kawaguchi_representation(Ws, loss, pinv) == full_product(Ws)
          == kawaguchi_representation(Ws, loss, other_generalized_inverse))""",
)

_GRADIENT_ID = "gradient_eq_vec_kronecker_of_squared_loss"
