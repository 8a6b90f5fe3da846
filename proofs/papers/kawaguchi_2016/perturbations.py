"""Kawaguchi (2016), the proof sketch's rank-raising perturbations (Section 4.3), constructed and certified.

The sketch of Theorem 2.3 (ii), Case III, and of Theorem 2.3 (iii) say that a rank "can be raised with arbitrarily
small perturbation [...] without changing the loss".  Here each perturbation is :math:`W_k + \\varepsilon N_k` with a
symbolic :math:`\\varepsilon` (:mod:`symbolic.forms.rank_raising`); a ``polynomial_rank`` certificate
(:mod:`symbolic.checker.polynomial_rank`) re-verifies, with exact polynomial arithmetic, the critical point
equations, the Case III rank hypotheses, Theorem 2.3's data assumptions, that the full product (hence the loss) is
unchanged as a polynomial identity in :math:`\\varepsilon`, and that a minor of the required size is a nonzero
polynomial in :math:`\\varepsilon` (so the rank holds for every small :math:`\\varepsilon \\ne 0`).

Main results
------------
* ``rank_ge_min_width_output_of_case_three_base_perturbation`` -- the base step: along :math:`\\ker C`,
  :math:`\\operatorname{rank} W_1(\\varepsilon) \\ge \\min(p, d_y)` with the product unchanged.
* ``rank_ge_min_width_output_of_case_three_inductive_perturbation`` -- the inductive step, :math:`k = 2, \\dots, H`:
  :math:`\\operatorname{rank}(W_k(\\varepsilon) \\cdots W_1(\\varepsilon)) \\ge \\min(p, d_y)` with the product unchanged.
* ``top_product_nonzero_of_nsd_hessian_perturbation`` -- Theorem 2.3 (iii)'s step: at critical points with
  :math:`W_{H+1} \\cdots W_2 = 0` and an NSD Hessian, a loss-preserving perturbation makes it nonzero.
* ``rank_top_product_ge_min_width_output_of_case_three_perturbation`` -- what the sketch needs, reached top-down:
  :math:`\\operatorname{rank}(W_{H+1}(\\varepsilon) \\cdots W_2(\\varepsilon)) \\ge \\min(p, d_y)` with the product unchanged.
* ``rank_ge_min_width_input_of_case_three_induction`` -- the printed conclusion
  :math:`\\operatorname{rank}(W_{H+1} \\cdots W_1) \\ge \\min(p, d_x)`: refuted (the product has only :math:`d_y` rows).

References
----------
* ``kawaguchi-2016``, "Theorem 2.3" (the proof sketches of parts (ii) and (iii), Section 4.3).
"""

from __future__ import annotations

import random
from functools import lru_cache

import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.landscape.critical import is_critical
from symbolic.core.exact import matrix_to_strings
from symbolic.landscape.instances import data_with_singular_values
from symbolic.core.losses import SquaredLoss
from symbolic.core.pinv import pinv
from symbolic.core.products import chain
from symbolic.forms.rank_raising import (eps_domain, generic_rank, lift, nonzero_minor, perturbed, raise_ranks,
                                   top_product_directions)
from symbolic.core.serialize import matrix_json, poly_json

from proofs.ledger.claim import Claim, Outcome, fact, facts_certificate, refutation_certificate
from proofs.papers.kawaguchi_2016.landscape import SIGMAS, critical_points
from proofs.checks.classified import part

__all__ = ["CLAIMS", "case_three_point", "instances", "raising_certificate", "top_certificate",
           "shape_bound_certificate"]

NOTEBOOK = "notebooks/kawaguchi-2016/rank_ge_min_width_output_of_case_three_base_perturbation.ipynb"


# -- instances ----------------------------------------------------------------------------------------------------------

def _seeded(shape, rng):
    return DomainMatrix([[QQ(rng.randint(-2, 2), rng.randint(1, 2)) for _ in range(shape[1])]
                         for _ in range(shape[0])], shape, QQ)


