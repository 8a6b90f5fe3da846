"""Nouiehed and Razaviyayn (2018), Learning Deep Models: Critical Points and Local Openness.

The checks (and notebook cells) of the claims in :mod:`proofs.papers.nouiehed_razaviyayn_2018.claims`, whose header lists the main results and the references.
"""

from __future__ import annotations

from fractions import Fraction

from symbolic.core.exact import rational_matrix
from symbolic.openness.local_openness import is_locally_open, openness_data

from proofs.ledger.claim import Outcome, fact, facts_certificate, refutation_certificate
from proofs.checks.classified import all_strict_outcome, no_spurious_outcome, part

__all__ = ["remark1_certificate"]


def _scalar(terms):
    """A 1 x 1 JSON polynomial matrix in (a, b, c, d, delta)."""
    return [[[[list(e), c] for e, c in terms]]]


def remark1_certificate() -> dict:
    """Any preimage (a, b)^T (c, d) of [[delta, 0], [0, 0]] has b = 0, hence distance >= 1 from (W1, W2).

    The entries give ac = delta and bc = 0; the identity b delta = a (bc) - b (ac - delta) puts b in the ideal
    (times delta != 0), so b = 0 and |b - 1| = 1 whatever delta is.
    """
    return {"kind": "matrix_identity", "variables": ["a", "b", "c", "d", "delta"],
            "matrices": {"bdelta": _scalar([((0, 1, 0, 0, 1), "1")]), "a": _scalar([((1, 0, 0, 0, 0), "1")]),
                         "b": _scalar([((0, 1, 0, 0, 0), "1")]), "bc": _scalar([((0, 1, 1, 0, 0), "1")]),
                         "ac_minus_delta": _scalar([((1, 0, 1, 0, 0), "1"), ((0, 0, 0, 0, 1), "-1")])},
            "equalities": [{"left": [{"coefficient": "1", "factors": ["bdelta"]}],
                            "right": [{"coefficient": "1", "factors": ["a", "bc"]},
                                      {"coefficient": "-1", "factors": ["b", "ac_minus_delta"]}]}],
            "nonzero": []}


def _check_remark1(quick: bool) -> Outcome:
    W1, W2 = rational_matrix([[1], [1]]), rational_matrix([[0, 0]])
    d = openness_data(W1, W2)
    if is_locally_open(W1, W2):
        return Outcome("refuted", "the example of Remark 1", None, details="the rank conditions say locally open")
    return Outcome("confirmed", "the example of Remark 1, every delta != 0 at once (a polynomial identity in delta); "
                   f"ranks: rank W1 = {d['rank_W1']}, rank W2 = {d['rank_W2']}, k = 1 < min(m, n) = 2 (Theorem 5: "
                   "rank W1 != rank W2 implies not locally open)", remark1_certificate())


# -- linear networks: Theorem 8, Corollary 9, Lemmas 7 and 11, Theorem 12 ------------------------------------------

_SIGMAS = {"Y with distinct singular values": ("5", "3", "2"), "Y of rank 1": ("5",)}
_TWO_LAYER_DIMS = {True: ((2, 1, 2), (2, 1, 3), (3, 2, 2)),
                   False: ((2, 1, 2), (3, 1, 2), (2, 1, 3), (3, 2, 3), (2, 2, 2), (3, 2, 2), (2, 3, 2), (2, 3, 3))}
_WIDE_PAIR_DIMS = {True: ((2, 1, 2), (2, 2, 1, 2)),
                   False: ((2, 1, 2), (3, 1, 2), (2, 1, 3), (2, 2, 1, 2), (2, 1, 2, 2), (2, 2, 2, 2), (3, 2, 2, 2))}


def _any_data_points(dims_list):
    """``[(name, problem, result)]``: X = I with two kinds of Y, and X X^T singular when d_x = d_y."""
    from proofs.papers.kawaguchi_2016.landscape import classified_rank_deficient_x
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import classified_any

    out = []
    for dims in dims_list:
        for tag, sigmas in _SIGMAS.items():
            out += [(f"{dims} X = I, {tag}: {label}", p, r) for label, p, r in classified_any(dims, sigmas)]
        if dims[0] == dims[-1]:
            out += [(f"{dims} X rank-deficient: {label}", p, r) for label, p, r, _ in classified_rank_deficient_x(dims)]
    return out


