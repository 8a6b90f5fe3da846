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

Zhang (2019), proof of Lemma 1, splits :math:`M_k \\cdots M_1` at the bottleneck
:math:`j` into :math:`A = M_k \\cdots M_{j+1}` (rank :math:`r < d`) and
:math:`B = M_j \\cdots M_1`, takes :math:`w_i \\ne 0` with
:math:`M_k \\cdots M_{i+1} w_i = 0` and proves, for all :math:`v_i`, identity (1):

.. math::

    M_k \\cdots M_{j+1} (M_j + w_j v_j^T) \\cdots (M_1 + w_1 v_1^T) = M_k \\cdots M_1 .

:func:`zhang_perturbation` builds it; :func:`zhang_row_space_choice` implements the
choice of the :math:`v_i` around :math:`i^* = \\min\\{i : R(M_i \\cdots M_1) \\subseteq V\\}`,
:math:`V = \\ker f'(AB)`, that puts a row of :math:`\\tilde B` outside :math:`V`.

Main definitions
----------------
* :func:`left_kernel_vector`, :func:`first_singular_index`, :func:`lvb_perturbation`,
  :func:`right_kernel_vector`, :func:`zhang_perturbation`, :func:`zhang_row_space_choice`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.products import chain, minus, unify

__all__ = ["left_kernel_vector", "first_singular_index", "lvb_perturbation", "right_kernel_vector",
           "zhang_perturbation", "zhang_row_space_choice"]


def left_kernel_vector(M: DomainMatrix):
    """A nonzero rational column ``u`` with :math:`u^T M = 0`, or ``None``.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.landscape.perturbation import left_kernel_vector
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
    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.landscape.perturbation import lvb_perturbation, first_singular_index
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


def right_kernel_vector(M: DomainMatrix):
    """A nonzero rational column ``w`` with :math:`M w = 0`, or ``None``."""
    null = M.convert_to(QQ).nullspace()
    if null.shape[0] == 0:
        return None
    return null.to_dense()[0:1, :].transpose()


def zhang_perturbation(weights, j: int, vs):
    """Zhang's (1): :math:`M_i + w_i v_i^T` for :math:`i = 1..j`, with :math:`M_k \\cdots M_{i+1} w_i = 0`.

    ``vs[i]`` is a ``d_{i-1} x 1`` column (exact or symbolic), for ``i`` in ``1..j``.
    Returns ``(perturbed weights, {i: w_i})``.

    Examples
    ========

    >>> from symbolic import Network, full_product
    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.landscape.perturbation import zhang_perturbation
    >>> Ms = Network([2, 2, 1, 2]).exact_weights([[[1, 0], [0, 1]], [[1, 1]], [[1], [0]]])
    >>> Mt, ws = zhang_perturbation(Ms, 1, {1: rational_matrix([[5], [7]])})
    >>> full_product(Mt) == full_product(Ms), Mt[0] != Ms[0]
    (True, True)
    """
    L = len(weights)
    if not (1 <= j <= L - 1):
        raise ValueError(f"the split j must be in 1..L-1 = 1..{L - 1}; got {j}")
    out, ws = list(weights), {}
    for i in range(1, j + 1):
        w = right_kernel_vector(chain(weights, i + 1, L))
        if w is None:
            raise ValueError(f"M_k ... M_{i + 1} has a trivial kernel: identity (1) needs rank(A) < d_{i}")
        parts, K = unify([weights[i - 1], w, vs[i]])
        Mi, w, v = parts
        out[i - 1] = Mi + w.matmul(v.transpose())
        ws[i] = w
    return unify(out)[0], ws


def _rows_in(M: DomainMatrix, G: DomainMatrix) -> bool:
    """Every row of M lies in V = ker G (i.e. G M^T = 0)."""
    return G.matmul(M.transpose()).is_zero_matrix


def zhang_row_space_choice(weights, j: int, G: DomainMatrix, scale=QQ(1)):
    """Exact v's of Zhang's construction: a row of :math:`\\tilde M_j \\cdots \\tilde M_1` leaves :math:`V = \\ker G`.

    ``G`` plays :math:`f'(AB)` (``d_L x d_0``, nonzero).  Following the proof:
    if :math:`i^* = 1`, :math:`v_1 \\notin V` (a row of ``G``, scaled); afterwards, whenever
    :math:`R(M_{i+1} \\tilde M_i \\cdots \\tilde M_1) \\subseteq V`, :math:`v_{i+1}` is the basis
    vector :math:`e_\\ell` picking a row of :math:`\\tilde M_i \\cdots \\tilde M_1` outside V.
    Returns ``(perturbed weights, vs)``; raises ``ValueError`` if ``G`` is zero.
    """
    G = G.convert_to(QQ)
    if G.is_zero_matrix:
        raise ValueError("the construction needs f'(AB) != 0")
    Ms = [W.convert_to(QQ) for W in weights]
    zero = {t: DomainMatrix.zeros((Ms[t - 1].shape[1], 1), QQ).to_dense() for t in range(1, j + 1)}
    vs = dict(zero)
    current = None  # tilde M_{i-1} ... tilde M_1
    for i in range(1, j + 1):
        base = Ms[i - 1] if current is None else Ms[i - 1].matmul(current)
        if _rows_in(base, G):
            d_prev = Ms[i - 1].shape[1]
            if current is None:  # i* = 1: v_1 a row of G, which is not in ker G
                row = next(r for r in G.to_list() if any(r))
                vs[i] = DomainMatrix([[x * scale] for x in row], (d_prev, 1), QQ)
            else:  # a row ell of the current product lies outside V (induction): v_i = scale * e_ell
                ell = next(r for r, row in enumerate(current.to_list())
                           if not _rows_in(DomainMatrix([row], (1, len(row)), QQ), G))
                vs[i] = DomainMatrix([[scale if r == ell else QQ.zero] for r in range(d_prev)], (d_prev, 1), QQ)
        current = chain(zhang_perturbation(Ms, j, vs)[0], 1, i)
    return zhang_perturbation(Ms, j, vs)[0], vs
