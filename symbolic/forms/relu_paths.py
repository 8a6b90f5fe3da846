"""Path expansion of a network with random path activations (Kawaguchi 2016, Section 3).

Kawaguchi writes output :math:`j` on sample :math:`i` as a sum over the
:math:`\\Psi` input-output paths,

.. math::

    \\hat Y_{j,i} = q \\sum_{p=1}^{\\Psi} [X_i]_{(j,p)}\\, [Z_i]_{(j,p)} \\prod_{k=1}^{H+1} w^{(k)}_{(j,p)},

with :math:`[Z_i]_{(j,p)} \\in \\{0, 1\\}` the activation of path :math:`p`.  Under A1p-m
(Bernoulli with success probability :math:`\\rho`) and A5u-m (independent of X and W),
:func:`expected_output` computes :math:`E_Z[\\hat Y]` by enumerating every activation
pattern of every output entry with its exact probability (:math:`\\rho` a symbol),
so the reduction to the linear network for :math:`q = \\rho^{-1}` is checked rather
than assumed.

Main definitions
----------------
* :func:`paths`, :func:`expected_output`.
"""

from __future__ import annotations

import itertools

from sympy.polys.matrices import DomainMatrix

__all__ = ["paths", "expected_output"]

#: Enumerating 2^Psi patterns per entry: refuse beyond this many paths per output.
MAX_PATHS = 16


def paths(dims, j: int) -> list[tuple[int, ...]]:
    """Every path ``(i_0, i_1, ..., i_L = j)`` from an input unit to output unit ``j``."""
    return [p + (j,) for p in itertools.product(*[range(d) for d in dims[:-1]])]


def expected_output(weights, X: DomainMatrix, rho, q):
    """:math:`E_Z[\\hat Y]` by exhaustive enumeration of activation patterns.

    ``weights`` and ``X`` are matrices over a common domain ``K`` holding ``rho`` and
    ``q`` (e.g. a polynomial ring with ``rho`` among its generators and ``q``
    an element with ``q * rho = 1`` in a field, or ``q`` a symbol to be set later).

    Examples
    ========

    >>> from sympy.polys.domains import QQ
    >>> from sympy.polys.rings import ring
    >>> from sympy.polys.matrices import DomainMatrix
    >>> from symbolic.forms.relu_paths import expected_output
    >>> R, rho, w1, w2 = ring("rho, w1, w2", QQ); K = R.to_domain()
    >>> Ws = [DomainMatrix([[w1]], (1, 1), K), DomainMatrix([[w2]], (1, 1), K)]
    >>> expected_output(Ws, DomainMatrix([[K.one]], (1, 1), K), rho, K.one).to_Matrix()
    Matrix([[rho*w1*w2]])
    """
    dims = [weights[0].shape[1]] + [W.shape[0] for W in weights]
    K = weights[0].domain
    Wl = [W.to_list() for W in weights]
    Xl = X.to_list()
    n = len(Xl[0])
    out = []
    for j in range(dims[-1]):
        ps = paths(dims, j)
        if len(ps) > MAX_PATHS:
            raise ValueError(f"{len(ps)} paths to output {j}: enumerating 2^{len(ps)} activation patterns "
                             f"is too much; use at most {MAX_PATHS} paths")
        weight_products = []
        for p in ps:
            prod = K.one
            for k in range(1, len(dims)):
                prod = prod * Wl[k - 1][p[k]][p[k - 1]]
            weight_products.append(prod)
        row = []
        for i in range(n):
            total = K.zero
            for pattern in itertools.product((0, 1), repeat=len(ps)):
                active = sum(pattern)
                prob = rho ** active * (K.one - rho) ** (len(ps) - active)
                value = sum((Xl[p[0]][i] * wp for p, wp, z in zip(ps, weight_products, pattern) if z), K.zero)
                total += prob * q * value
            row.append(total)
        out.append(row)
    return DomainMatrix(out, (dims[-1], n), K)
