r"""Every critical point of an unregularized deep linear network, with a covering certificate.

For :math:`L(W_1, \dots, W_L) = f(W_L \cdots W_1)` with exact data (:mod:`symbolic.critical.unregularized_loss`)
the critical set is split by its critical values (the value polynomial :math:`\mu` with :math:`\mu(L)` in the
gradient ideal), the global component is identified by its value, and every other component gets a saddle
certificate (:mod:`symbolic.critical.components`).  Directions of negative curvature are sought among
single-layer perturbations :math:`\delta W_k = u e_j^T` with :math:`W_L \cdots W_{k+1} u = 0` or
:math:`\delta W_k = e_i v^T` with :math:`v^T W_{k-1} \cdots W_1 = 0` (kernel vectors written as polynomials:
unit vectors and generalized cross products of rows); along them :math:`d^T H d` vanishes on the component.

The global value of the squared loss is :math:`\tfrac12(\lVert Y\rVert_F^2 - \sum_{i \le r} \lambda_i)`, with
:math:`\lambda_i` the eigenvalues of :math:`\Sigma = YX^T(XX^T)^{-1}XY^T` in decreasing order and :math:`r` the
narrowest width; the certificate carries a rational critical point with that value as a witness.

Main definitions
----------------
* :func:`unregularized_critical_set` -- components, values, classification and the certificate.
* :data:`INSTANCES` -- the seeded instances of the ledger; :func:`instance`.
"""

from __future__ import annotations

import functools
import itertools
from fractions import Fraction

import sympy
from sympy.polys.domains import QQ

from symbolic.critical.components import cover_critical_set, upoly_text
from symbolic.critical.components_ideal import WorkLimitExceeded
from symbolic.critical.components_descent import DescentSearch
from symbolic.critical.components_staged import StagingFailed, staged_covering
from symbolic.critical.unregularized_loss import NetworkLossRing, seeded_data

__all__ = ["unregularized_critical_set", "network_directions", "rank_one_factors", "squared_global_minimum",
           "INSTANCES", "instance", "MAX_PARAMETERS"]

#: Networks with more weight entries than this are refused (the decomposition grows quickly with them).
MAX_PARAMETERS = 16

#: The ledger's instances: name -> (dims, seed, samples).  Data from :func:`seeded_data`.
INSTANCES = {
    "1-1-1-1": ((1, 1, 1, 1), 1, 3),
    "2-2-1": ((2, 2, 1), 1, 3),
    "2-1-2": ((2, 1, 2), 1, 3),
    "2-1-1-2": ((2, 1, 1, 2), 1, 3),
    "2-1-2-2": ((2, 1, 2, 2), 1, 3),
    "2-2-2": ((2, 2, 2), 1, 3),
    "2-2-2-2": ((2, 2, 2, 2), 1, 3),
    "3-2-2-3": ((3, 2, 2, 3), 1, 4),
    "3-1-2": ((3, 1, 2), 1, 4),
    "3-1-3": ((3, 1, 3), 1, 4),
    "3-2-3": ((3, 2, 3), 1, 4),
}


def instance(name: str):
    """``(dims, X, Y)`` of a named instance of :data:`INSTANCES`."""
    dims, seed, n = INSTANCES[name]
    X, Y = _seeded(dims[0], dims[-1], n, seed)
    return dims, [list(r) for r in X], [list(r) for r in Y]


@functools.lru_cache(maxsize=None)
def _seeded(d_in, d_out, n, seed):
    X, Y = seeded_data(d_in, d_out, n, seed)
    return tuple(map(tuple, X)), tuple(map(tuple, Y))


def _det(rows):
    if len(rows) == 1:
        return rows[0][0]
    total = 0
    for j in range(len(rows)):
        minor = [r[:j] + r[j + 1:] for r in rows[1:]]
        term = rows[0][j] * _det(minor)
        total = total + term if j % 2 == 0 else total - term
    return total


def _qq(v):
    """A SymPy rational as an element of ``QQ``."""
    num, den = sympy.fraction(v)
    return QQ(int(num), int(den))


