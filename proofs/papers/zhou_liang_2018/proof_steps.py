r"""Zhou and Liang (2018): the trace identities (28) and (37) of the proofs of Propositions 1 and 4.

At a point whose output is the projected fit :math:`A_2A_1X = P\,YX^+X` (eq. (27); the deep (34) with
:math:`k = 1` is the same with :math:`P = P_{col}(A_{(\ell,2)})`), the loss is
:math:`\tfrac12\operatorname{Tr}(YY^T) - \tfrac12\operatorname{Tr}(P\Sigma)`, :math:`\Sigma = YX^+XY^T`.  The
identity holds for **every** :math:`Y` once :math:`P` and :math:`Q = X^+X` are orthogonal projections; it is certified
as a polynomial identity in the entries of a generic :math:`Y`, for listed rational :math:`X` (with its
pseudo-inverse, Penrose equations re-multiplied) and rational orthogonal projections :math:`P`.

Main results
------------
* ``loss_eq_half_trace_minus_projected_of_projected_fit`` -- (28), the first two equalities of the proof of
  Proposition 1 (the expansion and :math:`\operatorname{Tr}(P\Sigma P) = \operatorname{Tr}(P\Sigma)`).
* ``deep_loss_eq_half_trace_minus_projected_of_projected_fit`` -- (37), the same for the deep network.
* ``critical_equations_hold_of_deep_critical`` -- (32), (34), (35), (36) of the proof of Theorem 3 at deep critical
  points.

References
----------
* ``zhou-liang-2018``, "Proposition 1" (its proof, eq. (28)).
* ``zhou-liang-2018``, "Proposition 4" (its proof, eq. (37)).
* ``zhou-liang-2018``, "Theorem 3" (its proof, eqs. (32)-(36)).
"""

from __future__ import annotations

from fractions import Fraction as F

from proofs.checks.matrix_terms import IdentityBuilder
from proofs.ledger.claim import Claim, Outcome

__all__ = ["CLAIMS", "projected_fit_certificate", "critical_equations_certificate"]


def _tr(A):
    return [list(c) for c in zip(*A)]


def _projection(columns):
    """``sum w w^T / (w^T w)`` for mutually orthogonal rational columns ``w``."""
    n = len(columns[0])
    P = [[F(0)] * n for _ in range(n)]
    for w in columns:
        s = sum(F(x) * F(x) for x in w)
        for i in range(n):
            for j in range(n):
                P[i][j] += F(w[i]) * F(w[j]) / s
    return P


#: (label, X, X^+, columns spanning col(P)); X^+ is exact (Penrose equations are in the certificate).
_CASES = (
    ("X = I_2, P onto (1, 2)", [[1, 0], [0, 1]], [[1, 0], [0, 1]], [[1, 2]]),
    ("X = [[1, 1, 0], [0, 0, 1]] (full row rank), P onto (2, -1)", [[1, 1, 0], [0, 0, 1]],
     [["1/2", 0], ["1/2", 0], [0, 1]], [[2, -1]]),
    ("X = [[1, 2], [2, 4]] (rank 1), P onto (1, 1, 1), (1, -1, 0)", [[1, 2], [2, 4]], [["1/25", "2/25"], ["2/25", "4/25"]],
     [[1, 1, 1], [1, -1, 0]]),
    ("X = [[1, 0, 1], [0, 1, 1]], P = 0 (the zero point)", [[1, 0, 1], [0, 1, 1]],
     [["2/3", "-1/3"], ["-1/3", "2/3"], ["1/3", "1/3"]], []),
)


