"""Nouiehed and Razaviyayn (2018): local openness of matrix multiplication and of pyramidal networks.

The checks (and notebook cells) of the claims in :mod:`proofs.papers.nouiehed_razaviyayn_2018.openness_claims`, whose header lists the main results and the references.
"""

from __future__ import annotations

import random
from functools import lru_cache

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.openness.basis_selection import max_abs, paper_selection
from symbolic.core.exact import matrix_to_strings, qq_to_str, rational_matrix
from symbolic.openness.open_instances import rank_triples, rational_orthogonal, structured_pair
from symbolic.openness.open_preimage import (column_preimage, column_space_obstruction, frobenius_sq,
                                    linear_rate_obstruction)
from symbolic.openness.local_openness import condition_witnesses, rank_raising_left
from symbolic.core.pinv import pinv
from symbolic.forms.pyramidal import forward, pyramidal_preimage

from proofs.ledger.claim import Outcome, fact, facts_certificate, refutation_certificate

__all__ = ["DEFICIENT_DIMS", "WIDE_DIMS", "instance_certificate", "open_family_certificate",
           "obstruction_certificate", "sweep"]

PAPER = "nouiehed-razaviyayn-2018"
NOTEBOOK = f"notebooks/{PAPER}/locally_open_iff_kernel_conditions_of_equal_ranks.ipynb"

#: Shapes (m, k, n) of the sweeps: rank-deficient (k < min(m, n)) and full-rank (k >= min(m, n)) cases.
DEFICIENT_DIMS = {True: ((2, 1, 2), (3, 2, 3)),
                  False: ((2, 1, 2), (2, 1, 3), (3, 1, 2), (3, 2, 3), (3, 2, 4), (4, 2, 3), (4, 3, 4), (4, 1, 4),
                          (5, 2, 4), (4, 3, 5))}
WIDE_DIMS = {True: ((1, 1, 2), (2, 2, 3)),
             False: ((1, 1, 2), (2, 1, 1), (2, 2, 2), (2, 2, 3), (3, 2, 2), (2, 3, 2), (3, 3, 2), (1, 2, 3),
                     (3, 3, 3), (2, 3, 4), (4, 2, 2), (3, 2, 4))}
_QS = {True: ("1/4", "1/16"), False: ("1/4", "1/16", "1/64")}


def _m(M):
    return matrix_to_strings(M)


def _q(x):
    return QQ(*map(int, x.split("/"))) if "/" in x else QQ(int(x))


@lru_cache(maxsize=None)
def sweep(quick: bool, wide: bool = False) -> tuple:
    """``((m, k, n), (r1, r2, r12), W1, W2)`` for every rank triple of the sweep's shapes."""
    dims = (WIDE_DIMS if wide else DEFICIENT_DIMS)[quick]
    return tuple(((m, k, n), t) + structured_pair(m, k, n, *t) for m, k, n in dims for t in rank_triples(m, k, n))


def _name(shape, ranks):
    return f"(m, k, n) = {shape}, (r1, r2, r12) = {ranks}"


def instance_certificate(W1, W2, keys, **groups) -> dict:
    """An ``openness_instance`` certificate with the conditions ``keys`` and their witnesses."""
    c = condition_witnesses(W1, W2)
    expect = {"rank_W1": c["rank_W1"], "rank_W2": c["rank_W2"], "rank_W1W2": c["rank_W1W2"]}
    wit = {}
    for key in keys:
        val = c[key]
        if isinstance(val, tuple):
            expect[key] = val[0]
            if val[0]:
                wit[key] = _m(val[1])
        else:
            expect[key] = val
    cert = {"kind": "openness_instance", "W1": _m(W1), "W2": _m(W2), "expect": expect, "witnesses": wit}
    cert.update({k: v for k, v in groups.items() if v})
    return cert


def _rank_raising_term(W1, W2):
    """:math:`R_0 = \\sum u_i v_i^T`, :math:`u_i \\perp C(W_1W_2)`, :math:`v_i \\perp` its rows: rank goes up to k."""
    P = W1.matmul(W2)
    m, k = W1.shape
    n = W2.shape[1]
    r = P.rank()
    U = P.transpose().nullspace().to_dense().to_list() if r < m else []
    V = P.nullspace().to_dense().to_list() if r < n else []
    R0 = DomainMatrix.zeros((m, n), QQ).to_dense()
    for u, v in list(zip(U, V))[: k - r]:
        R0 = R0 + DomainMatrix([[x] for x in u], (m, 1), QQ).matmul(DomainMatrix([list(v)], (1, n), QQ))
    return R0


