"""Laurent and von Brecht (2018), Deep Linear Networks with Arbitrary Loss: All Local Minima Are Global.

The checks (and notebook cells) of the claims in :mod:`proofs.papers.laurent_vonbrecht_2018.claims`, whose header lists the main results and the references.
"""

from __future__ import annotations

from symbolic.calculus.gradient import gradient_closed_form, gradient_entrywise
from symbolic.core.losses import GeneralLoss
from symbolic.core.network import Network
from symbolic.core.products import full_product

from symbolic.calculus.sweep import dims_tuples

from dataclasses import replace

from proofs.ledger.claim import Outcome, fact, facts_certificate, refutation_certificate
from proofs.checks.classified import no_spurious_outcome, part
from proofs.papers.laurent_vonbrecht_2018.landscape import THEOREM1_DIMS, theorem1_classified
from proofs.papers.laurent_vonbrecht_2018.constructions import (CLAIM2_INSTANCES, MISINDEXED_POINT, claim2_certificate,
                               misindexed_conditions_certificate, zero_tuple_certificate)
from proofs.checks.identity_sweep import scope_text, scope_tuples, sweep_outcome
from proofs.papers.laurent_vonbrecht_2018.nonsmooth_witness import (NONSMOOTH_WITNESS, cone_certificates, local_min_certificate,
                                nonconvex_local_min_certificate, value_certificate)

__all__ = ["gradient_closed_form_holds"]


def gradient_closed_form_holds(dims) -> bool:
    """Lemma 1 on ``dims``: entrywise chain rule equals the closed form, as polynomials.

    The weights are symbols and :math:`\\nabla f(A)` is a matrix of free symbols
    ``Df_pq`` (:class:`symbolic.core.losses.GeneralLoss`), so the equality holds for
    every differentiable :math:`f` at every point.

    Examples
    ========

    >>> from proofs.papers.laurent_vonbrecht_2018.checks import gradient_closed_form_holds
    >>> gradient_closed_form_holds((2, 3, 1))
    True
    """
    loss = GeneralLoss(dims[-1], dims[0])
    _, weights = Network(dims).symbolic_weights(extra_symbols=loss.extra_symbols())
    entrywise = gradient_entrywise(weights, loss)
    closed = gradient_closed_form(weights, loss.gradient(full_product(weights)))
    return len(entrywise) == len(closed) and all(e == c for e, c in zip(entrywise, closed))


def _check_gradient(quick: bool):
    scope = ("symbolically in the weights and in free symbols Df_pq for the entries of grad f(A), "
             + scope_text(quick))
    return sweep_outcome("lvb_gradient_general", scope_tuples(quick), gradient_closed_form_holds, scope)


_GRADIENT_CELLS = (
    """import sympy
from IPython.display import Math, display

from symbolic import GeneralLoss, Network
from symbolic.calculus.gradient import gradient_closed_form, gradient_entrywise
from symbolic.core.products import full_product

# one dims tuple, worked out: d0 = 2, d1 = 3, d2 = 2 (L = 2)
dims = (2, 3, 2)
loss = GeneralLoss(dims[-1], dims[0])  # grad f(A) has free entries Df_pq
R, Ws = Network(dims).symbolic_weights(extra_symbols=loss.extra_symbols())
A = full_product(Ws)
grad_f = loss.gradient(A)
entrywise = gradient_entrywise(Ws, loss)  # sum_pq Df_pq dA_pq / d(W_k)_ij, one symbol at a time
closed = gradient_closed_form(Ws, grad_f)  # W_{k+1,+}^T grad f(A) W_{k-1,-}^T
for k, G in enumerate(entrywise, 1):
    display(Math(rf"\\nabla_{{W_{k}}} F = " + sympy.latex(G.to_Matrix())))""",
    """# the two sides are equal as polynomials (exact ring elements, no simplification)
assert all(e == c for e, c in zip(entrywise, closed))
[e == c for e, c in zip(entrywise, closed)]""",
)

_NEIGHBORHOOD = (r"$N = \{(W_1, W_2) : \lVert W_1 - \hat W_1 \rVert \le \tfrac14,\ "
                 r"\lVert W_2 - \hat W_2 \rVert_F \le \tfrac14\}$ with $\hat W_1 = 0 \in \mathbb{R}^{1 \times 1}$, "
                 r"$\hat W_2 = (1, 0)^T$")
_SCOPE = "exactly, on the whole closed neighbourhood N (semialgebraic certificates, no sampling)"


