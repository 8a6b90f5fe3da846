r"""Kawaguchi (2016): the reduction that opens Case III of the proof of Theorem 2.3 (ii) (issue 21).

Main results
------------
* ``global_min_of_psd_hessian_case_three_full_rank_c`` -- "if :math:`\operatorname{rank}(C) \ge \min(p, d_y)`,
  every local minimum is a global minimum" in Case III (:math:`\operatorname{rank}(W_H \cdots W_2) < p`): at
  critical points with a PSD Hessian, those ranks, and Theorem 2.3's data assumptions, a certified global minimum.

References
----------
* ``kawaguchi-2016``, "Theorem 2.3" (the proof of (ii), Case III, Section 4.3).
"""

from __future__ import annotations

from symbolic.core.exact import matrix_to_strings, rational_matrix
from symbolic.landscape.classify import classify_network

from proofs.checks.classified import part
from proofs.ledger.claim import Claim, Outcome, fact, facts_certificate

__all__ = ["CLAIMS", "CASE_THREE_POINTS", "case_three_point"]

#: (dims, X, Y, second row of W_1): H = 2 or 3, d_y = 1 < p; X of full row rank with n > d_x (a non-zero residual).
CASE_THREE_POINTS = {
    True: (((2, 2, 2, 1), [["1", "0", "1"], ["0", "1", "1"]], [["1", "2", "0"]], ["1", "-1"]),),
    False: (((2, 2, 2, 1), [["1", "0", "1"], ["0", "1", "1"]], [["1", "2", "0"]], ["1", "-1"]),
            ((2, 2, 2, 1), [["1", "0"], ["0", "1"]], [["3", "-1"]], ["0", "0"]),
            ((2, 2, 2, 2, 1), [["1", "0", "1"], ["0", "1", "1"]], [["1", "2", "0"]], ["2", "1"])),
}


def case_three_point(dims, X, Y, row) -> dict:
    r"""A critical point with :math:`W_{H+1} = e_1^T`, middle layers :math:`E_{11}` (rank 1 < p) and
    :math:`W_1 = (\beta;\ \text{row})`, :math:`\beta = YX^T(XX^T)^{-1}`: :math:`C = e_1^T` has rank
    :math:`1 = d_y`, and the product :math:`YX^T(XX^T)^{-1}` is the least-squares solution.

    Examples
    ========

    >>> from proofs.papers.kawaguchi_2016.missing_steps import case_three_point
    >>> case_three_point((2, 2, 2, 1), [["1", "0"], ["0", "1"]], [["3", "-1"]], ["0", "0"])["weights"][0]
    [['3', '-1'], ['0', '0']]
    """
    Xm, Ym = rational_matrix(X), rational_matrix(Y)
    beta = Ym * Xm.transpose() * (Xm * Xm.transpose()).inv()
    W1 = [matrix_to_strings(beta)[0], list(row)]
    L = len(dims) - 1
    weights = [W1]
    for k in range(2, L):
        weights.append([["1" if (a, b) == (0, 0) else "0" for b in range(dims[k - 1])] for a in range(dims[k])])
    weights.append([["1" if b == 0 else "0" for b in range(dims[L - 1])]])
    return {"dims": list(dims), "X": X, "Y": Y, "weights": weights}


def _check(quick: bool) -> Outcome:
    parts = {}
    for dims, X, Y, row in CASE_THREE_POINTS[quick]:
        problem = case_three_point(dims, X, Y, row)
        result = classify_network(problem["dims"], problem["Y"], problem["weights"], X=problem["X"],
                                  seconds=20).to_json()
        L = len(dims) - 1
        p = min(dims[1:-1])
        if result["verdict"] != "global_min":
            return Outcome("inconclusive", str(dims), None, details=f"{dims}: verdict {result['verdict']}")
        top = [f"W{k}" for k in range(L, 1, -1)]
        middle = [f"W{k}" for k in range(L - 1, 1, -1)]
        facts = facts_certificate({"dims": list(dims), "weights": problem["weights"]}, [
            fact("Case III: rank(W_H...W_2) < p", {"rank": middle}, "<", p),
            fact("rank(C) >= min(p, d_y)", {"rank": top}, ">=", {"min": [p, {"dim": L}]})])
        parts[f"{dims}, X = {X}"] = {"kind": "bundle", "parts": {
            "Case III ranks": facts,
            "critical, PSD Hessian, Theorem 2.3's assumptions: a global minimum":
                part(problem, result, semidefinite="psd", verdict_in=["global_min"])}}
    scope = (f"{len(parts)} exact critical points (dims {', '.join(sorted({str(d) for d, *_ in CASE_THREE_POINTS[quick]}))}"
             "; W_(H+1) = e_1^T, middle layers E_11, W_1 = (Y X^T (X X^T)^-1; a free row)) with rank(W_H...W_2) = 1 < p "
             "and rank(C) = 1 = min(p, d_y), X of full row rank (n > d_x: non-zero residual); not every critical point")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="sampled",
                   details=("each is a certified global minimum with a PSD Hessian (inertia recomputed); the Case III "
                            "rank hypotheses are recomputed. Non-vacuous only when d_y < p: rank(C) <= "
                            "rank(W_H...W_2) < p forces rank(C) >= d_y"))


CLAIMS = (
    Claim(
        id="global_min_of_psd_hessian_case_three_full_rank_c",
        location="L509",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        kind="claim",
        statement=(r"Case III of the proof of Theorem 2.3 (ii): at a critical point with "
                   r"$\operatorname{rank}(W_H \cdots W_2) < p$ and $\operatorname{rank}(C) \ge \min(p, d_y)$ "
                   r"(so $\operatorname{rank}(C) = d_y < p$), every local minimum is a global minimum."),
        source=("Case III: rank(WH ∙ ∙ ∙ W2 ) < p: We first show that if rank(C) ≥ min(p, dy ), every local minimum "
                "is a global minimum."),
        reading=("Checked at critical points with a PSD Hessian (the necessary condition of a local minimum the proof "
                 "uses), under Theorem 2.3's data assumptions: each is a certified global minimum. The sentence's "
                 "second half (otherwise a loss-preserving perturbation raises the ranks) is the induction checked by "
                 "the Case III perturbation entries."),
        check=_check,
        recorded="confirmed",
        scope_kind="sampled",
        uses=("rank_ge_min_width_output_of_case_three_base_perturbation",
              "rank_top_product_ge_min_width_output_of_case_three_perturbation"),
        notebook="notebooks/kawaguchi-2016/local_min_is_global_of_full_rank_data.ipynb",
    ),
)