def case_three_point(dims, subset, seed: int = 3, tries: int = 50):
    """``(X, Y, weights)``: a critical point with product :math:`U_S U_S^T Y` whose middle layers have rank
    :math:`\\le |S|` (so :math:`W_1 \\ne 0` and, when :math:`|S| < \\min(p, d_y)`, Case III).

    :math:`W_{H+1} = U_S B`, :math:`W_k = F_k G_k` of rank :math:`\\le |S|` (:math:`2 \\le k \\le H`), and
    :math:`W_1 = (BC')^T (BC' (BC')^T)^{-1} U_S^T Y`; critical for the reason given in
    :func:`symbolic.landscape.instances.critical_point_of_subset` (re-checked exactly here).

    Examples
    ========

    >>> from proofs.papers.kawaguchi_2016.perturbations import case_three_point
    >>> X, Y, Ws = case_three_point((2, 2, 2, 2), [0])
    >>> [W.rank() for W in Ws]
    [1, 1, 1]
    """
    X, Y, U = data_with_singular_values(dims[-1], dims[0], SIGMAS[: dims[-1]], seed=5)
    r, L = len(subset), len(dims) - 1
    U_S = DomainMatrix([[U.to_list()[i][j] for j in subset] for i in range(U.shape[0])], (U.shape[0], r), QQ)
    rng = random.Random(seed)
    for _ in range(tries):
        B = _seeded((r, dims[L - 1]), rng)
        middle = [_seeded((dims[k], r), rng).matmul(_seeded((r, dims[k - 1]), rng)) for k in range(2, L)]
        BC = chain([DomainMatrix.eye(dims[1], QQ).to_dense()] + middle + [B], 1, L)
        if BC.rank() < r:
            continue
        W1 = BC.transpose().matmul(BC.matmul(BC.transpose()).inv()).matmul(U_S.transpose().matmul(Y))
        Ws = [W1] + middle + [U_S.matmul(B)]
        if is_critical(Ws, SquaredLoss(X, Y)):
            return X, Y, Ws
    raise ValueError(f"no seeded critical point with rank-deficient middle layers for dims {list(dims)}")


def _case(dims, Ws):
    p = min(dims[1:-1])
    L = len(Ws)
    mid = chain(Ws, 2, L - 1).rank()
    return mid, chain(Ws, 2, L).rank(), p


@lru_cache(maxsize=None)
def instances(quick: bool, kind: str = "case_three") -> tuple:
    """``((label, dims, X, Y, weights), ...)``: critical points in Case III (``kind="case_three"``; for H = 1
    only :math:`\\operatorname{rank} C < \\min(p, d_y)`, as :math:`W_H \\cdots W_2 = I`) or with
    :math:`W_{H+1} \\cdots W_2 = 0` (``kind="top_zero"``: zero tuples, :math:`H \\ge 2`)."""
    out = []
    if kind == "case_three":
        specs = (((2, 2, 2), [0]), ((2, 2, 2, 2), [0]), ((2, 2, 2, 2, 2), [1])) if quick else \
            (((2, 2, 2), [0]), ((3, 2, 2), [1]), ((2, 2, 2, 2), [0]), ((3, 3, 3, 2), [1]), ((3, 3, 2, 3), [0]),
             ((2, 2, 2, 2, 2), [1]))
        for dims, subset in specs:
            X, Y, Ws = case_three_point(dims, subset)
            out.append((f"rank-deficient middle, S = {subset}", dims, X, Y, Ws))
        for dims in (((2, 2, 2, 2),) if quick else ((2, 2, 2, 2), (3, 3, 3, 2), (2, 2, 2, 2, 2))):
            X, Y, points = critical_points(dims)
            for label, Ws in points:
                if label in ("zero tuple", "W1 = W2 = 0, others seeded"):
                    out.append((label, dims, X, Y, Ws))
    else:
        for dims in (((2, 2, 2, 2),) if quick else ((2, 2, 2, 2), (3, 3, 3, 2), (3, 2, 2, 2), (2, 2, 2, 2, 2))):
            X, Y, points = critical_points(dims)
            out.extend((label, dims, X, Y, Ws) for label, Ws in points if label == "zero tuple")
    for label, dims, X, Y, Ws in out:  # the hypotheses, recomputed (the certificates re-verify them)
        mid, rank_c, p = _case(dims, Ws)
        if not is_critical(Ws, SquaredLoss(X, Y)) or rank_c >= min(p, dims[-1]) or (len(dims) > 3 and mid >= p):
            raise AssertionError(f"{dims} {label} is not a Case III critical point")
    return tuple(out)


# -- certificates -------------------------------------------------------------------------------------------------------

def _t(*factors, c="1"):
    return {"coefficient": c, "factors": list(factors)}


def _critical_equalities(L):
    """:math:`W_{k+1}^T \\cdots W_L^T (W_L \\cdots W_1 X - Y) X^T W_1^T \\cdots W_{k-1}^T = 0`, every k."""
    eqs = []
    prod = [f"W{i}" for i in range(L, 0, -1)]
    for k in range(1, L + 1):
        up = [f"W{i}^T" for i in range(k + 1, L + 1)]
        down = [f"W{i}^T" for i in range(1, k)]
        eqs.append({"left": [_t(*up, *prod, "X", "X^T", *down), _t(*up, "Y", "X^T", *down, c="-1")], "right": []})
    return eqs