def _kernel_candidates(M, R):
    """Polynomial vectors :math:`u` that can lie in the kernel of ``M`` (``r x d``): units and cross products."""
    d = len(M[0])
    out = [[R.one if i == j else R.zero for i in range(d)] for j in range(d)]
    if d >= 2 and len(M) >= d - 1:
        for rows in itertools.combinations(range(len(M)), d - 1):
            sub = [M[r] for r in rows]
            u = []
            for i in range(d):
                minor = [row[:i] + row[i + 1:] for row in sub]
                det = _det(minor) if minor and minor[0] else R.one
                u.append(det if i % 2 == 0 else -det)
            if any(u):
                out.append(u)
    return out


def network_directions(net: NetworkLossRing):
    """The candidate directions ``(label, d)`` of single-layer perturbations (see the module docstring)."""
    R, L = net.R, len(net.dims) - 1
    zero = R.zero
    found = []
    seen = set()
    for k in range(1, L + 1):
        rows, cols = net.dims[k], net.dims[k - 1]
        sl = net.layer_slice(k)
        blocks = []
        if k < L:
            above = net.chain(k + 1, L)
            for a, u in enumerate(_kernel_candidates(above, R)):
                for j in range(cols):
                    blocks.append((f"W{k}: u{a} e{j + 1}^T", [[u[i] if jj == j else zero for jj in range(cols)]
                                                             for i in range(rows)]))
        if k > 1:
            below = net.chain(1, k - 1)
            belowT = [list(c) for c in zip(*below)]
            for a, v in enumerate(_kernel_candidates(belowT, R)):
                for i in range(rows):
                    blocks.append((f"W{k}: e{i + 1} v{a}^T", [[v[j] if ii == i else zero for j in range(cols)]
                                                             for ii in range(rows)]))
        for label, block in blocks:
            d = [zero] * net.nvars
            flat = [x for row in block for x in row]
            d[sl] = flat
            key = tuple(str(x) for x in d)
            if key not in seen:
                seen.add(key)
                found.append((label, d))
    candidates = lambda G: found  # noqa: E731
    candidates.block_pairs = eigen_block_pairs(net)
    candidates.rank_one_factors = rank_one_factors(net)
    return candidates


def rank_one_factors(net: NetworkLossRing):
    r"""Per layer ``k``: ``(columns, rows)``, labelled polynomial vectors :math:`x`, :math:`y` for rank-one
    directions :math:`\delta W_k = x y^T` (the last pass of
    :class:`symbolic.critical.components_descent.DescentSearch`).

    Columns: unit vectors and kernel vectors of :math:`W_L \cdots W_{k+1}` (:math:`k < L`), or unit vectors and the
    eigenvectors :math:`u_a` of :math:`\Sigma = TS^{-1}T^T` (:math:`k = L`, eigenvalues decreasing); rows: unit
    vectors and left kernel vectors of :math:`W_{k-1} \cdots W_1` (:math:`k > 1`), or unit vectors and the rows
    :math:`u_a^T T S^{-1}` (:math:`k = 1`).  The eigen-data need the squared loss, :math:`XX^T` invertible and
    rational eigenvalues (else only unit vectors there).  Kernel vectors are written as in :func:`network_directions`.

    Examples
    ========

    >>> from symbolic.critical.unregularized_loss import NetworkLossRing
    >>> from symbolic.critical.unregularized import rank_one_factors
    >>> net = NetworkLossRing([1, 1, 1], [[1]], [[2]])
    >>> {k: ([name for name, _ in xs], [name for name, _ in ys]) for k, (xs, ys) in rank_one_factors(net).items()}
    {1: (['e1'], ['e1', 'u1.1^T T S^-1']), 2: (['e1'], ['e1'])}
    """
    R, L = net.R, len(net.dims) - 1
    data = _sigma_eigen(net) if net.loss == "squared" and L >= 2 else None
    eigen = []
    if data is not None:
        S, T, vects = data
        q = lambda v: R(_qq(v))  # noqa: E731
        for a, (ev, _, basis) in enumerate(sorted(vects, key=lambda t: -t[0])):
            for b, u in enumerate(basis):
                eigen.append((f"u{a + 1}.{b + 1}", [q(x) for x in u], [q(x) for x in u.T * T * S.inv()]))

    def named(vectors, n):
        return [(f"e{a + 1}" if a < n else f"k{a - n + 1}", v) for a, v in enumerate(vectors)]

    def units(n):
        return named([[R.one if i == j else R.zero for i in range(n)] for j in range(n)], n)

    out = {}
    for k in range(1, L + 1):
        rows, cols = net.dims[k], net.dims[k - 1]
        if k < L:
            xs = named(_kernel_candidates(net.chain(k + 1, L), R), rows)
        else:
            xs = units(rows) + [(n, u) for n, u, _ in eigen]
        if k > 1:
            ys = named(_kernel_candidates([list(c) for c in zip(*net.chain(1, k - 1))], R), cols)
        else:
            ys = units(cols) + [(f"{n}^T T S^-1", v) for n, _, v in eigen]
        out[k] = (_distinct(xs), _distinct(ys))
    return out