def _family(W1, W2, quick, seed=0):
    """Perturbations in the range: ``(q, Z)`` for a generic factor perturbation and a rank-raising one."""
    rng = random.Random(seed)
    m, k = W1.shape
    n = W2.shape[1]
    Y0 = DomainMatrix([[QQ(rng.randint(-2, 2)) for _ in range(k)] for _ in range(m)], (m, k), QQ)
    X0 = DomainMatrix([[QQ(rng.randint(-2, 2)) for _ in range(n)] for _ in range(k)], (k, n), QQ)
    R0 = _rank_raising_term(W1, W2)
    P = W1.matmul(W2)
    out = []
    for qs in _QS[quick]:
        q = _q(qs)
        Z = (W1 + Y0 * q).matmul(W2 + X0 * q)
        if Z != P:
            out.append((q, Z))
        if not R0.is_zero_matrix:
            out.append((q, P + R0 * (q * q)))
    return out


def open_family_certificate(W1, W2, quick: bool) -> tuple[dict, dict]:
    """Proposition 18's construction on the family: ``(certificate, {"rate", "bound"})``.

    ``t = q`` (the witness scale) where :math:`\\operatorname{rank} W_1W_2 < k`, else ``t = 0``; the bound is
    the largest :math:`d / \\lVert R \\rVert^2` (linear rate) or :math:`d^2 / \\lVert R \\rVert^2` (square-root rate).
    """
    full = W1.matmul(W2).rank() == W1.shape[1]
    members, worst = [], QQ(0)
    for q, Z in _family(W1, W2, quick):
        got = column_preimage(W1, W2, Z, QQ(0) if full else q)
        if got is None:
            raise ValueError("no column set J works; the family member is too far out")
        V1, V2, _ = got
        d = frobenius_sq(V1 - W1) + frobenius_sq(V2 - W2)
        Rsq = frobenius_sq(Z - W1.matmul(W2))
        worst = max(worst, d / Rsq if full else d * d / Rsq)
        members.append({"Z": _m(Z), "W1p": _m(V1), "W2p": _m(V2)})
    key = "ratio_sq_le" if full else "dist4_le_R_sq_times"
    return ({"kind": "open_preimage_family", "W1": _m(W1), "W2": _m(W2), "members": members, key: qq_to_str(worst)},
            {"rate": "linear" if full else "square root", "bound": worst})


def obstruction_certificate(W1, W2) -> dict:
    """A ``no_nearby_preimage`` certificate (Theorem 5's refuting direction), or ValueError if M is open."""
    ob = column_space_obstruction(W1, W2)
    if ob is None:
        raise ValueError("rank W1 = rank W2 = rank W1 W2: no column-space obstruction")
    return {"kind": "no_nearby_preimage", "W1": _m(W1), "W2": _m(W2), "R0": _m(ob["R0"]), "Y": _m(ob["Y"]),
            "side": ob["side"], "bound": qq_to_str(ob["bound"])}


# -- Theorem 5, Lemmas 16 and 17, Proposition 18 ------------------------------------------------------------

_SWEEP_SCOPE = ("every rank triple (r1, r2, r12) allowed by Sylvester's inequality on the shapes (m, k, n) in {dims}, "
                "{count} exact pairs W1 = M1 S1 G, W2 = G^-1 S2 M2 (S1, S2 coordinate selections fixing "
                "dim N(W1) cap C(W2) = r2 - r12 and dim N(W2^T) cap C(W1^T) = r1 - r12; M1, M2, G seeded rationals)")


def _scope(quick, wide=False):
    inst = sweep(quick, wide)
    return _SWEEP_SCOPE.format(dims=", ".join(map(str, (WIDE_DIMS if wide else DEFICIENT_DIMS)[quick])),
                               count=len(inst))


