"""Rank-raising perturbations that keep the product (hence the loss): Kawaguchi (2016), Section 4.3.

The proof sketch of Theorem 2.3 (ii), Case III, raises :math:`\\operatorname{rank}(W_k \\cdots W_1)` "with
arbitrarily small perturbation [...] without changing the loss".  Here every perturbation is a straight line
:math:`W_k(\\varepsilon) = W_k + \\varepsilon N_k` with a *symbolic* :math:`\\varepsilon` (matrices over
:math:`\\mathbb{Q}[\\varepsilon]`), and the direction :math:`N_k` is chosen so that the full product does not
change at all, as a polynomial identity in :math:`\\varepsilon`:

* base step (:func:`base_step_direction`): :math:`N_1 = (I - (C^TC)^+ C^TC) M_1`, so :math:`C N_1 = 0` with
  :math:`C = W_{H+1} \\cdots W_2`;
* inductive step (:func:`inductive_step_direction`): :math:`N_k = (I - A^+ A) M_k` with
  :math:`A = W_{H+1} \\cdots W_{k+1}` (original layers), so :math:`A N_k = 0`;
* Theorem 2.3 (iii)'s step (:func:`top_product_directions`): top-down, :math:`N_k = M_k (I - B B^+)` with
  :math:`B = W_{k-1} \\cdots W_1` (original layers), so :math:`N_k B = 0`.

With directions of the bottom-up kind (each killed by the *original* layers above it),

.. math::

    W_{H+1} \\cdots W_{j+1} W_j(\\varepsilon) \\cdots W_1(\\varepsilon)
    = W_{H+1} \\cdots W_{j} W_{j-1}(\\varepsilon) \\cdots W_1(\\varepsilon)
    + \\varepsilon\\, (W_{H+1} \\cdots W_{j+1} N_j)\\, W_{j-1}(\\varepsilon) \\cdots W_1(\\varepsilon),

and the last term vanishes, so by induction on :math:`j` the full product is unchanged; the top-down kind
is the mirror image.  A straight-line perturbation of one layer keeps the squared loss only if it keeps the
product (the loss along it is :math:`L_0 + \\varepsilon \\langle G, \\Delta\\rangle + \\tfrac{\\varepsilon^2}{2}
\\lVert \\Delta X \\rVert^2` with :math:`XX^T` invertible).  Ranks are raised "for every small
:math:`\\varepsilon \\ne 0`": a minor that is a nonzero polynomial in :math:`\\varepsilon` vanishes at finitely
many points only (:func:`nonzero_minor`).  The multipliers :math:`M_k` are seeded small rationals, retried
until the rank over :math:`\\mathbb{Q}(\\varepsilon)` reaches the target.

Main definitions
----------------
* :func:`eps_domain`, :func:`lift`, :func:`kernel_projector`, :func:`cokernel_projector`.
* :func:`perturbed`, :func:`generic_rank`, :func:`nonzero_minor`.
* :func:`base_step_direction`, :func:`inductive_step_direction`, :func:`raise_ranks`,
  :func:`top_product_directions`.
"""

from __future__ import annotations

import itertools
import random
from functools import lru_cache

import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.core.pinv import pinv
from symbolic.core.products import chain

__all__ = ["eps_domain", "lift", "kernel_projector", "cokernel_projector", "perturbed", "generic_rank",
           "nonzero_minor", "base_step_direction", "inductive_step_direction", "raise_ranks",
           "top_product_directions"]


@lru_cache(maxsize=None)
def eps_domain():
    """``(K, eps, symbol)``: the domain :math:`\\mathbb{Q}[\\varepsilon]`, its generator and the SymPy symbol."""
    symbol = sympy.Symbol("eps")
    R, eps = ring([symbol], QQ)
    return R.to_domain(), eps, symbol


def lift(M: DomainMatrix) -> DomainMatrix:
    """A matrix over QQ (or already over :math:`\\mathbb{Q}[\\varepsilon]`) over :math:`\\mathbb{Q}[\\varepsilon]`."""
    K = eps_domain()[0]
    return M.convert_to(K).to_dense()


def kernel_projector(A: DomainMatrix) -> DomainMatrix:
    """:math:`I - A^+ A`, the orthogonal projector onto :math:`\\ker A` (QQ).

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.forms.rank_raising import kernel_projector
    >>> A = rational_matrix([[1, 1]])
    >>> K = kernel_projector(A)
    >>> K.to_Matrix(), A.matmul(K).is_zero_matrix
    (Matrix([
    [ 1/2, -1/2],
    [-1/2,  1/2]]), True)
    """
    n = A.shape[1]
    return DomainMatrix.eye(n, QQ).to_dense() - pinv(A).matmul(A)


