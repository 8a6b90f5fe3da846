r"""Nouiehed and Razaviyayn (2018): asserted steps of the proofs of Theorem 8 and Lemma 7 (Appendix A).

Each step is a polynomial identity in the entries of generic matrices of the listed sizes, certified as a
``matrix_identity`` (:mod:`proofs.checks.matrix_terms`): the checker re-expands both sides.

Main results
------------
* ``second_order_expansion_of_line_of_two_layer`` -- along :math:`(W_2 + tA)(W_1 + tB)` the squared loss is the
  quartic in :math:`t` whose first two coefficients are the proof's first and second order conditions.
* ``second_order_saddle_of_kernel_direction_of_two_layer`` -- with :math:`b \in N(W_2)` (or :math:`a \in N(W_1^T)`)
  the proof's :math:`A, B` make the second order quantity :math:`2\alpha\lVert b\rVert^2 (\Delta X^T)_{ji} + C`.
* ``second_order_saddle_of_kernel_direction_of_convex_loss`` -- Corollary 9's proof: the same directions with a
  general loss, :math:`2\langle ABX, \nabla\ell\rangle = 2\alpha\lVert b\rVert^2(\nabla\ell X^T)_{ji}`.
* ``loss_eq_reduced_plus_constant_of_svd`` -- Lemma 7's reduction
  :math:`\lVert ZX - Y\rVert^2 = \lVert Z U_X \Sigma_{X,r} - Y V_{X,1:r}\rVert^2 + \lVert Y V_{X,r+1:n}\rVert^2`.

References
----------
* ``nouiehed-razaviyayn-2018``, "A.1 Proof of the Theorem 8" (first and second order optimality conditions, the
  choice of A and B).
* ``nouiehed-razaviyayn-2018``, "Theorem 8" (its proof, A.1).
* ``nouiehed-razaviyayn-2018``, "Corollary 9" (its proof, A.2).
* ``nouiehed-razaviyayn-2018``, "Lemma 7" (its proof, A.3).
"""

from __future__ import annotations

from proofs.checks.matrix_terms import IdentityBuilder
from proofs.ledger.claim import Claim, Outcome, fact, facts_certificate
from symbolic.core.exact import matrix_to_strings, rational_matrix

__all__ = ["CLAIMS", "line_expansion_certificate", "kernel_direction_certificate",
           "convex_loss_direction_certificate", "svd_reduction_certificate"]

_PAPER = "nouiehed-razaviyayn-2018"

#: (d2, d1, d0, n) of the generic instances.
_LINE_DIMS = {True: ((1, 1, 1, 1), (1, 2, 1, 2)), False: ((1, 1, 1, 1), (1, 2, 1, 2), (2, 1, 2, 1), (2, 2, 1, 2), (2, 2, 2, 2))}


def line_expansion_certificate(d2: int, d1: int, d0: int, n: int) -> dict:
    r""":math:`g(t) = \lVert (W_2 + tA)(W_1 + tB)X - Y\rVert^2` expanded in :math:`t`, all entries generic.

    .. math::

        g(t) = \lVert\Delta\rVert^2 + 2t\langle M, \Delta\rangle + t^2\big(\lVert M\rVert^2 + 2\langle ABX,
        \Delta\rangle\big) + 2t^3\langle ABX, M\rangle + t^4\lVert ABX\rVert^2,\quad
        M = AW_1X + W_2BX,\ \Delta = W_2W_1X - Y.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify(line_expansion_certificate(1, 1, 1, 1))[0]
    True
    """
    b = IdentityBuilder()
    for name, r, c in (("W2", d2, d1), ("W1", d1, d0), ("A", d2, d1), ("B", d1, d0), ("X", d0, n), ("Y", d2, n)):
        b.generic(name, r, c)
    b.scalar("t")
    b.scaled_identity("tI2", d2, "t")
    b.scaled_identity("tI1", d1, "t")
    b.derived("W2t", [(1, ["W2"]), (1, ["tI2", "A"])])
    b.derived("W1t", [(1, ["W1"]), (1, ["tI1", "B"])])
    b.derived("P", [(1, ["W2t", "W1t", "X"]), (-1, ["Y"])])
    b.derived("D", [(1, ["W2", "W1", "X"]), (-1, ["Y"])])
    b.derived("M", [(1, ["A", "W1", "X"]), (1, ["W2", "B", "X"])])
    b.derived("N", [(1, ["A", "B", "X"])])
    right = (b.inner("D", "D", n) + b.inner("M", "D", n, 2, ["t"]) + b.inner("M", "M", n, 1, ["t", "t"])
             + b.inner("N", "D", n, 2, ["t", "t"]) + b.inner("N", "M", n, 2, ["t", "t", "t"])
             + b.inner("N", "N", n, 1, ["t", "t", "t", "t"]))
    b.equal(b.inner("P", "P", n), right)
    return b.certificate()