def projected_fit_certificate(X, Xp, columns, d2: int | None = None) -> dict:
    r"""``matrix_identity``: Penrose equations for ``Xp``, :math:`P^2 = P = P^T`, and for every :math:`Y`,

    .. math::

        \tfrac12\lVert PYX^+X - Y\rVert_F^2 = \tfrac12\operatorname{Tr}(YY^T) - \operatorname{Tr}(P\Sigma)
        + \tfrac12\operatorname{Tr}(P\Sigma P) = \tfrac12\operatorname{Tr}(YY^T) - \tfrac12\operatorname{Tr}(P\Sigma).

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify(projected_fit_certificate([[1, 0], [0, 1]], [[1, 0], [0, 1]], [[1, 2]]))[0]
    True
    """
    d2 = d2 if d2 is not None else (len(columns[0]) if columns else 2)
    n = len(X[0])
    P = _projection(columns) if columns else [[F(0)] * d2 for _ in range(d2)]
    b = IdentityBuilder()
    b.generic("Y", d2, n)
    b.constant("X", [[F(x) for x in r] for r in X])
    b.constant("Xp", [[F(x) for x in r] for r in Xp])
    b.constant("P", P)
    b.equal([(1, ["X", "Xp", "X"])], [(1, ["X"])])
    b.equal([(1, ["Xp", "X", "Xp"])], [(1, ["Xp"])])
    b.equal([(1, ["X", "Xp"])], [(1, ["Xp^T", "X^T"])])
    b.equal([(1, ["Xp", "X"])], [(1, ["X^T", "Xp^T"])])
    b.equal([(1, ["P", "P"])], [(1, ["P"])])
    b.equal([(1, ["P"])], [(1, ["P^T"])])
    b.derived("S", [(1, ["Y", "Xp", "X", "Y^T"])])
    b.derived("E", [(1, ["P", "Y", "Xp", "X"]), (-1, ["Y"])])
    half_trace_yy = b.trace_of(["Y", "Y^T"], d2, "1/2")
    b.equal(b.inner("E", "E", n, "1/2"),
            half_trace_yy + b.trace_of(["P", "S"], d2, -1) + b.trace_of(["P", "S", "P"], d2, "1/2"))
    b.equal(b.inner("E", "E", n, "1/2"), half_trace_yy + b.trace_of(["P", "S"], d2, "-1/2"))
    return b.certificate()


def _check(quick: bool) -> Outcome:
    cases = _CASES[:2] if quick else _CASES
    parts = {label: projected_fit_certificate(X, Xp, cols) for label, X, Xp, cols in cases}
    return Outcome(
        "confirmed",
        f"{len(cases)} listed pairs (X, P) (X of full row rank and rank deficient, P an orthogonal projection of rank "
        "0, 1 or 2) and every Y (a polynomial identity in Y's entries): (1/2)|P Y X^+ X - Y|^2 = (1/2)Tr(YY^T) - "
        "Tr(P Sigma) + (1/2)Tr(P Sigma P) = (1/2)Tr(YY^T) - (1/2)Tr(P Sigma)",
        {"kind": "bundle", "parts": parts}, scope_kind="sampled",
        details="the identity needs only P^2 = P = P^T and the Penrose equations of X^+ (both in the certificate): "
                "with Q = X^+X symmetric idempotent, |PYQ - Y|^2 = Tr(YY^T) - Tr(PYQY^T)")


def _strings(M):
    from symbolic.core.exact import matrix_to_strings

    return [[F(x) for x in row] for row in matrix_to_strings(M)]


