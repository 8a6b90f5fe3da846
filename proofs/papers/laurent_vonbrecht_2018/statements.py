r"""Laurent and von Brecht (2018): the checks of the statements added for issue 21.

* the subdifferential of (22) at 0, as printed (refuted, a misprint) and as derived (confirmed);
* "if :math:`L \ge 3` the problem (P2) always has saddle-points": the zero tuple is a certified saddle when
  :math:`\nabla f(0) \ne 0`;
* Theorem 3 with a non-convex :math:`f`: a certified local minimizer whose product is a saddle of :math:`f`;
* the identities asserted in Section 2's proof of Theorem 1: (3) iff hypothesis (ii), the factorization of every
  :math:`A` under (3), and the expansion in Lemma 1's proof.

The claims are in :mod:`proofs.papers.laurent_vonbrecht_2018.claims`, whose header lists them.
"""

from __future__ import annotations

import sympy

from proofs.checks.classified import part
from proofs.ledger.claim import Outcome, fact, facts_certificate
from proofs.papers.laurent_vonbrecht_2018.nonsmooth_witness import nonconvex_local_min_certificate
from proofs.papers.laurent_vonbrecht_2018.subdifferential import (argmin_certificates, max_affine_certificates,
                                                                  printed_set_refutation,
                                                                  subdifferential_box_certificate)

__all__ = ["SADDLE_INSTANCES", "zero_tuple_problem", "factorization_certificate", "expansion_certificate",
           "trace_step_certificate", "quartic_local_min_certificate", "rank_one_norm_certificate",
           "width_condition_certificate"]


def _check_printed_subdifferential(quick: bool) -> Outcome:
    return Outcome("refuted", "exact: the vector g = (0, 0) of the printed set and the point z = (0, 1/2)",
                   printed_set_refutation(), finding="misprint",
                   corrected_by="subdifferential_eq_segment_at_origin_of_nonsmooth_loss", scope_kind="sampled",
                   details="f(0, 1/2) = |0| + (1 - 1/2)_+ - 1 = -1/2 < 0 = f(0) + <(0, 0), (0, 1/2)>, so (0, 0) is no "
                           "subgradient; no point of the printed set is one (every subgradient has g_y = -1: "
                           "subdifferential_eq_segment_at_origin_of_nonsmooth_loss).  The remark's point, that the "
                           "subdifferential at the sub-optimal minimum (23) is multi-valued, stands: y = 0 is a slip "
                           "for y = -1, the derivative of (1 - y)_+ at y = 0")


def _check_derived_subdifferential(quick: bool) -> Outcome:
    return Outcome("confirmed", "exact, all of R^2: both inclusions certified (difference quotients at steps +-1, "
                   "piecewise certificates of the subgradient inequality at the corners (+-1, -1))",
                   subdifferential_box_certificate(), scope_kind="all",
                   details="every subgradient g satisfies g_x <= f(1, 0) - f(0) = 1, -g_x <= f(-1, 0) - f(0) = 1, "
                           "g_y <= f(0, 1) - f(0) = -1, -g_y <= f(0, -1) - f(0) = 1; and f(x, y) - (+-x - y) = "
                           "|x| -+ x + max(0, y - 1) >= 0")


def _check_argmin(quick: bool) -> Outcome:
    return Outcome("confirmed", "exact, all of R^2 (piecewise certificates on the signs of x and 1 - y)",
                   {"kind": "bundle", "parts": argmin_certificates()}, scope_kind="all",
                   details="f >= -1 everywhere and f = -1 on {x = 0, y >= 1}; f + 1 >= |x| and f + 1 >= (1 - y)_+, "
                           "so f = -1 forces x = 0 and y >= 1: arg min f is exactly the ray and f_opt = -1")