def _base_matrices(dims, X, Y, Ws):
    L = len(Ws)
    mats = {f"W{k}": W for k, W in enumerate(Ws, 1)}
    mats.update({"X": X, "Y": Y, "C": chain(Ws, 2, L)})
    eqs = _critical_equalities(L)
    eqs.append({"left": [_t("C")], "right": [_t(*[f"W{i}" for i in range(L, 1, -1)])]})
    if L >= 3:
        mats["Mid"] = chain(Ws, 2, L - 1)
        eqs.append({"left": [_t("Mid")], "right": [_t(*[f"W{i}" for i in range(L - 1, 1, -1)])]})
    return mats, eqs


def _eps_identity(k, d):
    K, eps, _ = eps_domain()
    return DomainMatrix.eye(d, QQ).to_dense().convert_to(K) * eps


def _minor_fact(name, M, size, at_least):
    found = nonzero_minor(M, size)
    if found is None:
        raise ValueError(f"{name} has no nonzero {size} x {size} minor")
    rows, cols, det = found
    _, _, symbol = eps_domain()
    terms = poly_json(det, [symbol])
    degree, coef = min((sum(e), c) for e, c in terms)
    return {"matrix": name, "minor": {"rows": rows, "cols": cols}, "at_least": at_least,
            "lowest": {"degree": degree, "coefficient": coef}}


def _identity(mats, eqs, nonzero=()):
    symbol = eps_domain()[2]
    return {"kind": "matrix_identity", "variables": [str(symbol)],
            "matrices": {name: matrix_json(lift(M), [symbol]) for name, M in mats.items()},
            "equalities": eqs, "nonzero": list(nonzero)}


def raising_certificate(dims, X, Y, Ws, upto: int, seed: int = 0):
    """``(certificate, ranks)``: the base step and inductive steps up to ``upto`` (:math:`\\le H`) at a Case III
    critical point; ``ranks[k]`` = :math:`\\operatorname{rank}(W_k(\\varepsilon) \\cdots W_1(\\varepsilon))` over
    :math:`\\mathbb{Q}(\\varepsilon)`, and ``ranks[0]`` the ranks before the perturbation."""
    L = len(Ws)
    p = min(dims[1:-1])
    target = min(p, dims[-1])
    directions = raise_ranks(Ws, upto, target, seed)
    mats, eqs = _base_matrices(dims, X, Y, Ws)
    C = mats["C"]
    CtC = C.transpose().matmul(C)
    G = pinv(CtC)
    d1, dx = dims[1], dims[0]
    mats.update({"Xi": X.matmul(X.transpose()).inv(), "Ix": DomainMatrix.eye(dx, QQ).to_dense(), "G": G,
                 "Kc": DomainMatrix.eye(d1, QQ).to_dense() - G.matmul(CtC), "I1": DomainMatrix.eye(d1, QQ).to_dense()})
    eqs += [
        {"left": [_t("X", "X^T", "Xi")], "right": [_t("Ix")]},                           # Xi = (X X^T)^{-1}
        {"left": [_t("C^T", "C", "G", "C^T", "C")], "right": [_t("C^T", "C")]},          # G = (C^T C)^-
        {"left": [_t("Kc")], "right": [_t("I1"), _t("G", "C^T", "C", c="-1")]},          # Kc = I - G C^T C
        {"left": [_t("W1")], "right": [_t("G", "C^T", "Y", "X^T", "Xi"), _t("Kc", "W1")]},  # W1 = ... + Kc L1
        {"left": [_t("Kc", "N1")], "right": [_t("N1")]},                                 # N1 = Kc N1
    ]
    We = perturbed(Ws, directions)
    lower = None
    facts = [{"matrix": "C", "rank_below": "min_p_dy", "by": "elimination"}]
    if L >= 3:
        facts.append({"matrix": "Mid", "rank_below": "p", "by": "elimination"})
    ranks = {0: [chain(Ws, 1, k).rank() for k in range(1, upto + 1)]}
    for k in range(1, upto + 1):
        mats[f"N{k}"], mats[f"We{k}"] = directions[k], We[k - 1]
        mats[f"E{k}"] = _eps_identity(k, dims[k])
        eqs.append({"left": [_t(f"We{k}")], "right": [_t(f"W{k}"), _t(f"E{k}", f"N{k}")]})
        eqs.append({"left": [_t(*[f"W{i}" for i in range(L, k, -1)], f"N{k}")], "right": []})
        lower = We[k - 1] if lower is None else We[k - 1].matmul(lower)
        mats[f"P{k}"] = lower
        eqs.append({"left": [_t(f"P{k}")], "right": [_t(*[f"We{i}" for i in range(k, 0, -1)])]})
        ranks[k] = generic_rank(lower)
        facts.append(_minor_fact(f"P{k}", lower, target, "min_p_dy"))
    eqs.append({"left": [_t(*[f"W{i}" for i in range(L, upto, -1)], *[f"We{i}" for i in range(upto, 0, -1)])],
                "right": [_t(*[f"W{i}" for i in range(L, 0, -1)])]})
    cert = {"kind": "polynomial_rank", "dims": list(dims), "weights": [f"W{k}" for k in range(1, L + 1)],
            "identity": _identity(mats, eqs), "assumptions": {"X": "X", "Y": "Y"}, "facts": facts}
    return cert, ranks


