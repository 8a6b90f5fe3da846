"""Kawaguchi (2016), Deep Learning without Poor Local Minima.

Notation: Kawaguchi's network has :math:`H` hidden layers, so :math:`L = H + 1`;
his :math:`\\operatorname{vec}` is column-major and his gradient blocks are
:math:`D_{\\operatorname{vec}(W_k^T)}`, the row-major entries of :math:`W_k`
(the project's parameter order).  The loss is
:math:`L(W) = \\tfrac12 \\lVert W_{H+1} \\cdots W_1 X - Y \\rVert_F^2`.

Main results
------------
* ``gradient_eq_vec_kronecker_of_squared_loss`` -- the gradient in vec/Kronecker form,
  hence the critical point condition.
* ``hessian_block_eq_of_squared_loss`` -- the Hessian blocks in Kronecker form.
* ``convex_in_each_layer_of_squared_loss`` -- Conjecture 2.2 (i) (and Proposition 2.1 (i) for
  :math:`H = 1`): each diagonal Hessian block is a Kronecker product of Gram matrices.
* ``product_eq_projection_of_critical`` -- at a critical point,
  :math:`W_{H+1} \\cdots W_1 = C (C^TC)^- C^T Y X^T (XX^T)^{-1}` for any generalized inverse.

References
----------
* ``kawaguchi-2016``, "Lemma 4.1".
* ``kawaguchi-2016``, "Conjecture 2.2" (part (i); "Proposition 2.1" (i) is its case H = 1).
* ``kawaguchi-2016``, "Lemma 4.2".
* ``kawaguchi-2016``, "Lemma 4.3".
"""

from __future__ import annotations

import sympy

from symbolic.checker.identities import dims_key
from symbolic.gradient import gradient_entrywise, gradient_kawaguchi_squared
from symbolic.kronecker import vec_rows
from symbolic.losses import SquaredLoss
from symbolic.network import Network
from symbolic.sweep import check_hessian_squared, dims_tuples, sweep_data
from sympy.polys.matrices import DomainMatrix

from symbolic.pinv import pinv

from .claim import Claim, Outcome
from .kawaguchi_constructions import (LEMMA42_DIMS, lemma42_certificate, lemma42_holds, lemma42_points,
                                      other_generalized_inverse)
from .identity_sweep import data_entry, scope_text, scope_tuples, sweep_outcome

__all__ = ["CLAIMS", "SYMBOLIC_DATA_DIMS", "SYMBOLIC_DATA_SAMPLES", "kawaguchi_gradient_holds",
           "hessian_blocks_hold", "symbolic_data"]

#: The symbolic-data case of Lemma 4.1: dims and number of samples (X, Y all free symbols).
SYMBOLIC_DATA_DIMS = (2, 4, 2, 3)
SYMBOLIC_DATA_SAMPLES = 2


def _equal(left, right) -> bool:
    K = left.domain.unify(right.domain)
    return left.shape == right.shape and left.convert_to(K) == right.convert_to(K)


def symbolic_data(dims, n: int):
    """Weights and data all symbolic: ``(weights, X, Y)`` over one polynomial ring.

    The data symbols are ``X_ij`` (d0 x n) and ``Y_ij`` (dL x n), after the weights.
    """
    d0, dL = dims[0], dims[-1]
    xs = [[sympy.Symbol(f"X_{i + 1}{j + 1}") for j in range(n)] for i in range(d0)]
    ys = [[sympy.Symbol(f"Y_{i + 1}{j + 1}") for j in range(n)] for i in range(dL)]
    R, weights = Network(dims).symbolic_weights(extra_symbols=[s for row in xs + ys for s in row])
    K = R.to_domain()
    X = DomainMatrix([[K.from_sympy(s) for s in row] for row in xs], (d0, n), K)
    Y = DomainMatrix([[K.from_sympy(s) for s in row] for row in ys], (dL, n), K)
    return weights, X, Y


