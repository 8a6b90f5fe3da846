"""Checker: Kawaguchi's (2016) necessary conditions at a critical point, recomputed with Fractions.

With :math:`L = H + 1` layers, :math:`C = W_{H+1} \\cdots W_2`, :math:`r = (W_{H+1} \\cdots W_1 X - Y)^T`
and :math:`\\Sigma = Y X^T (XX^T)^{-1} X Y^T`:

* Lemma 4.4: for every :math:`k \\in \\{2, \\dots, H+1\\}`,
  :math:`R((W_{k-1} \\cdots W_2)^T) \\subseteq R(C^T C)` or :math:`X r W_{H+1} \\cdots W_{k+1} = 0`;
* Corollary 4.5: for every such :math:`k`,
  :math:`\\operatorname{rank}(W_{H+1} \\cdots W_k) \\ge \\operatorname{rank}(W_{k-1} \\cdots W_2)` or
  :math:`X r W_{H+1} \\cdots W_{k+1} = 0`;
* Lemma 4.6: :math:`C (C^TC)^- C^T = U_{\\bar p} U_{\\bar p}^T` (the projector onto the eigenvectors of the
  :math:`\\bar p = \\operatorname{rank} C` largest eigenvalues of :math:`\\Sigma`) or :math:`X r = 0`.

Their hypothesis (a critical point with a semidefinite Hessian) is certified separately, by a
``classification`` certificate with the expectation ``semidefinite``; this checker recomputes the
conclusions.  For Lemma 4.6 the certificate gives a rational :math:`z`; with :math:`B` a column basis of
:math:`C` and :math:`N` a basis of :math:`\\ker B^T`, the checker verifies :math:`\\Sigma P = P \\Sigma`
(:math:`P = B (B^TB)^{-1} B^T`), :math:`B^T(\\Sigma - zI)B \\succ 0` and :math:`N^T(zI - \\Sigma)N \\succ 0`:
then every eigenvalue of :math:`\\Sigma` on :math:`R(C)` exceeds :math:`z`, every other one is below it, and
:math:`P` is the projector onto the :math:`\\bar p` largest.  A failure of Lemma 4.6 (``"holds": false``) is
accepted only with a proof: :math:`\\Sigma P \\ne P \\Sigma`, or a :math:`z` with :math:`B^T(\\Sigma - zI)B` not
positive semidefinite and :math:`N^T(\\Sigma - zI)N` not negative semidefinite (an eigenvalue on :math:`R(C)` below
:math:`z`, one off it above); a :math:`z` that decides neither, or none, proves nothing either way.

Certificate::

    {"kind": "kawaguchi_conditions", "lemma": "4.4" | "4.5" | "4.6", "problem": {dims, X, Y, weights},
     "holds": true, "z": "q" (Lemma 4.6, when X r != 0)}

Main definitions
----------------
* :func:`verify_kawaguchi_conditions`, :func:`condition_holds`.
"""

from __future__ import annotations

from fractions import Fraction

from .assumptions import inverse, rank
from .poly import chain_product, eye, frac, frac_matrix, ldl_inertia, mat_mul, mat_sub, transpose

__all__ = ["verify_kawaguchi_conditions", "condition_holds", "LEMMAS"]

LEMMAS = ("4.4", "4.5", "4.6")




def _zero(M):
    return all(x == 0 for row in M for x in row)


def _column_basis(M):
    """Independent columns of M (greedy), as a matrix, or None if M = 0."""
    cols, chosen = [list(c) for c in zip(*M)], []
    for c in cols:
        if rank([*chosen, c]) > len(chosen):
            chosen.append(c)
    return transpose(chosen) if chosen else None


