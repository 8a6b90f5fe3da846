r"""Checker for a non-convex image of a logistic network: two exact image points and a midpoint outside.

The map is :math:`F_h(W) = \sigma(W_h \sigma(\cdots \sigma(W_1 X)))` with the logistic
:math:`\sigma(t) = 1/(1 + e^{-t})` entrywise.  Its values are transcendental in general; they are rational
when every pre-activation is an integer multiple of :math:`\log b` for a rational base :math:`b > 0`:

.. math::

    \sigma(z \log b) = \frac{1}{1 + b^{-z}} = \frac{b^z}{b^z + 1} \in \mathbb{Q} \quad (z \in \mathbb{Z}).

So the certificate writes each weight entry as a rational coefficient :math:`c` standing for :math:`c \log b`
(an exact real number); with rational :math:`X` and rational activations every pre-activation is
:math:`(\text{rational}) \cdot \log b`, and the checker requires that rational to be an integer, then evaluates
:math:`\sigma` exactly.

Certificate::

    {"kind": "logistic_image", "X": rows, "dims": [d_0, ..., d_h], "base": "b",
     "members": [{"weights": [W_1, ..., W_h] (entries: coefficients of log b), "output": rows}, ...],
     "midpoint": {"of": [i, j], "point": rows}}

The checker verifies every member (shapes chain along ``dims``, ``X`` is :math:`d_0 \times n`, each
pre-activation coefficient is an integer, the stated output is :math:`F_h(W)` exactly), that ``point`` is the
midpoint of members ``i`` and ``j``, and that ``point`` is **not** in the image of :math:`F_h` over all
:math:`W`, by the sign obstruction below (hypotheses recomputed: :math:`h \ge 2`, :math:`d_{h-1} = 1`).

**The obstruction.** With :math:`d_{h-1} = 1`, :math:`F_{h-1}(W)` is one row :math:`a` with entries
:math:`a_j = \sigma(\cdot) > 0`, and :math:`F_h(W)_{ij} = \sigma(w_i a_j)` with :math:`w = W_h \in
\mathbb{R}^{d_h \times 1}`.  Since :math:`\sigma` is strictly increasing with :math:`\sigma(0) = \tfrac12`,
:math:`\operatorname{sign}(F_h(W)_{ij} - \tfrac12) = \operatorname{sign}(w_i a_j) = \operatorname{sign}(w_i)`:
the same for every column :math:`j` of row :math:`i`.  A point with a row whose entries lie on different sides
of :math:`\tfrac12` (or one at :math:`\tfrac12`, one not) is outside the image, for every :math:`W`, real
weights included.

Main definitions
----------------
* :func:`logistic_forward`, :func:`verify_logistic_image`.
"""

from __future__ import annotations

from fractions import Fraction

from .poly import frac, frac_matrix, mat_mul

__all__ = ["logistic_forward", "verify_logistic_image"]

#: Largest |z| in b^z (keeps the exact powers small).
_MAX_EXPONENT = 64


def _sigma(z: Fraction, base: Fraction) -> Fraction:
    if z.denominator != 1:
        raise ValueError(f"a pre-activation is {z} log b, not an integer multiple of log b: sigma is not rational")
    if abs(z) > _MAX_EXPONENT:
        raise ValueError(f"the exponent {z} exceeds {_MAX_EXPONENT}")
    p = base ** int(z)
    return p / (p + 1)


def _matrix(rows, what: str):
    M = frac_matrix(rows)
    if not M or not M[0]:
        raise ValueError(f"{what} is an empty matrix")
    return M


def logistic_forward(X, weights, base) -> list[list[Fraction]]:
    r""":math:`F_h(W)` exactly, each weight entry ``c`` standing for :math:`c \log b`.

    Examples
    ========

    >>> from fractions import Fraction
    >>> from symbolic.checker.logistic_image import logistic_forward
    >>> X = [["1", "0"], ["0", "1"], ["0", "0"]]
    >>> out = logistic_forward(X, [[["0", "-1", "0"]], [["4"]]], "3")
    >>> [str(v) for v in out[0]]
    ['9/10', '3/4']
    >>> logistic_forward(X, [[["1/2", "0", "0"]], [["1"]]], "3")
    Traceback (most recent call last):
    ...
    ValueError: a pre-activation is 1/2 log b, not an integer multiple of log b: sigma is not rational
    """
    b = frac(base)
    if b <= 0 or b == 1:
        raise ValueError(f"the base must be a positive rational other than 1; got {b}")
    F = _matrix(X, "X")
    for k, W in enumerate(weights, start=1):
        Wk = _matrix(W, f"W{k}")
        if len(Wk[0]) != len(F):
            raise ValueError(f"W{k} has {len(Wk[0])} columns; its input has {len(F)} rows")
        F = [[_sigma(z, b) for z in row] for row in mat_mul(Wk, F)]
    return F