def _check_line_expansion(quick: bool) -> Outcome:
    dims = _LINE_DIMS[quick]
    parts = {f"(d2, d1, d0, n) = {d}": line_expansion_certificate(*d) for d in dims}
    return Outcome(
        "confirmed",
        "every W2, W1, A, B, X, Y and t of the sizes (d2, d1, d0, n) in " + ", ".join(map(str, dims))
        + " (entries are the variables of a polynomial identity): g(t) = |(W2 + tA)(W1 + tB)X - Y|^2 equals "
        "|Delta|^2 + 2t<M, Delta> + t^2(|M|^2 + 2<ABX, Delta>) + 2t^3<ABX, M> + t^4|ABX|^2, so g'(0)/2 = <M, Delta> "
        "and g''(0)/2 = 2<ABX, Delta> + |M|^2 are the printed first and second order quantities",
        {"kind": "bundle", "parts": parts}, scope_kind="all")


def kernel_direction_certificate(d2: int, d1: int, d0: int, n: int, i: int, j: int, mirrored: bool = False) -> dict:
    r"""The proof's direction: the second order quantity is affine in :math:`\alpha` up to terms in :math:`W_2 b`.

    ``mirrored=False``: :math:`A = e_j b^T`, :math:`B = \alpha b e_i^T` and

    .. math::

        2\langle ABX, \Delta\rangle + \lVert AW_1X + W_2BX\rVert^2 = 2\alpha\, b^Tb\, (\Delta X^T)_{ji}
        + \lVert AW_1X\rVert^2 + 2\langle AW_1X, K\rangle + \lVert K\rVert^2,\quad K = W_2 b\, \alpha e_i^T X,

    so with :math:`W_2 b = 0` only :math:`C = \lVert AW_1X\rVert^2` (free of :math:`\alpha`) is left.
    ``mirrored=True``: :math:`A = \alpha e_j a^T`, :math:`B = a e_i^T`, :math:`K = \alpha e_j a^T W_1 X`, and
    :math:`C = \lVert W_2BX\rVert^2`.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify(kernel_direction_certificate(1, 1, 1, 1, 0, 0))[0]
    True
    >>> verify(kernel_direction_certificate(1, 2, 1, 1, 0, 0, mirrored=True))[0]
    True
    """
    bld = IdentityBuilder()
    for name, r, c in (("W2", d2, d1), ("W1", d1, d0), ("X", d0, n), ("Y", d2, n), ("b", d1, 1)):
        bld.generic(name, r, c)
    bld.scalar("alpha")
    bld.unit("ei", d0, i)
    bld.unit("ej", d2, j)
    if not mirrored:
        bld.derived("A", [(1, ["ej", "b^T"])])
        bld.derived("B", [(1, ["b", "alpha", "ei^T"])])
        bld.derived("K", [(1, ["W2", "b", "alpha", "ei^T", "X"])])
        bld.derived("C0", [(1, ["A", "W1", "X"])])
        bld.equal([(1, ["W2", "B", "X"])], [(1, ["K"])])
    else:
        bld.derived("A", [(1, ["ej", "alpha", "b^T"])])
        bld.derived("B", [(1, ["b", "ei^T"])])
        bld.derived("K", [(1, ["ej", "alpha", "b^T", "W1", "X"])])
        bld.derived("C0", [(1, ["W2", "B", "X"])])
        bld.equal([(1, ["A", "W1", "X"])], [(1, ["K"])])
    bld.derived("D", [(1, ["W2", "W1", "X"]), (-1, ["Y"])])
    bld.derived("M", [(1, ["A", "W1", "X"]), (1, ["W2", "B", "X"])])
    bld.derived("N", [(1, ["A", "B", "X"])])
    left = bld.inner("N", "D", n, 2) + bld.inner("M", "M", n)
    right = ([(2, ["alpha", "b^T", "b", "ej^T", "D", "X^T", "ei"])] + bld.inner("C0", "C0", n)
             + bld.inner("C0", "K", n, 2) + bld.inner("K", "K", n))
    bld.equal(left, right)
    return bld.certificate()