def _check_cone(quick: bool) -> Outcome:
    return Outcome("confirmed", _SCOPE, {"kind": "bundle", "parts": cone_certificates()},
                   details="1/4 - x^2 >= 39/256 and x^2 - 4y^2 >= 0 on N, with x = a w, y = b w")


def _check_theorem2(quick: bool) -> Outcome:
    w = NONSMOOTH_WITNESS
    parts = {"value_at_witness": value_certificate(w["point_product"], "0"),
             "value_at_global_minimizer": value_certificate(w["global_product"], "-1"),
             "lower_bound_on_N": local_min_certificate()}
    return Outcome("confirmed", _SCOPE + "; global value -1 attained at W1 = 1, W2 = (0, 1)^T",
                   {"kind": "bundle", "parts": parts},
                   details="f(W2 W1) >= |W1|/2 >= 0 = f(0) on N, and f(0, 1) = -1 < 0")


def _check_strict(quick: bool) -> Outcome:
    return Outcome("confirmed", _SCOPE, {"kind": "bundle", "parts": {"lower_bound_on_N": local_min_certificate()}},
                   details="f(W2 W1) >= |W1|/2 on N: if W2 W1 != 0 then W1 != 0 and f(W2 W1) > 0 = f(0)")


def _check_theorem1(quick: bool) -> Outcome:
    parts = {f"{loss} {dims} {label}": part(problem, result, assumptions=None, verdict_in=["global_min", "saddle"])
             for loss in ("squared", "quartic") for dims in THEOREM1_DIMS[quick]
             for label, problem, result in theorem1_classified(dims, loss)}
    scope = (f"{len(parts)} exact critical points, squared and quartic losses, dims "
             f"{', '.join(map(str, THEOREM1_DIMS[quick]))} (thinnest layer = input or output), X = I, Y with distinct "
             "rational singular values: each is a certified global minimum or has a certified descent curve; "
             "not every critical point of these networks")
    return no_spurious_outcome(parts, scope)


_THEOREM1_CELLS = (
    """from proofs.papers.laurent_vonbrecht_2018.landscape import THEOREM1_DIMS, theorem1_classified

for loss in ("squared", "quartic"):
    for dims in THEOREM1_DIMS[True]:
        for label, problem, result in theorem1_classified(dims, loss):
            print(f"{loss:<8}", dims, f"{label:<32}", result["verdict"], "strict:", result["strict"])""",
)


def _check_nonconvex_remark(quick: bool) -> Outcome:
    import sympy

    from symbolic.landscape.classify import classify_polynomial

    x, y = sympy.symbols("x y")
    origin = classify_polynomial(x**2 - y**2, [x, y], [0, 0]).to_json()
    problem = {"polynomial": {"[2, 0]": "1", "[0, 2]": "-1"}, "variables": ["x", "y"], "point": ["0", "0"]}
    parts = {"(23) is a local minimizer of F on N": nonconvex_local_min_certificate(),
             "0 is a saddle of f": part(problem, origin, assumptions=None, verdict_in=["saddle"])}
    return Outcome("confirmed", _SCOPE + "; the origin of f classified exactly", {"kind": "bundle", "parts": parts},
                   details="F(W1, W2) = w^2 (a^2 - b^2) >= 0 = F(23) on N; f(t, 0) > 0 > f(0, t)")


_NARROW = {"dims": [2, 1, 2], "X": [["1", "0"], ["0", "1"]], "Y": [["1", "0"], ["0", "1"]],
           "weights": [[["1", "0"]], [["1"], ["0"]]]}


def _check_narrow_remark(quick: bool) -> Outcome:
    from symbolic.landscape.classify import classify_json

    result = classify_json(_NARROW)
    cert = {"kind": "bundle", "parts": {"global (so local) minimizer with grad f != 0": part(
        _NARROW, result, assumptions=None, verdict_in=["global_min"], grad_f_nonzero=True)}}
    status = "confirmed" if result["verdict"] == "global_min" else "inconclusive"
    return Outcome(status, "exact witness: dims (2, 1, 2), f(A) = 1/2 ||A - I||^2 (grad f = A - I vanishes only at the "
                   "full-rank I), W1 = (1, 0), W2 = (1, 0)^T", cert if status == "confirmed" else None,
                   details=f"verdict {result['verdict']}; grad f(A) = A - I = diag(0, -1)")