def _deficient_parts(quick: bool, by: str) -> tuple[dict, dict]:
    """Per instance: the conditions, and a preimage family (open) or an obstruction (not open)."""
    parts, tally = {}, {"open": 0, "not open": 0, "rates": set()}
    for shape, ranks, W1, W2 in sweep(quick):
        c = condition_witnesses(W1, W2)
        name = _name(shape, ranks)
        if by == "theorem5":
            groups = ({"agree": [["i", "ii", "iii", "iv"]]} if c["rank_equal"]
                      else {"agree": [["i", "iii"], ["ii", "iv"]]})
            is_open = c["rank_equal"] and c["iii"]
        else:  # proposition 18: open iff i) and ii)
            groups = {"implies": [["i_and_ii", "rank_equal"], ["i_and_ii", "iii"], ["i_and_ii", "iv"]]}
            is_open = c["i"][0] and c["ii"][0]
        key = "rank_equal_and_iii" if by == "theorem5" else "i_and_ii"
        groups["require" if is_open else "require_false"] = [key]
        inst = instance_certificate(W1, W2, ("i", "ii", "iii", "iv", "rank_equal"), **groups)
        if is_open:
            fam, info = open_family_certificate(W1, W2, quick)
            tally["open"] += 1
            tally["rates"].add(info["rate"])
            parts[name] = {"kind": "bundle", "parts": {"conditions": inst, "preimages": fam}}
        else:
            tally["not open"] += 1
            parts[name] = {"kind": "bundle", "parts": {"conditions": inst, "no nearby preimage":
                                                       obstruction_certificate(W1, W2)}}
    return parts, tally


def _check_theorem5(quick: bool) -> Outcome:
    parts, tally = _deficient_parts(quick, "theorem5")
    scope = (_scope(quick) + "; rank W1 != rank W2 or a nonzero intersection: an exact family W1 W2 + s R0 of rank k "
             "(every s != 0) whose preimages all keep ||W' - W||^2 >= a positive rational; otherwise i)-iv) agree and "
             "Proposition 18's construction gives exact preimages of the family members (generic factor perturbations "
             f"and rank-raising ones, q in {', '.join(_QS[quick])}): evidence of v) on these families, not a proof "
             "of openness for every perturbation")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts},
                   details=f"{tally['open']} open, {tally['not open']} not open; rates {sorted(tally['rates'])}. "
                           "Without rank W1 = rank W2, i) iff iii) and ii) iff iv) (the proof of Lemma 16 pairs "
                           "ii) with iii) and i) with iv), which needs the equal ranks)")


def _check_lemma16(quick: bool) -> Outcome:
    parts = {}
    for shape, ranks, W1, W2 in sweep(quick):
        if ranks[0] != ranks[1]:
            continue
        parts[_name(shape, ranks)] = instance_certificate(W1, W2, ("i", "ii", "iii", "iv"),
                                                          agree=[["i", "ii", "iii", "iv"]])
    scope = _scope(quick) + f"; the {len(parts)} pairs with rank W1 = rank W2, witnesses for i) and ii) built"
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})


def _check_lemma17(quick: bool) -> Outcome:
    parts = {_name(s, r): instance_certificate(W1, W2, ("i", "ii", "iii", "iv", "rank_equal"),
                                                implies=[["i_and_ii", "rank_equal"], ["i_and_ii", "iii"],
                                                         ["i_and_ii", "iv"]])
             for s, r, W1, W2 in sweep(quick)}
    both = sum(1 for p in parts.values() if p["expect"]["i"] and p["expect"]["ii"])
    return Outcome("confirmed", _scope(quick) + f"; i) and ii) both hold on {both} of them",
                   {"kind": "bundle", "parts": parts},
                   details="(W2 V)_(:, r+1:n) = 0 and (U^T W1)_(r+1:m, :) = 0 are checked in coordinate-free form: "
                           "rank W1 = rank W2 = rank W1 W2 (iii and iv)")


def _check_proposition18(quick: bool) -> Outcome:
    parts, tally = _deficient_parts(quick, "proposition18")
    scope = (_scope(quick) + "; i) and ii) hold: Proposition 18's construction W1' = Z_J (W2 + t W2~)_J^-1, "
             "W2' = [B_J | B_J Z_J^+ Z_(J^c)] gives exact preimages of every family member (t = q, Z = W1 W2 + O(q)); "
             "otherwise an exact rank-k family with no preimage within a fixed positive distance")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts},
                   details=f"{tally['open']} open, {tally['not open']} not open; rates {sorted(tally['rates'])}")


#: A locally open pair with rank W1 W2 = 1 < k = 2 (the smallest rank-deficient open pair).
RATE_EXAMPLE = ([[1, 0], [0, 0], [0, 0]], [[1, 0, 0], [0, 0, 0]])


