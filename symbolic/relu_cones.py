"""The one-hidden-layer ReLU loss on a cone :math:`K_{I\\times J}`, and Zhou-Liang's form (15) of its critical points.

.. math::

    L_N(A_1, A_2) = \\tfrac12 \\lVert A_2\\, \\sigma(A_1 X) - Y \\rVert_F^2, \\qquad \\sigma(x) = \\max\\{x, 0\\},

and :math:`K_{I\\times J} = \\{(A_1 X)_{I, J} \\ge 0,\\ \\text{other entries} < 0\\}`.  With one hidden unit
(:math:`d_1 = 1`, :math:`I = \\{1\\}`), Proposition 7's form is

.. math::

    A_1 = c^{-1} v^T U_J^T Y_{:,J} X_{:,J}^+ + \\ell^T - \\ell^T X_{:,J} X_{:,J}^+, \\qquad A_2 = c\\, U_J v,

with :math:`\\Sigma_J = Y_{:,J} X_{:,J}^+ X_{:,J} Y_{:,J}^T = U_J \\Lambda_J U_J^T`.

Main definitions
----------------
* :func:`relu_loss`, :func:`activation_pattern`, :func:`sigma_of_cone`, :func:`one_unit_cone_point`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from .exact import rational, rational_matrix
from .pinv import pinv

__all__ = ["relu_loss", "activation_pattern", "sigma_of_cone", "one_unit_cone_point"]


def _qq(M, name):
    return M.convert_to(QQ).to_dense() if isinstance(M, DomainMatrix) else rational_matrix(M, name=name)


def relu_loss(A1, A2, X, Y):
    """:math:`\\tfrac12\\lVert A_2 \\sigma(A_1X) - Y\\rVert_F^2`, exactly.

    Examples
    ========

    >>> from symbolic.relu_cones import relu_loss
    >>> str(relu_loss([[2, -1]], [[1], [0]], [[1, 0], [0, 1]], [[2, 0], [0, 1]]))
    '1/2'
    """
    A1, A2, X, Y = _qq(A1, "A1"), _qq(A2, "A2"), _qq(X, "X"), _qq(Y, "Y")
    Z = A1.matmul(X)
    H = DomainMatrix([[max(z, QQ.zero) for z in row] for row in Z.to_list()], Z.shape, QQ)
    E = A2.matmul(H) - Y
    return sum((v * v for v in E.to_list_flat()), QQ.zero) / 2


def activation_pattern(A1, X):
    """``(I, J)``-style mask of :math:`A_1X`: 1 where the entry is :math:`\\ge 0`, and whether every entry is nonzero
    (the point is interior to its cone)."""
    Z = _qq(A1, "A1").matmul(_qq(X, "X")).to_list()
    return [[int(z >= 0) for z in row] for row in Z], all(z != 0 for row in Z for z in row)


def sigma_of_cone(X, Y, J) -> DomainMatrix:
    """:math:`\\Sigma_J = Y_{:,J} X_{:,J}^+ X_{:,J} Y_{:,J}^T` (zero if :math:`J` is empty).

    Examples
    ========

    >>> from symbolic.relu_cones import sigma_of_cone
    >>> sigma_of_cone([[1, 0], [0, 1]], [[2, 0], [0, 1]], [0]).to_Matrix()
    Matrix([
    [4, 0],
    [0, 0]])
    """
    X, Y = _qq(X, "X"), _qq(Y, "Y")
    J = list(J)
    if not J:
        return DomainMatrix.zeros((Y.shape[0], Y.shape[0]), QQ).to_dense()
    XJ, YJ = X.extract(list(range(X.shape[0])), J), Y.extract(list(range(Y.shape[0])), J)
    return YJ.matmul(pinv(XJ)).matmul(XJ).matmul(YJ.transpose())


def one_unit_cone_point(X, Y, J, c, v, ell, U=None):
    """Proposition 7's point (15) for :math:`d_1 = 1`: ``(A1, A2)``; ``U`` defaults to the identity
    (its columns must be orthonormal eigenvectors of :math:`\\Sigma_J`).

    Examples
    ========

    >>> from symbolic.relu_cones import one_unit_cone_point
    >>> A1, A2 = one_unit_cone_point([[1, 0], [0, 1]], [[2, 0], [0, 1]], [0], 1, [1, 0], [1, -1])
    >>> A1.to_Matrix(), A2.to_Matrix().T
    (Matrix([[2, -1]]), Matrix([[1, 0]]))
    """
    X, Y = _qq(X, "X"), _qq(Y, "Y")
    d0, d2 = X.shape[0], Y.shape[0]
    J = list(J)
    c = rational(c, name="c")
    if c == 0:
        raise ValueError("c must be nonzero (C is invertible)")
    v = _qq([[x] for x in v], "v")
    ell = _qq([[x] for x in ell], "ell")
    U = DomainMatrix.eye(d2, QQ).to_dense() if U is None else _qq(U, "U")
    if J:
        XJ, YJ = X.extract(list(range(d0)), J), Y.extract(list(range(d2)), J)
        XJp = pinv(XJ)
        A1 = v.transpose().matmul(U.transpose()).matmul(YJ).matmul(XJp) * (1 / c) + ell.transpose() \
            - ell.transpose().matmul(XJ).matmul(XJp)
    else:
        A1 = ell.transpose()
    return A1, U.matmul(v) * c