def _sign(x: Fraction) -> int:
    return (x > 0) - (x < 0)


def verify_logistic_image(cert: dict) -> tuple[bool, str]:
    """Two (or more) exact image points of a logistic network, and a midpoint of two of them outside the image.

    Examples
    ========

    >>> from symbolic.checker.logistic_image import verify_logistic_image
    >>> X = [["1", "0"], ["0", "1"], ["0", "0"]]
    >>> cert = {"kind": "logistic_image", "X": X, "dims": [3, 1, 1], "base": "3",
    ...         "members": [{"weights": [[["0", "-1", "0"]], [["4"]]], "output": [["9/10", "3/4"]]},
    ...                     {"weights": [[["-1", "0", "0"]], [["-4"]]], "output": [["1/4", "1/10"]]}],
    ...         "midpoint": {"of": [0, 1], "point": [["23/40", "17/40"]]}}
    >>> verify_logistic_image(cert)
    (True, '2 image points verified; their midpoint is outside the image (row 0: the signs of y - 1/2 differ across columns)')
    >>> cert["members"][1]["output"] = [["1/4", "1/4"]]
    >>> verify_logistic_image(cert)[0]
    False
    """
    X, dims = cert.get("X"), cert.get("dims")
    members, mid = cert.get("members"), cert.get("midpoint")
    if not isinstance(dims, list) or len(dims) < 3 or not all(isinstance(d, int) and d > 0 for d in dims):
        return False, "dims lists d_0, ..., d_h (positive integers, h >= 2)"
    if not isinstance(members, list) or len(members) < 2 or not isinstance(mid, dict):
        return False, "a logistic_image certificate holds at least two members and a midpoint"
    Xm = _matrix(X, "X")
    if len(Xm) != dims[0]:
        return False, f"X has {len(Xm)} rows, not d_0 = {dims[0]}"
    n = len(Xm[0])
    outputs = []
    for idx, member in enumerate(members):
        weights = member.get("weights")
        if not isinstance(weights, list) or len(weights) != len(dims) - 1:
            return False, f"member {idx} has no {len(dims) - 1} weight matrices"
        for k, W in enumerate(weights, start=1):
            if len(W) != dims[k] or any(len(row) != dims[k - 1] for row in W):
                return False, f"member {idx}: W{k} is not {dims[k]} x {dims[k - 1]}"
        out = logistic_forward(X, weights, cert.get("base"))
        stated = _matrix(member.get("output"), f"member {idx}'s output")
        if stated != out:
            return False, f"member {idx}: F_h(W) is {[[str(v) for v in r] for r in out]}, not the stated output"
        outputs.append(out)
    i, j = mid.get("of", [None, None])
    if not (isinstance(i, int) and isinstance(j, int) and 0 <= i < len(outputs) and 0 <= j < len(outputs) and i != j):
        return False, "the midpoint names two distinct members by index"
    point = _matrix(mid.get("point"), "the midpoint")
    half = [[(a + b) / 2 for a, b in zip(ra, rb)] for ra, rb in zip(outputs[i], outputs[j])]
    if point != half:
        return False, "the stated point is not the midpoint of the two members"
    if dims[-2] != 1:
        return False, f"the sign obstruction needs d_(h-1) = 1; got {dims[-2]}"
    if len(point) != dims[-1] or any(len(row) != n for row in point):
        return False, f"the point is not {dims[-1]} x {n}"
    for r, row in enumerate(point):
        if len({_sign(v - Fraction(1, 2)) for v in row}) > 1:
            return True, (f"{len(outputs)} image points verified; their midpoint is outside the image (row {r}: the "
                          "signs of y - 1/2 differ across columns)")
    return False, "every row of the point has one sign of y - 1/2: the obstruction does not apply"