def _kernel_witness() -> dict:
    """d = (1, 1, 1), X = Y = 1, W2 = W1 = 0: a degenerate critical point, b = a = 1 in both kernels, Delta X^T != 0."""
    data = {"W2": [["0"]], "W1": [["0"]], "X": [["1"]], "Y": [["1"]], "b": [["1"]]}
    return facts_certificate(data, [
        fact("W2 = 0 and W1 = 0: both gradients W2^T Delta X^T and Delta X^T W1^T vanish (critical)",
             {"sum": [{"rank": ["W2"]}, {"rank": ["W1"]}]}, "==", 0),
        fact("degenerate: rank W2 W1 = 0 < min(d2, d1, d0) = 1", {"rank": ["W2", "W1"]}, "<", 1),
        fact("b != 0", {"rank": ["b"]}, "==", 1),
        fact("W2 b = 0", {"rank": ["W2", "b"]}, "==", 0),
        fact("W1^T b = 0", {"rank": ["W1^T", "b"]}, "==", 0),
        fact("Delta X^T = -Y X^T != 0 (W2 W1 X = 0)", {"rank": ["Y", "X^T"]}, "==", 1),
    ])


def _check_kernel_direction(quick: bool) -> Outcome:
    cases = [(1, 1, 1, 1, 0, 0), (1, 2, 1, 1, 0, 0)] if quick else \
        [(1, 1, 1, 1, 0, 0), (1, 2, 1, 1, 0, 0), (2, 2, 1, 1, 0, 1), (1, 2, 2, 2, 1, 0), (2, 1, 2, 2, 1, 1)]
    parts = {}
    for c in cases:
        for mirrored in (False, True):
            parts[f"{'a in N(W1^T)' if mirrored else 'b in N(W2)'}, (d2, d1, d0, n, i, j) = {c}"] = \
                kernel_direction_certificate(*c, mirrored=mirrored)
    parts["a degenerate critical point where the hypotheses hold"] = _kernel_witness()
    return Outcome(
        "confirmed",
        "every W2, W1, X, Y, b (or a) and alpha of the sizes and indices (d2, d1, d0, n, i, j) in "
        + ", ".join(map(str, cases)) + ", both cases (polynomial identities in the entries): the second order "
        "quantity 2<ABX, Delta> + |AW1X + W2BX|^2 of the proof's A, B is 2 alpha |b|^2 (Delta X^T)_{ji} + C plus "
        "terms with the factor W2 b (resp. W1^T a), so with b in the kernel it is affine in alpha with C free of "
        "alpha and takes negative values when (Delta X^T)_{ji} != 0; plus one degenerate critical point where both "
        "kernels are non-trivial and Delta X^T != 0 (the step is not vacuous)",
        {"kind": "bundle", "parts": parts}, scope_kind="all")


def convex_loss_direction_certificate(d2: int, d1: int, d0: int, n: int, i: int, j: int,
                                     mirrored: bool = False) -> dict:
    r"""Corollary 9's version: :math:`G` free (standing for :math:`\nabla\ell(W_2W_1X - Y)`), the proof's
    :math:`A, B` as in :func:`kernel_direction_certificate`, and

    .. math::

        2\langle ABX, G\rangle = 2\alpha\, b^Tb\, (GX^T)_{ji}, \qquad AW_1X + W_2BX = C_0 + K,

    with :math:`C_0 = AW_1X` (resp. :math:`W_2BX`) free of :math:`\alpha` and :math:`K` carrying the factor
    :math:`W_2b` (resp. :math:`W_1^Ta`); so with :math:`b` in the kernel the argument of :math:`h` is free of
    :math:`\alpha` and the second order quantity is affine in :math:`\alpha`.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify(convex_loss_direction_certificate(1, 2, 1, 1, 0, 0))[0]
    True
    """
    bld = IdentityBuilder()
    for name, r, c in (("W2", d2, d1), ("W1", d1, d0), ("X", d0, n), ("G", d2, n), ("b", d1, 1)):
        bld.generic(name, r, c)
    bld.scalar("alpha")
    bld.unit("ei", d0, i)
    bld.unit("ej", d2, j)
    if not mirrored:
        bld.derived("A", [(1, ["ej", "b^T"])])
        bld.derived("B", [(1, ["b", "alpha", "ei^T"])])
        bld.derived("K", [(1, ["W2", "b", "alpha", "ei^T", "X"])])
        bld.derived("C0", [(1, ["A", "W1", "X"])])
    else:
        bld.derived("A", [(1, ["ej", "alpha", "b^T"])])
        bld.derived("B", [(1, ["b", "ei^T"])])
        bld.derived("K", [(1, ["ej", "alpha", "b^T", "W1", "X"])])
        bld.derived("C0", [(1, ["W2", "B", "X"])])
    bld.equal([(1, ["A", "W1", "X"]), (1, ["W2", "B", "X"])], [(1, ["C0"]), (1, ["K"])])
    bld.derived("N", [(1, ["A", "B", "X"])])
    bld.equal(bld.inner("N", "G", n, 2), [(2, ["alpha", "b^T", "b", "ej^T", "G", "X^T", "ei"])])
    return bld.certificate()


