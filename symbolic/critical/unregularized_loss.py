r"""The unregularized network loss as a polynomial in every weight entry, over QQ.

.. math::

    L(W_1, \dots, W_L) = f(W_L \cdots W_1), \qquad
    f(A) = \tfrac12 \lVert A X - Y \rVert_F^2 \ \text{(squared)} \quad\text{or}\quad
    \tfrac14 \sum_{ij} (A X - Y)_{ij}^4 \ \text{(quartic)}.

Variables follow the project's parameter order (:mod:`symbolic.core.network`: :math:`W_1, \dots, W_L`, each
row by row) in a SymPy ``PolyRing`` with grevlex order; the gradient and the Hessian are ring elements.
Inputs are exact: integers, ``Fraction`` or ``"p/q"`` strings; a float is rejected with a message
saying how to write it.

Main definitions
----------------
* :class:`NetworkLossRing`, :func:`exact_matrix`, :func:`seeded_data`.

Examples
========

>>> from symbolic.critical.unregularized_loss import NetworkLossRing
>>> net = NetworkLossRing([1, 1, 1], [[1]], [[2]])
>>> net.names, str(net.loss_poly.as_expr())
(['W1_1_1', 'W2_1_1'], 'W1_1_1**2*W2_1_1**2/2 - 2*W1_1_1*W2_1_1 + 2')
"""

from __future__ import annotations

import random
from fractions import Fraction

from sympy.polys.domains import QQ
from sympy.polys.orderings import grevlex
from sympy.polys.rings import ring

__all__ = ["NetworkLossRing", "exact_matrix", "exact_number", "seeded_data", "LOSSES"]

LOSSES = ("squared", "quartic")


