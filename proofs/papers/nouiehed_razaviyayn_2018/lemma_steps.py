r"""Nouiehed and Razaviyayn (2018): asserted steps of the proofs of Lemmas 10, 16, 17 and 19 (Appendices A.4, B, C).

The steps of Lemmas 10, 16 and 17 are chains of rank (in)equalities; each is checked at listed exact rational points
that satisfy the step's hypotheses (``facts`` certificates, ranks recomputed with Fractions), with every matrix sum or block the step uses
tied to its parts by a ``matrix_identity`` over constant matrices (the checker re-multiplies).  Scope: ``sampled``.
Lemma 19's mirrored branch and Appendix C's convex-loss remark are checked by ``descent_curve`` certificates (the
loss along the proof's straight line, re-expanded by the checker), also at listed points.  Dimensions of
intersections are written as ranks: :math:`\dim(N(A) \cap C(B)) = \operatorname{rank} B -
\operatorname{rank} AB` (rank-nullity for :math:`A` restricted to :math:`C(B)`).

Main results
------------
* ``rank_of_witness_eq_nullity_of_kernel_condition`` -- Lemma 16's proof: (20), (21) give
  :math:`\operatorname{rank}\tilde W_2 = k - r`, :math:`C(\tilde W_2) = N(W_1)`, the direct sum and iii); the
  dimension count behind iii) :math:`\Leftrightarrow` iv).
* ``ranks_equal_and_zero_blocks_of_kernel_witnesses`` -- Lemma 17's proof: (22)-(27) give
  :math:`\operatorname{rank} W_1 = \operatorname{rank} W_2`, and the trailing singular blocks vanish.
* ``factor_ranks_of_nondegenerate_product`` -- Lemma 10's proof: at a non-degenerate point the factors (h = 2) and
  the pair :math:`W_{p+1}W_p` at the bottleneck (h = 3) have the ranks the proof asserts.
* ``descent_of_mirrored_kernel_branch`` -- Lemma 19's branch :math:`N(W_1^T) \ne 0` ((37)-(40)): with
  :math:`X = I`, the transposed construction descends at listed degenerate critical points with :math:`N(W_h) = 0`.
* ``descent_of_degenerate_kernels_of_quartic_loss`` -- Appendix C's remark: Lemma 19's construction with the convex
  loss :math:`\tfrac14\sum E_{ij}^4` descends at sampled points.

References
----------
* ``nouiehed-razaviyayn-2018``, "Lemma 16" (its proof, Appendix B).
* ``nouiehed-razaviyayn-2018``, "Lemma 17" (its proof, Appendix B).
* ``nouiehed-razaviyayn-2018``, "Lemma 10" (its proof, A.4).
* ``nouiehed-razaviyayn-2018``, "Lemma 19" (its proof and the remark after it, Appendix C).
"""

from __future__ import annotations

from fractions import Fraction as F

from proofs.checks.matrix_terms import IdentityBuilder
from proofs.ledger.claim import Claim, Outcome, fact, facts_certificate

__all__ = ["CLAIMS", "POINTS", "MIRRORED_POINTS", "mirrored_descent_certificate", "quartic_descent_certificate", "lemma16_certificate", "lemma17_certificate", "lemma10_certificate", "null_basis"]

_PAPER = "nouiehed-razaviyayn-2018"


# -- exact linear algebra for building the points (the checker recomputes every rank) -------------------------------

def _mul(A, B):
    return [[sum((F(a) * F(b) for a, b in zip(row, col)), F(0)) for col in zip(*B)] for row in A]


def _t(A):
    return [list(c) for c in zip(*A)]


def null_basis(A):
    """A basis of the null space of ``A`` (columns), by exact row reduction; ``None`` when it is trivial."""
    M = [[F(x) for x in row] for row in A]
    rows, cols = len(M), len(M[0])
    pivots, r = [], 0
    for c in range(cols):
        p = next((i for i in range(r, rows) if M[i][c] != 0), None)
        if p is None:
            continue
        M[r], M[p] = M[p], M[r]
        M[r] = [x / M[r][c] for x in M[r]]
        for i in range(rows):
            if i != r and M[i][c] != 0:
                M[i] = [a - M[i][c] * b for a, b in zip(M[i], M[r])]
        pivots.append(c)
        r += 1
    free = [c for c in range(cols) if c not in pivots]
    if not free:
        return None
    basis = []
    for f in free:
        v = [F(0)] * cols
        v[f] = F(1)
        for i, c in enumerate(pivots):
            v[c] = -M[i][f]
        basis.append(v)
    return _t(basis)


def _s(A):
    return [[str(F(x)) for x in row] for row in A]


def _zeros(r, c):
    return [[0] * c for _ in range(r)]