def _distinct(vectors):
    """Nonzero vectors, each once (the first label kept)."""
    seen, out = set(), []
    for name, v in vectors:
        key = tuple(str(x) for x in v)
        if any(v) and key not in seen:
            seen.add(key)
            out.append((name, v))
    return out


def eigen_block_pairs(net: NetworkLossRing):
    r"""Pairs ``(label, d1, d2)`` for 2x2 Hessian blocks: :math:`u_a e_j^T` in :math:`W_L` and
    :math:`e_i u_a^T T S^{-1}` in :math:`W_1` (:math:`T = YX^T`, :math:`S = XX^T`, :math:`u_a` a rational eigenvector
    of :math:`\Sigma = T S^{-1} T^T`).

    At a two-layer critical point capturing the eigenvector :math:`u_b` and skipping :math:`u_a`
    (:math:`\sigma_a > \sigma_b`) the block's determinant is the constant :math:`\sigma_a |u_a|^4 (\sigma_b - \sigma_a)
    < 0` on the whole family (rotating :math:`u_b` toward :math:`u_a` descends); unit directions miss it when the
    eigenvectors are not coordinate vectors.  Empty for one layer, squared loss only, :math:`XX^T` invertible and
    rational eigenvectors.
    """
    R, L = net.R, len(net.dims) - 1
    if L < 2 or net.loss != "squared":
        return []
    data = _sigma_eigen(net)
    if data is None:
        return []
    S, T, vects = data
    q = _qq
    out = []
    last, first = net.layer_slice(L), net.layer_slice(1)
    rows_L, cols_L = net.dims[L], net.dims[L - 1]
    rows_1, cols_1 = net.dims[1], net.dims[0]
    for a, (ev, _, basis) in enumerate(sorted(vects, key=lambda t: -t[0])):
        if ev <= 0:
            continue
        for b, u in enumerate(basis):
            v = u.T * T * S.inv()
            for j in range(cols_L):
                d1 = [R.zero] * net.nvars
                d1[last] = [R(q(u[i])) if jj == j else R.zero for i in range(rows_L) for jj in range(cols_L)]
                for i in range(rows_1):
                    d2 = [R.zero] * net.nvars
                    d2[first] = [R(q(v[jj])) if ii == i else R.zero for ii in range(rows_1) for jj in range(cols_1)]
                    out.append((f"W{L}: u{a + 1}.{b + 1} e{j + 1}^T, W1: e{i + 1} u{a + 1}.{b + 1}^T T S^-1", d1, d2,
                                None))
    if net.dims[1] == net.dims[L - 1]:
        out += _rotation_pairs(net, vects, T, S)
    return out


def _adjugate(M, R):
    """The adjugate of a square matrix of ring elements (``[[1]]`` for 1x1)."""
    n = len(M)
    if n == 1:
        return [[R.one]]
    return [[(-1) ** (r + c) * _det([row[:r] + row[r + 1:] for ci, row in enumerate(M) if ci != c]) for c in range(n)]
            for r in range(n)]


