r"""Zhou and Liang (2018): the remarks around Theorem 1, Propositions 2, 3 and 5, and the cone reduction (9).

Main results
------------
* ``critical_of_zero_l1_form`` -- the remark after Theorem 1: :math:`L_1 = 0` satisfies (3), and
  :math:`(C^{-1}V^TU^TYX^+, UVC)` is critical for every invertible :math:`C` and block :math:`V`.
* ``first_layer_full_rank_of_global_min_of_baldi_hornik`` -- the remark after Proposition 2: in case 1
  :math:`A_2` has full rank, and so has :math:`A_1` under Baldi-Hornik's assumptions.
* ``global_min_rank_deficient_of_case2`` -- the remark after Proposition 2: in case 2 a global minimizer can have
  :math:`A_2` (and :math:`A_1`) of deficient rank, capturing every positive eigenvalue.
* ``no_local_max_of_nonzero_output`` -- after Proposition 3: no local (or global) maximizer in
  :math:`\mathcal{X} = \{A_2A_1X \ne 0\}`.
* ``full_rank_layers_of_deep_global_min_of_square_invertible`` -- the remark after Proposition 5: with
  invertible data and square layers, every global minimizer has full-rank layers.
* ``relu_loss_eq_linear_piece_in_cone`` -- eq. (9): in :math:`K_{I\times J}`, :math:`L_N` is the shallow linear
  loss of :math:`((A_2)_{:,I}, (A_1)_{I,:})` on :math:`(X_{:,J}, Y_{:,J})` plus :math:`\tfrac12\lVert
  Y_{:,J^c}\rVert^2`.

References
----------
* ``zhou-liang-2018``, "Theorem 1" (the remark after it on :math:`L_1 = 0`).
* ``zhou-liang-2018``, "Proposition 2" (the remark after it).
* ``zhou-liang-2018``, "Proposition 3" (the consequences after it).
* ``zhou-liang-2018``, "Proposition 5" (the remark after it).
* ``zhou-liang-2018``, "Section 4" (eq. (9)).
"""

from __future__ import annotations

import itertools
import random
from functools import lru_cache

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.exact import matrix_to_strings
from symbolic.core.pinv import pinv

from proofs.ledger.claim import Claim, Outcome, fact, facts_certificate, refutation_certificate

__all__ = ["CLAIMS", "cone_identity_certificate"]

PAPER = "zhou-liang-2018"


def _bundle(parts: dict) -> dict:
    return {"kind": "bundle", "parts": parts}


# -- the remark after Theorem 1: L1 = 0 ------------------------------------------------------------------------

_ZERO_L1_SEEDS = {True: (0, 7), False: (0, 7, 13)}


def _check_zero_l1(quick: bool) -> Outcome:
    from proofs.papers.zhou_liang_2018.constructions import form_point, instance, patterns
    from proofs.papers.zhou_liang_2018.shallow import SCOPES, certificate_of

    parts, bad = {}, []
    for name, d1 in SCOPES[quick]:
        X, Y, U = instance(name)
        _, pats = patterns(X, Y, d1)
        for p in pats:
            for seed in _ZERO_L1_SEEDS[quick]:
                F = form_point(X, Y, U, d1, p, seed=seed + sum(p) + d1, l1="zero")
                label = f"{name}, d1 = {d1}, p = {list(p)}, C seed {seed}"
                if not (F.is_critical() and F.satisfies_condition3()):
                    bad.append(label)
                form = certificate_of(F, with_categories=False)
                parts[label] = _bundle({
                    "L1 = 0 and C invertible": facts_certificate(
                        {"L1": form["L1"], "C0": form["C0"]},
                        [fact("L1 = 0", {"rank": ["L1"]}, "==", 0),
                         fact("C is invertible", {"rank": ["C0"]}, "==", {"rows": "C0"})]),
                    "the form (1)-(2) with (3) and criticality recomputed": form})
    scope = (f"every pattern (p_1, .., p_r; p-bar) of the instances {', '.join(f'{n} (d1 = {d})' for n, d in SCOPES[quick])}"
             f", {len(_ZERO_L1_SEEDS[quick])} seeded invertible C each: {len(parts)} points")
    if bad:
        return Outcome("refuted", scope, None, details=f"not critical or (3) fails: {bad}")
    return Outcome("confirmed", scope, _bundle(parts), scope_kind="sampled",
                   details="with L1 = 0, (3) holds and both gradient blocks vanish at every point, recomputed by the "
                           "shallow_analytical_form checker; V ranges over the block forms of each pattern in the "
                           "instance's eigenbasis (up to positive column scalings, absorbed in C)")