def _transformed(W1, W2, Wt1, Wt2, P, G, Gi, Q):
    """(P W1 G, G^-1 W2 Q) and the witnesses moved alike: the kernel conditions and all ranks are kept."""
    return (_mul(_mul(P, W1), G), _mul(_mul(Gi, W2), Q), _mul(_mul(P, Wt1), G), _mul(_mul(Gi, Wt2), Q))


_P3 = [[1, 1, 0], [0, 1, 1], [1, 0, 1]]          # det 2
_Q3 = [[1, 0, 1], [1, 1, 0], [0, 1, 2]]          # det 3
_G2, _G2i = [[1, 2], [1, 3]], [[3, -2], [-1, 1]]  # det 1

_DIAG = ([[1, 0], [0, 0], [0, 0]], [[1, 0, 0], [0, 0, 0]], [[0, 0], [0, 1], [0, 0]], [[0, 0, 0], [0, 1, 0]])

#: name -> (W1 (m x k), W2 (k x n), W~1 with W~1 W2 = 0, W~2 with W1 W~2 = 0), all with k < min(m, n).
POINTS = {
    "m = n = 3, k = 2, rank 1, diagonal product": _DIAG,
    "m = n = 3, k = 2, rank 1, (P W1 G, G^-1 W2 Q) of the diagonal point": _transformed(*_DIAG, _P3, _G2, _G2i, _Q3),
    "m = n = 3, k = 2, rank 0 (W1 = W2 = 0)": (_zeros(3, 2), _zeros(2, 3), [[1, 0], [0, 1], [0, 0]],
                                               [[1, 0, 0], [0, 1, 0]]),
    "m = 3, n = 4, k = 2, rank 2 (W~ = 0)": ([[1, 0], [0, 1], [1, 1]], [[1, 0, 1, 0], [0, 1, 0, 1]], _zeros(3, 2),
                                             _zeros(2, 4)),
}


def _R(name):
    return {"rank": name if isinstance(name, list) else [name]}


def _sum(*exprs):
    return {"sum": list(exprs)}


def _k():
    return {"cols": "W1"}


def _links(mats: dict, equalities) -> dict:
    """A ``matrix_identity`` over constant matrices: each ``(name, [(coefficient, factors), ...])`` is an equality."""
    b = IdentityBuilder()
    for name, M in mats.items():
        b.constant(name, M)
    for name, terms in equalities:
        b.equal([(1, [name])], terms)
    return b.certificate()


def lemma17_certificate(W1, W2, Wt1, Wt2) -> dict:
    r"""Lemma 17's proof at one point: i), ii), (22)-(27), equal ranks, and the vanishing blocks.

    :math:`(W_2V)_{:, r+1:n} = 0` is stated as :math:`W_2 V_0 = 0` for a basis :math:`V_0` of
    :math:`N(W_1W_2)` (the span of the last :math:`n - r` right singular vectors), and
    :math:`(U^TW_1)_{r+1:m, :} = 0` as :math:`U_0^T W_1 = 0` for a basis :math:`U_0` of :math:`N((W_1W_2)^T)`.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify(lemma17_certificate(*POINTS["m = n = 3, k = 2, rank 1, diagonal product"]))[0]
    True
    """
    S1 = [[F(a) + F(b) for a, b in zip(r1, r2)] for r1, r2 in zip(W1, Wt1)]
    S2 = [[F(a) + F(b) for a, b in zip(r1, r2)] for r1, r2 in zip(W2, Wt2)]
    Z = _mul(W1, W2)
    data = {"W1": _s(W1), "W2": _s(W2), "Wt1": _s(Wt1), "Wt2": _s(Wt2), "S1": _s(S1), "S2": _s(S2)}
    facts = [
        fact("k < min(m, n)", _k(), "<", {"min": [{"rows": "W1"}, {"cols": "W2"}]}),
        fact("i) W~1 W2 = 0", _R(["Wt1", "W2"]), "==", 0),
        fact("i) W1 + W~1 (= S1) has full column rank k", _R("S1"), "==", _k()),
        fact("ii) W1 W~2 = 0", _R(["W1", "Wt2"]), "==", 0),
        fact("ii) W2 + W~2 (= S2) has full row rank k", _R("S2"), "==", _k()),
        fact("(22) rank W~2 <= dim N(W1) = k - rank W1", _sum(_R("Wt2"), _R("W1")), "<=", _k()),
        fact("(23) k = rank(W2 + W~2) <= rank W2 + rank W~2", _k(), "<=", _sum(_R("W2"), _R("Wt2"))),
        fact("(25) rank W~1 <= dim N(W2^T) = k - rank W2", _sum(_R("Wt1"), _R("W2")), "<=", _k()),
        fact("(26) k = rank(W1 + W~1) <= rank W1 + rank W~1", _k(), "<=", _sum(_R("W1"), _R("Wt1"))),
        fact("(24), (27): rank W1 = rank W2", _R("W1"), "==", _R("W2")),
        fact("Lemma 16 iii): dim(N(W1) cap C(W2)) = rank W2 - rank W1 W2 = 0", _R(["W1", "W2"]), "==", _R("W2")),
    ]
    V0, U0 = null_basis(Z), null_basis(_t(Z))
    if V0 is not None:
        data["V0"] = _s(V0)
        facts += [fact("V0 spans N(W1 W2): W1 W2 V0 = 0", _R(["W1", "W2", "V0"]), "==", 0),
                  fact("... and rank V0 = n - rank W1 W2", _sum(_R("V0"), _R(["W1", "W2"])), "==", {"cols": "W2"}),
                  fact("(W2 V)_{:, r+1:n} = 0: W2 V0 = 0", _R(["W2", "V0"]), "==", 0)]
    if U0 is not None:
        data["U0"] = _s(U0)
        facts += [fact("U0 spans N((W1 W2)^T): U0^T W1 W2 = 0", _R(["U0^T", "W1", "W2"]), "==", 0),
                  fact("... and rank U0 = m - rank W1 W2", _sum(_R("U0"), _R(["W1", "W2"])), "==", {"rows": "W1"}),
                  fact("(U^T W1)_{r+1:m, :} = 0: U0^T W1 = 0", _R(["U0^T", "W1"]), "==", 0)]
    links = _links({k: data[k] for k in ("W1", "W2", "Wt1", "Wt2", "S1", "S2")},
                   [("S1", [(1, ["W1"]), (1, ["Wt1"])]), ("S2", [(1, ["W2"]), (1, ["Wt2"])])])
    return {"kind": "bundle", "parts": {"facts": facts_certificate(data, facts), "S1 = W1 + W~1, S2 = W2 + W~2": links}}


