"""Preimages of perturbations under :math:`M(W_1, W_2) = W_1 W_2`, and families that have none nearby.

Three exact constructions for :math:`W_1 \\in \\mathbb{Q}^{m \\times k}`, :math:`W_2 \\in \\mathbb{Q}^{k \\times n}`,
:math:`k < \\min(m, n)` (Nouiehed-Razaviyayn 2018, Theorem 5 and Proposition 18):

*Proposition 18's "if" direction* (:func:`column_preimage`).  With a set :math:`J` of :math:`k`
columns with :math:`C(Z_J) = C(Z)` and :math:`\\tilde W_2` (:math:`W_1 \\tilde W_2 = 0`) supported on
:math:`J` so that :math:`B_J = (W_2 + t \\tilde W_2)_J` is invertible:

.. math::

    W_1' = Z_J B_J^{-1}, \\qquad W_2' = [\\, B_J \\;|\\; B_J A \\,], \\quad A = Z_J^+ Z_{J^c},
    \\qquad W_1' W_2' = [\\, Z_J \\;|\\; Z_J A \\,] = Z .

With :math:`Z = W_1 W_2 + R`, :math:`W_1' - W_1 = R_J B_J^{-1}` (since :math:`W_1 \\tilde W_2 = 0`).
When :math:`\\operatorname{rank} W_1 W_2 < k`, :math:`\\lVert B_J^{-1} \\rVert \\sim 1/t`, and
:math:`t = \\sqrt{s}` for :math:`R = s R_0` balances the two errors: distance :math:`\\sim \\sqrt{s}`.

*No linear rate* (:func:`linear_rate_obstruction`).  If :math:`u^T W_1 = 0`, :math:`W_2 v = 0` and
:math:`\\operatorname{rank} W_1 W_2 < k`, then :math:`Z_s = W_1 W_2 + s\\, u v^T` is in the range and every
preimage :math:`(W_1 + \\Delta_1, W_2 + \\Delta_2)` has
:math:`s \\lVert u \\rVert^2 \\lVert v \\rVert^2 = u^T \\Delta_1 \\Delta_2 v`, so by Cauchy-Schwarz and
:math:`2ab \\le a^2 + b^2`,

.. math::

    \\lVert \\Delta \\rVert_F^2 \\ge 2 |s| \\, \\lVert u \\rVert \\lVert v \\rVert ,
    \\qquad \\frac{\\lVert \\Delta \\rVert_F^2}{\\lVert s u v^T \\rVert_F^2}
    \\ge \\frac{2}{|s| \\, \\lVert u \\rVert \\lVert v \\rVert} \\to \\infty .

*Not open* (:func:`column_space_obstruction`).  If :math:`\\operatorname{rank} W_1 > \\operatorname{rank} W_1 W_2`,
pick :math:`S \\supseteq C(W_1 W_2)` of dimension :math:`k` missing a vector of :math:`C(W_1)`, and
:math:`Z_s = W_1 W_2 + s R_0` of rank :math:`k` with :math:`C(Z_s) = S` (:math:`s \\ne 0`).  Any preimage
has :math:`C(W_1') = S`, so :math:`Y W_1' = 0` for the rows :math:`Y` spanning :math:`S^\\perp`, and

.. math::

    \\lVert W_1' - W_1 \\rVert_F^2 \\ge \\lVert Y W_1 \\rVert_F^2 / \\lVert Y \\rVert_F^2 > 0
    \\quad \\text{for every } s \\ne 0 .

If instead :math:`\\operatorname{rank} W_2 > \\operatorname{rank} W_1 W_2`, the same on the transposes.

Main definitions
----------------
* :func:`column_preimage`, :func:`preimage_family`, :func:`linear_rate_obstruction`,
  :func:`column_space_obstruction`, :func:`frobenius_sq`.
"""

from __future__ import annotations

import itertools

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.exact import rational
from symbolic.openness.local_openness import condition_witnesses, openness_data
from symbolic.core.pinv import pinv