def _any_data_scope(dims_list, points, what):
    return (f"{what} among {len(points)} exact critical points on dims {', '.join(map(str, dims_list))}: X = I with Y "
            "of distinct singular values (5, 3, 2) or of rank 1, and X = V diag(1, .., 1, 0) V^T (X X^T singular) "
            "when d_x = d_y; points W_L...W_1 = U_S U_S^T Y (P) for every subset S fitting the widths and the zero "
            "tuple; not every critical point of these networks")


def _check_theorem8(quick: bool) -> Outcome:
    dims_list = _TWO_LAYER_DIMS[quick]
    points = _any_data_points(dims_list)
    parts = {name: part(p, r, assumptions=None, verdict_in=["global_min", "saddle"]) for name, p, r in points}
    return no_spurious_outcome(parts, _any_data_scope(dims_list, points, "two layers, any X and Y: every critical "
                                                      "point is a global minimum or a saddle"))


def _check_lemma7(quick: bool) -> Outcome:
    outcome = _check_theorem8(quick)
    scope = ("the rank-constrained problem (12) through Z = W2 W1 with d1 = r: a local minimum Z of (12) makes every "
             "factorization a local minimum of (11), and a certified descent curve of (11) maps to the rank-<= r curve "
             "W2(t) W1(t) through Z; so " + outcome.scope)
    return Outcome(outcome.status, scope, outcome.certificate, details=outcome.details)


def _check_theorem8_saddles(quick: bool) -> Outcome:
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import is_degenerate

    dims_list = _TWO_LAYER_DIMS[quick]
    points = _any_data_points(dims_list)
    parts = {name: part(p, r, assumptions=None, verdict_in=["saddle"]) for name, p, r in points
             if r["verdict"] == "saddle" and is_degenerate(p)}
    scope = _any_data_scope(dims_list, points, "two layers: every degenerate saddle (rank W2 W1 < min(d2, d1, d0)) "
                            "has a negative Hessian eigenvalue")
    return all_strict_outcome(parts, scope, "degenerate saddles")


#: Corollary 9 instances: quartic loss, X = I, Y = u v^T of rank 1; degenerate critical points with a zero layer.
_QUARTIC_POINTS = (
    ("zero tuple", (2, 1, 2), [["1", "2"], ["1", "2"]], [[["0", "0"]], [["0"], ["0"]]]),
    ("W1 = 0, W2 orthogonal to u^3", (2, 1, 2), [["1", "2"], ["1", "2"]], [[["0", "0"]], [["1"], ["-1"]]]),
    ("W2 = 0, W1 orthogonal to v^3", (2, 1, 2), [["1", "2"], ["1", "2"]], [[["8", "-1"]], [["0"], ["0"]]]),
    ("zero tuple", (3, 2, 2), [["1", "0", "1"], ["2", "0", "2"]], [[["0"] * 3] * 2, [["0"] * 2] * 2]),
    ("W1 = 0, W2 orthogonal to u^3", (3, 2, 2), [["1", "0", "1"], ["2", "0", "2"]],
     [[["0"] * 3] * 2, [["8", "8"], ["-1", "-1"]]]),
    ("global minimum (exact fit)", (3, 2, 2), [["1", "0", "1"], ["2", "0", "2"]],
     [[["1", "0", "1"], ["0", "0", "0"]], [["1", "0"], ["2", "0"]]]),
)


