r"""Nouiehed and Razaviyayn (2018): the framework's smaller statements (Sections 2-4) and Appendix C's condition.

The checks of the claims in :mod:`proofs.papers.nouiehed_razaviyayn_2018.framework_claims`, whose header lists the
main results and the references.  The logistic witness of Section 4 is certified by the ``logistic_image`` kind
(:mod:`symbolic.checker.logistic_image`): weights that are integer-friendly multiples of :math:`\log 3`, so every
value of the network is rational, and a sign obstruction for the midpoint.
"""

from __future__ import annotations

from symbolic.core.exact import rational_matrix

from proofs.ledger.claim import Outcome, fact, facts_certificate, refutation_certificate

__all__ = ["LOGISTIC_WITNESSES", "logistic_image_certificate", "low_rank_target_point", "IMAGE_CELLS"]

PAPER = "nouiehed-razaviyayn-2018"


# -- Section 2: the example before Section 3, and openness stronger than local openness -------------------------

def _instance(W1, W2, **groups) -> dict:
    from proofs.papers.nouiehed_razaviyayn_2018.openness import instance_certificate

    return instance_certificate(rational_matrix(W1), rational_matrix(W2), ("i", "ii", "iii", "iv"), **groups)


def _shape_facts(W1, W2, case: str) -> dict:
    """``facts``: the shape case of the pair, ``k < min(m, n)`` (``deficient``) or ``k >= min(m, n)`` (``wide``)."""
    k = {"cols": "W1"}
    mn = {"min": [{"rows": "W1"}, {"cols": "W2"}]}
    says, op = ("k < min(m, n) (the rank-deficient case)", "<") if case == "deficient" else \
        ("k >= min(m, n) (the full-rank case)", ">=")
    return facts_certificate({"W1": W1, "W2": W2}, [
        fact("W1 is m x k and W2 is k x n", {"cols": "W1"}, "==", {"rows": "W2"}), fact(says, k, op, mn)])


#: The example at the end of Section 2: W1 = (1, 2)^T, W2 = (1, 1).
_SECTION2_W1, _SECTION2_W2 = [["1"], ["2"]], [["1", "1"]]


def _check_section2_example(quick: bool) -> Outcome:
    W1, W2 = _SECTION2_W1, _SECTION2_W2
    Z = [["1", "1"], ["2", "2"]]
    full_rank_target = [["1", "1"], ["2", "201/100"]]  # Z + E with E = e2 e2^T / 100: full rank
    no_full_rank = facts_certificate({"W1": W1, "W2": W2, "Z": Z, "Zs": full_rank_target}, [
        fact("Z = W1 W2: entry (0, 0)", {"entry": ["Z", 0, 0]}, "==", 1),
        fact("rank Z = 1 = rank W1 W2", {"rank": ["W1", "W2"]}, "==", {"rank": ["Z"]}),
        fact("the perturbation Zs = Z + e2 e2^T / 100 has full rank 2", {"rank": ["Zs"]}, "==", 2),
        fact("every product of a 2 x 1 and a 1 x 2 matrix has rank <= k = 1 < 2", {"cols": "W1"}, "<",
             {"rank": ["Zs"]}),
    ])
    open_in_range = _instance(W1, W2, require=["rank_equal_and_iii"])
    cert = {"kind": "bundle", "parts": {
        "m = n = 2 > k = 1": _shape_facts(W1, W2, "deficient"),
        "full-rank perturbations of Z = W1 W2 have no preimage at all (so none nearby)": no_full_rank,
        "rank W1 = rank W2 = 1 and N(W1) cap C(W2) = 0: locally open in the range (Theorem 5 v)": open_in_range}}
    return Outcome("confirmed", "the example W1 = (1, 2)^T, W2 = (1, 1) (m = n = 2, k = 1), all perturbations at once "
                   "(a rank argument and Theorem 5's condition iii)", cert, scope_kind="sampled",
                   details="the full-rank perturbation Z + e2 e2^T / 100 (any full-rank Z) is no product W1' W2' of a "
                           "2 x 1 and a 1 x 2 matrix; rank W1 = rank W2 = 1 with N(W1) = 0, so M is locally open at "
                           "(W1, W2) in R_M = {rank <= 1} by Theorem 5 (iii) => v))")


