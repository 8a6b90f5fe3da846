"""Checkers for local openness of :math:`M(W_1, W_2) = W_1 W_2` (Fractions only).

Kinds (matrices are rows of rational strings):

* ``openness_instance``: ``{"W1", "W2", "expect": {"rank_W1", "rank_W2", "rank_W1W2", "i", "ii",
  "2a", "2b", "iii", "iv", "3"}, "witnesses": {"i": W or null, ...}, "agree": [[keys]], "disagree": [[keys]]}``.
  Ranks recomputed; a true i)/2a) needs a witness :math:`\\tilde W_1` with :math:`\\tilde W_1 W_2 = 0` and
  :math:`\\operatorname{rank}(W_1 + \\tilde W_1) = k` (resp. :math:`m`); a false one needs the bound
  :math:`\\min(m, \\operatorname{rank} W_1W_2 + k - \\operatorname{rank} W_2)` below the target (the rows of
  :math:`W_1 + \\tilde W_1` modulo :math:`N(W_2^T)` are those of :math:`W_1`); ii)/2b) on the transposes;
  iii), iv), 3 from the ranks.  ``agree`` groups must have equal truth values, ``disagree`` groups not,
  ``implies`` pairs ``[a, b]`` need b where a holds, ``require`` / ``require_false`` keys must hold / fail
  (derived keys: ``2`` = 2a or 2b, ``i_and_ii``, ``rank_equal_and_iii``).
* ``open_preimage_family``: ``{"W1", "W2", "members": [{"Z", "W1p", "W2p"}], "ratio_sq_le": c}`` (or
  ``"dist4_le_R_sq_times": c``): each :math:`Z \\ne W_1W_2` has rank :math:`\\le k`, :math:`W_1'W_2' = Z` exactly,
  and with :math:`d = \\lVert (W_1', W_2') - (W_1, W_2) \\rVert_F^2`, :math:`R = Z - W_1W_2`:
  :math:`d \\le c \\lVert R \\rVert_F^2` (linear rate) or :math:`d^2 \\le c \\lVert R \\rVert_F^2` (square-root rate).
* ``linear_rate_obstruction``: ``{"W1", "W2", "u", "v"}``: :math:`u, v \\ne 0`, :math:`u^T W_1 = 0`,
  :math:`W_2 v = 0`, :math:`\\operatorname{rank} W_1 W_2 < k` (then every preimage of :math:`W_1W_2 + s uv^T`
  has squared distance :math:`\\ge 2|s|\\lVert u\\rVert\\lVert v\\rVert`).
* ``no_nearby_preimage``: ``{"W1", "W2", "R0", "Y", "side", "bound"}``: with :math:`(A, B) = (W_1, W_2)`
  (``left``) or :math:`(W_2^T, W_1^T)` (``right``, and :math:`R_0` transposed): :math:`A` has more than :math:`k` rows,
  :math:`\\operatorname{rank} AB + \\operatorname{rank} R_0 = k` with trivially intersecting column and row
  spaces (so :math:`AB + sR_0` has rank :math:`k` for :math:`s \\ne 0`), :math:`Y AB = 0`, :math:`Y R_0 = 0`,
  and ``bound`` :math:`= \\lVert YA \\rVert_F^2 / \\lVert Y \\rVert_F^2 > 0`.
* ``orthogonal_change``: ``{"W1", "W2", "U", "V", "W1t", "W2t"}``: :math:`U^T U = I`, :math:`V^T V = I`,
  :math:`\\tilde W_1 = U^T W_1`, :math:`\\tilde W_2 = W_2 V`, and the ranks :math:`(r_1, r_2, r_{12})`, on which
  every condition of Proposition 4 and Theorem 5 depends, agree for both pairs.
* ``univariate_minima``: ``{"f", "q", "c0", "points"}`` (coefficient lists, low degree first):
  :math:`f = q^2 + c_0` and :math:`f(p) = c_0` at every point.

Main definitions
----------------
* :func:`verify_openness_instance`, :func:`verify_open_preimage_family`,
  :func:`verify_linear_rate_obstruction`, :func:`verify_no_nearby_preimage`, :func:`verify_orthogonal_change`,
  :func:`verify_univariate_minima`.
"""

