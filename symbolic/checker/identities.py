"""The separate re-verifier for identity claims (Fractions and :mod:`.mpoly` only).

An identity certificate names an identity and the dims tuples (with data) it
was checked on.  The re-verifier trusts none of the library's gradient or
Hessian code: for each tuple it builds the weights as polynomials in their own
variables, derives the left side by differentiating (chain rule on the expanded
entries of :math:`A = W_L \\cdots W_1`, or the expanded squared loss), builds
the right side from the printed (or re-derived) formula with its own matrix,
Kronecker and vec code, and compares the expanded polynomials coefficient by
coefficient.

Variables: the weights in the project's parameter order (:math:`W_1, \\dots,
W_L`, each row by row, i.e. :math:`\\operatorname{vec}(W_k^T)` with the
column-major :math:`\\operatorname{vec}`), then any extra symbols (the entries
:math:`g_{pq}` of :math:`\\nabla f(A)`, or the data :math:`X, Y` when symbolic).

Identities
----------
``lvb_gradient_general``
    Laurent-von Brecht (2018) Lemma 1, arbitrary differentiable :math:`f`:

    .. math::

        \\sum_{pq} g_{pq} \\frac{\\partial A_{pq}}{\\partial (W_k)_{ij}}
        = \\big(W_{k+1,+}^T\\, G\\, W_{k-1,-}^T\\big)_{ij}, \\qquad G = (g_{pq}) \\text{ free}.

``kawaguchi_gradient_squared``
    Kawaguchi (2016) Lemma 4.1, :math:`L = \\tfrac12 \\lVert AX - Y\\rVert_F^2`,
    :math:`r = (AX - Y)^T`:

    .. math::

        \\nabla_{\\operatorname{vec}(W_k^T)} L
        = \\big(W_L \\cdots W_{k+1} \\otimes (W_{k-1} \\cdots W_1 X)^T\\big)^T \\operatorname{vec}(r).

``hessian_block_squared``
    The Hessian block formula of :mod:`symbolic.calculus.hessian` (squared loss),
    with :math:`P_k = W_{k+1,+}`, :math:`Q_k = W_{k-1,-}`, :math:`G = (AX - Y)X^T`:

    .. math::

        \\nabla^2_{kj} L = (P_k^T P_j) \\otimes (Q_k X X^T Q_j^T) + T_{kj}, \\quad
        T_{kj} = (P_k^T G Q_j^T \\otimes W_{k-1} \\cdots W_{j+1}) K_{d_{j-1}, d_j} \\ (k > j),

    :math:`T_{jk} = T_{kj}^T`, :math:`T_{kk} = 0`, checked against the second
    derivatives of :math:`L = \\tfrac12 \\sum_{ij} E_{ij}^2` computed on the
    expanded residual polynomials :math:`E = AX - Y`: the gradient
    :math:`g_x = \\sum_{ij} E_{ij} \\partial_x E_{ij}` expanded, then :math:`\\partial_y g_x`.

Certificate
-----------
``{"kind": "identity_sweep", "identity": NAME, "dims": [[d0, ..., dL], ...],
"data": {"d0,...,dL": {"X": rows, "Y": rows}}, "holds": true}``.  Rows are
rational strings; ``"X": "symbolic"`` (with ``"n"``, the number of samples)
makes the data free variables.  ``holds`` (default true) says whether the
identity holds on every listed tuple or fails on every listed tuple (a
refutation).

Main definitions
----------------
* :func:`check_identity` -- one identity on one dims tuple (formulas injectable, for tests).
* :func:`verify_identity_sweep` -- re-verify a whole certificate.
* :data:`FORMULAS` -- the right-hand sides, by identity name.
"""

from __future__ import annotations

from .mpoly import MPoly, const_matrix, sum_of_products, identity, kron, mat_add, mat_mul, mat_sub, transpose
from .poly import frac_matrix

__all__ = ["IDENTITIES", "FORMULAS", "check_identity", "verify_identity_sweep", "weight_matrices", "chain",
           "vec", "commute_columns", "lvb_gradient_formula", "kawaguchi_gradient_formula",
           "hessian_block_formula", "dims_key"]

IDENTITIES = ("lvb_gradient_general", "kawaguchi_gradient_squared", "hessian_block_squared")


def dims_key(dims) -> str:
    """The key of a dims tuple in a certificate's ``data``: ``"2,3,1"``."""
    return ",".join(str(d) for d in dims)


# -- the network, in the checker's own terms ---------------------------------------

def _check_dims(dims):
    if not isinstance(dims, (list, tuple)) or len(dims) < 2 or any(
            isinstance(d, bool) or not isinstance(d, int) or d < 1 for d in dims):
        raise ValueError(f"certificate dims must be lists of at least two positive integers; got {dims!r}")
    return tuple(dims)


