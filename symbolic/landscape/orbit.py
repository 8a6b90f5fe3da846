"""Tangent space of the symmetry orbit of a deep linear network.

The loss :math:`L(W_1, \\dots, W_L) = f(W_L \\cdots W_1)` is invariant under
:math:`W_k \\mapsto G_k W_k G_{k-1}^{-1}` (:math:`G_0 = G_L = I`, hidden
:math:`G_k` invertible).  Differentiating :math:`G_k = I + s \\Delta_k` at
:math:`s = 0` gives the tangent vectors

.. math::

    \\xi_\\Delta = (\\Delta_k W_k - W_k \\Delta_{k-1})_{k=1..L}, \\qquad
    \\Delta_k \\in \\mathfrak{gl}(d_k),\\ \\Delta_0 = \\Delta_L = 0,

spanned by the elementary :math:`\\Delta_k = E_{ab}`.  Vectors are flat, in the
parameter order of :class:`~symbolic.core.network.Network`; ranks are exact.

Main definitions
----------------
* :func:`orbit_tangent_vectors`, :func:`orbit_tangent_basis`, :func:`orbit_dimension`.
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.exact import rational

__all__ = ["orbit_tangent_vectors", "orbit_tangent_basis", "orbit_dimension"]


def orbit_tangent_vectors(network, x) -> list:
    """One tangent vector per elementary :math:`\\Delta_k = E_{ab}`, :math:`k = 1..L-1`.

    Examples
    ========

    >>> from symbolic import Network
    >>> from symbolic.landscape.orbit import orbit_tangent_vectors
    >>> [[str(v) for v in t] for t in orbit_tangent_vectors(Network([1, 1, 1]), [2, 3])]
    [['2', '-3']]
    """
    Ws = [W.to_list() for W in network.unflatten([rational(v, name="point entry") for v in x])]
    out = []
    for k in range(1, network.depth):  # hidden layer k: output of W_k, input of W_{k+1}
        d = network.dims[k]
        Wk, Wn = Ws[k - 1], Ws[k]
        for a in range(d):
            for b in range(d):
                vec = [QQ.zero] * network.nparams
                # (E_ab W_k): row a receives row b of W_k
                for j, val in enumerate(Wk[b]):
                    if val:
                        vec[network.param_index(k, a, j)] += val
                # -(W_{k+1} E_ab): column b receives minus column a of W_{k+1}
                for i in range(len(Wn)):
                    val = Wn[i][a]
                    if val:
                        vec[network.param_index(k + 1, i, b)] -= val
                out.append(vec)
    return out


def orbit_tangent_basis(network, x) -> list:
    """A basis (a subset of :func:`orbit_tangent_vectors`) of the orbit's tangent space."""
    vecs = orbit_tangent_vectors(network, x)
    if not vecs:
        return []
    M = DomainMatrix(vecs, (len(vecs), network.nparams), QQ).transpose()
    _, pivots = M.rref()
    return [vecs[i] for i in pivots]


def orbit_dimension(network, x) -> int:
    """Exact dimension of the orbit's tangent space at ``x``.

    Examples
    ========

    >>> from symbolic import Network
    >>> from symbolic.landscape.orbit import orbit_dimension
    >>> orbit_dimension(Network([1, 1, 1]), [2, 3]), orbit_dimension(Network([1, 1, 1]), [0, 0])
    (1, 0)
    """
    vecs = orbit_tangent_vectors(network, x)
    if not vecs:
        return 0
    return DomainMatrix(vecs, (len(vecs), network.nparams), QQ).rank()
