r"""A covering of the critical set staged through the end-to-end product :math:`A = W_L \cdots W_1`.

For the squared loss :math:`L = f(A)`, :math:`f(A) = \tfrac12\lVert AX - Y\rVert_F^2`, with
:math:`G(A) = \nabla f(A) = AS - T` (:math:`S = XX^T`, :math:`T = YX^T`), two combinations of the gradient are
matrices in :math:`A` alone:

.. math::

    W_1^T \frac{\partial L}{\partial W_1} = A^T G(A), \qquad \frac{\partial L}{\partial W_L} W_L^T = G(A) A^T .

Their ideal :math:`K` in the :math:`d_L d_0` entries :math:`a` of :math:`A` (plus the minors of size
:math:`r + 1`, :math:`r` the narrowest width, which vanish identically on products) is zero-dimensional: its
points are the critical points :math:`A_U = P_U T S^{-1}` of :math:`f` on matrices of rank at most :math:`r`
(:math:`P_U` the projector on a span of eigenvectors of :math:`\Sigma = TS^{-1}T^T`).  Every Groebner computation
that splits the critical set is done in this small ring, then substituted :math:`a \mapsto A(W)`: the
cofactors stay small where the tracked Groebner basis of the gradient ideal in all :math:`P` weights does not
finish (dims (2,2,2,2): over 225 s in pure Python, over 4 min in Singular's ``std``).

The tree (checker kind ``critical_set_covering``, unchanged) uses single-factor ``split`` nodes to add
polynomials known to lie in the radical of the node's ideal ("staging": :math:`c f^e \in J`, one child
:math:`J + (f)` with the same variety):

1. the entries of :math:`A^T G` and :math:`G A^T` (cofactors: entries of :math:`W_1`, :math:`W_L`);
2. the reduced Groebner basis of :math:`K`, substituted (its cofactors in :math:`K`, substituted);
3. a ``split`` by :math:`\prod_U (\lambda(A) - \lambda(A_U))`, :math:`\lambda` a linear form separating the points;
4. in each child, the entries of :math:`A - A_U`, then the gradient blocks with :math:`G(A)` replaced by the
   constant :math:`G(A_U)`: :math:`U_k^T G(A_U) V_k^T` (:math:`U_k = W_L \cdots W_{k+1}`,
   :math:`V_k = W_{k-1} \cdots W_1`), which generate the same ideal;
5. the global point: a ``value`` leaf, :math:`L - c^* \in (A - A^*)`, with :math:`\nabla f = 0` on it when
   :math:`G(A^*) = 0`; the others: the saddle search of :mod:`symbolic.critical.components` on the staged
   generators alone (its cofactors shifted to the node's full generator list).

Main definitions
----------------
* :func:`staged_covering` -- the tree, the leaf summaries and one summary per point :math:`A_U`.
* :func:`product_points` -- the points :math:`A_U` and their values.
"""

from __future__ import annotations

import itertools

import sympy
from sympy.polys.domains import QQ
from sympy.polys.orderings import grevlex
from sympy.polys.rings import ring

from symbolic.critical.components import _q, poly_to_json
from symbolic.critical.components_descent import DescentSearch
from symbolic.critical.components_ideal import TrackedBasis, groebner_basis, krull_dimension

__all__ = ["staged_covering", "product_points", "StagingFailed"]


class StagingFailed(ValueError):
    """The product ring does not split the critical set as expected (e.g. irrational or repeated eigenvalues)."""


def _det(M, zero):
    if len(M) == 1:
        return M[0][0]
    total = zero
    for j in range(len(M)):
        term = M[0][j] * _det([row[:j] + row[j + 1:] for row in M[1:]], zero)
        total = total + term if j % 2 == 0 else total - term
    return total


