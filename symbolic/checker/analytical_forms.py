r"""Checker for ``analytical_form_families``: Zhou-Liang's Theorem 1 families, symbolic in :math:`C \in GL(d_1)`.

For a two-layer network :math:`L(A_1, A_2) = \tfrac12\lVert A_2 A_1 X - Y\rVert_F^2` with :math:`XX^T` invertible,
let :math:`\Sigma = YX^T(XX^T)^{-1}XY^T` have distinct positive eigenvalues :math:`\sigma_i` with eigenvectors
:math:`u_i` (any length) and a null space with basis :math:`N` (:math:`d_2 \times m`).  Theorem 1's critical points
(its :math:`V = [\operatorname{diag}(V_1, \dots, V_r, \bar V), 0]`, with :math:`CL_1` as free rows) are the
families, one per captured set :math:`S` of positive eigenvalues and number :math:`\bar p` of null columns with
:math:`|S| + \bar p \le d_1`:

.. math::

    A_2 = L\, C = [U_S \;\; N K \;\; 0]\, C, \qquad
    A_1 = C^{-1} R_w = C^{-1} \begin{bmatrix} D_S^{-1} U_S^T Y X^+ \\ 0 \\ \Theta B_S^T \end{bmatrix},

with :math:`C` invertible, :math:`K \in \mathbb{R}^{m \times \bar p}`, :math:`\Theta` free, :math:`D_S = U_S^T U_S`
and :math:`B_S` a basis of :math:`\{z : (I - P_S) Y X^T z = 0\}` (the condition (3)).  The checker expands
:math:`C \operatorname{adj}(C) = \det(C) I` once, with the entries of :math:`C` as indeterminates; every other
identity then holds for every invertible :math:`C` as soon as it holds in the entries of :math:`K, \Theta` (the
variables of :mod:`symbolic.checker.mpoly` here):

* :math:`A_2 A_1 = L C C^{-1} R_w = L R_w = M_S := U_S D_S^{-1} U_S^T Y X^+`; both gradients,
  :math:`C^T L^T R X^T` and :math:`R X^T R_w^T C^{-T}` with :math:`R = M_S X - Y`, vanish because
  :math:`L^T R X^T` and :math:`R X^T R_w^T` are the zero polynomial: every member is critical;
* the value :math:`\tfrac12\lVert M_S X - Y\rVert^2`, compared with Proposition 1's
  :math:`\tfrac12(\operatorname{tr} YY^T - \sum_{i \in S} \sigma_i)`;
* a ``strict_saddle`` family (``skipped`` :math:`a \notin S`, ``column`` :math:`k`): the directions
  :math:`(0,\ u_a e_k^T C)` and :math:`(\operatorname{adj}(C) e_k u_a^T Y X^+,\ 0)`.  The Hessian's bilinear form
  :math:`\langle (x_2 A_1 + A_2 x_1) X, (y_2 A_1 + A_2 y_1) X\rangle + \langle R, (x_2 y_1 + y_2 x_1) X\rangle`
  (the second-order term of :math:`\tfrac12\lVert (A_2 + t x_2)(A_1 + t x_1) X - Y\rVert^2`) on them is
  :math:`\begin{bmatrix} h_{aa} & \delta h_{ab} \\ \delta h_{ab} & \delta^2 h_{bb}\end{bmatrix}`,
  :math:`\delta = \det C`; :math:`h_{aa} h_{bb} - h_{ab}^2` must be a constant :math:`c < 0`, so the block's
  determinant :math:`c\,\delta^2` is negative for every invertible :math:`C` and every :math:`K, \Theta`: a strict
  saddle;
* a ``global_min`` family has the least value of all families.

The families listed must be exactly the admissible :math:`(S, \bar p)`.  When a ``covering``
(:mod:`symbolic.checker.components_covering`, the same problem) is included, it is re-verified and its certified
global minimum value must be the families' least value: then the ``global_min`` families are global minima.
That the families exhaust the critical set is Theorem 1's necessity; this checker does not re-prove it (the
covering shows, independently, that every critical point is a global minimum or a saddle).

Main definitions
----------------
* :func:`verify_analytical_form_families`.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

from .assumptions import inverse, rank
from .components_covering import verify_critical_set_covering
from .kawaguchi_conditions import _null_basis
from .mpoly import MPoly, const_matrix, mat_mul, sum_of_products, transpose
from .poly import eye, frac, frac_matrix
from .poly import mat_mul as fmat_mul
from .polynomial_rank import determinant

__all__ = ["verify_analytical_form_families", "MAX_FAMILIES", "MAX_VARIABLES"]

#: Bounds on what the checker expands (larger certificates are refused, not checked slowly).
MAX_FAMILIES = 200
MAX_VARIABLES = 60
MAX_HIDDEN = 6


class _Reject(Exception):
    pass


def _kernel_rows(M, cols: int) -> list[list[Fraction]]:
    """A basis of :math:`\\{z : Mz = 0\\}` as rows (:func:`.kawaguchi_conditions._null_basis`'s columns)."""
    N = _null_basis(M, cols)
    return [list(c) for c in zip(*N)] if N else []


def _adjugate(C):
    d = len(C)
    if d == 1:
        return [[MPoly.const(C[0][0].n, 1)]]
    adj = [[None] * d for _ in range(d)]
    for i in range(d):
        for j in range(d):
            minor = [r[:j] + r[j + 1:] for k, r in enumerate(C) if k != i]
            m = determinant(minor)
            adj[j][i] = m if (i + j) % 2 == 0 else -m
    return adj


def _inner(A, B, n):
    """:math:`\\langle A, B\\rangle = \\sum_{ij} a_{ij} b_{ij}`, expanded once."""
    return sum_of_products(n, [(a, b) for ra, rb in zip(A, B) for a, b in zip(ra, rb)])


def _text(v: Fraction) -> str:
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


class _Problem:
    def __init__(self, problem):
        dims = problem.get("dims")
        if (not isinstance(dims, list) or len(dims) != 3
                or any(not isinstance(d, int) or isinstance(d, bool) or d < 1 for d in dims)):
            raise _Reject(f"dims must be three positive integers [d0, d1, d2] (two layers); got {dims}")
        if problem.get("loss", "squared") != "squared":
            raise _Reject("Theorem 1 is about the squared loss; got loss " + repr(problem.get("loss")))
        if dims[1] > MAX_HIDDEN:
            raise _Reject(f"d1 = {dims[1]} is above {MAX_HIDDEN}: C would have too many entries to expand")
        self.d0, self.d1, self.d2 = dims
        self.X, self.Y = frac_matrix(problem["X"]), frac_matrix(problem["Y"])
        if len(self.X) != self.d0 or len(self.Y) != self.d2 or len({len(r) for r in self.X + self.Y}) != 1:
            raise _Reject(f"X must be d0 x m and Y d2 x m for dims {dims}")
        XXt = fmat_mul(self.X, transpose(self.X))
        if rank(XXt) < self.d0:
            raise _Reject("X X^T is singular: X^+ is not (X X^T)^-1 X^T's, and the loss need not attain its minimum")
        self.Xplus = fmat_mul(transpose(self.X), inverse(XXt))            # m x d0
        self.YXplus = fmat_mul(self.Y, self.Xplus)                           # d2 x d0
        self.YXt = fmat_mul(self.Y, transpose(self.X))                     # d2 x d0
        self.Sigma = fmat_mul(self.YXplus, transpose(self.YXt))           # Y X^+ X Y^T = Y X^T (XX^T)^-1 X Y^T
        self.trace = sum((y * y for r in self.Y for y in r), Fraction(0))


def _eigen(P: _Problem, cert):
    pos = cert.get("eigenvectors")
    null = cert.get("null_basis", [])
    if not isinstance(pos, list) or not isinstance(null, list):
        raise _Reject("state 'eigenvectors': [{value, vector}, ...] for the positive eigenvalues and 'null_basis'")
    sig, us = [], []
    for e in pos:
        s, u = frac(e["value"]), [frac(x) for x in e["vector"]]
        if s <= 0 or len(u) != P.d2 or all(x == 0 for x in u):
            raise _Reject(f"eigenvalue {e['value']}: a positive eigenvalue with a nonzero vector of length {P.d2}")
        if fmat_mul(P.Sigma, [[x] for x in u]) != [[s * x] for x in u]:
            raise _Reject(f"Sigma u != {_text(s)} u for the stated eigenvector {e['vector']}")
        sig.append(s)
        us.append(u)
    if len(set(sig)) != len(sig):
        raise _Reject("a positive eigenvalue is listed twice: Theorem 1's blocks V_i for a repeated eigenvalue range "
                      "over a Stiefel manifold, which these families do not parametrize")
    ns = [[frac(x) for x in v] for v in null]
    zero = [[Fraction(0)] for _ in range(P.d2)]
    if any(len(v) != P.d2 or fmat_mul(P.Sigma, [[x] for x in v]) != zero for v in ns):
        raise _Reject("a null_basis vector is not in the kernel of Sigma")
    if ns and rank(ns) < len(ns):
        raise _Reject("the null_basis vectors are dependent")
    if len(us) + len(ns) != P.d2:
        raise _Reject(f"{len(us)} positive eigenvectors and {len(ns)} null vectors: Sigma is {P.d2} x {P.d2}, "
                      "so the spectrum is incomplete")
    return sig, us, ns


def _adjugate_identity(d1: int) -> None:
    r"""Expand :math:`C \operatorname{adj}(C) = \det(C) I` with the entries of ``C`` as indeterminates."""
    n = d1 * d1
    C = [[MPoly.var(n, i * d1 + j) for j in range(d1)] for i in range(d1)]
    delta = determinant(C)
    if mat_mul(C, _adjugate(C)) != [[delta if i == j else MPoly(n) for j in range(d1)] for i in range(d1)]:
        raise _Reject("C adj(C) != det(C) I")  # pragma: no cover - an identity of polynomials


class _Family:
    """One family with ``C`` factored out: :math:`A_2 = L C`, :math:`A_1 = C^{-1} R_w`; the entries of the null
    coefficients ``K`` and the free rows ``Theta`` are the variables."""

    def __init__(self, P: _Problem, us, ns, S, pbar):
        d0, d1, d2 = P.d0, P.d1, P.d2
        s, m = len(S), len(ns)
        nus = {i: sum((x * x for x in us[i]), Fraction(0)) for i in S}
        PS = [[sum((us[i][r] * us[i][c] / nus[i] for i in S), Fraction(0)) for c in range(d2)] for r in range(d2)]
        self.MS = MS = fmat_mul(PS, P.YXplus)                                      # P_S Y X^+
        self.R = [[a - b for a, b in zip(ra, rb)] for ra, rb in zip(fmat_mul(MS, P.X), P.Y)]
        self.value = sum((x * x for r in self.R for x in r), Fraction(0)) / 2
        # the free rows: a basis of Ker_S = {z : (I - P_S) Y X^T z = 0}, checked against R X^T = (P_S - I) Y X^T
        complement = [[e - p for e, p in zip(ri, rp)] for ri, rp in zip(eye(d2), PS)]
        B = _kernel_rows(fmat_mul(complement, P.YXt), d0)
        self.RXt = fmat_mul(self.R, transpose(P.X))
        if (B and rank(B) < len(B)) or len(B) != d0 - rank(self.RXt) \
                or any(fmat_mul(self.RXt, [[x] for x in z]) != [[0]] * d2 for z in B):
            raise _Reject(f"family {list(S)}: the free rows' basis is not one of "  # pragma: no cover
                          "{z : (I - P_S) Y X^T z = 0}")
        nz = d1 - s - pbar
        self.n = n = m * pbar + nz * len(B)
        if n > MAX_VARIABLES:
            raise _Reject(f"family {list(S)} with {pbar} null columns has {n} variables (at most {MAX_VARIABLES})")
        var = iter(range(n))
        K = [[MPoly.var(n, next(var)) for _ in range(pbar)] for _ in range(m)]
        Theta = [[MPoly.var(n, next(var)) for _ in range(len(B))] for _ in range(nz)]
        cols = [[MPoly.const(n, us[i][r]) for i in S] for r in range(d2)]       # U_S
        NK = mat_mul(const_matrix(n, [list(r) for r in zip(*ns)]), K) if pbar else [[] for _ in range(d2)]
        self.left = [cols[r] + NK[r] + [MPoly(n) for _ in range(nz)] for r in range(d2)]
        rows = []
        for i in S:
            u = [[x / nus[i] for x in us[i]]]
            rows.append([MPoly.const(n, v) for v in fmat_mul(u, P.YXplus)[0]])
        rows += [[MPoly(n) for _ in range(d0)] for _ in range(pbar)]
        if nz:
            rows += mat_mul(Theta, const_matrix(n, B)) if B else \
                [[MPoly(n) for _ in range(d0)] for _ in range(nz)]
        if len(rows) != d1 or any(len(r) != d1 for r in self.left):
            raise _Reject(f"family {list(S)}: {len(rows)} rows for d1 = {d1}")  # pragma: no cover
        self.rows = rows

    def check_critical(self, label: str):
        r"""With :math:`C \operatorname{adj}(C) = \det(C) I`: :math:`A_2 A_1 = L R_w`, :math:`\nabla_{A_1} =
        C^T L^T R X^T` and :math:`\nabla_{A_2} = R X^T R_w^T \operatorname{adj}(C)^T / \det C`."""
        n = self.n
        if mat_mul(self.left, self.rows) != const_matrix(n, self.MS):
            raise _Reject(f"{label}: L R_w is not M_S: the product A2 A1 is not M_S on the family")  # pragma: no cover
        RXt = const_matrix(n, self.RXt)
        if any(not g.is_zero() for r in mat_mul(transpose(self.left), RXt) for g in r):
            raise _Reject(f"{label}: the gradient in A1, C^T L^T (A2 A1 X - Y) X^T, "  # pragma: no cover
                          "is not zero on the family")
        if any(not g.is_zero() for r in mat_mul(RXt, transpose(self.rows)) for g in r):
            raise _Reject(f"{label}: the gradient in A2, (A2 A1 X - Y) X^T R_w^T C^-T, "  # pragma: no cover
                          "is not zero on the family")

    def block_determinant(self, P: _Problem, u, k: int):
        r"""The determinant of the Hessian block on :math:`a = (0,\ u e_k^T C)` and
        :math:`b = (\operatorname{adj}(C) e_k u^T Y X^+,\ 0)`, divided by :math:`\det(C)^2`: a polynomial in
        ``K`` and ``Theta``.

        With :math:`C\operatorname{adj}(C) = \delta I`: :math:`a_2 A_1 = u r_k` (:math:`r_k` row :math:`k` of
        :math:`R_w`), :math:`A_2 b_1 = \delta\, l_k u^T Y X^+` (:math:`l_k` column :math:`k` of :math:`L`) and
        :math:`a_2 b_1 = \delta\, u u^T Y X^+`; the Hessian's bilinear form
        :math:`H(x, y) = \langle (x_2 A_1 + A_2 x_1) X, (y_2 A_1 + A_2 y_1) X\rangle + \langle R, (x_2 y_1 + y_2 x_1)
        X\rangle` gives :math:`H_{aa} = h_{aa}`, :math:`H_{ab} = \delta h_{ab}`, :math:`H_{bb} = \delta^2 h_{bb}`.
        """
        n = self.n
        ua = [[MPoly.const(n, x)] for x in u]
        uYP = [[MPoly.const(n, v) for v in fmat_mul(fmat_mul([u], P.YXplus), P.X)[0]]]    # u^T Y X^+ X
        Xp = const_matrix(n, P.X)
        Sa = mat_mul(mat_mul(ua, [self.rows[k]]), Xp)                                       # a_2 A_1 X
        Sb = mat_mul([[row[k]] for row in self.left], uYP)                                  # A_2 b_1 X / delta
        Sab = mat_mul(ua, uYP)                                                              # a_2 b_1 X / delta
        R = const_matrix(n, self.R)
        haa, hbb = _inner(Sa, Sa, n), _inner(Sb, Sb, n)
        hab = _inner(Sa, Sb, n) + _inner(R, Sab, n)
        return haa * hbb - hab * hab


def verify_analytical_form_families(cert: dict) -> tuple[bool, str]:
    """Re-verify every Theorem 1 family: critical, its value, global or a strict saddle for every invertible C.

    Examples
    ========

    >>> from symbolic.checker.analytical_forms import verify_analytical_form_families
    >>> cert = {"kind": "analytical_form_families",
    ...         "problem": {"dims": [1, 1, 1], "X": [["1"]], "Y": [["2"]], "loss": "squared"},
    ...         "eigenvectors": [{"value": "4", "vector": ["1"]}], "null_basis": [],
    ...         "families": [{"captured": [0], "null_columns": 0, "class": "global_min"},
    ...                      {"captured": [], "null_columns": 0, "class": "strict_saddle", "skipped": 0, "column": 0}]}
    >>> ok, reason = verify_analytical_form_families(cert)
    >>> ok, reason.split(": ")[0]
    (True, '2 Theorem 1 families of dims [1, 1, 1], symbolic in C in GL(1)')
    >>> cert["families"][1]["class"] = "global_min"
    >>> verify_analytical_form_families(cert)
    (False, 'family [] (0 null columns): value 2 is above the least family value 0, so it is not a global minimum')
    """
    try:
        P = _Problem(cert.get("problem") or {})
        sig, us, ns = _eigen(P, cert)
        fams = cert.get("families")
        if not isinstance(fams, list):
            raise _Reject("state 'families': one entry per captured set and number of null columns")
        if len(fams) > MAX_FAMILIES:
            raise _Reject(f"{len(fams)} families (at most {MAX_FAMILIES})")
        want = {(S, p) for s in range(min(len(sig), P.d1) + 1) for S in itertools.combinations(range(len(sig)), s)
                for p in range(min(len(ns), P.d1 - s) + 1)}
        keys = []
        for f in fams:
            S = f.get("captured")
            if not isinstance(S, list) or any(not isinstance(i, int) or isinstance(i, bool) for i in S):
                raise _Reject("a family's 'captured' is a list of eigenvector indices")
            keys.append((tuple(S), f.get("null_columns")))
        if sorted(keys, key=repr) != sorted(want, key=repr) or len(set(keys)) != len(keys):
            missing = sorted(want - set(keys))
            raise _Reject("the families are not exactly the admissible (captured set, null columns) pairs"
                          + (f"; missing {[list(S) for S, _ in missing[:3]]}" if missing else ""))
        _adjugate_identity(P.d1)
        built = []
        for f, (S, p) in zip(fams, keys):
            label = f"family {list(S)} ({p} null columns)"
            F = _Family(P, us, ns, S, p)
            prop1 = (P.trace - sum((sig[i] for i in S), Fraction(0))) / 2
            if F.value != prop1:
                raise _Reject(f"{label}: value {_text(F.value)} is not "  # pragma: no cover
                              f"1/2 (tr YY^T - sum sigma_S) = {_text(prop1)}")
            F.check_critical(label)
            built.append((f, S, p, F, label))
        least = min(F.value for *_, F, _ in built)
        n_glob = n_sad = 0
        for f, S, p, F, label in built:
            cls = f.get("class")
            if cls == "global_min":
                if F.value != least:
                    raise _Reject(f"{label}: value {_text(F.value)} is above the least family value {_text(least)}, "
                                  "so it is not a global minimum")
                n_glob += 1
            elif cls == "strict_saddle":
                a, k = f.get("skipped"), f.get("column")
                if not isinstance(a, int) or not 0 <= a < len(sig) or a in S:
                    raise _Reject(f"{label}: 'skipped' must index a positive eigenvalue outside the captured set")
                if not isinstance(k, int) or not 0 <= k < P.d1:
                    raise _Reject(f"{label}: 'column' must be a column of A2 (0..{P.d1 - 1})")
                det = F.block_determinant(P, us[a], k)
                c = det.terms.get((0,) * det.n, Fraction(0)) if det.degree() <= 0 else None
                if c is None or c >= 0:
                    raise _Reject(f"{label}: the Hessian block on (u_a e_k^T C, adj(C) e_k u_a^T Y X^+) with a = {a}, "
                                  f"k = {k} does not have determinant c det(C)^2 with a constant c < 0")
                n_sad += 1
            else:
                raise _Reject(f"{label}: class must be global_min or strict_saddle; got {cls!r}")
        if not n_glob:  # pragma: no cover - a family of the least value has no negative-determinant block
            raise _Reject("no family is marked global_min")
        checked = ""
        cov = cert.get("covering")
        if cov is not None:
            if cov.get("problem", {}).get("dims") != [P.d0, P.d1, P.d2] or frac_matrix(cov["problem"]["X"]) != P.X \
                    or frac_matrix(cov["problem"]["Y"]) != P.Y:
                raise _Reject("the covering is of another problem")
            ok, reason = verify_critical_set_covering(cov)
            if not ok:
                raise _Reject(f"covering: {reason}")
            glob = cov.get("global")
            if glob is None or frac(glob["value"]) != least:
                raise _Reject("the covering's certified global minimum value is not the families' least value")
            checked = (f"; covering re-verified ({reason.split(':')[0]}); its global minimum value "
                       f"{_text(least)} is the families' least: the global_min families are global minima")
    except _Reject as exc:
        return False, str(exc)
    except (KeyError, TypeError, ValueError, ZeroDivisionError) as exc:
        return False, f"malformed certificate: {exc!r}"
    glob_text = ("global minima" if cov is not None else
                 "global minima if the families are the whole critical set (Theorem 1's necessity; no covering here)")
    return True, (f"{len(built)} Theorem 1 families of dims {[P.d0, P.d1, P.d2]}, symbolic in C in GL({P.d1}): "
                  "every member critical with A2 A1 = M_S and value 1/2 (tr YY^T - sum sigma_S); "
                  f"{n_glob} of the least value "
                  f"{_text(least)} ({glob_text}), {n_sad} of strict saddles for every invertible C (a 2x2 Hessian "
                  f"block with determinant c det(C)^2, c < 0){checked}")