def _check_corollary9(quick: bool) -> Outcome:
    from proofs.checks.classify_cache import classify_problem
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import is_degenerate

    parts, verdicts = {}, []
    for label, dims, Y, weights in _QUARTIC_POINTS[: 3 if quick else None]:
        problem = {"dims": list(dims), "Y": Y, "weights": weights, "loss": "quartic"}
        result = classify_problem(problem)
        verdicts.append(result["verdict"])
        if result["verdict"] == "not_critical":
            raise ValueError(f"{dims} {label} is not critical for the quartic loss")
        if result["verdict"] == "global_min":
            parts[f"{dims} {label}"] = part(problem, result, assumptions=None, verdict_in=["global_min"])
        elif is_degenerate(problem):
            parts[f"{dims} {label}"] = part(problem, result, assumptions=None, verdict_in=["saddle"], strict=True)
    scope = (f"{len(parts)} exact degenerate critical points of the quartic loss 1/4 sum (W2 W1 - Y)_ij^4 (convex, not "
             "the square), X = I, Y of rank 1: zero tuples and points with one zero layer whose other layer is "
             "orthogonal to the cubed data, plus an exact fit")
    nonstrict = [k for k, v in parts.items() if v["result"]["verdict"] == "saddle" and not v["result"]["strict"]]
    if nonstrict:
        bad = {k: dict(parts[k], expect={"verdict_in": ["saddle"], "strict": False}) for k in nonstrict}
        return Outcome("refuted", scope, {"kind": "bundle", "parts": bad}, details=f"not second order: {nonstrict}")
    if any(v not in ("global_min", "saddle") for v in verdicts):
        return Outcome("inconclusive", scope, None, details=f"verdicts {verdicts}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, details=f"verdicts {verdicts}")


def _check_lemma11(quick: bool) -> Outcome:
    from proofs.papers.kawaguchi_2016.landscape import THEOREM23_DIMS, classified
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import is_degenerate

    points = _any_data_points(_TWO_LAYER_DIMS[quick]) + [
        (f"{d} Kawaguchi data: {label}", p, r) for d in THEOREM23_DIMS[quick] for label, p, r, _ in classified(d)]
    nondeg = [(n, p, r) for n, p, r in points if not is_degenerate(p)]
    minima = {n: part(p, r, assumptions=None, verdict_in=["global_min"]) for n, p, r in nondeg
              if r["verdict"] in ("global_min", "local_min")}
    scope = (f"the {len(minima)} certified local minima among {len(nondeg)} non-degenerate exact critical points "
             f"(rank W_h...W_1 = min d_i) of {len(points)} on the instances of Theorem 8 and of Kawaguchi's Theorem 2.3")
    if any(r["verdict"] == "local_min" for n, p, r in nondeg):
        bad = {n: part(p, r, assumptions=None, verdict_in=["local_min"]) for n, p, r in nondeg if r["verdict"] == "local_min"}
        return Outcome("refuted", scope, {"kind": "bundle", "parts": bad})
    if not minima:
        return Outcome("inconclusive", scope, None, details="no non-degenerate local minimum in scope")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": minima})


def _identity_facts(name: str, n: int) -> list:
    return [fact(f"{name} = I: entry ({i}, {j})", {"entry": [name, i, j]}, "==", int(i == j))
            for i in range(n) for j in range(n)]


def _theorem12_premises(problem: dict) -> dict:
    """``facts``: Theorem 12's hypotheses at a point -- :math:`d_{p_2^*} < \\min(d_h, d_0)` (the second smallest
    width, with repetition), :math:`X = I`, :math:`Y` rank deficient -- and the layers of the construction
    (:math:`W_k = 0` for :math:`p_1 < k \\le p_2`, full rank :math:`\\min(d_k, d_{k-1})` elsewhere)."""
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import narrow_pair_indices

    dims = problem["dims"]
    h = len(dims) - 1
    widths = [{"dim": i} for i in range(h + 1)]
    facts = [fact("d_(p2*) < min(d_h, d_0)", {"smallest": [2, widths]}, "<", {"min": [{"dim": h}, {"dim": 0}]}),
             fact("Y is rank deficient", {"rank": ["Y"]}, "<", {"min": [{"rows": "Y"}, {"cols": "Y"}]}),
             fact("X is square", {"rows": "X"}, "==", {"cols": "X"})]
    facts += _identity_facts("X", dims[0])
    facts += [fact(f"W{k} is {dims[k]} x {dims[k - 1]}", {"sum": [{"rows": f"W{k}"}, {"neg": {"dim": k}}]}, "==", 0)
              for k in range(1, h + 1)]
    pair = narrow_pair_indices(dims)
    if pair is not None:
        lo, hi = min(pair), max(pair)
        for k in range(1, h + 1):
            full = 0 if lo < k <= hi else min(dims[k], dims[k - 1])
            facts.append(fact(f"rank W{k} = {full}", {"rank": [f"W{k}"]}, "==", full))
    data = {key: problem[key] for key in ("dims", "X", "Y", "weights")}
    return facts_certificate(data, facts)


def _saddle_refutation(problem: dict, result: dict, premises: dict, **expect) -> dict:
    witness = {key: problem[key] for key in ("X", "Y", "weights")}
    negation = {"a certified saddle (not a local minimum)": part(problem, result, assumptions=None,
                                                                verdict_in=["saddle"], **expect)}
    return refutation_certificate(premises, negation, witness)


def _check_narrow_pair(quick: bool) -> Outcome:
    from proofs.checks.classify_cache import classify_problem
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import narrow_pair_dims, narrow_pair_point

    tuples = narrow_pair_dims(*((3, 2) if quick else (4, 3)))
    refutations, verdicts = {}, {}
    for dims in tuples:
        problem = narrow_pair_point(dims)
        result = classify_problem(problem)
        verdicts[str(dims)] = result["verdict"]
        premises = {"Theorem 12's hypotheses and construction": _theorem12_premises(problem),
                    "critical": part(problem, result, assumptions=None)}
        refutations[f"dims {dims}"] = _saddle_refutation(problem, result, premises)
    bound = "L <= 3, widths <= 2" if quick else "L <= 4, widths <= 3"
    scope = (f"every dims tuple with {bound} where d_(p2*) < min(d_h, d_0) ({len(tuples)} tuples): the paper's point "
             "(X = I, Y = e_(d_h) e_(d_0)^T, partial identities outside p1 < k <= p2, zero layers inside) classified")
    if tuples and all(v == "saddle" for v in verdicts.values()):
        first, *rest = refutations
        cert = dict(refutations[first])
        if rest:
            cert["further"] = {name: refutations[name] for name in rest}
        orders = sorted({c["negation"]["a certified saddle (not a local minimum)"]["result"]["certificate"]["descent"]
                         ["order"] for c in refutations.values()})
        return Outcome("refuted", scope, cert, finding="gap", scope_kind="sampled",
                       details=f"every point the proof constructs is a certified saddle (descent curves of order "
                               f"{orders}, Hessian PSD at some): not a local minimum, so the proof of Theorem 12's "
                               "first part fails.  This refutes the construction, not the existence statement; that "
                               "statement conflicts with zhang-2019 Corollary 1 (no spurious local minimum of the "
                               "squared loss, any X and Y), which stands on these instances")
    return Outcome("inconclusive", scope, None, details=f"verdicts {verdicts}")


def _check_three_layer_example(quick: bool) -> Outcome:
    from proofs.checks.classify_cache import classify_problem
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import THREE_LAYER_EXAMPLE

    problem = THREE_LAYER_EXAMPLE
    result = classify_problem(problem)
    scope = ("Appendix C's example as recovered in ../shared/papers/INDEX.md: dims (3, 2, 2, 3), X = I_3, "
             "Y = [[1, 0, -1], [0, 4, 0], [-1, 0, 1]], W3 = [[-1, 1], [1, 1], [-1, 1]], W2 = [[1, 1], [1, 1]], W1 = W3^T")
    if result["verdict"] == "saddle":
        d = result["certificate"]["descent"]
        data = {key: problem[key] for key in ("dims", "X", "Y", "weights")}
        widths = [{"dim": i} for i in range(4)]  # p1*, p2*: the two width-2 layers
        hypotheses = facts_certificate(data, [
            *_identity_facts("X", 3),
            fact("rank Y > min(d_h - d_p2, d_0 - d_p1)", {"rank": ["Y"]}, ">",
                 {"min": [{"sum": [{"dim": 3}, {"neg": {"smallest": [2, widths]}}]},
                          {"sum": [{"dim": 0}, {"neg": {"smallest": [1, widths]}}]}]}),
            fact("Y is rank deficient", {"rank": ["Y"]}, "<", 3),
        ] + [fact(f"W1 = W3^T: entry ({i}, {j})", {"entry": ["W1", i, j]}, "==", {"entry": ["W3^T", i, j]})
             for i in range(2) for j in range(3)])
        premises = {"the example's data and hypotheses": hypotheses,
                    "critical ((46): W3^T Delta = Delta W1^T = 0)": part(problem, result, assumptions=None)}
        cert = _saddle_refutation(problem, result, premises, strict=False)
        return Outcome("refuted", scope, cert, finding="error", scope_kind="sampled",
                       details=f"a certified saddle: Hessian PSD (no negative eigenvalue), but the curve x0 + t a1 + t^2 "
                               f"a2 lowers the loss at order {d['order']} (leading coefficient {d['leading_coefficient']}); "
                               "the paper's orders 2-6 are taken along straight lines only.  The matrices are the "
                               "reading of INDEX.md (the extraction flattened them); it satisfies (46) as the text "
                               "requires, and the paper's own argument would apply to it unchanged")
    return Outcome("inconclusive", scope, None, details=f"verdict {result['verdict']}")


def _check_wide_pair(quick: bool) -> Outcome:
    dims_list = _WIDE_PAIR_DIMS[quick]
    points = _any_data_points(dims_list)
    parts = {name: part(p, r, assumptions=None, verdict_in=["global_min", "saddle"]) for name, p, r in points}
    return no_spurious_outcome(parts, _any_data_scope(dims_list, points, "d_(p2*) >= min(d_h, d_0): every critical "
                                                      "point is a global minimum or a saddle"))


def _nondegenerate_points(quick: bool):
    """Non-degenerate exact points: the certified global minima of Theorem 8's and Kawaguchi's instances, and
    seeded rational tuples (non-degenerate, not critical)."""
    import random

    from proofs.papers.kawaguchi_2016.landscape import THEOREM23_DIMS, classified
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import is_degenerate

    points = [(n, p, r) for n, p, r in _any_data_points(_TWO_LAYER_DIMS[quick]) if not is_degenerate(p)]
    points += [(f"{d} Kawaguchi data: {label}", p, r) for d in THEOREM23_DIMS[quick]
               for label, p, r, _ in classified(d) if not is_degenerate(p)]
    rng = random.Random(3)
    for dims in ((3, 2, 1, 2, 3), (2, 3, 3, 3), (2, 2, 2, 2)):
        while True:
            rows = [[[str(rng.randint(-2, 2)) for _ in range(dims[k - 1])] for _ in range(dims[k])]
                    for k in range(1, len(dims))]
            problem = {"dims": list(dims), "weights": rows}
            if not is_degenerate(problem):
                break
        points.append((f"{dims} seeded non-degenerate tuple", problem, None))
    return points


def _check_lemma10(quick: bool) -> Outcome:
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import preimage_certificate

    points = _nondegenerate_points(quick)
    parts, worst = {}, {}
    for name, problem, _ in points:
        cert, ratios = preimage_certificate(problem["weights"], tuple(problem["dims"]))
        parts[name] = cert
        worst[name] = max(ratios.values(), key=Fraction)
    scope = (f"{len(points)} exact non-degenerate points (rank W_h...W_1 = min d_i; certified minima of Theorem 8's "
             "and Kawaguchi's instances and seeded tuples up to depth 4): for the range perturbations "
             "Z_s = (U + sE)(V + sF) of the product P = UV, s = 1/10, 1/100, 1/1000, an exact preimage W'(s) "
             "moving only W_1 and W_h (symbolic.openness.product_preimage), with ||W'(s) - W||^2 / ||Z_s - P||^2 bounded; "
             "one perturbation family per point, not every Z")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="sampled",
                   details="sampled, not proved: three step sizes s along one perturbation family per point, not a "
                           "symbolic s and not every nearby product; largest squared ratio per point: "
                           + ", ".join(f"{v}" for v in list(worst.values())[:8]))