def _rotation_pairs(net, vects, T, S):
    r""":math:`W_L` of full column rank :math:`d_{L-1}` capturing the eigenvectors :math:`U_S`: rotate a captured
    :math:`u_k` toward a skipped :math:`u_a` (:math:`\sigma_a > \sigma_k`); needs :math:`d_1 = d_{L-1}`.

    With :math:`M = U_S^T W_L`, :math:`z = W_L^T u_k` and :math:`B = W_{L-1} \cdots W_2` (square; :math:`I` for two
    layers): :math:`d_1 = u_a z^T` in :math:`W_L`, :math:`d_2 = \operatorname{adj}(B) \operatorname{adj}(M) e_k\,
    u_a^T T S^{-1}` in :math:`W_1`.  On the family :math:`W_L = U_S C` (Zhou-Liang's parametrization, Theorem 1) the
    block's determinant is :math:`-\sigma_a |u_a|^4 (\sigma_a - \sigma_k) (\det M \det B)^2`: the search verifies
    it modulo each node's ideal, the checker re-expands it.
    """
    R, L = net.R, len(net.dims) - 1
    width = net.dims[L - 1]
    pairs = sorted(((ev, u) for ev, _, basis in vects for u in basis if ev > 0), key=lambda p: -p[0])
    if len(pairs) <= width or width > 3:
        return []
    q = lambda v: R(_qq(v))  # noqa: E731
    rows2, cols2 = net.dims[L], width
    W2 = net.weights[L - 1]
    if L > 2:
        B = net.chain(2, L - 1)
        adjB, detB = _adjugate(B, R), _det(B)
    else:
        adjB, detB = [[R.one if i == j else R.zero for j in range(width)] for i in range(width)], R.one
    out = []
    for chosen in itertools.combinations(range(len(pairs)), width):
        U = [pairs[i][1] for i in chosen]
        M = [[sum((q(U[r][m]) * W2[m][j] for m in range(rows2)), R.zero) for j in range(cols2)] for r in range(width)]
        adj = _adjugate(M, R)
        det = _det(M) * detB
        for kpos, k in enumerate(chosen):
            for a in range(len(pairs)):
                if a in chosen or pairs[a][0] <= pairs[k][0]:
                    continue
                ua, uk = pairs[a][1], pairs[k][1]
                z = [sum((q(uk[m]) * W2[m][j] for m in range(rows2)), R.zero) for j in range(cols2)]
                v = ua.T * T * S.inv()
                d1 = [R.zero] * net.nvars
                d1[net.layer_slice(L)] = [q(ua[i]) * z[j] for i in range(rows2) for j in range(cols2)]
                b = [sum((adjB[i][r] * adj[r][kpos] for r in range(width)), R.zero) for i in range(net.dims[1])]
                d2 = [R.zero] * net.nvars
                d2[net.layer_slice(1)] = [b[i] * q(v[j]) for i in range(net.dims[1]) for j in range(net.dims[0])]
                out.append((f"rotate captured u{k + 1} toward u{a + 1} (W{L} = U_S C)", d1, d2, det))
    return out


def _sigma_eigen(net: NetworkLossRing):
    r"""``(S, T, eigenvects of Sigma)`` (SymPy; :math:`S = XX^T`, :math:`T = YX^T`, :math:`\Sigma = TS^{-1}T^T`), or
    ``None`` when :math:`S` is singular or an eigenvalue is irrational; computed once per network."""
    if not hasattr(net, "_sigma_eigen"):
        X, Y = sympy.Matrix(net.X), sympy.Matrix(net.Y)
        S = X * X.T
        data = None
        if S.det() != 0:
            T = Y * X.T
            vects = (T * S.inv() * T.T).eigenvects()
            if all(ev.is_rational for ev, _, _ in vects):
                data = (S, T, vects)
        net._sigma_eigen = data
    return net._sigma_eigen


def squared_global_minimum(net: NetworkLossRing):
    """``(value, witness point)`` of the squared loss: the truncated eigen-solution, factored through the widths.

    Returns ``(None, None)`` when :math:`XX^T` is singular or the top eigenvectors are not rational.
    """
    data = _sigma_eigen(net)
    if data is None:
        return None, None
    S, T, vects = data
    Y = sympy.Matrix(net.Y)
    r = min(min(net.dims[1:-1], default=net.dims[0]), net.dims[0], net.dims[-1])
    vects = sorted(vects, key=lambda t: -t[0])
    U = []
    for ev, mult, basis in vects:
        U += basis
    U = U[:r]
    top = sum(sorted([ev for ev, m, _ in vects for _ in range(m)], reverse=True)[:r], sympy.Integer(0))
    value = (sum((y**2 for y in Y), sympy.Integer(0)) - top) / 2
    Um = sympy.Matrix.hstack(*U)
    C = (Um.T * Um).inv() * Um.T * T * S.inv()
    dims = net.dims
    L = len(dims) - 1
    Ws = []
    for k in range(1, L + 1):
        W = sympy.zeros(dims[k], dims[k - 1])
        if L == 1:
            W = Um * C
        elif k == 1:
            W[:r, :] = C
        elif k == L:
            W[:, :r] = Um
        else:
            for i in range(r):
                W[i, i] = 1
        Ws.append(W)
    point = [Fraction(int(sympy.fraction(x)[0]), int(sympy.fraction(x)[1])) for W in Ws for x in W]
    return Fraction(int(sympy.fraction(value)[0]), int(sympy.fraction(value)[1])), point


