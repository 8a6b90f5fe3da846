"""The descent direction of Nouiehed-Razaviyayn's Lemma 19 at degenerate points of a deep linear network.

Hypotheses (branch :math:`N(W_h) \\ne \\{0\\}`): :math:`N(W_i)` and :math:`N(W_i^T)` are non-trivial for
:math:`2 \\le i \\le h-1`, and :math:`N(W_h) \\ne \\{0\\}`.  With :math:`\\Delta = W_h \\cdots W_1 X - Y`, if
:math:`\\Delta X^T = 0` the point is a global minimum; otherwise pick :math:`(j, i)` with
:math:`(\\Delta X^T)_{ji} \\ne 0`, write :math:`M_k = W_{k-1} \\cdots W_2` and

.. math::

    K = \\{k : 3 \\le k \\le h,\\ N(W_k) \\cap C(M_k) \\ne \\{0\\}\\}

(the extraction prints the membership test garbled; this is the reading under which the proof's vectors exist).
For :math:`k` above :math:`k^*` pick :math:`b_{k-1} \\in N(W_k)` and :math:`p_k \\in N(M_k^T)` with
:math:`\\langle p_k, b_{k-1} \\rangle \\ne 0` ((33), (35)).

* Case a (:math:`K \\ne \\emptyset`, :math:`k^* = \\max K`): :math:`b = M_{k^*} b_1 \\in N(W_{k^*})`, :math:`b \\ne 0`;
  :math:`A_h` has row :math:`j` equal to :math:`\\alpha_h p_h^T` (:math:`\\alpha_h b^T` if :math:`k^* = h`),
  :math:`A_k = b_k p_k^T` (:math:`k^* < k < h`), :math:`A_{k^*} = b_{k^*} b^T`, :math:`A_k = 0`
  (:math:`2 \\le k < k^*`), and :math:`A_1` has column :math:`i` equal to :math:`\\alpha_1 b_1`.
* Case b (:math:`K = \\emptyset`): :math:`b_1 \\in N(W_2)`, :math:`A_2 = b_2 b_1^T`, :math:`A_k = b_k p_k^T`
  (:math:`3 \\le k < h`), :math:`A_h` row :math:`j` = :math:`\\alpha_h p_h^T`, :math:`A_1` column :math:`i` =
  :math:`\\alpha_1 b_1`.

Along the straight line :math:`W + tA` only two products survive, so
:math:`g(t) = \\tfrac12 \\lVert t^m P + t^{m+1} Q + \\Delta \\rVert^2` with :math:`m = h - k^* + 1` (case a) or
:math:`h - 1` (case b), and :math:`Q_{ji} = \\alpha_h \\alpha_1 C`, :math:`C \\ne 0`; the signs and sizes of the
:math:`\\alpha` are chosen by computing the exact Taylor coefficients of :math:`g`.

Main definitions
----------------
* :func:`lemma19_hypotheses`, :func:`lemma19_direction`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.losses import SquaredLoss
from symbolic.core.products import chain, full_product
from symbolic.calculus.taylor import taylor_coefficients

__all__ = ["lemma19_hypotheses", "lemma19_direction"]

_ALPHAS = (1, -1, 2, -2, 10, -10, 100, -100, 1000, -1000)


def _null(M: DomainMatrix) -> list:
    """A basis of the right kernel of ``M`` as QQ columns."""
    N = M.convert_to(QQ).nullspace()
    return [N.to_dense()[r:r + 1, :].transpose() for r in range(N.shape[0])]


def _identity(n):
    return DomainMatrix.eye(n, QQ).to_dense()


def _dot(u, v):
    return sum(a * b for (a,), (b,) in zip(u.to_list(), v.to_list()))


def lemma19_hypotheses(weights) -> tuple[bool, str]:
    """Whether Lemma 19's hypotheses (branch :math:`N(W_h) \\ne 0`) hold, with the reason."""
    h = len(weights)
    if h < 3:
        return False, "Lemma 19 needs h >= 3 layers (middle layers 2..h-1)"
    if full_product(weights).rank() >= min([weights[0].shape[1]] + [W.shape[0] for W in weights]):
        return False, "the point is not degenerate"
    for k in range(2, h):
        W = weights[k - 1]
        if not _null(W) or not _null(W.transpose()):
            return False, f"N(W_{k}) or N(W_{k}^T) is trivial"
    if not _null(weights[-1]):
        return False, "N(W_h) is trivial (the transposed branch needs N(W_1^T) != 0)"
    return True, "hypotheses hold"


