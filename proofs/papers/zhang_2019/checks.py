"""Zhang (2019), Depth Creates No More Spurious Local Minima in Linear Networks.

Notation: :math:`L_k(M_1, \\dots, M_k) = f(M_k \\cdots M_1)`, :math:`d = \\min_i d_i = d_j`, :math:`A = M_k \\cdots
M_{j+1}`, :math:`B = M_j \\cdots M_1`, :math:`L_2(A, B) = f(AB)`.  Checked with the squared loss
:math:`\\tfrac12 \\lVert \\cdot\\, X - Y \\rVert^2` and the quartic loss on exact points classified by
:mod:`symbolic.landscape.classify` (:mod:`proofs.papers.zhang_2019.landscape`, :mod:`proofs.papers.zhang_2019.towers`).

The checks (and notebook cells) of the claims in :mod:`proofs.papers.zhang_2019.claims`, whose header lists the main results and the references.
"""

from __future__ import annotations

from symbolic.core.exact import rational_matrix
from symbolic.forms.factorization import bottleneck_index, factor_through_bottleneck, split_at

from proofs.ledger.claim import Outcome
from proofs.papers.zhang_2019.constructions import (
    ZHANG_INSTANCES,
    factorization_certificate,
    identity1_certificate,
    row_space_certificate,
    split_gradient_certificate,
    transposition_certificate,
)
from proofs.papers.zhang_2019.landscape import (
    Setting,
    classified,
    classified_problem,
    facts_of,
    nr_theorem12_point,
    point_problem,
    split_part,
)
from proofs.papers.zhang_2019.towers import TOWER_CASES, classified_towers

__all__ = ["COROLLARY1_SETTINGS",
    "FACTOR_CASES",
    "LEMMA_SETTINGS",
    "LIFTS",
    "NR_THEOREM12_DIMS",
    "TWO_LAYER_SETTINGS",
    "lifted_pairs",
    "nr_theorem12_parts"]

#: Settings for Lemmas 1-2 (quick, full): one and several bottleneck layers, squared and quartic losses.
LEMMA_SETTINGS = {True: (Setting((2, 1, 2, 2)), Setting((3, 2, 3), loss="quartic")),
                  False: (Setting((2, 1, 2, 2)), Setting((3, 2, 2, 3)), Setting((3, 1, 2, 1, 3)),
                          Setting((3, 2, 2, 3), sigmas=("3",)), Setting((3, 2, 3), x_rank=2),
                          Setting((3, 2, 3), loss="quartic"), Setting((3, 2, 2, 3), loss="quartic"))}
#: Two-layer settings for Theorem 2 (d_1 < d_0, d_2).
TWO_LAYER_SETTINGS = {True: (Setting((3, 2, 3)), Setting((3, 2, 3), loss="quartic")),
                      False: (Setting((3, 2, 3)), Setting((2, 1, 2)), Setting((3, 1, 3)), Setting((3, 2, 3), sigmas=("3",)),
                              Setting((3, 2, 3), sigmas=("2", "2", "1")), Setting((3, 2, 3), x_rank=2),
                              Setting((3, 2, 3), loss="quartic"))}
#: Corollary 1's settings (squared loss).
COROLLARY1_SETTINGS = {
    True: (Setting((2, 1, 2, 2)), Setting((2, 1, 2), x_rank=1), Setting((2, 1, 2), sigmas=("2", "2"))),
    False: (Setting((3, 2, 3)), Setting((2, 1, 2, 2)), Setting((3, 2, 2, 3)), Setting((3, 1, 2, 1, 3)),
            Setting((3, 2, 3), x_rank=2), Setting((2, 1, 2, 2), x_rank=1), Setting((3, 2, 3), sigmas=("2", "2", "1")),
            Setting((2, 1, 2, 2), sigmas=("2", "2")), Setting((3, 2, 2, 3), sigmas=("3",)))}
#: dims of Nouiehed-Razaviyayn's Theorem 12 (a) point (quick, full).
NR_THEOREM12_DIMS = {True: ((2, 1, 1, 2),), False: ((2, 1, 1, 2), (3, 1, 1, 3), (3, 2, 2, 3), (2, 1, 2, 1, 2))}
#: (dims, split j) of the factorization identity; (two-layer setting, deep dims, j) lifted pairs.
FACTOR_CASES = {True: (((2, 1, 2), 1), ((3, 2, 1, 2, 3), 2)),
                False: (((2, 1, 2), 1), ((3, 2, 1, 2, 3), 2), ((4, 2, 1, 3, 3), 2), ((3, 2, 2, 3), 2), ((2, 1, 1, 1, 2), 3))}
