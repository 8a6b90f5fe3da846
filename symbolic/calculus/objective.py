"""A uniform interface to an exact objective on :math:`\\mathbb{Q}^P`.

The classifier and the certificates talk to an objective only through this
interface, so a network loss and a plain polynomial (e.g. Peano's
:math:`f = (y - x^2)(y - 2x^2)`) are handled alike.  Points and directions are
flat lists of ``QQ`` elements in the parameter order of :class:`~symbolic.core.network.Network`.

* ``value(x)`` -- :math:`F(x)`;
* ``gradient(x)`` -- :math:`\\nabla F(x)` as a flat list;
* ``hessian(x)`` -- :math:`\\nabla^2 F(x)` as a ``DomainMatrix`` over QQ;
* ``taylor(x, curve, order)`` -- :math:`c_0..c_{order}` of
  :math:`F(x + \\sum_p t^p\\, \\text{curve}[p-1])`.

Main definitions
----------------
* :class:`Objective`, :class:`NetworkObjective`, :class:`PolynomialObjective`.
"""

from __future__ import annotations

import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.core.exact import rational
from symbolic.calculus.gradient import gradient_closed_form
from symbolic.calculus.hessian import hessian_structured
from symbolic.core.losses import Loss, QuarticLoss, SquaredLoss
from symbolic.core.network import Network
from symbolic.core.products import full_product
from symbolic.calculus.taylor import check_order, series_mul, taylor_coefficients

__all__ = ["Objective", "NetworkObjective", "PolynomialObjective"]


class Objective:
    """Abstract exact objective; see the module docstring."""

    nparams: int = 0

    def check_point(self, x, name="point"):
        if not isinstance(x, (list, tuple)):
            raise TypeError(f"{name} must be a list of {self.nparams} exact rationals; got {type(x).__name__}")
        if len(x) != self.nparams:
            raise ValueError(f"{name} has {len(x)} entries; the objective has {self.nparams} parameters")
        return [rational(v, name=f"{name}[{i}]") for i, v in enumerate(x)]

    def value(self, x):  # pragma: no cover - abstract
        raise NotImplementedError

    def gradient(self, x):  # pragma: no cover - abstract
        raise NotImplementedError

    def hessian(self, x):  # pragma: no cover - abstract
        raise NotImplementedError

    def taylor(self, x, curve, order):  # pragma: no cover - abstract
        raise NotImplementedError


class NetworkObjective(Objective):
    """:math:`F(W_1, \\dots, W_L) = f(W_L \\cdots W_1)` for a polynomial loss ``f``.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.calculus.objective import NetworkObjective
    >>> F = NetworkObjective(Network([1, 1, 1]), SquaredLoss([[1]], [[1]]))
    >>> str(F.value([1, 1])), [str(g) for g in F.gradient([0, 0])], F.hessian([0, 0]).to_Matrix()
    ('0', ['0', '0'], Matrix([
    [ 0, -1],
    [-1,  0]]))
    """

    def __init__(self, network: Network, loss: Loss):
        if not loss.polynomial:
            raise ValueError(f"an exact objective needs a polynomial loss; {loss.name} is not")
        if (loss.d_out, loss.d_in) != (network.dims[-1], network.dims[0]):
            raise ValueError(f"the loss takes a {loss.d_out} x {loss.d_in} product but dims {list(network.dims)} "
                             f"give {network.dims[-1]} x {network.dims[0]}")
        self.network, self.loss = network, loss
        self.nparams = network.nparams
        # the squared and quartic losses, (1/p) sum (AX - Y)_ij^p, are evaluated on plain lists of rationals
        self._power = loss.power if isinstance(loss, (SquaredLoss, QuarticLoss)) else None
        if self._power is not None:
            self._data = (loss.X.convert_to(QQ).to_list(), loss.Y.convert_to(QQ).to_list())

    def weights(self, x):
        return self.network.unflatten(self.check_point(x))

    def value(self, x):
        power = self._power
        if power is None:
            return self.loss.value(full_product(self.weights(x)))
        # no matrix objects: the classifier's evidence probes evaluate thousands of points; equal to
        # loss.value(full_product(weights)) (tested)
        x = self.check_point(x)
        X, Y = self._data
        A = X
        for (rows, cols), off in zip(self.network.shapes, self.network.offsets):
            W = [x[off + i * cols: off + (i + 1) * cols] for i in range(rows)]
            At = list(zip(*A))
            A = [[sum((a * b for a, b in zip(w, col) if a and b), QQ.zero) for col in At] for w in W]
        total = QQ.zero
        for arow, yrow in zip(A, Y):
            for a, y in zip(arow, yrow):
                total += (a - y) ** power
        return total / power

    def gradient(self, x):
        Ws = self.weights(x)
        grads = gradient_closed_form(Ws, self.loss.gradient(full_product(Ws)))
        return self.network.flatten(grads)

    def hessian(self, x):
        return hessian_structured(self.weights(x), self.loss).convert_to(QQ)

    def taylor(self, x, curve, order):
        check_order(order)
        if not isinstance(curve, (list, tuple)):
            raise TypeError("curve must be a list [C1, C2, ...] of flat parameter lists (C_p multiplies t^p)")
        Ws = self.weights(x)
        layered = [self.network.unflatten(self.check_point(c, name=f"curve[{p}]")) for p, c in enumerate(curve)]
        return taylor_coefficients(Ws, layered, self.loss, order)