def _check_linear_rate(quick: bool) -> Outcome:
    W1, W2 = (rational_matrix(M) for M in RATE_EXAMPLE)
    parts = {}
    u, v = linear_rate_obstruction(W1, W2)
    parts["no linear rate"] = {"kind": "linear_rate_obstruction", "W1": _m(W1), "W2": _m(W2),
                               "u": [qq_to_str(x) for x in u.transpose().to_list()[0]],
                               "v": [qq_to_str(x) for x in v.transpose().to_list()[0]]}
    fam, info = open_family_certificate(W1, W2, quick)
    parts["locally open (square-root rate)"] = fam
    parts["conditions"] = instance_certificate(W1, W2, ("i", "ii", "iii", "iv"), agree=[["i", "ii", "iii", "iv"]])
    scope = ("W1 = [[1, 0], [0, 0], [0, 0]], W2 = [[1, 0, 0], [0, 0, 0]] (m = n = 3, k = 2, rank W1 W2 = 1): locally "
             "open (i)-iv) hold, exact preimages with ||W' - W||^4 <= " + qq_to_str(info["bound"]) +
             " ||R||^2 on the family), but u = e3, v = e3 give W1 W2 + s e3 e3^T in the range with every preimage at "
             "squared distance >= 2|s|: the squared ratio ||W' - W||^2 / ||R||^2 >= 2 / |s| is unbounded, so no "
             "delta = c epsilon works")
    premises = {"M is locally open at the pair: conditions i)-iv)": parts["conditions"],
                "preimages of the perturbed products (square-root rate)": parts["locally open (square-root rate)"],
                "rank W1 W2 < k": facts_certificate({"W1": _m(W1), "W2": _m(W2)}, [
                    fact("rank W1 W2 < k", {"rank": ["W1", "W2"]}, "<", {"cols": "W1"})])}
    cert = refutation_certificate(premises, {"no linear rate": parts["no linear rate"]}, {"W1": _m(W1), "W2": _m(W2)})
    return Outcome("refuted", scope, cert, finding="extraction", scope_kind="sampled",
                   details="the extraction prints 'the chosen delta is of order , i.e., delta = O()': the symbol "
                           "inside O() is lost.  If the printed page reads delta = O(epsilon) (the reading checked "
                           "here), it is refuted at this pair: a linear delta = c epsilon fails, since preimages of "
                           "W1 W2 + s e3 e3^T lie at distance >= sqrt(2|s|).  If it reads delta = O(epsilon^2), this "
                           "witness is consistent with it (the exact preimage family reaches ||W' - W||^4 <= 4 ||R||^2) "
                           "but does not prove it.  The same obstruction applies at every pair with rank W1 W2 < k "
                           "(u in N(W1^T), v in N(W2) exist since k < min(m, n)); at pairs with rank W1 W2 = k the "
                           "constructed preimages have a bounded squared ratio (linear rate), see "
                           "locally_open_iff_kernel_conditions_of_equal_ranks")


def _status_parts(W1, W2, quick):
    """Conditions with witnesses, and a preimage family (open) or an obstruction (not open)."""
    c = condition_witnesses(W1, W2)
    is_open = c["rank_equal"] and c["iii"]
    inst = instance_certificate(W1, W2, ("i", "ii", "iii", "iv"),
                                **{"require" if is_open else "require_false": ["rank_equal_and_iii"]})
    if is_open:
        return is_open, {"conditions": inst, "preimages": open_family_certificate(W1, W2, quick)[0]}
    return is_open, {"conditions": inst, "no nearby preimage": obstruction_certificate(W1, W2)}


def _orthogonal_parts(quick: bool, with_status: bool) -> tuple[dict, int]:
    parts, agree = {}, 0
    for idx, (shape, ranks, W1, W2) in enumerate(sweep(quick)):
        U, V = rational_orthogonal(shape[0], idx), rational_orthogonal(shape[2], idx + 100)
        W1t, W2t = U.transpose().matmul(W1), W2.matmul(V)
        sub = {"change": {"kind": "orthogonal_change", "W1": _m(W1), "W2": _m(W2), "U": _m(U), "V": _m(V),
                          "W1t": _m(W1t), "W2t": _m(W2t)}}
        if with_status:
            o1, before = _status_parts(W1, W2, quick)
            o2, after = _status_parts(W1t, W2t, quick)
            agree += o1 == o2
            sub.update({f"(W1, W2) {k}": v for k, v in before.items()})
            sub.update({f"(U^T W1, W2 V) {k}": v for k, v in after.items()})
        else:
            keys = ("i", "ii", "iii", "iv")
            a = instance_certificate(W1, W2, keys)
            b = instance_certificate(W1t, W2t, keys)
            agree += all(a["expect"][k] == b["expect"][k] for k in keys)
            sub.update({"(W1, W2) conditions": a, "(U^T W1, W2 V) conditions": b})
        parts[_name(shape, ranks)] = {"kind": "bundle", "parts": sub}
    return parts, agree


