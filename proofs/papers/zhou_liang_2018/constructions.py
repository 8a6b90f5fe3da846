"""Instances, analytical-form points and perturbation curves for Zhou-Liang (2018), shallow networks.

Data with a rational spectrum and every multiplicity pattern:
:math:`X = M E_k` (:math:`d_0 \\times m`, rank :math:`k`, :math:`E_k = \\operatorname{diag}(I_k, 0)`,
:math:`M` seeded invertible, so :math:`X^+X = E_k^T E_k`-like and :math:`XX^T` may be singular) and
:math:`Y = [U_{:, 1:k} \\operatorname{diag}(s), G]` with a rational orthogonal :math:`U` and seeded
:math:`G`, so :math:`\\Sigma = Y X^+ X Y^T = U \\operatorname{diag}(s^2, 0) U^T` exactly (repeated and zero
eigenvalues by the choice of :math:`s`; the columns of :math:`U` are orthonormal eigenvectors).

Points: :func:`patterns` lists every :math:`(p_1, \\dots, p_r; \\bar p)` that fits,
:func:`form_point` builds Theorem 1's point with seeded :math:`C_0` and an :math:`L_1`
satisfying (3) (rows of :math:`C_0L_1` below the rank from :func:`~symbolic.forms.analytical_forms.condition3_rows`),
or violating it.  Curves (in :math:`\\varepsilon`, exact over :math:`\\mathbb{Q}[\\varepsilon]`):
:func:`swap_curve` (Proposition 3 item 1), :func:`rank_raising_curve` (item 2, :math:`\\varepsilon_2 = \\varepsilon_1^2`),
:func:`ascent_curve` (item 3).  :func:`categories` evaluates the paper's case split of a pattern.

Main definitions
----------------
* :data:`INSTANCES`, :func:`instance`, :func:`patterns`, :func:`form_point`, :func:`seeded_l1`, :func:`form_certificate`.
* :func:`categories`, :func:`swap_curve`, :func:`rank_raising_curve`, :func:`ascent_curve`.
"""

from __future__ import annotations

import itertools
import random
from functools import lru_cache

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.forms.analytical_forms import (entries_equal, condition3_rows, rational_spectrum,
                                       shallow_critical_point, sigma_matrix)
from symbolic.checker.zhou_liang import categories
from symbolic.core.exact import matrix_to_strings, qq_to_str
from symbolic.landscape.instances import rational_orthogonal
from symbolic.core.pinv import pinv

__all__ = ["INSTANCES", "instance", "patterns", "form_point", "seeded_l1", "form_certificate", "categories", "swap_curve",
           "rank_raising_curve", "ascent_curve", "curve_certificate"]

#: name -> (d0, m, d2, s, seed): X is d0 x m of rank len(s); Sigma = U diag(s^2) U^T.
INSTANCES = {
    "distinct": (2, 3, 2, ("2", "1"), 1),
    "repeated": (4, 5, 3, ("2", "2", "1"), 2),
    "zero_eigenvalue": (3, 4, 3, ("3", "1"), 3),
    "rank_deficient_y": (3, 3, 4, ("1", "1"), 4),
    "near_multiplicity": (2, 2, 2, ("1", "999999/1000000"), 5),
}


def _seeded(r, c, rng, lo=-2, hi=2):
    return DomainMatrix([[QQ(rng.randint(lo, hi), rng.randint(1, 2)) for _ in range(c)] for _ in range(r)], (r, c), QQ)


def _invertible(n, rng):
    while True:
        M = _seeded(n, n, rng)
        if M.det() != 0:                                        # invertible (10x cheaper than the rank)
            return M


@lru_cache(maxsize=None)
def instance(name: str):
    """``(X, Y, U)`` of the named instance (see :data:`INSTANCES`).

    Examples
    ========

    >>> from proofs.papers.zhou_liang_2018.constructions import instance
    >>> from symbolic.forms.analytical_forms import sigma_matrix
    >>> X, Y, U = instance("repeated")
    >>> U.transpose().matmul(sigma_matrix(X, Y)).matmul(U).to_Matrix()
    Matrix([
    [4, 0, 0],
    [0, 4, 0],
    [0, 0, 1]])
    """
    if name not in INSTANCES:
        raise ValueError(f"unknown instance {name!r}; use one of {', '.join(INSTANCES)}")
    d0, m, d2, s, seed = INSTANCES[name]
    rng = random.Random(seed)
    k = len(s)
    U = rational_orthogonal(d2, seed)
    E = DomainMatrix([[QQ(int(i == j and i < k)) for j in range(m)] for i in range(d0)], (d0, m), QQ)
    X = _invertible(d0, rng).matmul(E)
    S = DomainMatrix([[QQ(s[j]) if i == j else QQ.zero for j in range(k)] for i in range(d2)], (d2, k), QQ)
    F = U.matmul(S)
    G = _seeded(d2, m - k, rng)
    Y = DomainMatrix.hstack(F, G) if m > k else F
    return X, Y, U


