r"""Kawaguchi (2016): statements added for issue 21 (Conjecture 2.2 (ii), Cases I-II, "uncountably many", the range of p-bar).

Notation as in :mod:`proofs.papers.kawaguchi_2016.claims`: :math:`C = W_{H+1} \cdots W_2`,
:math:`\bar p = \operatorname{rank}(C)`, :math:`p` the narrowest hidden width, :math:`r = (W_{H+1} \cdots W_1 X - Y)^T`.
Every point is an exact critical point of :mod:`proofs.papers.kawaguchi_2016.landscape` (data satisfying Theorem
2.3's assumptions), classified and re-verified by the separate checker.

Main results
------------
* ``local_min_is_global_of_deep_baldi_hornik_conditions`` -- Conjecture 2.2 (ii): with Proposition 2.1's conditions
  and :math:`H \ge 2`, every critical point found is a global minimum or a saddle.
* ``residual_zero_and_global_of_psd_hessian_case_one`` -- Case I of the proof of Theorem 2.3 (ii):
  :math:`\operatorname{rank}(W_H \cdots W_2) = p`, :math:`d_y \le p`, PSD Hessian: :math:`Xr = 0` and a global minimum.
* ``rank_c_eq_p_and_global_of_psd_hessian_case_two`` -- Case II: :math:`\operatorname{rank}(W_H \cdots W_2) = p`,
  :math:`d_y > p`, PSD Hessian: Lemma 4.6's condition, :math:`\bar p = p` and a global minimum.
* ``hessian_indefinite_on_uncountable_set_of_full_rank_data`` -- the proof sketch of Theorem 2.3 (i): a
  one-parameter family of distinct points with an indefinite Hessian.
* ``local_min_uncountable_of_squared_loss`` -- "the number of local minima [...] can be uncountable": a
  one-parameter family of distinct global minima.
* ``pbar_mem_one_to_min_of_rank_c`` -- :math:`\bar p = \operatorname{rank}(C) \in \{1, \dots, \min(d_y, p)\}` as
  printed: refuted, a misprint (:math:`\bar p = 0` at the zero tuple, where Lemma 4.6 applies).
* ``pbar_mem_zero_to_min_of_rank_c`` -- the corrected range :math:`\{0, \dots, \min(d_y, p)\}`, both ends attained.

References
----------
* ``kawaguchi-2016``, "Conjecture 2.2" (part (ii)).
* ``kawaguchi-2016``, "Theorem 2.3" (the proof sketches of (i) and (ii), Section 4.3).
* ``kawaguchi-2016``, "Lemma 4.6" (the definition of :math:`\bar p` before it).
"""

from __future__ import annotations

from dataclasses import replace

from proofs.checks.classified import no_spurious_outcome, part
from proofs.ledger.claim import Claim, Outcome, fact, facts_certificate, refutation_certificate
from proofs.papers.kawaguchi_2016.landscape import classified

__all__ = ["CLAIMS", "orbit_family_certificate", "residual_zero_certificate"]


def _const(c) -> list:
    return [[[0], str(c)]] if str(c) != "0" else []


def _top_c(problem) -> list:
    """The names W_(H+1), ..., W_2 for a facts ``rank`` (the product C, left to right)."""
    L = len(problem["dims"]) - 1
    return [f"W{k}" for k in range(L, 1, -1)]


def _p(dims):
    return {"min": [{"dim": k} for k in range(1, len(dims) - 1)]}


# -- Conjecture 2.2 (ii) ---------------------------------------------------------------------------------------

_CONJ_DIMS = {True: ((2, 1, 2, 2), (2, 2, 1, 2)), False: ((2, 1, 2, 2), (2, 2, 1, 2), (2, 1, 2, 2, 2))}