__all__ = ["column_preimage", "preimage_family", "linear_rate_obstruction", "column_space_obstruction",
           "frobenius_sq"]


def _qq(M: DomainMatrix) -> DomainMatrix:
    return M.convert_to(QQ).to_dense()


def _cols(M: DomainMatrix, J) -> DomainMatrix:
    rows = M.to_list()
    return DomainMatrix([[r[j] for j in J] for r in rows], (M.shape[0], len(J)), QQ)


def frobenius_sq(M: DomainMatrix):
    """:math:`\\lVert M \\rVert_F^2`, a rational.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.open_preimage import frobenius_sq
    >>> str(frobenius_sq(rational_matrix([[1, 2], ["1/2", 0]])))
    '21/4'
    """
    return sum((x * x for row in _qq(M).to_list() for x in row), QQ(0))


def column_preimage(W1: DomainMatrix, W2: DomainMatrix, Z: DomainMatrix, t):
    """Proposition 18's construction: ``(W1', W2', J)`` with ``W1' W2' = Z`` exactly, or None.

    ``J`` is the first (lexicographic) set of :math:`k` columns with :math:`C(Z_J) = C(Z)` and
    :math:`\\operatorname{rank}(W_1 W_2)_J = \\operatorname{rank} W_1 W_2`.  The witness :math:`\\tilde W_2` of
    condition ii) is placed on ``J`` (as the proof does after permuting the columns of :math:`Z`): zero on the
    pivot columns of :math:`(W_2)_J`, a basis of :math:`N(W_1)` on the other :math:`k - r` columns of ``J``,
    zero outside ``J``; ``t`` scales it (``t = 0`` when :math:`W_2` has full row rank).  Then
    :math:`B_J = (W_2 + t \\tilde W_2)_J` is invertible for :math:`t \\ne 0` because
    :math:`C(W_2) \\oplus N(W_1) = \\mathbb{Q}^k` (condition iii).

    Examples
    ========

    >>> from sympy.polys.domains import QQ
    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.open_preimage import column_preimage
    >>> W1, W2 = rational_matrix([[1, 0], [0, 0], [0, 0]]), rational_matrix([[1, 0, 0], [0, 0, 0]])
    >>> Z = rational_matrix([[1, 0, 0], [0, "1/4", 0], [0, 0, 0]])
    >>> V1, V2, J = column_preimage(W1, W2, Z, QQ(1, 2))
    >>> V1.matmul(V2) == Z, J
    (True, (0, 1))
    """
    W1, W2, Z = _qq(W1), _qq(W2), _qq(Z)
    m, k = W1.shape
    n = W2.shape[1]
    if Z.shape != (m, n):
        raise ValueError(f"Z must be {m} x {n} like W1 W2; got {Z.shape[0]} x {Z.shape[1]}")
    if Z.rank() > k:
        raise ValueError(f"Z has rank {Z.rank()} > k = {k}: it is not in the range of M; perturb within rank <= k")
    t = QQ.convert(t)
    P = W1.matmul(W2)
    rP, rZ = P.rank(), Z.rank()
    null = [list(v) for v in W1.nullspace().to_dense().to_list()] if W1.rank() < k else []
    for J in itertools.combinations(range(n), k):
        if _cols(Z, J).rank() < rZ or _cols(P, J).rank() < rP:
            continue
        W2J = _cols(W2, J)
        piv = list(W2J.rref()[1])
        free = [a for a in range(k) if a not in piv]
        if len(free) != len(null) or (free and not t):
            continue
        cols = W2J.transpose().to_list()
        for a, v in zip(free, null):
            cols[a] = [x + t * y for x, y in zip(cols[a], v)]
        BJ = DomainMatrix(cols, (k, k), QQ).transpose()
        if BJ.rank() < k:
            continue
        ZJ = _cols(Z, J)
        Jc = [j for j in range(n) if j not in J]
        BJinv = BJ.inv()
        V1 = ZJ.matmul(BJinv)
        BA = BJ.matmul(pinv(ZJ).matmul(_cols(Z, Jc))).to_list() if Jc else None
        bl = BJ.to_list()
        rows = []
        for i in range(k):
            row = [None] * n
            for a, j in enumerate(J):
                row[j] = bl[i][a]
            for a, j in enumerate(Jc):
                row[j] = BA[i][a]
            rows.append(row)
        return V1, DomainMatrix(rows, (k, n), QQ), J
    return None