def patterns(X, Y, d1: int):
    """Every pattern :math:`(p_1, \\dots, p_r[, \\bar p])` with :math:`p_i \\le m_i` and
    :math:`\\sum p \\le \\min(d_1, d_2)` (rational spectrum assumed)."""
    spaces, rest = rational_spectrum(sigma_matrix(X, Y))
    if rest:
        raise ValueError("the instance has irrational eigenvalues; patterns need a rational spectrum")
    cap = min(d1, Y.shape[0])
    out = [p for p in itertools.product(*[range(s.multiplicity + 1) for s in spaces]) if sum(p) <= cap]
    return spaces, out


def form_point(X, Y, U, d1: int, pattern, seed: int = 0, l1: str = "condition3"):
    """Theorem 1's point: ``l1`` is ``"zero"``, ``"condition3"`` (seeded, satisfying (3)) or ``"violate"``."""
    rng = random.Random(seed)
    C0 = _invertible(d1, rng)
    F0 = shallow_critical_point(X, Y, d1, pattern, C0=C0, basis=U)
    if l1 == "zero":
        return F0
    L1 = seeded_l1(X, Y, F0.W, C0, rng, l1)
    return shallow_critical_point(X, Y, d1, pattern, C0=C0, L1=L1, basis=U, require_condition3=(l1 != "violate"))


def seeded_l1(X, Y, W, C0, rng, l1: str = "condition3", rows=None):
    """A seeded :math:`L_1` for Theorem 1's point with columns ``W`` and ``C0``: the rows of :math:`C_0L_1` below
    :math:`\\rho = \\operatorname{rank} A_2` in the space that (3) allows (``"condition3"``), or the first of them a
    unit vector outside it (``"violate"``); ValueError when (3) cannot fail.  ``rows``: ``condition3_rows(X, Y, W)``
    when the caller already has it."""
    d1, rho, d0 = C0.shape[0], W.shape[1], X.shape[0]
    B = condition3_rows(X, Y, W) if rows is None else rows
    rows = []
    for i in range(d1):
        if i < rho:
            rows.append([QQ(rng.randint(-2, 2), rng.randint(1, 3)) for _ in range(d0)])
        elif l1 == "violate" and i == rho:
            # a row outside the allowed space: the first unit vector not in it
            for j in range(d0):
                e = [QQ(int(t == j)) for t in range(d0)]
                cand = DomainMatrix([e], (1, d0), QQ)
                if B.shape[0] == 0 or DomainMatrix.vstack(B, cand).rank() > B.rank():
                    rows.append(e)
                    break
        else:
            coeffs = [QQ(rng.randint(-2, 2), rng.randint(1, 2)) for _ in range(B.shape[0])]
            rows.append([sum((c * B[t, j].element for t, c in enumerate(coeffs)), QQ.zero) for j in range(d0)])
    if len(rows) != d1 or (l1 == "violate" and rho >= d1):
        raise ValueError("condition (3) holds for every L1 here (rank(A2) = d1 or X Y^T (I - P) = 0)")
    return C0.inv().matmul(DomainMatrix(rows, (d1, d0), QQ))


def form_certificate(F) -> dict:
    """A ``shallow_analytical_form`` certificate of a :class:`~symbolic.forms.analytical_forms.ShallowForm`."""
    cols = [[qq_to_str(F.W[i, j].element) for i in range(F.W.shape[0])] for j in range(F.W.shape[1])]
    return {"kind": "shallow_analytical_form", "X": matrix_to_strings(F.X), "Y": matrix_to_strings(F.Y),
            "Xp": matrix_to_strings(pinv(F.X)), "A2p": matrix_to_strings(pinv(F.A2)), "columns": cols,
            "column_values": [qq_to_str(v) for v in F.column_values], "C0": matrix_to_strings(F.C0),
            "L1": matrix_to_strings(F.L1), "A1": matrix_to_strings(F.A1), "A2": matrix_to_strings(F.A2),
            "critical": F.is_critical(), "condition3": F.satisfies_condition3()}


_R, _EPS = ring("eps", QQ)
_K = _R.to_domain()