def cokernel_projector(B: DomainMatrix) -> DomainMatrix:
    """:math:`I - B B^+`, the orthogonal projector onto :math:`\\ker B^T` (QQ): :math:`(I - BB^+) B = 0`."""
    m = B.shape[0]
    return DomainMatrix.eye(m, QQ).to_dense() - B.matmul(pinv(B))


def perturbed(weights, directions) -> list:
    """:math:`W_k + \\varepsilon N_k` over :math:`\\mathbb{Q}[\\varepsilon]` (``directions``: dict k -> N_k, 1-based).

    Examples
    ========

    >>> from symbolic import Network
    >>> from symbolic.forms.rank_raising import perturbed
    >>> Ws = Network([1, 1, 1]).exact_weights([[[0]], [[2]]])
    >>> [W.to_Matrix() for W in perturbed(Ws, {1: Ws[1]})]
    [Matrix([[2*eps]]), Matrix([[2]])]
    """
    K, eps, _ = eps_domain()
    out = []
    for k, W in enumerate(weights, 1):
        W = lift(W)
        if k in directions and directions[k] is not None:
            W = W + lift(directions[k]) * eps
        out.append(W)
    return out


def generic_rank(M: DomainMatrix) -> int:
    """The rank over the fraction field :math:`\\mathbb{Q}(\\varepsilon)` (the rank for all but finitely many
    :math:`\\varepsilon`)."""
    K = eps_domain()[0]
    return M.convert_to(K).convert_to(K.get_field()).rank()


def nonzero_minor(M: DomainMatrix, size: int):
    """``(rows, cols, det)``: a ``size`` minor of ``M`` that is a nonzero polynomial in :math:`\\varepsilon`,
    or ``None`` if there is none (then the generic rank is below ``size``).

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.forms.rank_raising import nonzero_minor, lift, eps_domain
    >>> K, eps, _ = eps_domain()
    >>> M = lift(rational_matrix([[1, 0], [0, 0]])) + lift(rational_matrix([[0, 0], [0, 1]])) * eps
    >>> nonzero_minor(M, 2)
    ([0, 1], [0, 1], eps)
    """
    M = lift(M)
    rows, cols = M.shape
    if size == 0:
        return [], [], eps_domain()[0].one
    for r in itertools.combinations(range(rows), size):
        for c in itertools.combinations(range(cols), size):
            det = M.extract(list(r), list(c)).det()
            if det:
                return list(r), list(c), det
    return None


def _seeded(shape, rng):
    return DomainMatrix([[QQ(rng.randint(-2, 2), rng.randint(1, 2)) for _ in range(shape[1])]
                         for _ in range(shape[0])], shape, QQ)


def base_step_direction(weights, target: int, seed: int = 0, tries: int = 40):
    """``N_1 = (I - (C^TC)^+ C^TC) M_1`` with :math:`\\operatorname{rank}(W_1 + \\varepsilon N_1) \\ge` ``target``.

    :math:`(C^TC)^+ C^TC = C^+C`, so :math:`C N_1 = 0`.  Raises ``ValueError`` if no seeded :math:`M_1` reaches
    the target.  Splitting :math:`\\mathbb{Q}^{d_1} = \\operatorname{range} C^T \\oplus \\ker C`, the part of
    :math:`W_1` in :math:`\\ker C` is free, so the largest reachable rank is
    :math:`\\min(\\operatorname{rank}(CW_1) + d_1 - \\operatorname{rank} C, d_x)`; at a critical point with
    :math:`XY^T` of full rank, :math:`C^+CW_1 = C^+YX^T(XX^T)^{-1}` has rank :math:`\\operatorname{rank} C`, and this
    is :math:`\\min(d_1, d_x) \\ge \\min(p, d_y)`.

    Examples
    ========

    >>> from symbolic import Network
    >>> from symbolic.forms.rank_raising import base_step_direction, perturbed, generic_rank
    >>> Ws = Network([2, 2, 2, 2]).exact_weights([[[0, 0], [0, 0]]] * 3)
    >>> N1 = base_step_direction(Ws, 2)
    >>> generic_rank(perturbed(Ws, {1: N1})[0])
    2
    """
    C = chain(weights, 2, len(weights))
    K = kernel_projector(C)
    rng = random.Random(seed)
    for _ in range(tries):
        N = K.matmul(_seeded(weights[0].shape, rng))
        if generic_rank(perturbed(weights, {1: N})[0]) >= target:
            return N
    raise ValueError(f"no seeded direction in ker C raises rank(W1) to {target} in {tries} tries; try another seed")


