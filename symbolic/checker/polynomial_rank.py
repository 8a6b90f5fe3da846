"""Checker for rank facts about matrices over :math:`\\mathbb{Q}[\\varepsilon]`, on top of a matrix identity.

A rank is raised "for every small :math:`\\varepsilon \\ne 0`" when some minor of the required size is a
nonzero polynomial in :math:`\\varepsilon`: it has finitely many roots, and near 0 it equals
:math:`c\\,\\varepsilon^m (1 + O(\\varepsilon))` with :math:`c \\ne 0` its lowest-order coefficient.  A rank is
bounded above by the shape, :math:`\\operatorname{rank} M \\le \\min(m, n)`, for every value of the variables;
for a constant matrix, exactly by elimination.

Certificate::

    {"kind": "polynomial_rank", "dims": [d0, ..., dL], "weights": ["W1", ..., "WL"],
     "identity": {a matrix_identity certificate},
     "assumptions": {"X": name, "Y": name},            (optional: Kawaguchi's Theorem 2.3 assumptions)
     "facts": [{"matrix": name, "minor": {"rows": [...], "cols": [...]}, "at_least": bound,
                "lowest": {"degree": m, "coefficient": "c"}},
               {"matrix": name, "rank_below": bound, "by": "shape" | "elimination"}]}

The identity is verified first (:func:`~symbolic.checker.matrix_identity.verify_matrix_identity`); facts name
its matrices.  ``weights`` are checked to have the shapes :math:`d_k \\times d_{k-1}` (optional when every bound
is an integer: a bound read from ``dims`` needs them, since they tie ``dims`` to the matrices).  A bound is an
integer or one of ``"p"`` (:math:`\\min(d_1, \\dots, d_{L-1})`), ``"min_p_dy"``, ``"min_p_dx"``, computed from
``dims`` here.  Minors need at most one variable.

Main definitions
----------------
* :func:`determinant`, :func:`verify_polynomial_rank`.
"""

from __future__ import annotations

from .assumptions import rank, verify_kawaguchi_assumptions
from .matrix_identity import verify_matrix_identity
from .mpoly import MPoly
from .poly import frac
from .positivity import poly_from_json

__all__ = ["determinant", "verify_polynomial_rank"]


def determinant(M):
    """The determinant of a square matrix of :class:`MPoly` (Laplace expansion along the first row).

    Examples
    ========

    >>> from symbolic.checker.mpoly import MPoly
    >>> from symbolic.checker.polynomial_rank import determinant
    >>> e = MPoly.var(1, 0)
    >>> determinant([[e, MPoly.const(1, 1)], [MPoly.const(1, 1), e]]) == e * e - 1
    True
    """
    size = len(M)
    if size == 1:
        return M[0][0]
    total = None
    for j in range(size):
        if M[0][j].is_zero():
            continue
        minor = [row[:j] + row[j + 1:] for row in M[1:]]
        term = M[0][j] * determinant(minor)
        term = term if j % 2 == 0 else -term
        total = term if total is None else total + term
    return total if total is not None else MPoly(M[0][0].n)


def _bound(value, dims):
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    p = min(dims[1:-1]) if len(dims) > 2 else None
    if value == "p" and p is not None:
        return p
    if value == "min_p_dy" and p is not None:
        return min(p, dims[-1])
    if value == "min_p_dx" and p is not None:
        return min(p, dims[0])
    raise ValueError(f"unknown rank bound {value!r} (an integer, \"p\", \"min_p_dy\" or \"min_p_dx\", "
                     "with at least one hidden layer)")


def _constant_rows(M):
    rows = []
    for row in M:
        out = []
        for x in row:
            if any(any(e) for e in x.terms):
                return None
            out.append(str(frac(next(iter(x.terms.values()), 0))))
        rows.append(out)
    return rows