from __future__ import annotations

from fractions import Fraction

from .assumptions import rank
from .poly import frac, frac_matrix, mat_mul, transpose, upoly_add, upoly_mul
from .root_isolation import upoly_eval

__all__ = ["verify_openness_instance", "verify_open_preimage_family", "verify_linear_rate_obstruction",
           "verify_no_nearby_preimage", "verify_orthogonal_change", "verify_univariate_minima"]


def _zero(M) -> bool:
    return all(x == 0 for row in M for x in row)


def _shape(M):
    return len(M), len(M[0]) if M else 0


def _add(A, B):
    return [[a + b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]


def _scale(A, c):
    return [[a * c for a in row] for row in A]


def _fro(M) -> Fraction:
    return sum((x * x for row in M for x in row), Fraction(0))


def _pair(cert):
    W1, W2 = frac_matrix(cert["W1"]), frac_matrix(cert["W2"])
    if not W1 or not W2 or len(W1[0]) != len(W2):
        raise ValueError("W1's columns must equal W2's rows")
    return W1, W2


def _witness_ok(W, other, Wt, target, left: bool):
    """``Wt other = 0`` (left) or ``other Wt = 0`` (right) and ``rank(W + Wt) == target``."""
    Wt = frac_matrix(Wt)
    if _shape(Wt) != _shape(W):
        return False, "the witness has the wrong shape"
    prod = mat_mul(Wt, other) if left else mat_mul(other, Wt)
    if not _zero(prod):
        return False, "the witness does not annihilate the other factor"
    if rank(_add(W, Wt)) != target:
        return False, f"rank(W + witness) is {rank(_add(W, Wt))}, not {target}"
    return True, ""


def verify_openness_instance(cert: dict) -> tuple[bool, str]:
    """Recompute the ranks and every condition of Theorem 5 / Proposition 4; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.openness import verify_openness_instance
    >>> cert = {"kind": "openness_instance", "W1": [["1"], ["1"]], "W2": [["0", "0"]],
    ...         "expect": {"rank_W1": 1, "rank_W2": 0, "rank_W1W2": 0, "i": True, "ii": False, "iii": True,
    ...                    "iv": False}, "witnesses": {"i": [["0"], ["0"]]}, "disagree": [["iii", "iv"]]}
    >>> verify_openness_instance(cert)
    (True, 'ranks (1, 0, 0) and 4 conditions verified')
    """
    try:
        W1, W2 = _pair(cert)
    except (ValueError, KeyError, TypeError) as exc:
        return False, str(exc)
    m, k, n = len(W1), len(W2), len(W2[0])
    r1, r2, r12 = rank(W1), rank(W2), rank(mat_mul(W1, W2))
    e = cert.get("expect") or {}
    wit = cert.get("witnesses") or {}
    facts = {"rank_W1": r1, "rank_W2": r2, "rank_W1W2": r12}
    for key, val in facts.items():
        if key in e and e[key] != val:
            return False, f"{key} is {val}, not {e[key]}"
    bound_left, bound_right = min(m, r12 + k - r2), min(n, r12 + k - r1)
    truth = {"iii": r2 - r12 == 0, "iv": r1 - r12 == 0,
             "3": (r2 - r12 <= k - m) or (n - (r2 - (r2 - r12)) <= k - r1),
             "rank_equal": r1 == r2}
    specs = {"i": (W1, W2, k, True, bound_left), "2a": (W1, W2, m, True, bound_left),
             "ii": (W2, W1, k, False, bound_right), "2b": (W2, W1, n, False, bound_right)}
    for key, (W, other, target, left, bound) in specs.items():
        if key not in e:
            continue
        if e[key] is True:
            if wit.get(key) is None:
                return False, f"condition {key} is claimed without a witness"
            try:
                ok, why = _witness_ok(W, other, wit[key], target, left)
            except (ValueError, TypeError) as exc:
                return False, f"witness {key}: {exc}"
            if not ok:
                return False, f"witness {key}: {why}"
        elif e[key] is False:
            if bound >= target:
                return False, f"condition {key} is claimed false but the rank bound {bound} reaches {target}"
        else:
            return False, f"condition {key} must be true or false; got {e[key]!r}"
        truth[key] = e[key]
    for key in ("iii", "iv", "3", "rank_equal"):
        if key in e and e[key] is not truth[key]:
            return False, f"condition {key} is {truth[key]}, not {e[key]}"
    if "2a" in truth and "2b" in truth:
        truth["2"] = truth["2a"] or truth["2b"]
    if "i" in truth and "ii" in truth:
        truth["i_and_ii"] = truth["i"] and truth["ii"]
    truth["rank_equal_and_iii"] = truth["rank_equal"] and truth["iii"]
    for key in cert.get("require", []):
        if truth.get(key) is not True:
            return False, f"condition {key} is required but fails"
    for key in cert.get("require_false", []):
        if truth.get(key) is not False:
            return False, f"condition {key} is required to fail but holds (or is unknown)"
    for a, b in cert.get("implies", []):
        if a not in truth or b not in truth or (truth[a] and not truth[b]):
            return False, f"condition {a} does not imply {b} here"
    for group in cert.get("agree", []):
        if any(g not in truth for g in group) or len({truth[g] for g in group}) != 1:
            return False, f"conditions {group} do not agree"
    for group in cert.get("disagree", []):
        if any(g not in truth for g in group) or len({truth[g] for g in group}) != 2:
            return False, f"conditions {group} agree"
    checked = sum(1 for key in truth if key in e)
    return True, f"ranks ({r1}, {r2}, {r12}) and {checked} conditions verified"


def verify_open_preimage_family(cert: dict) -> tuple[bool, str]:
    """Each member is an exact preimage of its :math:`Z` (in the range) within the stated distance.

    Examples
    ========

    >>> from symbolic.checker.openness import verify_open_preimage_family
    >>> cert = {"kind": "open_preimage_family", "W1": [["1"], ["0"]], "W2": [["1", "0"]],
    ...         "members": [{"Z": [["1", "1/4"], ["0", "0"]], "W1p": [["1"], ["0"]], "W2p": [["1", "1/4"]]}],
    ...         "ratio_sq_le": "1"}
    >>> verify_open_preimage_family(cert)
    (True, '1 exact preimages within the bound')
    """
    try:
        W1, W2 = _pair(cert)
        members = cert["members"]
        cr = frac(cert["ratio_sq_le"]) if "ratio_sq_le" in cert else None
        c4 = frac(cert["dist4_le_R_sq_times"]) if "dist4_le_R_sq_times" in cert else None
    except (ValueError, KeyError, TypeError) as exc:
        return False, str(exc)
    k = len(W2)
    P = mat_mul(W1, W2)
    if not members or (cr is None and c4 is None):
        return False, "a family needs members and a distance bound"
    for i, mem in enumerate(members):
        try:
            Z, V1, V2 = frac_matrix(mem["Z"]), frac_matrix(mem["W1p"]), frac_matrix(mem["W2p"])
        except (ValueError, KeyError, TypeError) as exc:
            return False, f"member {i}: {exc}"
        if _shape(Z) != _shape(P) or _shape(V1) != _shape(W1) or _shape(V2) != _shape(W2):
            return False, f"member {i}: wrong shapes"
        if rank(Z) > k:
            return False, f"member {i}: Z has rank {rank(Z)} > k, outside the range"
        Rsq = _fro(_add(Z, _scale(P, -1)))
        if Rsq == 0:
            return False, f"member {i}: Z = W1 W2 is no perturbation"
        if mat_mul(V1, V2) != Z:
            return False, f"member {i}: W1' W2' != Z"
        dist = _fro(_add(V1, _scale(W1, -1))) + _fro(_add(V2, _scale(W2, -1)))
        if cr is not None and dist > cr * Rsq:
            return False, f"member {i}: squared distance {dist} exceeds {cr} ||Z - W1 W2||^2"
        if c4 is not None and dist * dist > c4 * Rsq:
            return False, f"member {i}: distance^4 {dist * dist} exceeds {c4} ||Z - W1 W2||^2"
    return True, f"{len(members)} exact preimages within the bound"


def verify_linear_rate_obstruction(cert: dict) -> tuple[bool, str]:
    """:math:`u^T W_1 = 0`, :math:`W_2 v = 0`, both nonzero, and :math:`\\operatorname{rank} W_1W_2 < k`.

    Examples
    ========

    >>> from symbolic.checker.openness import verify_linear_rate_obstruction
    >>> verify_linear_rate_obstruction({"kind": "linear_rate_obstruction", "W1": [["0"], ["0"]],
    ...     "W2": [["0", "0"]], "u": ["1", "0"], "v": ["0", "1"]})
    (True, 'squared distance >= 2|s| |u| |v| for every preimage of W1 W2 + s u v^T')
    """
    try:
        W1, W2 = _pair(cert)
        u, v = [frac(x) for x in cert["u"]], [frac(x) for x in cert["v"]]
    except (ValueError, KeyError, TypeError) as exc:
        return False, str(exc)
    if len(u) != len(W1) or len(v) != len(W2[0]):
        return False, "u and v have the wrong lengths"
    if all(x == 0 for x in u) or all(x == 0 for x in v):
        return False, "u and v must be nonzero"
    if not _zero(mat_mul([u], W1)) or not _zero(mat_mul(W2, [[x] for x in v])):
        return False, "u^T W1 or W2 v is nonzero"
    if rank(mat_mul(W1, W2)) >= len(W2):
        return False, "rank W1 W2 = k: W1 W2 + s u v^T may leave the range"
    return True, "squared distance >= 2|s| |u| |v| for every preimage of W1 W2 + s u v^T"


def verify_no_nearby_preimage(cert: dict) -> tuple[bool, str]:
    """A rank-:math:`k` family whose column space misses :math:`C(W_1)` (or the transposed case).

    Examples
    ========

    >>> from symbolic.checker.openness import verify_no_nearby_preimage
    >>> verify_no_nearby_preimage({"kind": "no_nearby_preimage", "W1": [["1"], ["1"]], "W2": [["0", "0"]],
    ...     "R0": [["1", "0"], ["-1", "0"]], "Y": [["1", "1"]], "side": "left", "bound": "2"})  # Remark 1
    (True, 'every preimage of W1 W2 + s R0 (s != 0) is at squared distance >= 2')
    """
    try:
        W1, W2 = _pair(cert)
        R0, Y = frac_matrix(cert["R0"]), frac_matrix(cert["Y"])
        bound = frac(cert["bound"])
    except (ValueError, KeyError, TypeError) as exc:
        return False, str(exc)
    k = len(W2)
    if cert.get("side") == "left":
        A, B = W1, W2
    elif cert.get("side") == "right":
        A, B, R0 = transpose(W2), transpose(W1), transpose(R0)
    else:
        return False, "side is \"left\" or \"right\""
    if len(A) <= k:
        return False, f"the side has {len(A)} <= k = {k} rows: no rank-k family can pin its column space"
    P = mat_mul(A, B)
    if _shape(R0) != _shape(P) or not Y or len(Y[0]) != len(P):
        return False, "R0 or Y has the wrong shape"
    rp, rr = rank(P), rank(R0)
    if rp + rr != k or rank([a + b for a, b in zip(P, R0)]) != k or rank(P + R0) != k:
        return False, "A B + s R0 does not have rank k for every s != 0 (ranks or spaces overlap)"
    if not _zero(mat_mul(Y, P)) or not _zero(mat_mul(Y, R0)):
        return False, "Y does not annihilate the family"
    got = _fro(mat_mul(Y, A)) / _fro(Y) if _fro(Y) else Fraction(0)
    if got != bound or bound <= 0:
        return False, f"||Y A||^2 / ||Y||^2 is {got}, not the positive bound {bound}"
    return True, f"every preimage of W1 W2 + s R0 (s != 0) is at squared distance >= {bound}"


def _is_orthogonal(Q) -> bool:
    n = len(Q)
    return all(len(r) == n for r in Q) and mat_mul(transpose(Q), Q) == [[Fraction(int(i == j)) for j in range(n)]
                                                                          for i in range(n)]


def verify_orthogonal_change(cert: dict) -> tuple[bool, str]:
    """:math:`(U^T W_1, W_2 V)` with orthogonal :math:`U, V` has the ranks of :math:`(W_1, W_2)`.

    Examples
    ========

    >>> from symbolic.checker.openness import verify_orthogonal_change
    >>> verify_orthogonal_change({"kind": "orthogonal_change", "W1": [["1"], ["1"]], "W2": [["0", "1"]],
    ...     "U": [["0", "1"], ["1", "0"]], "V": [["3/5", "4/5"], ["-4/5", "3/5"]],
    ...     "W1t": [["1"], ["1"]], "W2t": [["-4/5", "3/5"]]})
    (True, 'U, V orthogonal; ranks (1, 1, 1) on both pairs')
    """
    try:
        W1, W2 = _pair(cert)
        U, V = frac_matrix(cert["U"]), frac_matrix(cert["V"])
        W1t, W2t = frac_matrix(cert["W1t"]), frac_matrix(cert["W2t"])
    except (ValueError, KeyError, TypeError) as exc:
        return False, str(exc)
    if len(U) != len(W1) or len(V) != len(W2[0]) or not _is_orthogonal(U) or not _is_orthogonal(V):
        return False, "U (m x m) and V (n x n) must be orthogonal"
    if mat_mul(transpose(U), W1) != W1t or mat_mul(W2, V) != W2t:
        return False, "the transformed pair is not (U^T W1, W2 V)"
    before = (rank(W1), rank(W2), rank(mat_mul(W1, W2)))
    after = (rank(W1t), rank(W2t), rank(mat_mul(W1t, W2t)))
    if before != after:
        return False, f"ranks {before} before and {after} after"
    return True, f"U, V orthogonal; ranks {before} on both pairs"


def verify_univariate_minima(cert: dict) -> tuple[bool, str]:
    """:math:`f = q^2 + c_0` and :math:`f = c_0` at the points: each point is a global minimum.

    Examples
    ========

    >>> from symbolic.checker.openness import verify_univariate_minima
    >>> verify_univariate_minima({"kind": "univariate_minima", "f": ["1", "0", "-2", "0", "1"],
    ...     "q": ["-1", "0", "1"], "c0": "0", "points": ["1", "-1"]})   # (w^2 - 1)^2
    (True, 'f = q^2 + 0 and f(p) = 0 at 2 points')
    """
    try:
        f, q = [frac(c) for c in cert["f"]], [frac(c) for c in cert["q"]]
        c0, pts = frac(cert["c0"]), [frac(p) for p in cert["points"]]
    except (ValueError, KeyError, TypeError) as exc:
        return False, str(exc)
    rhs = upoly_add(upoly_mul(q, q), [c0])
    n = max(len(f), len(rhs))
    if f + [Fraction(0)] * (n - len(f)) != rhs + [Fraction(0)] * (n - len(rhs)):
        return False, "f is not q^2 + c0"
    if not pts or any(upoly_eval(f, p) != c0 for p in pts):
        return False, "f is not c0 at every point"
    return True, f"f = q^2 + {c0} and f(p) = {c0} at {len(pts)} points"
