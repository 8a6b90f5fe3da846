r"""Zhou and Liang (2018): a proof-free sentence of Section 2 that was missing from the ledger (issue 21).

Main results
------------
* ``critical_points_uncountable_of_shallow_network`` -- Section 2, after Theorem 1: "in general the set of critical
  points is uncountable": a critical point of :math:`L = \tfrac12\lVert A_2A_1X - Y\rVert_F^2` and its one-parameter
  family :math:`(G(t)A_1, A_2G(t)^{-1})`, :math:`t \in \mathbb{R}`, of distinct critical points.

References
----------
* ``zhou-liang-2018``, "Theorem 1" (the sentence after it, Section 2).
"""

from __future__ import annotations

from proofs.ledger.claim import Claim, Outcome
from proofs.papers.kawaguchi_2016.statements import orbit_family_certificate
from symbolic.landscape.classify import classify_network

__all__ = ["CLAIMS", "UNCOUNTABLE_POINT"]

PAPER = "zhou-liang-2018"

#: (2, 2, 2), X = I, Y = diag(3, 1): A_1 = e_1 e_2^T Y, A_2 = e_2 e_1^T (the eigenvector subset {e_2} of Sigma = YY^T).
UNCOUNTABLE_POINT = {"dims": [2, 2, 2], "X": [["1", "0"], ["0", "1"]], "Y": [["3", "0"], ["0", "1"]],
                     "weights": [[["0", "1"], ["0", "0"]], [["0", "0"], ["1", "0"]]]}


def _check_uncountable(quick: bool) -> Outcome:
    p = UNCOUNTABLE_POINT
    result = classify_network(p["dims"], p["Y"], p["weights"], X=p["X"], seconds=20).to_json()
    exact = {k: v for k, v in result.items() if k not in ("seconds", "evidence")}
    if not exact.get("gradient_zero"):
        return Outcome("inconclusive", "one listed point", None, details="the listed point is not critical")
    cert = {"kind": "bundle", "parts": {
        "the point (A_1, A_2) is critical (classified)": {
            "kind": "classification", "problem": p, "result": exact,
            "expect": {"verdict_in": [exact["verdict"]]}},
        "the family G(t) = I + t E_(2,1) on A_1, G(t)^{-1} = I - t E_(2,1) on A_2": orbit_family_certificate(p, 1, 1, 0)}}
    scope = ("dims (2, 2, 2), X = I, Y = diag(3, 1): one exact critical point and its one-parameter family "
             "(every t in R, certified symbolically in t)")
    return Outcome("confirmed", scope, cert, scope_kind="sampled",
                   details=("G(t)^{-1} G(t) = I, so L(G A_1, A_2 G^{-1}) = L(A_1, A_2) for all (A_1, A_2): the gradient "
                            "at g_t . W is J_t^{-T} times the gradient at W, zero; E_21 A_1 != 0 makes t -> g_t . W "
                            "injective: a continuum (uncountably many) distinct critical points. Theorem 1's C is this "
                            "invariance."))


CLAIMS = (
    Claim(
        id="critical_points_uncountable_of_shallow_network", location="L174",
        paper=PAPER, label="Theorem 1", kind="remark",
        statement=(r"In general the set of critical points of $L = \tfrac12\lVert A_2A_1X - Y\rVert_F^2$ is "
                   r"uncountable: for a critical point $(A_1, A_2)$ with $E_{ij}A_1 \ne 0$, the points "
                   r"$(G(t)A_1, A_2G(t)^{-1})$, $G(t) = I + tE_{ij}$, $t \in \mathbb{R}$, are distinct critical points."),
        source="In general, the set of critical points is uncountable and cannot be fully listed out.",
        reading=("'In general' read as: there are instances (of the paper's setting, any X, Y) whose critical set is "
                 "a continuum, not every instance. Witnessed on one exact instance by the invertible-C invariance that "
                 "Theorem 1's form (1)-(2) exhibits."),
        check=_check_uncountable, recorded="confirmed", scope_kind="sampled",
        uses=("critical_of_zero_l1_form",),
        notebook=f"notebooks/{PAPER}/critical_iff_analytical_form_of_condition3.ipynb",
    ),
)