def _check_convex_loss_direction(quick: bool) -> Outcome:
    cases = [(1, 2, 1, 1, 0, 0)] if quick else [(1, 1, 1, 1, 0, 0), (1, 2, 1, 1, 0, 0), (2, 2, 1, 1, 0, 1),
                                                 (1, 2, 2, 2, 1, 0), (2, 1, 2, 2, 1, 1)]
    parts = {}
    for c in cases:
        for mirrored in (False, True):
            parts[f"{'a in N(W1^T)' if mirrored else 'b in N(W2)'}, (d2, d1, d0, n, i, j) = {c}"] = \
                convex_loss_direction_certificate(*c, mirrored=mirrored)
    return Outcome(
        "confirmed",
        "every W2, W1, X, G (the gradient of the loss, free), b (or a) and alpha of the sizes and indices "
        "(d2, d1, d0, n, i, j) in " + ", ".join(map(str, cases)) + ", both cases (polynomial identities): "
        "2<ABX, G> = 2 alpha |b|^2 (G X^T)_{ji}, and AW1X + W2BX = C0 + K with C0 free of alpha and K carrying "
        "the factor W2 b (resp. W1^T a)",
        {"kind": "bundle", "parts": parts}, scope_kind="all")


# -- Lemma 7: the SVD reduction --------------------------------------------------------------------------------------

#: A rational orthogonal 3 x 3 matrix (columns orthonormal) and a rational rotation of R^2.
_V = [["1/3", "2/3", "2/3"], ["2/3", "1/3", "-2/3"], ["2/3", "-2/3", "1/3"]]
_U = [["3/5", "-4/5"], ["4/5", "3/5"]]


def svd_reduction_certificate(d2: int, sigmas) -> dict:
    r"""Lemma 7's identity for :math:`X = U_X \Sigma_X V_X^T \in \mathbb{R}^{2 \times 3}` with the given nonzero
    singular values (rank :math:`r` = their number), all :math:`Z \in \mathbb{R}^{d_2 \times 2}`,
    :math:`Y \in \mathbb{R}^{d_2 \times 3}`:

    .. math::

        \lVert ZX - Y\rVert_F^2 = \lVert Z U_X \Sigma_X(:, 1{:}r) - Y V_X(:, 1{:}r)\rVert_F^2
        + \lVert Y V_X(:, r{+}1{:}n)\rVert_F^2 .

    The certificate also states :math:`X = U_X \Sigma_X(:, 1{:}r) V_X(:, 1{:}r)^T` and the orthogonality of
    :math:`V_X`, all re-multiplied by the checker.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify(svd_reduction_certificate(1, ["2", "1"]))[0]
    True
    """
    r = len(sigmas)
    V1 = [row[:r] for row in _V]
    V2 = [row[r:] for row in _V]
    S = [[sigmas[i] if i == j else "0" for j in range(r)] for i in range(2)]
    X = matrix_to_strings(rational_matrix(_U) * rational_matrix(S) * rational_matrix(V1).transpose())
    b = IdentityBuilder()
    b.generic("Z", d2, 2)
    b.generic("Y", d2, 3)
    for name, M in (("X", X), ("U", _U), ("S", S), ("V1", V1), ("V2", V2), ("I3", [[int(i == j) for j in range(3)]
                                                                                  for i in range(3)])):
        b.constant(name, M)
    b.equal([(1, ["X"])], [(1, ["U", "S", "V1^T"])])
    b.equal([(1, ["V1", "V1^T"]), (1, ["V2", "V2^T"])], [(1, ["I3"])])
    b.equal([(1, ["X", "V2"])], [])
    b.derived("E", [(1, ["Z", "X"]), (-1, ["Y"])])
    b.derived("F", [(1, ["Z", "U", "S"]), (-1, ["Y", "V1"])])
    b.derived("G", [(1, ["Y", "V2"])])
    b.equal(b.inner("E", "E", 3), b.inner("F", "F", r) + b.inner("G", "G", 3 - r))
    return b.certificate()