def inductive_step_direction(weights, lower, k: int, target: int, seed: int = 0, tries: int = 40):
    """``N_k = (I - A^+A) M_k`` with :math:`A = W_{H+1} \\cdots W_{k+1}` and
    :math:`\\operatorname{rank}((W_k + \\varepsilon N_k)\\, W_{k-1}(\\varepsilon) \\cdots W_1(\\varepsilon)) \\ge`
    ``target``; ``lower`` is :math:`W_{k-1}(\\varepsilon) \\cdots W_1(\\varepsilon)` over
    :math:`\\mathbb{Q}[\\varepsilon]`.  For :math:`k = H + 1`, :math:`A = I` and :math:`N_k = 0`.
    Raises ``ValueError`` when no seeded :math:`M_k` reaches the target.  Every such direction gives
    :math:`\\operatorname{rank}(W_k(\\varepsilon) \\cdots W_1(\\varepsilon)) \\le
    \\operatorname{rank}(W_{H+1} \\cdots W_1) + d_k - \\operatorname{rank} A` (split by
    :math:`\\operatorname{range} A^T \\oplus \\ker A`), so the step can fail where :math:`\\ker A` is small."""
    A = chain(weights, k + 1, len(weights))
    K = kernel_projector(A)
    rng = random.Random(seed + k)
    for _ in range(tries):
        N = K.matmul(_seeded(weights[k - 1].shape, rng))
        Wk = perturbed([weights[k - 1]], {1: N})[0]
        if generic_rank(Wk.matmul(lift(lower))) >= target:
            return N
    raise ValueError(f"no seeded direction in ker(W_(H+1)...W_{k + 1}) raises rank(W{k}...W1) to {target} "
                     f"in {tries} tries (reachable only if rank(W_(H+1)...W_1) + d_{k} - rank(W_(H+1)...W_{k + 1}) is at "
                     "least the target; at a critical point, Lemma 4.4's semidefinite condition is what the sketch uses)")


def raise_ranks(weights, upto: int, target: int, seed: int = 0) -> dict:
    """Base step and inductive steps :math:`k = 2, \\dots,` ``upto``: ``{k: N_k}``, each step reaching
    :math:`\\operatorname{rank}(W_k(\\varepsilon) \\cdots W_1(\\varepsilon)) \\ge` ``target``."""
    directions = {1: base_step_direction(weights, target, seed)}
    lower = perturbed(weights, directions)[0]
    for k in range(2, upto + 1):
        directions[k] = inductive_step_direction(weights, lower, k, target, seed)
        lower = perturbed([weights[k - 1]], {1: directions[k]})[0].matmul(lower)
    return directions


def top_product_directions(weights, target: int = 1, seed: int = 0, tries: int = 40) -> dict:
    """Top-down directions ``N_k = M_k (I - B B^+)``, :math:`B = W_{k-1} \\cdots W_1`, for
    :math:`k = H+1, \\dots, 2`, with :math:`\\operatorname{rank}(W_{H+1}(\\varepsilon) \\cdots W_2(\\varepsilon))
    \\ge` ``target`` (``N_k B = 0`` keeps the full product).  Raises ``ValueError`` if no seeded choice works.

    Examples
    ========

    >>> from symbolic import Network
    >>> from symbolic.forms.rank_raising import top_product_directions, perturbed, generic_rank
    >>> from symbolic.core.products import chain
    >>> Ws = Network([2, 2, 2, 2]).exact_weights([[[0, 0], [0, 0]]] * 3)
    >>> Ns = top_product_directions(Ws, 2)
    >>> generic_rank(chain(perturbed(Ws, Ns), 2, 3))
    2
    """
    L = len(weights)
    rng = random.Random(seed)
    for _ in range(tries):
        directions = {}
        for k in range(L, 1, -1):
            B = chain(weights, 1, k - 1)
            directions[k] = _seeded(weights[k - 1].shape, rng).matmul(cokernel_projector(B))
        if generic_rank(chain(perturbed(weights, directions), 2, L)) >= target:
            return directions
    raise ValueError(f"no seeded top-down directions give rank(W_(H+1)...W_2) >= {target} in {tries} tries")