def _lift(M):
    return M.convert_to(_K)


def _coeffs(p) -> list:
    d = dict(p)
    n = max((k[0] for k in d), default=-1)
    return [qq_to_str(d.get((i,), QQ.zero)) for i in range(n + 1)] or ["0"]


def _pmat(M):
    return [[_coeffs(M[i, j].element) for j in range(M.shape[1])] for i in range(M.shape[0])]


def curve_certificate(X, Y, point, nums, dens, R, S, direction) -> dict:
    """A ``rational_curve_loss`` certificate: layers ``point`` (``[A1, ..., Al]``), their numerators over
    QQ[eps] and denominators in QQ[eps] (one per layer), the loss change ``R / S`` and its direction."""
    return {"kind": "rational_curve_loss", "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
            "point": [matrix_to_strings(W) for W in point], "numerators": [_pmat(N) for N in nums],
            "denominators": [_coeffs(q) for q in dens], "difference": {"numerator": _coeffs(R), "denominator":
                                                                        _coeffs(S)}, "direction": direction}


def _unit_eigenvector(Sigma, U, value, avoid):
    """The first column of ``U`` that is an eigenvector of ``Sigma`` for ``value`` and is none of ``avoid``."""
    for t in range(U.shape[1]):
        u = U.extract(list(range(U.shape[0])), [t])
        if entries_equal(Sigma.matmul(u), u * value) and not any(entries_equal(u, w) for w in avoid):
            return u
    raise ValueError(f"no unused column of U is an eigenvector for {value}")


def _a1_numerator(F, Weps, q):
    """q(eps) A1(eps) for columns W(eps) whose Gram matrix is diagonal with entries dividing q."""
    d1 = F.C0.shape[0]
    rho = Weps.shape[1]
    Ci = _lift(F.C0.inv())
    Xp = _lift(pinv(F.X))
    rows = []
    for j in range(rho):
        w = Weps.extract(list(range(Weps.shape[0])), [j])
        n = w.transpose().matmul(w)[0, 0].element
        fac, rem = divmod(q, n)
        if rem != 0:
            raise ValueError("the column norms must divide the denominator")
        rows.append(w.transpose() * _K(fac))
    G = DomainMatrix.vstack(*rows) if rows else None
    Z = DomainMatrix.zeros((d1 - rho, F.Y.shape[0]), _K).to_dense()
    G = DomainMatrix.vstack(G, Z) if (G is not None and d1 > rho) else (G if G is not None else Z)
    J = DomainMatrix([[QQ(int(i == j and i < rho)) for j in range(d1)] for i in range(d1)], (d1, d1), QQ)
    rest = F.L1 - F.C0.inv().matmul(J).matmul(F.C0).matmul(F.L1).matmul(F.X).matmul(pinv(F.X))
    return Ci.matmul(G).matmul(_lift(F.Y)).matmul(Xp) + _lift(rest) * _K(q)


def swap_curve(F, i: int, j: int, U):
    """Proposition 3 item 1 at a non-optimal-order point: the last chosen column of block ``j``
    (an orthonormal column of ``U``) becomes :math:`(u_j + \\varepsilon u_i)` (normalization
    absorbed in :math:`D`), :math:`u_i` an unused column of block ``i`` (0-based block indices).
    Returns ``(certificate, sigma_i - sigma_j)``; the claimed change is
    :math:`-\\tfrac{\\varepsilon^2}{1+\\varepsilon^2}(\\sigma_i - \\sigma_j)`."""
    vi, vj = F.values[i], F.values[j]
    used = [F.W.extract(list(range(F.W.shape[0])), [t]) for t in range(F.W.shape[1])]
    ui = _unit_eigenvector(sigma_matrix(F.X, F.Y), U, vi, used)
    jcols = [t for t, v in enumerate(F.column_values) if v == vj]
    if not jcols:
        raise ValueError(f"block {j} has no chosen column")
    t = jcols[-1]
    eps = _K(_EPS)
    cols = [_lift(F.W.extract(list(range(F.W.shape[0])), [c])) for c in range(F.W.shape[1])]
    cols[t] = cols[t] + _lift(ui) * eps
    Weps = DomainMatrix.hstack(*cols)
    q = _EPS ** 2 + 1
    A1n = _a1_numerator(F, Weps, q)
    d1 = F.C0.shape[0]
    Wpad = DomainMatrix.hstack(Weps, DomainMatrix.zeros((F.W.shape[0], d1 - Weps.shape[1]), _K).to_dense()) \
        if d1 > Weps.shape[1] else Weps
    A2n = Wpad.matmul(_lift(F.C0))
    R = -(vi - vj) / 2 * _EPS ** 2
    return curve_certificate(F.X, F.Y, [F.A1, F.A2], [A1n, A2n], [q, _R.one], R, q, "decrease"), vi - vj