def critical_equations_certificate(X, Y, Ws) -> dict:
    r"""The proof of Theorem 3 at a critical point :math:`(A_1, \dots, A_\ell)`, all matrices exact constants.

    For every :math:`k`: (32) :math:`A_{(\ell,k+1)}^TA_{(\ell,k+1)}A_kZ_kZ_k^T = A_{(\ell,k+1)}^TYX^TA_{(k-1,1)}^T`
    with :math:`Z_k = A_{(k-1,1)}X`; for :math:`k \le \ell - 1`, with :math:`B = A_{(\ell,k+1)}` and the
    pseudo-inverses :math:`B^+, Z_k^+` (Penrose equations in the certificate), (34)
    :math:`A_{(\ell,1)}X = BB^+YZ_k^+Z_k` and (36) :math:`P\Sigma_{k-1}P = \Sigma_{k-1}P`, :math:`P = BB^+`,
    :math:`\Sigma_{k-1} = YZ_k^+Z_kY^T`; and (35) :math:`A_{(\ell,1)}XX^TA_{(\ell,1)}^T = YX^TA_{(\ell,1)}^T`.
    """
    from symbolic.core.pinv import pinv

    L = len(Ws)
    b = IdentityBuilder()
    b.constant("X", _strings(X))
    b.constant("Y", _strings(Y))
    for i, W in enumerate(Ws, start=1):
        b.constant(f"A{i}", _strings(W))
    d0 = X.shape[0]
    b.constant("I0", [[int(r == c) for c in range(d0)] for r in range(d0)])
    down = lambda k: [f"A{i}" for i in range(k, 0, -1)] or ["I0"]  # noqa: E731  A_(k,1), identity if k = 0
    up = lambda k: [f"A{i}" for i in range(L, k - 1, -1)]  # noqa: E731  A_(l,k)
    for k in range(1, L + 1):
        Zk = X
        for W in Ws[: k - 1]:
            Zk = W.matmul(Zk)
        b.constant(f"Z{k}", _strings(Zk))
        b.equal([(1, [f"Z{k}"])], [(1, [*down(k - 1), "X"])])
        if k < L:
            left = [(1, [*[f"{a}^T" for a in reversed(up(k + 1))], *up(k + 1), f"A{k}", f"Z{k}", f"Z{k}^T"])]
            right = [(1, [*[f"{a}^T" for a in reversed(up(k + 1))], "Y", "X^T", *[f"{a}^T" for a in
                                                                             reversed(down(k - 1))]])]
        else:
            left = [(1, [f"A{k}", f"Z{k}", f"Z{k}^T"])]
            right = [(1, ["Y", "X^T", *[f"{a}^T" for a in reversed(down(k - 1))]])]
        b.equal(left, right)                                                   # (32)
        if k < L:
            B = Ws[k]
            for W in Ws[k + 1:]:
                B = W.matmul(B)
            b.constant(f"B{k}", _strings(B))
            b.constant(f"Bp{k}", _strings(pinv(B)))
            b.constant(f"Zp{k}", _strings(pinv(Zk)))
            b.equal([(1, [f"B{k}"])], [(1, up(k + 1))])
            for M, Mp in ((f"B{k}", f"Bp{k}"), (f"Z{k}", f"Zp{k}")):
                b.equal([(1, [M, Mp, M])], [(1, [M])])
                b.equal([(1, [Mp, M, Mp])], [(1, [Mp])])
                b.equal([(1, [M, Mp])], [(1, [f"{Mp}^T", f"{M}^T"])])
                b.equal([(1, [Mp, M])], [(1, [f"{M}^T", f"{Mp}^T"])])
            b.equal([(1, [*up(1), "X"])], [(1, [f"B{k}", f"Bp{k}", "Y", f"Zp{k}", f"Z{k}"])])          # (34)
            P = [f"B{k}", f"Bp{k}"]
            S = ["Y", f"Zp{k}", f"Z{k}", "Y^T"]
            b.equal([(1, [*P, *S, *P])], [(1, [*S, *P])])                                           # (36)
    b.equal([(1, [*up(1), "X", "X^T", *[f"{a}^T" for a in reversed(up(1))]])],
            [(1, ["Y", "X^T", *[f"{a}^T" for a in reversed(up(1))]])])                              # (35)
    return b.certificate()


def _check_theorem3_steps(quick: bool) -> Outcome:
    from proofs.papers.zhou_liang_2018.deep import deep_points

    points = deep_points(quick)
    parts = {label: critical_equations_certificate(X, Y, Ws) for label, X, Y, Ws in points}
    return Outcome(
        "confirmed",
        f"{len(parts)} three-layer critical points (every pattern of the listed instances with an invertible middle "
        "layer inserted, and Kawaguchi's critical points; the points of proposition 4's entry): (32) for every k, "
        "(34) and (36) for k = 1, 2 with exact pseudo-inverses, and (35), all re-multiplied exactly",
        {"kind": "bundle", "parts": parts}, scope_kind="sampled")


_READING = (r"$L = \tfrac12\lVert A_2A_1X - Y\rVert_F^2$ (the extraction's '2Tr' read as $\tfrac12\operatorname{Tr}$, "
            r"as the expansion requires); $P = P_{col}(A_2)$ an orthogonal projection; $\Sigma = YX^+XY^T$; the "
            r"points are those of (23), where (27) gives $A_2A_1X = PYX^+X$. The last equality of (28), "
            r"$\operatorname{Tr}(P_{col}(A_2)\Sigma) = \operatorname{Tr}(P_{col}(U^TA_2)\Lambda)$, is the orthogonal "
            r"change of basis $\Sigma = U\Lambda U^T$ (standard) and not part of the certificate.")