def _check_open_stronger(quick: bool) -> Outcome:
    from proofs.papers.nouiehed_razaviyayn_2018.checks import remark1_certificate

    W1, W2 = [["1"], ["0"]], [["1", "0"]]
    cert = {"kind": "bundle", "parts": {
        "m = n = 2 > k = 1": _shape_facts(W1, W2, "deficient"),
        "M is locally open at (e1, e1^T) in its range (Theorem 5: equal ranks, N(W1) cap C(W2) = 0)":
            _instance(W1, W2, require=["rank_equal_and_iii"]),
        "M is not locally open at ((1, 1)^T, (0, 0)) (Remark 1), so M is not open": remark1_certificate()}}
    return Outcome("confirmed", "the product map M : R^{2x1} x R^{1x2} -> R_M (one witness pair of points)", cert,
                   scope_kind="sampled",
                   details="an open map is locally open at every point (the definition with the open balls); the "
                           "converse fails at a point: M is locally open at (e1, e1^T) but M is not open, since it "
                           "is not locally open at Remark 1's point")


# -- Section 2: the global values of (5) and (6) ------------------------------------------------------------------

_GLOBAL_VALUE_DIMS = {True: ((2, 1, 2), (3, 2, 2), (2, 1, 1, 2)),
                      False: ((2, 1, 2), (3, 2, 2), (2, 1, 3), (2, 1, 1, 2), (3, 1, 1, 3), (3, 2, 1, 3))}


def _check_global_values(quick: bool) -> Outcome:
    from proofs.checks.classified import part
    from proofs.papers.nouiehed_razaviyayn_2018.checks import _any_data_points

    dims_list = _GLOBAL_VALUE_DIMS[quick]
    parts = {}
    for name, p, r in _any_data_points(dims_list):
        if r["verdict"] == "global_min" and r["certificate"].get("method") != "nonnegative_loss":
            parts[name] = part(p, r, assumptions=None, verdict_in=["global_min"])
    scope = (f"F(W) = W_h ... W_1 (range: rank <= min d_i), the squared loss, dims {', '.join(map(str, dims_list))}: "
             f"{len(parts)} certified global minima of (5) (X = I with Y of distinct singular values or of rank 1, "
             "and X rank-deficient), each with a Ky Fan dual bound for the rank-constrained problem (6)")
    if not parts:
        return Outcome("inconclusive", scope, None, details="no certified global minimum in scope")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="sampled",
                   details="at each point the checker verifies the dual bound r z + Tr Z <= ||Y||^2 - 2 F(W) (z I + Z - "
                           "Sigma and Z PSD), i.e. 1/2 ||Z X - Y||^2 >= F(W) for every Z of rank <= r = min d_i, and "
                           "F(W) is attained by the network: min (6) >= F(W) >= min (5) >= min (6), so the two global "
                           "values are equal on each instance")


# -- Observation 1 where its hypothesis fails ------------------------------------------------------------------

def _p(*terms):
    """A 1 x 1 JSON polynomial matrix from ``(exponents, coefficient)`` pairs."""
    return [[[[list(e), c] for e, c in terms]]]


def _const(rows):
    return [[[[[0] * 5, v]] for v in row] for row in rows]


def _loss_terms(name: str) -> list:
    r""":math:`\ell(Z) = 2 Z_{21}^2 - Z_{11}^2` as products of named matrices (``e1``, ``e2`` unit columns)."""
    f = ["e2^T", *name.split("*"), "e1"]
    g = ["e1^T", *name.split("*"), "e1"]
    return [{"coefficient": "2", "factors": f + f}, {"coefficient": "-1", "factors": g + g}]


