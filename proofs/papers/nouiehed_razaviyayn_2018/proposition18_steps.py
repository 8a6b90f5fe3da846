r"""Nouiehed and Razaviyayn (2018): the "only if" steps of the proof of Proposition 18 (Appendix B).

Checked at listed exact points in the diagonal form the proof assumes, as in :mod:`.lemma_steps`: ``facts``
certificates (ranks recomputed with Fractions) with the truncation :math:`(W_2)_{:, 1:k}`, the padding
:math:`[\tilde W_2'\ 0]` and the sums tied to their parts by a ``matrix_identity`` over constant matrices.

Main results
------------
* ``kernel_condition_of_truncated_witness`` -- the padded witness of Proposition 4's condition on the truncated
  product gives ii), and one rank-deficient factor alone leaves no witness.

References
----------
* ``nouiehed-razaviyayn-2018``, "Proposition 18" (its proof, "only if").
"""

from __future__ import annotations

from fractions import Fraction as F

from proofs.ledger.claim import Claim, Outcome, fact, facts_certificate
from proofs.papers.nouiehed_razaviyayn_2018.lemma_steps import _R, _k, _links, _mul, _s, _t, _zeros

__all__ = ["CLAIMS", "PROP18_POINTS", "prop18_only_if_certificate"]

_PAPER = "nouiehed-razaviyayn-2018"


# -- Proposition 18, "only if" --------------------------------------------------------------------------------------------

#: name -> (W1, W2, W~2' or None) in the proof's diagonal form, k < min(m, n): W~2' (k x k) is the witness Proposition
#: 4 gives for the truncated product W1 (W2)_{:, 1:k} when both factors are rank deficient; None where W1 has full
#: column rank and W2 is rank deficient (the step "M cannot be locally open").
PROP18_POINTS = {
    "m = n = 3, k = 2, rank 1, both rank deficient": ([[1, 0], [0, 0], [0, 0]], [[1, 0, 0], [0, 0, 0]],
                                                       [[0, 0], [0, 1]]),
    "m = n = 3, k = 2, W1 = W2 = 0": (_zeros(3, 2), _zeros(2, 3), [[1, 0], [0, 1]]),
    "m = 4, n = 3, k = 2, rank 1, both rank deficient": ([[2, 0], [0, 0], [0, 0], [0, 0]], [[3, 0, 0], [0, 0, 0]],
                                                         [[0, 0], [0, 1]]),
    "m = n = 3, k = 2, W1 full column rank, W2 rank 1": ([[1, 0], [0, 1], [0, 0]], [[1, 0, 0], [0, 0, 0]], None),
}