def _check_lemma17(quick: bool) -> Outcome:
    parts = {name: lemma17_certificate(*pt) for name, pt in POINTS.items()}
    return Outcome(
        "confirmed",
        "the listed points (W1, W2, W~1, W~2) with k < min(m, n) satisfying i) and ii): " + "; ".join(POINTS)
        + ": (22), (23), (25), (26) hold, rank W1 = rank W2, N(W1) cap C(W2) = 0, W2 annihilates N(W1 W2) and W1^T "
        "annihilates N((W1 W2)^T) (the trailing columns of W2 V and rows of U^T W1 vanish)",
        {"kind": "bundle", "parts": parts}, scope_kind="sampled")


# -- Lemma 16 ---------------------------------------------------------------------------------------------------------

#: Equal ranks, k < min(m, n), where iii) fails: C(W2) = N(W1) = span(e_1); then iv) fails too.
FAILING = ([[0, 1], [0, 0], [0, 0]], [[1, 0, 0], [0, 0, 0]])


def lemma16_certificate(W1, W2, Wt2=None) -> dict:
    r"""Lemma 16's proof at one point with :math:`\operatorname{rank} W_1 = \operatorname{rank} W_2 = r`.

    With the witness :math:`\tilde W_2` of ii): (20), (21), :math:`\operatorname{rank}\tilde W_2 = k - r`,
    :math:`C(\tilde W_2) = N(W_1)`, the direct sum :math:`\operatorname{rank}(W_2 + \tilde W_2) =
    \operatorname{rank} W_2 + \operatorname{rank}\tilde W_2` and iii).  Always: with :math:`N_1` a basis of
    :math:`N(W_1)`, :math:`\dim\operatorname{span}(N(W_1) \cup C(W_2)) = \operatorname{rank}[N_1\ W_2] =
    k - \dim(N(W_1) \cap C(W_2))`, and the two intersections of iii) and iv) have the same dimension.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify(lemma16_certificate(*FAILING))[0]
    True
    """
    k = len(W2)
    N1 = null_basis(W1)
    data = {"W1": _s(W1), "W2": _s(W2)}
    facts = [
        fact("k < min(m, n)", _k(), "<", {"min": [{"rows": "W1"}, {"cols": "W2"}]}),
        fact("rank W1 = rank W2", _R("W1"), "==", _R("W2")),
        fact("dim(N(W1) cap C(W2)) = rank W2 - rank W1 W2 equals dim(N(W2^T) cap C(W1^T)) = rank W1^T - rank W2^T W1^T",
             _sum(_R("W2"), {"neg": _R(["W1", "W2"])}), "==", _sum(_R("W1^T"), {"neg": _R(["W2^T", "W1^T"])})),
    ]
    mats, eqs = {"W2": data["W2"]}, []
    if N1 is None:
        facts += [fact("N(W1) = 0 (rank W1 = k), so span(N(W1) cup C(W2)) = C(W2)", _R("W1"), "==", _k()),
                  fact("dim C(W2) = k - dim(N(W1) cap C(W2)) = k - (rank W2 - rank W1 W2)",
                       _sum(_R("W2"), _R("W2")), "==", _sum(_k(), _R(["W1", "W2"])))]
    else:
        NC = [list(a) + list(b) for a, b in zip(N1, W2)]
        c1, c2 = len(N1[0]), len(W2[0])
        mats["E1"] = [[int(i == j) for j in range(c1)] for i in range(c1 + c2)]
        mats["E2"] = [[int(i == c1 + j) for j in range(c2)] for i in range(c1 + c2)]
        data.update({"N1": _s(N1), "NC": _s(NC)})
        mats.update({"N1": data["N1"], "NC": data["NC"]})
        eqs += [("N1", [(1, ["NC", "E1"])]), ("W2", [(1, ["NC", "E2"])])]
        facts += [
            fact("N1 spans N(W1): W1 N1 = 0", _R(["W1", "N1"]), "==", 0),
            fact("... and rank N1 = k - rank W1", _sum(_R("N1"), _R("W1")), "==", _k()),
            fact("dim span(N(W1) cup C(W2)) = rank [N1 W2] = k - dim(N(W1) cap C(W2)) = k - (rank W2 - rank W1 W2)",
                 _sum(_R("NC"), _R("W2")), "==", _sum(_k(), _R(["W1", "W2"]))),
        ]
    if Wt2 is not None:
        S2 = [[F(a) + F(b) for a, b in zip(r1, r2)] for r1, r2 in zip(W2, Wt2)]
        data.update({"Wt2": _s(Wt2), "S2": _s(S2)})
        facts += [
            fact("ii) W1 W~2 = 0", _R(["W1", "Wt2"]), "==", 0),
            fact("ii) W2 + W~2 (= S2) has full row rank k", _R("S2"), "==", k),
            fact("(20) rank W~2 <= dim N(W1) = k - r", _sum(_R("Wt2"), _R("W1")), "<=", k),
            fact("(21) k = rank(W2 + W~2) <= r + rank W~2", k, "<=", _sum(_R("W2"), _R("Wt2"))),
            fact("rank W~2 = k - r, so C(W~2) = N(W1) (W1 W~2 = 0 and equal dimensions)",
                 _sum(_R("Wt2"), _R("W1")), "==", k),
            fact("rank(W2 + W~2) = rank W2 + rank W~2 (C(W2) cap C(W~2) = 0)", _R("S2"), "==",
                 _sum(_R("W2"), _R("Wt2"))),
            fact("iii) dim(N(W1) cap C(W2)) = rank W2 - rank W1 W2 = 0", _R(["W1", "W2"]), "==", _R("W2")),
        ]
        mats.update({"Wt2": data["Wt2"], "S2": data["S2"]})
        eqs.append(("S2", [(1, ["W2"]), (1, ["Wt2"])]))
    else:
        facts.append(fact("iii) fails: dim(N(W1) cap C(W2)) = rank W2 - rank W1 W2 > 0", _R("W2"), ">",
                          _R(["W1", "W2"])))
    return {"kind": "bundle", "parts": {"facts": facts_certificate(data, facts),
                                        "the blocks and sums of the facts": _links(mats, eqs)}}


