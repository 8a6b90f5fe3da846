r"""Zhang (2019): the derivative formulas of Section 2, checked symbolically for an arbitrary differentiable f.

Main results
------------
* ``chain_rule_of_two_factor_product`` -- :math:`L(X, Y) = f(XY)`: :math:`\partial L/\partial X = f'(XY)Y^T`,
  :math:`\partial L/\partial Y = X^Tf'(XY)`.
* ``gradient_eq_outer_products_of_deep_product`` -- :math:`\partial L/\partial M_i = (M_k \cdots M_{i+1})^T
  f'(M_k \cdots M_1)(M_{i-1} \cdots M_1)^T`, which vanishes at a local minimum (a critical point).

References
----------
* ``zhang-2019``, "Derivative" (Section 2).
* ``zhang-2019``, "Local minimum" (Section 2).
"""

from __future__ import annotations

from dataclasses import replace

from symbolic.core.losses import GeneralLoss
from symbolic.core.network import Network
from symbolic.core.products import full_product
from symbolic.calculus.gradient import gradient_closed_form, gradient_entrywise

from proofs.checks.identity_sweep import scope_tuples, scope_text, sweep_outcome
from proofs.ledger.claim import Claim

__all__ = ["CLAIMS", "gradient_formula_holds"]


def gradient_formula_holds(dims) -> bool:
    r"""Entrywise derivatives of :math:`f(M_k \cdots M_1)` (free symbols for the entries of :math:`f'`) equal the
    printed closed form on these dims.

    Examples
    ========

    >>> gradient_formula_holds((2, 1, 3))
    True
    """
    loss = GeneralLoss(dims[-1], dims[0])
    _, weights = Network(dims).symbolic_weights(extra_symbols=loss.extra_symbols())
    entrywise = gradient_entrywise(weights, loss)
    closed = gradient_closed_form(weights, loss.gradient(full_product(weights)))
    return len(entrywise) == len(closed) and all(e == c for e, c in zip(entrywise, closed))


_SCOPE = "symbolically in the weights and in free symbols for the entries of f'(M) (any differentiable f), "


def _check_chain_rule(quick: bool):
    tuples = [d for d in scope_tuples(quick) if len(d) == 3]
    outcome = sweep_outcome("lvb_gradient_general", tuples, gradient_formula_holds,
                            _SCOPE + f"every (d_0, d_1, d_2) with widths <= {max(max(d) for d in tuples)} "
                            f"({len(tuples)} tuples; X = M_2, Y = M_1)")
    return replace(outcome, scope_kind="all") if outcome.status == "confirmed" else outcome


def _check_gradient(quick: bool):
    outcome = sweep_outcome("lvb_gradient_general", scope_tuples(quick), gradient_formula_holds,
                            _SCOPE + scope_text(quick))
    return replace(outcome, scope_kind="all") if outcome.status == "confirmed" else outcome


_READING = (r"$f'$ is the matrix of partial derivatives of $f$ (the gradient), $M_i \in \mathbb{R}^{d_i \times "
            r"d_{i-1}}$; the identity is checked with a free symbol for each entry of $f'(M_k \cdots M_1)$, so it "
            r"holds for every differentiable $f$.")

CLAIMS = (
    Claim(
        id="chain_rule_of_two_factor_product",
        paper="zhang-2019",
        label="Derivative",
        location="L63",
        kind="claim",
        statement=(r"If $L(X, Y) = f(XY)$ with $f$ differentiable, then $\frac{\partial L}{\partial X} = f'(XY)Y^T$ and "
                   r"$\frac{\partial L}{\partial Y} = X^Tf'(XY)$."),
        source="by the chain rule",
        reading=_READING + r" $X$ plays $M_2$ and $Y$ plays $M_1$.",
        check=_check_chain_rule,
        recorded="confirmed",
        scope_kind="all",
    ),
    Claim(
        id="gradient_eq_outer_products_of_deep_product",
        paper="zhang-2019",
        label="Local minimum",
        location="L65",
        kind="claim",
        statement=(r"For $L(M_1, \dots, M_k) = f(M_k \cdots M_1)$, $\frac{\partial L}{\partial M_i} = (M_k \cdots "
                   r"M_{i+1})^T f'(M_k \cdots M_1)(M_{i-1} \cdots M_1)^T$; at a local minimum of the differentiable "
                   r"$L$ these vanish."),
        source="satisfy that",
        reading=_READING + " That a local minimum of a differentiable function is critical is standard.",
        check=_check_gradient,
        recorded="confirmed",
        uses=("chain_rule_of_two_factor_product",),
        scope_kind="all",
        notebook="notebooks/zhang-2019/chain_rule_of_two_factor_product.ipynb",
    ),
)