def nweights(dims) -> int:
    return sum(dims[k] * dims[k - 1] for k in range(1, len(dims)))


def weight_matrices(dims, nvars: int):
    """:math:`W_1, \\dots, W_L` whose entries are the first variables, row by row."""
    Ws, pos = [], 0
    for k in range(1, len(dims)):
        rows, cols = dims[k], dims[k - 1]
        Ws.append([[MPoly.var(nvars, pos + i * cols + j) for j in range(cols)] for i in range(rows)])
        pos += rows * cols
    return Ws


def chain(Ws, lo: int, hi: int):
    """:math:`W_{hi} \\cdots W_{lo}` (1-based); the identity of size :math:`d_{lo-1}` if empty."""
    n = Ws[0][0][0].n
    if hi < lo:
        size = len(Ws[lo - 1][0]) if lo <= len(Ws) else len(Ws[hi - 1])
        return identity(n, size)
    out = Ws[lo - 1]
    for k in range(lo + 1, hi + 1):
        out = mat_mul(Ws[k - 1], out)
    return out


def vec(M) -> list:
    """Column-major :math:`\\operatorname{vec}(M)` as a flat list."""
    return [M[i][j] for j in range(len(M[0])) for i in range(len(M))]


def commute_columns(B, m: int, n: int):
    """:math:`B K_{m,n}`, with :math:`K_{m,n} \\operatorname{vec}(Z) = \\operatorname{vec}(Z^T)` for :math:`Z` m x n.

    :math:`K_{m,n}` has a one at row :math:`i n + j`, column :math:`j m + i`, so
    column :math:`j m + i` of :math:`B K_{m,n}` is column :math:`i n + j` of :math:`B`.
    """
    if len(B[0]) != m * n:
        raise ValueError(f"K_(m,n) needs {m * n} columns; got {len(B[0])}")
    order = [None] * (m * n)
    for i in range(m):
        for j in range(n):
            order[j * m + i] = i * n + j
    return [[row[t] for t in order] for row in B]


# -- right-hand sides (the formulas under test) ---------------------------------------

def lvb_gradient_formula(Ws, G):
    """Laurent-von Brecht Lemma 1: :math:`W_{k+1,+}^T G W_{k-1,-}^T` for k = 1..L."""
    L = len(Ws)
    return [mat_mul(mat_mul(transpose(chain(Ws, k + 1, L)), G), transpose(chain(Ws, 1, k - 1)))
            for k in range(1, L + 1)]


def kawaguchi_gradient_formula(Ws, X, Y):
    """Kawaguchi Lemma 4.1: :math:`(W_L \\cdots W_{k+1} \\otimes (W_{k-1} \\cdots W_1 X)^T)^T \\operatorname{vec}(r)`.

    Returns one flat list per layer (the order of :math:`\\operatorname{vec}(W_k^T)`).
    """
    L = len(Ws)
    r = transpose(mat_sub(mat_mul(chain(Ws, 1, L), X), Y))
    vr = [[x] for x in vec(r)]
    out = []
    for k in range(1, L + 1):
        K = kron(chain(Ws, k + 1, L), transpose(mat_mul(chain(Ws, 1, k - 1), X)))
        out.append([row[0] for row in mat_mul(transpose(K), vr)])
    return out


def hessian_block_formula(Ws, X, Y, k: int, j: int, memo=None):
    """Block :math:`(k, j)` of the squared-loss Hessian by the formula of :mod:`symbolic.calculus.hessian`.

    ``memo`` (a dict, one per network) keeps the partial products and :math:`E, G` that several blocks share, so a
    sweep over all blocks computes each of them once; the blocks are the same with or without it.
    """
    memo = {} if memo is None else memo
    L = len(Ws)
    if k < j:
        return transpose(hessian_block_formula(Ws, X, Y, j, k, memo))

    def ch(lo, hi):  # W_hi ... W_lo, built from W_(hi-1) ... W_lo
        key = ("chain", lo, hi)
        if key not in memo:
            memo[key] = chain(Ws, lo, hi) if hi <= lo else mat_mul(Ws[hi - 1], ch(lo, hi - 1))
        return memo[key]

    def qx(m):  # W_(m-1) ... W_1 X
        key = ("QX", m)
        if key not in memo:
            memo[key] = mat_mul(ch(1, m - 1), X)
        return memo[key]

    P_k, P_j = ch(k + 1, L), ch(j + 1, L)
    first = kron(mat_mul(transpose(P_k), P_j), mat_mul(qx(k), transpose(qx(j))))
    if k == j:
        return first
    if "G" not in memo:
        E = mat_sub(qx(L + 1), Y)
        memo["G"] = mat_mul(E, transpose(X))
    S = mat_mul(mat_mul(transpose(P_k), memo["G"]), transpose(ch(1, j - 1)))
    M = ch(j + 1, k - 1)
    d_jm1, d_j = len(Ws[j - 1][0]), len(Ws[j - 1])
    return mat_add(first, commute_columns(kron(S, M), d_jm1, d_j))