def _check_svd_reduction(quick: bool) -> Outcome:
    cases = [(1, ("2", "1")), (1, ("3",))] if quick else [(1, ("2", "1")), (1, ("3",)), (2, ("2", "1")), (2, ("3",))]
    parts = {f"d2 = {d2}, singular values {', '.join(s)}": svd_reduction_certificate(d2, list(s)) for d2, s in cases}
    return Outcome(
        "confirmed",
        "X in R^{2 x 3} = U_X Sigma_X V_X^T with rational orthogonal U_X, V_X and the listed singular values (rank 2 "
        "and rank 1); every Z in R^{d2 x 2} and Y in R^{d2 x 3}, d2 in " + ", ".join(sorted({str(d) for d, _ in cases}))
        + " (a polynomial identity in the entries of Z and Y): |ZX - Y|^2 = |Z U_X Sigma_X(:, 1:r) - Y V_X(:, 1:r)|^2 "
        "+ |Y V_X(:, r+1:n)|^2, the last term free of Z",
        {"kind": "bundle", "parts": parts}, scope_kind="sampled")


_R_LINE = (r"The garbled '(15) ... t^2' read as $g(t) = \lVert (W_2 + tA)(W_1 + tB)X - Y\rVert_F^2$; a local minimum "
           r"gives $g'(0) = 0$ and $g''(0) \ge 0$, and since $t \mapsto (W_2 + tA, W_1 + tB)$ is a straight line, "
           r"$g''(0)$ is the Hessian's quadratic form in the direction $(A, B)$.")