def top_certificate(dims, X, Y, Ws, seed: int = 0, top_zero: bool = True):
    """``(certificate, rank)``: top-down directions at a critical point (with :math:`C = W_{H+1} \\cdots W_2 = 0`
    certified when ``top_zero``; with the Case III ranks otherwise) that make :math:`C(\\varepsilon)` of rank
    :math:`\\min(p, d_y)` while :math:`W_{H+1}(\\varepsilon) \\cdots W_2(\\varepsilon) W_1` stays the product."""
    L = len(Ws)
    target = min(min(dims[1:-1]), dims[-1])
    directions = top_product_directions(Ws, target, seed)
    mats, eqs = _base_matrices(dims, X, Y, Ws)
    if top_zero:
        eqs.append({"left": [_t("C")], "right": []})  # the hypothesis C = 0
    We = perturbed(Ws, directions)
    for k in range(L, 1, -1):
        mats[f"N{k}"], mats[f"We{k}"], mats[f"E{k}"] = directions[k], We[k - 1], _eps_identity(k, dims[k])
        eqs.append({"left": [_t(f"We{k}")], "right": [_t(f"W{k}"), _t(f"E{k}", f"N{k}")]})
        eqs.append({"left": [_t(f"N{k}", *[f"W{i}" for i in range(k - 1, 0, -1)])], "right": []})
    Ce = chain(We, 2, L)
    mats["Ce"] = Ce
    eqs.append({"left": [_t("Ce")], "right": [_t(*[f"We{i}" for i in range(L, 1, -1)])]})
    eqs.append({"left": [_t("Ce", "W1")], "right": [_t(*[f"W{i}" for i in range(L, 0, -1)])]})
    facts = [_minor_fact("Ce", Ce, target, "min_p_dy")]
    if not top_zero:
        facts.append({"matrix": "C", "rank_below": "min_p_dy", "by": "elimination"})
        if L >= 3:
            facts.append({"matrix": "Mid", "rank_below": "p", "by": "elimination"})
    cert = {"kind": "polynomial_rank", "dims": list(dims), "weights": [f"W{k}" for k in range(1, L + 1)],
            "identity": _identity(mats, eqs, ["Ce"]), "assumptions": {"X": "X", "Y": "Y"}, "facts": facts}
    return cert, generic_rank(Ce)


def shape_bound_certificate(dims):
    """Every tuple of ``dims``: :math:`P = W_{H+1} \\cdots W_1` (symbolic entries, one variable each) is
    :math:`d_y \\times d_x`, so :math:`\\operatorname{rank} P \\le d_y < \\min(p, d_x)` when ``dims`` has
    :math:`d_y < \\min(p, d_x)`."""
    L = len(dims) - 1
    names = [f"W{k}_{i + 1}{j + 1}" for k in range(1, L + 1) for i in range(dims[k]) for j in range(dims[k - 1])]
    symbols = sympy.symbols(names)
    R, *gens = ring(symbols, QQ)
    K = R.to_domain()
    g = dict(zip(names, gens))
    Ws = [DomainMatrix([[g[f"W{k}_{i + 1}{j + 1}"] for j in range(dims[k - 1])] for i in range(dims[k])],
                       (dims[k], dims[k - 1]), K) for k in range(1, L + 1)]
    mats = {f"W{k}": matrix_json(W, symbols) for k, W in enumerate(Ws, 1)}
    mats["P"] = matrix_json(chain(Ws, 1, L), symbols)
    ident = {"kind": "matrix_identity", "variables": names, "matrices": mats,
             "equalities": [{"left": [_t("P")], "right": [_t(*[f"W{k}" for k in range(L, 0, -1)])]}], "nonzero": []}
    return {"kind": "polynomial_rank", "dims": list(dims), "weights": [f"W{k}" for k in range(1, L + 1)],
            "identity": ident, "facts": [{"matrix": "P", "rank_below": "min_p_dx", "by": "shape"}]}