def _check_conjecture22_ii(quick: bool) -> Outcome:
    parts, conditions = {}, {}
    for dims in _CONJ_DIMS[quick]:
        conditions[f"{dims}: Proposition 2.1's conditions except H = 1"] = facts_certificate({"dims": list(dims)}, [
            fact("H >= 2", len(dims) - 2, ">=", 2), fact("d_y = d_x", {"dim": len(dims) - 1}, "==", {"dim": 0}),
            fact("p < d_x", _p(dims), "<", {"dim": 0}), fact("p < d_y", _p(dims), "<", {"dim": len(dims) - 1})])
        for label, problem, result, _ in classified(dims):
            parts[f"{dims} {label}"] = part(problem, result, verdict_in=["global_min", "saddle"])
    scope = (f"every critical point built on dims {', '.join(map(str, _CONJ_DIMS[quick]))} (H >= 2, p < d_x = d_y, "
             "X = I, Y invertible with distinct singular values: XX^T, XY^T invertible, Sigma with distinct "
             "eigenvalues, recomputed): the family U_S U_S^T Y, the zero tuple, two zero layers with seeded others; "
             "not every critical point")
    outcome = no_spurious_outcome(parts, scope)
    if outcome.status != "confirmed":
        return outcome
    cert = {"kind": "bundle", "parts": {**conditions, **outcome.certificate["parts"]}}
    return replace(outcome, certificate=cert, scope_kind="sampled")


# -- Cases I and II ----------------------------------------------------------------------------------------------

def residual_zero_certificate(problem) -> dict:
    """:math:`(W_{H+1} \\cdots W_1 X) X^T = Y X^T`, i.e. :math:`Xr = 0` (constant matrices, expanded by the checker)."""
    L = len(problem["dims"]) - 1

    def const(rows):
        return [[[[[], c]] if c != "0" else [] for c in row] for row in rows]

    mats = {f"W{k}": const(W) for k, W in enumerate(problem["weights"], 1)}
    mats["X"], mats["Y"] = const(problem["X"]), const(problem["Y"])
    left = [{"coefficient": "1", "factors": [f"W{k}" for k in range(L, 0, -1)] + ["X", "X^T"]}]
    right = [{"coefficient": "1", "factors": ["Y", "X^T"]}]
    return {"kind": "matrix_identity", "variables": [], "matrices": mats,
            "equalities": [{"left": left, "right": right}], "nonzero": []}


def _psd_points(dims_list, keep):
    for dims in dims_list:
        p = min(dims[1:-1])
        for label, problem, result, mrank in classified(dims):
            inertia = result.get("hessian_inertia") or {}
            if result["verdict"] == "not_critical" or not inertia or inertia.get("negative", 0) != 0:
                continue
            if mrank == p and keep(dims, p):
                yield dims, p, label, problem, result


#: Case I covers d_y = p ((2, 2, 2), ...) and d_y < p ((2, 2, 1), ...), the two sub-cases of the sketch.
_CASE_DIMS = {"I": {True: ((2, 2, 2), (2, 2, 1), (2, 2, 2, 2)),
                    False: ((2, 2, 2), (2, 2, 1), (3, 2, 1), (3, 2, 2), (2, 2, 2, 2), (2, 2, 2, 1), (3, 2, 2, 2))},
              "II": {True: ((2, 1, 2), (2, 1, 2, 2)), False: ((2, 1, 2), (2, 1, 2, 2), (2, 2, 1, 2), (2, 1, 2, 2, 2))}}


def _check_case(case: str, quick: bool) -> Outcome:
    from proofs.papers.kawaguchi_2016.necessary_conditions import separating_value

    dims_list = _CASE_DIMS[case][quick]
    keep = (lambda d, p: d[-1] <= p) if case == "I" else (lambda d, p: d[-1] > p)
    parts, bad = {}, []
    for dims, p, label, problem, result in _psd_points(dims_list, keep):
        name = f"{dims} {label}"
        hyp = part(problem, result, semidefinite="psd", middle_rank=p, verdict_in=["global_min"])
        if result["verdict"] != "global_min":
            bad.append(name)
            continue
        facts = [fact(f"Case {case}: d_y {'<=' if case == 'I' else '>'} p", {"dim": len(dims) - 1},
                      "<=" if case == "I" else ">", _p(dims))]
        if case == "II":
            facts.append(fact("p-bar = rank(C) = p", {"rank": _top_c(problem)}, "==", _p(dims)))
        conclusion = {"Case hypothesis" + (" and rank(C) = p" if case == "II" else ""):
                      facts_certificate({"dims": list(dims), "weights": problem["weights"]}, facts)}
        if case == "I":
            conclusion["X r = 0"] = residual_zero_certificate(problem)
        else:
            cond = {"kind": "kawaguchi_conditions", "lemma": "4.6", "holds": True,
                    "problem": {k: problem[k] for k in ("dims", "X", "Y", "weights")},
                    "z": separating_value(problem, p)}
            conclusion["Lemma 4.6: C (C^T C)^- C^T = U_pbar U_pbar^T or X r = 0"] = cond
        parts[name] = {"kind": "bundle", "parts": {"critical, PSD Hessian, rank(W_H...W_2) = p: a global minimum": hyp,
                                                   **conclusion}}
    what = "d_y <= p" if case == "I" else "d_y > p"
    scope = (f"every critical point built on dims {', '.join(map(str, dims_list))} ({what}) with rank(W_H...W_2) = p and "
             f"a PSD Hessian (inertia recomputed by the checker): {len(parts) + len(bad)} points; not every critical "
             "point")
    if bad:
        return Outcome("refuted", scope, None, details=f"PSD points that are not global minima: {bad}")
    if not parts:
        return Outcome("inconclusive", scope, None, details="no point of Case " + case)
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="sampled",
                   details=("each is a certified global minimum with X r = 0 (the necessary condition the case derives)"
                            if case == "I" else
                            "each satisfies Lemma 4.6's alternative (recomputed), has rank(C) = p (Lemma 4.4, k = H+1) "
                            "and is a certified global minimum"))


