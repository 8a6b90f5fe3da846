"""Nouiehed and Razaviyayn (2018), Learning Deep Models: Critical Points and Local Openness.

Main results
------------
* ``not_locally_open_of_rank_mismatch_example`` -- Remark 1's example: at :math:`W_1 = (1, 1)^T`,
  :math:`W_2 = (0, 0)`, the rank-one perturbations :math:`W_1 W_2 + R_\\delta` have no preimage near
  :math:`(W_1, W_2)`, so multiplication is not locally open there (in its range).

References
----------
* ``nouiehed-razaviyayn-2018``, "Remark 1".
"""

from __future__ import annotations

from symbolic.exact import rational_matrix
from symbolic.openness import is_locally_open, openness_data

from .claim import Claim, Outcome

__all__ = ["CLAIMS", "remark1_certificate"]


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


CLAIMS = (
    Claim(
        id="not_locally_open_of_rank_mismatch_example",
        paper="nouiehed-razaviyayn-2018",
        label="Remark 1",
        kind="remark",
        statement=(r"Let $W_1 = (1, 1)^T$, $W_2 = (0, 0)$ and $R_\delta = \delta e_1 e_1^T \in \mathbb{R}^{2 \times 2}$. "
                   r"$W_1 W_2 + R_\delta$ has rank one (it lies in the range of $M$), but every "
                   r"$(\tilde W_1, \tilde W_2)$ with $\tilde W_1 \tilde W_2 = W_1 W_2 + R_\delta$, $\delta \ne 0$, has "
                   r"$\lVert \tilde W_1 - W_1 \rVert \ge 1$: $M$ is not locally open at $(W_1, W_2)$ in its range."),
        source="then W1W2 + Rδ is rank one and hence feasible perturbation.",
        check=_check_remark1,
        recorded="confirmed",
    ),
)
