"""The bounded sweep: formulas checked on every small dims tuple.

For every dims tuple :math:`(d_0, \\dots, d_L)` with :math:`1 \\le L \\le` ``max_depth``
and every width in :math:`1..` ``max_width`` (360 tuples for 4 and 3):

* Laurent-von Brecht Lemma 1 for an arbitrary differentiable :math:`f`: the
  entrywise chain-rule gradient equals :math:`W_{k+1,+}^T \\nabla f(A) W_{k-1,-}^T`
  and its vec/Kronecker form, as polynomial identities in the weight symbols and
  the free symbols :math:`\\partial_{pq} f`;
* the Hessian block formula for the squared loss (:mod:`symbolic.calculus.hessian`)
  equals the entrywise Hessian of the expanded loss, symbolically in the
  weights, with the fixed exact data of :func:`sweep_data`.

Main definitions
----------------
* :func:`dims_tuples`, :func:`sweep_data`, :func:`check_gradient_general`,
  :func:`check_hessian_squared`, :func:`run_sweep`.
"""

from __future__ import annotations

import itertools
import time
from fractions import Fraction

from symbolic.calculus.gradient import gradient_closed_form, gradient_entrywise, gradient_vec_kronecker
from symbolic.calculus.hessian import hessian_entrywise, hessian_structured
from symbolic.core.kronecker import vec_rows
from symbolic.core.losses import GeneralLoss, SquaredLoss
from symbolic.core.network import Network, check_dims
from symbolic.core.products import full_product

#: Refuse sweeps larger than this many dims tuples (a clear refusal, not an hours-long run).
MAX_TUPLES = 2000

__all__ = ["dims_tuples", "sweep_data", "check_gradient_general", "check_hessian_squared", "run_sweep"]


def dims_tuples(max_depth: int, max_width: int) -> list[tuple[int, ...]]:
    """Every dims tuple with ``1 <= L <= max_depth`` and widths in ``1..max_width``.

    Examples
    ========

    >>> from symbolic.calculus.sweep import dims_tuples
    >>> len(dims_tuples(4, 3)), dims_tuples(1, 2)
    (360, [(1, 1), (1, 2), (2, 1), (2, 2)])
    """
    for name, value in (("max_depth", max_depth), ("max_width", max_width)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a positive integer; got {value!r}")
    count = sum(max_width ** (L + 1) for L in range(1, max_depth + 1))
    if count > MAX_TUPLES:
        raise ValueError(f"max_depth {max_depth} and max_width {max_width} give {count} dims tuples, more than "
                         f"{MAX_TUPLES} for a sweep of symbolic Hessians; use smaller bounds (4 and 3 give 360)")
    return [dims for L in range(1, max_depth + 1)
            for dims in itertools.product(range(1, max_width + 1), repeat=L + 1)]


def sweep_data(dims, n: int = 3) -> tuple[list[list[str]], list[list[str]]]:
    """Fixed exact data for ``dims``: X (d0 x n) and Y (dL x n), rational strings.

    Deterministic, non-symmetric, with non-integer entries, so that transposes,
    factors and signs show.

    Examples
    ========

    >>> from symbolic.calculus.sweep import sweep_data
    >>> sweep_data((2, 1))
    ([['-4', '1/3', '-5/2'], ['3/2', '-3', '2/3']], [['0', '2', '1/3']])
    """
    dims = check_dims(dims)
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"the number of samples n must be a positive integer; got {n!r}")
    d0, dL = dims[0], dims[-1]
    X = [[str(Fraction((7 * i + 5 * j + 1) % 11 - 5, 1 + (i + 2 * j) % 3)) for j in range(n)] for i in range(d0)]
    Y = [[str(Fraction((3 * i + 4 * j + 2) % 7 - 2, 3 - (i + j) % 2)) for j in range(n)] for i in range(dL)]
    return X, Y


def check_gradient_general(dims) -> bool:
    """Lemma 1 (closed form and vec/Kronecker form) for an arbitrary ``f`` on ``dims``.

    Examples
    ========

    >>> from symbolic.calculus.sweep import check_gradient_general
    >>> check_gradient_general((2, 3, 1))
    True
    """
    net = Network(dims)
    loss = GeneralLoss(dims[-1], dims[0])
    _, weights = net.symbolic_weights(extra_symbols=loss.extra_symbols())
    entrywise = gradient_entrywise(weights, loss)
    grad_f = loss.gradient(full_product(weights))
    closed = gradient_closed_form(weights, grad_f)
    kron_form = gradient_vec_kronecker(weights, grad_f)
    return all(e == c and vec_rows(e) == v for e, c, v in zip(entrywise, closed, kron_form))


def check_hessian_squared(dims) -> bool:
    """The Hessian block formula equals the entrywise Hessian (squared loss, :func:`sweep_data`).

    Examples
    ========

    >>> from symbolic.calculus.sweep import check_hessian_squared
    >>> check_hessian_squared((2, 3, 1))
    True
    """
    net = Network(dims)
    X, Y = sweep_data(dims)
    loss = SquaredLoss(X, Y)
    _, weights = net.symbolic_weights()
    entrywise = hessian_entrywise(weights, loss)
    return hessian_structured(weights, loss).convert_to(entrywise.domain) == entrywise


def run_sweep(max_depth: int = 4, max_width: int = 3, progress=None) -> dict:
    """Run both checks on every tuple; return counts, failures and seconds.

    ``progress``, if given, is called with each dims tuple after it is checked.
    """
    tuples = dims_tuples(max_depth, max_width)
    failures = {"gradient_general": [], "hessian_squared": []}
    seconds = {"gradient_general": 0.0, "hessian_squared": 0.0}
    for dims in tuples:
        for name, check in (("gradient_general", check_gradient_general), ("hessian_squared", check_hessian_squared)):
            start = time.perf_counter()
            ok = check(dims)
            seconds[name] += time.perf_counter() - start
            if not ok:
                failures[name].append(list(dims))
        if progress is not None:
            progress(dims)
    return {"max_depth": max_depth, "max_width": max_width, "tuples": len(tuples),
            "failures": failures, "seconds": {k: round(v, 3) for k, v in seconds.items()}}