# -- the remark after Proposition 2: A1 full rank under Baldi-Hornik's assumptions ------------------------------

#: Instances meeting Baldi-Hornik's assumptions (d2 = d0 >= d1, X X^T and Sigma invertible), with their d1.
_BH = {True: (("distinct", 1), ("distinct", 2)), False: (("distinct", 1), ("distinct", 2), ("near_multiplicity", 1),
                                                          ("near_multiplicity", 2))}


def _bh_facts(problem: dict, which: str) -> dict:
    """``facts`` on the point's data: Baldi-Hornik's hypotheses (``which="hypotheses"``), A1 and A2 of full rank
    (``"conclusion"``) or A1 rank deficient (``"negation"``)."""
    data = {key: problem[key] for key in ("dims", "X", "Y", "weights")}
    full1 = {"min": [{"dim": 1}, {"dim": 0}]}
    facts = {
        "hypotheses": [
            fact("d2 = d0", {"dim": 2}, "==", {"dim": 0}),
            fact("d0 >= d1", {"dim": 0}, ">=", {"dim": 1}),
            fact("X X^T is invertible (rank d0)", {"rank": ["X", "X^T"]}, "==", {"dim": 0}),
            fact("Sigma = Y X^T (X X^T)^-1 X Y^T is invertible: rank Y X^T = d2", {"rank": ["Y", "X^T"]}, "==",
                 {"dim": 2}),
            fact("A1 is d1 x d0", {"rows": "W1"}, "==", {"dim": 1}),
            fact("A2 is d2 x d1", {"cols": "W2"}, "==", {"dim": 1})],
        "conclusion": [
            fact("A2 has full rank (case 1)", {"rank": ["W2"]}, "==", {"min": [{"dim": 2}, {"dim": 1}]}),
            fact("A1 has full rank", {"rank": ["W1"]}, "==", full1)],
        "negation": [fact("A1 is not of full rank", {"rank": ["W1"]}, "<", full1)]}[which]
    return facts_certificate(data, facts)


def _full_rank(rows) -> bool:
    from symbolic.core.exact import rational_matrix

    M = rational_matrix(rows)
    return M.rank() == min(M.shape)


@lru_cache(maxsize=None)
def _bh_global_points(quick: bool) -> tuple:
    from proofs.checks.classify_cache import classify_problem
    from proofs.papers.zhou_liang_2018.constructions import form_point, instance, patterns
    from proofs.papers.zhou_liang_2018.shallow import certificate_of

    out = []
    for name, d1 in _BH[quick]:
        X, Y, U = instance(name)
        _, pats = patterns(X, Y, d1)
        for p in pats:
            if sum(p) != d1 or any(p[i] < 1 for i in range(d1)):  # case 1: the top d1 eigenvalues, A2 full rank
                continue
            for mode in ("zero", "condition3"):
                try:
                    F = form_point(X, Y, U, d1, p, seed=3 + d1, l1=mode)
                except ValueError:
                    continue
                problem = {"dims": [X.shape[0], d1, Y.shape[0]], "X": matrix_to_strings(X),
                           "Y": matrix_to_strings(Y), "weights": [matrix_to_strings(F.A1), matrix_to_strings(F.A2)]}
                out.append((f"{name}, d1 = {d1}, p = {list(p)}, L1 {mode}", F, problem, classify_problem(problem),
                            certificate_of(F)))
    return tuple(out)