def _null_basis(M, n):
    """A basis of :math:`\\{v \\in \\mathbb{Q}^n : M v = 0\\}` (as columns), or None (reduced row echelon form)."""
    rows = [list(r) for r in M]
    pivots, r = [], 0
    for c in range(n):
        p = next((i for i in range(r, len(rows)) if rows[i][c] != 0), None)
        if p is None:
            continue
        rows[r], rows[p] = rows[p], rows[r]
        piv = rows[r][c]
        rows[r] = [x / piv for x in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][c] != 0:
                f = rows[i][c]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[r])]
        pivots.append(c)
        r += 1
    basis = []
    for free in (c for c in range(n) if c not in pivots):
        v = [Fraction(0)] * n
        v[free] = Fraction(1)
        for i, c in enumerate(pivots):
            v[c] = -rows[i][free]
        basis.append(v)
    return transpose(basis) if basis else None


class _Point:
    def __init__(self, problem):
        dims = problem["dims"]
        if not isinstance(dims, list) or len(dims) < 3 or any(
                isinstance(d, bool) or not isinstance(d, int) or d < 1 for d in dims):
            raise ValueError("dims must list at least three positive integers (H >= 1)")
        self.dims, self.L = dims, len(dims) - 1
        self.Ws = [frac_matrix(W) for W in problem["weights"]]
        if len(self.Ws) != self.L or any(len(W) != dims[k] or any(len(r) != dims[k - 1] for r in W)
                                         for k, W in enumerate(self.Ws, 1)):
            raise ValueError("the weights do not have the shapes of dims")
        d0 = dims[0]
        self.X = frac_matrix(problem["X"]) if problem.get("X") is not None else eye(d0)
        self.Y = frac_matrix(problem["Y"])
        A = chain_product(self.Ws, 1, self.L, d0)
        self.Xr = mat_mul(self.X, transpose(mat_sub(mat_mul(A, self.X), self.Y)))   # X r, d_x x d_y
        self.C = chain_product(self.Ws, 2, self.L, dims[1])

    def upper(self, k):
        """W_{H+1} ... W_{k+1} (d_y x d_k)."""
        return chain_product(self.Ws, k + 1, self.L, self.dims[k])

    def middle(self, k):
        """W_{k-1} ... W_2 (d_{k-1} x d_1)."""
        return chain_product(self.Ws, 2, k - 1, self.dims[1])


def _lemma44(pt):
    CtC = mat_mul(transpose(pt.C), pt.C)
    rc = rank(CtC)
    for k in range(2, pt.L + 1):
        Mt = transpose(pt.middle(k))
        inside = rank([a + b for a, b in zip(CtC, Mt)]) == rc
        if not inside and not _zero(mat_mul(pt.Xr, pt.upper(k))):
            return False, f"k = {k}: R((W_(k-1)...W_2)^T) is not in R(C^T C) and X r W_(H+1)...W_(k+1) != 0"
    return True, f"both alternatives checked for k = 2..{pt.L}"


def _corollary45(pt):
    for k in range(2, pt.L + 1):
        top = chain_product(pt.Ws, k, pt.L, pt.dims[k - 1])
        if rank(top) < rank(pt.middle(k)) and not _zero(mat_mul(pt.Xr, pt.upper(k))):
            return False, f"k = {k}: rank(W_(H+1)...W_k) < rank(W_(k-1)...W_2) and X r W_(H+1)...W_(k+1) != 0"
    return True, f"both alternatives checked for k = 2..{pt.L}"