def _check_remark_notation(quick: bool) -> Outcome:
    cert = misindexed_conditions_certificate()
    L = len(MISINDEXED_POINT["dims"]) - 1
    k = cert["k"]
    mats = cert["matrices"]
    network = facts_certificate(
        {"dims": list(MISINDEXED_POINT["dims"]), **{f"W{j}": mats[f"W{j}"] for j in range(1, L + 1)},
         "X": mats["X"], "Y": mats["Y"]},
        [fact(f"L = {L} >= 3", L, ">=", 3), fact(f"2 <= k = {k} <= L - 1", k, "<=", L - 1), fact("k >= 2", k, ">=", 2)]
        + [fact(f"W{j} is d_{j} x d_{j - 1}", {"sum": [{"rows": f"W{j}"}, {"neg": {"dim": j}}, {"cols": f"W{j}"},
                                                       {"neg": {"dim": j - 1}}]}, "==", 0) for j in range(1, L + 1)]
        + [fact("X has d_0 rows", {"rows": "X"}, "==", {"dim": 0}), fact("Y has d_L rows", {"rows": "Y"}, "==", {"dim": L})])
    witness = {name: mats[name] for name in ("X", "Y", *(f"W{j}" for j in range(1, L + 1)))}
    refutation = refutation_certificate({"a point of a depth-L network with data (X, Y), 2 <= k <= L - 1": network},
                                        {"the remarks' (ii) differs from the gradient of W_k": cert}, witness)
    return Outcome("refuted", f"exact counterexample: dims {MISINDEXED_POINT['dims']}, squared loss, k = {k}: "
                   "the remarks' expression minus the gradient of W_k is a nonzero matrix", refutation,
                   finding="misprint", corrected_by="critical_conditions_eq_of_eq5_notation", scope_kind="sampled",
                   details="with eq. (5)'s W_{k,+} = W_L...W_k, W_{k,-} = W_k...W_1 the same conditions are the "
                           "critical point conditions (critical_conditions_eq_of_eq5_notation, confirmed "
                           "symbolically); the remarks' 'where' clause redefines both products one layer off, so "
                           "(i)-(iii) read with it are not.  An evident notation slip: the conditions themselves are "
                           "written in eq. (5)'s notation")


def _check_eq5_notation(quick: bool) -> Outcome:
    tuples = [d for d in scope_tuples(quick) if len(d) >= 4]
    scope = ("symbolically in the weights and in free symbols Df_pq for the entries of grad f(A), every dims tuple "
             f"of the {'quick' if quick else 'full'} sweep with L >= 3 ({len(tuples)} tuples)")
    outcome = sweep_outcome("lvb_gradient_general", tuples, gradient_closed_form_holds, scope)
    return replace(outcome, scope_kind="all") if outcome.status == "confirmed" else outcome


def _check_claim2(quick: bool) -> Outcome:
    instances = CLAIM2_INSTANCES[:2] if quick else CLAIM2_INSTANCES
    parts = {"dims " + ",".join(map(str, d)): claim2_certificate(d, r) for d, r in instances}
    kstars = sorted({p["kstar"] for p in parts.values()})
    scope = (f"{len(instances)} exact instances (dims {', '.join(str(d) for d, _ in instances)}; k* in {kstars}), "
             "symbolic delta_k and w_k: the identities hold as polynomials")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})


def _zero_tuple_dims(quick: bool):
    return [d for d in dims_tuples(*((3, 2) if quick else (4, 3))) if len(d) >= 3]


def _check_zero_tuple(quick: bool) -> Outcome:
    tuples = _zero_tuple_dims(quick)
    parts = {"dims " + ",".join(map(str, d)): zero_tuple_certificate(d) for d in tuples}
    bound = "L <= 3, widths <= 2" if quick else "L <= 4, widths <= 3"
    return Outcome("confirmed", f"every dims tuple with 2 <= L and {bound} ({len(tuples)} tuples), "
                   "symbolic grad f(0)", {"kind": "bundle", "parts": parts},
                   details="the zero tuple is critical already for L = 2 (both blocks W2^T G and G W1^T vanish); "
                           "the text states it for L >= 3")


_ZERO_TUPLE_CELLS = (
    """from proofs.papers.laurent_vonbrecht_2018.constructions import zero_tuple_certificate
from symbolic.checker.bundle import verify

for dims in [(2, 3), (2, 2, 2), (2, 1, 3, 2)]:
    print(dims, verify(zero_tuple_certificate(dims)))   # L = 1 fails: the gradient is G itself""",
)

