"""Losses of the end-to-end matrix :math:`A = W_L \\cdots W_1`.

Every loss here is a function :math:`f : \\mathbb{R}^{d_L \\times d_0} \\to \\mathbb{R}`
of the product; the network loss is :math:`L(W_1, \\dots, W_L) = f(W_L \\cdots W_1)`.
Each loss gives its value, its gradient :math:`\\nabla f(A)` (a
:math:`d_L \\times d_0` matrix) and its Hessian in the coordinates
:math:`\\operatorname{vec}(A^T)` (row-major flattening of :math:`A`).

* :class:`SquaredLoss` -- :math:`\\tfrac12 \\lVert A X - Y \\rVert_F^2`;
  :math:`\\nabla f = (AX - Y) X^T`, :math:`\\nabla^2 f = I_{d_L} \\otimes X X^T`.
* :class:`QuarticLoss` -- :math:`\\tfrac14 \\sum_{ij} (AX - Y)_{ij}^4`, convex,
  polynomial, not the square.
* :class:`SoftplusLoss` -- logistic loss :math:`\\sum_{ij} \\log(1 + e^{-Y_{ij} (AX)_{ij}})`,
  convex, differentiable, not polynomial (values and derivatives are SymPy
  expressions, exact but transcendental).
* :class:`GeneralLoss` -- an arbitrary twice differentiable :math:`f`: its
  gradient and Hessian entries are free symbols ``Df_pq`` and ``D2f_pq_rs``
  (symmetric), so identities proved with it hold for every :math:`f`.
"""

from __future__ import annotations

import sympy
from sympy.polys.domains import EXRAW, QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.exact import rational_matrix
from symbolic.core.kronecker import kron

__all__ = ["Loss", "SquaredLoss", "QuarticLoss", "SoftplusLoss", "GeneralLoss", "make_loss"]


class Loss:
    """Base class: a function of the product :math:`A` (``d_out x d_in``)."""

    name = "loss"
    polynomial = True
    convex: bool | None = None

    def __init__(self, d_out: int, d_in: int):
        self.d_out, self.d_in = d_out, d_in

    def _check(self, A: DomainMatrix):
        if not isinstance(A, DomainMatrix):
            raise TypeError(f"{self.name} loss takes the product as a DomainMatrix; got {type(A).__name__} "
                            "(convert rows with symbolic.core.exact.rational_matrix)")
        if tuple(A.shape) != (self.d_out, self.d_in):
            raise ValueError(f"{self.name} loss takes a {self.d_out} x {self.d_in} product; got {A.shape[0]} x {A.shape[1]}")

    def value(self, A):  # pragma: no cover - abstract
        raise NotImplementedError

    def gradient(self, A) -> DomainMatrix:  # pragma: no cover - abstract
        raise NotImplementedError

    def hessian(self, A) -> DomainMatrix:  # pragma: no cover - abstract
        raise NotImplementedError

    def extra_symbols(self) -> list:
        """Symbols a polynomial ring must contain to hold this loss's derivatives."""
        return []


class _DataLoss(Loss):
    """A loss of the residual :math:`E = AX - Y` with data X (d0 x n), Y (dL x n)."""

    def __init__(self, X, Y):
        self.X = X if isinstance(X, DomainMatrix) else rational_matrix(X, name="X")
        self.Y = Y if isinstance(Y, DomainMatrix) else rational_matrix(Y, name="Y")
        if self.X.shape[1] != self.Y.shape[1]:
            raise ValueError(f"X has {self.X.shape[1]} columns and Y has {self.Y.shape[1]}; "
                             "both need one column per sample")
        super().__init__(self.Y.shape[0], self.X.shape[0])

    def residual(self, A: DomainMatrix) -> DomainMatrix:
        """:math:`E = A X - Y` over the common domain."""
        self._check(A)
        K = A.domain.unify(self.X.domain).unify(self.Y.domain)
        return A.convert_to(K).matmul(self.X.convert_to(K)) - self.Y.convert_to(K)

    def _data(self, K):
        return self.X.convert_to(K)

    def _power_sum(self, A, p: int):
        """:math:`\\tfrac1p \\sum_{ij} E_{ij}^p` for the residual :math:`E = AX - Y`."""
        E = self.residual(A)
        K = E.domain
        total = K.zero
        for row in E.to_list():
            for e in row:
                total += e ** p
        return total * K.convert(QQ(1, p))