# -- "uncountably many": orbits of one point --------------------------------------------------------------------

def orbit_family_certificate(problem, k: int = 1, i: int = 0, j: int = 1) -> dict:
    r"""The family :math:`W_k(t) = G(t) W_k`, :math:`W_{k+1}(t) = W_{k+1} G(t)^{-1}`, :math:`G(t) = I + t E_{ij}`,
    :math:`G(t)^{-1} = I - t E_{ij}` (``matrix_identity`` in :math:`t`): :math:`G^{-1} G = I`, so the loss is invariant
    (:math:`\bar L(g_t \cdot W) = \bar L(W)` for all :math:`W`, and the Hessian at :math:`g_t \cdot W` is congruent to
    the one at :math:`W`); the product is unchanged; and :math:`E_{ij} W_k \ne 0`, so distinct :math:`t` give
    distinct points.

    Examples
    ========

    >>> from proofs.papers.kawaguchi_2016.statements import orbit_family_certificate
    >>> from symbolic.checker.bundle import verify
    >>> point = {"dims": [1, 2, 1], "weights": [[["1"], ["2"]], [["3", "0"]]]}
    >>> verify(orbit_family_certificate(point, 1, 0, 1))
    (True, '3 equalities hold; 1 matrices nonzero')
    """
    d = problem["dims"][k]
    Wk, Wk1 = problem["weights"][k - 1], problem["weights"][k]
    t = [[[1], "1"]]

    def const(rows):
        return [[_const(c) for c in row] for row in rows]

    G = [[(_const(1) if a == b else []) + (t if (a, b) == (i, j) else []) for b in range(d)] for a in range(d)]
    Ginv = [[(_const(1) if a == b else []) + ([[[1], "-1"]] if (a, b) == (i, j) else []) for b in range(d)]
            for a in range(d)]
    shift = [[_const(Wk[j][c]) if a == i else [] for c in range(len(Wk[0]))] for a in range(d)]
    mats = {"G": G, "Ginv": Ginv, "I": [[_const(int(a == b)) for b in range(d)] for a in range(d)],
            "Wk": const(Wk), "Wk1": const(Wk1), "Shift": shift,
            "E": [[_const(int((a, b) == (i, j))) for b in range(d)] for a in range(d)]}
    eqs = [{"left": [{"coefficient": "1", "factors": ["Ginv", "G"]}], "right": [{"coefficient": "1", "factors": ["I"]}]},
           {"left": [{"coefficient": "1", "factors": ["Wk1", "Ginv", "G", "Wk"]}],
            "right": [{"coefficient": "1", "factors": ["Wk1", "Wk"]}]},
           {"left": [{"coefficient": "1", "factors": ["E", "Wk"]}], "right": [{"coefficient": "1", "factors": ["Shift"]}]}]
    return {"kind": "matrix_identity", "variables": ["t"], "matrices": mats, "equalities": eqs, "nonzero": ["Shift"]}


