"""Checker for identities between sums of products of polynomial matrices.

Certificate::

    {"kind": "matrix_identity", "variables": [...],
     "matrices": {name: rows of JSON polynomials},
     "equalities": [{"left": terms, "right": terms}, ...],
     "nonzero": [name, ...]}

A ``terms`` list is ``[{"coefficient": "q", "factors": ["A", "B^T", ...]}, ...]``
(the product of the named matrices, ``^T`` transposing); an empty list is the zero
matrix.  The checker expands every side with :class:`~symbolic.checker.mpoly.MPoly`
and compares entry by entry; the shapes must agree.  Each name in ``nonzero``
must have a nonzero entry.

Main definitions
----------------
* :func:`verify_matrix_identity`.
"""

from __future__ import annotations

from .mpoly import MPoly
from .poly import frac
from .positivity import poly_from_json

__all__ = ["verify_matrix_identity"]


def _matrix(n, rows):
    mat = [[poly_from_json(n, p) for p in row] for row in rows]
    if not mat or len({len(r) for r in mat}) != 1 or not mat[0]:
        raise ValueError("a certificate matrix needs equal, non-empty rows")
    return mat


def _product(n, names, mats):
    out = None
    for name in names:
        base, _, tr = name.partition("^")
        if base not in mats or tr not in ("", "T"):
            raise ValueError(f"unknown factor {name!r}")
        M = mats[base]
        if tr == "T":
            M = [list(col) for col in zip(*M)]
        if out is None:
            out = M
            continue
        if len(out[0]) != len(M):
            raise ValueError(f"factor {name!r} does not chain: {len(out)}x{len(out[0])} times {len(M)}x{len(M[0])}")
        out = [[sum((a * b for a, b in zip(row, col)), MPoly.const(n, 0)) for col in zip(*M)] for row in out]
    return out


def _side(n, terms, mats):
    total = None
    for term in terms:
        P = _product(n, term["factors"], mats)
        c = frac(term.get("coefficient", "1"))
        P = [[x * c for x in row] for row in P]
        if total is None:
            total = P
        elif (len(total), len(total[0])) != (len(P), len(P[0])):
            raise ValueError("terms of one side have different shapes")
        else:
            total = [[a + b for a, b in zip(ra, rb)] for ra, rb in zip(total, P)]
    return total


def verify_matrix_identity(cert: dict) -> tuple[bool, str]:
    """Expand both sides of every equality; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.matrix_identity import verify_matrix_identity
    >>> cert = {"kind": "matrix_identity", "variables": ["t"],
    ...         "matrices": {"A": [[[[[1], "1"]], [[[0], "1"]]]], "u": [[[[[0], "1"]]], [[[[1], "-1"]]]]},
    ...         "equalities": [{"left": [{"factors": ["A", "u"]}], "right": []}], "nonzero": ["u"]}
    >>> verify_matrix_identity(cert)   # (t, 1) (1, -t)^T = 0
    (True, '1 equalities hold; 1 matrices nonzero')
    """
    if cert.get("kind") != "matrix_identity":
        return False, f"not a matrix identity certificate (kind {cert.get('kind')!r})"
    n = len(cert["variables"])
    try:
        mats = {name: _matrix(n, rows) for name, rows in cert["matrices"].items()}
        for i, eq in enumerate(cert["equalities"]):
            left = _side(n, eq["left"], mats)
            right = _side(n, eq["right"], mats)
            if left is None:
                return False, f"equality {i}: the left side is empty"
            if right is None:
                right = [[MPoly.const(n, 0)] * len(left[0]) for _ in left]
            if (len(left), len(left[0])) != (len(right), len(right[0])):
                return False, f"equality {i}: the sides have different shapes"
            if any(a != b for ra, rb in zip(left, right) for a, b in zip(ra, rb)):
                return False, f"equality {i} does not hold"
    except ValueError as exc:
        return False, str(exc)
    for name in cert.get("nonzero", []):
        if name not in mats or all(x.is_zero() for row in mats[name] for x in row):
            return False, f"{name} is zero (or missing)"
    return True, f"{len(cert['equalities'])} equalities hold; {len(cert.get('nonzero', []))} matrices nonzero"
