"""Checkers for Zhou-Liang's analytical forms and their perturbations (Fractions only).

``shallow_analytical_form``: a point of :math:`\\tfrac12\\lVert A_2A_1X - Y\\rVert_F^2`
given in the rational parametrization of :mod:`symbolic.forms.analytical_forms`::

    {"kind": "shallow_analytical_form", "X", "Y", "Xp" (X^+), "A2p" (A2^+), "columns": [w, ...],
     "column_values": [sigma, ...], "C0", "L1", "A1", "A2", "critical": bool, "condition3": bool,
     optional "spectrum": [[sigma_1, m_1], ..., [0, m_bar]], optional "categories": {...}}

The checker verifies the Penrose equations for ``Xp`` and ``A2p``; that each column
:math:`w` is an eigenvector of :math:`\\Sigma = YX^+XY^T` with its value, the columns
mutually orthogonal; :math:`A_2 = [W, 0] C_0` with :math:`C_0` invertible;
:math:`A_1 = C_0^{-1}[D^{-1}W^T; 0] Y X^+ + L_1 - C_0^{-1}\\operatorname{diag}(I, 0) C_0 L_1 X X^+`
(:math:`D = W^TW`); it recomputes condition (3) and criticality (both gradient blocks)
and compares them with the claimed booleans.  At a critical point it also checks
Lemma 1 of the supplement, (25) with :math:`L_1 = A_1` (i.e. :math:`A_2^+(Y - A_2A_1X)X^+ = 0`)
and (26) :math:`P\\Sigma P = \\Sigma P = P\\Sigma` for :math:`P = A_2A_2^+ = WD^{-1}W^T`,
and Proposition 1, :math:`L = \\tfrac12(\\operatorname{tr}YY^T - \\sum_{\\text{columns}} \\sigma)`.
With ``spectrum`` it checks that the listed eigenvalues are all of them (distinct, positive
decreasing then 0, :math:`m = d_2 - \\operatorname{rank}(\\Sigma - \\sigma I)`, :math:`\\sum m = d_2`),
counts the pattern :math:`p` from the column values, and recomputes the paper's case split
(:func:`categories`) to compare with ``categories``.

``rational_curve_loss``: the loss along a rational curve through a point::

    {"kind": "rational_curve_loss", "X", "Y", "point": [W1, ..., WL],
     "numerators": [N1, ..., NL] (entries: coefficient lists in eps, lowest first),
     "denominators": [q1, ..., qL], "difference": {"numerator": R, "denominator": S},
     "direction": "decrease" | "increase", optional "orthogonal_left_factor": {"layer", "numerator", "denominator"}}

:math:`W_k(\\varepsilon) = N_k(\\varepsilon)/q_k(\\varepsilon)`, :math:`W_k(0)` the point.  The checker
verifies the identity :math:`L(W(\\varepsilon)) - L(W(0)) = R(\\varepsilon)/S(\\varepsilon)`
as polynomials (cleared denominators, :math:`Q = \\prod q_k`):
:math:`\\big(\\tfrac12\\lVert N_L\\cdots N_1X - QY\\rVert^2 - L_0 Q^2\\big) S = R\\, Q^2`, and
that :math:`R/S` has the claimed sign for all small :math:`\\varepsilon > 0` (lowest-order
coefficients; :math:`S(0) \\ne 0`). With ``orthogonal_left_factor`` (:math:`Q_N/q`) it also checks that layer
``layer`` (0-based) is :math:`Q_N/q` times the point's layer and :math:`Q_N^TQ_N = q^2I`, so that layer's rank is
the same for every :math:`\\varepsilon`.  The ``sign`` of ``R`` alone is what "decrease" means: the
leading coefficient of :math:`R` times :math:`S(0)` is negative.

``deep_pattern_value``: a critical point of :math:`\\tfrac12\\lVert A_\\ell \\cdots A_1 X - Y\\rVert_F^2`::

    {"kind": "deep_pattern_value", "X", "Y", "Xp", "weights": [A1, ..., Al], "columns": [w, ...],
     "column_values": [sigma, ...], "spectrum" (as above), optional "categories"}

The checker verifies that every gradient block vanishes, that the columns are mutually orthogonal
eigenvectors of :math:`\\Sigma_0 = YX^+XY^T` spanning :math:`\\mathrm{col}(A_{(\\ell,2)})`
(:math:`\\operatorname{rank} A_{(\\ell,2)}` = number of columns and :math:`(I - WD^{-1}W^T)A_{(\\ell,2)} = 0`),
Proposition 4 :math:`L = \\tfrac12(\\operatorname{tr}YY^T - \\sum \\sigma)`, and, with ``spectrum``, the
case split of Proposition 5 with :math:`\\min\\{d_\\ell, \\dots, d_1\\}` in place of :math:`\\min\\{d_2, d_1\\}`.

``zhou_liang_swap``: Proposition 3 item 1's perturbation at one rational :math:`\\varepsilon > 0`::

    {"kind": "zhou_liang_swap", "form": shallow_analytical_form (critical, with "spectrum"),
     "column": c, "direction": v, "value_i": sigma_i, "eps": e, "root": rho, "scale": t,
     "difference": delta, optional "not_equal": [delta', ...]}

Column :math:`c` of the form, :math:`w_c` with value :math:`\\sigma_j`, is replaced by
:math:`\\tilde w_c = (w_c + t v)/\\rho`, where :math:`v \\ne 0` is an eigenvector of :math:`\\Sigma` for
:math:`\\sigma_i > \\sigma_j`, orthogonal to every column, :math:`\\rho > 0`, :math:`\\rho^2 = 1 + \\varepsilon^2`,
:math:`t > 0`, :math:`t^2 \\lVert v\\rVert^2 = \\varepsilon^2 \\lVert w_c\\rVert^2`: with unit
:math:`u_j = w_c/\\lVert w_c\\rVert`, :math:`u_i = v/\\lVert v\\rVert`, :math:`\\tilde w_c = \\lVert w_c\\rVert
(u_j + \\varepsilon u_i)/\\sqrt{1+\\varepsilon^2}`, the proof's column.  The checker rebuilds
:math:`\\tilde A_2 = [\\tilde W, 0]C_0` and :math:`\\tilde A_1` by (1) with the same :math:`C_0, L_1` (the proof's
"eq. (1) with :math:`U \\leftarrow M`, :math:`V \\leftarrow S^TV`", the paper's :math:`C` being :math:`C_0` with
the column norms), and checks :math:`L(\\tilde A_1, \\tilde A_2) - L(A_1, A_2) = \\delta` exactly and
:math:`\\delta \\ne \\delta'` for each ``not_equal``.

Main definitions
----------------
* :func:`verify_shallow_form`, :func:`verify_rational_curve_loss`, :func:`verify_deep_pattern_value`,
  :func:`verify_swap_point`.
"""