#: A non-convex loss on the scalar product: l(s) = s^4/4 + s^3/3 - s^2, l'(s) = s (s - 1)(s + 2); s = 1 is a local
#: minimum that is not global (l(1) = -5/12 > l(-2) = -8/3).
_DOUBLE_WELL = {"[4]": "1/4", "[3]": "1/3", "[2]": "-1"}


def _observation1_nonconvex_witness() -> dict:
    """Observation 1 where it says something: :math:`F(w_1, w_2) = w_2 w_1` (locally open at :math:`W = (1, 1)`),
    :math:`\\ell(s) = s^4/4 + s^3/3 - s^2`; :math:`W` is a local minimum of :math:`\\ell(F(W))` that is not global, and
    :math:`F(W) = 1` is a local minimum of :math:`\\ell` over the range of :math:`F`.

    The local minimum of :math:`g = \\ell(ab)` at :math:`(1, 1)` is degenerate (the orbit :math:`ab = 1`); it is
    certified by the identity, with :math:`s = ab` and :math:`h = 1 - (s - 1)^2 \\ge 0` near :math:`W`,

    .. math::

        g + \\tfrac{5}{12} = \\tfrac12 h (s - 1)^2 + \\tfrac34 (s - 1)^2 (s - \\tfrac19)^2 + \\tfrac{11}{27} (s - 1)^2 .
    """
    from symbolic.landscape.classify import classify_json

    s_minus_1 = [[[1, 1], "1"], [[0, 0], "-1"]]
    target = [[[4, 4], "1/4"], [[3, 3], "1/3"], [[2, 2], "-1"], [[0, 0], "5/12"]]
    h = [[[2, 2], "-1"], [[1, 1], "2"]]
    local = {"kind": "nonnegativity", "variables": ["a", "b"], "constraints": [h], "target": target, "constant": "0",
             "terms": [{"coefficient": "1/2", "constraints": [0], "square": s_minus_1},
                       {"coefficient": "3/4", "constraints": [],
                        "square": [[[2, 2], "1"], [[1, 1], "-10/9"], [[0, 0], "1/9"]]},
                       {"coefficient": "11/27", "constraints": [], "square": s_minus_1}]}
    problem = {"polynomial": _DOUBLE_WELL, "variables": ["s"], "point": ["1"]}
    result = classify_json(problem)
    opening = {"kind": "matrix_identity", "variables": ["s"],
               "matrices": {"W1p": [[[[[0], "1"]]]], "W2p": [[[[[1], "1"]]]], "Z": [[[[[1], "1"]]]]},
               "equalities": [{"left": [{"coefficient": "1", "factors": ["W2p", "W1p"]}],
                               "right": [{"coefficient": "1", "factors": ["Z"]}]}]}
    return {"kind": "bundle", "parts": {
        "F is locally open at W = (1, 1): every product s is W2' W1' with W1' = 1, W2' = s, at distance |s - 1|":
            opening,
        "W is a local minimum of l(F(W)): g + 5/12 >= 0 where h = 1 - (ab - 1)^2 >= 0 (h(W) = 1 > 0)": local,
        "F(W) = 1 is a local minimum of l over the range R, not a global one (so W is not global either)":
            part(problem, result, assumptions=None, verdict_in=["local_min"]),
    }}