def _orbit_witness(dims, want):
    """A classified point of ``dims`` (``want``: 'indefinite' or 'global_min') with a hidden layer k and (i, j) such
    that E_ij W_k != 0 (so its orbit family is injective)."""
    for label, problem, result, _ in classified(dims):
        inertia = result.get("hessian_inertia") or {}
        ok = (inertia.get("positive", 0) > 0 and inertia.get("negative", 0) > 0) if want == "indefinite" \
            else result["verdict"] == "global_min"
        if not ok:
            continue
        for k in range(1, len(dims) - 1):
            Wk = problem["weights"][k - 1]
            if dims[k] < 2:
                continue
            for j in range(dims[k]):
                if any(c != "0" for c in Wk[j]):
                    return label, problem, result, k, (1 if j == 0 else 0), j
    return None


_ORBIT_DIMS = {True: ((2, 2, 2), (2, 2, 2, 2)), False: ((2, 2, 2), (3, 2, 2), (2, 2, 2, 2), (3, 2, 3, 2))}


def _check_orbit(want: str, quick: bool) -> Outcome:
    parts, missing = {}, []
    for dims in _ORBIT_DIMS[quick]:
        found = _orbit_witness(dims, want)
        if found is None:
            missing.append(dims)
            continue
        label, problem, result, k, i, j = found
        expect = {"indefinite": True} if want == "indefinite" else {"verdict_in": ["global_min"]}
        parts[f"{dims} {label}"] = {"kind": "bundle", "parts": {
            "the point (Theorem 2.3's assumptions)": part(problem, result, **expect),
            f"the family G(t) = I + t E_({i + 1},{j + 1}) on layer {k}": orbit_family_certificate(problem, k, i, j)}}
    what = "an indefinite Hessian" if want == "indefinite" else "a global minimum"
    scope = (f"dims {', '.join(map(str, _ORBIT_DIMS[quick]))}: one exact point with {what} each, and its one-parameter "
             "family g_t . W (every t in R, certified symbolically in t; the base points and data are the listed ones)")
    if missing:
        return Outcome("inconclusive", scope, None, details=f"no witness on {missing}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="sampled",
                   details=("L(g_t . W) = L(W) for every W (G(t)^{-1} G(t) = I), so the Hessian at g_t . W0 is "
                            "J_t^T H(W0) J_t with J_t the invertible linear map W -> g_t . W: same inertia (Sylvester). "
                            "E_ij W_k != 0 makes t -> g_t . W0 injective: a continuum of distinct points with "
                            + ("an indefinite Hessian" if want == "indefinite" else
                               "the optimal value, all global (hence local) minima")))


# -- the range of p-bar ------------------------------------------------------------------------------------------

def _zero_tuple(dims=(2, 2, 2, 2)):
    for label, problem, result, _ in classified(dims):
        if label == "zero tuple":
            return problem, result
    raise ValueError(f"no zero tuple for dims {dims}")


def _check_pbar_printed(quick: bool) -> Outcome:
    problem, result = _zero_tuple()
    dims = problem["dims"]
    premise = part(problem, result, semidefinite="psd")
    negation = facts_certificate({"dims": dims, "weights": problem["weights"]}, [
        fact("p-bar = rank(W3 W2) = 0", {"rank": _top_c(problem)}, "==", 0),
        fact("0 < 1: p-bar is not in {1, ..., min(d_y, p)}", {"rank": _top_c(problem)}, "<", 1)])
    cert = refutation_certificate({"a critical point with a PSD Hessian (Lemma 4.6's hypothesis), Theorem 2.3's "
                                   "assumptions": premise},
                                  {"rank(C) = 0": negation}, {"weights": problem["weights"]})
    return Outcome("refuted", "exact witness: the zero tuple of dims (2, 2, 2, 2) (H = 2), X = I, Y with distinct "
                   "singular values", cert, finding="misprint", corrected_by="pbar_mem_zero_to_min_of_rank_c",
                   scope_kind="sampled",
                   details="the zero tuple is critical with a zero (so PSD) Hessian, so Lemma 4.6 speaks of it, and "
                           "C = W3 W2 = 0 has rank 0; there Lemma 4.6 holds with p-bar = 0 (C (C^T C)^- C^T = 0 = "
                           "U_0 U_0^T, the empty projector), so the range should start at 0")


_PBAR_DIMS = {True: ((2, 1, 2), (2, 2, 2, 2)), False: ((2, 2, 2), (2, 1, 2), (3, 2, 2), (2, 2, 2, 2), (2, 1, 2, 2))}


