"""Zhou-Liang (2018), deep linear networks: exact critical points, their Sigma_0 patterns and verdicts.

Critical points of :math:`\\tfrac12\\lVert A_3A_2A_1X - Y\\rVert_F^2` from two sources:

* a shallow critical point :math:`(A_1, A_2)` of Theorem 1 (every pattern, :math:`L_1` satisfying (3))
  with an invertible middle layer inserted: :math:`A_2 \\to (A_2 M^{-1}, M)`, seeded :math:`M`; the
  three gradient blocks are :math:`B^TEX^T`, :math:`A_3^TEX^TA_1^T` and :math:`EX^T(MA_1)^T` with
  :math:`B = A_2`, all zero because the shallow ones are;
* Kawaguchi's constructions of :mod:`proofs.papers.kawaguchi_2016.landscape` (:math:`X = I`; subsets of singular
  vectors, the zero tuple, two zero layers).

Each point gets the orthogonal eigenvectors of :math:`\\Sigma_0 = YX^+XY^T` spanning
:math:`\\mathrm{col}(A_{(\\ell,2)})` (:func:`~symbolic.forms.analytical_forms.recover_shallow_form` applied to
the pattern of :math:`A_{(\\ell,2)}`, computed from the projector) and a ``deep_pattern_value`` certificate.

Main definitions
----------------
* :data:`DEEP_SCOPES`, :func:`deep_points`, :func:`deep_certificate`, :func:`classified_deep`.
"""

from __future__ import annotations

import random
from functools import lru_cache

from sympy.polys.matrices import DomainMatrix

from symbolic.forms.analytical_forms import gram_schmidt, rational_spectrum, sigma_matrix
from symbolic.checker.zhou_liang import categories
from symbolic.landscape.classify import classify_network
from symbolic.core.exact import matrix_to_strings, qq_to_str
from symbolic.core.pinv import pinv

from proofs.papers.kawaguchi_2016.landscape import critical_points as kawaguchi_points
from proofs.papers.zhou_liang_2018.constructions import _invertible, form_point, instance, patterns

__all__ = ["DEEP_SCOPES", "deep_points", "deep_certificate", "classified_deep"]

#: quick -> ((instance, d1), ...) for the inserted-layer points, and Kawaguchi dims.
DEEP_SCOPES = {
    True: ((("distinct", 1),), ((2, 1, 2, 2),)),
    False: ((("zero_eigenvalue", 2), ("repeated", 2), ("rank_deficient_y", 2), ("distinct", 1)),
            ((2, 2, 2, 2), (2, 1, 2, 2))),
}


@lru_cache(maxsize=None)
def deep_points(quick: bool) -> tuple:
    """``((label, X, Y, [A1, A2, A3]), ...)``."""
    out = []
    shallow, kaw = DEEP_SCOPES[quick]
    for name, d1 in shallow:
        X, Y, U = instance(name)
        rng = random.Random(d1 + len(name))
        for p in patterns(X, Y, d1)[1]:
            F = form_point(X, Y, U, d1, p, seed=sum(p) + 5)
            M = _invertible(d1, rng)
            out.append((f"{name}, dims {[X.shape[0], d1, d1, Y.shape[0]]}, p = {list(p)}", X, Y,
                        [F.A1, M, F.A2.matmul(M.inv())]))
    for dims in kaw:
        X, Y, pts = kawaguchi_points(dims)
        for label, Ws in pts:
            out.append((f"Kawaguchi, dims {list(dims)}, {label}", X, Y, list(Ws)))
    return tuple(out)


def _columns(X, Y, B):
    """Orthogonal eigenvectors of Sigma_0 spanning col(B), with their values (rational spectrum)."""
    spaces, rest = rational_spectrum(sigma_matrix(X, Y))
    P = B.matmul(pinv(B))
    cols, vals = [], []
    for s in spaces:
        E = DomainMatrix.hstack(*s.basis)
        PE = P.matmul(E)
        chosen = gram_schmidt([PE.extract(list(range(PE.shape[0])), [j]) for j in range(PE.shape[1])])
        cols += chosen
        vals += [s.value] * len(chosen)
    if len(cols) != B.rank():
        raise ValueError("col(A_(l,2)) is not spanned by eigenvectors of rational eigenvalues of Sigma_0")
    return spaces, cols, vals


def deep_certificate(X, Y, Ws) -> dict:
    """A ``deep_pattern_value`` certificate (with the spectrum and the case split)."""
    B = Ws[1]
    for W in Ws[2:]:
        B = W.matmul(B)
    spaces, cols, vals = _columns(X, Y, B)
    spec = [[qq_to_str(s.value), s.multiplicity] for s in spaces]
    pattern = tuple(sum(1 for v in vals if v == s.value) for s in spaces)
    cats = categories(pattern, tuple(s.multiplicity for s in spaces), spaces[-1].value == 0,
                      min(W.shape[0] for W in Ws[:-1]), Y.shape[0])
    return {"kind": "deep_pattern_value", "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
            "Xp": matrix_to_strings(pinv(X)), "weights": [matrix_to_strings(W) for W in Ws],
            "columns": [[qq_to_str(x) for x in c.to_list_flat()] for c in cols],
            "column_values": [qq_to_str(v) for v in vals], "spectrum": spec, "categories": cats}


@lru_cache(maxsize=None)
def classified_deep(quick: bool) -> tuple:
    """``((label, certificate, problem, result), ...)`` for every deep point."""
    out = []
    for label, X, Y, Ws in deep_points(quick):
        cert = deep_certificate(X, Y, Ws)
        dims = [X.shape[0]] + [W.shape[0] for W in Ws]
        problem = {"dims": dims, "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
                   "weights": [matrix_to_strings(W) for W in Ws]}
        result = classify_network(dims, problem["Y"], problem["weights"], X=problem["X"], seconds=20).to_json()
        out.append((label, cert, problem, result))
    return tuple(out)