def _check_convex_lipschitz(quick: bool) -> Outcome:
    parts = dict(max_affine_certificates())
    parts["not differentiable at 0: the subdifferential [-1, 1] x {-1} has more than one element"] = \
        subdifferential_box_certificate()
    return Outcome("confirmed", "exact, all of R^2 (piecewise certificates on the signs of x and 1 - y)",
                   {"kind": "bundle", "parts": parts}, scope_kind="all",
                   details="f = max of the affine a_(s,t) = s x + t (1 - y) - 1 (s = +-1, t = 0, 1): f >= each, and "
                           "f <= the one of each sign region; a maximum of affine functions is convex and Lipschitz "
                           "with constant max |grad a_(s,t)| = sqrt 2; a convex function differentiable at 0 would "
                           "have the single subgradient grad f(0), but [-1, 1] x {-1} is a segment")


#: (dims, loss) of the saddle check: every instance satisfies (3); the quick scope is the first three.
SADDLE_INSTANCES = (((1, 1, 1, 1), "squared"), ((1, 1, 1, 1), "quartic"), ((1, 2, 2, 1), "quartic"),
                    ((2, 2, 2, 2), "squared"), ((2, 3, 2, 2), "quartic"), ((2, 2, 2, 2, 2), "squared"))


def zero_tuple_problem(dims, loss) -> dict:
    """The zero tuple of ``dims`` with X = I and a Y with nonzero entries (so grad f(0) = -Y or -Y^3 != 0).

    Examples
    ========

    >>> from proofs.papers.laurent_vonbrecht_2018.statements import zero_tuple_problem
    >>> p = zero_tuple_problem((1, 2, 2, 1), "quartic")
    >>> p["Y"], p["weights"][1]
    ([['2']], [['0', '0'], ['0', '0']])
    """
    d0, dL = dims[0], dims[-1]
    X = [[str(int(i == j)) for j in range(d0)] for i in range(d0)]
    Y = [[str((i + 1) * (j + 2)) if i == j else "1" for j in range(d0)] for i in range(dL)]
    weights = [[["0"] * dims[k - 1] for _ in range(dims[k])] for k in range(1, len(dims))]
    return {"dims": list(dims), "X": X, "Y": Y, "weights": weights, "loss": loss}


def _check_zero_tuple_saddle(quick: bool) -> Outcome:
    from symbolic.landscape.classify import classify_json

    instances = SADDLE_INSTANCES[:3] if quick else SADDLE_INSTANCES
    parts, verdicts = {}, []
    for dims, loss in instances:
        problem = zero_tuple_problem(dims, loss)
        result = classify_json(problem)
        verdicts.append(result["verdict"])
        parts[f"{loss} {dims}: the zero tuple"] = part(problem, result, assumptions=None, verdict_in=["saddle"],
                                                       grad_f_nonzero=True)
    scope = (f"the zero tuple of {len(instances)} networks satisfying (3), L >= 3: dims "
             f"{', '.join(str(d) for d, _ in instances)}, squared and quartic losses, X = I, Y with nonzero entries "
             "(so grad f(0) != 0)")
    if any(v != "saddle" for v in verdicts):
        return Outcome("inconclusive", scope, None, details=f"verdicts {verdicts}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="sampled",
                   details="each: critical, grad f(0) != 0 recomputed, a descent and an ascent curve (order L) "
                           "certified.  In general: for any differentiable f with G = grad f(0) != 0 and L >= 2, a "
                           "rank-one u v^T with u^T G v != 0 is a product of factors of size t^(1/L), and "
                           "f(+-t u v^T) = f(0) +- t u^T G v + o(t): so the zero tuple is neither a local minimum nor "
                           "a local maximum.  When grad f(0) = 0 (e.g. f(A) = ||A||^2, L = 3, all widths 1: every "
                           "critical point is a global minimum) there need be no saddle at all; the sentence is read "
                           "as its preceding one sets it up")


