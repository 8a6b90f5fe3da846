"""Pyramidal leaky-ReLU networks and exact preimages of perturbations (Nouiehed-Razaviyayn 2018, Lemma 6).

:math:`F_1(W) = \\sigma(W_1 X)`, :math:`F_i(W) = \\sigma(W_i F_{i-1}(W))` with the leaky ReLU
:math:`\\sigma_a(x) = x` (:math:`x \\ge 0`), :math:`a x` (:math:`x < 0`), :math:`0 < a`, rational; its
inverse is :math:`\\sigma_a^{-1}(y) = y` (:math:`y \\ge 0`), :math:`y / a` (:math:`y < 0`).

*Preimage* (:func:`pyramidal_preimage`).  Given a target :math:`T_h` near :math:`F_h(W)`, with every
:math:`W_i` (:math:`i \\ge 2`) of full row rank and :math:`X` of full column rank, go down the layers:

.. math::

    P_i = \\sigma^{-1}(T_i), \\qquad T_{i-1} = F_{i-1}(W) + W_i^+ (P_i - W_i F_{i-1}(W)) \\quad (i \\ge 2),
    \\qquad W_1' = W_1 + (P_1 - W_1 X) X^+ .

Since :math:`W_i W_i^+ = I` and :math:`X^+ X = I`, :math:`W_i T_{i-1} = P_i` and :math:`W_1' X = P_1`,
so :math:`F_h(W_1', W_2, \\dots, W_h) = T_h` exactly; only :math:`W_1` moves, and each step is
Lipschitz (:math:`\\sigma^{-1}` with constant :math:`\\max(1, 1/a)`): the distance is
:math:`O(\\lVert T_h - F_h(W) \\rVert)`.

Main definitions
----------------
* :func:`leaky_relu`, :func:`leaky_relu_inverse`, :func:`forward`, :func:`pyramidal_preimage`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.exact import rational
from symbolic.core.pinv import pinv

__all__ = ["leaky_relu", "leaky_relu_inverse", "forward", "pyramidal_preimage"]


def _slope(a):
    a = rational(a, name="slope")
    if a <= 0:
        raise ValueError(f"the leaky ReLU slope must be positive (strictly monotone); got {a}")
    return a


def _map(M: DomainMatrix, f) -> DomainMatrix:
    return DomainMatrix([[f(x) for x in row] for row in M.to_list()], M.shape, QQ)


def leaky_relu(M: DomainMatrix, a) -> DomainMatrix:
    """Entrywise :math:`\\sigma_a`.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.forms.pyramidal import leaky_relu
    >>> leaky_relu(rational_matrix([[2, -3]]), "1/10").to_Matrix()
    Matrix([[2, -3/10]])
    """
    a = _slope(a)
    return _map(M.convert_to(QQ).to_dense(), lambda x: x if x >= 0 else a * x)


def leaky_relu_inverse(M: DomainMatrix, a) -> DomainMatrix:
    """Entrywise :math:`\\sigma_a^{-1}`.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.forms.pyramidal import leaky_relu_inverse
    >>> leaky_relu_inverse(rational_matrix([[2, "-3/10"]]), "1/10").to_Matrix()
    Matrix([[2, -3]])
    """
    a = _slope(a)
    return _map(M.convert_to(QQ).to_dense(), lambda x: x if x >= 0 else x / a)


def forward(weights, X: DomainMatrix, a) -> list:
    """``[F_1, ..., F_h]``, exactly.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.forms.pyramidal import forward
    >>> forward([rational_matrix([[1, -1]])], rational_matrix([[1], [2]]), "1/10")[-1].to_Matrix()
    Matrix([[-1/10]])
    """
    out, F = [], X.convert_to(QQ).to_dense()
    for W in weights:
        W = W.convert_to(QQ).to_dense()
        if W.shape[1] != F.shape[0]:
            raise ValueError(f"layer shapes do not chain: {W.shape[0]} x {W.shape[1]} after {F.shape[0]} rows")
        F = leaky_relu(W.matmul(F), a)
        out.append(F)
    return out


def pyramidal_preimage(weights, X: DomainMatrix, a, target: DomainMatrix) -> DomainMatrix:
    """:math:`W_1'` with :math:`F_h(W_1', W_2, \\dots, W_h) = T` (``target``), exactly.

    Needs :math:`X` of full column rank and :math:`W_2, \\dots, W_h` of full row rank.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.forms.pyramidal import forward, pyramidal_preimage
    >>> Ws = [rational_matrix([[1, 0, 1], [0, 1, -1]]), rational_matrix([[1, 2]])]
    >>> X = rational_matrix([[1, 0], [0, 1], [1, 1]])
    >>> T = forward(Ws, X, "1/10")[-1] + rational_matrix([["1/100", "-1/50"]])
    >>> W1p = pyramidal_preimage(Ws, X, "1/10", T)
    >>> forward([W1p] + Ws[1:], X, "1/10")[-1] == T
    True
    """
    X = X.convert_to(QQ).to_dense()
    if X.rank() < X.shape[1]:
        raise ValueError(f"X ({X.shape[0]} x {X.shape[1]}) must have full column rank; take d0 > n and generic X")
    Ws = [W.convert_to(QQ).to_dense() for W in weights]
    for i, W in enumerate(Ws[1:], start=2):
        if W.rank() < W.shape[0]:
            raise ValueError(f"W_{i} ({W.shape[0]} x {W.shape[1]}) must have full row rank")
    Fs = forward(Ws, X, a)
    T = target.convert_to(QQ).to_dense()
    if T.shape != Fs[-1].shape:
        raise ValueError(f"the target must be {Fs[-1].shape[0]} x {Fs[-1].shape[1]}")
    for i in range(len(Ws) - 1, 0, -1):
        P = leaky_relu_inverse(T, a)
        T = Fs[i - 1] + pinv(Ws[i]).matmul(P - Ws[i].matmul(Fs[i - 1]))
    P1 = leaky_relu_inverse(T, a)
    return Ws[0] + (P1 - Ws[0].matmul(X)).matmul(pinv(X))