def preimage_family(W1: DomainMatrix, W2: DomainMatrix, R0: DomainMatrix, qs) -> list:
    """For each rational ``q``: :math:`s = q^2`, :math:`Z = W_1W_2 + s R_0`, ``t = q`` (or 0 at full rank).

    Returns ``[{"s", "t", "W1p", "W2p", "J", "dist_sq", "R_sq", "ratio_sq"}]`` (rationals); raises
    ``ValueError`` when :math:`(W_1, W_2)` fails Theorem 5's i) or ii).

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.open_preimage import preimage_family
    >>> W1, W2 = rational_matrix([[1, 0], [0, 0], [0, 0]]), rational_matrix([[1, 0, 0], [0, 0, 0]])
    >>> R0 = rational_matrix([[0, 0, 0], [0, 1, 0], [0, 0, 0]])
    >>> [str(f["ratio_sq"]) for f in preimage_family(W1, W2, R0, ["1/2", "1/4"])]
    ['8', '32']
    """
    W1, W2, R0 = _qq(W1), _qq(W2), _qq(R0)
    c = condition_witnesses(W1, W2)
    if not (c["i"][0] and c["ii"][0]):
        raise ValueError("(W1, W2) fails Theorem 5's condition i) or ii): M is not locally open there; "
                         "use column_space_obstruction for a family without nearby preimages")
    full = c["rank_W1W2"] == c["k"]
    out = []
    for q in qs:
        q = rational(q, name="q")
        s = q * q
        t = QQ(0) if full else q
        Z = W1.matmul(W2) + R0 * s
        got = column_preimage(W1, W2, Z, t)
        if got is None:
            raise ValueError(f"no column set J works at s = {s}; choose a smaller s or another R0")
        V1, V2, J = got
        dist = frobenius_sq(V1 - W1) + frobenius_sq(V2 - W2)
        Rsq = frobenius_sq(R0 * s)
        out.append({"s": s, "t": t, "W1p": V1, "W2p": V2, "J": J, "dist_sq": dist, "R_sq": Rsq,
                    "ratio_sq": dist / Rsq})
    return out


def linear_rate_obstruction(W1: DomainMatrix, W2: DomainMatrix):
    """``(u, v)`` with :math:`u^T W_1 = 0`, :math:`W_2 v = 0`, when :math:`\\operatorname{rank} W_1W_2 < k`; else None.

    Then every preimage of :math:`W_1 W_2 + s u v^T` is at squared distance
    :math:`\\ge 2|s| \\lVert u \\rVert \\lVert v \\rVert`: no :math:`\\delta = c\\,\\epsilon` works.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.open_preimage import linear_rate_obstruction
    >>> u, v = linear_rate_obstruction(rational_matrix([[1, 0], [0, 0], [0, 0]]),
    ...                                rational_matrix([[1, 0, 0], [0, 0, 0]]))
    >>> u.shape, v.shape
    ((3, 1), (3, 1))
    """
    W1, W2 = _qq(W1), _qq(W2)
    d = openness_data(W1, W2)
    if d["rank_W1W2"] >= d["k"] or d["rank_W1"] >= d["m"] or d["rank_W2"] >= d["n"]:
        return None
    u = W1.transpose().nullspace().to_dense().to_list()[0]
    v = W2.nullspace().to_dense().to_list()[0]
    return (DomainMatrix([[x] for x in u], (len(u), 1), QQ), DomainMatrix([[x] for x in v], (len(v), 1), QQ))