def unregularized_critical_set(dims, X, Y, loss: str = "squared", work_limit: int = 3_000_000, max_nodes: int = 400,
                               method: str = "staged"):
    r"""Every critical point of the network: components, values, classification, and the covering certificate.

    Returns a dict with ``problem``, ``global_value``, ``components`` (one summary per leaf of the covering:
    path, kind, value, dimension), ``unresolved`` (the leaves not certified) and ``certificate`` (kind
    ``critical_set_covering``, re-verified by :mod:`symbolic.checker.components_covering`).  Raises
    ``ValueError`` for networks above :data:`MAX_PARAMETERS` weights or beyond the work bound.

    ``method="staged"`` (the default) splits the critical set through the end-to-end product
    (:mod:`symbolic.critical.components_staged`: squared loss, two or more layers, :math:`\Sigma` with distinct
    rational eigenvalues) and falls back to the direct search in the gradient ideal otherwise; ``"direct"``
    forces the direct search (:func:`symbolic.critical.components.cover_critical_set`).

    Examples
    ========

    >>> from symbolic.critical.unregularized import unregularized_critical_set
    >>> out = unregularized_critical_set([1, 1], [[1]], [[2]])
    >>> out["global_value"], [c["kind"] for c in out["components"]]
    ('0', ['value'])
    """
    net = NetworkLossRing(dims, X, Y, loss)
    if net.nvars > MAX_PARAMETERS:
        raise ValueError(f"the network has {net.nvars} weights; critical sets are computed up to {MAX_PARAMETERS} "
                         "(try smaller dims)")
    value, witness = (squared_global_minimum(net) if loss == "squared" else (None, None))
    if witness is not None:
        grad_at = [g(*[QQ(v.numerator, v.denominator) for v in witness]) if net.nvars > 1 else
                   g(QQ(witness[0].numerator, witness[0].denominator)) for g in net.gradient]
        if any(grad_at):  # pragma: no cover - the truncated solution is a global minimizer, hence critical
            value = witness = None
    if method not in ("staged", "direct"):
        raise ValueError(f"method must be staged or direct; got {method!r}")
    gvalue = None if value is None else QQ(value.numerator, value.denominator)
    staged = None
    if method == "staged" and value is not None:
        try:
            staged = staged_covering(net, network_directions(net), gvalue, work_limit=work_limit, max_nodes=max_nodes)
        except StagingFailed:
            staged = None
        except WorkLimitExceeded as exc:
            raise ValueError(f"the critical set needs more work than allowed ({exc}); raise the work bound or use a "
                             "smaller network") from None
    if staged is not None:
        tree, leaves, components = staged
    else:
        tree, leaves, components = cover_critical_set(net, network_directions(net), search=DescentSearch,
                                                      work_limit=work_limit,
                                                      max_nodes=max_nodes, global_value=gvalue)
    problem = {"dims": list(net.dims), "X": [[_s(v) for v in r] for r in net.X],
               "Y": [[_s(v) for v in r] for r in net.Y], "loss": loss}
    cert = {"kind": "critical_set_covering", "problem": problem, "variables": net.names, "tree": tree}
    if witness is not None:
        cert["global"] = {"value": _s(value), "witness": [_s(v) for v in witness]}
    unresolved = [leaf for leaf in leaves if leaf["kind"] == "unresolved"]
    gtext = None if value is None else _s(value)
    if gtext is None and not unresolved:
        gtext = _algebraic_value_text(tree)
    return {"problem": problem, "global_value": gtext, "values": components,
            "components": leaves,
            "unresolved": unresolved, "certificate": cert, "nparams": net.nvars}


def _s(v: Fraction) -> str:
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _algebraic_value_text(tree):
    """The text of the one algebraic value leaf's value (the quartic loss), or ``None``."""
    stack, found = [tree], []
    while stack:
        node = stack.pop()
        if node.get("kind") == "value" and "polynomial" in node:
            found.append(node)
        stack += node.get("children", []) + ([node["child"]] if node.get("child") else [])
    if len(found) != 1:
        return None
    coeffs, (lo, hi) = found[0]["polynomial"], found[0]["interval"]
    return f"the only real root of {upoly_text([QQ.convert(sympy.Rational(c)) for c in coeffs])} (in [{lo}, {hi}])"