def _check_theorem3_nonconvex(quick: bool) -> Outcome:
    import sympy

    from symbolic.landscape.classify import classify_polynomial

    x, y = sympy.symbols("x y")
    origin = classify_polynomial(x**2 - y**2, [x, y], [0, 0]).to_json()
    problem = {"polynomial": {"[2, 0]": "1", "[0, 2]": "-1"}, "variables": ["x", "y"], "point": ["0", "0"]}
    if origin["verdict"] != "saddle":
        return Outcome("inconclusive", "the witness (23) with f = x^2 - y^2", None,
                       details=f"the origin of f classified {origin['verdict']!r}")
    W1, W2 = [["0"]], [["1"], ["0"]]
    hypotheses = facts_certificate({"dims": [1, 1, 2], "W1": W1, "W2": W2, "D": [["2", "0"], ["0", "-2"]]}, [
        fact("(3): min{d_1} >= min{d_2, d_0}", {"dim": 1}, ">=", {"min": [{"dim": 0}, {"dim": 2}]}),
        fact("W1 is d_1 x d_0", {"sum": [{"rows": "W1"}, {"cols": "W1"}]}, "==", {"sum": [{"dim": 1}, {"dim": 0}]}),
        fact("W2 is d_2 x d_1", {"sum": [{"rows": "W2"}, {"cols": "W2"}]}, "==", {"sum": [{"dim": 2}, {"dim": 1}]}),
        fact("conclusion: grad f(A) = diag(2, -2) W2 W1 = 0", {"rank": ["D", "W2", "W1"]}, "==", 0)])
    quartic = _check_theorem3_quartic()
    if quartic is None:
        return Outcome("inconclusive", "the second witness", None, details="f = 3a^4 - 4a^3 - 12a^2 at -1 not certified")
    parts = {"hypothesis (3) and the conclusion grad f(W2 W1) = 0 at (23)": hypotheses,
             "(23) is a local minimizer of F = f(W2 W1) (on the 1/4-neighbourhood N)": nonconvex_local_min_certificate(),
             "f is not convex: its critical point W2 W1 = 0 is a saddle of f": part(problem, origin, assumptions=None,
                                                                                    verdict_in=["saddle"])}
    parts.update({f"second witness: {k}": v for k, v in quartic.items()})
    return Outcome("confirmed", "two exact witnesses: dims (1, 1, 2), f(x, y) = x^2 - y^2, the local minimizer (23); "
                   "dims (1, 1, 1), f(a) = 3a^4 - 4a^3 - 12a^2, the local minimizer (1, -1); both f differentiable and "
                   "not convex, both minimality certificates on the closed 1/4-neighbourhood", {"kind": "bundle",
                                                                                                "parts": parts},
                   scope_kind="sampled",
                   details="the hypotheses hold (f differentiable, (3), a local minimizer) and the conclusion is "
                           "informative: W2 W1 = 0 is a critical point of f but a saddle, not a minimum; W2 W1 = -1 is "
                           "a local minimum of f that is not global (f(1) = -13 < -5), and (1, -1) is a local minimizer "
                           "of F that is not global; first-order optimality is all Theorem 3 can give without "
                           "convexity")


def _p2(*terms):
    """A JSON polynomial in (w1, w2) from (coefficient, (e1, e2)) pairs."""
    from fractions import Fraction

    return [[list(e), str(Fraction(c))] for c, e in terms]