def _check_pbar_corrected(quick: bool) -> Outcome:
    parts, low, high = {}, 0, 0
    for dims in _PBAR_DIMS[quick]:
        L = len(dims) - 1
        bound = {"min": [{"dim": L}, _p(dims)]}
        for label, problem, result, _ in classified(dims):
            if result["verdict"] == "not_critical":
                continue
            rc = {"rank": _top_c(problem)} if L >= 2 else None
            if rc is None:
                continue
            facts = [fact("rank(C) >= 0", rc, ">=", 0), fact("rank(C) <= min(d_y, p)", rc, "<=", bound)]
            parts[f"{dims} {label}"] = {"kind": "bundle", "parts": {
                "critical": part(problem, result, assumptions=None),
                "0 <= p-bar <= min(d_y, p)": facts_certificate({"dims": list(dims), "weights": problem["weights"]},
                                                                facts)}}
            from symbolic.checker.premises import verify_facts
            low += verify_facts(facts_certificate({"dims": list(dims), "weights": problem["weights"]},
                                                  [fact("", rc, "==", 0)]))[0]
            high += verify_facts(facts_certificate({"dims": list(dims), "weights": problem["weights"]},
                                                   [fact("", rc, "==", bound)]))[0]
    scope = (f"{len(parts)} critical points built on dims {', '.join(map(str, _PBAR_DIMS[quick]))}: p-bar = 0 at "
             f"{low}, p-bar = min(d_y, p) at {high}")
    if not low or not high:
        return Outcome("inconclusive", scope, None, details="an end of the range is not attained in scope")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="sampled",
                   details="rank(C) <= min(d_y, p) holds at every W (C = W_(H+1)...W_2 factors through every hidden "
                           "layer but the first, and has d_y rows); both ends are attained at critical points")


_LANDSCAPE_NB = "notebooks/kawaguchi-2016/local_min_is_global_of_full_rank_data.ipynb"