def _data(net):
    d0, n = net.dims[0], len(net.X[0])
    Xq = [[QQ(x.numerator, x.denominator) for x in r] for r in net.X]
    Yq = [[QQ(y.numerator, y.denominator) for y in r] for r in net.Y]
    S = [[sum((Xq[i][c] * Xq[j][c] for c in range(n)), QQ.zero) for j in range(d0)] for i in range(d0)]
    T = [[sum((Yq[i][c] * Xq[j][c] for c in range(n)), QQ.zero) for j in range(d0)] for i in range(len(Yq))]
    yy = sum((y * y for r in Yq for y in r), QQ.zero)
    return S, T, yy


def product_points(net):
    r"""``[(A_U, value), ...]``: the critical points of :math:`f` on rank :math:`\le r` matrices, exact.

    One per set :math:`U` of at most :math:`r` eigenvectors of :math:`\Sigma`; raises :class:`StagingFailed`
    unless :math:`XX^T` is invertible and :math:`\Sigma` has distinct rational eigenvalues.

    Examples
    ========

    >>> from symbolic.critical.unregularized_loss import NetworkLossRing
    >>> from symbolic.critical.components_staged import product_points
    >>> net = NetworkLossRing([1, 1, 1], [[1]], [[2]])
    >>> [([[str(x) for x in row] for row in A], str(v)) for A, v in product_points(net)]
    [([['0']], '2'), ([['2']], '0')]
    """
    S, T, yy = _data(net)
    Sm, Tm = sympy.Matrix(S), sympy.Matrix(T)
    if Sm.det() == 0:
        raise StagingFailed("X X^T is singular")
    M = Tm * Sm.inv()
    Sigma = M * Tm.T
    vects = Sigma.eigenvects()
    if any(m != 1 or not ev.is_rational for ev, m, _ in vects):
        raise StagingFailed("Sigma = Y X^T (X X^T)^-1 X Y^T needs distinct rational eigenvalues")
    r = min(net.dims)
    out = []
    for k in range(0, r + 1):
        for subset in itertools.combinations(range(len(vects)), k):
            if k == 0:
                A = sympy.zeros(*M.shape)
            else:
                U = sympy.Matrix.hstack(*[vects[i][2][0] for i in subset])
                A = U * (U.T * U).inv() * U.T * M
            value = (sympy.Rational(yy.numerator, yy.denominator) - sum((vects[i][0] for i in subset),
                                                                         sympy.Integer(0))) / 2
            out.append(([[QQ(int(sympy.fraction(x)[0]), int(sympy.fraction(x)[1])) for x in A.row(i)]
                         for i in range(A.rows)], QQ(int(sympy.fraction(value)[0]), int(sympy.fraction(value)[1]))))
    return sorted(out, key=lambda t: -t[1])


class _Stager:
    """Keeps the generator list of the current node and emits single-factor ``split`` nodes."""

    def __init__(self, gens):
        self.gens = list(gens)
        self.nodes = []  # (json node) in order; each one's only child is the next

    def add(self, poly, cofactors: dict, power: int = 1):
        """Stage ``poly`` with ``poly^power = sum cofactors[i] * gens[i]`` (``cofactors``: index -> polynomial)."""
        cof = [poly_to_json(cofactors[i]) if i in cofactors and cofactors[i] else [] for i in range(len(self.gens))]
        self.nodes.append({"kind": "split", "factors": [poly_to_json(poly)], "exponents": [power], "scale": "1",
                           "cofactors": cof, "children": []})
        self.gens.append(poly)
        return len(self.gens) - 1

    def chain(self, leaf):
        """The staged nodes nested, ending in ``leaf``."""
        node = leaf
        for split in reversed(self.nodes):
            split["children"] = [node]
            node = split
        return node


class _Substitution:
    """:math:`p(a) \\mapsto p(A(W))` with cached powers of the entries of :math:`A(W)`."""

    def __init__(self, net, Ra):
        self.R = net.R
        self.entries = [x for row in net.product for x in row]
        self.cache = {}
        self.Ra = Ra

    def __call__(self, p):
        out = self.R.zero
        for mono, c in p.terms():
            term = self.R(c)
            for v, e in enumerate(mono):
                if e:
                    if (v, e) not in self.cache:
                        self.cache[(v, e)] = self.entries[v] ** e
                    term = term * self.cache[(v, e)]
            out += term
        return out