def observation1_necessity_certificate() -> dict:
    r"""Observation 1 fails without local openness: :math:`W_1 = (1, 1)^T`, :math:`W_2 = (0, 0)`,
    :math:`\ell(Z) = 2Z_{21}^2 - Z_{11}^2`.

    With :math:`W_1 = (a, b)^T`, :math:`W_2 = (c, d)`: :math:`g = \ell(W_1W_2) = c^2(2b^2 - a^2) \ge 0 = g(W)` where
    :math:`h = 2b^2 - a^2 \ge 0`, a neighbourhood of :math:`W` (:math:`h(W) = 1`); yet :math:`Z(t) = t e_1 e_1^T =
    (t, 0)^T (1, 0)` lies in the range and :math:`\ell(Z(t)) = -t^2 < 0 = \ell(0)`.
    """
    from proofs.papers.nouiehed_razaviyayn_2018.checks import remark1_certificate

    variables = ["a", "b", "c", "d", "t"]
    units = {"e1": _const([["1"], ["0"]]), "e2": _const([["0"], ["1"]])}
    W1 = [[[[[1, 0, 0, 0, 0], "1"]]], [[[[0, 1, 0, 0, 0], "1"]]]]
    W2 = [[[[[0, 0, 1, 0, 0], "1"]], [[[0, 0, 0, 1, 0], "1"]]]]
    g = _p(((0, 2, 2, 0, 0), "2"), ((2, 0, 2, 0, 0), "-1"))
    loss_of_product = {"kind": "matrix_identity", "variables": variables,
                       "matrices": dict(units, W1=W1, W2=W2, g=g),
                       "equalities": [{"left": [{"coefficient": "1", "factors": ["g"]}],
                                       "right": _loss_terms("W1*W2")}]}
    h_at_w = {"kind": "matrix_identity", "variables": variables,
              "matrices": dict(units, W1=_const([["1"], ["1"]]), one=_const([["1"]])),
              "equalities": [{"left": [{"coefficient": "1", "factors": ["one"]}],
                              "right": [{"coefficient": "2", "factors": ["e2^T", "W1", "W1^T", "e2"]},
                                        {"coefficient": "-1", "factors": ["e1^T", "W1", "W1^T", "e1"]}]}]}
    local = {"kind": "nonnegativity", "variables": variables, "constant": "0",
             "constraints": [[[[0, 2, 0, 0, 0], "2"], [[2, 0, 0, 0, 0], "-1"]]],
             "target": g[0][0], "terms": [{"coefficient": "1", "constraints": [0],
                                           "square": [[[0, 0, 1, 0, 0], "1"]]}]}
    curve = {"kind": "matrix_identity", "variables": variables,
             "matrices": dict(units, Z=[[[[[0, 0, 0, 0, 1], "1"]], [[[0] * 5, "0"]]],
                                        [[[[0] * 5, "0"]], [[[0] * 5, "0"]]]],
                              U=[[[[[0, 0, 0, 0, 1], "1"]]], [[[[0] * 5, "0"]]]], V=_const([["1", "0"]]),
                              value=_p(((0, 0, 0, 0, 2), "-1"))),
             "equalities": [{"left": [{"coefficient": "1", "factors": ["Z"]}],
                             "right": [{"coefficient": "1", "factors": ["U", "V"]}]},
                            {"left": [{"coefficient": "1", "factors": ["value"]}], "right": _loss_terms("Z")}]}
    return {"kind": "bundle", "parts": {
        "M is not locally open at W in its range (Remark 1)": remark1_certificate(),
        "l(W1 W2) = c^2 (2 b^2 - a^2) for W1 = (a, b)^T, W2 = (c, d)": loss_of_product,
        "h = 2 b^2 - a^2 is 1 > 0 at W, so {h >= 0} is a neighbourhood of W": h_at_w,
        "W is a local minimum of l(W1 W2): g = 1 * h * c^2 >= 0 = g(W) on {h >= 0}": local,
        "Z(t) = (t, 0)^T (1, 0) is in the range, Z(0) = 0, and l(Z(t)) = -t^2 < 0 = l(0)": curve}}


def _check_observation1_necessity(quick: bool) -> Outcome:
    return Outcome("confirmed", "one witness: M(W1, W2) = W1 W2 on R^{2x1} x R^{1x2} at Remark 1's point "
                   "W = ((1, 1)^T, (0, 0)), l(Z) = 2 Z_21^2 - Z_11^2; symbolic in the perturbation",
                   observation1_necessity_certificate(), scope_kind="sampled",
                   details="the hypothesis of Observation 1 is needed, and it is what the observation uses: W is a "
                           "local minimum of l(W1 W2) (products near W have nearly equal rows), but F(W) = 0 is not a "
                           "local minimum of l over the range (the rank-one t e1 e1^T, reached by no pair near W, "
                           "lowers l)")


# -- Section 3: conditions i), ii) and equal ranks in the full-rank case ---------------------------------------

#: A full-rank-case pair (k = 2 >= min(m, n) = 1): W1 = I_2, W2 = e1.
_WIDE_W1, _WIDE_W2 = [["1", "0"], ["0", "1"]], [["1"], ["0"]]