CLAIMS = (
    Claim(
        id="local_min_is_global_of_deep_baldi_hornik_conditions",
        location="L103-L110",
        paper="kawaguchi-2016",
        label="Conjecture 2.2",
        kind="conjecture",
        statement=(r"Assume $XX^T$ and $XY^T$ invertible, $\Sigma$ with $d_y$ distinct eigenvalues, $p < d_x$, "
                   r"$p < d_y$, $d_y = d_x$, and $H \ge 2$. Then (ii) every local minimum of $\bar L$ is a global "
                   r"minimum."),
        source=("Conjecture 2.2 (Baldi & Hornik, 1989: deep linear network) Assume the same set of conditions as "
                "[...] (ii) Every local minimum is a global minimum."),
        reading="Checked as: every critical point built is a certified global minimum or saddle (no local minimum "
                "that is not global); Theorem 2.3 (ii) implies the conjecture, as the paper says.",
        check=_check_conjecture22_ii,
        recorded="confirmed",
        scope_kind="sampled",
        uses=("local_min_is_global_of_full_rank_data",),
        notebook=_LANDSCAPE_NB,
    ),
    Claim(
        id="residual_zero_and_global_of_psd_hessian_case_one",
        location="L498-L502",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        kind="claim",
        statement=(r"Case I of the proof of Theorem 2.3 (ii): at a critical point with "
                   r"$\operatorname{rank}(W_H \cdots W_2) = p$, $d_y \le p$ and a positive semidefinite Hessian, "
                   r"$Xr = 0$, and the point is a global minimum."),
        source=("Case I: rank(WH ∙ ∙ ∙ W2 ) = p and dy ≤ p: [...] Interpreting condition Xr = 0, we conclude that W "
                "achieving Xr = 0 is indeed a global minimum."),
        reading="The PSD Hessian is the necessary condition of a local minimum the case uses; H = 1 reads "
                "W_H...W_2 as the identity of the hidden layer.",
        check=lambda quick: _check_case("I", quick),
        recorded="confirmed",
        uses=("rank_ge_or_residual_zero_of_semidefinite_hessian", "projector_eq_top_eigenvectors_or_residual_zero_of_psd_hessian"),
        notebook=_LANDSCAPE_NB,
    ),
    Claim(
        id="rank_c_eq_p_and_global_of_psd_hessian_case_two",
        location="L503",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        kind="claim",
        statement=(r"Case II: at a critical point with $\operatorname{rank}(W_H \cdots W_2) = p$, $d_y > p$ and a "
                   r"positive semidefinite Hessian, $C(C^TC)^- C^T = U_{\bar p} U_{\bar p}^T$ or $Xr = 0$, "
                   r"$\bar p = \operatorname{rank}(C) = p$, and the point is a global minimum."),
        source=("Case II: rank(WH ∙ ∙ ∙ W2 ) = p and dy > p: From Lemma 4.6, we have the necessary condition that "
                "C(C T C)− C T = UpˉUpˉT or Xr = 0."),
        reading="The garbled 'pˉ , rank(C) = p' is read as p-bar := rank(C) = p.",
        check=lambda quick: _check_case("II", quick),
        recorded="confirmed",
        uses=("projector_eq_top_eigenvectors_or_residual_zero_of_psd_hessian",
              "range_subset_or_residual_zero_of_semidefinite_hessian"),
        notebook=_LANDSCAPE_NB,
    ),
    Claim(
        id="hessian_indefinite_on_uncountable_set_of_full_rank_data",
        location="L541",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        kind="claim",
        statement=(r"Under Theorem 2.3's assumptions the domain contains uncountably many points at which the Hessian "
                   r"of $\bar L$ is indefinite: for a point $W$ with an indefinite Hessian, the points "
                   r"$W_k(t) = (I + tE_{ij}) W_k$, $W_{k+1}(t) = W_{k+1}(I - tE_{ij})$, $t \in \mathbb{R}$, are "
                   r"distinct and all have an indefinite Hessian."),
        source="Indeed, the domain contains uncountably many points at which the",
        reading="Witnessed by a one-parameter orbit of the symmetry W_k -> G W_k, W_(k+1) -> W_(k+1) G^{-1}.",
        check=lambda quick: _check_orbit("indefinite", quick),
        recorded="confirmed",
        uses=("not_convex_not_concave_of_full_rank_data",),
        notebook=_LANDSCAPE_NB,
    ),
    Claim(
        id="local_min_uncountable_of_squared_loss",
        location="L335",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        kind="remark",
        statement=(r"Without a spherical constraint, $\bar L$ can have uncountably many local minima: for a global "
                   r"minimum $W$, the points $W_k(t) = (I + tE_{ij}) W_k$, $W_{k+1}(t) = W_{k+1}(I - tE_{ij})$, "
                   r"$t \in \mathbb{R}$, are distinct global (so local) minima."),
        source="assumption (A7p), the number of local minima in our loss function can be uncountable.",
        reading=("'Local minima' counted as points of the parameter space (a continuum of distinct minimizers). The "
                 "sentence opens Section 4, about the loss the paper studies; checked on Theorem 2.3's loss and data."),
        check=lambda quick: _check_orbit("global_min", quick),
        recorded="confirmed",
        uses=("local_min_is_global_of_full_rank_data",),
        notebook=_LANDSCAPE_NB,
    ),
    Claim(
        id="pbar_mem_one_to_min_of_rank_c",
        location="L378-L379",
        paper="kawaguchi-2016",
        label="Lemma 4.6",
        kind="claim",
        statement=r"$\bar p = \operatorname{rank}(C) \in \{1, \dots, \min(d_y, p)\}$ (as printed, before Lemma 4.6).",
        source="Let pˉ = rank(C) ∈ {1, . . . , min(dy , p)}.",
        reading=r"Read as a statement about every point where $\bar p$ is used: the critical points with a PSD Hessian "
                r"of Lemma 4.6.",
        check=_check_pbar_printed,
        recorded="refuted", recorded_finding="misprint",
        uses=("projector_eq_top_eigenvectors_or_residual_zero_of_psd_hessian",),
        notebook=_LANDSCAPE_NB,
    ),
    Claim(
        id="pbar_mem_zero_to_min_of_rank_c",
        location="L378-L379",
        paper="kawaguchi-2016",
        label="Lemma 4.6",
        kind="claim",
        statement=(r"$\bar p = \operatorname{rank}(C) \in \{0, 1, \dots, \min(d_y, p)\}$, both ends attained at critical "
                   r"points (the corrected range; $U_0 U_0^T = 0$)."),
        source="Let pˉ = rank(C) ∈ {1, . . . , min(dy , p)}.",
        check=_check_pbar_corrected,
        recorded="confirmed",
        scope_kind="sampled",
        notebook=_LANDSCAPE_NB,
    ),
)