def _check_bh_remark(quick: bool) -> Outcome:
    from proofs.checks.classified import part

    parts, wrong = {}, []
    for label, F, problem, result, form in _bh_global_points(quick):
        if result["verdict"] != "global_min":
            wrong.append(label)
            continue
        glob = part(problem, result, assumptions=None, verdict_in=["global_min"])
        if not _full_rank(problem["weights"][0]):
            premises = {"a certified global minimizer": glob,
                        "Baldi-Hornik's assumptions": _bh_facts(problem, "hypotheses")}
            cert = refutation_certificate(premises, {"A1 is not of full rank": _bh_facts(problem, "negation")},
                                          {key: problem[key] for key in ("X", "Y", "weights")})
            return Outcome("refuted", label, cert, finding="error", scope_kind="sampled")
        parts[label] = _bundle({
            "a certified global minimizer": glob,
            "in case 1 of Proposition 2 (the form and its pattern)": form,
            "Baldi-Hornik's assumptions": _bh_facts(problem, "hypotheses"),
            "A1 and A2 of full rank": _bh_facts(problem, "conclusion")})
    scope = (f"Baldi-Hornik instances {', '.join(f'{n} (d1 = {d})' for n, d in _BH[quick])} (d2 = d0 >= d1, X X^T and "
             f"Sigma invertible): the case-1 patterns with L1 = 0 and with a seeded L1 satisfying (3), {len(parts)} "
             "certified global minimizers")
    if wrong:
        return Outcome("inconclusive", scope, None, details=f"not certified global: {wrong}")
    return Outcome("confirmed", scope, _bundle(parts), scope_kind="sampled",
                   details="at every global minimizer in scope rank A2 = rank A1 = d1; by (1), with X X^+ = I and "
                           "V^T V = I (A2 of full rank) A1 = C^{-1} V^T U^T Y X^+, whose rank is d1")


#: Case-2 witnesses: (instance, d1, pattern capturing every positive eigenvalue with rank A2 < min(d2, d1)).
_CASE2 = {True: (("zero_eigenvalue", 3, (1, 1, 0)),),
          False: (("zero_eigenvalue", 3, (1, 1, 0)), ("rank_deficient_y", 3, (2, 0)))}


def _case2_facts(problem: dict, a1_deficient: bool) -> dict:
    X, Y = problem["X"], problem["Y"]
    A1, A2 = problem["weights"]
    a1 = fact("A1 is not of full rank", {"rank": ["A1"]}, "<", {"min": [{"rows": "A1"}, {"cols": "A1"}]})
    return facts_certificate({"X": X, "Y": Y, "A1": A1, "A2": A2}, [
        fact("case 2: min(d2, d1) > sum m_i = rank Sigma = rank Y X^T", {"min": [{"rows": "A2"}, {"cols": "A2"}]}, ">",
             {"rank": ["Y", "X^T"]}),
        fact("rank A2 = sum m_i (every positive eigenvalue captured)", {"rank": ["A2"]}, "==", {"rank": ["Y", "X^T"]}),
        fact("A2 is not of full rank", {"rank": ["A2"]}, "<", {"min": [{"rows": "A2"}, {"cols": "A2"}]}),
    ] + ([a1] if a1_deficient else []))


def _check_case2_remark(quick: bool) -> Outcome:
    from proofs.checks.classified import part
    from proofs.checks.classify_cache import classify_problem
    from proofs.papers.zhou_liang_2018.constructions import form_point, instance
    from proofs.papers.zhou_liang_2018.shallow import certificate_of

    parts, wrong = {}, []
    for name, d1, p in _CASE2[quick]:
        X, Y, U = instance(name)
        for mode in ("zero", "condition3"):
            F = form_point(X, Y, U, d1, p, seed=5, l1=mode)
            problem = {"dims": [X.shape[0], d1, Y.shape[0]], "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
                       "weights": [matrix_to_strings(F.A1), matrix_to_strings(F.A2)]}
            result = classify_problem(problem)
            label = f"{name}, d1 = {d1}, p = {list(p)}, L1 {mode}"
            if result["verdict"] != "global_min":
                wrong.append(label)
                continue
            parts[label] = _bundle({
                "a certified global minimizer": part(problem, result, assumptions=None, verdict_in=["global_min"]),
                "the form, its pattern and case 2 (spectrum recomputed)": certificate_of(F),
                ("rank A2 = sum m_i < min(d2, d1), and A1 not of full rank" if mode == "zero" else
                 "rank A2 = sum m_i < min(d2, d1)"): _case2_facts(problem, mode == "zero")})
    scope = (f"{len(parts)} global minimizers in case 2: "
             + ", ".join(f"{n} (d1 = {d}, p = {list(p)})" for n, d, p in _CASE2[quick])
             + ", with L1 = 0 and with a seeded L1 satisfying (3)")
    if wrong or not parts:
        return Outcome("inconclusive", scope, None, details=f"not certified global: {wrong}")
    return Outcome("confirmed", scope, _bundle(parts), scope_kind="sampled",
                   details="existence shown by witnesses: each is a certified global minimum whose A2 captures every "
                           "positive eigenvalue of Sigma with rank A2 = sum m_i < min(d2, d1); with L1 = 0 A1 is not of "
                           "full rank either (with the seeded L1 it is: A1 can, not must, be rank deficient)")