def _check_lemma14(quick: bool) -> Outcome:
    parts, agree = _orthogonal_parts(quick, True)
    scope = (_scope(quick) + "; each pair and (U^T W1, W2 V) for seeded rational orthogonal U, V (Cayley transforms, "
             "not the singular vectors of W1 W2, which are irrational in general): the same openness verdict, each "
             "certified (exact preimages of a family, or an exact family without nearby preimages)")
    if agree != len(parts):
        return Outcome("refuted", scope, {"kind": "bundle", "parts": parts},
                       details=f"verdicts differ on {len(parts) - agree} pairs")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})


def _check_lemma15(quick: bool) -> Outcome:
    parts, agree = _orthogonal_parts(quick, False)
    scope = (_scope(quick) + "; conditions (A)-(D) (i) and ii) for (W1, W2) and for (U^T W1, W2 V)) decided with "
             "witnesses for seeded rational orthogonal U, V; the ranks agree (orthogonal_change)")
    if agree != len(parts):
        return Outcome("refuted", scope, {"kind": "bundle", "parts": parts},
                       details=f"conditions differ on {len(parts) - agree} pairs")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})


# -- Proposition 4 (full-rank case) ------------------------------------------------------------------------

def _wide_family(W1, W2, quick):
    """Preimages via (2a): V = W1 + t W1~ of full row rank, W2' = W2 + V^+ R; (2b) on the transposes."""
    c = condition_witnesses(W1, W2)
    tr = not c["2a"][0]
    A, B = (W2.transpose(), W1.transpose()) if tr else (W1, W2)
    Wt = rank_raising_left(A, B)
    full = A.rank() == A.shape[0]
    rng = random.Random(1)
    a, b = A.shape[0], B.shape[1]
    R0 = DomainMatrix([[QQ(rng.randint(-2, 2)) for _ in range(b)] for _ in range(a)], (a, b), QQ)
    if R0.is_zero_matrix:
        R0 = DomainMatrix([[QQ(1)] * b for _ in range(a)], (a, b), QQ)
    members, worst = [], QQ(0)
    for qs in _QS[quick]:
        q = _q(qs)
        V = A if full else A + Wt * q
        R = R0 * (q * q)
        V2 = B + pinv(V).matmul(R)
        Z = A.matmul(B) + R
        assert V.matmul(V2) == Z
        d = frobenius_sq(V - A) + frobenius_sq(V2 - B)
        Rsq = frobenius_sq(R)
        worst = max(worst, d / Rsq if full else d * d / Rsq)
        if tr:
            V, V2, Z = V2.transpose(), V.transpose(), Z.transpose()
        members.append({"Z": _m(Z), "W1p": _m(V), "W2p": _m(V2)})
    key = "ratio_sq_le" if full else "dist4_le_R_sq_times"
    return {"kind": "open_preimage_family", "W1": _m(W1), "W2": _m(W2), "members": members, key: qq_to_str(worst)}


def _check_proposition4(quick: bool) -> Outcome:
    parts, counts, clash = {}, {"open": 0, "neither": 0, "obstructed": 0}, []
    for shape, ranks, W1, W2 in sweep(quick, wide=True):
        c = condition_witnesses(W1, W2)
        opened = c["2a"][0] or c["2b"][0]
        inst = instance_certificate(W1, W2, ("2a", "2b", "3"), agree=[["2", "3"]],
                                    **{"require" if opened else "require_false": ["2"]})
        ob = column_space_obstruction(W1, W2)
        if opened:
            counts["open"] += 1
            sub = {"conditions": inst, "preimages": _wide_family(W1, W2, quick)}
            if ob is not None:
                clash.append(_name(shape, ranks))
                sub["no nearby preimage"] = obstruction_certificate(W1, W2)
            parts[_name(shape, ranks)] = {"kind": "bundle", "parts": sub}
        elif ob is not None:
            counts["neither"] += 1
            counts["obstructed"] += 1
            parts[_name(shape, ranks)] = {"kind": "bundle", "parts": {
                "conditions": inst, "no nearby preimage": obstruction_certificate(W1, W2)}}
        else:
            counts["neither"] += 1
            parts[_name(shape, ranks)] = inst
    scope = (_scope(quick, wide=True) + "; 2a) or 2b) decided exactly with witnesses (a false one by the rank bound "
             "min(m, rank W1 W2 + k - rank W2)) and equal to the printed condition 3 on every pair; where 2a) or 2b) "
             "holds, exact preimages W1' = W1 + t W1~, W2' = W2 + W1'^+ R of R = q^2 R0 (statement 2 => 1 on these "
             f"families); where both fail, {counts['obstructed']} of {counts['neither']} pairs (those with "
             "k = min(m, n) < max(m, n) and a rank drop on the longer side) carry an exact rank-k family with no "
             "nearby preimage; the others are not certified non-open")
    if clash:
        return Outcome("refuted", scope, {"kind": "bundle", "parts": {n: parts[n] for n in clash}},
                       details=f"open by 2a)/2b) yet obstructed: {clash}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts},
                   details=f"{counts['open']} pairs with 2a) or 2b), {counts['neither']} with neither")