def quartic_local_min_certificate() -> dict:
    r"""A nonnegativity certificate: with :math:`f(a) = 3a^4 - 4a^3 - 12a^2` and :math:`a = w_1 w_2`,
    :math:`f(w_1 w_2) - f(-1) = (a+1)^2 (3a^2 + 5 + 10(-a)) \ge 0` on
    :math:`N = \{g_1 = \tfrac1{16} - (w_1 - 1)^2 \ge 0,\ g_2 = \tfrac1{16} - (w_2 + 1)^2 \ge 0\}`, with
    :math:`-a = (u + \tfrac34)(v + \tfrac34)`, :math:`u = w_1 - \tfrac34 = 2g_1 + 2u^2`,
    :math:`v = -w_2 - \tfrac34 = 2g_2 + 2v^2`."""
    from fractions import Fraction as Fr

    g1 = _p2((Fr(1, 16) - 1, (0, 0)), (2, (1, 0)), (-1, (2, 0)))
    g2 = _p2((Fr(1, 16) - 1, (0, 0)), (-2, (0, 1)), (-1, (0, 2)))
    one = _p2((1, (0, 0)))
    ap1 = _p2((1, (1, 1)), (1, (0, 0)))                                  # a + 1
    a_ap1 = _p2((1, (2, 2)), (1, (1, 1)))                                # a (a + 1)
    u_ap1 = _p2((1, (2, 1)), (1, (1, 0)), (Fr(-3, 4), (1, 1)), (Fr(-3, 4), (0, 0)))      # (w1 - 3/4)(a + 1)
    v_ap1 = _p2((-1, (1, 2)), (-1, (0, 1)), (Fr(-3, 4), (1, 1)), (Fr(-3, 4), (0, 0)))    # (-w2 - 3/4)(a + 1)
    # u v (a + 1) = (w1 - 3/4)(-w2 - 3/4)(a + 1), expanded
    w1, w2 = sympy.symbols("w1 w2")
    uv = sympy.Poly(sympy.expand((w1 - sympy.Rational(3, 4)) * (-w2 - sympy.Rational(3, 4)) * (w1 * w2 + 1)), w1, w2)
    uv_ap1 = [[list(m), str(c)] for m, c in uv.terms()]
    target = sympy.Poly(sympy.expand(3 * (w1 * w2) ** 4 - 4 * (w1 * w2) ** 3 - 12 * (w1 * w2) ** 2 + 5), w1, w2)
    terms = [(3, [], a_ap1), (5, [], ap1), (40, [0, 1], ap1), (40, [0], v_ap1), (40, [1], u_ap1), (40, [], uv_ap1),
             (15, [0], ap1), (15, [], u_ap1), (15, [1], ap1), (15, [], v_ap1), (Fr(45, 8), [], ap1)]
    del one
    return {"kind": "nonnegativity", "variables": ["w1", "w2"], "constraints": [g1, g2],
            "target": [[list(m), str(c)] for m, c in target.terms()], "constant": "0",
            "terms": [{"coefficient": str(Fr(c)), "constraints": js, "square": q} for c, js, q in terms]}


def _check_theorem3_quartic():
    """Parts of the second witness: dims (1, 1, 1), f(a) = 3a^4 - 4a^3 - 12a^2, (W1, W2) = (1, -1)."""
    from symbolic.landscape.classify import classify_polynomial

    a = sympy.Symbol("a")
    result = classify_polynomial(3 * a**4 - 4 * a**3 - 12 * a**2, [a], [-1]).to_json()
    problem = {"polynomial": {"[4]": "3", "[3]": "-4", "[2]": "-12"}, "variables": ["a"], "point": ["-1"]}
    if result["verdict"] != "local_min":
        return None
    dims = facts_certificate({"dims": [1, 1, 1], "W1": [["1"]], "W2": [["-1"]]}, [
        fact("(3): d_1 >= min(d_0, d_2)", {"dim": 1}, ">=", {"min": [{"dim": 0}, {"dim": 2}]}),
        fact("the product W2 W1 = -1", {"entry": ["W2", 0, 0]}, "==", {"neg": {"entry": ["W1", 0, 0]}})])
    return {"(3) at dims (1, 1, 1); W2 W1 = -1": dims,
            "(1, -1) is a local minimizer of F = f(W2 W1) on the closed 1/4-neighbourhood": quartic_local_min_certificate(),
            "conclusion: f'(-1) = 0 (critical), and -1 is a local but not global minimum of f (so f is not convex)":
                part(problem, result, assumptions=None, verdict_in=["local_min"])}


# -- Section 2's identities ------------------------------------------------------------------------------------