# -- checks -------------------------------------------------------------------------------------------------------------

def _dims_list(rows):
    return ", ".join(sorted({str(d) for _, d, *_ in rows}))


def _raising_outcome(quick: bool, inductive: bool) -> Outcome:
    parts, notes, skipped = {}, [], []
    rows = []
    for label, dims, X, Y, Ws in instances(quick):
        H = len(dims) - 2
        if inductive:
            if H < 2:
                continue
            hessian = _nsd_part(dims, X, Y, Ws, "psd")
            inertia = hessian["result"].get("hessian_inertia") or {}
            if inertia.get("negative", 1) != 0:
                try:
                    raise_ranks(Ws, H, min(min(dims[1:-1]), dims[-1]))
                    how = "the step still works"
                except ValueError:
                    how = (f"the step fails: ker(W_(H+1)...W_3) has dimension "
                           f"{dims[2] - chain(Ws, 3, len(Ws)).rank()} and no direction in it raises rank(W2 W1) "
                           f"from {chain(Ws, 1, 2).rank()} to the target")
                skipped.append(f"{dims} {label} (inertia {inertia}: {how})")
                continue
            parts[f"{dims} {label}: PSD Hessian"] = hessian
        cert, ranks = raising_certificate(dims, X, Y, Ws, H if inductive else 1)
        rows.append((label, dims))
        parts[f"{dims} {label}" + (": perturbation" if inductive else "")] = cert
        notes.append(f"{dims} {label}: rank(W_k...W_1) {ranks[0]} -> "
                     f"{[ranks[k] for k in range(1, len(ranks))]} (target min(p, d_y) = "
                     f"{min(min(dims[1:-1]), dims[-1])})")
    if inductive:
        scope = (f"{len(rows)} exact critical points with a positive semidefinite Hessian (the sketch's local-minimum "
                 "candidates; inertia recomputed by the checker) in Case III, rank(W_H...W_2) < p and "
                 f"rank(C) < min(p, d_y), on dims {_dims_list(rows)} (X = I, Y = U diag(5, 3, 2) V^T: Theorem 2.3's "
                 "assumptions, re-checked): zero tuples and a point with product U_S U_S^T Y and middle layers of "
                 "rank |S| (W1 != 0); steps k = 1, ..., H (H = 2, 3); perturbations W_k + eps N_k, eps symbolic")
    else:
        scope = (f"{len(rows)} exact critical points on dims {_dims_list(rows)} (X = I, Y = U diag(5, 3, 2) V^T: "
                 "Theorem 2.3's assumptions, re-checked): zero tuples, W1 = W2 = 0 with seeded others, and points "
                 "with product U_S U_S^T Y and middle layers of rank |S| (W1 != 0); Case III: rank(W_H...W_2) < p and "
                 "rank(C) < min(p, d_y) (for H = 1 only the second, W_H...W_2 being the identity); the base step "
                 "k = 1; perturbation W_1 + eps N_1, eps symbolic")
    details = ("directions N_1 = (I - (C^T C)^+ C^T C) M_1 and N_k = (I - A^+ A) M_k, A = W_(H+1)...W_(k+1), "
               "seeded M_k; the full product is unchanged as a polynomial identity in eps, so the loss is; "
               + "; ".join(notes))
    if skipped:
        details += ("; left out (indefinite Hessian, outside the hypothesis of Lemma 4.4 that the step uses): "
                    + ", ".join(skipped) + "; so the construction needs the semidefinite hypothesis (the inductive step's "
                    "product-preserving directions reach the target only if rank(W_(H+1)...W_1) + d_k - "
                    "rank(W_(H+1)...W_(k+1)) >= min(p, d_y))")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, details=details)


def _check_base(quick: bool) -> Outcome:
    return _raising_outcome(quick, inductive=False)


def _check_inductive(quick: bool) -> Outcome:
    return _raising_outcome(quick, inductive=True)


def _nsd_part(dims, X, Y, Ws, expect_kind):
    from symbolic.landscape.classify import classify_network

    problem = {"dims": list(dims), "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
               "weights": [matrix_to_strings(W) for W in Ws]}
    result = classify_network(problem["dims"], problem["Y"], problem["weights"], X=problem["X"], seconds=20).to_json()
    return part(problem, result, semidefinite=expect_kind)