def _check_conditions_differ_wide(quick: bool) -> Outcome:
    W1, W2 = _WIDE_W1, _WIDE_W2
    cert = {"kind": "bundle", "parts": {
        "k = 2 >= min(m, n) = 1": _shape_facts(W1, W2, "wide"),
        "i) holds (W1 full column rank), ii) fails (a 2 x 1 matrix is never of row rank 2)":
            _instance(W1, W2, require=["i"], require_false=["ii"], disagree=[["i", "ii"]])}}
    return Outcome("confirmed", "one full-rank-case pair, (m, k, n) = (2, 2, 1), W1 = I_2, W2 = e1", cert,
                   scope_kind="sampled", details="i) holds with the zero witness, ii) fails by the rank bound")


def _check_unequal_ranks_wide(quick: bool) -> Outcome:
    from proofs.papers.nouiehed_razaviyayn_2018.openness import instance_certificate

    W1, W2 = _WIDE_W1, _WIDE_W2
    cert = {"kind": "bundle", "parts": {
        "k = 2 >= min(m, n) = 1": _shape_facts(W1, W2, "wide"),
        "rank W1 = 2 != rank W2 = 1, and Proposition 4's 2a) holds: locally open":
            instance_certificate(rational_matrix(W1), rational_matrix(W2), ("i", "ii", "2a", "2b", "iii", "iv"),
                                 require=["2a"], require_false=["rank_equal"])}}
    return Outcome("confirmed", "one full-rank-case pair, (m, k, n) = (2, 2, 1), W1 = I_2, W2 = e1", cert,
                   scope_kind="sampled",
                   details="W1 is invertible, so Proposition 4's 2a) holds (zero witness) and M is locally open "
                           "(every Z' near W1 W2 is W1 (W1^{-1} Z')), while rank W1 = 2 != 1 = rank W2")


def _check_remark1_rank_cases(quick: bool, both: bool) -> Outcome:
    """Remark 1's sentences on the rank-deficient sweep: both factors full rank => locally open; exactly one
    full rank => not locally open (unequal ranks, Theorem 5)."""
    from proofs.papers.nouiehed_razaviyayn_2018.openness import sweep

    parts = {}
    for (m, k, n), ranks, W1, W2 in sweep(quick):
        r1, r2, _ = ranks
        full1, full2 = r1 == k, r2 == k
        name = f"(m, k, n) = {(m, k, n)}, (r1, r2, r12) = {ranks}"
        if both and full1 and full2:
            parts[name] = {"kind": "bundle", "parts": {
                "k < min(m, n)": _shape_facts(_strings(W1), _strings(W2), "deficient"),
                "W1 full column rank, W2 full row rank; Theorem 5 iii) with equal ranks: locally open":
                    _instance(_strings(W1), _strings(W2), require=["rank_equal_and_iii"])}}
        elif not both and full1 != full2:
            parts[name] = {"kind": "bundle", "parts": {
                "k < min(m, n)": _shape_facts(_strings(W1), _strings(W2), "deficient"),
                "exactly one factor of full rank k: ranks differ, not locally open (Theorem 5)":
                    _instance(_strings(W1), _strings(W2), require_false=["rank_equal"])}}
    shapes = sorted({name.split(", (r1")[0] for name in parts})
    what = "both factors of full rank k" if both else "exactly one factor of full rank k"
    return Outcome("confirmed", f"every rank triple with {what} on the rank-deficient shapes {', '.join(shapes)} "
                   f"({len(parts)} pairs, structured exact matrices)", {"kind": "bundle", "parts": parts},
                   scope_kind="sampled")


def _strings(M):
    from symbolic.core.exact import matrix_to_strings

    return matrix_to_strings(M)


# -- Section 4: the image of F_h is not convex for the logistic activation ------------------------------------