# -- after Proposition 3: no local maximum in the set X ----------------------------------------------------------

def _check_no_local_max(quick: bool) -> Outcome:
    from proofs.papers.zhou_liang_2018.checks import _check_item3

    item3 = _check_item3(quick)
    return Outcome(item3.status, item3.scope, item3.certificate, scope_kind="sampled",
                   details="at each listed point with A2 A1 X != 0 a certified curve of higher value (row of A2 "
                           "scaled by 1 + s eps: L(eps) - L(0) = s g eps + |a|^2 eps^2 / 2 > 0), so the point is no "
                           "local maximizer and no global one; the set X itself is not swept")


# -- the remark after Proposition 5: square layers and invertible data ------------------------------------------

_SQUARE = {True: (("distinct", 3),), False: (("distinct", 3), ("distinct", 4), ("near_multiplicity", 3))}


def _rand_invertible(n: int, rng) -> DomainMatrix:
    while True:
        M = DomainMatrix([[QQ(rng.randint(-2, 2), rng.randint(1, 2)) for _ in range(n)] for _ in range(n)], (n, n), QQ)
        if M.rank() == n:
            return M


@lru_cache(maxsize=None)
def _square_global_points(quick: bool) -> tuple:
    """Global minimizers of the deep loss with square layers: seeded invertible A_1..A_(l-1), A_l = Y X^+ (A_(l-1)
    ... A_1)^-1, classified."""
    from proofs.checks.classify_cache import classify_problem
    from proofs.papers.zhou_liang_2018.constructions import instance

    out = []
    for name, layers in _SQUARE[quick]:
        X, Y, _ = instance(name)
        d = X.shape[0]
        target = Y.matmul(pinv(X))
        for seed in range(2):
            rng = random.Random(100 * layers + seed)
            Ws = [_rand_invertible(d, rng) for _ in range(layers - 1)]
            P = Ws[0]
            for W in Ws[1:]:
                P = W.matmul(P)
            Ws.append(target.matmul(P.inv()))
            problem = {"dims": [d] * (layers + 1), "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
                       "weights": [matrix_to_strings(W) for W in Ws]}
            out.append((f"{name}, {layers} layers of width {d}, seed {seed}", problem, classify_problem(problem)))
    return tuple(out)


def _square_facts(problem: dict, which: str) -> dict:
    d = problem["dims"][0]
    L = len(problem["weights"])
    if which == "hypotheses":
        facts = [fact("d0 = d_l (square product)", {"dim": L}, "==", {"dim": 0}),
                 fact("X X^T is invertible", {"rank": ["X", "X^T"]}, "==", {"dim": 0}),
                 fact("Sigma invertible: rank Y X^T = d_l", {"rank": ["Y", "X^T"]}, "==", {"dim": L})]
        for k in range(1, L + 1):
            facts += [fact(f"d_{k} = d_0 (every layer square)", {"dim": k}, "==", {"dim": 0}),
                      fact(f"A{k} is d_{k} x d_{k - 1}", {"sum": [{"rows": f"W{k}"}, {"neg": {"dim": k}}]}, "==",
                           {"sum": [{"cols": f"W{k}"}, {"neg": {"dim": k - 1}}]})]
    else:
        facts = [fact(f"A{k} has full rank {d}", {"rank": [f"W{k}"]}, "==", d) for k in range(1, L + 1)]
    return facts_certificate({key: problem[key] for key in ("dims", "X", "Y", "weights")}, facts)