def _check_lemma16(quick: bool) -> Outcome:
    parts = {name: lemma16_certificate(W1, W2, Wt2) for name, (W1, W2, _, Wt2) in POINTS.items()}
    parts["m = n = 3, k = 2, rank 1, iii) and iv) fail"] = lemma16_certificate(*FAILING)
    return Outcome(
        "confirmed",
        "the listed points with rank W1 = rank W2 = r and k < min(m, n): " + "; ".join(POINTS) + " (each with a "
        "witness W~2 of ii)): (20), (21) hold, rank W~2 = k - r, C(W~2) = N(W1), rank(W2 + W~2) = rank W2 + rank W~2 "
        "and iii) holds; at all of them and at one point where iii) fails: dim span(N(W1) cup C(W2)) = k - "
        "dim(N(W1) cap C(W2)) and dim(N(W1) cap C(W2)) = dim(N(W2^T) cap C(W1^T))",
        {"kind": "bundle", "parts": parts}, scope_kind="sampled")


# -- Lemma 10 ---------------------------------------------------------------------------------------------------------

#: name -> the weights (W1, ..., Wh), each point non-degenerate: rank W_h ... W_1 = min d_i.
LEMMA10_POINTS = {
    "h = 2, d = (d0, d1, d2) = (2, 1, 2), first case d1 < min(d2, d0)": ([[1, 1]], [[1], [2]]),
    "h = 2, d = (2, 2, 1), second case, d2 = min": ([[1, 0], [1, 1]], [[1, 3]]),
    "h = 2, d = (1, 2, 2), second case, d0 = min": ([[1], [2]], [[1, 1], [0, 1]]),
    "h = 3, d = (2, 3, 1, 2), bottleneck p = 2": ([[1, 0], [0, 1], [1, 1]], [[1, 2, 0]], [[1], [1]]),
}