def rank_raising_curve(F, U):
    """Proposition 3 item 2 at an optimal-order point, with :math:`\\varepsilon_2 = \\varepsilon_1^2 = \\varepsilon^2`:
    :math:`\\tilde A_2 = A_2 + \\varepsilon^2 u_q e_{\\rho+1}^T C_0`, :math:`\\tilde A_1 = A_1 + \\varepsilon C_0^{-1} e_{\\rho+1}
    u_q^T Y X^+`, :math:`u_q` the next orthonormal eigenvector (column of ``U``) after the captured ones.
    Returns ``(certificate, sigma_q, T)``; the claimed change is
    :math:`\\tfrac12 \\varepsilon^4 T + (\\tfrac12 \\varepsilon^6 - \\varepsilon^3)\\sigma_q`,
    :math:`T = \\lVert (C_0 L_1)_{\\rho+1,:} X \\rVert^2`."""
    Sigma = sigma_matrix(F.X, F.Y)
    rho, d1 = F.rank, F.C0.shape[0]
    if rho >= min(d1, F.Y.shape[0]):
        raise ValueError("item 2 needs rank(A2) < min(d1, d2)")
    used = {tuple(F.W.extract(list(range(F.W.shape[0])), [t]).to_list_flat()) for t in range(rho)}
    order = list(F.values)
    ucols = [U.extract(list(range(U.shape[0])), [t]) for t in range(U.shape[1])]
    cand = []
    for u in ucols:
        if tuple(u.to_list_flat()) in used:
            continue
        val = next(v for v in order if entries_equal(Sigma.matmul(u), u * v))
        cand.append((order.index(val), val, u))
    cand.sort(key=lambda c: c[0])
    _, sq, uq = cand[0]
    eps = _K(_EPS)
    e = DomainMatrix([[QQ(int(t == rho))] for t in range(d1)], (d1, 1), QQ)
    A2n = _lift(F.A2) + _lift(uq.matmul(e.transpose()).matmul(F.C0)) * (eps * eps)
    A1n = _lift(F.A1) + _lift(F.C0.inv().matmul(e).matmul(uq.transpose()).matmul(F.Y).matmul(pinv(F.X))) * eps
    row = F.C0.matmul(F.L1).extract([rho], list(range(F.X.shape[0]))).matmul(F.X)
    T = sum((v * v for v in row.to_list_flat()), QQ.zero)
    R = T / 2 * _EPS ** 4 + sq / 2 * _EPS ** 6 - sq * _EPS ** 3
    direction = "decrease" if sq > 0 else "increase"
    return curve_certificate(F.X, F.Y, [F.A1, F.A2], [A1n, A2n], [_R.one] * 2, R, _R.one, direction), sq, T


def ascent_curve(X, Y, A1, A2):
    """Proposition 3 item 3 at any point with :math:`A_2A_1X \\ne 0`: row :math:`i` of :math:`A_2` scaled by
    :math:`1 + s\\varepsilon`, :math:`s = \\pm 1` the sign of :math:`g = a(a - y_i)^T` (:math:`+1` if zero),
    :math:`a = (A_2)_{i,:} A_1 X`: the change is :math:`s g \\varepsilon + \\tfrac12 \\lVert a\\rVert^2\\varepsilon^2`."""
    B = A2.matmul(A1).matmul(X)
    i = next(t for t in range(B.shape[0]) if any(v != 0 for v in B.extract([t], list(range(B.shape[1]))).to_list_flat()))
    a = B.extract([i], list(range(B.shape[1])))
    y = Y.extract([i], list(range(Y.shape[1])))
    g = (a.matmul((a - y).transpose()))[0, 0].element
    na = (a.matmul(a.transpose()))[0, 0].element
    s = -1 if g < 0 else 1
    eps = _K(_EPS)
    S = DomainMatrix([[(_K.one + eps * s) if (r == i and c == i) else (_K.one if r == c else _K.zero)
                       for c in range(A2.shape[0])] for r in range(A2.shape[0])], (A2.shape[0],) * 2, _K)
    A2n = S.matmul(_lift(A2))
    R = s * g * _EPS + na / 2 * _EPS ** 2
    return curve_certificate(X, Y, [A1, A2], [_lift(A1), A2n], [_R.one] * 2, R, _R.one, "increase")