#: ``(dims, X, base, members, midpoint)``: members are (weights as coefficients of log base, output).
LOGISTIC_WITNESSES = (
    ((3, 1, 1), [["1", "0"], ["0", "1"], ["0", "0"]], "3",
     (([[["0", "-1", "0"]], [["4"]]], [["9/10", "3/4"]]),
      ([[["-1", "0", "0"]], [["-4"]]], [["1/4", "1/10"]])),
     [["23/40", "17/40"]]),
    ((3, 2, 1, 1), [["1", "0"], ["0", "1"], ["1", "1"]], "3",
     (([[["0", "0", "0"], ["0", "0", "0"]], [["2", "0"]], [["4"]]], [["27/28", "27/28"]]),
      ([[["0", "-1", "0"], ["0", "0", "0"]], [["-4", "0"]], [["-20"]]], [["1/10", "1/244"]])),
     None),
    ((4, 1, 1), [["1", "0", "0"], ["0", "1", "0"], ["0", "0", "1"], ["0", "0", "0"]], "2",
     (([[["0", "0", "-1", "0"]], [["6"]]], [["8/9", "8/9", "4/5"]]),
      ([[["0", "1", "-1", "0"]], [["-6"]]], [["1/9", "1/17", "1/5"]])),
     None),
)


def logistic_image_certificate(dims, X, base, members, point=None) -> dict:
    """A ``logistic_image`` certificate; the midpoint of the first two members is computed when not given."""
    from fractions import Fraction

    outs = [out for _, out in members]
    if point is None:
        point = [[str((Fraction(a) + Fraction(b)) / 2) for a, b in zip(ra, rb)] for ra, rb in zip(outs[0], outs[1])]
    return {"kind": "logistic_image", "X": X, "dims": list(dims), "base": base,
            "members": [{"weights": w, "output": out} for w, out in members],
            "midpoint": {"of": [0, 1], "point": point}}


def _pyramidal_premises(dims, X) -> dict:
    h = len(dims) - 1
    facts = [fact("X is d_0 x n", {"rows": "X"}, "==", {"dim": 0}),
             fact("X has full column rank", {"rank": ["X"]}, "==", {"cols": "X"}),
             fact("d_0 > n", {"dim": 0}, ">", {"cols": "X"})]
    facts += [fact(f"d_{i} <= d_{i - 1}", {"dim": i}, "<=", {"dim": i - 1}) for i in range(1, h + 1)]
    facts.append(fact("h >= 2 layers", h, ">=", 2))
    return facts_certificate({"dims": list(dims), "X": X}, facts)


def _logistic_refutation(dims, X, base, members, point) -> dict:
    cert = logistic_image_certificate(dims, X, base, members, point)
    return refutation_certificate(
        {"pyramidal dims (d_0 > n, d_i <= d_(i-1)) and X of full column rank": _pyramidal_premises(dims, X)},
        {"two image points of F_h whose midpoint is not in the image": cert},
        {"X": X, "dims": list(dims)})


def _check_image_convex(quick: bool) -> Outcome:
    witnesses = LOGISTIC_WITNESSES[:1] if quick else LOGISTIC_WITNESSES
    refs = [_logistic_refutation(*w) for w in witnesses]
    cert = dict(refs[0])
    if len(refs) > 1:
        cert["further"] = {f"dims {w[0]}": r for w, r in zip(witnesses[1:], refs[1:])}
    dims = ", ".join(f"{w[0]} with n = {len(w[1][0])}" for w in witnesses)
    return Outcome(
        "refuted", f"logistic activation in every layer, dims {dims}: one exact pair of image points per dims, whose "
        "midpoint is outside the image for every real W", cert,
        finding="error", scope_kind="sampled",
        details="d = (3, 1, 1), n = 2, X = [e1, e2]: W1 = (0, -log 3, 0), W2 = 4 log 3 gives F_2 = (9/10, 3/4); "
                "W1 = (-log 3, 0, 0), W2 = -4 log 3 gives (1/4, 1/10); their midpoint (23/40, 17/40) is not "
                "F_2(W) for any W: F_2 = sigma(w a) with w = W2 real and a = F_1 in (0, 1)^2, so both entries lie on "
                "the same side of 1/2 (the side of sign w).  The image is {x, y > 1/2} u {x, y < 1/2} u {(1/2, 1/2)} "
                "(within (0, 1)^2), not convex.  F_1's image (0, 1)^{d_1 x n} is convex; with tanh or the leaky "
                "ReLU these dims give a convex image (a box, the plane): the statement fails for activations whose "
                "range does not contain 0 in its interior, such as the logistic function the paper names (with sigma_2 the "
                "identity, also continuous and strictly monotone, the image {w a} is two open quadrants and 0: not "
                "convex either).  This refutes the convexity sentence, not the conclusion the paper draws from it "
                "(a local optimum of (10) at full-row-rank W is global for convex l): at such W the image near F_2(W) "
                "is open in R^{1 x 2} here (the two open quadrants), so a local minimum of a convex l there is an "
                "unconstrained one")


