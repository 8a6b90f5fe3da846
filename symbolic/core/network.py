"""Deep linear networks: dims, weight symbols, weights (symbolic, exact or mixed).

A network is given by its dims :math:`(d_0, d_1, \\dots, d_L)` with
:math:`L \\ge 1`; layer :math:`k` has the weight :math:`W_k \\in
\\mathbb{R}^{d_k \\times d_{k-1}}` and the network computes the product
:math:`A = W_L \\cdots W_1 \\in \\mathbb{R}^{d_L \\times d_0}`.

Parameter order (used by every gradient, Hessian and certificate in this
project): layers :math:`W_1, \\dots, W_L` in turn, each flattened row by row.
Row-major flattening of :math:`W_k` is :math:`\\operatorname{vec}(W_k^T)` with
the column-major :math:`\\operatorname{vec}` of Kawaguchi (2016), so each
parameter block is exactly Kawaguchi's :math:`\\operatorname{vec}(W_k^T)`;
Kawaguchi lists the blocks from :math:`W_{H+1}` down to :math:`W_1`, we list
them from :math:`W_1` up.

Symbols follow the papers: the entry :math:`(W_k)_{ij}` (1-based) is the
symbol ``W{k}_{i}{j}`` (``W{k}_{i}_{j}`` when a width exceeds 9).

Main definitions
----------------
* :class:`Network` -- validated dims and the parameter layout.
* :func:`Network.symbolic_weights` -- weights over a polynomial ring, with any
  layers fixed to exact matrices (mixed weights).
* :func:`Network.exact_weights` -- weights over ``QQ`` from nested rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.core.exact import rational, rational_matrix

__all__ = ["Network", "check_dims"]

#: Refuse exact work past this many parameters (a clear refusal, not a hang).
MAX_PARAMS = 2000


def check_dims(dims) -> tuple[int, ...]:
    """Validate dims: a list of at least two positive integers.

    Examples
    ========

    >>> from symbolic.core.network import check_dims
    >>> check_dims([3, 2, 4])
    (3, 2, 4)
    >>> check_dims([3, 0, 2])
    Traceback (most recent call last):
    ...
    ValueError: dims must be positive integers; got [3, 0, 2]
    """
    if isinstance(dims, (str, bytes)) or not hasattr(dims, "__iter__"):
        raise TypeError(f"dims must be a list of positive integers such as [3, 2, 4]; got {dims!r}")
    dims = list(dims)
    if any(isinstance(d, bool) or not isinstance(d, int) for d in dims):
        raise TypeError(f"dims must be positive integers (JSON integers, not floats or strings); got {dims!r}")
    if any(d <= 0 for d in dims):
        raise ValueError(f"dims must be positive integers; got {dims}")
    if len(dims) < 2:
        raise ValueError(f"dims must list d0, ..., dL with L >= 1 (at least two entries); got {dims}")
    return tuple(dims)


@dataclass(frozen=True)
class Network:
    """A deep linear network with dims :math:`(d_0, \\dots, d_L)`.

    Examples
    ========

    >>> from symbolic import Network
    >>> net = Network([2, 3, 1])
    >>> net.depth, net.shapes, net.nparams
    (2, ((3, 2), (1, 3)), 9)
    >>> net.symbols(2)
    [[W2_11, W2_12, W2_13]]
    """

    dims: tuple[int, ...]

    def __init__(self, dims):
        object.__setattr__(self, "dims", check_dims(dims))
        if self.nparams > MAX_PARAMS:
            raise ValueError(f"the network has {self.nparams} parameters, more than {MAX_PARAMS} "
                             "for exact work; use smaller dims")

    @property
    def depth(self) -> int:
        """:math:`L`, the number of weight matrices."""
        return len(self.dims) - 1

    @property
    def shapes(self) -> tuple[tuple[int, int], ...]:
        """Shapes of :math:`W_1, \\dots, W_L`: :math:`d_k \\times d_{k-1}`."""
        return tuple((self.dims[k], self.dims[k - 1]) for k in range(1, len(self.dims)))

    @property
    def nparams(self) -> int:
        return sum(r * c for r, c in self.shapes)

    @cached_property
    def offsets(self) -> tuple[int, ...]:
        """Index of the first parameter of each layer in the flat order."""
        out, pos = [], 0
        for r, c in self.shapes:
            out.append(pos)
            pos += r * c
        return tuple(out)

    def shape(self, k: int) -> tuple[int, int]:
        """Shape of :math:`W_k` (1-based)."""
        self._check_layer(k)
        return self.shapes[k - 1]

    def param_index(self, k: int, i: int, j: int) -> int:
        """Flat index of :math:`(W_k)_{ij}` (all 0-based except ``k``)."""
        rows, cols = self.shape(k)
        for name, v, size in (("row", i, rows), ("column", j, cols)):
            if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v < size:
                raise ValueError(f"{name} index of W{k} must be an integer from 0 to {size - 1} (0-based); got {v!r}")
        return self.offsets[k - 1] + i * cols + j

    def _check_layer(self, k):
        if not isinstance(k, int) or not 1 <= k <= self.depth:
            raise ValueError(f"layer index must be an integer from 1 to {self.depth}; got {k!r}")

    def symbol_name(self, k: int, i: int, j: int) -> str:
        """Name of the symbol for :math:`(W_k)_{ij}` (0-based ``i, j``)."""
        sep = "_" if max(self.dims) > 9 else ""
        return f"W{k}_{i + 1}{sep}{j + 1}"

    def symbols(self, k: int) -> list[list[sympy.Symbol]]:
        """The symbols of :math:`W_k` as rows."""
        rows, cols = self.shape(k)
        return [[sympy.Symbol(self.symbol_name(k, i, j)) for j in range(cols)] for i in range(rows)]

    def all_symbols(self) -> list[sympy.Symbol]:
        """Every weight symbol, in the flat parameter order."""
        return [s for k in range(1, self.depth + 1) for row in self.symbols(k) for s in row]

    # -- weights ---------------------------------------------------------------------

    def exact_weights(self, weights) -> list[DomainMatrix]:
        """Validate exact weights ``[W1, ..., WL]`` (nested rows) into ``QQ`` matrices."""
        if not isinstance(weights, (list, tuple)):
            raise TypeError(f"weights must be a list [W1, ..., WL] of {self.depth} matrices; got {type(weights).__name__}")
        if len(weights) != self.depth:
            raise ValueError(f"weights has {len(weights)} matrices but dims {list(self.dims)} needs "
                             f"L = {self.depth}: give W1, ..., W{self.depth}")
        return [rational_matrix(w, name=f"W{k}", shape=self.shape(k)) for k, w in enumerate(weights, 1)]

    def symbolic_weights(self, fixed=None, extra_symbols=(), domain=QQ):
        """Weights over the polynomial ring in the free weight symbols.

        ``fixed`` maps a layer index ``k`` to exact rows; those layers are
        constants (mixed weights).  ``extra_symbols`` are further generators
        (data or loss symbols) placed after the weight symbols.  Returns
        ``(R, weights)``: the ring ``R`` (a SymPy ``PolyRing``) and the list of
        ``DomainMatrix`` over ``R.to_domain()``.

        Examples
        ========

        >>> from symbolic import Network
        >>> R, Ws = Network([1, 1, 1]).symbolic_weights(fixed={2: [[2]]})
        >>> R.symbols, [W.to_Matrix() for W in Ws]
        ((W1_11,), [Matrix([[W1_11]]), Matrix([[2]])])
        """
        fixed = dict(fixed or {})
        for k in fixed:
            self._check_layer(k)
        free = [s for k in range(1, self.depth + 1) if k not in fixed for row in self.symbols(k) for s in row]
        gens = free + list(extra_symbols)
        if not gens:
            gens = [sympy.Symbol("_t")]  # a ring needs a generator; unused
        R, *_ = ring(gens, domain)
        K = R.to_domain()
        lookup = dict(zip(gens, R.gens))
        weights = []
        for k in range(1, self.depth + 1):
            rows, cols = self.shape(k)
            if k in fixed:
                W = rational_matrix(fixed[k], name=f"W{k}", shape=(rows, cols))
                weights.append(W.convert_to(K))
            else:
                data = [[lookup[s] for s in row] for row in self.symbols(k)]
                weights.append(DomainMatrix(data, (rows, cols), K))
        return R, weights

    def data_symbols(self, n: int):
        """Symbols for symbolic data: X (d0 x n) entries ``x_ij`` and Y (dL x n) entries ``y_ij``."""
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ValueError(f"the number of samples n must be a positive integer; got {n!r}")
        sep = "_" if max(self.dims[0], self.dims[-1], n) > 9 else ""
        X = [[sympy.Symbol(f"x_{i + 1}{sep}{j + 1}") for j in range(n)] for i in range(self.dims[0])]
        Y = [[sympy.Symbol(f"y_{i + 1}{sep}{j + 1}") for j in range(n)] for i in range(self.dims[-1])]
        return X, Y

    def symbolic_problem(self, n: int, fixed=None):
        """Symbolic weights and symbolic data in one ring: ``(R, weights, X, Y)``.

        Examples
        ========

        >>> from symbolic import Network, SquaredLoss
        >>> R, Ws, X, Y = Network([1, 1]).symbolic_problem(1)
        >>> SquaredLoss(X, Y).value(Ws[0]).as_expr()
        W1_11**2*x_11**2/2 - W1_11*x_11*y_11 + y_11**2/2
        """
        Xs, Ys = self.data_symbols(n)
        R, weights = self.symbolic_weights(fixed=fixed, extra_symbols=[s for row in Xs + Ys for s in row])
        K = R.to_domain()
        lift = lambda rows: DomainMatrix([[K.from_sympy(s) for s in row] for row in rows], (len(rows), n), K)  # noqa: E731
        return R, weights, lift(Xs), lift(Ys)

    def flatten(self, weights) -> list:
        """The flat parameter vector of ``weights`` (row-major per layer)."""
        out = []
        for W in weights:
            for row in W.to_list():
                out.extend(row)
        return out

    def unflatten(self, flat, domain=QQ) -> list[DomainMatrix]:
        """Inverse of :meth:`flatten`."""
        if not isinstance(flat, (list, tuple)):
            raise TypeError(f"a parameter vector is a list of {self.nparams} entries; got {type(flat).__name__}")
        if len(flat) != self.nparams:
            raise ValueError(f"a parameter vector for dims {list(self.dims)} has {self.nparams} entries; got {len(flat)}")
        if domain == QQ:  # exact entries only: a float must never enter a QQ matrix
            flat = [rational(v, name=f"parameter[{i}]") for i, v in enumerate(flat)]
        out = []
        for (rows, cols), off in zip(self.shapes, self.offsets):
            data = [[flat[off + i * cols + j] for j in range(cols)] for i in range(rows)]
            out.append(DomainMatrix(data, (rows, cols), domain))
        return out

    def check_data(self, X=None, Y=None):
        """Validate exact data: X is d0 x n (default identity), Y is dL x n."""
        d0, dL = self.dims[0], self.dims[-1]
        if X is None:
            X = [[1 if i == j else 0 for j in range(d0)] for i in range(d0)]
        Xm = rational_matrix(X, name="X")
        if Xm.shape[0] != d0:
            raise ValueError(f"X has {Xm.shape[0]} rows but d0 = {d0}: X must be d0 x n (one column per sample)")
        if Y is None:
            raise ValueError("Y is missing: give the targets as a dL x n matrix")
        Ym = rational_matrix(Y, name="Y")
        if Ym.shape != (dL, Xm.shape[1]):
            raise ValueError(f"Y has shape {Ym.shape[0]} x {Ym.shape[1]} but must be dL x n = "
                             f"{dL} x {Xm.shape[1]} (dL = {dL}, n = columns of X)")
        return Xm, Ym


