"""The reference for speed: the block Hessian formula evaluated on SymEngine expressions.

``/work/shared/notes/performance.md`` measured the fastest exact method known for
the full symbolic Hessian of :math:`\\tfrac12 \\lVert W_L \\cdots W_1 X - Y \\rVert_F^2`:
the same block (Kronecker) formula as :mod:`symbolic.calculus.hessian`, with
every product expanded by SymEngine (C++).  This module is that method, so that
``dlnproof bench`` can time ours against it side by side; it is a benchmark
reference and a cross-check, never part of a verdict.  SymEngine is optional
(``pip install 'dlnproof[bench]'``): :func:`available` says whether it is
installed.

Why it is not an accelerator of our Hessian: our results are ring elements of
:math:`\\mathbb{Q}[w]` (``DomainMatrix``), and converting SymEngine's expanded
expressions back into the ring (:func:`to_ring`) costs about three times the
SymEngine computation itself, more than our whole ring computation (measured by
``dlnproof bench``, column ``to ring``).

Main definitions
----------------
* :func:`available`, :func:`hessian_symengine`, :func:`to_ring`.
"""

from __future__ import annotations

from sympy.polys.matrices import DomainMatrix

__all__ = ["available", "hessian_symengine", "to_ring"]


def _symengine():
    try:
        import symengine
    except ImportError:  # the optional extra is not installed
        return None
    return symengine


def available() -> bool:
    """Whether SymEngine is installed (``pip install 'dlnproof[bench]'``)."""
    return _symengine() is not None


def _to_se(se, K, M: DomainMatrix):
    """A ``DomainMatrix`` over QQ or QQ[...] as a SymEngine matrix (through each entry's SymPy expression)."""
    rows, cols = M.shape
    return se.DenseMatrix(rows, cols, [se.sympify(K.to_sympy(x)) for row in M.to_list() for x in row])


def hessian_symengine(weights, X, Y):
    """The full Hessian by the block formula, every product expanded by SymEngine.

    ``weights`` are ``DomainMatrix`` over a polynomial ring (as from
    :meth:`~symbolic.core.network.Network.symbolic_weights`), ``X`` and ``Y``
    ``DomainMatrix`` over QQ or the same ring (symbolic data).  Returns the
    Hessian as a list of rows of SymEngine expressions, parameters in the order
    of :mod:`symbolic.calculus.hessian`.  Raises ``ImportError`` naming the extra
    when SymEngine is not installed.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss, hessian_structured
    >>> from symbolic.calculus.symengine_reference import available, hessian_symengine, to_ring
    >>> R, Ws = Network([2, 3, 1]).symbolic_weights()
    >>> loss = SquaredLoss([[1, 2], [0, "1/2"]], [[1, -1]])
    >>> not available() or to_ring(hessian_symengine(Ws, loss.X, loss.Y), Ws[0].domain) == hessian_structured(Ws, loss)
    True
    """
    se = _symengine()
    if se is None:
        raise ImportError("the SymEngine reference needs the optional extra: pip install 'dlnproof[bench]'")
    K = weights[0].domain
    for M in (*weights[1:], X, Y):
        K = K.unify(M.domain)
    Ws = [_to_se(se, K, W.convert_to(K)) for W in weights]
    Xs, Ys = _to_se(se, K, X.convert_to(K)), _to_se(se, K, Y.convert_to(K))
    return _blocks(se, Ws, Xs, Ys)


def _blocks(se, Ws, Xs, Ys):
    expand = se.expand

    def ex(M):
        return M.applyfunc(expand)

    L = len(Ws)
    dims = [Ws[0].cols] + [W.rows for W in Ws]

    def chain(lo, hi):
        if hi < lo:
            return se.eye(dims[lo - 1])
        out = Ws[lo - 1]
        for k in range(lo + 1, hi + 1):
            out = ex(Ws[k - 1] * out)
        return out

    P = {L: se.eye(dims[L])}
    for k in range(L - 1, 0, -1):
        P[k] = ex(P[k + 1] * Ws[k])
    Q = {1: se.eye(dims[0])}
    for k in range(2, L + 1):
        Q[k] = ex(Ws[k - 2] * Q[k - 1])
    QX = {k: ex(Q[k] * Xs) for k in Q}
    G = ex((ex(ex(P[1] * Ws[0]) * Xs) - Ys) * Xs.T)
    PG = {k: ex(P[k].T * G) for k in P}
    blocks = {}
    for k in range(1, L + 1):
        for j in range(1, k + 1):
            A, B = ex(P[k].T * P[j]), ex(QX[k] * QX[j].T)
            (m, n), (p, q) = A.shape, B.shape
            F = [[expand(A[i, c] * B[r, d]) for c in range(n) for d in range(q)] for i in range(m) for r in range(p)]
            if k > j:
                S, M = ex(PG[k] * Q[j].T), chain(j + 1, k - 1)
                d_j, d_jm1 = dims[j], dims[j - 1]
                T = [[S[a, d] * M[b, c] for c in range(d_j) for d in range(d_jm1)]
                     for a in range(S.rows) for b in range(M.rows)]
                F = [[expand(x + y) for x, y in zip(fr, tr)] for fr, tr in zip(F, T)]
            blocks[k, j] = F
    rows = []
    for k in range(1, L + 1):
        parts = [blocks[k, j] if j <= k else [list(col) for col in zip(*blocks[j, k])] for j in range(1, L + 1)]
        for r in range(len(parts[0])):
            rows.append([x for part in parts for x in part[r]])
    return rows


def to_ring(H, K) -> DomainMatrix:
    """SymEngine's expanded entries as a ``DomainMatrix`` over the polynomial ring domain ``K``.

    Each monomial is read once (``as_powers_dict``) and cached; coefficients
    become ``QQ`` elements exactly.
    """
    se = _symengine()
    if se is None:
        raise ImportError("the SymEngine reference needs the optional extra: pip install 'dlnproof[bench]'")
    R = K.ring
    dom, n = R.domain, R.ngens
    if not dom.is_QQ:
        raise ValueError(f"to_ring converts into a polynomial ring over QQ; got {K}")
    index = {se.Symbol(str(s)): i for i, s in enumerate(R.symbols)}
    zero_monom, cache, out = R.zero_monom, {}, []
    for row in H:
        out_row = []
        for e in row:
            terms = {}
            for m, c in e.as_coefficients_dict().items():
                if m.is_Number:
                    m, c = 1, m * c
                    if c == 0:
                        continue
                t = cache.get(m)
                if t is None:
                    if m == 1:
                        t = zero_monom
                    else:
                        exps = [0] * n
                        for b, p in m.as_powers_dict().items():
                            exps[index[b]] += int(p)
                        t = tuple(exps)
                    cache[m] = t
                num, den = (c, 1) if isinstance(c, int) else c.get_num_den()
                terms[t] = dom(int(num), int(den))
            out_row.append(R.zero.new(terms))
        out.append(out_row)
    return DomainMatrix(out, (len(out), len(out[0]) if out else 0), K)