def _check_square_remark(quick: bool) -> Outcome:
    from proofs.checks.classified import part

    parts, wrong = {}, []
    for label, problem, result in _square_global_points(quick):
        if result["verdict"] != "global_min":
            wrong.append(label)
            continue
        glob = part(problem, result, assumptions=None, verdict_in=["global_min"])
        if not all(_full_rank(W) for W in problem["weights"]):
            k = next(i for i, W in enumerate(problem["weights"], start=1) if not _full_rank(W))
            premises = {"a certified global minimizer": glob,
                        "square layers, invertible X X^T and Sigma": _square_facts(problem, "hypotheses")}
            negation = facts_certificate({key: problem[key] for key in ("dims", "X", "Y", "weights")},
                                         [fact(f"A{k} is singular", {"rank": [f"W{k}"]}, "<", problem["dims"][0])])
            cert = refutation_certificate(premises, {f"A{k} is not of full rank": negation},
                                          {key: problem[key] for key in ("X", "Y", "weights")})
            return Outcome("refuted", label, cert, finding="error", scope_kind="sampled")
        parts[label] = _bundle({"a certified global minimizer": glob,
                                "square layers, invertible X X^T and Sigma": _square_facts(problem, "hypotheses"),
                                "every layer of full rank": _square_facts(problem, "conclusion")})
    scope = (f"{len(parts)} global minimizers with square layers on the invertible-data instances "
             f"{', '.join(f'{n} ({k} layers)' for n, k in _SQUARE[quick])}: seeded invertible layers and the last one "
             "solving A_(l,1) = Y X^+")
    if wrong:
        return Outcome("inconclusive", scope, None, details=f"not certified global: {wrong}")
    return Outcome("confirmed", scope, _bundle(parts), scope_kind="sampled",
                   details="with X X^T invertible and all widths equal, the product A_(l,1) is unconstrained, so a "
                           "global minimizer has A_(l,1) = Y X^+ (rank d as Sigma is invertible): every layer is "
                           "invertible.  The points are built that way; the classifier certifies each is a global "
                           "minimum, the facts checker the ranks")


# -- eq. (9): the loss in a cone ---------------------------------------------------------------------------------

_CONE_DIMS = {True: ((2, 1, 2, 2),), False: ((2, 1, 2, 2), (2, 2, 2, 2), (2, 2, 1, 3), (3, 1, 2, 3))}


def _selection(n: int, idx) -> list:
    return [[str(int(i == j)) for j in idx] for i in range(n)] if idx else None


