"""Laurent and von Brecht (2018), Deep Linear Networks with Arbitrary Loss: All Local Minima Are Global.

Main results
------------
* ``gradient_eq_closed_form_of_differentiable_loss`` -- for an arbitrary differentiable
  :math:`f`, :math:`\\nabla_{W_k} F = W_{k+1,+}^T \\nabla f(A) W_{k-1,-}^T`.

References
----------
* ``laurent-vonbrecht-2018``, "Lemma 1".
"""

from __future__ import annotations

from symbolic.gradient import gradient_closed_form, gradient_entrywise
from symbolic.losses import GeneralLoss
from symbolic.network import Network
from symbolic.products import full_product

from .claim import Claim
from .identity_sweep import scope_text, scope_tuples, sweep_outcome

__all__ = ["CLAIMS", "gradient_closed_form_holds"]


def gradient_closed_form_holds(dims) -> bool:
    """Lemma 1 on ``dims``: entrywise chain rule equals the closed form, as polynomials.

    The weights are symbols and :math:`\\nabla f(A)` is a matrix of free symbols
    ``Df_pq`` (:class:`symbolic.losses.GeneralLoss`), so the equality holds for
    every differentiable :math:`f` at every point.

    Examples
    ========

    >>> from proofs.laurent_vonbrecht_2018 import gradient_closed_form_holds
    >>> gradient_closed_form_holds((2, 3, 1))
    True
    """
    loss = GeneralLoss(dims[-1], dims[0])
    _, weights = Network(dims).symbolic_weights(extra_symbols=loss.extra_symbols())
    entrywise = gradient_entrywise(weights, loss)
    closed = gradient_closed_form(weights, loss.gradient(full_product(weights)))
    return len(entrywise) == len(closed) and all(e == c for e, c in zip(entrywise, closed))


def _check_gradient(quick: bool):
    scope = ("symbolically in the weights and in free symbols Df_pq for the entries of grad f(A), "
             + scope_text(quick))
    return sweep_outcome("lvb_gradient_general", scope_tuples(quick), gradient_closed_form_holds, scope)


_GRADIENT_CELLS = (
    """import sympy
from IPython.display import Math, display

from symbolic import GeneralLoss, Network
from symbolic.gradient import gradient_closed_form, gradient_entrywise
from symbolic.products import full_product

# one dims tuple, worked out: d0 = 2, d1 = 3, d2 = 2 (L = 2)
dims = (2, 3, 2)
loss = GeneralLoss(dims[-1], dims[0])  # grad f(A) has free entries Df_pq
R, Ws = Network(dims).symbolic_weights(extra_symbols=loss.extra_symbols())
A = full_product(Ws)
grad_f = loss.gradient(A)
entrywise = gradient_entrywise(Ws, loss)  # sum_pq Df_pq dA_pq / d(W_k)_ij, one symbol at a time
closed = gradient_closed_form(Ws, grad_f)  # W_{k+1,+}^T grad f(A) W_{k-1,-}^T
for k, G in enumerate(entrywise, 1):
    display(Math(rf"\\nabla_{{W_{k}}} F = " + sympy.latex(G.to_Matrix())))""",
    """# the two sides are equal as polynomials (exact ring elements, no simplification)
assert all(e == c for e, c in zip(entrywise, closed))
[e == c for e, c in zip(entrywise, closed)]""",
)

CLAIMS = (
    Claim(
        id="gradient_eq_closed_form_of_differentiable_loss",
        paper="laurent-vonbrecht-2018",
        label="Lemma 1",
        kind="lemma",
        statement=(r"Let $f : \mathbb{R}^{d_L \times d_0} \to \mathbb{R}$ be differentiable, "
                   r"$F(W_1, \dots, W_L) = f(W_L \cdots W_1)$, $A = W_L \cdots W_1$, "
                   r"$W_{k,+} = W_L \cdots W_k$, $W_{k,-} = W_k \cdots W_1$ "
                   r"($W_{L+1,+} = I_{d_L}$, $W_{0,-} = I_{d_0}$). Then for every $k \in \{1, \dots, L\}$, "
                   r"$\nabla_{W_k} F(W_1, \dots, W_L) = W_{k+1,+}^T \, \nabla f(A) \, W_{k-1,-}^T$."),
        source=("If F (W1, . . . , WL) := f (WL · · · W1) denotes the objective of interest in (P2) the "
                "following lemma gives the partial derivatives of F as a function of its arguments. "
                "Lemma 1. The partial derivatives of F are given by"),
        check=_check_gradient,
        recorded="confirmed",
        cells=_GRADIENT_CELLS,
    ),
)