def _check_top(quick: bool) -> Outcome:
    parts, notes = {}, []
    rows = instances(quick, "top_zero")
    for label, dims, X, Y, Ws in rows:
        cert, r = top_certificate(dims, X, Y, Ws)
        parts[f"{dims} {label}: NSD Hessian"] = _nsd_part(dims, X, Y, Ws, "nsd")
        parts[f"{dims} {label}: perturbation"] = cert
        notes.append(f"{dims}: rank(W_(H+1)(eps)...W_2(eps)) = {r}")
    scope = (f"{len(rows)} exact critical points with W_(H+1)...W_2 = 0 and a negative semidefinite Hessian (inertia "
             f"recomputed by the checker): the zero tuples of dims {_dims_list(rows)} (X = I, Y = U diag(5, 3, 2) V^T); "
             "for H = 1 no such point exists (argued, not computed: an NSD Hessian forces W1 X = 0, so W1 = 0, and at "
             "W1 = W2 = 0 the Hessian is the indefinite form -2 <Y X^T, N2 N1>); the other "
             "C = 0 points found (two zero layers, others seeded) have indefinite Hessians")
    details = ("top-down directions N_k = M_k (I - B B^+), B = W_(k-1)...W_1, k = H+1, ..., 2, keep the product "
               "W_(H+1)(eps)...W_2(eps) W_1 as a polynomial identity in eps; " + "; ".join(notes))
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, details=details)


def _check_top_case_three(quick: bool) -> Outcome:
    parts, notes = {}, []
    rows = instances(quick)
    for label, dims, X, Y, Ws in rows:
        cert, r = top_certificate(dims, X, Y, Ws, top_zero=False)
        parts[f"{dims} {label}"] = cert
        notes.append(f"{dims} {label}: rank(C) {chain(Ws, 2, len(Ws)).rank()} -> {r}")
    scope = (f"{len(rows)} exact critical points on dims {_dims_list(rows)} (X = I, Y = U diag(5, 3, 2) V^T: "
             "Theorem 2.3's assumptions, re-checked) with rank(W_H...W_2) < p and rank(C) < min(p, d_y) (for H = 1 "
             "only the second, W_H...W_2 being the identity): "
             "zero tuples, W1 = W2 = 0 with seeded others, and points with product U_S U_S^T Y and middle layers of "
             "rank |S| (W1 != 0); semidefinite or not; perturbations W_k + eps N_k (k = 2, ..., H+1), eps symbolic")
    details = ("not by the printed induction (which raises rank(W_k...W_1) bottom-up and cannot change "
               "rank(W_(H+1)...W_1)) but top-down: N_k = M_k (I - B B^+), B = W_(k-1)...W_1, keeps the product as a "
               "polynomial identity in eps, and a min(p, d_y) minor of C(eps) is a nonzero polynomial; "
               + "; ".join(notes))
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, details=details)


_FINDING_DIMS = (3, 3, 3, 2)


def _check_finding(quick: bool) -> Outcome:
    dims = _FINDING_DIMS
    negation = {"every tuple: rank(W3 W2 W1) <= d_y = 2 < min(p, d_x) = 3": shape_bound_certificate(dims)}
    rows = [r for r in instances(False) if r[1] == dims and r[0] == "zero tuple"]
    premises, notes = {}, []
    for label, _, X, Y, Ws in rows:
        cert, ranks = raising_certificate(dims, X, Y, Ws, len(dims) - 2)
        premises[f"{dims} {label}: Case III critical point (rank(W_H...W_2) < p, rank(C) < min(p, d_y)), Theorem "
                 "2.3's assumptions, constructions up to k = H"] = cert
        notes.append(f"{label}: rank(W_k(eps)...W_1(eps)) = {[ranks[k] for k in range(1, len(ranks))]} for k = 1, 2; "
                     f"rank(W3 W2 W1) = {chain(Ws, 1, 3).rank()} before and after")
    label, _, X, Y, Ws = rows[0]
    premises[f"{dims} zero tuple: PSD Hessian (a local-minimum candidate)"] = _nsd_part(dims, X, Y, Ws, "psd")
    H = len(dims) - 2
    premises["d_y < min(p, d_x), p the narrowest hidden width"] = facts_certificate(
        {"dims": list(dims)}, [fact("d_y < min(p, d_x)", {"dim": H + 1}, "<",
                                    {"min": [{"dim": k} for k in range(H + 1)]})])
    scope = (f"dims {dims} (H = 2, p = 3, d_x = 3, d_y = 2; X = I, Y = U diag(5, 3) V^T, Theorem 2.3's assumptions "
             "re-checked): every tuple has rank(W3 W2 W1) <= 2 < min(p, d_x) = 3 (symbolic weights, the product's "
             "shape); witness: the zero tuple, a Case III critical point with a PSD Hessian (Hessian 0), with the "
             "constructions of k = 1, 2 applied")
    details = ("a step of the proof sketch fails; Theorem 2.3 (ii) itself is not refuted (local_min_is_global_of_full_"
               "rank_data confirms it on classified critical points).  The printed bound min(p, d_x) cannot hold at "
               "k = H + 1 when d_y < min(p, d_x); min(p, d_y) is what the sketch announces ('we prove that we can have "
               "rank(W_k...W_1) >= min(p, d_y)') and what the constructions reach for k <= H (certified minors), so "
               "d_x may be a misprint for d_y -- but the corrected step fails too: at k = H + 1 a "
               "perturbation that keeps the product (as these do; a straight-line perturbation of one layer keeps "
               "the squared loss only if it keeps the product) keeps rank(W_(H+1)...W_1), which at a Case III critical "
               "point is <= rank(C) < min(p, d_y): so even min(p, d_y) is not reached for the full product this way, "
               "while rank(C), which the sketch needs next, can be raised to min(p, d_y) top-down (see "
               "rank_top_product_ge_min_width_output_of_case_three_perturbation). " + "; ".join(notes))
    return Outcome("refuted", scope, refutation_certificate(premises, negation, {"dims": list(dims)}),
                   finding="gap", scope_kind="all", details=details)


