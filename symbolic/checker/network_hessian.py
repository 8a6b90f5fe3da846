"""The exact Hessian of a linear network's squared or quartic loss, in closed form (Fractions only).

Used by the separate checker (:mod:`symbolic.checker.verdicts`); its tests compare it with the Hessian by
polarization of second Taylor coefficients (:func:`symbolic.checker.verdicts._hessian_by_polarization`).

Main definitions
----------------
* :func:`network_hessian`.
"""

from __future__ import annotations

from fractions import Fraction

from .poly import mat_mul, mat_sub, transpose

__all__ = ["network_hessian"]


def _eye(n):
    return [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]


def network_hessian(dims, Ws, X, Y, loss="squared"):
    """The Hessian of :math:`\\tfrac12 \\lVert W_L \\cdots W_1 X - Y\\rVert_F^2` (``loss="squared"``) or of the quartic
    loss at ``Ws`` (lists of Fraction rows), parameters ordered layer by layer, each matrix row by row.

    Closed form.  With :math:`A = W_L \\cdots W_1`, :math:`E = AX - Y`,
    :math:`P_k = W_L \\cdots W_{k+1}` and :math:`R_k = W_{k-1} \\cdots W_1 X`, the parameter
    :math:`(k, a, b)` (entry :math:`(a, b)` of :math:`W_k`) moves :math:`AX` by
    :math:`J = P_k e_a e_b^T R_k`; the loss's second derivative is
    :math:`\\sum_{pq} w_{pq} J_{pq} J'_{pq}` (:math:`w = 1` squared, :math:`3E^2` quartic) plus, for two
    layers :math:`k < l`, :math:`\\langle G, P_l e_c e_d^T W_{l-1} \\cdots W_{k+1} e_a e_b^T W_{k-1} \\cdots W_1\\rangle
    = (P_l^T G (W_{k-1} \\cdots W_1)^T)_{cb} (W_{l-1} \\cdots W_{k+1})_{da}` with :math:`G = f'(E) X^T`.

    Examples
    ========

    >>> from fractions import Fraction as F
    >>> from symbolic.checker.network_hessian import network_hessian
    >>> one = [[F(1)]]
    >>> [[str(v) for v in row] for row in network_hessian([1, 1, 1], [one, one], one, one)]
    [['1', '1'], ['1', '1']]
    >>> [[str(v) for v in row] for row in network_hessian([1, 1, 1], [one, one], one, [[F(3)]])]
    [['1', '-1'], ['-1', '1']]
    """
    L = len(Ws)
    shapes = [(dims[k], dims[k - 1]) for k in range(1, len(dims))]
    lower = [_eye(dims[0])]                      # lower[k] = W_k .. W_1
    for W in Ws:
        lower.append(mat_mul(W, lower[-1]))
    upper = [None] * (L + 2)                     # upper[k] = W_L .. W_k, upper[L + 1] = I
    upper[L + 1] = _eye(dims[-1])
    for k in range(L, 0, -1):
        upper[k] = mat_mul(upper[k + 1], Ws[k - 1])
    E = mat_sub(mat_mul(lower[-1], X), Y)
    quartic = loss == "quartic"
    G = mat_mul([[e * e * e for e in row] for row in E] if quartic else E, transpose(X))
    R = [None] + [mat_mul(lower[k - 1], X) for k in range(1, L + 1)]
    offsets, pos = [], 0
    for a, b in shapes:
        offsets.append(pos)
        pos += a * b
    n = sum(a * b for a, b in shapes)
    H = [[Fraction(0)] * n for _ in range(n)]
    if quartic:
        w = [[3 * e * e for e in row] for row in E]
        J = []                                   # J[i] = the change of A X (flattened) along parameter i
        for k in range(1, L + 1):
            P = upper[k + 1]
            for a in range(dims[k]):
                for b in range(dims[k - 1]):
                    J.append([P[p][a] * R[k][b][q] for p in range(dims[-1]) for q in range(len(X[0]))])
        wflat = [x for row in w for x in row]
        for i in range(n):
            Ji = [x * y for x, y in zip(J[i], wflat)]
            for j in range(i, n):
                H[i][j] = H[j][i] = sum(x * y for x, y in zip(Ji, J[j]) if x)
    else:
        for k in range(1, L + 1):
            for l in range(k, L + 1):
                GP = mat_mul(transpose(upper[k + 1]), upper[l + 1])          # d_k x d_l
                GR = mat_mul(R[k], transpose(R[l]))                          # d_(k-1) x d_(l-1)
                for a in range(dims[k]):
                    for b in range(dims[k - 1]):
                        i = offsets[k - 1] + a * dims[k - 1] + b
                        row = H[i]
                        for c in range(dims[l]):
                            g = GP[a][c]
                            if not g:
                                continue
                            base = offsets[l - 1] + c * dims[l - 1]
                            for d in range(dims[l - 1]):
                                row[base + d] += g * GR[b][d]
    for k in range(1, L + 1):
        for l in range(k + 1, L + 1):
            S = mat_mul(mat_mul(transpose(upper[l + 1]), G), transpose(lower[k - 1]))   # d_l x d_(k-1)
            M = _eye(dims[k])
            for m in range(k + 1, l):
                M = mat_mul(Ws[m - 1], M)                                      # W_(l-1) .. W_(k+1): d_(l-1) x d_k
            for a in range(dims[k]):
                for b in range(dims[k - 1]):
                    i = offsets[k - 1] + a * dims[k - 1] + b
                    for c in range(dims[l]):
                        s = S[c][b]
                        if not s:
                            continue
                        base = offsets[l - 1] + c * dims[l - 1]
                        for d in range(dims[l - 1]):
                            if M[d][a]:
                                H[i][base + d] += s * M[d][a]
    for i in range(n):                           # the layer blocks k < l were filled above the diagonal
        for j in range(i + 1, n):
            H[j][i] = H[i][j]
    return H