class PolynomialObjective(Objective):
    """A polynomial with rational coefficients in the given variables.

    Examples
    ========

    >>> import sympy
    >>> from symbolic.calculus.objective import PolynomialObjective
    >>> x, y = sympy.symbols("x y")
    >>> F = PolynomialObjective((y - x**2) * (y - 2*x**2), [x, y])
    >>> [str(c) for c in F.taylor([0, 0], [[1, 0], [0, "3/2"]], 4)]  # x = t, y = 3t^2/2
    ['0', '0', '0', '0', '-1/4']
    """

    def __init__(self, expr, variables):
        variables = list(variables)
        if not variables or len(set(variables)) != len(variables):
            raise ValueError("variables must be a non-empty list of distinct symbols")
        expr = sympy.sympify(expr)
        if expr.atoms(sympy.Float):
            raise TypeError("the polynomial has float coefficients; write them as exact rationals, e.g. Rational(1, 2)")
        if not expr.free_symbols <= set(variables):
            extra = sorted(map(str, expr.free_symbols - set(variables)))
            raise ValueError(f"the polynomial has symbols {extra} that are not among the variables")
        self.R, *self.gens = ring(variables, QQ)
        try:
            self.poly = self.R.from_expr(expr)
        except Exception as exc:  # sympy raises various errors for non-polynomials
            raise ValueError(f"not a polynomial with rational coefficients in {variables}: {expr}") from exc
        self.variables = variables
        self.nparams = len(variables)
        self._grad = [self.poly.diff(g) for g in self.gens]

    @staticmethod
    def _eval(p, x):
        total = QQ.zero
        for monom, coeff in p.terms():
            term = coeff
            for v, e in zip(x, monom):
                if e:
                    term *= v ** e
            total += term
        return total

    def value(self, x):
        return self._eval(self.poly, self.check_point(x))

    def gradient(self, x):
        x = self.check_point(x)
        return [self._eval(g, x) for g in self._grad]

    def hessian(self, x):
        x = self.check_point(x)
        n = self.nparams
        rows = [[self._eval(self._grad[i].diff(self.gens[j]), x) for j in range(n)] for i in range(n)]
        return DomainMatrix(rows, (n, n), QQ)

    def taylor(self, x, curve, order):
        check_order(order)
        if not isinstance(curve, (list, tuple)):
            raise TypeError("curve must be a list [C1, C2, ...] of flat parameter lists (C_p multiplies t^p)")
        x = self.check_point(x)
        curve = [self.check_point(c, name=f"curve[{p}]") for p, c in enumerate(curve)]
        # truncated power series in t (coefficient lists up to t^order): terms above the order are never formed
        subs = [[x[i]] + [c[i] for c in curve[:order]] + [QQ.zero] * (order - len(curve)) for i in range(self.nparams)]
        low = [next((p for p, v in enumerate(s) if v), order + 1) for s in subs]     # each substitution's valuation
        powers = [[[QQ.one] + [QQ.zero] * order] for _ in subs]
        total = [QQ.zero] * (order + 1)
        for monom, coeff in self.poly.terms():
            if sum(e * low[i] for i, e in enumerate(monom) if e) > order:
                continue
            term = [coeff] + [QQ.zero] * order
            for i, e in enumerate(monom):
                if e:
                    while len(powers[i]) <= e:
                        powers[i].append(series_mul(powers[i][-1], subs[i], order))
                    term = series_mul(term, powers[i][e], order)
            total = [a + b for a, b in zip(total, term)]
        return total

