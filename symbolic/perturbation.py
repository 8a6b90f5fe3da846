"""Product-preserving perturbations (Laurent-von Brecht 2018, Claim 2; Zhang 2019, (1)).

Laurent-von Brecht's proof of Theorem 3 (with :math:`d_L \\ge d_0` and every
:math:`d_k \\ge d_0`) takes :math:`k^*`, the first :math:`k \\in \\{1..L-1\\}` with
:math:`\\ker W_{k,-} \\ne \\{0\\}` (eq. (11)-(12)), and vectors
:math:`u_k \\ne 0` with :math:`u_k^T W_{k,-} = 0` (the paper takes the
:math:`d_0`-th left singular vector; any vector of the left kernel does, and
exact arithmetic needs a rational one), and perturbs

.. math::

    \\tilde W_k = W_k \\ (k \\le k^*), \\qquad \\tilde W_k = W_k + \\delta_k w_k u_{k-1}^T \\ (k > k^*),

which keeps every truncated product :math:`\\tilde W_{k,-} = W_{k,-}` for
:math:`k \\ge k^*` (eq. (17)), hence the full product.  :func:`lvb_perturbation`
builds it with exact or symbolic :math:`\\delta_k, w_k`.

Main definitions
----------------
* :func:`left_kernel_vector`, :func:`first_singular_index`, :func:`lvb_perturbation`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from .products import minus, unify

__all__ = ["left_kernel_vector", "first_singular_index", "lvb_perturbation"]


def left_kernel_vector(M: DomainMatrix):
    """A nonzero rational column ``u`` with :math:`u^T M = 0`, or ``None``.

    Examples
    ========

    >>> from symbolic.exact import rational_matrix
    >>> from symbolic.perturbation import left_kernel_vector
    >>> left_kernel_vector(rational_matrix([[1, 2], [2, 4]])).to_Matrix().T
    Matrix([[-2, 1]])
    """
    null = M.convert_to(QQ).transpose().nullspace()
    if null.shape[0] == 0:
        return None
    return null.to_dense()[0:1, :].transpose()


def first_singular_index(weights) -> int | None:
    """:math:`k^* = \\min\\{k \\in 1..L-1 : \\ker W_{k,-} \\ne \\{0\\}\\}` (None if every kernel is trivial)."""
    for k in range(1, len(weights)):
        Wk = minus(weights, k).convert_to(QQ)
        if Wk.rank() < Wk.shape[1]:
            return k
    return None


def lvb_perturbation(weights, kstar: int, ws, deltas):
    """Claim 2's perturbation: ``W_k + delta_k w_k u_{k-1}^T`` for ``k > kstar``.

    ``ws[k]`` (a ``d_k x 1`` column) and ``deltas[k]`` are given for each
    ``k`` in ``kstar+1..L`` (dicts keyed by layer), exact or ring elements.

    Examples
    ========

    >>> from symbolic import Network, full_product
    >>> from symbolic.exact import rational_matrix
    >>> from symbolic.perturbation import lvb_perturbation, first_singular_index
    >>> Ws = Network([1, 1, 1, 1]).exact_weights([[[0]], [[0]], [[5]]])
    >>> k = first_singular_index(Ws); k
    1
    >>> Wt = lvb_perturbation(Ws, k, {2: rational_matrix([[1]]), 3: rational_matrix([[1]])}, {2: 3, 3: 7})
    >>> [W.to_Matrix()[0] for W in Wt], full_product(Wt) == full_product(Ws)
    ([0, 3, 12], True)
    """
    L = len(weights)
    if not (1 <= kstar <= L - 1):
        raise ValueError(f"kstar must be in 1..L-1 = 1..{L - 1}; got {kstar}")
    out = list(weights)
    for k in range(kstar + 1, L + 1):
        u = left_kernel_vector(minus(weights, k - 1))
        if u is None:
            raise ValueError(f"W_{{{k - 1},-}} has a trivial left kernel: Claim 2 needs d_{k - 1} >= d_0 and "
                             f"ker W_{{{k - 1},-}} != 0 for k - 1 >= k* = {kstar}")
        w = ws[k]
        parts, K = unify([weights[k - 1], w, u])
        Wk, w, u = parts
        delta = K.convert(deltas[k]) if not isinstance(deltas[k], DomainMatrix) else deltas[k].to_list()[0][0]
        out[k - 1] = Wk + w.matmul(u.transpose()) * delta
    return unify(out)[0]