def _fact(fact, mats, dims, nvars):
    name = fact.get("matrix")
    if name not in mats:
        return f"fact about unknown matrix {name!r}"
    M = mats[name]
    if "minor" in fact:
        rows, cols = fact["minor"].get("rows", []), fact["minor"].get("cols", [])
        size = len(rows)
        if size != len(cols) or len(set(rows)) != size or len(set(cols)) != size:
            return f"{name}: a minor needs as many distinct rows as distinct columns"
        if any(not 0 <= i < len(M) for i in rows) or any(not 0 <= j < len(M[0]) for j in cols):
            return f"{name}: minor indices out of range"
        need = _bound(fact["at_least"], dims)
        if size < need:
            return f"{name}: a {size} x {size} minor shows rank >= {size}, not >= {need}"
        if nvars > 1:
            return "minors are only checked over one variable"
        det = determinant([[M[i][j] for j in cols] for i in rows]) if size else MPoly.const(nvars, 1)
        if det.is_zero():
            return f"{name}: the minor on rows {rows}, columns {cols} is the zero polynomial"
        degree = min(sum(e) for e in det.terms)
        coefficient = next(c for e, c in det.terms.items() if sum(e) == degree)
        lowest = fact.get("lowest", {})
        if lowest.get("degree") != degree or frac(lowest.get("coefficient", "0")) != coefficient:
            return (f"{name}: the minor's lowest-order term is {coefficient} eps^{degree}, "
                    f"not {lowest.get('coefficient')} eps^{lowest.get('degree')}")
        return None
    if "rank_below" in fact:
        bound = _bound(fact["rank_below"], dims)
        if fact.get("by") == "shape":
            if min(len(M), len(M[0])) >= bound:
                return f"{name} is {len(M)} x {len(M[0])}: its shape does not bound its rank below {bound}"
            return None
        if fact.get("by") == "elimination":
            rows = _constant_rows(M)
            if rows is None:
                return f"{name} is not constant: elimination needs a constant matrix"
            if rank(_frac_rows(rows)) >= bound:
                return f"rank({name}) = {rank(_frac_rows(rows))} is not below {bound}"
            return None
        return f"{name}: rank_below needs \"by\": \"shape\" or \"elimination\""
    return f"{name}: a fact is a minor or a rank_below"


def _frac_rows(rows):
    return [[frac(x) for x in row] for row in rows]


def verify_polynomial_rank(cert: dict) -> tuple[bool, str]:
    """Verify the identity, the weight shapes, the assumptions and every rank fact; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.polynomial_rank import verify_polynomial_rank
    >>> one, eps = [[[0], "1"]], [[[1], "1"]]
    >>> ident = {"kind": "matrix_identity", "variables": ["eps"],
    ...          "matrices": {"W": [[one, []], [[], eps]]}, "equalities": [], "nonzero": []}
    >>> cert = {"kind": "polynomial_rank", "dims": [2, 2, 2], "weights": ["W", "W"], "identity": ident,
    ...         "facts": [{"matrix": "W", "minor": {"rows": [0, 1], "cols": [0, 1]}, "at_least": "p",
    ...                    "lowest": {"degree": 1, "coefficient": "1"}}]}
    >>> verify_polynomial_rank(cert)
    (True, '0 equalities hold; 0 matrices nonzero; 1 rank facts hold')
    """
    if cert.get("kind") != "polynomial_rank":
        return False, f"not a polynomial rank certificate (kind {cert.get('kind')!r})"
    ident, dims = cert.get("identity"), cert.get("dims")
    if not isinstance(ident, dict) or not isinstance(dims, list) or not dims:
        return False, "a polynomial rank certificate holds dims and a matrix identity"
    ok, reason = verify_matrix_identity(ident)
    if not ok:
        return False, f"identity: {reason}"
    nvars = len(ident["variables"])
    try:
        mats = {name: [[poly_from_json(nvars, p) for p in row] for row in rows]
                for name, rows in ident["matrices"].items()}
        weights = cert.get("weights")
        if weights is not None:
            if len(weights) != len(dims) - 1:
                return False, f"{len(weights)} weights for dims {dims}"
            for k, name in enumerate(weights, 1):
                if name not in mats or (len(mats[name]), len(mats[name][0])) != (dims[k], dims[k - 1]):
                    return False, f"weight {name!r} is not {dims[k]} x {dims[k - 1]}"
        if "assumptions" in cert:
            names = cert["assumptions"]
            X, Y = _constant_rows(mats.get(names.get("X"), [[]])), _constant_rows(mats.get(names.get("Y"), [[]]))
            if not X or not Y or not X[0] or not Y[0]:
                return False, "the assumptions need constant X and Y"
            ok, why = verify_kawaguchi_assumptions(X, Y)
            if not ok:
                return False, f"Theorem 2.3's assumptions fail: {why}"
        facts = cert.get("facts") or []
        if not facts:
            return False, "no rank facts"
        if weights is None and any(isinstance(f, dict) and (isinstance(f.get("at_least"), str)
                                                           or isinstance(f.get("rank_below"), str)) for f in facts):
            return False, "a bound read from dims needs the weights, which tie dims to the matrices"
        for i, fact in enumerate(facts):
            why = _fact(fact, mats, dims, nvars)
            if why:
                return False, f"fact {i}: {why}"
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        return False, f"malformed certificate: {exc}"
    return True, f"{reason}; {len(facts)} rank facts hold"