# -- Appendix C: the condition rank(Y) <= min(d_h - d_p2, d_0 - d_p1) -------------------------------------------

#: dims and the diagonal of Y's block (rank r = its length): quick, then the rest of the full scope.
_LOW_RANK_CASES = {True: (((3, 1, 1, 3), ("1", "2")), ((4, 1, 1, 4), ("1", "2", "3"))),
                   False: (((3, 1, 1, 3), ("1", "2")), ((4, 1, 1, 4), ("1", "2", "3")), ((4, 1, 2, 4), ("1", "2")),
                           ((3, 1, 1, 2, 3), ("1", "2")), ((4, 2, 2, 4), ("1", "2")))}


def low_rank_target_point(dims, block) -> dict:
    """Theorem 12's construction with ``Y = diag(block)`` in the bottom-right corner (rows outside
    :math:`C(Z_3)`, columns outside the row space of :math:`Z_1`).

    Examples
    ========

    >>> from proofs.papers.nouiehed_razaviyayn_2018.framework import low_rank_target_point
    >>> low_rank_target_point((3, 1, 1, 3), ("1", "2"))["Y"]
    [['0', '0', '0'], ['0', '1', '0'], ['0', '0', '2']]
    """
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import narrow_pair_point

    p = narrow_pair_point(dims)
    d0, dh, r = dims[0], dims[-1], len(block)
    Y = [["0"] * d0 for _ in range(dh)]
    for t, v in enumerate(block):
        Y[dh - r + t][d0 - r + t] = v
    p["Y"] = Y
    return p


def _low_rank_premises(problem: dict) -> dict:
    from proofs.papers.nouiehed_razaviyayn_2018.checks import _theorem12_premises

    base = _theorem12_premises(problem)
    dims = problem["dims"]
    h = len(dims) - 1
    widths = [{"dim": i} for i in range(h + 1)]
    bound = {"min": [{"sum": [{"dim": h}, {"neg": {"smallest": [2, widths]}}]},
                     {"sum": [{"dim": 0}, {"neg": {"smallest": [1, widths]}}]}]}
    extra = [fact("rank Y <= min(d_h - d_p2, d_0 - d_p1)", {"rank": ["Y"]}, "<=", bound),
             fact("rank Y >= 2 (beyond the rank-one Y of the proof)", {"rank": ["Y"]}, ">=", 2)]
    return facts_certificate(base["data"], base["facts"] + extra)


def _check_low_rank_target(quick: bool) -> Outcome:
    from proofs.checks.classified import part
    from proofs.checks.classify_cache import classify_problem
    from proofs.papers.nouiehed_razaviyayn_2018.checks import _saddle_refutation

    cases = _LOW_RANK_CASES[quick]
    refutations, verdicts, orders = {}, {}, set()
    for dims, block in cases:
        problem = low_rank_target_point(dims, block)
        result = classify_problem(problem)
        verdicts[str(dims)] = result["verdict"]
        if result["verdict"] != "saddle":
            continue
        orders.add(result["certificate"]["descent"]["order"])
        premises = {"the construction, with rank Y <= min(d_h - d_p2, d_0 - d_p1)": _low_rank_premises(problem),
                    "critical": part(problem, result, assumptions=None)}
        refutations[f"dims {dims}, Y of rank {len(block)}"] = _saddle_refutation(problem, result, premises)
    scope = (f"dims {', '.join(str(d) for d, _ in cases)}: the construction of Theorem 12's proof (X = I, partial "
             "identities outside p1 < k <= p2, zero layers inside) with Y = diag(1, .., r) in the rows outside C(Z3) "
             "and the columns outside the row space of Z1, r = rank Y from 2 up to min(d_h - d_p2, d_0 - d_p1)")
    if refutations and all(v == "saddle" for v in verdicts.values()):
        first, *rest = refutations
        cert = dict(refutations[first])
        if rest:
            cert["further"] = {name: refutations[name] for name in rest}
        return Outcome("refuted", scope, cert, finding="gap", scope_kind="sampled",
                       details=f"every such point is a certified saddle (descent curves of order {sorted(orders)}, "
                               "Hessian PSD): the method does not give a local minimum for these Y.  As for Theorem "
                               "12 (a), this refutes the construction, not an existence statement; zhang-2019 "
                               "Corollary 1 says no such local minimum exists")
    return Outcome("inconclusive", scope, None, details=f"verdicts {verdicts}")