def cone_identity_certificate(d0: int, d1: int, d2: int, m: int, I, J) -> dict:
    r"""A ``matrix_identity`` certificate of (9) on :math:`K_{I\times J}`, symbolic in every entry of
    :math:`A_1, A_2, X, Y`.

    Inside the cone :math:`\sigma(A_1X) = D_I A_1 X D_J` (:math:`D` the 0/1 diagonals).  With the selections
    :math:`S_I, S_J, S_{J^c}` the certificate states
    :math:`R = A_2 D_I A_1 X D_J - Y`, :math:`R_J = (A_2S_I)(S_I^TA_1)(XS_J) - YS_J`,
    :math:`D_I = S_IS_I^T`, :math:`D_J = S_JS_J^T`, :math:`S_JS_J^T + S_{J^c}S_{J^c}^T = I` and
    :math:`RR^T = R_JR_J^T + (YS_{J^c})(YS_{J^c})^T`, whose trace is (9).

    Examples
    ========

    >>> from proofs.papers.zhou_liang_2018.remarks import cone_identity_certificate
    >>> from symbolic.checker.bundle import verify
    >>> verify(cone_identity_certificate(2, 1, 1, 2, [0], [1]))[0]
    True
    """
    from sympy.polys.rings import ring

    names = ([f"a1_{i}{j}" for i in range(d1) for j in range(d0)] + [f"a2_{i}{j}" for i in range(d2) for j in range(d1)]
             + [f"x_{i}{j}" for i in range(d0) for j in range(m)] + [f"y_{i}{j}" for i in range(d2) for j in range(m)])
    R, *gens = ring(",".join(names), QQ)
    it = iter(gens)
    A1 = [[next(it) for _ in range(d0)] for _ in range(d1)]
    A2 = [[next(it) for _ in range(d1)] for _ in range(d2)]
    X = [[next(it) for _ in range(m)] for _ in range(d0)]
    Y = [[next(it) for _ in range(m)] for _ in range(d2)]
    n = len(names)

    def mul(A, B):
        return [[sum((A[i][k] * B[k][j] for k in range(len(B))), R.zero) for j in range(len(B[0]))]
                for i in range(len(A))]

    def js(M):
        return [[[[list(e), str(c)] for e, c in sorted(p.terms())] or [[[0] * n, "0"]] for p in row] for row in M]

    def const(rows):
        return [[[[[0] * n, v]] for v in row] for row in rows]

    Jc = [j for j in range(m) if j not in J]
    DI = [[R(int(i == j and i in I)) for j in range(d1)] for i in range(d1)]
    DJ = [[R(int(i == j and i in J)) for j in range(m)] for i in range(m)]
    Res = [[a - y for a, y in zip(ra, ry)] for ra, ry in zip(mul(mul(mul(A2, DI), A1), mul(X, DJ)), Y)]
    mats = {"A1": js(A1), "A2": js(A2), "X": js(X), "Y": js(Y), "R": js(Res),
            "DI": const([[str(int(i == j and i in I)) for j in range(d1)] for i in range(d1)]),
            "DJ": const([[str(int(i == j and i in J)) for j in range(m)] for i in range(m)]),
            "Im": const([[str(int(i == j)) for j in range(m)] for i in range(m)])}
    eqs = [{"left": [{"coefficient": "1", "factors": ["R"]}],
            "right": [{"coefficient": "1", "factors": ["A2", "DI", "A1", "X", "DJ"]},
                      {"coefficient": "-1", "factors": ["Y"]}]}]
    rr_right = []
    if I and J:
        SI, SJ = _selection(d1, I), _selection(m, J)
        mats["SI"], mats["SJ"] = const(SI), const(SJ)
        RJ = [[a - y for a, y in zip(ra, ry)]
              for ra, ry in zip(mul(mul(mul(A2, _rmat(R, SI)), mul(_rmat(R, _t(SI)), A1)), mul(X, _rmat(R, SJ))),
                                mul(Y, _rmat(R, SJ)))]
        mats["RJ"] = js(RJ)
        eqs += [{"left": [{"coefficient": "1", "factors": ["RJ"]}],
                 "right": [{"coefficient": "1", "factors": ["A2", "SI", "SI^T", "A1", "X", "SJ"]},
                           {"coefficient": "-1", "factors": ["Y", "SJ"]}]},
                {"left": [{"coefficient": "1", "factors": ["DI"]}], "right": [{"coefficient": "1", "factors": ["SI", "SI^T"]}]},
                {"left": [{"coefficient": "1", "factors": ["DJ"]}], "right": [{"coefficient": "1", "factors": ["SJ", "SJ^T"]}]}]
        rr_right.append({"coefficient": "1", "factors": ["RJ", "RJ^T"]})
    else:  # an empty I or J: no active unit, sigma(A1 X) = 0 and L_N = ||Y||^2 / 2
        eqs.append({"left": [{"coefficient": "1", "factors": ["A2", "DI", "A1", "X", "DJ"]}], "right": []})
    cover = [{"coefficient": "1", "factors": ["SJ", "SJ^T"]}] if I and J else []
    if Jc and (I and J):
        mats["SJc"] = const(_selection(m, Jc))
        cover.append({"coefficient": "1", "factors": ["SJc", "SJc^T"]})
        rr_right.append({"coefficient": "1", "factors": ["Y", "SJc", "SJc^T", "Y^T"]})
    elif not (I and J):
        rr_right.append({"coefficient": "1", "factors": ["Y", "Y^T"]})
    if I and J:
        eqs.append({"left": [{"coefficient": "1", "factors": ["Im"]}], "right": cover})
    eqs.append({"left": [{"coefficient": "1", "factors": ["R", "R^T"]}], "right": rr_right})
    return {"kind": "matrix_identity", "variables": names, "matrices": mats, "equalities": eqs, "nonzero": []}