def lemma10_certificate(weights) -> dict:
    r"""Lemma 10's proof at a non-degenerate point: the ranks the proof derives from
    :math:`d_p = \operatorname{rank}(W_h \cdots W_1)`.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify(lemma10_certificate(LEMMA10_POINTS["h = 3, d = (2, 3, 1, 2), bottleneck p = 2"]))[0]
    True
    """
    h = len(weights)
    names = [f"W{i}" for i in range(h, 0, -1)]                      # W_h, ..., W_1 (left to right)
    dims = [len(weights[0][0])] + [len(W) for W in weights]        # d0, ..., dh
    p = min(range(h + 1), key=lambda i: dims[i])
    facts = [fact("non-degenerate: rank W_h ... W_1 = min d_i = d_p", _R(names), "==", dims[p])]
    if h == 2:
        if p == 1:
            facts += [fact("d1 = rank W2 W1 <= rank W1 <= d1: W1 has full row rank d1", _R("W1"), "==", dims[1]),
                      fact("d1 = rank W2 W1 <= rank W2 <= d1: W2 has full column rank d1", _R("W2"), "==", dims[1])]
        elif p == 2:
            facts.append(fact("d2 = rank W2 W1 <= rank W2 <= d2: W2 has full row rank", _R("W2"), "==", dims[2]))
        else:
            facts.append(fact("d0 = rank W2 W1 <= rank W1 <= d0: W1 has full column rank d0 (printed: full row rank)",
                              _R("W1"), "==", dims[0]))
    else:
        facts.append(fact(f"d_p = rank W_h ... W_1 <= rank W_(p+1) W_p <= d_p (p = {p})",
                          _R([f"W{p + 1}", f"W{p}"]), "==", dims[p]))
    return facts_certificate({"weights": [_s(W) for W in weights]}, facts)


def _check_lemma10(quick: bool) -> Outcome:
    parts = {name: lemma10_certificate(w) for name, w in LEMMA10_POINTS.items()}
    return Outcome(
        "confirmed",
        "the listed non-degenerate points: " + "; ".join(LEMMA10_POINTS) + ": the factor ranks of both cases of "
        "h = 2 and rank W_(p+1) W_p = d_p at the bottleneck for h = 3 are as the proof derives",
        {"kind": "bundle", "parts": parts}, scope_kind="sampled")



# -- Lemma 19, the branch N(W_1^T) != 0 ---------------------------------------------------------------------------------

#: name -> (W1, W2, W3, Y) with d = (2, 2, 2, 2), X = I: degenerate critical points, N(W3) = 0 (so only the mirrored
#: branch applies), N(W1^T) != 0, W2 of rank 1, Delta X^T != 0 (not global).
MIRRORED_POINTS = {
    "W1 = W2 = rank 1, W3 invertible": ([[1, 2], [2, 4]], [[2, -1], [2, -1]], [[1, 1], [0, 1]], [[2, -1], [-4, 2]]),
    "W1 = 0, W2 = e1 e1^T, W3 invertible": ([[0, 0], [0, 0]], [[1, 0], [0, 0]], [[2, 1], [1, 1]], [[1, 1], [-2, -2]]),
    "N(W1^T) cap C(W2^T) != 0 (case a), W3 = I": ([[1, 0], [0, 0]], [[0, 1], [0, 0]], [[1, 0], [0, 1]],
                                                  [[0, 0], [0, 1]]),
    "W1 = W2 = 0, W3 invertible (case b)": ([[0, 0], [0, 0]], [[0, 0], [0, 0]], [[1, 1], [0, 1]], [[1, 2], [0, 1]]),
}