def kawaguchi_gradient_holds(dims, symbolic: bool = False) -> bool:
    """Lemma 4.1's gradient equals the entrywise gradient of the squared loss on ``dims``.

    With ``symbolic=False`` the data is :func:`symbolic.sweep.sweep_data` (exact,
    non-square, non-symmetric, n = 3 samples); with ``symbolic=True`` the data
    entries are free symbols (:data:`SYMBOLIC_DATA_SAMPLES` samples).

    Examples
    ========

    >>> from proofs.kawaguchi_2016 import kawaguchi_gradient_holds
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

    >>> from proofs.kawaguchi_2016 import hessian_blocks_hold
    >>> hessian_blocks_hold((2, 3, 1))
    True
    """
    return check_hessian_squared(dims)


def _check_gradient(quick: bool) -> Outcome:
    tuples = scope_tuples(quick)
    scope = ("symbolically in the weights, squared loss with the fixed exact data X (d0 x 3), Y (dL x 3) of "
             f"symbolic.sweep.sweep_data, {scope_text(quick)}; and with X ({SYMBOLIC_DATA_DIMS[0]} x "
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
    scope = ("the re-derived block formula (symbolic/hessian.py; the printed one is garbled), symbolically in "
             "the weights, squared loss with the fixed exact data X (d0 x 3), Y (dL x 3) of "
             f"symbolic.sweep.sweep_data, {scope_text(quick)}")
    return sweep_outcome("hessian_block_squared", scope_tuples(quick), hessian_blocks_hold, scope, data_entry)


_GRADIENT_CELLS = (
    """import sympy
from IPython.display import Math, display

from symbolic import Network, SquaredLoss
from symbolic.gradient import gradient_entrywise, gradient_kawaguchi_squared
from symbolic.kronecker import vec_rows
from symbolic.sweep import check_hessian_squared, dims_tuples, sweep_data

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
from proofs.kawaguchi_2016 import SYMBOLIC_DATA_DIMS, kawaguchi_gradient_holds

assert kawaguchi_gradient_holds(SYMBOLIC_DATA_DIMS, symbolic=True)
SYMBOLIC_DATA_DIMS""",
)

_HESSIAN_CELLS = (
    """import sympy
from IPython.display import Math, display

from symbolic import Network, SquaredLoss
from symbolic.hessian import hessian_block, hessian_entrywise, hessian_structured
from symbolic.sweep import check_hessian_squared, dims_tuples, sweep_data

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
    scope = (f"symbolically in the weights, squared loss with the exact data of symbolic.sweep.sweep_data, every "
             f"dims tuple with {bound} ({len(tuples)} tuples): the entrywise Hessian's diagonal block (k, k) equals "
             "(P_k^T P_k) kron (Q_k X)(Q_k X)^T, a Kronecker product of two Gram matrices, hence PSD at every point "
             "(that a Kronecker product of PSD matrices is PSD is the standard fact used, not machine-checked)")
    return sweep_outcome("hessian_block_squared", tuples, hessian_blocks_hold, scope, data_entry)


_CONVEX_CELLS = (
    """from symbolic import Network, SquaredLoss
from symbolic.hessian import hessian_block, hessian_entrywise
from symbolic.kronecker import kron
from symbolic.products import chain
from symbolic.sweep import check_hessian_squared, dims_tuples, sweep_data

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

_LEMMA42_CELLS = (
    """from proofs.kawaguchi_constructions import lemma42_points, other_generalized_inverse
from symbolic.critical import is_critical, kawaguchi_representation
from symbolic.losses import SquaredLoss
from symbolic.pinv import is_moore_penrose, pinv
from symbolic.products import chain, full_product

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

CLAIMS = (
    Claim(
        id=_GRADIENT_ID,
        paper="kawaguchi-2016",
        label="Lemma 4.1",
        kind="lemma",
        statement=(r"For $L(W) = \tfrac12 \lVert W_{H+1} \cdots W_1 X - Y \rVert_F^2$ and $r = (W_{H+1} \cdots W_1 X - Y)^T$, "
                   r"with column-major $\operatorname{vec}$: for every $k \in \{1, \dots, H+1\}$, "
                   r"$D_{\operatorname{vec}(W_k^T)} L(W)^T = \big(W_{H+1} \cdots W_{k+1} \otimes "
                   r"(W_{k-1} \cdots W_1 X)^T\big)^T \operatorname{vec}(r)$; hence $W$ is a critical point "
                   r"if and only if all these vectors vanish."),
        source=("Lemma 4.1 (Critical point necessary and sufficient condition) W is a critical point of L(W "
                "[...] only if for all k ∈ {1, ..., H + 1},"),
        check=_check_gradient,
        recorded="confirmed",
        uses=("gradient_eq_closed_form_of_differentiable_loss",),
        cells=_GRADIENT_CELLS,
    ),
    Claim(
        id="hessian_block_eq_of_squared_loss",
        paper="kawaguchi-2016",
        label="Lemma 4.3",
        kind="lemma",
        statement=(r"For the squared loss, with $P_k = W_{H+1} \cdots W_{k+1}$, $Q_k = W_{k-1} \cdots W_1$, "
                   r"$G = (W_{H+1} \cdots W_1 X - Y) X^T$ and column-major $\operatorname{vec}$, the Hessian "
                   r"block $D_{\operatorname{vec}(W_j^T)} (D_{\operatorname{vec}(W_k^T)} L)^T$ is "
                   r"$(P_k^T P_j) \otimes (Q_k X X^T Q_j^T) + T_{kj}$, where for $k > j$ "
                   r"$T_{kj} = \big(P_k^T G Q_j^T \otimes W_{k-1} \cdots W_{j+1}\big) K_{d_{j-1}, d_j}$ "
                   r"($K$ the commutation matrix), $T_{jk} = T_{kj}^T$, $T_{kk} = 0$; in particular the "
                   r"diagonal blocks are $(P_k^T P_k) \otimes (Q_k X)(Q_k X)^T$."),
        source=("Lemma 4.3 (Block Hessian with Kronecker product) Write the entries of ∇2 L(W [...] "
                "Then, for any k ∈ {1, ..., H + 1},"),
        check=_check_hessian,
        recorded="confirmed",
        uses=(_GRADIENT_ID,),
        cells=_HESSIAN_CELLS,
    ),
    Claim(
        id="product_eq_projection_of_critical",
        paper="kawaguchi-2016",
        label="Lemma 4.2",
        kind="lemma",
        statement=(r"Assume $XX^T$ is invertible and let $C = W_{H+1} \\cdots W_2$. If $\\bar W$ is a critical point of "
                   r"$\\bar L$, then $W_{H+1} \\cdots W_1 = C (C^T C)^- C^T Y X^T (XX^T)^{-1}$ for every generalized "
                   r"inverse $(C^TC)^-$."),
        source="Lemma 4.2 (Representation at critical point) If W is a critical point of L(W",
        check=_check_lemma42,
        recorded="confirmed",
        uses=(_GRADIENT_ID,),
        cells=_LEMMA42_CELLS,
    ),
    Claim(
        id="convex_in_each_layer_of_squared_loss",
        paper="kawaguchi-2016",
        label="Conjecture 2.2",
        kind="conjecture",
        statement=(r"For any $k \\in \\{1, \\dots, H + 1\\}$, $\\bar L(W) = \\tfrac12 \\lVert W_{H+1} \\cdots W_1 X - Y \\rVert_F^2$ "
                   r"is convex in $W_k$ when every other $W_{k'}$ is fixed: its Hessian block "
                   r"$(W_{k+1,+}^T W_{k+1,+}) \\otimes (W_{k-1,-} X)(W_{k-1,-} X)^T$ is positive semidefinite "
                   r"(part (i); Proposition 2.1 (i) is the case $H = 1$)."),
        source="Conjecture 2.2 (Baldi & Hornik, 1989: deep linear network) Assume the same set of conditions as",
        check=_check_convex,
        recorded="confirmed",
        uses=("hessian_block_eq_of_squared_loss",),
        cells=_CONVEX_CELLS,
    ),
)