CLAIMS = (
    Claim(
        id="loss_eq_half_trace_minus_projected_of_projected_fit",
        paper="zhou-liang-2018",
        label="Proposition 1",
        location="L595",
        kind="proposition",
        statement=(r"Proof of Proposition 1, (28): if $A_2A_1X = P_{col}(A_2)YX^+X$ then $L = \tfrac12"
                   r"\operatorname{Tr}(YY^T) - \operatorname{Tr}(A_2A_1XY^T) + \tfrac12\operatorname{Tr}(A_2A_1XX^T"
                   r"A_1^TA_2^T) = \tfrac12\operatorname{Tr}(YY^T) - \operatorname{Tr}(P_{col}(A_2)\Sigma) + \tfrac12"
                   r"\operatorname{Tr}(P_{col}(A_2)\Sigma P_{col}(A_2)) = \tfrac12\operatorname{Tr}(YY^T) - \tfrac12"
                   r"\operatorname{Tr}(P_{col}(A_2)\Sigma)$."),
        source="By expansion we obtain that L",
        reading=_READING,
        check=_check,
        recorded="confirmed",
        scope_kind="sampled",
    ),
    Claim(
        id="deep_loss_eq_half_trace_minus_projected_of_projected_fit",
        paper="zhou-liang-2018",
        label="Proposition 4",
        location="L773",
        kind="proposition",
        statement=(r"Proof of Proposition 4, (37): if $A_{(\ell,1)}X = P_{col}(A_{(\ell,2)})YX^+X$ ((34) with $k = 1$) "
                   r"then $L_D = \tfrac12\operatorname{Tr}(YY^T) - \tfrac12\operatorname{Tr}(P_{col}(A_{(\ell,2)})"
                   r"\Sigma_0)$, $\Sigma_0 = YX^+XY^T$."),
        source="Note that by expansion LD",
        reading=_READING.replace(r"$P = P_{col}(A_2)$", r"$P = P_{col}(A_{(\ell,2)})$").replace(
            "(23), where (27) gives $A_2A_1X = PYX^+X$", "(32), where (34) with $k = 1$ gives $A_{(\\ell,1)}X = "
            "PYX^+X$"),
        check=_check,
        recorded="confirmed",
        uses=("loss_eq_half_trace_minus_projected_of_projected_fit",),
        scope_kind="sampled",
        notebook="notebooks/zhou-liang-2018/loss_eq_half_trace_minus_projected_of_projected_fit.ipynb",
    ),
    Claim(
        id="critical_equations_hold_of_deep_critical",
        paper="zhou-liang-2018",
        label="Theorem 3",
        location="L749",
        kind="theorem",
        statement=(r"Proof of Theorem 3: at a critical point of $L_D$, (32) $A_{(\ell,k+1)}^TA_{(\ell,k+1)}A_k"
                   r"A_{(k-1,1)}X(A_{(k-1,1)}X)^T = A_{(\ell,k+1)}^TYX^TA_{(k-1,1)}^T$ for every $k$, (34) "
                   r"$A_{(\ell,1)}X = P_{col}(A_{(\ell,k+1)})Y(A_{(k-1,1)}X)^+A_{(k-1,1)}X$, (35) "
                   r"$A_{(\ell,1)}XX^TA_{(\ell,1)}^T = YX^TA_{(\ell,1)}^T$ and (36) $P_{col}(A_{(\ell,k+1)})"
                   r"\Sigma_{k-1}P_{col}(A_{(\ell,k+1)}) = \Sigma_{k-1}P_{col}(A_{(\ell,k+1)})$, "
                   r"$\Sigma_{k-1} = Y(A_{(k-1,1)}X)^+A_{(k-1,1)}XY^T$, for $k = 1, \dots, \ell - 1$."),
        source="We first derive the forms of the parameter matrices. Consider a critical point",
        reading=(r"$A_{(i,j)} = A_i \cdots A_j$ (the identity when $i < j$); $(\cdot)^+$ the Moore-Penrose inverse; "
                 r"$P_{col}(B) = BB^+$; (32) is $\nabla_{A_k}L_D = 0$ written out (for $k = \ell$ without the left "
                 r"factor); the garbled right side of (36) '$\varsigma_1 P$' read as $\Sigma_{k-1}P$."),
        check=_check_theorem3_steps,
        recorded="confirmed",
        scope_kind="sampled",
    ),
)