def _shift(node, offset: int):
    """Prepend ``offset`` zero cofactors to every generator-cofactor list of a subtree (in place)."""
    pad = [[] for _ in range(offset)]
    kind = node.get("kind")
    if kind in ("split", "value", "empty", "saddle"):
        node["cofactors"] = pad + node["cofactors"]
    if kind == "saddle":
        for item in node.get("pairs", []) + node.get("blocks", []):
            item["cofactors"] = pad + item["cofactors"]
    if kind == "descent_curve":
        for item in node["vanishing"]:
            item["cofactors"] = pad + item["cofactors"]
    if node.get("child"):
        _shift(node["child"], offset)
    if kind == "value":
        for pr in node.get("grad_f_zero") or []:
            pr["cofactors"] = pad + pr["cofactors"]
    if kind == "nonstrict_point":
        for pc in node["point_cofactors"]:
            pc["cofactors"] = pad + pc["cofactors"]
    for child in node.get("children", []):
        _shift(child, offset)


def _separating_form(points):
    """Small integer coefficients :math:`c` with :math:`\\sum c_{jk} (A_U)_{jk}` distinct over the points."""
    n = len(points[0]) * len(points[0][0])
    for trial in range(1, 200):
        c = [QQ(((i + 1) * trial) % 7 - 3) for i in range(n)]
        vals = [sum((ci * x for ci, x in zip(c, [x for row in A for x in row])), QQ.zero) for A in points]
        if len(set(vals)) == len(vals):
            return c, vals
    raise StagingFailed("no small linear form separates the points")  # pragma: no cover