FORMULAS = {
    "lvb_gradient_general": lvb_gradient_formula,
    "kawaguchi_gradient_squared": kawaguchi_gradient_formula,
    "hessian_block_squared": hessian_block_formula,
}


# -- left-hand sides (derivatives, computed from scratch) ---------------------------------

def _integral_data(X_rows, Y_rows):
    """``(D X, D Y)`` with ``D`` the least common denominator of the entries (lists of Fractions).

    Both sides of the squared-loss identities checked with constant data (the gradient, ``E X^T`` shapes, and the
    Hessian: the entrywise side is a sum of products of two entries of :math:`E = W_L \\cdots W_1 X - Y` and their
    derivatives, the formula's blocks are products of two factors each linear in ``(X, Y)``) are homogeneous of
    degree 2 in ``(X, Y)`` jointly, so an identity holds at ``(X, Y)`` iff it holds at ``(D X, D Y)``; with integer
    data the arithmetic stays in ``int`` (many times faster than ``Fraction``).

    Examples
    ========

    >>> from symbolic.checker.identities import _integral_data
    >>> _integral_data([["1/2", "1"]], [["-2/3", "0"]])
    ([[3, 6]], [[-4, 0]])
    """
    from math import lcm

    X, Y = frac_matrix(X_rows), frac_matrix(Y_rows)
    D = lcm(*(x.denominator for row in X + Y for x in row))
    return [[int(x * D) for x in row] for row in X], [[int(y * D) for y in row] for row in Y]


def _data_matrices(dims, data, nvars, start):
    """X (d0 x n) and Y (dL x n): constants from rational strings, or free variables."""
    if data is None:
        raise ValueError(f"the certificate has no data for dims {list(dims)}; give X and Y")
    d0, dL = dims[0], dims[-1]
    if data.get("X") == "symbolic":
        n = data.get("n")
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ValueError("symbolic data needs the number of samples \"n\" (a positive integer)")
        X = [[MPoly.var(nvars, start + i * n + j) for j in range(n)] for i in range(d0)]
        start += d0 * n
        Y = [[MPoly.var(nvars, start + i * n + j) for j in range(n)] for i in range(dL)]
        return X, Y
    X, Y = _integral_data(data["X"], data["Y"])
    X, Y = const_matrix(nvars, X), const_matrix(nvars, Y)
    n = len(X[0])
    if len(X) != d0 or len(Y) != dL or any(len(r) != n for r in X + Y):
        raise ValueError(f"certificate data for dims {list(dims)} must have X {d0} x n and Y {dL} x n")
    return X, Y


def _nvars(identity_name, dims, data):
    P = nweights(dims)
    if identity_name == "lvb_gradient_general":
        return P + dims[-1] * dims[0]
    if data is not None and data.get("X") == "symbolic":
        return P + (dims[0] + dims[-1]) * data["n"]
    return P


def _check_lvb(dims, formula):
    nvars = _nvars("lvb_gradient_general", dims, None)
    P = nweights(dims)
    Ws = weight_matrices(dims, nvars)
    d0, dL = dims[0], dims[-1]
    G = [[MPoly.var(nvars, P + p * d0 + q) for q in range(d0)] for p in range(dL)]
    A = chain(Ws, 1, len(Ws))
    rhs = formula(Ws, G)
    idx = 0
    for k in range(1, len(dims)):
        Rk = rhs[k - 1]
        if len(Rk) != dims[k] or any(len(row) != dims[k - 1] for row in Rk):
            return False
        for i in range(dims[k]):
            for j in range(dims[k - 1]):
                lhs = MPoly(nvars)
                for p in range(dL):
                    for q in range(d0):
                        d = A[p][q].diff(idx)
                        if d.terms:
                            lhs = lhs + G[p][q] * d
                if lhs != Rk[i][j]:
                    return False
                idx += 1
    return True


def _squared_setup(identity_name, dims, data):
    nvars = _nvars(identity_name, dims, data)
    Ws = weight_matrices(dims, nvars)
    X, Y = _data_matrices(dims, data, nvars, nweights(dims))
    E = mat_sub(mat_mul(chain(Ws, 1, len(Ws)), X), Y)
    return nvars, Ws, X, Y, E


