"""The inertia of a network Hessian at a critical point, with the symmetry orbit split off.

:math:`F(W) = f(W_L \\cdots W_1)` is constant on the orbits :math:`W_k \\mapsto G_k W_k G_{k-1}^{-1}`; at a critical
point the orbit tangents lie in :math:`\\ker H` (:mod:`symbolic.landscape.classify`, Morse-Bott).  For every hidden
layer :math:`k` whose :math:`W_k` has full row rank :math:`d_k`, pick :math:`d_k` independent columns :math:`J_k`
of :math:`W_k`; the tangents of the used layers and the unit vectors outside
:math:`C = \\{(k, a, j) : j \\in J_k\\}` form a basis (block triangular on :math:`C`), in which :math:`H` is
:math:`0 \\oplus H_{II}`.  So :math:`\\operatorname{In}(H) = \\operatorname{In}(H_{II}) + (0, 0, \\sum_k d_k^2)` with
:math:`I` the other coordinates: a deep net of width :math:`p` loses :math:`(L-1)p^2` parameters before the cubic
elimination.  The separate checker recomputes the inertia its own way (it verifies :math:`Ht = 0` for each
tangent it uses, :mod:`symbolic.checker.orbit_reduction`).

Main definitions
----------------
* :func:`orbit_split`, :func:`orbit_ldl`, :func:`critical_hessian_inertia`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.calculus.inertia import LDLResult, ldl
from symbolic.landscape.orbit import orbit_tangent_vectors

__all__ = ["orbit_split", "orbit_ldl", "critical_hessian_inertia"]


def orbit_split(network, x0) -> tuple[list[int], list[int]]:
    """``(keep, layers)``: the coordinates :math:`I` of the reduced Hessian and the hidden layers :math:`k` with
    :math:`\\operatorname{rank} W_k = d_k` whose tangents are split off.

    Examples
    ========

    >>> from symbolic import Network
    >>> from symbolic.landscape.orbit_inertia import orbit_split
    >>> orbit_split(Network([1, 1, 1]), [1, 1]), orbit_split(Network([1, 1, 1]), [0, 1])
    (([1], [1]), ([0, 1], []))
    """
    Ws = network.unflatten([QQ.convert(v) for v in x0])
    layers, drop = [], set()
    for k in range(1, network.depth):
        _, pivots = Ws[k - 1].to_field().rref()
        if len(pivots) < network.dims[k]:
            continue
        drop.update(network.param_index(k, a, j) for a in range(network.dims[k]) for j in pivots)
        layers.append(k)
    return [i for i in range(network.nparams) if i not in drop], layers


def orbit_ldl(network, x0, H: DomainMatrix, gradient, tick=None) -> LDLResult:
    """A congruence diagonalisation of the Hessian ``H`` at the **critical** point ``x0``: the split-off orbit
    tangents (diagonal 0) and the columns of :func:`~symbolic.calculus.inertia.ldl` of :math:`H_{II}`, lifted by
    zeros.  :math:`T^T H T = \\operatorname{diag}(d)` as for ``ldl(H)``, with other witness columns.  ``tick`` as
    for :func:`~symbolic.calculus.inertia.ldl`.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.calculus.objective import NetworkObjective
    >>> from symbolic.landscape.orbit_inertia import orbit_ldl
    >>> F = NetworkObjective(Network([1, 1, 1]), SquaredLoss([[1]], [[1]]))
    >>> x0 = [QQ(1), QQ(1)]
    >>> res = orbit_ldl(F.network, x0, F.hessian(x0), F.gradient(x0))
    >>> res.inertia, [[str(v) for v in c] for c in res.columns]
    ((1, 0, 1), [['1', '-1'], ['0', '1']])
    """
    if any(g != 0 for g in gradient):
        raise ValueError("the orbit splits off the Hessian's kernel only at a critical point; the gradient is nonzero")
    keep, layers = orbit_split(network, x0)
    n = network.nparams
    rows = H.to_list()
    sub = ldl([[rows[i][j] for j in keep] for i in keep], tick) if keep else LDLResult([], [])
    per_layer = [network.dims[k] ** 2 for k in range(1, network.depth)]
    tangents = orbit_tangent_vectors(network, x0)
    columns, start = [], 0
    for k, size in enumerate(per_layer, 1):
        if k in layers:
            columns.extend(tangents[start:start + size])
        start += size
    diagonal = [QQ.zero] * len(columns)
    for col, d in zip(sub.columns, sub.diagonal):
        full = [QQ.zero] * n
        for i, v in zip(keep, col):
            full[i] = v
        columns.append(full)
        diagonal.append(d)
    return LDLResult(diagonal, columns)


def critical_hessian_inertia(network, x0, H: DomainMatrix, gradient) -> tuple[int, int, int]:
    """``(positive, negative, zero)`` of the Hessian ``H`` at the **critical** point ``x0`` of a network loss.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.calculus.objective import NetworkObjective
    >>> from symbolic.landscape.orbit_inertia import critical_hessian_inertia
    >>> F = NetworkObjective(Network([1, 1, 1]), SquaredLoss([[1]], [[1]]))
    >>> x0 = [QQ(1), QQ(1)]
    >>> critical_hessian_inertia(F.network, x0, F.hessian(x0), F.gradient(x0))
    (1, 0, 1)
    """
    return orbit_ldl(network, x0, H, gradient).inertia