def staged_covering(net, candidates, global_value, work_limit: int = 3_000_000, max_nodes: int = 400):
    """The covering tree, the leaf summaries and the per-value summaries, staged through :math:`A`.

    Raises :class:`StagingFailed` when the product ring does not split as expected (the caller then falls
    back to :func:`symbolic.critical.components.cover_critical_set`).
    """
    if net.loss != "squared" or len(net.dims) < 3:
        raise StagingFailed("staging needs the squared loss and at least two layers")
    dims, R = net.dims, net.R
    d0, dL, P = dims[0], dims[-1], net.nvars
    S, T, _ = _data(net)
    Ra, *av = ring(",".join(f"a{i}_{j}" for i in range(dL) for j in range(d0)), QQ, grevlex)
    a = [[av[i * d0 + j] for j in range(d0)] for i in range(dL)]
    G = [[sum((a[i][l] * S[l][j] for l in range(d0)), Ra.zero) - T[i][j] for j in range(d0)] for i in range(dL)]
    f = net.loss_poly  # equals f(A(W)) as a polynomial
    phi = _Substitution(net, Ra)
    stager = _Stager(net.gradient)
    W1, WL = net.weights[0], net.weights[-1]
    s1, sL = net.layer_slice(1), net.layer_slice(len(dims) - 1)
    K, kappa_index = [], []
    # A^T G = W1^T dL/dW1: entry (i, j) = sum_l W1[l][i] * grad(W1[l][j])
    for i in range(d0):
        for j in range(d0):
            K.append(sum((a[l][i] * G[l][j] for l in range(dL)), Ra.zero))
            cof = {s1.start + l * d0 + j: W1[l][i] for l in range(dims[1])}
            kappa_index.append(stager.add(_sum_cof(cof, net.gradient, R), cof))
    # G A^T = dL/dW_L W_L^T: entry (i, j) = sum_l grad(W_L[i][l]) * W_L[j][l]
    dLm1 = dims[-2]
    for i in range(dL):
        for j in range(dL):
            K.append(sum((G[i][l] * a[j][l] for l in range(d0)), Ra.zero))
            cof = {sL.start + i * dLm1 + l: WL[j][l] for l in range(dLm1)}
            kappa_index.append(stager.add(_sum_cof(cof, net.gradient, R), cof))
    r = min(dims)
    if r < min(d0, dL):  # minors of size r + 1: zero on products, their cofactors drop out
        for rows in itertools.combinations(range(dL), r + 1):
            for cols in itertools.combinations(range(d0), r + 1):
                K.append(_det([[a[i][j] for j in cols] for i in rows], Ra.zero))
                kappa_index.append(None)
    # the reduced Groebner basis of K, staged
    tK = TrackedBasis(K, Ra, work_limit=work_limit)
    B = groebner_basis(K, Ra)
    if any(not any(b.LM) for b in B):
        raise StagingFailed("the product ideal is (1)")  # pragma: no cover
    b_index = []
    for b in B:
        cof_a = tK.lift(b)
        b_index.append(stager.add(phi(b), _compose(cof_a, kappa_index, phi)))
    # split by a separating linear form
    points = product_points(net)
    c, vals = _separating_form([A for A, _ in points])
    lam = sum((ci * x for ci, x in zip(c, av)), Ra.zero)
    tB = TrackedBasis(B, Ra, work_limit=work_limit)
    target = Ra.one
    for v in vals:
        target = target * (lam - v)
    cof_a = tB.lift(target)
    if cof_a is None:
        raise StagingFailed("the product ideal has points other than the A_U")
    split = {"kind": "split", "factors": [poly_to_json(phi(lam - v)) for v in vals], "exponents": [1] * len(vals),
             "scale": "1", "cofactors": _cof_json(_compose(cof_a, b_index, phi), len(stager.gens)), "children": []}
    search = DescentSearch(net, candidates, work_limit=work_limit, max_nodes=max_nodes,
                            global_value=global_value)
    summaries = []
    for (A, value), v in zip(points, vals):
        child = _Stager(stager.gens + [phi(lam - v)])
        tC = TrackedBasis(B + [lam - v], Ra, work_limit=work_limit)
        lam_pos = len(child.gens) - 1
        entry_index = []
        first = len(child.gens)
        for i in range(dL):
            for j in range(d0):
                lifted = tC.lift_power(a[i][j] - A[i][j], 3)
                if lifted is None:
                    raise StagingFailed(f"the point A_U = {A} is not isolated in the product ideal")
                m, cofs = lifted
                entry_index.append(child.add(phi(a[i][j] - A[i][j]),
                                             _compose(cofs, b_index + [lam_pos], phi), power=m))
        summaries.append(_component(search, net, child, first, entry_index, A, value, global_value, S, T, a, Ra,
                                    phi, f))
        split["children"].append(child.chain(summaries[-1].pop("node")))
    tree = stager.chain(split)
    return tree, search.leaves, summaries