def _rmat(R, rows):
    return [[R(int(v)) for v in row] for row in rows]


def _t(M):
    return [list(col) for col in zip(*M)]


def _subsets(n: int):
    return [list(c) for k in range(n + 1) for c in itertools.combinations(range(n), k)]


def _check_cone_identity(quick: bool) -> Outcome:
    parts = {}
    for d0, d1, d2, m in _CONE_DIMS[quick]:
        for I in _subsets(d1):
            for J in _subsets(m):
                parts[f"(d0, d1, d2, m) = {(d0, d1, d2, m)}, I = {I}, J = {J}"] = \
                    cone_identity_certificate(d0, d1, d2, m, I, J)
    dims = ", ".join(str(d) for d in _CONE_DIMS[quick])
    return Outcome("confirmed", f"every cone K_(I x J) (all I, J) of the dims (d0, d1, d2, m) = {dims}, symbolic in "
                   f"every entry of A1, A2, X and Y: {len(parts)} identities", _bundle(parts), scope_kind="all",
                   details="R R^T = R_J R_J^T + Y_(:,J^c) Y_(:,J^c)^T as polynomial matrices, R the residual with "
                           "sigma(A1 X) = D_I A1 X D_J (the cone's activation pattern), R_J the shallow residual of "
                           "((A2)_(:,I), (A1)_(I,:)) on (X_(:,J), Y_(:,J)); the trace gives (9)")


_R_CONE = ("L_N = 1/2 ||A2 sigma(A1 X) - Y||_F^2 (7); in K_(I x J) (8) the entries (A1 X)_(I, J) are >= 0 and the "
           "others < 0, so sigma(A1 X) = D_I A1 X D_J with the 0/1 diagonals D_I, D_J; the garbled last term "
           "'1/2 ||K,jC||' of (9) reads 1/2 ||Y_(:,J^c)||_F^2 (the samples outside J, predicted 0)")

