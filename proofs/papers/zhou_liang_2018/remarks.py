r"""Zhou and Liang (2018): the remarks around Theorem 1, Propositions 2, 3 and 5, and the cone reduction (9).

Main results
------------
* ``critical_of_zero_l1_form`` -- the remark after Theorem 1: :math:`L_1 = 0` satisfies (3), and
  :math:`(C^{-1}V^TU^TYX^+, UVC)` is critical for every invertible :math:`C` and block :math:`V`.
* ``first_layer_full_rank_of_global_min_of_baldi_hornik`` -- the remark after Proposition 2: in case 1
  :math:`A_2` has full rank, and so has :math:`A_1` under Baldi-Hornik's assumptions.
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

from proofs.ledger.claim import Claim, Outcome, fact, facts_certificate

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


def _bh_facts(X, Y, A1, A2, d1: int) -> dict:
    data = {"X": X, "Y": Y, "A1": A1, "A2": A2, "dims": [len(X), d1, len(Y)]}
    return facts_certificate(data, [
        fact("d2 = d0", {"dim": 2}, "==", {"dim": 0}),
        fact("d0 >= d1", {"dim": 0}, ">=", {"dim": 1}),
        fact("X X^T is invertible (rank d0)", {"rank": ["X", "X^T"]}, "==", {"dim": 0}),
        fact("Sigma = Y X^T (X X^T)^-1 X Y^T is invertible: rank Y X^T = d2", {"rank": ["Y", "X^T"]}, "==", {"dim": 2}),
        fact("A1 is d1 x d0", {"rows": "A1"}, "==", {"dim": 1}),
        fact("A2 is d2 x d1", {"cols": "A2"}, "==", {"dim": 1}),
        fact("A2 has full rank (case 1)", {"rank": ["A2"]}, "==", {"min": [{"dim": 2}, {"dim": 1}]}),
        fact("A1 has full rank", {"rank": ["A1"]}, "==", {"min": [{"dim": 1}, {"dim": 0}]}),
    ])


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
        X, Y = problem["X"], problem["Y"]
        A1, A2 = problem["weights"]
        parts[label] = _bundle({
            "a certified global minimizer": part(problem, result, assumptions=None, verdict_in=["global_min"]),
            "in case 1 of Proposition 2 (the form and its pattern)": form,
            "Baldi-Hornik's assumptions, and A1, A2 of full rank": _bh_facts(X, Y, A1, A2, len(A1))})
    scope = (f"Baldi-Hornik instances {', '.join(f'{n} (d1 = {d})' for n, d in _BH[quick])} (d2 = d0 >= d1, X X^T and "
             f"Sigma invertible): the case-1 patterns with L1 = 0 and with a seeded L1 satisfying (3), {len(parts)} "
             "certified global minimizers")
    if wrong:
        return Outcome("inconclusive", scope, None, details=f"not certified global: {wrong}")
    return Outcome("confirmed", scope, _bundle(parts), scope_kind="sampled",
                   details="at every global minimizer in scope rank A2 = rank A1 = d1; by (1), with X X^+ = I and "
                           "V^T V = I (A2 of full rank) A1 = C^{-1} V^T U^T Y X^+, whose rank is d1")


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


def _square_facts(problem: dict) -> dict:
    d = problem["dims"][0]
    L = len(problem["weights"])
    facts = [fact("d0 = d_l (square product)", {"dim": L}, "==", {"dim": 0}),
             fact("X X^T is invertible", {"rank": ["X", "X^T"]}, "==", {"dim": 0}),
             fact("Sigma invertible: rank Y X^T = d_l", {"rank": ["Y", "X^T"]}, "==", {"dim": L})]
    for k in range(1, L + 1):
        facts += [fact(f"A{k} is square", {"rows": f"W{k}"}, "==", {"cols": f"W{k}"}),
                  fact(f"A{k} has full rank {d}", {"rank": [f"W{k}"]}, "==", d)]
    return facts_certificate({key: problem[key] for key in ("dims", "X", "Y", "weights")}, facts)


def _check_square_remark(quick: bool) -> Outcome:
    from proofs.checks.classified import part

    parts, wrong = {}, []
    for label, problem, result in _square_global_points(quick):
        if result["verdict"] != "global_min":
            wrong.append(label)
            continue
        parts[label] = _bundle({"a certified global minimizer": part(problem, result, assumptions=None,
                                                                      verdict_in=["global_min"]),
                                "square layers, invertible X X^T and Sigma; every layer of full rank":
                                    _square_facts(problem)})
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
        # location: L176-L178
        id="critical_of_zero_l1_form",
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
        # location: L210-L212
        id="first_layer_full_rank_of_global_min_of_baldi_hornik",
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
        # location: L238-L239
        id="no_local_max_of_nonzero_output",
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
        # location: L318-L320
        id="full_rank_layers_of_deep_global_min_of_square_invertible",
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
        # location: L376-L380
        id="relu_loss_eq_linear_piece_in_cone",
        paper=PAPER, label="Section 4", kind="claim", scope_kind="all",
        statement=(r"For all $(A_2, A_1) \in K_{I\times J}$, $L_N = \frac12 \lVert (A_2)_{:,I}(A_1)_{I,:}X_{:,J} - "
                   r"Y_{:,J}\rVert_F^2 + \frac12 \lVert Y_{:,J^c}\rVert_F^2$ (9)."),
        source="the corresponding loss function LN is equivalent to",
        reading=_R_CONE,
        check=_check_cone_identity, recorded="confirmed",
        notebook=f"notebooks/{PAPER}/local_min_not_global_and_local_max_of_relu.ipynb",
    ),
)