CLAIMS = (
    Claim(
        id="second_order_expansion_of_line_of_two_layer",
        paper=_PAPER,
        label="Theorem 8",
        location="L449",
        kind="theorem",
        statement=(r"Proof of Theorem 8, the optimality conditions: for all $W_2, A \in \mathbb{R}^{d_2\times d_1}$, "
                   r"$W_1, B \in \mathbb{R}^{d_1 \times d_0}$, $X$, $Y$, with $\Delta = W_2W_1X - Y$ and "
                   r"$M = AW_1X + W_2BX$, $\lVert (W_2 + tA)(W_1 + tB)X - Y\rVert^2 = \lVert\Delta\rVert^2 + "
                   r"2t\langle M, \Delta\rangle + t^2(\lVert M\rVert^2 + 2\langle ABX, \Delta\rangle) + "
                   r"2t^3\langle ABX, M\rangle + t^4\lVert ABX\rVert^2$; hence the first order condition "
                   r"$\langle AW_1X + W_2BX, \Delta\rangle = 0$ and the second order condition "
                   r"$2\langle ABX, \Delta\rangle + \lVert AW_1X + W_2BX\rVert^2 \ge 0$ as printed."),
        source="First order optimality condition: By considering perturbation in the directions A",
        reading=_R_LINE,
        check=_check_line_expansion,
        recorded="confirmed",
        scope_kind="all",
    ),
    Claim(
        id="second_order_saddle_of_kernel_direction_of_two_layer",
        paper=_PAPER,
        label="Theorem 8",
        location="L461",
        kind="theorem",
        statement=(r"Proof of Theorem 8, the descent directions: if $0 \ne b \in N(W_2)$, $A = e_j b^T$ and "
                   r"$B = \alpha b e_i^T$ give $2\langle ABX, \Delta\rangle + \lVert AW_1X + W_2BX\rVert^2 = "
                   r"2\alpha\lVert b\rVert^2 (\Delta X^T)_{ji} + C$ with $C = \lVert AW_1X\rVert^2$ free of $\alpha$; "
                   r"if $0 \ne a \in N(W_1^T)$, $A = \alpha e_j a^T$, $B = a e_i^T$ give the same with "
                   r"$C = \lVert W_2BX\rVert^2$; so where $(\Delta X^T)_{ji} = \langle X_{i,:}, \Delta_{j,:}\rangle "
                   r"\ne 0$ the second order condition fails for some $\alpha$: a second order saddle."),
        source="Suppose (W2, Wi) is a critical point and there exists b = 0, b ∈ N(W2)",
        reading=(r"The garbled definitions read as $B_{:,l} = \alpha b$ for $l = i$ (else 0), $A_{l,:} = b^T$ for "
                 r"$l = j$ (else 0), and mirrored $A_{l,:} = \alpha a^T$ ($l = j$), $B_{:,l} = a$ ($l = i$); "
                 r"'b = 0' reads $b \ne 0$; the printed $\alpha\lVert b\rVert^2\langle X_{i,:}, \Delta_{j,:}\rangle + "
                 r"C$ drops the factor 2 (immaterial: every $\alpha$ is allowed). " + _R_LINE),
        check=_check_kernel_direction,
        recorded="confirmed",
        uses=("second_order_expansion_of_line_of_two_layer",),
        scope_kind="all",
        notebook="notebooks/nouiehed-razaviyayn-2018/second_order_expansion_of_line_of_two_layer.ipynb",
    ),
    Claim(
        id="second_order_saddle_of_kernel_direction_of_convex_loss",
        paper=_PAPER,
        label="Corollary 9",
        location="L485",
        kind="corollary",
        statement=(r"Proof of Corollary 9: for a convex differentiable $\ell$ the second order quantity along "
                   r"$(W_2 + tA)(W_1 + tB)$ is $2\langle ABX, \nabla\ell\rangle + h(AW_1X, W_2BX, W_2W_1X)$ with "
                   r"$h$ the second derivative of $\ell$ in the direction $AW_1X + W_2BX$; with Theorem 8's $A, B$ "
                   r"($b \in N(W_2)$ or $a \in N(W_1^T)$) the argument of $h$ is free of $\alpha$ and "
                   r"$2\langle ABX, \nabla\ell\rangle = 2\alpha\lVert b\rVert^2(\nabla\ell\, X^T)_{ji}$, so "
                   r"$(\nabla\ell\, X^T)_{ji} \ne 0$ gives a direction of negative curvature: a second order saddle."),
        source="Proof. We follow the same steps used in the proof of Theorem 8 to show the result.",
        reading=(r"$\nabla\ell$ evaluated at $W_2W_1X - Y$ is a free matrix $G$ in the certificate (any loss); "
                 r"that the second derivative of $t \mapsto \ell(\Delta + tM + t^2N)$ at 0 is "
                 r"$D^2\ell(\Delta)[M, M] + 2\langle\nabla\ell(\Delta), N\rangle$ is the chain rule (standard). "
                 r"The printed $\alpha\langle X_{i,:}, (\nabla\ell)_{j,:}\rangle$ omits the factor "
                 r"$\lVert b\rVert^2 > 0$ (immaterial). " + _R_LINE),
        check=_check_convex_loss_direction,
        recorded="confirmed",
        uses=("second_order_saddle_of_kernel_direction_of_two_layer",),
        scope_kind="all",
        notebook="notebooks/nouiehed-razaviyayn-2018/second_order_expansion_of_line_of_two_layer.ipynb",
    ),
    Claim(
        id="loss_eq_reduced_plus_constant_of_svd",
        paper=_PAPER,
        label="Lemma 7",
        location="L504",
        kind="lemma",
        statement=(r"Proof of Lemma 7: with $X = U_X\Sigma_XV_X^T$ of rank $r_X$, $\lVert ZX - Y\rVert^2 = "
                   r"\lVert Z U_X (\Sigma_X)_{:,1:r_X} - Y (V_X)_{:,1:r_X}\rVert^2 + \lVert Y (V_X)_{:,r_X+1:n}\rVert^2$ "
                   r"for every $Z$, the last term constant in problem (12)."),
        source="Let rX = rank(X) and UX ΣX VXT with UX",
        reading=(r"Frobenius norms; $V_X$ orthogonal. The step's rank bound $\operatorname{rank}(ZU_X(\Sigma_X)_{:,1:r_X})"
                 r" \le \min\{\operatorname{rank} Z, r_X\}$ and the openness of the surjective linear map "
                 r"$Z \mapsto ZU_X(\Sigma_X)_{:,1:r_X}$ are standard and not part of the certificate."),
        check=_check_svd_reduction,
        recorded="confirmed",
        scope_kind="sampled",
    ),
)