# -- Lemma 13 ----------------------------------------------------------------------------------------------

def _lemma13_matrices(quick: bool) -> list:
    """``(name, V)``: random low-rank, geometric (tight), Hadamard-like and nearly dependent rows."""
    rng = random.Random(13)
    out = []
    for i in range(8 if quick else 60):
        m, n = rng.randint(2, 6), rng.randint(1, 5)
        r = rng.randint(0, min(m - 1, n))
        F = [[QQ(rng.randint(-4, 4), rng.randint(1, 3)) for _ in range(r)] for _ in range(m)]
        G = [[QQ(rng.randint(-4, 4), rng.randint(1, 3)) for _ in range(n)] for _ in range(r)]
        rows = [[sum((F[a][t] * G[t][b] for t in range(r)), QQ(0)) for b in range(n)] for a in range(m)]
        out.append((f"random {i} ({m} x {n}, rank <= {r})", DomainMatrix(rows, (m, n), QQ)))
    for m in range(3, 6 if quick else 9):
        out.append((f"geometric multiples 2^j v, m = {m}", DomainMatrix([[QQ(2) ** j, QQ(2) ** j] for j in range(m)],
                                                                        (m, 2), QQ)))
    H = [[1, 1, 1, 1], [1, -1, 1, -1], [1, 1, -1, -1], [1, -1, -1, 1]]
    for extra in ([[2, 0, 0, 2]], [[2, 0, 0, 2], [1, 1, 1, 1], [3, -1, 1, 1]]):
        rows = [r[:] for r in H[:3]] + [[a + b for a, b in zip(H[0], H[1])]] + extra
        out.append((f"Hadamard rows + {len(extra) + 1} combinations", rational_matrix(rows)))
    for m in range(3, 6 if quick else 8):
        rows = [[1, 0], [0, 1]] + [[QQ(1, 3 ** j), QQ(1)] for j in range(1, m - 1)]
        out.append((f"nearly dependent rows (1/3^j, 1), m = {m}", DomainMatrix(rows, (m, 2), QQ).to_dense()))
        rows = [[QQ(1), QQ(0)], [QQ(0), QQ(1)]] + [[QQ(3) ** j, QQ(1)] for j in range(1, m - 1)]
        out.append((f"growing rows (3^j, 1), m = {m}", DomainMatrix(rows, (m, 2), QQ)))
    return [(name, V) for name, V in out if V.rank() < V.shape[0]]


def _check_lemma13(quick: bool) -> Outcome:
    parts, bad, tight = {}, [], 0
    for name, V in _lemma13_matrices(quick):
        B, A = paper_selection(V)
        m, r = V.shape[0], V.rank()
        bound = QQ(2) ** (m - r - 1)
        within = max_abs(A) <= bound
        tight += max_abs(A) == bound and m - r > 1
        if not within:
            bad.append(name)
        parts[name] = {"kind": "basis_selection", "V": _m(V), "B": B, "A": _m(A) if r and A.shape[0] else
                       [[] for _ in range(m - r)], "bound": qq_to_str(bound), "expect_within": within}
    scope = (f"{len(parts)} exact matrices of rank r < m: random rational low-rank (m <= 6), rows 2^j v (where the "
             "bound 2^(m-r-1) is attained), Hadamard rows with combinations, nearly dependent rows (1/3^j, 1) and "
             "growing "
             "rows (3^j, 1); B and A from the proof's induction (rows added in order, swap when a coefficient exceeds "
             "2^(j-r-1))")
    if bad:
        return Outcome("refuted", scope, {"kind": "bundle", "parts": {n: parts[n] for n in bad}})
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts},
                   details=f"the bound is attained (tight) on {tight} matrices with m - r > 1")


# -- Lemma 6 -----------------------------------------------------------------------------------------------