IMAGE_CELLS = (
    """from fractions import Fraction
from symbolic.checker.logistic_image import logistic_forward
from proofs.papers.nouiehed_razaviyayn_2018.framework import LOGISTIC_WITNESSES

# d = (3, 1, 1), n = 2, logistic activations; weights are coefficients of log 3, so every value is rational
dims, X, base, members, point = LOGISTIC_WITNESSES[0]
outs = [logistic_forward(X, weights, base) for weights, _ in members]
for (weights, _), out in zip(members, outs):
    print("W =", weights, "(times log 3)  ->  F_2(W) =", [str(v) for v in out[0]])
mid = [(a + b) / 2 for a, b in zip(outs[0][0], outs[1][0])]
print("midpoint:", [str(v) for v in mid], "-- signs of y - 1/2:", [(v > Fraction(1, 2)) - (v < Fraction(1, 2)) for v in mid])""",
    """import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

# the image of F_2 in (0, 1)^2: two open squares and their common corner (1/2, 1/2); the midpoint falls outside
fig, ax = plt.subplots(figsize=(4, 4))
for corner in ((0, 0), (0.5, 0.5)):
    ax.add_patch(Rectangle(corner, 0.5, 0.5, alpha=0.25))
ax.plot([float(v) for v in (outs[0][0][0], outs[1][0][0])], [float(v) for v in (outs[0][0][1], outs[1][0][1])], "o-")
ax.plot([float(mid[0])], [float(mid[1])], "x", markersize=10)
ax.set_xlim(0, 1); ax.set_ylim(0, 1); ax.set_xlabel("F_2(W)_1"); ax.set_ylabel("F_2(W)_2")
plt.show()""",
)


# -- Appendix C: full-rank Y (the cited results) -----------------------------------------------------------------

_FULL_RANK_DIMS = {True: ((2, 1, 1, 2), (3, 1, 1, 3)),
                   False: ((2, 1, 1, 2), (3, 1, 1, 3), (3, 2, 1, 3), (3, 1, 2, 3), (2, 1, 1, 1, 2))}


def _check_full_rank_target(quick: bool) -> Outcome:
    from proofs.checks.classified import no_spurious_outcome, part
    from proofs.papers.nouiehed_razaviyayn_2018.checks import _any_data_points

    dims_list = _FULL_RANK_DIMS[quick]
    points = [(n, p, r) for n, p, r in _any_data_points(dims_list) if "X = I, Y with distinct singular values" in n]
    parts = {name: part(p, r, assumptions=None, verdict_in=["global_min", "saddle"]) for name, p, r in points}
    data = {}
    for _, p, _ in points:
        data.setdefault(str(p["dims"]), p["Y"])
    ranks = {f"dims {d}: Y has full rank": facts_certificate({"Y": Y}, [
        fact("rank Y = min(d_h, d_0)", {"rank": ["Y"]}, "==", {"min": [{"rows": "Y"}, {"cols": "Y"}]})])
        for d, Y in data.items()}
    regime = {f"dims {d}: d_(p2*) < min(d_h, d_0)": facts_certificate({"dims": list(d)}, [fact(
        "d_(p2*) < min(d_h, d_0): the regime of Theorem 12's first part",
        {"smallest": [2, [{"dim": i} for i in range(len(d))]]}, "<", {"min": [{"dim": 0}, {"dim": len(d) - 1}]})])
        for d in dims_list}
    scope = (f"{len(points)} exact critical points on dims {', '.join(map(str, dims_list))} (all with "
             "d_(p2*) < min(d_h, d_0)), X = I, Y of full rank with distinct singular values (5, 3, 2): the points "
             "W_L...W_1 = U_S U_S^T Y for every subset S fitting the widths, and the zero tuple; not every critical "
             "point of these networks")
    outcome = no_spurious_outcome(parts, scope)
    if outcome.status != "confirmed":
        return outcome
    cert = {"kind": "bundle", "parts": {"every critical point found is a global minimum or a saddle": outcome.certificate,
                                        **regime, **ranks}}
    return Outcome("confirmed", outcome.scope, cert, details=outcome.details, scope_kind="sampled")