def exact_number(value, where: str) -> Fraction:
    """An exact rational from an ``int``, ``Fraction`` or ``"p/q"`` string; floats are refused.

    Examples
    ========

    >>> from symbolic.critical.unregularized_loss import exact_number
    >>> exact_number("-3/4", "X[0][1]")
    Fraction(-3, 4)
    >>> exact_number(0.5, "X[0][1]")
    Traceback (most recent call last):
    ...
    TypeError: X[0][1] is the float 0.5; write exact numbers as integers or strings such as "1/2" or "-3/4"
    """
    if isinstance(value, bool):
        raise TypeError(f"{where} is the boolean {value!r}; write a number such as 2 or \"1/2\"")
    if isinstance(value, float):
        raise TypeError(f"{where} is the float {value!r}; write exact numbers as integers or strings such as "
                        f"\"1/2\" or \"-3/4\"")
    if isinstance(value, (int, Fraction)):
        return Fraction(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            if "." in text or "e" in text.lower():
                raise ValueError
            return Fraction(text)
        except (ValueError, ZeroDivisionError):
            raise ValueError(f"{where} is {value!r}; write exact numbers as integers or strings such as \"1/2\" "
                             f"or \"-3/4\" (no decimal points)") from None
    raise TypeError(f"{where} has a {type(value).__name__}; write exact numbers as integers or strings such as \"1/2\"")


def exact_matrix(rows, name: str, shape=None) -> list[list[Fraction]]:
    """Nested rows of exact numbers, rectangular (and of ``shape`` when given)."""
    if not isinstance(rows, (list, tuple)) or not rows or not all(isinstance(r, (list, tuple)) for r in rows):
        raise TypeError(f"{name} must be a non-empty list of rows (lists of numbers)")
    width = len(rows[0])
    if width == 0 or any(len(r) != width for r in rows):
        raise ValueError(f"{name} must be rectangular with at least one column; got row lengths "
                         f"{[len(r) for r in rows]}")
    if shape is not None and (len(rows), width) != tuple(shape):
        raise ValueError(f"{name} must be {shape[0]}x{shape[1]}; got {len(rows)}x{width}")
    return [[exact_number(v, f"{name}[{i}][{j}]") for j, v in enumerate(r)] for i, r in enumerate(rows)]


def seeded_data(d_in: int, d_out: int, n: int, seed: int, bound: int = 3):
    """Small integer data ``X`` (``d_in x n``), ``Y`` (``d_out x n``) from a seeded generator.

    Draws until :math:`XX^T` is invertible and :math:`\\Sigma = YX^T(XX^T)^{-1}XY^T` has distinct, nonzero,
    rational eigenvalues (so every critical value is rational); the same seed gives the same data.
    """
    import sympy
    from sympy.polys.matrices import DomainMatrix

    rng = random.Random(seed)
    lam = sympy.Symbol("lam")
    for _ in range(100000):
        X = [[rng.randint(-bound, bound) for _ in range(n)] for _ in range(d_in)]
        Y = [[rng.randint(-bound, bound) for _ in range(n)] for _ in range(d_out)]
        Xm = DomainMatrix([[QQ(v) for v in r] for r in X], (d_in, n), QQ)
        Ym = DomainMatrix([[QQ(v) for v in r] for r in Y], (d_out, n), QQ)
        S = Xm * Xm.transpose()
        if S.det() == 0:
            continue
        T = Ym * Xm.transpose()
        Sigma = T * S.inv() * T.transpose()
        cp = sympy.Poly(Sigma.charpoly(), lam, domain="QQ")
        # distinct nonzero rational eigenvalues: the factors over QQ are linear, simple, and lam does not divide;
        # first the necessary condition that the discriminant is the square of a nonzero rational (cheap)
        disc = QQ.convert(cp.discriminant())
        if disc <= 0 or not _is_square(disc):
            continue
        _, factors = cp.factor_list()
        if all(f.degree() == 1 and e == 1 for f, e in factors) and cp.eval(0) != 0:
            return X, Y
    raise ValueError(f"no data found for seed {seed}")  # pragma: no cover


def _is_square(q) -> bool:
    """Whether the positive rational ``q`` is the square of a rational."""
    import math

    num, den = int(q.numerator), int(q.denominator)
    return math.isqrt(num) ** 2 == num and math.isqrt(den) ** 2 == den


class NetworkLossRing:
    """The loss of a network with dims ``dims`` and data ``X``, ``Y`` as a polynomial over QQ."""

    def __init__(self, dims, X, Y, loss: str = "squared"):
        if not isinstance(dims, (list, tuple)) or len(dims) < 2 or not all(
                isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in dims):
            shown = list(dims) if isinstance(dims, (list, tuple)) else dims
            raise ValueError(f"dims must be at least two positive integers; got {shown!r}")
        if loss not in LOSSES:
            raise ValueError(f"loss must be one of {', '.join(LOSSES)}; got {loss!r}")
        self.dims = tuple(dims)
        self.loss = loss
        self.X = exact_matrix(X, "X")
        if len(self.X) != dims[0]:
            raise ValueError(f"X must have d_0 = {dims[0]} rows; got {len(self.X)}")
        n = len(self.X[0])
        self.Y = exact_matrix(Y, "Y", (dims[-1], n))
        self.names = [f"W{k}_{i}_{j}" for k in range(1, len(dims)) for i in range(1, dims[k] + 1)
                      for j in range(1, dims[k - 1] + 1)]
        self.R, *self.gens = ring(",".join(self.names), QQ, grevlex)
        self.nvars = len(self.gens)
        R = self.R
        self.weights = []
        p = 0
        for k in range(1, len(dims)):
            rows, cols = dims[k], dims[k - 1]
            self.weights.append([[self.gens[p + i * cols + j] for j in range(cols)] for i in range(rows)])
            p += rows * cols
        Xq = [[QQ(x.numerator, x.denominator) for x in row] for row in self.X]
        Yq = [[QQ(y.numerator, y.denominator) for y in row] for row in self.Y]
        A = self.weights[0]
        for W in self.weights[1:]:
            A = self.matmul(W, A)
        self.product = A
        E = [[sum((A[i][l] * Xq[l][c] for l in range(len(Xq))), R.zero) - Yq[i][c] for c in range(n)]
             for i in range(len(A))]
        D = E if loss == "squared" else [[e**3 for e in row] for row in E]  # f'(A X - Y) entrywise
        #: :math:`\nabla f(A) = f'(AX - Y) X^T`, a ``d_L x d_0`` matrix of ring elements
        self.loss_gradient = [[sum((D[i][c] * Xq[l][c] for c in range(n)), R.zero) for l in range(len(Xq))]
                              for i in range(len(D))]
        if loss == "squared":
            self.loss_poly = sum((e * e for row in E for e in row), R.zero) * QQ(1, 2)
        else:
            self.loss_poly = sum((e**4 for row in E for e in row), R.zero) * QQ(1, 4)
        self.gradient = [self.loss_poly.diff(g) for g in self.gens]
        self._hessian = None

    def matmul(self, A, B):
        R = self.R
        return [[sum((A[i][l] * B[l][j] for l in range(len(B))), R.zero) for j in range(len(B[0]))]
                for i in range(len(A))]

    @property
    def hessian(self):
        """The symmetric matrix of second partial derivatives (rows of ring elements)."""
        if self._hessian is None:
            P = self.nvars
            H = [[None] * P for _ in range(P)]
            for p in range(P):
                for q in range(p, P):
                    H[p][q] = H[q][p] = self.gradient[p].diff(self.gens[q])
            self._hessian = H
        return self._hessian

    def hessian_times(self, d):
        """:math:`H d` for a direction ``d`` of ring elements."""
        H = self.hessian
        R = self.R
        return [sum((H[p][q] * d[q] for q in range(self.nvars) if d[q]), R.zero) for p in range(self.nvars)]

    def layer_slice(self, k: int) -> slice:
        """The parameter indices of layer ``k`` (1-based)."""
        start = sum(self.dims[i] * self.dims[i - 1] for i in range(1, k))
        return slice(start, start + self.dims[k] * self.dims[k - 1])

    def chain(self, lo: int, hi: int):
        """:math:`W_{hi} \\cdots W_{lo}` (1-based, inclusive); the identity of size ``dims[lo - 1]`` when empty."""
        R = self.R
        size = self.dims[lo - 1]
        M = [[R.one if i == j else R.zero for j in range(size)] for i in range(size)]
        for k in range(lo, hi + 1):
            M = self.matmul(self.weights[k - 1], M)
        return M

    def value_at(self, point):
        """:math:`L` at a rational point (a list of Fractions in parameter order)."""
        return self.loss_poly(*[QQ(v.numerator, v.denominator) for v in point]) if self.nvars > 1 else \
            self.loss_poly(QQ(point[0].numerator, point[0].denominator))