def width_condition_certificate(dims) -> dict:
    """Facts: (3) min(d_1..d_(L-1)) >= min(d_0, d_L) holds iff the minimum of all widths is d_0 or d_L.

    Examples
    ========

    >>> from proofs.papers.laurent_vonbrecht_2018.statements import width_condition_certificate
    >>> from symbolic.checker.bundle import verify
    >>> [f["says"] for f in width_condition_certificate((3, 1, 2))["facts"]]
    ['(3) fails', '(ii) fails: a hidden layer is thinner']
    >>> verify(width_condition_certificate((2, 3, 2)))
    (True, '2 facts verified')
    """
    L = len(dims) - 1
    hidden = {"min": [{"dim": k} for k in range(1, L)]}
    ends = {"min": [{"dim": 0}, {"dim": L}]}
    everything = {"min": [{"dim": k} for k in range(L + 1)]}
    holds = min(dims[1:L]) >= min(dims[0], dims[L])
    facts = ([fact("(3) holds", hidden, ">=", ends), fact("(ii): the thinnest layer is an end", everything, "==", ends)]
             if holds else
             [fact("(3) fails", hidden, "<", ends), fact("(ii) fails: a hidden layer is thinner", everything, "<", ends)])
    return facts_certificate({"dims": list(dims)}, facts)


def _poly_var(n, i):
    return [[[int(j == i) for j in range(n)], "1"]]


def _const(n, c):
    return [[[0] * n, str(c)]] if c else []


def factorization_certificate(dims) -> dict:
    r"""Under (3), :math:`A = W_L \cdots W_1` for a generic symbolic :math:`A`: with :math:`m = \min(d_0, d_L)`,
    :math:`J_k = [I_m; 0] \in \mathbb{R}^{d_k \times m}`, :math:`A = BC` (:math:`C = [I_m\ 0]` or :math:`B = [I_m; 0]`),
    :math:`W_1 = J_1 C`, :math:`W_k = J_k J_{k-1}^T`, :math:`W_L = B J_{L-1}^T` (so :math:`J^T J = I_m` telescopes)."""
    L = len(dims) - 1
    d0, dL = dims[0], dims[L]
    m = min(d0, dL)
    if min(dims[1:L]) < m:
        raise ValueError(f"dims {dims} violate (3)")
    n = d0 * dL
    A = [[_poly_var(n, i * d0 + j) for j in range(d0)] for i in range(dL)]
    if m == d0:   # C = I, B = A
        B, C = A, [[_const(n, int(i == j)) for j in range(d0)] for i in range(d0)]
    else:         # m = dL: B = I, C = A
        B, C = [[_const(n, int(i == j)) for j in range(dL)] for i in range(dL)], A

    def J(k):
        return [[_const(n, int(i == j)) for j in range(m)] for i in range(dims[k])]

    def mul(P, Q):  # constant 0/1 embeddings times JSON-polynomial matrices: only selects entries
        out = []
        for i in range(len(P)):
            row = []
            for j in range(len(Q[0])):
                terms = {}
                for t in range(len(Q)):
                    for e, c in P[i][t]:
                        if c == "0":
                            continue
                        for e2, c2 in Q[t][j]:
                            key = tuple(a + b for a, b in zip(e, e2))
                            from fractions import Fraction
                            terms[key] = terms.get(key, Fraction(0)) + Fraction(c) * Fraction(c2)
                row.append([[list(k), str(v)] for k, v in sorted(terms.items()) if v])
            out.append(row)
        return out

    def T(P):
        return [list(col) for col in zip(*P)]

    Ws = {}
    if L == 1:
        Ws["W1"] = A
    else:
        Ws["W1"] = mul(J(1), C)
        for k in range(2, L):
            Ws[f"W{k}"] = mul(J(k), T(J(k - 1)))
        Ws[f"W{L}"] = mul(B, T(J(L - 1)))
    names = [f"a{i}{j}" for i in range(dL) for j in range(d0)]
    return {"kind": "matrix_identity", "variables": names, "matrices": {"A": A, **Ws},
            "equalities": [{"left": [{"coefficient": "1", "factors": [f"W{k}" for k in range(L, 0, -1)]}],
                            "right": [{"coefficient": "1", "factors": ["A"]}]}], "nonzero": ["A"]}