_CLAIM2_CELLS = (
    """import sympy
from IPython.display import Math, display
from proofs.papers.laurent_vonbrecht_2018.constructions import CLAIM2_INSTANCES, claim2_certificate
from symbolic.checker.bundle import verify

dims, rows = CLAIM2_INSTANCES[1]
cert = claim2_certificate(dims, rows)
print("k* =", cert["kstar"], "; equalities:", len(cert["equalities"]))
print(verify(cert))""",
)

_WITNESS_CELLS = (
    """from fractions import Fraction
from proofs.papers.laurent_vonbrecht_2018.nonsmooth_witness import NONSMOOTH_WITNESS, local_min_certificate
from symbolic.checker.piecewise import piecewise_value, verify_piecewise

f = NONSMOOTH_WITNESS["function"]          # f(x, y) = |x| + (1 - y)_+ - 1, x, y the entries of W2 W1
print("f at the witness product (0, 0):", piecewise_value(f, ["0", "0"]))
print("f at (0, 1), a global minimizer:", piecewise_value(f, ["0", "1"]))
cert = local_min_certificate()             # F = f(W2 W1) - |W1|/2 >= 0 on N, region by region
print(verify_piecewise(cert))""",
    """import matplotlib.pyplot as plt
import numpy as np  # plotting only: the certificate above is exact

ts = np.linspace(-0.25, 0.25, 201)
fig, ax = plt.subplots(figsize=(5, 3))
for a, b in [(1, 0), (1, 0.25), (0.75, 0), (1.2, -0.15)]:
    x, y = a * ts, b * ts
    ax.plot(ts, np.abs(x) + np.maximum(1 - y, 0) - 1, label=f"W2 = ({a}, {b})")
ax.plot(ts, np.abs(ts) / 2, "k--", label="|W1| / 2 (certified lower bound)")
ax.set_xlabel("W1"); ax.set_ylabel("f(W2 W1)"); ax.legend(fontsize=7)
plt.show()""",
)

# -- Theorem 3 and the pieces of its proof ----------------------------------------------------------------------------

#: dims with d_L < d_0 for the transposition check (Theorem 1's hypothesis holds, so its critical points apply).
TRANSPOSE_DIMS = {True: ((3, 2, 2),), False: ((3, 2, 2), (3, 3, 2), (3, 2, 3, 2))}


def _check_transpose(quick: bool) -> Outcome:
    from proofs.papers.laurent_vonbrecht_2018.theorem3 import transpose_identity_certificate, transposed_verdicts

    tuples = dims_tuples(3, 2 if quick else 3)
    parts = {f"identities, dims {d}": transpose_identity_certificate(d) for d in tuples}
    pairs = {}
    for loss in ("squared", "quartic"):
        for dims in TRANSPOSE_DIMS[quick]:
            for label, p, r, tp, tr in transposed_verdicts(dims, loss):
                pairs[f"{loss} {dims} {label}"] = (p, r, tp, tr)
    verdicts = [(r["verdict"], tr["verdict"]) for p, r, tp, tr in pairs.values()]
    for name, (p, r, tp, tr) in pairs.items():
        parts[name] = {"kind": "bundle", "parts": {
            "W": part(p, r, assumptions=None, verdict_in=[tr["verdict"]]),
            "transposed": part(tp, tr, assumptions=None, verdict_in=[r["verdict"]])}}
    scope = (f"symbolic weights and grad f on every dims tuple with L <= 3 and widths <= {2 if quick else 3} "
             f"({len(tuples)} tuples); verdicts at {len(pairs)} exact critical points of dims "
             f"{', '.join(map(str, TRANSPOSE_DIMS[quick]))} (d_L < d_0), squared and quartic losses with X = I, "
             "and at their transposes (dims reversed, data Y^T)")
    counts = {v: sum(1 for a, _ in verdicts if a == v) for v in sorted({a for a, _ in verdicts})}
    if any(a != b for a, b in verdicts) or any(a not in ("global_min", "local_min", "saddle") for a, _ in verdicts):
        return Outcome("inconclusive", scope, None, details=f"verdict pairs: {verdicts}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts},
                   details=f"same certified verdict on both sides at every point: {counts}")