from __future__ import annotations

from fractions import Fraction

from .assumptions import inverse, rank
from .poly import eye, frac, frac_matrix, mat_add, mat_mul, mat_sub, transpose, upoly_add, upoly_mul, upoly_scale

__all__ = ["verify_shallow_form", "verify_rational_curve_loss", "verify_deep_pattern_value", "verify_swap_point",
           "categories"]


def categories(pattern, multiplicities, has_zero: bool, d1: int, d2: int) -> dict:
    """Zhou-Liang's case split of a pattern, as printed (Proposition 2's cases, the two categories).

    >>> from symbolic.checker.zhou_liang import categories
    >>> categories((1, 0, 1), (1, 1, 1), True, 2, 3)
    {'case1': False, 'case2': False, 'non_optimal': False, 'optimal': False}
    """
    p = list(pattern[:-1] if has_zero else pattern)
    m = list(multiplicities[:-1] if has_zero else multiplicities)
    r, rank, cap = len(m), sum(pattern), min(d1, d2)

    def prefix(k):  # p_1 = m_1, ..., p_{k-1} = m_{k-1}, p_k = rank - sum_{i<k} m_i <= m_k
        return all(p[i] == m[i] for i in range(k - 1)) and p[k - 1] == rank - sum(m[: k - 1]) <= m[k - 1]

    return {
        "case1": cap <= sum(m) and rank == cap and any(prefix(k) for k in range(1, r + 1)),
        "case2": cap > sum(m) and p == m,
        "non_optimal": any(p[i] < m[i] and p[j] > 0 for i in range(r) for j in range(i + 1, r)),
        "optimal": rank < cap and any(prefix(k) for k in range(1, r + 1)),
    }