def _check_observation1(quick: bool) -> Outcome:
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import preimage_certificate

    parts = {}
    for name, problem, result in _nondegenerate_points(quick):
        if result is None or result["verdict"] != "global_min":
            continue
        cert, _ = preimage_certificate(problem["weights"], tuple(problem["dims"]))
        parts[name] = {"kind": "bundle", "parts": {
            "W is a local (global) minimum; its value is the optimum of the rank-constrained problem (14)":
                part(problem, result, assumptions=None, verdict_in=["global_min"]),
            "preimages of perturbed products near W (local openness)": cert}}
    parts["a non-convex loss: a local minimum that is not global"] = _observation1_nonconvex_witness()
    scope = (f"{len(parts) - 1} certified minima of the squared loss at which the product map is locally open "
             "(non-degenerate, preimages constructed; there every local minimum is global, so the conclusion is "
             "immediate), and one point where the observation says something: F(w1, w2) = w2 w1 at (1, 1) with the "
             "non-convex l(s) = s^4/4 + s^3/3 - s^2, a local minimum of l(F(W)) that is not global, whose image "
             "s = 1 is a certified local minimum of l over the range")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="sampled")


def _check_lemma19(quick: bool) -> Outcome:
    from symbolic.landscape.degenerate_descent import lemma19_direction
    from symbolic.core.exact import matrix_to_strings, rational_matrix

    from proofs.papers.nouiehed_razaviyayn_2018.landscape import lemma19_instances

    instances = lemma19_instances(4 if quick else 16)
    parts, cases, globals_ = {}, {}, []
    for name, problem in instances:
        Ws = [rational_matrix(W) for W in problem["weights"]]
        d = lemma19_direction(Ws, problem["X"], problem["Y"])
        if d is None:
            globals_.append(name)
            continue
        cases[name] = (d["case"], d["order"])
        curve = {"kind": "curve", "curve": [[matrix_to_strings(A) for A in d["direction"]]], "order": d["order"],
                 "leading_coefficient": str(d["leading_coefficient"])}
        parts[name] = {"kind": "descent_curve", "problem": problem, "curve": curve, "hypotheses": "nr_lemma19"}
    kinds = sorted({c for c, _ in cases.values()})
    scope = (f"{len(instances)} exact degenerate points meeting the hypotheses (zero tuples of (2, 2, 2, 2), "
             "(2, 3, 3, 2), (2, 2, 2, 2, 2) and seeded tuples with rank-one layers 2..h, h = 3, 4, both of the "
             f"proof's cases ({', '.join(kinds)})), data X, Y exact non-square; the straight line W + tA of the "
             "proof's construction descends at every non-global point (orders "
             f"{sorted({o for _, o in cases.values()})}); the branch N(W_1^T) != 0 is the transposed problem")
    if globals_ and not parts:
        return Outcome("inconclusive", scope, None, details="every instance is a global minimum")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts},
                   details=f"global minima (Delta X^T = 0): {len(globals_)}")