def mirrored_descent_certificate(W1, W2, W3, Y) -> tuple[dict, str]:
    r"""The mirrored branch at one point with :math:`X = I`: the hypotheses and critical point as facts, and the
    descent of the line :math:`W + tA` whose direction is the transpose of the proof's (33)/(35) for the transposed
    problem :math:`\lVert W_1^T W_2^T W_3^T - Y^T\rVert^2` (there :math:`N(W_1^T)` is the last layer's null space).

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> cert, case = mirrored_descent_certificate(*MIRRORED_POINTS["W1 = W2 = 0, W3 invertible (case b)"])
    >>> verify(cert)[0], case
    (True, 'b')
    """
    from symbolic.core.exact import matrix_to_strings, rational_matrix
    from symbolic.landscape.degenerate_descent import lemma19_direction

    I2 = [["1", "0"], ["0", "1"]]
    Ws = [W1, W2, W3]
    transposed = [rational_matrix(_s(_t(W))) for W in reversed(Ws)]
    d = lemma19_direction(transposed, I2, _s(_t(Y)))
    if d is None:
        raise ValueError("the point is a global minimum")
    A = [_t(matrix_to_strings(M)) for M in reversed(d["direction"])]
    problem = {"dims": [2, 2, 2, 2], "X": I2, "Y": _s(Y), "weights": [_s(W) for W in Ws]}
    curve = {"kind": "curve", "curve": [A], "order": d["order"], "leading_coefficient": str(d["leading_coefficient"])}
    D = [[F(a) - F(b) for a, b in zip(r1, r2)] for r1, r2 in zip(_mul(_mul(W3, W2), W1), Y)]
    data = {"weights": problem["weights"], "X": I2, "D": _s(D)}
    facts = [
        fact("degenerate: rank W3 W2 W1 < min d_i = 2", _R(["W3", "W2", "W1"]), "<", 2),
        fact("N(W2) != 0 and N(W2^T) != 0 (W2 is 2 x 2 of rank < 2)", _R("W2"), "<", 2),
        fact("N(W3) = 0: the branch N(W_h) != 0 does not apply", _R("W3"), "==", 2),
        fact("N(W1^T) != 0", _R("W1"), "<", 2),
        fact("critical: (W3 W2)^T Delta X^T = 0", _R(["W2^T", "W3^T", "D", "X^T"]), "==", 0),
        fact("critical: W3^T Delta (W1 X)^T = 0", _R(["W3^T", "D", "X^T", "W1^T"]), "==", 0),
        fact("critical: Delta (W2 W1 X)^T = 0", _R(["D", "X^T", "W1^T", "W2^T"]), "==", 0),
        fact("not global: Delta X^T != 0", _R(["D", "X^T"]), ">", 0),
    ]
    link = _links({"W1": W1, "W2": W2, "W3": W3, "X": I2, "Y": Y, "D": D},
                  [("D", [(1, ["W3", "W2", "W1", "X"]), (-1, ["Y"])])])
    return ({"kind": "bundle", "parts": {
        "hypotheses of the branch": facts_certificate(data, facts),
        "Delta = W3 W2 W1 X - Y": link,
        "descent along W + tA": {"kind": "descent_curve", "problem": problem, "curve": curve}}}, d["case"])


def _check_mirrored(quick: bool) -> Outcome:
    parts, cases = {}, {}
    for name, pt in MIRRORED_POINTS.items():
        parts[name], case = mirrored_descent_certificate(*pt)
        cases[name] = f"{case}, order {parts[name]['parts']['descent along W + tA']['curve']['order']}"
    return Outcome(
        "confirmed",
        "d = (2, 2, 2, 2), X = I, the listed degenerate critical points that are not global, with N(W3) = 0 and "
        "N(W1^T) != 0 (" + "; ".join(f"{n}: case {c}" for n, c in cases.items()) + "): the transposed construction "
        "(the mirrored (37)-(40)) gives a line W + tA along which the loss decreases (first nonzero Taylor "
        "coefficient negative, re-expanded by the checker)",
        {"kind": "bundle", "parts": parts}, scope_kind="sampled")


# -- Appendix C: Lemma 19 with a convex loss ------------------------------------------------------------------------------

def quartic_descent_certificate(problem: dict) -> dict | None:
    r"""Lemma 19's construction ((33)/(35), :func:`symbolic.landscape.degenerate_descent._direction`) with the
    convex loss :math:`\ell(E) = \tfrac14\sum E_{ij}^4`: the entry :math:`(j, i)` is chosen where
    :math:`\nabla\ell\, X^T = (E \circ E \circ E)X^T \ne 0`, and the signs/sizes of :math:`\alpha_h, \alpha_1` as in the
    squared case; ``None`` where :math:`\nabla\ell\, X^T = 0` (a global minimum, :math:`\ell` convex).

    Examples
    ========

    >>> from proofs.papers.nouiehed_razaviyayn_2018.landscape import lemma19_instances
    >>> from symbolic.checker.bundle import verify
    >>> verify(quartic_descent_certificate(lemma19_instances(1)[0][1]))[0]
    True
    """
    from symbolic.calculus.taylor import taylor_coefficients
    from symbolic.core.exact import matrix_to_strings, rational_matrix
    from symbolic.core.losses import QuarticLoss
    from symbolic.core.products import full_product
    from symbolic.landscape.degenerate_descent import _ALPHAS, _direction, lemma19_hypotheses

    from sympy.polys.domains import QQ

    Ws = [rational_matrix(W).convert_to(QQ) for W in problem["weights"]]
    ok, why = lemma19_hypotheses(Ws)
    if not ok:
        raise ValueError(f"Lemma 19 does not apply: {why}")
    loss = QuarticLoss(problem["X"], problem["Y"])
    G = loss.gradient(full_product(Ws)).convert_to(QQ)
    if G.is_zero_matrix:
        return None
    j, i = next((r, c) for r, row in enumerate(G.to_list()) for c, x in enumerate(row) if x != 0)
    h = len(Ws)
    for ah in (1, -1):
        for a1 in _ALPHAS:
            A, case, _, _ = _direction(Ws, j, i, QQ(ah), QQ(a1))
            coeffs = taylor_coefficients(Ws, [A], loss, h + 2)
            first = next(((m, c) for m, c in enumerate(coeffs) if m >= 1 and c != 0), None)
            if first is not None and first[1] < 0:
                curve = {"kind": "curve", "curve": [[matrix_to_strings(M) for M in A]], "order": first[0],
                         "leading_coefficient": str(first[1])}
                return {"kind": "descent_curve", "problem": {**problem, "loss": "quartic"}, "curve": curve,
                        "hypotheses": "nr_lemma19", "case": case}
    raise ValueError("no choice of alpha_h, alpha_1 gives descent along the line with the quartic loss")