LIFTS = {True: ((Setting((2, 1, 2)), (2, 2, 1, 2), 2),),
         False: ((Setting((2, 1, 2)), (2, 2, 1, 2), 2), (Setting((3, 2, 3)), (3, 2, 2, 3), 2),
                 (Setting((3, 2, 3), loss="quartic"), (3, 2, 2, 3), 1), (Setting((3, 2, 3), x_rank=2), (3, 3, 2, 3), 2))}


def _points(settings):
    for s in settings:
        j = bottleneck_index(s.dims)
        for label, problem, result in classified(s):
            yield s, j, f"{s.describe()}: {label}", problem, result


def _names(settings):
    return "; ".join(s.describe() for s in settings)


_MINIMA = ("global_min", "local_min")


def _instances(quick):
    return ZHANG_INSTANCES[:2] if quick else ZHANG_INSTANCES


def _check_identity1(quick: bool) -> Outcome:
    parts = {f"dims {d}, j = {j}": identity1_certificate(d, r, j) for d, r, j, _ in _instances(quick)}
    return Outcome("confirmed", f"{len(parts)} exact instances with rank(A) < d ({', '.join(parts)}); v_i symbolic, "
                   "so (1) holds as a polynomial identity in every v", {"kind": "bundle", "parts": parts})


def _check_row_space(quick: bool) -> Outcome:
    parts = {f"dims {d}, j = {j}": row_space_certificate(d, r, j, G) for d, r, j, G in _instances(quick)}
    return Outcome("confirmed", f"{len(parts)} exact instances ({', '.join(parts)}), i* = 1 and i* = 2 among them, "
                   "with a nonzero rational G in the role of f'(AB)", {"kind": "bundle", "parts": parts})


# -- Lemma 2 -----------------------------------------------------------------------------------------------------------

def _check_lemma2(quick: bool) -> Outcome:
    parts, bad, undecided = {}, {}, []
    for s, j, key, problem, result in _points(LEMMA_SETTINGS[quick]):
        if result["verdict"] == "inconclusive":
            undecided.append(key)
        if result["verdict"] not in _MINIMA:
            continue
        f = facts_of(problem, j)
        spec = {"grad_A_zero": f["grad_A_zero"], "grad_B_zero": f["grad_B_zero"]}
        cert = split_part(problem, result, j, verdict_in=[result["verdict"]], split=spec)
        if not (f["grad_A_zero"] and f["grad_B_zero"]):
            bad[key] = cert
            continue
        parts[key] = cert
        if s.loss == "squared":
            parts[key + " (identity)"] = split_gradient_certificate(problem, j)
    n = sum(1 for k in parts if not k.endswith("(identity)"))
    scope = (f"{n} certified local minima (all global) among the constructed critical points of "
             f"{_names(LEMMA_SETTINGS[quick])} (not every critical point of these networks), "
             "split at the first narrowest layer j; squared-loss points also carry the matrix_identity "
             "(M_k...M_1 X X^T - Y X^T) B^T = 0 = A^T (M_k...M_1 X X^T - Y X^T); no spurious local minimum was found "
             "among these points, so only global minima are tested")
    if bad:
        return Outcome("refuted", scope, {"kind": "bundle", "parts": bad}, details=f"a partial derivative is nonzero: {list(bad)}")
    if not parts or undecided:
        return Outcome("inconclusive", scope, None, details=f"undecided points: {undecided}" if undecided else "no minimum")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})


def _check_lemma2_witness(quick: bool) -> Outcome:
    for s, j, key, problem, result in _points(LEMMA_SETTINGS[quick]):
        if result["verdict"] != "saddle" or s.loss != "squared":
            continue
        f = facts_of(problem, j)
        side = "A" if not f["grad_A_zero"] else ("B" if not f["grad_B_zero"] else None)
        if side is None:
            continue
        spec = {"grad_A_zero": f["grad_A_zero"], "grad_B_zero": f["grad_B_zero"]}
        parts = {key: split_part(problem, result, j, verdict_in=["saddle"], split=spec),
                 key + " (identity)": split_gradient_certificate(problem, j, nonzero=side)}
        what = "f'(AB) B^T" if side == "A" else "A^T f'(AB)"
        return Outcome("confirmed", f"witness: {key} (critical for L_k, certified saddle), split at j = {j}: {what} != 0",
                       {"kind": "bundle", "parts": parts})
    return Outcome("inconclusive", f"the critical points of {_names(LEMMA_SETTINGS[quick])}", None,
                   details="no saddle with a nonzero partial derivative of L_2 found")