CLAIMS = (
    Claim(
        id="critical_of_zero_l1_form", location="L176-L177",
        paper=PAPER, label="Theorem 1", kind="remark",
        statement=(r"Choosing $L_1 = 0$ guarantees (3), and then (1)-(2) give a critical point "
                   r"$(C^{-1}V^TU^TYX^+, UVC)$ of $L$ for any invertible $C$ and any block matrix $V$ of the form "
                   r"specified in Theorem 1."),
        source="For example, choosing Li = 0 guarantees eq. (3), in which case eqs. (1) and (2) yield a critical point",
        reading=("Sigma = Y X^+ X Y^T = U Lambda U^T, eigenvalues decreasing, zeros last; V = [diag(V_1, .., V_r, "
                 "V-bar), 0] with orthonormal columns in the eigenspaces; C invertible d1 x d1"),
        check=_check_zero_l1, recorded="confirmed",
        uses=("critical_iff_analytical_form_of_condition3",),
        notebook=f"notebooks/{PAPER}/critical_iff_analytical_form_of_condition3.ipynb",
    ),
    Claim(
        id="first_layer_full_rank_of_global_min_of_baldi_hornik", location="L210-L211",
        paper=PAPER, label="Proposition 2", kind="remark",
        statement=(r"$A_2$ must be full rank in case 1 of Proposition 2, and so is $A_1$ under the assumptions of "
                   r"Baldi and Hornik (1989): $d_2 = d_0 \ge d_1$, $XX^T$ and $\Sigma$ invertible."),
        source="Note that A2 must be full rank in the case 1, and so is A1 if we further adopt the assumptions on the network size and data matrices in",
        reading=("Baldi-Hornik's assumptions as the paper states them in Section 2: d2 = d0 >= d1, X X^T and "
                 "Y X^T (X X^T)^-1 X Y^T invertible; 'full rank' = rank min(rows, cols)"),
        check=_check_bh_remark, recorded="confirmed",
        uses=("global_min_iff_full_capture_of_pattern",),
        notebook=f"notebooks/{PAPER}/local_min_is_global_and_saddle_of_shallow.ipynb",
    ),
    Claim(
        id="global_min_rank_deficient_of_case2", location="L209-L210",
        paper=PAPER, label="Proposition 2", kind="remark",
        statement=(r"When $\min\{d_2, d_1\} > \sum_i m_i$ (case 2), $A_2$ of a global minimizer can be non-full rank "
                   r"and still capture all nonzero singular values ($\operatorname{rank} A_2 = \sum_i m_i$); so can "
                   r"$A_1$ (case 2's 'In particular')."),
        source="Otherwise, A2 of a global minimizer can be non-full rank and still captures all nonzero singular values.",
        reading=("'can be' read as existence, shown by certified witnesses; 'singular values' of Sigma = Y X^+ X Y^T "
                 "(its eigenvalues, Sigma being PSD); case 2's extracted 'A1 can be non-full rank with rank(A2) = "
                 "sum m_i' checked as printed, for A1 and for A2"),
        check=_check_case2_remark, recorded="confirmed",
        uses=("global_min_iff_full_capture_of_pattern",),
        notebook=f"notebooks/{PAPER}/local_min_is_global_and_saddle_of_shallow.ipynb",
    ),
    Claim(
        id="no_local_max_of_nonzero_output", location="L239",
        paper=PAPER, label="Proposition 3", kind="claim",
        statement=(r"There is no local (or global) maximizer of $L$ in $\mathcal{X} = \{(A_1, A_2) : A_2A_1X \ne 0\}$: "
                   r"every such point has an ascent direction (item 3)."),
        source="Hence, there does not exist any local/global maximizer in X .",
        reading="a local maximizer: L(A) <= L(A*) on a neighbourhood; an ascent curve through A* in every "
                "neighbourhood rules it out",
        check=_check_no_local_max, recorded="confirmed",
        uses=("higher_value_of_nonzero_output",),
        notebook=f"notebooks/{PAPER}/lower_value_same_rank_of_non_optimal_order.ipynb",
    ),
    Claim(
        id="full_rank_layers_of_deep_global_min_of_square_invertible", location="L319-L320",
        paper=PAPER, label="Proposition 5", kind="remark",
        statement=(r"In case 1 of Proposition 5, with $XX^T$ and $\Sigma_0$ invertible (Baldi-Hornik) and all "
                   r"parameter matrices square, every global minimizer of $L_D$ has full-rank parameter matrices."),
        source="then all global minima must correspond to full rank parameter matrices.",
        reading=("'all parameter matrices square': d_0 = d_1 = ... = d_l; invertibility of X X^T and of "
                 "Sigma_0 = Y X^T (X X^T)^-1 X Y^T as in Baldi-Hornik"),
        check=_check_square_remark, recorded="confirmed",
        uses=("global_min_iff_full_capture_of_deep_pattern",),
        notebook=f"notebooks/{PAPER}/global_min_iff_full_capture_of_deep_pattern.ipynb",
    ),
    Claim(
        id="relu_loss_eq_linear_piece_in_cone", location="L377",
        paper=PAPER, label="Section 4", kind="claim", scope_kind="all",
        statement=(r"For all $(A_2, A_1) \in K_{I\times J}$, $L_N = \frac12 \lVert (A_2)_{:,I}(A_1)_{I,:}X_{:,J} - "
                   r"Y_{:,J}\rVert_F^2 + \frac12 \lVert Y_{:,J^c}\rVert_F^2$ (9)."),
        source="the corresponding loss function LN is equivalent to",
        reading=_R_CONE,
        check=_check_cone_identity, recorded="confirmed",
        notebook=f"notebooks/{PAPER}/local_min_not_global_and_local_max_of_relu.ipynb",
    ),
)
