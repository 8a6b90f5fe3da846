"""The one-hidden-layer ReLU loss on a cone :math:`K_{I\\times J}`, and Zhou-Liang's form (15) of its critical points.

.. math::

    L_N(A_1, A_2) = \\tfrac12 \\lVert A_2\\, \\sigma(A_1 X) - Y \\rVert_F^2, \\qquad \\sigma(x) = \\max\\{x, 0\\},

and :math:`K_{I\\times J} = \\{(A_1 X)_{I, J} \\ge 0,\\ \\text{other entries} < 0\\}`.  With one hidden unit
(:math:`d_1 = 1`, :math:`I = \\{1\\}`), Proposition 7's form is

.. math::

    A_1 = c^{-1} v^T U_J^T Y_{:,J} X_{:,J}^+ + \\ell^T - \\ell^T X_{:,J} X_{:,J}^+, \\qquad A_2 = c\\, U_J v,

with :math:`\\Sigma_J = Y_{:,J} X_{:,J}^+ X_{:,J} Y_{:,J}^T = U_J \\Lambda_J U_J^T`.  The columns of :math:`U_J`
are ordered as in Section 3's block form :math:`V = [\\operatorname{diag}(V_1, \\dots, V_r, \\bar V), 0]`:
eigenvalues decreasing, the zero ones last (:func:`cone_eigenbasis`, built from the same
:func:`~symbolic.forms.analytical_forms.rational_spectrum` as Theorem 1's code), so the entries of :math:`v`
address :math:`\\sigma_1(J), \\sigma_2(J), \\dots`

With :math:`d_1 > 1` hidden units (Proposition 6) the blocks :math:`((A_1)_{I,:}, (A_2)_{:,I})` of a point in
:math:`K_{I\\times J}` are Theorem 1's form on the data :math:`(X_{:,J}, Y_{:,J})`
(:func:`cone_point` embeds a :class:`~symbolic.forms.analytical_forms.ShallowForm`); the other rows of :math:`A_1`
are inactive and the other columns of :math:`A_2` do not enter :math:`L_N`.

Main definitions
----------------
* :func:`relu_loss`, :func:`activation_pattern`, :func:`sigma_of_cone`, :func:`cone_eigenbasis`,
  :func:`one_unit_cone_point`.
* :func:`cone_of` -- the cone :math:`K_{I\\times J}` holding a point, if any; :func:`cone_point`;
  :func:`relu_gradients` (inside an open cone).
"""

from __future__ import annotations

import math

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.forms.analytical_forms import rational_spectrum
from symbolic.core.exact import rational, rational_matrix
from symbolic.core.pinv import pinv

__all__ = ["activation_pattern", "cone_eigenbasis", "cone_of", "cone_point", "one_unit_cone_point", "relu_gradients",
           "relu_loss", "sigma_of_cone"]


def _qq(M, name):
    return M.convert_to(QQ).to_dense() if isinstance(M, DomainMatrix) else rational_matrix(M, name=name)