def _check_claim1(quick: bool) -> Outcome:
    from symbolic.core.exact import matrix_to_strings

    from proofs.checks.classify_cache import classify_problem
    from proofs.papers.laurent_vonbrecht_2018.theorem3 import CLAIM1_INSTANCES, loss_identity_certificate, perturbed_weights

    parts, verdicts = {}, []
    for name, dims, X, Y, rows, loss in CLAIM1_INSTANCES:
        Ws = Network(dims).exact_weights(rows)
        parts[f"{name}: product kept, symbolic delta and w"] = claim2_certificate(dims, rows)
        if loss == "nonsmooth":
            Wt = perturbed_weights(Ws, "1/16")  # ||Wt2 - W2||_F = sqrt(2)/16 < 1/8: its 1/8-ball lies in N
            product = [str(x) for row in full_product(Wt).to_Matrix().tolist() for x in row]
            parts[f"{name}: F >= |W1|/2 >= 0 on N"] = local_min_certificate()
            parts[f"{name}: F(perturbed) = 0"] = value_certificate(product, "0")
            continue
        if loss == "squared":
            parts[f"{name}: loss identity, symbolic delta and w"] = loss_identity_certificate(dims, X, Y, rows)
        for label, W in (("the point", Ws), ("perturbed, delta_k = 1/10, w_k = (1, ..., 1)", perturbed_weights(Ws))):
            problem = {"dims": list(dims), "X": X, "Y": Y, "weights": [matrix_to_strings(M) for M in W], "loss": loss}
            result = classify_problem(problem)
            verdicts.append(result["verdict"])
            parts[f"{name}: {label}"] = part(problem, result, assumptions=None, verdict_in=["global_min", "local_min"])
    scope = ("3 local minimizers with every d_k >= d_0 and a k*: squared loss with rank-deficient X (global value 1), "
             "quartic loss (exact fit), and the nonsmooth witness (23) of Theorem 2 (a local minimizer that is not "
             "global); product and (squared) loss kept as polynomial identities in symbolic delta_k, w_k; "
             "perturbed points at delta_k = 1/10 classified, and for (23) at delta = 1/16, w = (1, 1)^T "
             "the 1/8-ball lies in the 1/4-neighbourhood N where F >= 0 is certified")
    if any(v not in ("global_min", "local_min") for v in verdicts):
        return Outcome("inconclusive", scope, None, details=f"verdicts {verdicts}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, details=f"verdicts {verdicts}")


def _check_closing(quick: bool) -> Outcome:
    from proofs.papers.laurent_vonbrecht_2018.theorem3 import CLOSING_INSTANCES, family_certificate

    parts = {"dims " + ",".join(map(str, d)): family_certificate(d, r) for d, r in CLOSING_INSTANCES}
    kstars = [p["kstar"] for p in parts.values()]
    scope = (f"{len(parts)} exact tuples with every d_k >= d_0 (k* = {', '.join(str(k) for k in kstars)}; None: "
             "ker W_(L-1,-) = 0), grad f(A) symbolic; family (16) with delta_k in {0, 1} and w_k basis vectors; "
             "the tuples need not be local minimizers")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts},
                   details="the condition of layer k* at the members has rank d_L d_0 in the entries of grad f(A)")


def _check_theorem3(quick: bool) -> Outcome:
    parts = {}
    for loss in ("squared", "quartic"):
        for dims in THEOREM1_DIMS[quick]:
            for label, problem, result in theorem1_classified(dims, loss):
                if result["verdict"] in ("global_min", "local_min"):
                    parts[f"{loss} {dims} {label}"] = part(problem, result, assumptions=None,
                                                           verdict_in=["global_min", "local_min"],
                                                           grad_f_nonzero=False)
    scope = (f"{len(parts)} certified local minimizers among the exact critical points of Theorem 1's instances (dims "
             f"{', '.join(map(str, THEOREM1_DIMS[quick]))}, squared and quartic losses, X = I); grad f(A) recomputed "
             "by the checker")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})


_THEOREM3_CELLS = (
    """from proofs.papers.laurent_vonbrecht_2018.theorem3 import CLOSING_INSTANCES, family_certificate, transposed_problem
from symbolic.checker.bundle import verify

# the transposed problem of a d_L < d_0 point: dims reversed, layers W_(L+1-m)^T, data Y^T
print(transposed_problem({"dims": [3, 2, 2], "Y": [["1", "0", "0"], ["0", "1", "0"]],
                          "weights": [[["1", "0", "0"], ["0", "1", "0"]], [["1", "0"], ["0", "1"]]]}))

# the closing argument: the condition of layer k* at the family (16) forces grad f(A) = 0
for dims, rows in CLOSING_INSTANCES:
    cert = family_certificate(dims, rows)
    print(dims, "k* =", cert["kstar"], "members:", len(cert["family"]), verify(cert)[1])""",
)