def _component(search, net, child, first, entry_index, A, value, global_value, S, T, a, Ra, phi, f):
    R, dims = net.R, net.dims
    d0, dL = dims[0], dims[-1]
    GA = [[sum((A[i][l] * S[l][j] for l in range(d0)), QQ.zero) - T[i][j] for j in range(d0)] for i in range(dL)]
    label = f"L = {_q(value)}, A = {[[_q(x) for x in row] for row in A]}"
    zeroG = not any(x for row in GA for x in row)
    # gradient blocks with G(A) -> G(A_U): U_k^T G_U V_k^T = grad_k - U_k^T (A - A_U) S V_k^T
    nl = len(dims) - 1
    for k in range(1, nl + 1):
        U = net.chain(k + 1, nl) if k < nl else [[R.one if i == j else R.zero for j in range(dL)] for i in range(dL)]
        V = net.chain(1, k - 1) if k > 1 else [[R.one if i == j else R.zero for j in range(d0)] for i in range(d0)]
        sl = net.layer_slice(k)
        rows, cols = dims[k], dims[k - 1]
        for p in range(rows):
            for q in range(cols):
                h = sum((U[s][p] * GA[s][t] * V[q][t] for s in range(dL) for t in range(d0) if GA[s][t]), R.zero)
                if not h:
                    continue
                cof = {sl.start + p * cols + q: R.one}
                for s in range(dL):
                    for l in range(d0):
                        w = sum((S[l][t] * V[q][t] for t in range(d0)), R.zero)
                        if U[s][p] and w:
                            idx = entry_index[s * d0 + l]
                            cof[idx] = cof.get(idx, R.zero) - U[s][p] * w
                child.add(h, cof)
    virtual = child.gens[first:]
    Gv = groebner_basis(virtual, R)
    dim = krull_dimension(Gv, net.nvars)
    summary = {"value": f"L = {_q(value)}", "dimension": dim, "point_A": [[_q(x) for x in row] for row in A]}
    if global_value is not None and value == global_value:
        # L - c* = f(a) - f(A*) in (a - A*): divide by the linear generators
        lin = [a[i][j] - A[i][j] for i in range(dL) for j in range(d0)]
        t = TrackedBasis(lin, Ra)
        fa = _loss_in_a(Ra, a, S, T, net)
        cof = _compose(t.lift(fa - value), entry_index, phi)
        node = {"kind": "value", "value": _q(value), "power": 1, "cofactors": _cof_json(cof, len(child.gens))}
        if zeroG:
            proofs = []
            for i in range(dL):
                for j in range(d0):
                    cf = {entry_index[i * d0 + l]: R(S[l][j]) for l in range(d0) if S[l][j]}
                    proofs.append({"power": 1, "cofactors": _cof_json(cf, len(child.gens))})
            node["grad_f_zero"] = proofs
        search.leaves.append({"path": label, "kind": "value", "value": _q(value), "dimension": dim})
        summary["classification"] = "global minimum"
        summary["node"] = node
        return summary
    first_leaf = len(search.leaves)
    node = search._node(virtual, TrackedBasis(virtual, R, work_limit=search.work_limit), Gv, label, 0)
    _shift(node, first)
    kinds = {leaf["kind"] for leaf in search.leaves[first_leaf:]}
    if "unresolved" in kinds:
        summary["classification"] = "unresolved"
    elif kinds <= {"empty"}:
        summary["classification"] = "no point"
    elif "descent_saddle" in kinds:
        summary["classification"] = ("saddle (strict where a 2x2 Hessian block certifies it; elsewhere an odd-order "
                                     "descent curve, Hessian not examined)")
    elif "nonstrict_saddle" in kinds:
        summary["classification"] = "saddle (strict; non-strict at isolated points: odd-order Taylor term, Hessian PSD)"
    else:
        summary["classification"] = "strict saddle"
    summary["node"] = node
    return summary


def _loss_in_a(Ra, a, S, T, net):
    _, _, yy = _data(net)
    dL, d0 = len(a), len(a[0])
    quad = sum((a[i][l] * S[l][j] * a[i][j] for i in range(dL) for l in range(d0) for j in range(d0)), Ra.zero)
    lin = sum((a[i][j] * T[i][j] for i in range(dL) for j in range(d0)), Ra.zero)
    return quad * QQ(1, 2) - lin + yy * QQ(1, 2)


def _sum_cof(cof: dict, gens, R):
    return sum((c * gens[i] for i, c in cof.items()), R.zero)


def _compose(cofactors_a, positions, phi) -> dict:
    """Cofactors in the product ring, substituted, placed at the staged generators' ``positions``."""
    out = {}
    for c, pos in zip(cofactors_a, positions):
        if c and pos is not None:
            out[pos] = out.get(pos, 0) + phi(c)
    return out


def _cof_json(cof: dict, n: int) -> list:
    return [poly_to_json(cof[i]) if i in cof and cof[i] else [] for i in range(n)]