class SquaredLoss(_DataLoss):
    """:math:`f(A) = \\tfrac12 \\lVert A X - Y \\rVert_F^2`.

    .. math::

        \\nabla f(A) = (AX - Y) X^T, \\qquad
        \\nabla^2 f = I_{d_L} \\otimes X X^T \\text{ in } \\operatorname{vec}(A^T).

    Examples
    ========

    >>> from symbolic.core.losses import SquaredLoss
    >>> from symbolic.core.exact import rational_matrix
    >>> f = SquaredLoss([[1, 0], [0, 1]], [[1, 2]])
    >>> str(f.value(rational_matrix([[0, 0]])))
    '5/2'
    """

    name = "squared"
    convex = True
    power = 2

    def value(self, A):
        return self._power_sum(A, self.power)

    def gradient(self, A):
        E = self.residual(A)
        return E.matmul(self._data(E.domain).transpose())

    def hessian(self, A):
        self._check(A)
        X = self.X.convert_to(A.domain.unify(self.X.domain))
        return kron(DomainMatrix.eye(self.d_out, X.domain).to_dense(), X.matmul(X.transpose()))


class QuarticLoss(_DataLoss):
    """:math:`f(A) = \\tfrac14 \\sum_{ij} (AX - Y)_{ij}^4` (convex, polynomial).

    .. math::

        \\nabla f(A) = (E \\circ E \\circ E) X^T, \\qquad E = AX - Y.
    """

    name = "quartic"
    convex = True
    power = 4

    def value(self, A):
        return self._power_sum(A, self.power)

    def gradient(self, A):
        E = self.residual(A)
        cube = DomainMatrix([[e ** 3 for e in row] for row in E.to_list()], E.shape, E.domain)
        return cube.matmul(self._data(E.domain).transpose())

    def hessian(self, A):
        E = self.residual(A)
        K = E.domain
        X = self._data(K).to_list()
        d0, n = self.d_in, len(X[0])
        size = self.d_out * d0
        rows = [[K.zero] * size for _ in range(size)]
        three = K.convert(QQ(3))
        for i, erow in enumerate(E.to_list()):
            for l1 in range(d0):
                for l2 in range(d0):
                    rows[i * d0 + l1][i * d0 + l2] = three * sum((erow[j] ** 2 * X[l1][j] * X[l2][j] for j in range(n)), K.zero)
        return DomainMatrix(rows, (size, size), K)


def _sigmoid(u):
    return 1 / (1 + sympy.exp(-u))


class SoftplusLoss(_DataLoss):
    """Logistic loss :math:`f(A) = \\sum_{ij} \\log(1 + e^{-Y_{ij} (AX)_{ij}})`.

    Convex and differentiable, not polynomial.  Values and derivatives are
    exact SymPy expressions (over the ``EXRAW`` domain).

    .. math::

        \\nabla f(A) = G X^T, \\quad G_{ij} = -Y_{ij}\\, \\sigma(-Y_{ij} (AX)_{ij}),
        \\quad \\sigma(u) = 1/(1 + e^{-u}).
    """

    name = "softplus"
    polynomial = False
    convex = True

    def _margins(self, A):
        self._check(A)
        Z = A.convert_to(EXRAW).matmul(self.X.convert_to(EXRAW))
        return Z.to_list(), self.Y.convert_to(EXRAW).to_list()

    def value(self, A):
        Z, Y = self._margins(A)
        return sympy.Add(*[sympy.log(1 + sympy.exp(-y * z)) for zr, yr in zip(Z, Y) for z, y in zip(zr, yr)])

    def gradient(self, A):
        Z, Y = self._margins(A)
        G = DomainMatrix([[-y * _sigmoid(-y * z) for z, y in zip(zr, yr)] for zr, yr in zip(Z, Y)], (len(Z), len(Z[0])), EXRAW)
        return G.matmul(self.X.convert_to(EXRAW).transpose())

    def hessian(self, A):
        Z, Y = self._margins(A)
        X = self.X.convert_to(EXRAW).to_list()
        d0, n = self.d_in, len(X[0])
        size = self.d_out * d0
        rows = [[EXRAW.zero] * size for _ in range(size)]
        for i in range(self.d_out):
            weights = [Y[i][j] ** 2 * _sigmoid(-Y[i][j] * Z[i][j]) * (1 - _sigmoid(-Y[i][j] * Z[i][j])) for j in range(n)]
            for l1 in range(d0):
                for l2 in range(d0):
                    rows[i * d0 + l1][i * d0 + l2] = sympy.Add(*[weights[j] * X[l1][j] * X[l2][j] for j in range(n)])
        return DomainMatrix(rows, (size, size), EXRAW)


