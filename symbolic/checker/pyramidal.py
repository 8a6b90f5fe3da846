"""Checker for exact preimages under a pyramidal leaky-ReLU network (Fractions only).

Certificate: ``{"kind": "pyramidal_preimage", "X": rows, "weights": [W1, ..., Wh], "slope": "a",
"members": [{"target": rows, "W1p": rows}], "dist_sq_le_times": "c"}``.  The checker checks
the pyramid (:math:`d_0 > n`, :math:`d_i \\le d_{i-1}`), :math:`0 < a`, :math:`X` of full column rank,
every :math:`W_i` of full row rank, and for each member recomputes
:math:`F_h(W_1', W_2, \\dots, W_h)` with :math:`\\sigma_a(x) = x` (:math:`x \\ge 0`), :math:`ax` (:math:`x < 0`):
it must equal the target, and :math:`\\lVert W_1' - W_1 \\rVert_F^2 \\le c \\lVert T - F_h(W) \\rVert_F^2`.

Main definitions
----------------
* :func:`verify_pyramidal_preimage`.
"""

from __future__ import annotations

from fractions import Fraction

from .assumptions import rank
from .poly import frac, frac_matrix, mat_mul

__all__ = ["verify_pyramidal_preimage"]


def _forward(Ws, X, a):
    F = X
    for W in Ws:
        F = [[x if x >= 0 else a * x for x in row] for row in mat_mul(W, F)]
    return F


def _dist(A, B):
    return sum(((x - y) ** 2 for ra, rb in zip(A, B) for x, y in zip(ra, rb)), Fraction(0))


def verify_pyramidal_preimage(cert: dict) -> tuple[bool, str]:
    """``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.pyramidal import verify_pyramidal_preimage
    >>> verify_pyramidal_preimage({"kind": "pyramidal_preimage", "X": [["1"], ["0"]], "weights": [[["1", "0"]]],
    ...     "slope": "1/10", "members": [{"target": [["-1/10"]], "W1p": [["-1", "0"]]}], "dist_sq_le_times": "400"})
    (True, '1 targets hit exactly by moving W1 only')
    """
    try:
        X = frac_matrix(cert["X"])
        Ws = [frac_matrix(W) for W in cert["weights"]]
        a = frac(cert["slope"])
        c = frac(cert["dist_sq_le_times"])
        members = cert["members"]
    except (ValueError, KeyError, TypeError) as exc:
        return False, str(exc)
    if a <= 0:
        return False, "the slope must be positive"
    dims = [len(X)] + [len(W) for W in Ws]
    if not dims[0] > len(X[0]) or any(dims[i] > dims[i - 1] for i in range(1, len(dims))):
        return False, f"not a pyramid: d = {dims}, n = {len(X[0])}"
    if any(len(W[0]) != d for W, d in zip(Ws, dims[:-1])):
        return False, "the layer shapes do not chain"
    if rank(X) != len(X[0]):
        return False, "X is not of full column rank"
    if any(rank(W) != len(W) for W in Ws):
        return False, "some W_i is not of full row rank"
    if not members:
        return False, "no members"
    F0 = _forward(Ws, X, a)
    for i, mem in enumerate(members):
        T, W1p = frac_matrix(mem["target"]), frac_matrix(mem["W1p"])
        if len(W1p) != len(Ws[0]) or len(W1p[0]) != len(Ws[0][0]):
            return False, f"member {i}: W1' has the wrong shape"
        if _forward([W1p] + Ws[1:], X, a) != T:
            return False, f"member {i}: F_h(W1', W2, ..) != target"
        if _dist(W1p, Ws[0]) > c * _dist(T, F0):
            return False, f"member {i}: ||W1' - W1||^2 > {c} ||T - F_h(W)||^2"
    return True, f"{len(members)} targets hit exactly by moving W1 only"