_CELLS = (
    """from proofs.papers.kawaguchi_2016.perturbations import instances, raising_certificate
from symbolic.checker.bundle import verify

for label, dims, X, Y, Ws in instances(True):
    try:
        cert, ranks = raising_certificate(dims, X, Y, Ws, len(dims) - 2)
    except ValueError as exc:  # the inductive step needs Lemma 4.4's condition (semidefinite Hessian)
        print(dims, label, "|", exc)
        continue
    print(dims, label, "| rank(W_k...W_1) before:", ranks[0], "after:", [ranks[k] for k in range(1, len(ranks))],
          "|", verify(cert))""",
    """from proofs.papers.kawaguchi_2016.perturbations import instances, top_certificate
from symbolic.checker.bundle import verify
from symbolic.core.products import chain

for label, dims, X, Y, Ws in instances(True):  # top-down: rank(C) raised, product kept
    cert, r = top_certificate(dims, X, Y, Ws, top_zero=False)
    print(dims, label, "| rank(C):", chain(Ws, 2, len(Ws)).rank(), "->", r, "|", verify(cert)[0])""",
    """from proofs.papers.kawaguchi_2016.perturbations import shape_bound_certificate
from symbolic.checker.bundle import verify

# every tuple of dims (3, 3, 3, 2): W3 W2 W1 is 2 x 3, so its rank is <= d_y = 2 < min(p, d_x) = 3
print(verify(shape_bound_certificate((3, 3, 3, 2))))""",
    """from proofs.papers.kawaguchi_2016.perturbations import instances
from symbolic.forms.rank_raising import raise_ranks, perturbed
from symbolic.core.products import chain

label, dims, X, Y, Ws = instances(True)[1]
Ns = raise_ranks(Ws, len(dims) - 2, 2)
We = perturbed(Ws, Ns)
print("W1(eps) =", We[0].to_Matrix())
print("product before:", chain(Ws, 1, len(Ws)).to_Matrix())
print("product after: ", chain(We, 1, len(We)).to_Matrix())""",
)