#: Pyramidal instances: (X, [W1, ..., Wh]) with d0 > n, d_i <= d_(i-1), W_i full row rank.
PYRAMIDS = (
    ([[1, 0], [0, 1], [1, 1]], [[[1, -1, 2], [0, 1, 1]], [[2, -1]]]),
    ([[1, 2], [0, 1], [-1, 0], [1, 1]], [[[1, 0, -1, 2], [0, 1, 1, -1], [1, 1, 0, 0]], [[1, -2, 0], [0, 1, 3]],
                                         [[1, 1]]]),
    ([[2, 0, 1], [0, 1, 0], [1, -1, 1], [0, 0, 1]], [[[-1, 2, 0, 1], [1, 0, 1, 0]], [[1, 1], [1, -1]]]),
)


def _check_lemma6(quick: bool) -> Outcome:
    a = QQ(1, 10)
    parts = {}
    rng = random.Random(6)
    for idx, (Xr, Wr) in enumerate(PYRAMIDS[: 2 if quick else None]):
        X = rational_matrix(Xr)
        Ws = [rational_matrix(W) for W in Wr]
        F = forward(Ws, X, a)[-1]
        members, worst = [], QQ(0)
        for qs in _QS[quick]:
            q = _q(qs)
            R = DomainMatrix([[QQ(rng.randint(-3, 3)) * q for _ in range(F.shape[1])] for _ in range(F.shape[0])],
                             F.shape, QQ)
            if R.is_zero_matrix:
                continue
            T = F + R
            W1p = pyramidal_preimage(Ws, X, a, T)
            worst = max(worst, frobenius_sq(W1p - Ws[0]) / frobenius_sq(R))
            members.append({"target": _m(T), "W1p": _m(W1p)})
        dims = [X.shape[0]] + [W.shape[0] for W in Ws]
        parts[f"pyramid {idx}: d = {dims}, n = {X.shape[1]}"] = {
            "kind": "pyramidal_preimage", "X": _m(X), "weights": [_m(W) for W in Ws], "slope": "1/10",
            "members": members, "dist_sq_le_times": qq_to_str(worst)}
    scope = (f"{len(parts)} pyramidal leaky-ReLU networks (slope 1/10, d0 > n, d_i <= d_(i-1), depth 2-3, W_i of full "
             "row rank, X of full column rank), targets F_h(W) + R with R = q M (q in " + ", ".join(_QS[quick]) +
             ", M seeded integers, sign changes allowed): an exact preimage moving W1 only, "
             "||W1' - W1||^2 <= c ||R||^2 "
             "(linear rate) on every target")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts})


# -- Examples 2 and 3 --------------------------------------------------------------------------------------

def _check_example2(quick: bool) -> Outcome:
    cert = {"kind": "univariate_minima", "f": ["1", "0", "-2", "0", "1"], "q": ["-1", "0", "1"], "c0": "0",
            "points": ["1", "-1"]}
    return Outcome("confirmed", "(w^2 - 1)^2 = (w^2 - 1)^2 + 0 >= 0 with value 0 at w = 1 and w = -1: both local "
                   "minima of (7) are global minima, and both map to z = 1 (the minimum of (8) over z >= 0)", cert)


#: Example 3's instance (repository order W2 W1): X = I_3, Y = W2 W1 of rank 2, so (W1, W2) is a global minimum.
EXAMPLE3 = {"dims": [3, 2, 2], "W1": [[1, 0, 1], [0, 1, -1]], "W2": [[2, 1], [1, 1]]}
_ORBIT = ([[1, 0], [0, 1]], [[2, 0], [0, "1/2"]], [[1, 1], [0, 1]], [[0, 1], [-1, 3]])