def _zero(M):
    return all(x == 0 for row in M for x in row)


def _penrose(M, G) -> bool:
    MG, GM = mat_mul(M, G), mat_mul(G, M)
    return (mat_mul(MG, M) == M and mat_mul(GM, G) == G and MG == transpose(MG) and GM == transpose(GM))


def _scal(M, c):
    return [[x * c for x in row] for row in M]


def verify_shallow_form(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``shallow_analytical_form`` certificate; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.zhou_liang import verify_shallow_form
    >>> cert = {"kind": "shallow_analytical_form", "X": [["1", "0"], ["0", "1"]], "Y": [["2", "0"], ["0", "1"]],
    ...         "Xp": [["1", "0"], ["0", "1"]], "A2p": [["0", "1"]], "columns": [["0", "1"]],
    ...         "column_values": ["1"], "C0": [["1"]], "L1": [["0", "0"]], "A1": [["0", "1"]],
    ...         "A2": [["0"], ["1"]], "critical": True, "condition3": True}
    >>> verify_shallow_form(cert)
    (True, 'analytical form verified (critical, rank 1)')
    >>> verify_shallow_form(dict(cert, A1=[["0", "2"]]))[0]
    False
    """
    if cert.get("kind") != "shallow_analytical_form":
        return False, f"not a shallow_analytical_form certificate (kind {cert.get('kind')!r})"
    try:
        X, Y, Xp = frac_matrix(cert["X"]), frac_matrix(cert["Y"]), frac_matrix(cert["Xp"])
        A1, A2, A2p = frac_matrix(cert["A1"]), frac_matrix(cert["A2"]), frac_matrix(cert["A2p"])
        C0, L1 = frac_matrix(cert["C0"]), frac_matrix(cert["L1"])
        cols = [[frac(v) for v in w] for w in cert["columns"]]
        vals = [frac(v) for v in cert["column_values"]]
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed certificate: {exc}"
    d2, d1 = len(Y), len(C0)
    rho = len(cols)
    if len(vals) != rho or any(len(w) != d2 for w in cols):
        return False, "one eigenvalue per column, columns of length d2"
    if not _penrose(X, Xp):
        return False, "Xp is not the Moore-Penrose inverse of X"
    if not _penrose(A2, A2p):
        return False, "A2p is not the Moore-Penrose inverse of A2"
    Sigma = mat_mul(mat_mul(mat_mul(Y, Xp), X), transpose(Y))
    for w, s in zip(cols, vals):
        if all(x == 0 for x in w):
            return False, "a zero column"
        Sw = mat_mul(Sigma, [[x] for x in w])
        if [r[0] for r in Sw] != [s * x for x in w]:
            return False, f"a column is not an eigenvector of Sigma for {s}"
    for i in range(rho):
        for j in range(i):
            if sum(a * b for a, b in zip(cols[i], cols[j])) != 0:
                return False, "the columns are not mutually orthogonal"
    if rank(C0) != d1 or rho > d1:
        return False, "C0 is not invertible (or more columns than d1)"
    Wpad = [[cols[j][i] if j < rho else Fraction(0) for j in range(d1)] for i in range(d2)]
    if mat_mul(Wpad, C0) != A2:
        return False, "A2 != [W, 0] C0"
    if rank(A2) != rho:  # Remark 1: the pattern counts rank(A2) columns (implied by the above; recomputed)
        return False, "rank(A2) is not the number of columns"
    Ci = inverse(C0)
    G = [[Fraction(0)] * d2 for _ in range(d1)]
    for j in range(rho):
        n = sum(x * x for x in cols[j])
        G[j] = [x / n for x in cols[j]]
    J = [[Fraction(int(i == j and i < rho)) for j in range(d1)] for i in range(d1)]
    XXp = mat_mul(X, Xp)
    formula = mat_sub(mat_add(mat_mul(mat_mul(mat_mul(Ci, G), Y), Xp), L1),
                      mat_mul(mat_mul(mat_mul(mat_mul(Ci, J), C0), L1), XXp))
    if formula != A1:
        return False, "A1 is not given by (1)"
    P = [[sum(cols[k][i] * cols[k][j] / sum(x * x for x in cols[k]) for k in range(rho)) for j in range(d2)]
         for i in range(d2)]
    K = [[Fraction(int(i == j and i >= rho)) for j in range(d1)] for i in range(d1)]
    cond = mat_mul(mat_mul(mat_mul(mat_mul(mat_sub(eye(d2), P), Y), transpose(X)), transpose(L1)),
                   mat_mul(transpose(C0), K))
    if _zero(cond) is not cert.get("condition3"):
        return False, f"condition (3) holds: {_zero(cond)}, claimed {cert.get('condition3')!r}"
    E = mat_sub(mat_mul(mat_mul(A2, A1), X), Y)
    G1 = mat_mul(mat_mul(transpose(A2), E), transpose(X))
    G2 = mat_mul(mat_mul(E, transpose(X)), transpose(A1))
    critical = _zero(G1) and _zero(G2)
    if critical is not cert.get("critical"):
        return False, f"critical: {critical}, claimed {cert.get('critical')!r}"
    if "spectrum" in cert:
        try:
            spec = _parsed_spectrum(cert)
        except (TypeError, ValueError) as exc:
            return False, f"malformed spectrum: {exc}"
        try:
            pattern, mults, has_zero = _spectrum_pattern(spec, Sigma, vals, d2)
        except ValueError as exc:
            return False, str(exc)
        cats = categories(pattern, mults, has_zero, d1, d2)
        if "categories" in cert and cert["categories"] != cats:
            return False, f"the pattern {list(pattern)} has categories {cats}, not {cert['categories']}"
    if not critical:
        return True, f"analytical form verified (not critical, condition (3) {'holds' if _zero(cond) else 'fails'})"
    if mat_mul(A2, A2p) != P:
        return False, "A2 A2^+ != W D^-1 W^T"
    if not _zero(mat_mul(mat_mul(A2p, _scal(E, -1)), Xp)):
        return False, "Lemma 1 (25) fails: A2^+ (Y - A2 A1 X) X^+ != 0"
    SP, PS = mat_mul(Sigma, P), mat_mul(P, Sigma)
    if not (mat_mul(P, SP) == SP == PS):
        return False, "Lemma 1 (26) fails: P Sigma P = Sigma P = P Sigma"
    loss = sum(x * x for row in E for x in row) / 2
    if loss != (sum(x * x for row in Y for x in row) - sum(vals)) / 2:
        return False, "Proposition 1's value fails"
    return True, f"analytical form verified (critical, rank {rho})"


def _upoly(c):
    return [frac(x) for x in c]


def _upmat(M):
    return [[_upoly(e) for e in row] for row in M]


def _strip(p):
    p = list(p)
    while p and p[-1] == 0:
        p.pop()
    return p


def _low(p):
    """(index, coefficient) of the lowest nonzero coefficient, or None for zero."""
    for i, c in enumerate(p):
        if c != 0:
            return i, c
    return None


def _orthogonal_factor(fac, point, nums, dens) -> tuple[bool, str]:
    """``N_t = Q_N W_t`` and :math:`Q_N^TQ_N = q^2 I` with :math:`q = q_t`: the layer is :math:`Q(\\varepsilon)W_t` with
    :math:`Q` orthogonal for every real :math:`\\varepsilon`, so its rank never changes."""
    try:
        t = fac["layer"]
        Qn, q = _upmat(fac["numerator"]), _upoly(fac["denominator"])
        if isinstance(t, bool) or not isinstance(t, int) or not 0 <= t < len(point):
            raise ValueError(f"layer must be an index of the point; got {t!r}")
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed orthogonal_left_factor: {exc}"
    n = len(Qn)
    if any(len(row) != n for row in Qn) or n != len(point[t]) or _strip(q) != _strip(dens[t]):
        return False, "the orthogonal factor must be square, match layer's rows and share its denominator"
    W = point[t]
    for a in range(len(W)):
        for b in range(len(W[0])):
            e = []
            for c in range(n):
                e = upoly_add(e, upoly_scale(Qn[a][c], W[c][b]))
            if _strip(e) != _strip(nums[t][a][b]):
                return False, f"layer {t + 1} is not Q times the point's layer"
    q2 = upoly_mul(q, q)
    for a in range(n):
        for b in range(n):
            e = []
            for c in range(n):
                e = upoly_add(e, upoly_mul(Qn[c][a], Qn[c][b]))
            if _strip(e) != _strip(q2 if a == b else []):
                return False, "Q^T Q != I"
    return True, ""


def verify_rational_curve_loss(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``rational_curve_loss`` certificate; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.zhou_liang import verify_rational_curve_loss
    >>> # L(a2, a1) = (a2 a1 - 1)^2 / 2 at (0, 0); a1 = a2 = eps: L - L0 = (eps^4 - 2 eps^2) / 2
    >>> cert = {"kind": "rational_curve_loss", "X": [["1"]], "Y": [["1"]], "point": [[["0"]], [["0"]]],
    ...         "numerators": [[[["0", "1"]]], [[["0", "1"]]]], "denominators": [["1"], ["1"]],
    ...         "difference": {"numerator": ["0", "0", "-1", "0", "1/2"], "denominator": ["1"]},
    ...         "direction": "decrease"}
    >>> verify_rational_curve_loss(cert)
    (True, 'loss identity holds; decrease of order eps^2')
    """
    if cert.get("kind") != "rational_curve_loss":
        return False, f"not a rational_curve_loss certificate (kind {cert.get('kind')!r})"
    try:
        X, Y = frac_matrix(cert["X"]), frac_matrix(cert["Y"])
        point = [frac_matrix(W) for W in cert["point"]]
        nums = [_upmat(N) for N in cert["numerators"]]
        dens = [_upoly(q) for q in cert["denominators"]]
        R = _upoly(cert["difference"]["numerator"])
        S = _upoly(cert["difference"]["denominator"])
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed certificate: {exc}"
    if not (len(point) == len(nums) == len(dens)) or not point:
        return False, "one numerator and one denominator per layer"
    for k, (W, N, q) in enumerate(zip(point, nums, dens)):
        if not q or q[0] == 0:
            return False, f"denominator {k + 1} vanishes at eps = 0"
        if len(N) != len(W) or any(len(a) != len(b) for a, b in zip(N, W)):
            return False, f"numerator {k + 1} has the wrong shape"
        if any((e[0] if e else 0) != q[0] * w for rn, rw in zip(N, W) for e, w in zip(rn, rw)):
            return False, f"the curve does not pass through the point at layer {k + 1}"
    if not S or S[0] == 0:
        return False, "S(0) must be nonzero"
    for other in cert.get("not_equal", []):
        R2, S2 = _upoly(other["numerator"]), _upoly(other["denominator"])
        if not _strip(S2):
            return False, "a zero denominator in not_equal"
        if _strip(upoly_mul(R, S2)) == _strip(upoly_mul(R2, S)):
            return False, "R/S equals a rational function it is claimed to differ from"
    if "orthogonal_left_factor" in cert:
        ok, why = _orthogonal_factor(cert["orthogonal_left_factor"], point, nums, dens)
        if not ok:
            return False, why
    A = point[0]
    for W in point[1:]:
        A = mat_mul(W, A)
    E0 = mat_sub(mat_mul(A, X), Y)
    L0 = sum(x * x for row in E0 for x in row) / 2
    NA, Q = nums[0], dens[0]
    for N, q in zip(nums[1:], dens[1:]):
        NA = mat_mul(N, NA)
        Q = upoly_mul(Q, q)
    E = mat_sub(mat_mul(NA, X), [[upoly_scale(Q, y) for y in row] for row in Y])
    total = []
    for row in E:
        for e in row:
            e = e if isinstance(e, list) else [e]
            total = upoly_add(total, upoly_mul(e, e))
    Q2 = upoly_mul(Q, Q)
    lhs = upoly_mul(upoly_add(upoly_scale(total, Fraction(1, 2)), upoly_scale(Q2, -L0)), S)
    rhs = upoly_mul(R, Q2)
    if _strip(lhs) != _strip(rhs):
        return False, "L(eps) - L(0) != R/S"
    low = _low(R)
    if low is None:
        return False, "R is zero: the loss does not change along the curve"
    sign = low[1] * S[0]
    want = cert.get("direction")
    if want not in ("decrease", "increase"):
        return False, "direction must be decrease or increase"
    if (sign < 0) != (want == "decrease"):
        return False, f"the loss does not {want} for small eps > 0"
    return True, f"loss identity holds; {want} of order eps^{low[0]}"


def _parsed_spectrum(cert):
    return [(frac(v), int(mult)) for v, mult in cert["spectrum"]]


def _spectrum_pattern(spec, Sigma, vals, d2):
    """``(pattern, multiplicities, 0 is an eigenvalue)`` from a stated spectrum of ``Sigma``, each eigenvalue and
    multiplicity recomputed; ``ValueError`` naming the first failure (shallow and deep forms alike)."""
    vs = [v for v, _ in spec]
    pos = [v for v in vs if v != 0]
    if (pos != sorted(set(pos), reverse=True) or len(set(vs)) != len(vs) or any(v < 0 for v in vs)
            or (0 in vs and vs[-1] != 0)):
        raise ValueError("the spectrum lists distinct positive eigenvalues in decreasing order, then 0")
    for v, mult in spec:
        if mult < 1 or d2 - rank(mat_sub(Sigma, _scal(eye(d2), v))) != mult:
            raise ValueError(f"eigenvalue {v} does not have multiplicity {mult}")
    if sum(mult for _, mult in spec) != d2:
        raise ValueError("the spectrum does not list every eigenvalue")
    if any(v not in vs for v in vals):
        raise ValueError("a column value is not in the spectrum")
    return tuple(sum(1 for x in vals if x == v) for v in vs), tuple(m for _, m in spec), 0 in vs


def verify_deep_pattern_value(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``deep_pattern_value`` certificate; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.zhou_liang import verify_deep_pattern_value
    >>> cert = {"kind": "deep_pattern_value", "X": [["1", "0"], ["0", "1"]], "Y": [["2", "0"], ["0", "1"]],
    ...         "Xp": [["1", "0"], ["0", "1"]], "weights": [[["0", "1"]], [["1"]], [["0"], ["1"]]],
    ...         "columns": [["0", "1"]], "column_values": ["1"], "spectrum": [["4", 1], ["1", 1]]}
    >>> verify_deep_pattern_value(cert)
    (True, 'critical; pattern [0, 1]; Proposition 4 holds')
    """
    if cert.get("kind") != "deep_pattern_value":
        return False, f"not a deep_pattern_value certificate (kind {cert.get('kind')!r})"
    try:
        X, Y, Xp = frac_matrix(cert["X"]), frac_matrix(cert["Y"]), frac_matrix(cert["Xp"])
        Ws = [frac_matrix(W) for W in cert["weights"]]
        cols = [[frac(v) for v in w] for w in cert["columns"]]
        vals = [frac(v) for v in cert["column_values"]]
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed certificate: {exc}"
    if not _penrose(X, Xp):
        return False, "Xp is not the Moore-Penrose inverse of X"
    d2, L = len(Y), len(Ws)
    if L < 2 or len(vals) != len(cols) or any(len(w) != d2 for w in cols):
        return False, "at least two layers; one value per column of length d_l"
    prods = [Ws[0]]
    for W in Ws[1:]:
        prods.append(mat_mul(W, prods[-1]))
    E = mat_sub(mat_mul(prods[-1], X), Y)
    for k in range(L):  # gradient of layer k+1: (A_L..A_{k+2})^T E X^T (A_k..A_1)^T
        left = None
        for W in Ws[k + 1:]:
            left = W if left is None else mat_mul(W, left)
        G = mat_mul(E, transpose(X))
        if k > 0:
            G = mat_mul(G, transpose(prods[k - 1]))
        if left is not None:
            G = mat_mul(transpose(left), G)
        if not _zero(G):
            return False, f"the gradient of layer {k + 1} is not zero"
    B = Ws[1]
    for W in Ws[2:]:
        B = mat_mul(W, B)  # A_(l,2)
    Sigma = mat_mul(mat_mul(mat_mul(Y, Xp), X), transpose(Y))
    for w, s in zip(cols, vals):
        if all(x == 0 for x in w) or [r[0] for r in mat_mul(Sigma, [[x] for x in w])] != [s * x for x in w]:
            return False, f"a column is not an eigenvector of Sigma_0 for {s}"
    for i in range(len(cols)):
        for j in range(i):
            if sum(a * b for a, b in zip(cols[i], cols[j])) != 0:
                return False, "the columns are not mutually orthogonal"
    P = [[sum(c[i] * c[j] / sum(x * x for x in c) for c in cols) for j in range(d2)] for i in range(d2)]
    if rank(B) != len(cols) or not _zero(mat_sub(B, mat_mul(P, B))):
        return False, "the columns do not span col(A_(l,2))"
    loss = sum(x * x for row in E for x in row) / 2
    if loss != (sum(y * y for row in Y for y in row) - sum(vals)) / 2:
        return False, "Proposition 4's value fails"
    what = "critical; Proposition 4 holds"
    if "spectrum" in cert:
        try:
            pattern, mults, has_zero = _spectrum_pattern(_parsed_spectrum(cert), Sigma, vals, d2)
        except (TypeError, ValueError) as exc:
            return False, str(exc)
        widths = [len(W) for W in Ws[:-1]]
        cats = categories(pattern, mults, has_zero, min(widths), d2)
        if "categories" in cert and cert["categories"] != cats:
            return False, f"the pattern {list(pattern)} has categories {cats}, not {cert['categories']}"
        what = f"critical; pattern {list(pattern)}; Proposition 4 holds"
    return True, what


def _form_point(cols, C0, L1, X, Xp, Y):
    """:math:`(A_1, A_2)` of (1)-(2) in the rational parametrization: columns ``cols`` (mutually orthogonal)."""
    d2, d1, rho = len(Y), len(C0), len(cols)
    A2 = mat_mul([[cols[j][i] if j < rho else Fraction(0) for j in range(d1)] for i in range(d2)], C0)
    G = [[Fraction(0)] * d2 for _ in range(d1)]
    for j in range(rho):
        n = sum(x * x for x in cols[j])
        G[j] = [x / n for x in cols[j]]
    J = [[Fraction(int(i == j and i < rho)) for j in range(d1)] for i in range(d1)]
    Ci = inverse(C0)
    A1 = mat_sub(mat_add(mat_mul(mat_mul(mat_mul(Ci, G), Y), Xp), L1),
                 mat_mul(mat_mul(mat_mul(mat_mul(Ci, J), C0), L1), mat_mul(X, Xp)))
    return A1, A2


def _loss(A1, A2, X, Y):
    E = mat_sub(mat_mul(mat_mul(A2, A1), X), Y)
    return sum(x * x for row in E for x in row) / 2


def verify_swap_point(cert: dict) -> tuple[bool, str]:
    """Re-verify a ``zhou_liang_swap`` certificate (Proposition 3 item 1's point at one ``eps``); ``(ok, reason)``.

    .. math::

        \\tilde w_c = (w_c + t v)/\\rho, \\qquad \\rho^2 = 1 + \\varepsilon^2, \\qquad
        t^2\\lVert v\\rVert^2 = \\varepsilon^2\\lVert w_c\\rVert^2 .

    Examples
    ========

    >>> from symbolic.checker.zhou_liang import verify_swap_point
    >>> form = {"kind": "shallow_analytical_form", "X": [["1", "0"], ["0", "1"]], "Y": [["3", "0"], ["0", "1"]],
    ...         "Xp": [["1", "0"], ["0", "1"]], "A2p": [["0", "1"]], "columns": [["0", "1"]],
    ...         "column_values": ["1"], "C0": [["1"]], "L1": [["0", "0"]], "A1": [["0", "1"]],
    ...         "A2": [["0"], ["1"]], "critical": True, "condition3": True, "spectrum": [["9", 1], ["1", 1]]}
    >>> cert = {"kind": "zhou_liang_swap", "form": form, "column": 0, "direction": ["1", "0"], "value_i": "9",
    ...         "eps": "3/4", "root": "5/4", "scale": "3/4", "difference": "-36/25", "not_equal": ["-72/25"]}
    >>> verify_swap_point(cert)
    (True, 'the swap at eps = 3/4 changes L by -36/25')
    >>> verify_swap_point(dict(cert, difference="-72/25"))
    (False, 'L changes by -36/25, not -72/25')
    """
    if cert.get("kind") != "zhou_liang_swap":
        return False, f"not a zhou_liang_swap certificate (kind {cert.get('kind')!r})"
    form = cert.get("form")
    if not isinstance(form, dict) or "spectrum" not in form:
        return False, "the swap perturbs a shallow_analytical_form certificate with its spectrum ('form')"
    ok, why = verify_shallow_form(form)
    if not ok:
        return False, f"form: {why}"
    if form.get("critical") is not True:
        return False, "Proposition 3 perturbs a critical point; the form is not critical"
    try:
        X, Y, Xp = frac_matrix(form["X"]), frac_matrix(form["Y"]), frac_matrix(form["Xp"])
        C0, L1 = frac_matrix(form["C0"]), frac_matrix(form["L1"])
        cols = [[frac(v) for v in w] for w in form["columns"]]
        vals = [frac(v) for v in form["column_values"]]
        c = cert["column"]
        v = [frac(x) for x in cert["direction"]]
        si, eps, root, t = (frac(cert[k]) for k in ("value_i", "eps", "root", "scale"))
        delta = frac(cert["difference"])
        others = [frac(x) for x in cert.get("not_equal", [])]
    except (KeyError, TypeError, ValueError) as exc:
        return False, f"malformed certificate: {exc}"
    if isinstance(c, bool) or not isinstance(c, int) or not 0 <= c < len(cols):
        return False, f"column must be the index of a column of the form; got {c!r}"
    if len(v) != len(Y) or all(x == 0 for x in v):
        return False, "the direction v is a nonzero vector of length d2"
    Sigma = mat_mul(mat_mul(mat_mul(Y, Xp), X), transpose(Y))
    if [r[0] for r in mat_mul(Sigma, [[x] for x in v])] != [si * x for x in v]:
        return False, f"the direction is not an eigenvector of Sigma for {si}"
    if not si > vals[c]:
        return False, f"sigma_i = {si} must exceed the column's value sigma_j = {vals[c]}"
    if any(sum(a * b for a, b in zip(v, w)) != 0 for w in cols):
        return False, "the direction is not orthogonal to every column (p_i < m_i needs an uncaptured eigenvector)"
    if not (eps > 0 and root > 0 and t > 0 and root * root == 1 + eps * eps
            and t * t * sum(x * x for x in v) == eps * eps * sum(x * x for x in cols[c])):
        return False, "need eps, rho, t > 0 with rho^2 = 1 + eps^2 and t^2 |v|^2 = eps^2 |w_c|^2"
    new = [list(w) for w in cols]
    new[c] = [(a + t * b) / root for a, b in zip(cols[c], v)]
    A1, A2 = frac_matrix(form["A1"]), frac_matrix(form["A2"])
    B1, B2 = _form_point(new, C0, L1, X, Xp, Y)
    change = _loss(B1, B2, X, Y) - _loss(A1, A2, X, Y)
    if change != delta:
        return False, f"L changes by {change}, not {delta}"
    if any(change == o for o in others):
        return False, f"L changes by {change}, a value it is claimed to differ from"
    return True, f"the swap at eps = {eps} changes L by {change}"