# -- Lemma 1 -----------------------------------------------------------------------------------------------------------

_TRANSPOSE_CASES = {True: ((3, 2, 2, 2),), False: ((3, 2, 2, 2), (3, 1, 4, 2))}


def _check_lemma1(quick: bool) -> Outcome:
    parts, bad, undecided, nmin, nviol = {}, {}, [], 0, 0
    for s, j, key, problem, result in _points(LEMMA_SETTINGS[quick]):
        v = result["verdict"]
        if v == "not_critical":
            continue
        f = facts_of(problem, j)
        spec = {"zero_or_full_rank": f["zero_or_full_rank"], "grad_f_zero": f["grad_f_zero"],
                "rank_A": f["rank_A"], "rank_B": f["rank_B"]}
        if v in _MINIMA:
            nmin += 1
            cert = split_part(problem, result, j, verdict_in=[v], split=spec)
            (parts if f["zero_or_full_rank"] else bad)[key] = cert
        elif not f["zero_or_full_rank"]:
            nviol += 1
            if v in ("saddle", "local_max"):
                parts[key] = split_part(problem, result, j, verdict_in=[v], split=spec)
            else:
                undecided.append(key)
    for m, d, n, samples in _TRANSPOSE_CASES[quick]:
        parts[f"g(Z) = f(Z^T), A {m}x{d}, B {d}x{n}, X {n}x{samples}"] = transposition_certificate(m, d, n, samples)
    scope = (f"the critical points constructed on {_names(LEMMA_SETTINGS[quick])} (not every critical point of these "
             "networks; split at the first narrowest layer j): the "
             f"{nmin} certified local minima satisfy f'(AB) = 0 or rank A = rank B = d (rank-deficient global minima "
             f"with f'(AB) = 0 among them), and the {nviol} critical points violating both carry descent curves; the B "
             "half's transposition g(Z) = f(Z^T) checked as a polynomial identity for the squared loss with symbolic "
             "A, B, X, Y (dims " + ", ".join(str(c[:3]) for c in _TRANSPOSE_CASES[quick]) + ")")
    if bad:
        return Outcome("refuted", scope, {"kind": "bundle", "parts": bad}, details=f"violated at {list(bad)}")
    if undecided or not nmin:
        return Outcome("inconclusive", scope, None, details=f"undecided: {undecided}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="sampled")


# -- Theorem 2 ---------------------------------------------------------------------------------------------------------

def _check_theorem2(quick: bool) -> Outcome:
    parts, bad, undecided, nmin = {}, {}, [], 0
    for s, j, key, problem, result in _points(TWO_LAYER_SETTINGS[quick]):
        v = result["verdict"]
        if v == "not_critical":
            continue
        f = facts_of(problem, j)
        deficient = not (f["rank_A"] == f["rank_B"] == s.dims[1])
        spec = {"grad_f_zero": f["grad_f_zero"], "rank_A": f["rank_A"], "rank_B": f["rank_B"]}
        if v == "local_min":
            nmin += 1
            if deficient:
                bad[key] = split_part(problem, result, j, verdict_in=[v], split=spec)
            continue
        if deficient and not f["grad_f_zero"]:
            if v in ("saddle", "local_max"):
                parts[key] = split_part(problem, result, j, verdict_in=[v], split=spec)
            else:
                undecided.append(key)
    scope = (f"the critical points constructed on the two-layer settings {_names(TWO_LAYER_SETTINGS[quick])} (not "
             f"every critical point of these networks): {len(parts)} are "
             "rank-deficient (rank A or rank B < d_1) with f'(AB) != 0, and each carries a certified descent curve, so "
             f"none is a local minimum; {nmin} spurious local minima were found (the theorem's hypothesis never holds "
             "here: the statement is checked through its contrapositive)")
    if bad:
        return Outcome("refuted", scope, {"kind": "bundle", "parts": bad})
    if undecided or not parts:
        return Outcome("inconclusive", scope, None, details=f"undecided: {undecided}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="sampled")


# -- Theorem 1 ---------------------------------------------------------------------------------------------------------

def lifted_pairs(setting, dims, j):
    """``(label, pair, pair_result, lifted, lifted_result)``: each classified point (A, B) of the two-layer setting, factored through layer j of ``dims``."""
    import json

    for label, problem, result in classified(setting):
        B, A = (rational_matrix(W) for W in problem["weights"])
        Ms = factor_through_bottleneck(dims, j, A, B)
        X, Y = rational_matrix(problem["X"]), rational_matrix(problem["Y"])
        lifted = point_problem(dims, X, Y, Ms, problem["loss"])
        yield label, problem, result, lifted, classified_problem(json.dumps(lifted, sort_keys=True))


def _reduce(problem, j):
    """The pair pi(M) = (A, B) of a deep point, as a two-layer problem."""
    import json

    from symbolic.core.network import Network

    A, B = split_at(Network(problem["dims"]).exact_weights(problem["weights"]), j)
    dims = [problem["dims"][0], problem["dims"][j], problem["dims"][-1]]
    pair = point_problem(dims, rational_matrix(problem["X"]), rational_matrix(problem["Y"]), [B, A], problem["loss"])
    return pair, classified_problem(json.dumps(pair, sort_keys=True))


def _strip(result):
    return {k: v for k, v in result.items() if k not in ("seconds", "evidence")}


def _cls(problem, result, **expect):
    return {"kind": "classification", "problem": problem, "result": _strip(result), "expect": expect}


def _check_theorem1(quick: bool) -> Outcome:
    parts, bad, undecided = {}, [], []
    for dims, j in FACTOR_CASES[quick]:
        parts[f"factorization dims {dims}, j = {j}"] = factorization_certificate(dims, j)
    nlift = 0
    for setting, dims, j in LIFTS[quick]:
        for label, pair, pres, lifted, lres in lifted_pairs(setting, dims, j):
            key = f"{setting.describe()}: {label}, lifted to dims {dims}"
            v, w = pres["verdict"], lres["verdict"]
            if "inconclusive" in (v, w):
                undecided.append(key)
                continue
            nlift += 1
            if v != w or pres["strict"] != lres["strict"]:
                bad.append(key)
            for name, prob, res in (("pair", pair, pres), ("lift", lifted, lres)):  # each side's own verdict
                expect = {"verdict_in": [res["verdict"]]} | ({"strict": res["strict"]} if res["strict"] is not None else {})
                parts[f"{key} ({name})"] = _cls(prob, res, **expect)
    nred = 0
    for s, j, key, problem, result in _points(LEMMA_SETTINGS[True] + (() if quick else LEMMA_SETTINGS[False][1:3])):
        v = result["verdict"]
        if v not in ("global_min", "saddle"):
            continue
        pair, pres = _reduce(problem, j)
        w = pres["verdict"]
        allowed = ["global_min"] if v == "global_min" else ["saddle", "not_critical", "local_max"]
        if w == "inconclusive":
            undecided.append(key + " (reduced)")
            continue
        nred += 1
        if w not in allowed:
            bad.append(key + " (reduced)")
        parts[key + " (point)"] = _cls(problem, result, verdict_in=[v])
        parts[key + " (reduced pair)"] = _cls(pair, pres, verdict_in=[w])
    scope = ("the factorization (A, B) -> (M_1..M_k) through the bottleneck as a polynomial identity in symbolic A, B "
             "(every A, B, rank-deficient included) for (dims, j) in " + ", ".join(map(str, FACTOR_CASES[quick])) +
             f"; {nlift} classified two-layer points (A, B) and their factorizations phi(A, B): same verdict and same "
             "strictness (implied: phi is linear, pi(M) = (A, B) polynomial, pi o phi = id, L_k o phi = L_2, "
             "L_2 o pi = L_k); "
             f"{nred} classified deep points M and their reductions pi(M): a global minimum maps to a global minimum and "
             "a saddle to a point that is not a local minimum (its descent curve maps to one); the converse direction "
             "of Theorem 1 (a local minimum of L_k maps to one of L_2) rests on Lemma 1 and is checked there")
    if bad:
        return Outcome("refuted", scope, {"kind": "bundle", "parts": parts}, details=f"verdicts differ: {bad}")
    if undecided:
        return Outcome("inconclusive", scope, None, details=f"undecided: {undecided}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})


# -- Corollary 1 -------------------------------------------------------------------------------------------------------

def nr_theorem12_parts(quick: bool) -> dict:
    """``{key: classification certificate}`` for Nouiehed-Razaviyayn's Theorem 12 (a) points."""
    import json

    out = {}
    for dims in NR_THEOREM12_DIMS[quick]:
        X, Y, Ws = nr_theorem12_point(dims)
        problem = point_problem(dims, X, Y, Ws)
        result = classified_problem(json.dumps(problem, sort_keys=True))
        out[f"Nouiehed-Razaviyayn Theorem 12 (a) point, dims {dims}"] = _cls(problem, result,
                                                                             verdict_in=["global_min", "saddle"])
    return out


def _features(settings) -> str:
    """Which of the scope's features the settings cover (computed, not asserted)."""
    out = []
    several = [s for s in settings if s.dims[1:-1].count(min(s.dims)) >= 2 and min(s.dims) < min(s.dims[0], s.dims[-1])]
    if any(s.dims[1:-1].count(min(s.dims)) == 1 for s in settings):
        out.append("one bottleneck layer")
    if several:
        out.append("several bottleneck layers (" + ", ".join(dict.fromkeys(str(s.dims) for s in several)) + ")")
    if any(s.x_rank is not None for s in settings):
        out.append("rank-deficient X")
    used = [s.sigmas[: min(s.dims[-1], s.x_rank or s.dims[0])] for s in settings]
    if any(len(u) < min(s.dims[-1], s.x_rank or s.dims[0]) or "0" in u for s, u in zip(settings, used)):
        out.append("rank-deficient Y")
    if any(len(set(u)) < len(u) for u in used):
        out.append("repeated singular values")
    return ", ".join(out)


def _check_corollary1(quick: bool) -> Outcome:
    from proofs.checks.classified import no_spurious_outcome

    settings = COROLLARY1_SETTINGS[quick]
    parts = {key: _cls(problem, result, verdict_in=["global_min", "saddle"])
             for s, j, key, problem, result in _points(settings)}
    parts.update(nr_theorem12_parts(quick))
    scope = (f"{len(parts)} exact critical points, squared loss 1/2 ||M_k...M_1 X - Y||^2 (the factor 1/2 changes no "
             f"verdict): {_names(settings)}; covering: {_features(settings)}; points: "
             "M_k...M_1 X = U_S U_S^T Y' for every subset S fitting the widths, the zero tuple, three two-zero-layer "
             "points per network with k >= 3, and Nouiehed-Razaviyayn's Theorem 12 (a) point on dims "
             + ", ".join(map(str, NR_THEOREM12_DIMS[quick])) + "; not every critical point of these networks")
    return no_spurious_outcome(parts, scope, "Nouiehed-Razaviyayn's Theorem 12 (a) points are saddles (descent curves)")


# -- Corollary 2 -------------------------------------------------------------------------------------------------------

def _check_corollary2(quick: bool) -> Outcome:
    from proofs.papers.zhang_2019.constructions import multitower_certificate, symbolic_towers

    parts, undecided, bad = {}, [], []
    for tower_dims in TOWER_CASES[quick]:
        towers, names, variables = symbolic_towers(tower_dims)
        parts[f"towers {tower_dims}: sum of towers = AB (symbolic)"] = multitower_certificate(towers, variables, names)
        for label, poly, reduced, identity in classified_towers(tower_dims):
            key = f"towers {tower_dims}: {label}"
            pv, rv = poly["result"]["verdict"], reduced["result"]["verdict"]
            if pv == "local_min":
                bad.append(key)
                parts[key] = dict(poly, expect={"verdict_in": ["local_min"]})
            elif pv == "saddle":
                parts[key] = dict(poly, expect={"verdict_in": ["saddle"]})
            elif rv == "global_min":
                parts[key + " (reduced pair)"] = dict(reduced, expect={"verdict_in": ["global_min"]})
                parts[key + " (reduction)"] = identity
            else:
                undecided.append(key)
    scope = ("multi-tower networks " + ", ".join(map(str, TOWER_CASES[quick])) + " (b = sum of tower bottlenecks >= "
             "m, n), squared loss, X = I, Y with distinct singular values: the reduction sum_i A_i B_i = AB as a "
             "polynomial identity in symbolic tower weights; every multi-tower critical point built (all towers zero, "
             "one tower at U_S U_S^T Y with the others zero, zero-loss splits) is a saddle of the multi-tower loss "
             "itself (classified as a polynomial in all tower weights) or has a reduced pair (A, B) certified a global "
             "minimum of the two-layer chain (n, b, m), which makes the tower point a global minimum (same value, "
             "same set of reachable products); a saddle verdict of a reduced pair alone shows nothing about the towers "
             "and is not used; not every critical point")
    if bad:
        return Outcome("refuted", scope, {"kind": "bundle", "parts": {k: parts[k] for k in bad}})
    if undecided:
        return Outcome("inconclusive", scope, None, details=f"undecided: {undecided}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})


_CELLS = (
    """from proofs.papers.zhang_2019.constructions import ZHANG_INSTANCES
from symbolic import Network, full_product
from symbolic.core.exact import rational_matrix
from symbolic.landscape.perturbation import zhang_row_space_choice
from symbolic.core.products import chain

for dims, rows, j, G in ZHANG_INSTANCES:
    Ms = Network(dims).exact_weights(rows); G = rational_matrix(G)
    in_V = [G.matmul(chain(Ms, 1, i).transpose()).is_zero_matrix for i in range(1, j + 1)]
    Mt, vs = zhang_row_space_choice(Ms, j, G)
    print(dims, "rows of M_i...M_1 in V:", in_V, "| product kept:", full_product(Mt) == full_product(Ms),
          "| a row of tilde B outside V:", not G.matmul(chain(Mt, 1, j).transpose()).is_zero_matrix)""",
)

_SPLIT_CELLS = (
    """from proofs.papers.zhang_2019.checks import LEMMA_SETTINGS
from proofs.papers.zhang_2019.landscape import classified, facts_of
from symbolic.forms.factorization import bottleneck_index

for s in LEMMA_SETTINGS[True]:
    j = bottleneck_index(s.dims)
    for label, problem, result in classified(s):
        f = facts_of(problem, j)
        print(s.describe(), "|", f"{label:<34}", f"{result['verdict']:<11}", "f'(AB) B^T = 0:", f["grad_A_zero"],
              "A^T f'(AB) = 0:", f["grad_B_zero"], "f'(AB) = 0:", f["grad_f_zero"], "ranks:", f["rank_A"], f["rank_B"])""",
)

_THEOREM1_CELLS = (
    """from symbolic.core.exact import rational_matrix
from symbolic.forms.factorization import factor_through_bottleneck, split_at

A = rational_matrix([[1], [2], [0]])           # rank-deficient A and B are fine
B = rational_matrix([[0, "1/2", 0, 3]])
Ms = factor_through_bottleneck((4, 2, 1, 3, 3), 2, A, B)
for k, M in enumerate(Ms, 1):
    print(f"M{k} =", M.to_Matrix().tolist())
print("M4 M3 = A and M2 M1 = B:", split_at(Ms, 2) == (A, B))""",
    """from proofs.papers.zhang_2019.checks import LIFTS, lifted_pairs

for setting, dims, j in LIFTS[True]:
    for label, pair, pres, lifted, lres in lifted_pairs(setting, dims, j):
        print(f"{label:<28}", "L_2:", pres["verdict"], pres["strict"], "| L_k on", dims, ":", lres["verdict"], lres["strict"])""",
)

_COROLLARY1_CELLS = (
    """from proofs.papers.zhang_2019.checks import COROLLARY1_SETTINGS
from proofs.papers.zhang_2019.landscape import classified

for s in COROLLARY1_SETTINGS[True]:
    for label, problem, result in classified(s):
        print(s.describe(), "|", f"{label:<34}", result["verdict"], "strict:", result["strict"])""",
    """# Nouiehed-Razaviyayn (2018), Theorem 12 (a), claims that this point (X = I, Y with a single 1 at (d_h, d_0), W_k
# identity blocks outside the two narrowest layers, zero between them) is a local minimum that is not global.
# Zhang's Corollary 1 says the squared loss has no such point: both cannot stand.  The classifier's descent curve,
# re-verified by the separate checker, settles it on these instances: the point is a saddle.
from proofs.papers.zhang_2019.checks import nr_theorem12_parts

for key, part in nr_theorem12_parts(True).items():
    r = part["result"]
    d = r["certificate"]["descent"]
    print(key, "|", r["verdict"], "strict:", r["strict"], "inertia:", r["hessian_inertia"])
    print("  descent curve x0 + t C1 + ...:", d["curve"], "| order", d["order"], "leading coefficient", d["leading_coefficient"])""",
)

_COROLLARY2_CELLS = (
    """from proofs.papers.zhang_2019.towers import TOWER_CASES, classified_towers

for tower_dims in TOWER_CASES[True]:
    for label, poly, reduced, identity in classified_towers(tower_dims):
        print(tower_dims, f"{label:<52}", "towers (polynomial):", poly["result"]["verdict"],
              "| reduced pair (A, B):", reduced["result"]["verdict"])""",
)


_SPLIT_NOTEBOOK = "notebooks/zhang-2019/split_gradients_zero_of_local_min.ipynb"