CLAIMS = (
    Claim(
        id="rank_ge_min_width_output_of_case_three_base_perturbation",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        location="L516-L522",
        kind="claim",
        statement=(r"Case III of the proof of Theorem 2.3 (ii), base step: at a critical point with "
                   r"$\operatorname{rank}(W_H \cdots W_2) < p$ and $\operatorname{rank}(C) < \min(p, d_y)$, "
                   r"$W_1 = (C^TC)^- C^T Y X^T (XX^T)^{-1} + (I - (C^TC)^- C^TC) L_1$, and for "
                   r"$N_1 = (I - (C^TC)^- C^TC) M_1$ the perturbation $W_1 + \varepsilon N_1$ leaves "
                   r"$W_{H+1} \cdots W_1$ (hence the loss) unchanged while "
                   r"$\operatorname{rank}(W_1 + \varepsilon N_1) \ge \min(p, d_y)$ for every small $\varepsilon \ne 0$."),
        source=("We first prove the statement for the base case with k = 1 by using an expression of W1 that is "
                "obtained by a first-order necessary condition: for an arbitrary L1 , W1 = (C T C)− C T Y X T (XX T )−1 "
                "+ (I − (C T C)− C T C)L1 . [...] we deduce that we can have rank(W1 ) ≥ min(p, dy ) with arbitrarily "
                "small perturbation of each entry of W1 without changing the loss value."),
        check=_check_base,
        recorded="confirmed",
        notebook=NOTEBOOK,
        cells=_CELLS,
    ),
    Claim(
        id="rank_ge_min_width_output_of_case_three_inductive_perturbation",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        location="L523-L531",
        kind="claim",
        statement=(r"Case III, inductive step, $k = 2, \dots, H$, at a critical point with "
                   r"$\nabla^2 \bar L(W) \succeq 0$: with $A = W_{H+1} \cdots W_{k+1}$ and "
                   r"$N_k = (I - A^+A) M_k$ (so $A N_k = 0$), the perturbation $W_k + \varepsilon N_k$ (after the "
                   r"previous steps) leaves $W_{H+1} \cdots W_1$ unchanged while "
                   r"$\operatorname{rank}(W_k(\varepsilon) \cdots W_1(\varepsilon)) \ge \min(p, d_y)$ for every small "
                   r"$\varepsilon \ne 0$."),
        source=("For the inductive step with k ∈ {2, . . . , H + 1}, from Lemma 4.4, we use the following necessary "
                "condition for the Hessian to be (positive or negative) semidefinite at a critical point: [...] we can "
                "deduce that we can have rank(Wk Wk−1 ∙ ∙ ∙ W1 ) ≥ min(p, dx ) with arbitrarily small perturbation "
                "of each entry of Wk while retaining the same loss value."),
        check=_check_inductive,
        recorded="confirmed",
        uses=("rank_ge_min_width_output_of_case_three_base_perturbation",),
        notebook=NOTEBOOK,
    ),
    Claim(
        id="top_product_nonzero_of_nsd_hessian_perturbation",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        location="L546-L548",
        kind="claim",
        statement=(r"Proof of Theorem 2.3 (iii): at a critical point with $W_{H+1} \cdots W_2 = 0$ and "
                   r"$\nabla^2 \bar L(W) \preceq 0$, there are $N_k$ with $N_k W_{k-1} \cdots W_1 = 0$ "
                   r"($k = 2, \dots, H+1$) such that $W_k + \varepsilon N_k$ leaves the loss unchanged and "
                   r"$W_{H+1}(\varepsilon) \cdots W_2(\varepsilon) \ne 0$ for every small $\varepsilon \ne 0$."),
        source=("If WH+1 ∙ ∙ ∙ W2 = 0, we show that at a critical point, if the Hessian is negative semidefinite "
                "(i.e., a necessary condition of local maxima), we can have WH+1 ∙ ∙ ∙ W2 6= 0 with arbitrarily small "
                "perturbation without changing the loss value."),
        check=_check_top,
        recorded="confirmed",
        notebook=NOTEBOOK,
    ),
    Claim(
        id="rank_top_product_ge_min_width_output_of_case_three_perturbation",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        location="L534",
        kind="claim",
        statement=(r"Case III: at a critical point with $\operatorname{rank}(W_H \cdots W_2) < p$ and "
                   r"$\operatorname{rank}(C) < \min(p, d_y)$, an arbitrarily small perturbation that leaves "
                   r"$W_{H+1} \cdots W_1$ (hence the loss) unchanged gives "
                   r"$\operatorname{rank}(W_{H+1}(\varepsilon) \cdots W_2(\varepsilon)) \ge \min(p, d_y)$."),
        source=("Upon such a perturbation, we have the case where rank(C) ≥ min(p, dy ), for which we"),
        check=_check_top_case_three,
        recorded="confirmed",
        notebook=NOTEBOOK,
    ),
    Claim(
        id="rank_ge_min_width_input_of_case_three_induction",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        location="L532-L533",
        kind="claim",
        statement=(r"As printed, the induction of Case III concludes that after an arbitrarily small loss-preserving "
                   r"perturbation $\operatorname{rank}(C) \ge \operatorname{rank}(W_{H+1} \cdots W_1) \ge "
                   r"\min(p, d_x)$."),
        source=("We conclude the induction, proving that we can have rank(C) ≥ rank(WH+1 ∙ ∙ ∙ W1 ) ≥ min(p, dx ) "
                "with arbitrarily small perturbation of each parameter without changing the value of"),
        check=_check_finding,
        recorded="refuted", recorded_finding="gap",
        uses=("rank_ge_min_width_output_of_case_three_inductive_perturbation",),
        notebook=NOTEBOOK,
    ),
)
