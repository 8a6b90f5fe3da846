"""Checker for Lemma 13's basis selection (Fractions only).

Certificate: ``{"kind": "basis_selection", "V": rows, "B": [row indices], "A": rows, "bound": "2^(m-r-1)" value,
"expect_within": bool}``.  The checker recomputes :math:`r = \\operatorname{rank} V`, checks
:math:`|B| = r`, :math:`\\operatorname{rank} V_B = r`, :math:`V_{B^c} = A V_B` exactly, ``bound`` equal to
:math:`2^{m-r-1}`, and that :math:`\\max |A_{ij}| \\le` ``bound`` is ``expect_within``.

Main definitions
----------------
* :func:`verify_basis_selection`.
"""

from __future__ import annotations

from fractions import Fraction

from .assumptions import rank
from .poly import frac, frac_matrix, mat_mul

__all__ = ["verify_basis_selection"]


def verify_basis_selection(cert: dict) -> tuple[bool, str]:
    """``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.basis_selection import verify_basis_selection
    >>> verify_basis_selection({"kind": "basis_selection", "V": [["1", "0"], ["0", "1"], ["5", "1"]], "B": [2, 1],
    ...     "A": [["1/5", "-1/5"]], "bound": "1", "expect_within": True})
    (True, 'V_Bc = A V_B, max |A_ij| = 1/5 <= 1')
    """
    try:
        V = frac_matrix(cert["V"])
        B = list(cert["B"])
        bound = frac(cert["bound"])
    except (ValueError, KeyError, TypeError) as exc:
        return False, str(exc)
    m, r = len(V), rank(V)
    if r >= m:
        return False, f"Lemma 13 needs rank V = r < m; got r = {r}, m = {m}"
    if len(B) != r or len(set(B)) != r or any(not isinstance(i, int) or not 0 <= i < m for i in B):
        return False, f"B must be {r} distinct row indices"
    VB = [V[i] for i in B]
    if r and rank(VB) != r:
        return False, "the rows B are dependent"
    Bc = [i for i in range(m) if i not in B]
    A = frac_matrix(cert["A"]) if r else [[] for _ in Bc]
    if len(A) != len(Bc) or any(len(row) != r for row in A):
        return False, f"A must be {len(Bc)} x {r}"
    lhs = [V[i] for i in Bc]
    rhs = mat_mul(A, VB) if r else [[Fraction(0)] * len(V[0]) for _ in Bc]
    if lhs != rhs:
        return False, "V_Bc != A V_B"
    if bound != Fraction(2) ** (m - r - 1):
        return False, f"the bound is 2^(m-r-1) = {Fraction(2) ** (m - r - 1)}, not {bound}"
    top = max((abs(x) for row in A for x in row), default=Fraction(0))
    within = top <= bound
    if within is not cert.get("expect_within"):
        return False, f"max |A_ij| = {top} <= {bound} is {within}, not {cert.get('expect_within')}"
    return True, f"V_Bc = A V_B, max |A_ij| = {top} {'<=' if within else '>'} {bound}"