def _check_example3(quick: bool) -> Outcome:
    from proofs.checks.classify_cache import classify_problem

    from proofs.checks.classified import part

    W1, W2 = rational_matrix(EXAMPLE3["W1"]), rational_matrix(EXAMPLE3["W2"])
    Y = W2.matmul(W1)
    parts, verdicts, mats = {}, [], {"P": [[[[[], s]] for s in row] for row in _m(Y)]}
    eqs = []
    for i, Qr in enumerate(_ORBIT[: 2 if quick else None]):
        Q = rational_matrix(Qr)
        V1, V2 = Q.matmul(W1), W2.matmul(Q.inv())
        problem = {"dims": EXAMPLE3["dims"], "Y": _m(Y), "weights": [_m(V1), _m(V2)]}
        result = classify_problem(problem)
        verdicts.append(result["verdict"])
        parts[f"orbit point Q = {Qr}"] = part(problem, result, assumptions=None, verdict_in=["global_min"])
        mats[f"A{i}"] = [[[[[], s]] for s in row] for row in _m(V2)]
        mats[f"B{i}"] = [[[[[], s]] for s in row] for row in _m(V1)]
        eqs.append({"left": [{"factors": [f"A{i}", f"B{i}"]}], "right": [{"factors": ["P"]}]})
    parts["product constant on the orbit"] = {"kind": "matrix_identity", "variables": [], "matrices": mats,
                                              "equalities": eqs, "nonzero": ["P"]}
    # M(A, B) = A B with A = W2 (2 x 2), B = W1 (2 x 3): the full-rank case k = 2 >= min(2, 3)
    parts["locally open at the point"] = instance_certificate(W2, W1, ("2a", "2b"), require=["2"])
    scope = (f"dims (3, 2, 2), X = I, Y = W2 W1 with W1 = {EXAMPLE3['W1']}, W2 = {EXAMPLE3['W2']}; orbit points "
             f"(Q W1, W2 Q^-1) for {len(verdicts)} invertible Q; the same certified verdict and the same product")
    if len(set(verdicts)) != 1:
        return Outcome("refuted", scope, {"kind": "bundle", "parts": parts}, details=f"verdicts {verdicts}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, details=f"verdict {verdicts[0]} everywhere")


# -- the claims --------------------------------------------------------------------------------------------

_CELLS_THEOREM5 = (
    """from symbolic.openness.open_instances import structured_pair
from symbolic.openness.local_openness import condition_witnesses
from symbolic.openness.open_preimage import column_space_obstruction, preimage_family, linear_rate_obstruction
from symbolic.core.exact import rational_matrix

# Theorem 5's conditions with witnesses on a pair with rank W1 = rank W2 = 1, k = 2, and a nonzero intersection
W1, W2 = structured_pair(3, 2, 3, 1, 1, 0)
c = condition_witnesses(W1, W2)
print({key: c[key] if not isinstance(c[key], tuple) else c[key][0] for key in ("i", "ii", "iii", "iv", "rank_equal")})
ob = column_space_obstruction(W1, W2)
print("no preimage of W1 W2 + s R0 within squared distance", ob["bound"], "for any s != 0")""",
    """# an open pair with rank W1 W2 = 1 < k = 2: exact preimages, squared ratio ~ 1/s (a square-root rate)
W1, W2 = rational_matrix([[1, 0], [0, 0], [0, 0]]), rational_matrix([[1, 0, 0], [0, 0, 0]])
R0 = rational_matrix([[0, 0, 0], [0, 1, 0], [0, 0, 0]])
for f in preimage_family(W1, W2, R0, ["1/2", "1/4", "1/8", "1/16"]):
    print("s =", f["s"], " ||W' - W||^2 =", f["dist_sq"], " ratio^2 =", f["ratio_sq"])""",
)

_CELLS_LEMMA13 = (
    """from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from symbolic.openness.basis_selection import paper_selection, max_volume_selection, max_abs

# rows 2^j v: the proof's induction swaps in row 1, then accepts coefficients up to the bound 2^(m-r-1), reached exactly
for m in range(3, 7):
    V = DomainMatrix([[QQ(2) ** j, QQ(2) ** j] for j in range(m)], (m, 2), QQ)
    B, A = paper_selection(V)
    print(m, "B =", B, " max|A| =", max_abs(A), " bound =", 2 ** (m - 2),
          " max-volume B:", max_volume_selection(V)[0])""",
)

_CELLS_LEMMA6 = (
    """from symbolic.core.exact import rational, rational_matrix
from symbolic.forms.pyramidal import forward, pyramidal_preimage
from symbolic.openness.open_preimage import frobenius_sq
from proofs.papers.nouiehed_razaviyayn_2018.openness import PYRAMIDS

X, Ws = rational_matrix(PYRAMIDS[0][0]), [rational_matrix(W) for W in PYRAMIDS[0][1]]
F = forward(Ws, X, "1/10")[-1]
for q in ("1/4", "1/16", "1/64"):
    R = rational_matrix([["-1", "2"]]) * rational(q)
    W1p = pyramidal_preimage(Ws, X, "1/10", F + R)
    assert forward([W1p] + Ws[1:], X, "1/10")[-1] == F + R
    print("q =", q, " ||W1' - W1||^2 / ||R||^2 =", frobenius_sq(W1p - Ws[0]) / frobenius_sq(R))""",
)

_SRC_T5 = ("Theorem 5. Let M(W1, W2) = W1W2 denote the matrix multiplication mapping with W1 ∈ Rm×k and W2 ∈ "
           "Rk×n. Assume k < min{m,n}.")