class GeneralLoss(Loss):
    """An arbitrary twice differentiable :math:`f` of the ``d_out x d_in`` product.

    :math:`\\partial f / \\partial A_{pq}` is the free symbol ``Df_pq`` and
    :math:`\\partial^2 f / \\partial A_{pq} \\partial A_{rs}` is ``D2f_pq_rs``
    with :math:`(p, q) \\le (r, s)` (the Hessian of :math:`f` is symmetric).
    Indices are 1-based.  The value is the undefined function ``f`` applied to
    the entries, for display.

    Examples
    ========

    >>> from symbolic.core.losses import GeneralLoss
    >>> GeneralLoss(1, 2).extra_symbols()
    [Df_11, Df_12, D2f_11_11, D2f_11_12, D2f_12_12]
    """

    name = "general"
    polynomial = False
    convex = None

    def __init__(self, d_out: int, d_in: int):
        for label, d in (("d_out", d_out), ("d_in", d_in)):
            if isinstance(d, bool) or not isinstance(d, int) or d < 1:
                raise ValueError(f"the general loss needs {label} (rows / columns of the product) as a positive "
                                 f"integer; got {d!r}")
        super().__init__(d_out, d_in)

    def _index(self):
        return [(p, q) for p in range(self.d_out) for q in range(self.d_in)]

    def grad_symbol(self, p, q):
        return sympy.Symbol(f"Df_{p + 1}{q + 1}")

    def hess_symbol(self, a, b):
        a, b = sorted([a, b])
        return sympy.Symbol(f"D2f_{a[0] + 1}{a[1] + 1}_{b[0] + 1}{b[1] + 1}")

    def extra_symbols(self):
        idx = self._index()
        return [self.grad_symbol(p, q) for p, q in idx] + [
            self.hess_symbol(idx[i], idx[j]) for i in range(len(idx)) for j in range(i, len(idx))]

    def value(self, A):
        self._check(A)
        K = A.domain
        return sympy.Function("f")(*[K.to_sympy(a) for row in A.to_list() for a in row])

    def gradient(self, A):
        self._check(A)
        K = A.domain
        return DomainMatrix([[K.from_sympy(self.grad_symbol(p, q)) for q in range(self.d_in)]
                             for p in range(self.d_out)], (self.d_out, self.d_in), K)

    def hessian(self, A):
        self._check(A)
        K = A.domain
        idx = self._index()
        return DomainMatrix([[K.from_sympy(self.hess_symbol(a, b)) for b in idx] for a in idx],
                            (len(idx), len(idx)), K)


def make_loss(name: str, X=None, Y=None, *, d_out=None, d_in=None) -> Loss:
    """A loss by name: ``squared``, ``quartic``, ``softplus`` or ``general``."""
    makers = {"squared": SquaredLoss, "quartic": QuarticLoss, "softplus": SoftplusLoss}
    if name in makers:
        return makers[name](X, Y)
    if name == "general":
        return GeneralLoss(d_out, d_in)
    raise ValueError(f"unknown loss {name!r}; choose one of squared, quartic, softplus, general")