def expansion_certificate(dims, k) -> dict:
    r"""Lemma 1's proof: :math:`W_{k+1,+} (W_k + H) W_{k-1,-} = A + W_{k+1,+} H W_{k-1,-}` with symbolic weights and
    :math:`H` (so :math:`F(\dots, W_k + H, \dots) = f(A + W_{k+1,+} H W_{k-1,-})`)."""
    L = len(dims) - 1
    names, mats = [], {}
    for j in range(1, L + 1):
        rows = []
        for r in range(dims[j]):
            rows.append([f"w{j}_{r}{c}" for c in range(dims[j - 1])])
        names += [v for row in rows for v in row]
        mats[f"W{j}"] = rows
    H = [[f"h{r}{c}" for c in range(dims[k - 1])] for r in range(dims[k])]
    names += [v for row in H for v in row]
    n = len(names)
    index = {v: i for i, v in enumerate(names)}
    js = {name: [[_poly_var(n, index[v]) for v in row] for row in rows] for name, rows in mats.items()}
    js["H"] = [[_poly_var(n, index[v]) for v in row] for row in H]
    js["WkH"] = [[_poly_var(n, index[a]) + _poly_var(n, index[b]) for a, b in zip(ra, rb)]
                 for ra, rb in zip(mats[f"W{k}"], H)]
    above = [f"W{j}" for j in range(L, k, -1)]
    below = [f"W{j}" for j in range(k - 1, 0, -1)]
    left = [{"coefficient": "1", "factors": above + ["WkH"] + below}]
    right = [{"coefficient": "1", "factors": [f"W{j}" for j in range(L, 0, -1)]},
             {"coefficient": "1", "factors": above + ["H"] + below}]
    return {"kind": "matrix_identity", "variables": names, "matrices": js,
            "equalities": [{"left": left, "right": right}], "nonzero": ["H"]}


def trace_step_certificate(m, p, q, n) -> dict:
    r"""Lemma 1's proof: :math:`\langle G, PHQ\rangle = \operatorname{Tr}(G^T P H Q) = \operatorname{Tr}(Q G^T P H) =
    \langle P^T G Q^T, H\rangle` with symbolic :math:`G \in M_{m \times n}`, :math:`P \in M_{m \times p}`,
    :math:`H \in M_{p \times q}`, :math:`Q \in M_{q \times n}`; traces as sums of :math:`e_i^T M e_i` (1 x 1)."""
    shapes = {"G": (m, n), "P": (m, p), "H": (p, q), "Q": (q, n)}
    names = [f"{k}{i}_{j}" for k, (r, c) in shapes.items() for i in range(r) for j in range(c)]
    index = {v: i for i, v in enumerate(names)}
    N = len(names)
    mats = {k: [[_poly_var(N, index[f"{k}{i}_{j}"]) for j in range(c)] for i in range(r)] for k, (r, c) in shapes.items()}
    for i in range(n):
        mats[f"E{i}"] = [[_const(N, int(r == i))] for r in range(n)]
    for j in range(q):
        mats[f"F{j}"] = [[_const(N, int(r == j))] for r in range(q)]
    first = [{"coefficient": "1", "factors": [f"E{i}^T", "G^T", "P", "H", "Q", f"E{i}"]} for i in range(n)]
    cyclic = [{"coefficient": "1", "factors": [f"F{j}^T", "Q", "G^T", "P", "H", f"F{j}"]} for j in range(q)]
    return {"kind": "matrix_identity", "variables": names, "matrices": mats,
            "equalities": [{"left": first, "right": cyclic}], "nonzero": ["G", "H"]}


def rank_one_norm_certificate(dk, d0) -> dict:
    r"""Claim 2's proof: :math:`\lVert w u^T \rVert_{fro}^2 = \operatorname{Tr}((wu^T)^T wu^T) = \lVert w\rVert_2^2
    \lVert u\rVert_2^2` with symbolic :math:`w \in \mathbb{R}^{d_k}`, :math:`u \in \mathbb{R}^{d_0}` (so
    :math:`\lVert \tilde W_k - \hat W_k\rVert_{fro} = \delta_k \lVert w_k\rVert_2 \lVert \hat u_{k-1}\rVert_2`)."""
    names = [f"w{i}" for i in range(dk)] + [f"u{i}" for i in range(d0)]
    N = len(names)
    mats = {"w": [[_poly_var(N, i)] for i in range(dk)], "u": [[_poly_var(N, dk + i)] for i in range(d0)]}
    for i in range(d0):
        mats[f"E{i}"] = [[_const(N, int(r == i))] for r in range(d0)]
    left = [{"coefficient": "1", "factors": [f"E{i}^T", "u", "w^T", "w", "u^T", f"E{i}"]} for i in range(d0)]
    right = [{"coefficient": "1", "factors": ["w^T", "w", "u^T", "u"]}]
    return {"kind": "matrix_identity", "variables": names, "matrices": mats,
            "equalities": [{"left": left, "right": right}], "nonzero": ["w", "u"]}