def prop18_only_if_certificate(W1, W2, Wt2p=None) -> dict:
    r"""The "only if" steps at one point: with :math:`W_2' = (W_2)_{:, 1:k}` (tied by a selector :math:`E`),

    * ``Wt2p`` given (both factors rank deficient): :math:`W_1\tilde W_2' = 0`, :math:`W_2' + \tilde W_2'` has rank
      :math:`k`, and the padded :math:`\tilde W_2 = [\tilde W_2'\ 0]` satisfies ii): :math:`W_1\tilde W_2 = 0` and
      :math:`W_2 + \tilde W_2` has full row rank;
    * ``None`` (:math:`W_1` of full column rank, :math:`W_2` rank deficient): no :math:`m \times k` matrix has full
      row rank (:math:`k < m`), and :math:`W_1\tilde W = 0` forces :math:`\tilde W = 0`, leaving
      :math:`\operatorname{rank} W_2' < k`: neither condition of Proposition 4 holds for the truncated product.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> all(verify(prop18_only_if_certificate(*p))[0] for p in PROP18_POINTS.values())
    True
    """
    k, n = len(W2), len(W2[0])
    E = [[int(i == j) for j in range(k)] for i in range(n)]
    W2p = _mul(W2, E)
    data = {"W1": _s(W1), "W2": _s(W2), "W2p": _s(W2p)}
    mats = {"W2": W2, "W2p": W2p, "E": E}
    eqs = [("W2p", [(1, ["W2", "E"])])]
    facts = [fact("k < min(m, n)", _k(), "<", {"min": [{"rows": "W1"}, {"cols": "W2"}]}),
             fact("W2 is rank deficient", _R("W2"), "<", _k())]
    if Wt2p is None:
        facts += [fact("W1 has full column rank: W1 W~ = 0 forces W~ = 0", _R("W1"), "==", _k()),
                  fact("k < m: no W1 + W~1 in R^{m x k} has full row rank", _k(), "<", {"rows": "W1"}),
                  fact("so W2' + W~ = W2' is not of full rank k", _R("W2p"), "<", _k())]
    else:
        Wt2 = _mul(Wt2p, _t(E))
        S2p = [[F(a) + F(b) for a, b in zip(r1, r2)] for r1, r2 in zip(W2p, Wt2p)]
        S2 = [[F(a) + F(b) for a, b in zip(r1, r2)] for r1, r2 in zip(W2, Wt2)]
        data.update({"Wt2p": _s(Wt2p), "Wt2": _s(Wt2), "S2p": _s(S2p), "S2": _s(S2)})
        mats.update({"Wt2p": Wt2p, "Wt2": Wt2, "S2p": S2p, "S2": S2})
        eqs += [("Wt2", [(1, ["Wt2p", "E^T"])]), ("S2p", [(1, ["W2p"]), (1, ["Wt2p"])]),
                ("S2", [(1, ["W2"]), (1, ["Wt2"])])]
        facts += [fact("W1 is rank deficient", _R("W1"), "<", _k()),
                  fact("Proposition 4's witness: W1 W~2' = 0", _R(["W1", "Wt2p"]), "==", 0),
                  fact("... and W2' + W~2' has full rank k", _R("S2p"), "==", _k()),
                  fact("ii) for W~2 = [W~2' 0]: W1 W~2 = 0", _R(["W1", "Wt2"]), "==", 0),
                  fact("ii) W2 + W~2 has full row rank k", _R("S2"), "==", _k())]
    return {"kind": "bundle", "parts": {"facts": facts_certificate(data, facts),
                                        "truncation, padding and sums": _links(mats, eqs)}}


def _check_prop18_only_if(quick: bool) -> Outcome:
    parts = {name: prop18_only_if_certificate(*pt) for name, pt in PROP18_POINTS.items()}
    return Outcome(
        "confirmed",
        "the listed points in diagonal form with k < min(m, n): " + "; ".join(PROP18_POINTS) + ": where both "
        "factors are rank deficient, the padded witness [W~2' 0] of Proposition 4's condition on the truncated "
        "product W1 (W2)_{:, 1:k} satisfies ii); where W1 has full column rank and W2 is rank deficient, neither of "
        "Proposition 4's conditions can hold for the truncated product",
        {"kind": "bundle", "parts": parts}, scope_kind="sampled")


CLAIMS = (
    Claim(
        id="kernel_condition_of_truncated_witness",
        paper=_PAPER,
        label="Proposition 18",
        location="L788",
        kind="proposition",
        statement=(r"Proof of Proposition 18, 'only if': with $W_1W_2$ diagonal and $k < \min(m, n)$, if $W_1$ has full "
                   r"column rank and $W_2$ is rank deficient then neither condition of Proposition 4 holds for "
                   r"$W_1 (W_2)_{:, 1:k}$; if both are rank deficient, a $\tilde W_2'$ with $W_1\tilde W_2' = 0$ and "
                   r"$(W_2)_{:, 1:k} + \tilde W_2'$ of full rank gives ii) with $\tilde W_2 = [\tilde W_2'\ 0]$."),
        source="Assume that the matrices Wi and W2 are both rank deficient",
        reading=(r"Checked at listed points in the diagonal form the proof assumes (Lemmas 14, 15), each with an "
                 r"explicit witness $\tilde W_2'$ for Proposition 4's condition; that local openness of $M$ implies "
                 r"that of the truncated map and Proposition 4 itself are cited steps with their own entries. The "
                 r"garbled 'Defining $W_2 \triangleq [W_i\ 0]$' reads $\tilde W_2 = [\tilde W_2'\ 0]$."),
        check=_check_prop18_only_if,
        recorded="confirmed",
        uses=("locally_open_iff_kernel_conditions_of_rank_deficient_case",),
        scope_kind="sampled",
    ),
)