def _pair(Wk: DomainMatrix, Mk: DomainMatrix):
    for b in _null(Wk):
        for p in _null(Mk.transpose()):
            if _dot(p, b) != 0:
                return b, p
    # a combination: project a kernel vector of W_k onto N(M_k^T) along C(M_k)
    raise ValueError("no b in N(W_k) and p in N(M_k^T) with <p, b> != 0 among basis vectors")


def _direction(weights, j, i, alpha_h, alpha_1):
    Ws = [W.convert_to(QQ) for W in weights]
    h = len(Ws)
    d1 = Ws[0].shape[0]
    M = {k: (chain(Ws, 2, k - 1) if k >= 3 else _identity(d1)) for k in range(2, h + 1)}
    K = [k for k in range(3, h + 1) if Ws[k - 1].matmul(M[k]).rank() < M[k].rank()]
    A = [DomainMatrix.zeros(W.shape, QQ).to_dense() for W in Ws]
    if K:
        ks = max(K)
        c = next(v for v in _null(Ws[ks - 1].matmul(M[ks])) if not M[ks].matmul(v).is_zero_matrix)
        b1, b = c, M[ks].matmul(c)
        pairs = {k: _pair(Ws[k - 1], M[k]) for k in range(ks + 1, h + 1)}  # k: (b_{k-1}, p_k)
        for k in range(ks + 1, h):
            A[k - 1] = pairs[k + 1][0].matmul(pairs[k][1].transpose())
        if ks < h:
            A[ks - 1] = pairs[ks + 1][0].matmul(b.transpose())
            top = pairs[h][1]
        else:
            top = b
        case, order = "a", h - ks + 1
    else:
        b1 = _null(Ws[1])[0]
        pairs = {k: _pair(Ws[k - 1], M[k]) for k in range(3, h + 1)}
        A[1] = pairs[3][0].matmul(b1.transpose())
        for k in range(3, h):
            A[k - 1] = pairs[k + 1][0].matmul(pairs[k][1].transpose())
        top, ks = pairs[h][1], None
        case, order = "b", h - 1
    rows = A[h - 1].to_list()
    rows[j] = [alpha_h * x for (x,) in top.to_list()]
    A[h - 1] = DomainMatrix(rows, A[h - 1].shape, QQ)
    cols = A[0].to_list()
    for r, (x,) in enumerate(b1.to_list()):
        cols[r][i] = alpha_1 * x
    A[0] = DomainMatrix(cols, A[0].shape, QQ)
    return A, case, ks, order


def lemma19_direction(weights, X, Y) -> dict | None:
    """Lemma 19's straight-line descent direction, or ``None`` at a global minimum (:math:`\\Delta X^T = 0`).

    Returns ``{"direction": [A_1..A_h], "case": "a" | "b", "kstar": k* or None, "order": m,
    "leading_coefficient": c}`` with :math:`c < 0` the first nonzero Taylor coefficient of
    :math:`t \\mapsto L(W + tA)` (exact); raises ``ValueError`` if the hypotheses fail or no sign choice of the
    :math:`\\alpha` descends (which would contradict the lemma).

    Examples
    ========

    >>> from symbolic import Network
    >>> from symbolic.landscape.degenerate_descent import lemma19_direction
    >>> Ws = Network([2, 2, 2, 2]).exact_weights([[[0, 0], [0, 0]]] * 3)   # the zero tuple
    >>> d = lemma19_direction(Ws, [[1, 0], [0, 1]], [[1, 2], [0, 1]])
    >>> d["case"], d["order"], str(d["leading_coefficient"])
    ('b', 3, '-1')
    """
    ok, why = lemma19_hypotheses(weights)
    if not ok:
        raise ValueError(f"Lemma 19 does not apply: {why}")
    loss = SquaredLoss(X, Y)
    G = loss.gradient(full_product([W.convert_to(QQ) for W in weights])).convert_to(QQ)
    if G.is_zero_matrix:
        return None
    j, i = next((r, c) for r, row in enumerate(G.to_list()) for c, x in enumerate(row) if x != 0)
    h = len(weights)
    for ah in (1, -1):
        for a1 in _ALPHAS:
            A, case, ks, order = _direction(weights, j, i, QQ(ah), QQ(a1))
            coeffs = taylor_coefficients([W.convert_to(QQ) for W in weights], [A], loss, h + 2)
            first = next(((m, c) for m, c in enumerate(coeffs) if m >= 1 and c != 0), None)
            if first is not None and first[1] < 0:
                return {"direction": A, "case": case, "kstar": ks, "order": first[0], "leading_coefficient": first[1],
                        "predicted_order": order}
    raise ValueError("no choice of alpha_h, alpha_1 gives descent along the line: the construction failed")