_TRACE = {True: ((2, 1, 2, 2),), False: ((2, 1, 2, 2), (2, 3, 1, 2), (3, 2, 2, 1))}
_NORM = {True: ((3, 2),), False: ((3, 2), (2, 2), (4, 3))}

_EQUIV_BOUND = {True: (3, 3), False: (4, 3)}   # (max L, max width)
_FACTOR_DIMS = {True: ((2, 3, 2), (3, 2, 2, 2), (2, 2, 3)),
                False: ((2, 3, 2), (3, 2, 2, 2), (2, 2, 3), (2, 3, 3, 2), (3, 3, 3, 4), (1, 2, 1, 3))}
_EXPANSION = {True: (((2, 3, 2), 1), ((2, 1, 2, 2), 2)),
              False: (((2, 3, 2), 1), ((2, 1, 2, 2), 2), ((2, 3, 1, 2), 3), ((1, 2, 2, 2, 1), 2))}


def _check_theorem1_steps(quick: bool) -> Outcome:
    from symbolic.calculus.sweep import dims_tuples

    max_l, max_w = _EQUIV_BOUND[quick]
    tuples = [d for d in dims_tuples(max_l, max_w) if len(d) >= 3]
    parts = {f"(3) iff (ii), dims {d}": width_condition_certificate(d) for d in tuples}
    for d in _FACTOR_DIMS[quick]:
        parts[f"A = W_L...W_1 under (3), dims {d}"] = factorization_certificate(d)
    for d, k in _EXPANSION[quick]:
        parts[f"Lemma 1's expansion, dims {d}, k = {k}"] = expansion_certificate(d, k)
    for shape in _TRACE[quick]:
        parts[f"Lemma 1's trace step, (m, p, q, n) = {shape}"] = trace_step_certificate(*shape)
    for shape in _NORM[quick]:
        parts[f"Claim 2's norm step, (d_k, d_0) = {shape}"] = rank_one_norm_certificate(*shape)
    scope = (f"(3) iff (ii) on every dims tuple with 2 <= L <= {max_l}, widths 1..{max_w} "
             f"({len(tuples)} tuples); the factorization with a symbolic A on dims "
             f"{', '.join(map(str, _FACTOR_DIMS[quick]))}; Lemma 1's expansion with symbolic weights and H on "
             f"{', '.join(f'{d} (k = {k})' for d, k in _EXPANSION[quick])}; its trace step <G, PHQ> = <P^T G Q^T, H> "
             f"with symbolic G, P, H, Q of shapes (m, p, q, n) in {', '.join(map(str, _TRACE[quick]))}; Claim 2's "
             f"||w u^T||_fro = ||w|| ||u|| with symbolic w, u, (d_k, d_0) in {', '.join(map(str, _NORM[quick]))}")
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, scope_kind="all",
                   details="each identity holds as a polynomial identity in the symbols (every instance of the listed "
                           "dims); the equivalence is recomputed from the dims")


def zero_tuple_saddle_cells():
    return ("""from proofs.papers.laurent_vonbrecht_2018.statements import SADDLE_INSTANCES, zero_tuple_problem
from symbolic.landscape.classify import classify_json

for dims, loss in SADDLE_INSTANCES[:3]:
    result = classify_json(zero_tuple_problem(dims, loss))
    print(dims, loss, result["verdict"], "strict:", result["strict"])""",)