def _complement_rows(rows, dim):
    """A basis (as rows) of the orthogonal complement of the span of ``rows`` in QQ^dim."""
    if not rows:
        return [[QQ(int(i == j)) for j in range(dim)] for i in range(dim)]
    M = DomainMatrix(rows, (len(rows), dim), QQ)
    if M.rank() == dim:
        return []
    return [list(r) for r in M.nullspace().to_dense().to_list()]


def _col_basis(M: DomainMatrix) -> list:
    """Columns of ``M`` (as lists) forming a basis of :math:`C(M)`."""
    _, piv = M.rref()
    cols = M.transpose().to_list()
    return [list(cols[j]) for j in piv]


def column_space_obstruction(W1: DomainMatrix, W2: DomainMatrix):
    """``{"side", "R0", "Y", "bound"}`` for a family without nearby preimages, or None.

    ``side`` is ``"left"`` when :math:`\\operatorname{rank} W_1 > \\operatorname{rank} W_1W_2` (the
    certificate is on :math:`W_1`), ``"right"`` when :math:`\\operatorname{rank} W_2 > \\operatorname{rank} W_1W_2`
    (on :math:`W_2^T`); ``bound`` is :math:`\\lVert Y W \\rVert_F^2 / \\lVert Y \\rVert_F^2`.  The side needs
    :math:`m > k \\le n` (left) or :math:`n > k \\le m` (right), so that a rank-:math:`k` family fits; in the
    full-rank case
    :math:`k \\ge \\min(m, n)` this happens only for :math:`k = \\min(m, n) < \\max(m, n)`.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.openness.open_preimage import column_space_obstruction
    >>> ob = column_space_obstruction(rational_matrix([[1], [1]]), rational_matrix([[0, 0]]))  # Remark 1
    >>> ob["side"], str(ob["bound"])
    ('left', '2')
    """
    W1, W2 = _qq(W1), _qq(W2)
    d = openness_data(W1, W2)
    m, k, n = d["m"], d["k"], d["n"]
    if d["rank_W1"] > d["rank_W1W2"] and m > k <= n:
        side, A, B = "left", W1, W2
    elif d["rank_W2"] > d["rank_W1W2"] and n > k <= m:
        side, A, B = "right", W2.transpose(), W1.transpose()
    else:
        return None
    a, b = A.shape[0], B.shape[1]
    P = A.matmul(B)
    cP = _col_basis(P) if P.rank() else []
    # w in C(A) outside C(P); w' its component orthogonal to C(P)
    Pbasis = DomainMatrix(cP, (len(cP), a), QQ) if cP else None
    w = None
    for col in _col_basis(A):
        if Pbasis is None or DomainMatrix(cP + [col], (len(cP) + 1, a), QQ).rank() > len(cP):
            w = col
            break
    wvec = DomainMatrix([[x] for x in w], (a, 1), QQ)
    if Pbasis is not None:
        Pt = Pbasis.transpose()
        wvec = wvec - Pt.matmul(pinv(Pt)).matmul(wvec)
    wp = [x for x in wvec.transpose().to_list()[0]]
    us = _complement_rows(cP + [wp], a)[: k - len(cP)]
    rP = [list(r) for r in P.rref()[0].to_list()[: len(cP)]] if cP else []
    vs = _complement_rows(rP, b)[: k - len(cP)]
    R0 = DomainMatrix.zeros((a, b), QQ).to_dense()
    for u, v in zip(us, vs):
        R0 = R0 + DomainMatrix([[x] for x in u], (a, 1), QQ).matmul(DomainMatrix([v], (1, b), QQ))
    S = cP + us
    Y = DomainMatrix(_complement_rows(S, a), (a - k, a), QQ)
    bound = frobenius_sq(Y.matmul(A)) / frobenius_sq(Y)
    if (P + R0).rank() != k:  # cannot happen when k <= min(a, b); kept as a guard
        return None
    if side == "right":
        R0 = R0.transpose()
    return {"side": side, "R0": R0, "Y": Y, "bound": bound}