def _check_convex_loss(quick: bool) -> Outcome:
    from proofs.papers.nouiehed_razaviyayn_2018.landscape import lemma19_instances

    instances = lemma19_instances(4 if quick else 8)
    parts, globals_, orders = {}, [], set()
    for name, problem in instances:
        cert = quartic_descent_certificate(problem)
        if cert is None:
            globals_.append(name)
            continue
        orders.add((cert.pop("case"), cert["curve"]["order"]))
        parts[name] = cert
    scope = (f"{len(instances)} exact degenerate points meeting Lemma 19's hypotheses (branch N(W_h) != 0; zero "
             "tuples of (2, 2, 2, 2), (2, 3, 3, 2), (2, 2, 2, 2, 2) and seeded rank-one tuples), data X, Y exact, the "
             "convex loss l(E) = sum E_ij^4 / 4: the proof's straight line W + tA descends at every point where "
             f"grad l X^T != 0 ((case, order) in {sorted(orders)}); global minima (grad l X^T = 0): {len(globals_)}")
    if not parts:
        return Outcome("inconclusive", scope, None)
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="sampled")


CLAIMS = (
    Claim(
        id="rank_of_witness_eq_nullity_of_kernel_condition",
        paper=_PAPER,
        label="Lemma 16",
        location="L709",
        kind="lemma",
        statement=(r"Proof of Lemma 16: with $\operatorname{rank} W_1 = \operatorname{rank} W_2 = r$, $k < \min(m, n)$ "
                   r"and $\tilde W_2$ as in ii) ($W_1\tilde W_2 = 0$, $W_2 + \tilde W_2$ of full row rank), "
                   r"(20) $\operatorname{rank}\tilde W_2 \le \dim N(W_1) = k - r$ and (21) "
                   r"$k \le r + \operatorname{rank}\tilde W_2$ give $\operatorname{rank}\tilde W_2 = k - r$, "
                   r"$C(\tilde W_2) = N(W_1)$ and $\dim(N(W_1) \cap C(W_2)) = 0$; and "
                   r"$\dim\operatorname{span}(N(W_1) \cup C(W_2)) = k - \dim(N(W_1) \cap C(W_2))$, with which "
                   r"iii) and iv) are equivalent."),
        source="From inequalities (20) and (21), we get",
        reading=(r"Checked at listed points (not for all matrices). The printed chain '$\dim(N(W_1) \cap C(W_2)) = 0 "
                 r"\Leftrightarrow \dim\operatorname{span}(\dots) < k$' is read with $\ne 0$ on both ends (the "
                 r"extraction renders $\ne$ as '6=' or drops it), i.e. it shows not iii) iff not iv); the checked "
                 r"fact is that the two intersections have equal dimension when the ranks are equal. The converse "
                 r"construction ('for generic choice of $\epsilon$') is garbled in the extraction and not checked "
                 r"on its own; each listed point carries an explicit witness $\tilde W_2$ of ii)."),
        check=_check_lemma16,
        recorded="confirmed",
        uses=("kernel_conditions_equivalent_of_equal_ranks",),
        scope_kind="sampled",
    ),
    Claim(
        id="ranks_equal_and_zero_blocks_of_kernel_witnesses",
        paper=_PAPER,
        label="Lemma 17",
        location="L743",
        kind="lemma",
        statement=(r"Proof of Lemma 17: with $k < \min(m, n)$ and witnesses $\tilde W_1$ ($\tilde W_1W_2 = 0$, "
                   r"$W_1 + \tilde W_1$ of full column rank) and $\tilde W_2$ ($W_1\tilde W_2 = 0$, $W_2 + \tilde W_2$ "
                   r"of full row rank), (22)-(27) hold and give $\operatorname{rank} W_1 = \operatorname{rank} W_2$; "
                   r"then $N(W_1) \cap C(W_2) = 0$, $(W_2V)_{:, r+1:n} = 0$ and $(U^TW_1)_{r+1:m, :} = 0$ for the SVD "
                   r"$W_1W_2 = U\Sigma V^T$, $r = \operatorname{rank} W_1W_2$."),
        source="Suppose that ii) holds, then",
        reading=(r"Checked at listed points. The vanishing blocks are stated basis-free: the last $n - r$ columns of "
                 r"$V$ span $N(W_1W_2)$, so $(W_2V)_{:, r+1:n} = 0$ iff $W_2$ annihilates a basis $V_0$ of "
                 r"$N(W_1W_2)$ (likewise $U_0^TW_1 = 0$); a rational $V_0$ avoids irrational singular vectors. "
                 r"The garbled (25) '$C(W^T) \subseteq N(W^T)$' reads $C(\tilde W_1^T) \subseteq N(W_2^T)$."),
        check=_check_lemma17,
        recorded="confirmed",
        uses=("ranks_equal_of_kernel_conditions",),
        scope_kind="sampled",
    ),
    Claim(
        id="factor_ranks_of_nondegenerate_product",
        paper=_PAPER,
        label="Lemma 10",
        location="L522",
        kind="lemma",
        statement=(r"Proof of Lemma 10: at a non-degenerate $W$ ($\operatorname{rank}(W_h\cdots W_1) = d_p = "
                   r"\min_i d_i$), for $h = 2$: if $d_1 < \min(d_2, d_0)$ then $\operatorname{rank} W_1 = "
                   r"\operatorname{rank} W_2 = d_1$, otherwise $\operatorname{rank} W_2 = d_2$ or "
                   r"$\operatorname{rank} W_1 = d_0$; in the induction step $\operatorname{rank}(W_{p+1}W_p) = d_p$."),
        source="Proof. We construct a proof by induction on h to show the desired result.",
        reading=(r"Checked at listed non-degenerate points; the rank equalities follow from "
                 r"$\operatorname{rank} AB \le \min(\operatorname{rank} A, \operatorname{rank} B)$. In the second "
                 r"case '$\operatorname{rank}(W_1) = d_0$' makes $W_1 \in \mathbb{R}^{d_1 \times d_0}$ of full "
                 r"column rank (printed 'full row rank'), and in the first case $W_1$ has full row rank (printed "
                 r"'full column rank'): read as slips in naming; Theorem 5 and Proposition 4 are then applied as "
                 r"cited and have their own entries. The induction and composition of locally open maps are not "
                 r"part of the certificate."),
        check=_check_lemma10,
        recorded="confirmed",
        uses=("product_locally_open_of_nondegenerate",),
        scope_kind="sampled",
    ),
    Claim(
        id="descent_of_mirrored_kernel_branch",
        paper=_PAPER,
        label="Lemma 19",
        location="L1054",
        kind="lemma",
        statement=(r"Proof of Lemma 19, the branch $N(W_1^T) \ne 0$: at a degenerate point with $N(W_i)$, $N(W_i^T)$ "
                   r"non-trivial for $2 \le i \le h-1$ and $N(W_1^T) \ne 0$ that is not a global minimum, the "
                   r"direction of (37) (case a, $K$ non-empty) or (39) (case b) is a descent direction."),
        source="Now if N (WT) is non-empty, we define the set",
        reading=(r"The definitions (37) and (39) are garbled in the extraction; they are read as the mirror of (33) "
                 r"and (35): the construction of the branch $N(W_h) \ne 0$ applied to the transposed problem "
                 r"$\lVert X^TW_1^T\cdots W_h^T - Y^T\rVert^2$, whose last layer is $W_1^T$. Checked with $X = I$ "
                 r"(where the transposed problem has the form (30) again) at points with $N(W_h) = 0$, so only this "
                 r"branch applies; general $X$ is not covered."),
        check=_check_mirrored,
        recorded="confirmed",
        uses=("global_min_or_descent_of_degenerate_kernels",),
        scope_kind="sampled",
    ),
    Claim(
        id="descent_of_degenerate_kernels_of_quartic_loss",
        paper=_PAPER,
        label="Lemma 19",
        location="L1100",
        kind="remark",
        statement=(r"Appendix C: following the steps of Lemma 19's proof gives the same result for a general convex "
                   r"differentiable loss $\ell$: a degenerate point meeting Lemma 19's hypotheses is a global minimum "
                   r"or the proof's direction descends."),
        source="Note that following the same steps of the proof in Lemma 19",
        reading=(r"Checked for one convex differentiable loss, $\ell(E) = \tfrac14\sum_{ij} E_{ij}^4$ with "
                 r"$E = W_h\cdots W_1X - Y$, at sampled points of the branch $N(W_h) \ne 0$: the direction of (33)/(35) "
                 r"with $(j, i)$ taken where $(\nabla\ell\, X^T)_{ji} \ne 0$ (in place of $\Delta X^T$); a point with "
                 r"$\nabla\ell\, X^T = 0$ is a global minimum since $\ell$ is convex (as in Corollary 9). Other convex "
                 r"losses are not covered."),
        check=_check_convex_loss,
        recorded="confirmed",
        uses=("global_min_or_descent_of_degenerate_kernels",),
        scope_kind="sampled",
    ),
)