_THEOREM12_CELLS = (
    """from proofs.checks.classify_cache import classify_problem
from proofs.papers.nouiehed_razaviyayn_2018.landscape import THREE_LAYER_EXAMPLE, narrow_pair_dims, narrow_pair_point

# Theorem 12 (a): the paper's point, classified with a certificate, on the smallest tuples where its hypothesis holds
for dims in narrow_pair_dims(3, 3)[:4]:
    r = classify_problem(narrow_pair_point(dims))
    d = r["certificate"]["descent"]
    print(dims, r["verdict"], "strict:", r["strict"], "| descent order", d["order"], "coefficient", d["leading_coefficient"])

# (b): the three-layer example of Appendix C
r = classify_problem(THREE_LAYER_EXAMPLE)
print("three-layer example:", r["verdict"], "inertia:", r["hessian_inertia"], "descent:", r["certificate"]["descent"])""",
    """import matplotlib.pyplot as plt
from proofs.notebooks.classifier_walkthrough import plot_certificate_curves

# the loss along the certified descent and ascent curves of the three-layer example: a Peano-type saddle
plot_certificate_curves(THREE_LAYER_EXAMPLE, r, t_max="1/2")
plt.show()""",
    """from symbolic import Network, SquaredLoss
from symbolic.core.exact import rational_matrix
from symbolic.calculus.taylor import taylor_coefficients

# Why the paper's argument fails: along the straight line x0 + t a1 (the first-order part of the certified curve)
# the loss does not decrease up to order 6, the order the paper checks; adding the t^2 correction a2 it does at order 4
p = THREE_LAYER_EXAMPLE
net = Network(p["dims"])
x0 = net.exact_weights(p["weights"])
a1, a2 = [net.exact_weights(c) for c in r["certificate"]["descent"]["curve"]]
loss = SquaredLoss(p["X"], p["Y"])
print("line  x0 + t a1        :", [str(c) for c in taylor_coefficients(x0, [a1], loss, 6)])
print("curve x0 + t a1 + t^2 a2:", [str(c) for c in taylor_coefficients(x0, [a1, a2], loss, 6)])""",
    """# Cross-reference: zhang-2019 Corollary 1 (no spurious local minima for the squared loss, any X and Y) and this
# Theorem 12 cannot both stand. On every instance above the certificate that settles it is the classifier's
# descent curve (re-verified by symbolic.checker.verdicts): the points are saddles, Theorem 12's (a) and the
# three-layer example are refuted, and Corollary 1 is consistent with them.""",
)