def _lemma46(pt, z):
    """``(True, why)``, ``(False, why)`` only with a proof of failure, or ``(None, why)`` when ``z`` decides neither.

    With :math:`R(C)` invariant under :math:`\\Sigma`, the inertia of :math:`B^T(\\Sigma - zI)B` (of
    :math:`N^T(\\Sigma - zI)N`) counts the eigenvalues of :math:`\\Sigma` on :math:`R(C)` (off it) above and below
    :math:`z`.  The conclusion fails when some eigenvalue on :math:`R(C)` is below :math:`z` and some eigenvalue off it
    is above: a bad ``z`` alone (one that separates nothing) proves no failure.
    """
    if _zero(pt.Xr):
        return True, "X r = 0"
    dy = len(pt.Y)
    XXt = mat_mul(pt.X, transpose(pt.X))
    Sigma = mat_mul(mat_mul(mat_mul(mat_mul(pt.Y, transpose(pt.X)), inverse(XXt)), pt.X), transpose(pt.Y))
    B = _column_basis(pt.C)
    if B is None:
        return True, "C = 0: both projectors are 0"
    P = mat_mul(mat_mul(B, inverse(mat_mul(transpose(B), B))), transpose(B))
    if mat_mul(Sigma, P) != mat_mul(P, Sigma):
        return False, "R(C) is not an invariant subspace of Sigma: P != U_pbar U_pbar^T and X r != 0"
    if z is None:
        return None, "X r != 0: the certificate must give z separating the eigenvalues of Sigma on R(C)"
    zI = [[z if i == j else Fraction(0) for j in range(dy)] for i in range(dy)]
    _, below_on, zero_on = ldl_inertia(mat_mul(mat_mul(transpose(B), mat_sub(Sigma, zI)), B))
    N = _null_basis(transpose(B), dy)
    above_off, below_off, zero_off = ldl_inertia(mat_mul(mat_mul(transpose(N), mat_sub(Sigma, zI)), N)) \
        if N is not None else (0, 0, 0)
    if below_on == zero_on == 0 and above_off == zero_off == 0:
        return True, (f"C (C^T C)^- C^T is the projector onto the top {len(B[0])} eigenvectors of Sigma "
                      f"(split at z = {z})")
    if below_on > 0 and above_off > 0:
        return False, f"an eigenvalue of Sigma on R(C) is below z = {z} and one off R(C) is above it"
    return None, f"z = {z} does not separate the eigenvalues of Sigma on R(C) from the others, nor prove a failure"


def condition_holds(lemma: str, problem: dict, z=None) -> tuple[bool, str]:
    """``(holds, why)``: the conclusion of Lemma 4.4, Corollary 4.5 or Lemma 4.6 at ``problem``'s point.

    For Lemma 4.6, ``holds`` is ``None`` when ``z`` neither separates the eigenvalues nor proves a failure.

    Examples
    ========

    >>> from symbolic.checker.kawaguchi_conditions import condition_holds
    >>> zero = {"dims": [1, 1, 1, 1], "Y": [["1"]], "weights": [[["0"]], [["0"]], [["0"]]]}
    >>> condition_holds("4.4", zero)    # k = 2: X r W_3 = 0; k = 3: R(W_2^T) = 0 lies in R(C^T C) = 0
    (True, 'both alternatives checked for k = 2..3')
    >>> condition_holds("4.6", zero)    # X r = -1, but C = 0
    (True, 'C = 0: both projectors are 0')
    """
    pt = _Point(problem)
    if lemma == "4.4":
        return _lemma44(pt)
    if lemma == "4.5":
        return _corollary45(pt)
    if lemma == "4.6":
        return _lemma46(pt, None if z is None else frac(z))
    raise ValueError(f"lemma must be one of {LEMMAS}; got {lemma!r}")


def verify_kawaguchi_conditions(cert: dict) -> tuple[bool, str]:
    """Recompute the conclusion; it must hold (``"holds": true``) or fail (``"holds": false``) as stated."""
    if cert.get("kind") != "kawaguchi_conditions":
        return False, f"not a kawaguchi_conditions certificate (kind {cert.get('kind')!r})"
    holds = cert.get("holds", True)
    if holds not in (True, False):
        return False, "holds must be true or false"
    try:
        ok, why = condition_holds(cert["lemma"], cert["problem"], cert.get("z"))
    except (KeyError, TypeError, ValueError, IndexError, ZeroDivisionError) as exc:
        return False, f"malformed kawaguchi_conditions certificate: {exc}"
    if ok is not holds:
        return False, f"Lemma/Corollary {cert['lemma']}: expected holds = {holds}, recomputed: {why}"
    return True, f"{cert['lemma']}: {why}"