def _check_kawaguchi(dims, data, formula):
    nvars, Ws, X, Y, E = _squared_setup("kawaguchi_gradient_squared", dims, data)
    loss = MPoly(nvars)
    for row in E:
        for e in row:
            loss = loss + e * e
    loss = loss * MPoly.const(nvars, "1/2")
    rhs = formula(Ws, X, Y)
    idx = 0
    for k in range(1, len(dims)):
        size = dims[k] * dims[k - 1]
        if len(rhs[k - 1]) != size:
            return False
        for t in range(size):
            if loss.diff(idx + t) != rhs[k - 1][t]:
                return False
        idx += size
    return True


def _check_hessian(dims, data, formula):
    nvars, Ws, X, Y, E = _squared_setup("hessian_block_squared", dims, data)
    P = nweights(dims)
    entries = [e for row in E for e in row]
    # the gradient of L = 1/2 sum_t E_t^2 is g_x = sum_t E_t dE_t/dx (product rule on polynomials); the Hessian's
    # entry (x, y) is then dg_x/dy, a derivative of an expanded polynomial (no further products)
    grad = [sum_of_products(nvars, [(e, e.diff(x)) for e in entries]) for x in range(P)]
    offsets, pos = [], 0
    for k in range(1, len(dims)):
        offsets.append(pos)
        pos += dims[k] * dims[k - 1]
    L = len(dims) - 1
    if formula is hessian_block_formula:
        memo = {}
        formula = lambda Ws, X, Y, k, j: hessian_block_formula(Ws, X, Y, k, j, memo)  # noqa: E731
    for k in range(1, L + 1):
        for j in range(1, k + 1):
            block = formula(Ws, X, Y, k, j)
            rows, cols = dims[k] * dims[k - 1], dims[j] * dims[j - 1]
            if len(block) != rows or any(len(r) != cols for r in block):
                return False
            for a in range(rows):
                g = grad[offsets[k - 1] + a]
                for b in range(cols):
                    if g.diff(offsets[j - 1] + b) != block[a][b]:
                        return False
    return True


def check_identity(name: str, dims, data=None, formula=None) -> bool:
    """Whether identity ``name`` holds on ``dims`` (with ``data`` for the squared loss).

    ``formula`` replaces the right-hand side (default :data:`FORMULAS` ``[name]``);
    the tests pass deliberately wrong formulas and expect ``False``.

    Examples
    ========

    >>> from symbolic.checker.identities import check_identity
    >>> check_identity("lvb_gradient_general", (2, 3, 1))
    True
    >>> data = {"X": [["1", "-1/2", "2"], ["0", "3", "1"]], "Y": [["1/3", "0", "-1"]]}
    >>> check_identity("hessian_block_squared", (2, 2, 1), data)
    True
    """
    dims = _check_dims(dims)
    if name not in IDENTITIES:
        raise ValueError(f"unknown identity {name!r}; the checker knows {', '.join(IDENTITIES)}")
    formula = formula or FORMULAS[name]
    if name == "lvb_gradient_general":
        return _check_lvb(dims, formula)
    if name == "kawaguchi_gradient_squared":
        return _check_kawaguchi(dims, data, formula)
    return _check_hessian(dims, data, formula)


def verify_identity_sweep(cert, progress=None) -> bool:
    """Re-verify an ``identity_sweep`` certificate: recompute every listed tuple.

    Returns ``True`` when the identity holds on every tuple (``"holds": true``)
    or fails on every tuple (``"holds": false``); ``False`` otherwise.  A
    malformed certificate raises ``ValueError``.

    Examples
    ========

    >>> from symbolic.checker.identities import verify_identity_sweep
    >>> verify_identity_sweep({"kind": "identity_sweep", "identity": "lvb_gradient_general",
    ...                        "dims": [[1, 2], [2, 1, 2]], "data": {}})
    True
    """
    if not isinstance(cert, dict) or cert.get("kind") != "identity_sweep":
        raise ValueError("not an identity_sweep certificate (its \"kind\" must be \"identity_sweep\")")
    name = cert.get("identity")
    dims_list = cert.get("dims")
    if not isinstance(dims_list, list) or not dims_list:
        raise ValueError("an identity_sweep certificate lists at least one dims tuple under \"dims\"")
    holds = cert.get("holds", True)
    if not isinstance(holds, bool):
        raise ValueError("\"holds\" must be true or false")
    data = cert.get("data") or {}
    for dims in dims_list:
        dims = _check_dims(dims)
        if check_identity(name, dims, data.get(dims_key(dims))) != holds:
            return False
        if progress is not None:
            progress(dims)
    return True