def relu_loss(A1, A2, X, Y):
    """:math:`\\tfrac12\\lVert A_2 \\sigma(A_1X) - Y\\rVert_F^2`, exactly.

    Examples
    ========

    >>> from symbolic.forms.relu_cones import relu_loss
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

    >>> from symbolic.forms.relu_cones import sigma_of_cone
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


def _rational_sqrt(q):
    """The rational square root of ``q`` >= 0, or None."""
    num, den = int(QQ.numer(q)), int(QQ.denom(q))
    a, b = math.isqrt(num), math.isqrt(den)
    return QQ(a, b) if a * a == num and b * b == den else None


def cone_eigenbasis(X, Y, J) -> DomainMatrix:
    """:math:`U_J`: orthonormal eigenvectors of :math:`\\Sigma_J` as columns, eigenvalues decreasing and the zero
    ones last (Section 3's order, :func:`~symbolic.forms.analytical_forms.rational_spectrum`).

    Raises ``ValueError`` when an eigenvalue is irrational or an eigenvector has irrational length; then pass
    ``U`` to :func:`one_unit_cone_point` yourself (or scale ``c``).

    .. math::

        \\Sigma_J = U_J \\Lambda_J U_J^T, \\qquad \\Lambda_J = \\operatorname{diag}(\\sigma_1(J), \\dots, 0).

    Examples
    ========

    >>> from symbolic.forms.relu_cones import cone_eigenbasis
    >>> cone_eigenbasis([[1, 0], [0, 1]], [[2, 0], [0, 1]], [1]).to_Matrix()   # Sigma_J' = diag(0, 1)
    Matrix([
    [0, 1],
    [1, 0]])
    >>> cone_eigenbasis([[1, 0], [0, 1]], [[2, 0], [0, 1]], [0]).to_Matrix()   # Sigma_J = diag(4, 0)
    Matrix([
    [1, 0],
    [0, 1]])
    >>> cone_eigenbasis([[1]], [[1], [1]], [0])
    Traceback (most recent call last):
    ...
    ValueError: an eigenvector of Sigma_J for 2 has irrational length sqrt(2); pass U explicitly
    """
    Sigma = sigma_of_cone(X, Y, J)
    spaces, rest = rational_spectrum(Sigma)
    if rest:
        raise ValueError(f"Sigma_J has irrational eigenvalues (factors {rest}); pass U explicitly")
    cols = []
    for s in spaces:
        for b in s.basis:
            n2 = b.transpose().matmul(b)[0, 0].element
            n = _rational_sqrt(n2)
            if n is None:
                raise ValueError(f"an eigenvector of Sigma_J for {s.value} has irrational length sqrt({n2}); "
                                 "pass U explicitly")
            cols.append(b * (1 / n))
    return DomainMatrix.hstack(*cols)


def one_unit_cone_point(X, Y, J, c, v, ell, U=None):
    """Proposition 7's point (15) for :math:`d_1 = 1`: ``(A1, A2)``.

    ``U`` defaults to :func:`cone_eigenbasis` (eigenvalues of :math:`\\Sigma_J` decreasing, zero ones last); a
    given ``U`` must have orthonormal eigenvectors of :math:`\\Sigma_J` as columns.

    .. math::

        A_1 = c^{-1} v^T U_J^T Y_{:,J} X_{:,J}^+ + \\ell^T - \\ell^T X_{:,J} X_{:,J}^+, \\qquad A_2 = c\\, U_J v.

    Examples
    ========

    >>> from symbolic.forms.relu_cones import one_unit_cone_point
    >>> A1, A2 = one_unit_cone_point([[1, 0], [0, 1]], [[2, 0], [0, 1]], [0], 1, [1, 0], [1, -1])
    >>> A1.to_Matrix(), A2.to_Matrix().T
    (Matrix([[2, -1]]), Matrix([[1, 0]]))
    >>> A1, A2 = one_unit_cone_point([[1, 0], [0, 1]], [[2, 0], [0, 1]], [1], 1, [1, 0], [-1, 0])
    >>> A1.to_Matrix(), A2.to_Matrix().T     # Example 1's second cone: v = (1, 0) is on sigma_1(J') = 1
    (Matrix([[-1, 1]]), Matrix([[0, 1]]))
    """
    X, Y = _qq(X, "X"), _qq(Y, "Y")
    d0, d2 = X.shape[0], Y.shape[0]
    J = list(J)
    c = rational(c, name="c")
    if c == 0:
        raise ValueError("c must be nonzero (C is invertible)")
    v = _qq([[x] for x in v], "v")
    ell = _qq([[x] for x in ell], "ell")
    U = cone_eigenbasis(X, Y, J) if U is None else _qq(U, "U")
    if U.shape != (d2, d2) or U.transpose().matmul(U) != DomainMatrix.eye(d2, QQ).to_dense():
        raise ValueError(f"U must be a {d2} x {d2} matrix with orthonormal columns")
    if J:
        XJ, YJ = X.extract(list(range(d0)), J), Y.extract(list(range(d2)), J)
        XJp = pinv(XJ)
        A1 = v.transpose().matmul(U.transpose()).matmul(YJ).matmul(XJp) * (1 / c) + ell.transpose() \
            - ell.transpose().matmul(XJ).matmul(XJp)
    else:
        A1 = ell.transpose()
    return A1, U.matmul(v) * c


def cone_of(A1, X):
    """``(I, J, interior)`` with the point in :math:`K_{I\\times J}` ((8): :math:`(A_1X)_{I,J} \\ge 0`, every other
    entry :math:`< 0`), or ``None`` when the entries :math:`\\ge 0` do not form a product :math:`I \\times J`.

    Examples
    ========

    >>> from symbolic.forms.relu_cones import cone_of
    >>> cone_of([[1, 0], [-1, -1]], [[1, 0, 1], [0, 1, 2]])
    ([0], [0, 1, 2], False)
    >>> cone_of([[1, -1], [-1, 1]], [[1, 0], [0, 1]]) is None
    True
    """
    Z = _qq(A1, "A1").matmul(_qq(X, "X")).to_list()
    I = [i for i, row in enumerate(Z) if any(z >= 0 for z in row)]
    J = [j for j in range(len(Z[0])) if any(row[j] >= 0 for row in Z)]
    if any((Z[i][j] >= 0) != (i in I and j in J) for i in range(len(Z)) for j in range(len(Z[0]))):
        return None
    return I, J, all(z != 0 for row in Z for z in row)


def cone_point(F, I, d1: int, other_rows, other_columns):
    """``(A1, A2)`` with :math:`(A_1)_{I,:} = F.A_1`, :math:`(A_2)_{:,I} = F.A_2` (``F`` a
    :class:`~symbolic.forms.analytical_forms.ShallowForm` on :math:`(X_{:,J}, Y_{:,J})` with :math:`|I|` units), the
    other rows of :math:`A_1` from ``other_rows`` and the other columns of :math:`A_2` from ``other_columns``
    (lists in the order of the hidden units outside ``I``).

    Examples
    ========

    >>> from symbolic.forms.analytical_forms import shallow_critical_point
    >>> from symbolic.forms.relu_cones import cone_point
    >>> F = shallow_critical_point([[1], [0]], [[2], [0]], 1, (1, 0))
    >>> A1, A2 = cone_point(F, [1], 2, [[-1, -1]], [[5], [5]])
    >>> A1.to_Matrix(), A2.to_Matrix()
    (Matrix([
    [-1, -1],
    [ 2,  0]]), Matrix([
    [5, 1],
    [5, 0]]))
    """
    I = list(I)
    if sorted(set(I)) != I or not I or I[-1] >= d1 or len(I) != F.A1.shape[0]:
        raise ValueError(f"I must list {F.A1.shape[0]} increasing hidden units below d1 = {d1}; got {I}")
    rest = [i for i in range(d1) if i not in I]
    d0, d2 = F.A1.shape[1], F.A2.shape[0]
    R = _qq(other_rows, "other_rows") if rest else None
    S = _qq(other_columns, "other_columns") if rest else None
    if rest and (R.shape != (len(rest), d0) or S.shape != (d2, len(rest))):
        raise ValueError(f"other_rows must be {len(rest)} x {d0} and other_columns {d2} x {len(rest)}")
    rows, cols = [], []
    for i in range(d1):
        src, k = (F.A1, I.index(i)) if i in I else (R, rest.index(i))
        rows.append(src.to_list()[k])
        src2, k2 = (F.A2, I.index(i)) if i in I else (S, rest.index(i))
        cols.append([r[k2] for r in src2.to_list()])
    A1 = DomainMatrix(rows, (d1, d0), QQ)
    A2 = DomainMatrix([[cols[i][r] for i in range(d1)] for r in range(d2)], (d2, d1), QQ)
    return A1, A2


def relu_gradients(A1, A2, X, Y):
    """:math:`(\\nabla_{A_1} L_N, \\nabla_{A_2} L_N) = (((A_2^TE) \\odot M) X^T, E\\,\\sigma(A_1X)^T)` with
    :math:`E = A_2\\sigma(A_1X) - Y` and :math:`M` the 0/1 mask of :math:`A_1X > 0`; only inside an open cone
    (every entry of :math:`A_1X` nonzero), where :math:`L_N` is differentiable.

    Examples
    ========

    >>> from symbolic.forms.relu_cones import relu_gradients
    >>> G1, G2 = relu_gradients([[2, -1]], [[1], [0]], [[1, 0], [0, 1]], [[2, 0], [0, 1]])
    >>> G1.to_Matrix(), G2.to_Matrix().T
    (Matrix([[0, 0]]), Matrix([[0, 0]]))
    """
    A1, A2, X, Y = _qq(A1, "A1"), _qq(A2, "A2"), _qq(X, "X"), _qq(Y, "Y")
    Z = A1.matmul(X)
    if any(z == 0 for z in Z.to_list_flat()):
        raise ValueError("an entry of A1 X is zero: L_N need not be differentiable on a cone boundary")
    M = [[QQ(int(z > 0)) for z in row] for row in Z.to_list()]
    H = DomainMatrix([[z * m for z, m in zip(rz, rm)] for rz, rm in zip(Z.to_list(), M)], Z.shape, QQ)
    E = A2.matmul(H) - Y
    B = A2.transpose().matmul(E).to_list()
    G = DomainMatrix([[b * m for b, m in zip(rb, rm)] for rb, rm in zip(B, M)], Z.shape, QQ)
    return G.matmul(X.transpose()), E.matmul(H.transpose())
