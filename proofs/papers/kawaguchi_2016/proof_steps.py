r"""Kawaguchi (2016): an asserted step of the proof of Theorem 2.3 (iii), as a generic matrix identity.

Main results
------------
* ``loss_strictly_increases_along_w1_of_nonzero_upper_product`` -- with :math:`P = W_{H+1} \cdots W_2 \ne 0`,
  :math:`\bar L` along :math:`W_1 + tD` is a quadratic in :math:`t` with leading coefficient
  :math:`\tfrac12\lVert PDX\rVert^2 > 0` for :math:`D = v e^T` (:math:`Pv \ne 0`, :math:`X^Te \ne 0`): the loss
  strictly increases in the direction :math:`D` or :math:`-D`, so there is no local maximum.

References
----------
* ``kawaguchi-2016``, "Theorem 2.3" (the proof of (iii), first step: "if W_{H+1} ... W_2 != 0").
"""

from __future__ import annotations

from proofs.checks.matrix_terms import IdentityBuilder
from proofs.ledger.claim import Claim, Outcome

__all__ = ["CLAIMS", "increasing_direction_certificate"]

#: (d_y, d_1, d_x, m) with P in R^{d_y x d_1}, W_1 in R^{d_1 x d_x}, X in R^{d_x x m}.
_DIMS = {True: ((1, 1, 1, 1), (2, 1, 2, 2)), False: ((1, 1, 1, 1), (2, 1, 2, 2), (1, 2, 2, 3), (2, 2, 2, 2))}


def increasing_direction_certificate(dy: int, d1: int, dx: int, m: int) -> dict:
    r"""Two identities, every entry generic (:math:`R = PW_1X - Y`):

    .. math::

        \tfrac12\lVert P(W_1 + tD)X - Y\rVert^2 = \tfrac12\lVert R\rVert^2 + t\langle PDX, R\rangle
        + \tfrac{t^2}2\lVert PDX\rVert^2, \qquad
        \lVert P v e^T X\rVert^2 = (v^TP^TPv)(e^TXX^Te).

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify(increasing_direction_certificate(1, 1, 1, 1))[0]
    True
    """
    b = IdentityBuilder()
    for name, r, c in (("P", dy, d1), ("W1", d1, dx), ("D", d1, dx), ("X", dx, m), ("Y", dy, m), ("v", d1, 1),
                       ("e", dx, 1)):
        b.generic(name, r, c)
    b.scalar("t")
    b.scaled_identity("tI", d1, "t")
    b.derived("W1t", [(1, ["W1"]), (1, ["tI", "D"])])
    b.derived("E", [(1, ["P", "W1t", "X"]), (-1, ["Y"])])
    b.derived("R", [(1, ["P", "W1", "X"]), (-1, ["Y"])])
    b.derived("Q", [(1, ["P", "D", "X"])])
    b.equal(b.inner("E", "E", m, "1/2"),
            b.inner("R", "R", m, "1/2") + b.inner("Q", "R", m, 1, ["t"]) + b.inner("Q", "Q", m, "1/2", ["t", "t"]))
    b.derived("S", [(1, ["P", "v", "e^T", "X"])])
    b.equal(b.inner("S", "S", m), [(1, ["v^T", "P^T", "P", "v", "e^T", "X", "X^T", "e"])])
    return b.certificate()


def _check(quick: bool) -> Outcome:
    dims = _DIMS[quick]
    parts = {f"(d_y, d_1, d_x, m) = {d}": increasing_direction_certificate(*d) for d in dims}
    return Outcome(
        "confirmed",
        "every P (standing for W_{H+1} ... W_2), W_1, D, X, Y, v, e and t of the sizes (d_y, d_1, d_x, m) in "
        + ", ".join(map(str, dims)) + " (polynomial identities in the entries): the loss along W_1 + tD is "
        "L + t<PDX, R> + (t^2/2)|PDX|^2, and |P v e^T X|^2 = |Pv|^2 |X^T e|^2, positive when P v != 0 (a column of "
        "P != 0) and X^T e != 0 (a row of X != 0)",
        {"kind": "bundle", "parts": parts}, scope_kind="all")


CLAIMS = (
    Claim(
        id="loss_strictly_increases_along_w1_of_nonzero_upper_product",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        location="L545",
        kind="theorem",
        statement=(r"Proof of Theorem 2.3 (iii): if $P = W_{H+1} \cdots W_2 \ne 0$ (and $X \ne 0$), the loss has a "
                   r"strictly increasing direction in $W_1$: $\bar L(W_1 + tD) = \bar L(W_1) + t\langle PDX, "
                   r"R\rangle + \tfrac{t^2}{2}\lVert PDX\rVert^2$ with $\lVert PDX\rVert^2 = \lVert Pv\rVert^2"
                   r"\lVert X^Te\rVert^2 > 0$ for $D = ve^T$, so $\bar L$ increases strictly along $D$ or $-D$ and no "
                   r"point is a local maximum."),
        source="We first show that if WH+1 ∙ ∙ ∙ W2 6= 0, the loss function",
        reading=(r"'6=' reads $\ne$; 'strictly increasing direction' read as: $\bar L(W_1 \pm tD) > \bar L(W_1)$ for "
                 r"all small $t > 0$ (a strictly convex quadratic in $t$). $X \ne 0$ holds under the paper's "
                 r"assumption that $XX^T$ is invertible."),
        check=_check,
        recorded="confirmed",
        scope_kind="all",
    ),
)
