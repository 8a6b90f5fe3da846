"""Facts about a network point split at a layer, recomputed from the JSON problem (Fractions only).

For a problem ``{"dims", "X", "Y", "weights", "loss"}`` (squared or quartic loss) and a
split ``j`` (``1 <= j < k``): :math:`A = W_k \\cdots W_{j+1}`, :math:`B = W_j \\cdots W_1`,
:math:`G = f'(AB) = f'(E) X^T` with :math:`E = ABX - Y` and :math:`f'(E) = E` (squared) or
:math:`E^{\\circ 3}` (quartic).  A spec ``{"j": 1, "grad_f_zero": bool, "grad_A_zero": bool,
"grad_B_zero": bool, "rank_A": int, "rank_B": int, "zero_or_full_rank": bool}`` (every key but ``j`` optional)
holds when
each stated fact is what exact arithmetic gives: ``grad_A_zero`` is :math:`G B^T = 0`,
``grad_B_zero`` is :math:`A^T G = 0` (the two partial derivatives of :math:`L_2(A, B) = f(AB)`),
``zero_or_full_rank`` is Lemma 1's conclusion :math:`G = 0` or :math:`\\operatorname{rank} A = \\operatorname{rank} B = d_j`.

Main definitions
----------------
* :func:`split_facts`, :func:`verify_split`.
"""

from __future__ import annotations

from fractions import Fraction

from .assumptions import rank
from .poly import frac_matrix, mat_mul, mat_sub, transpose

__all__ = ["split_facts", "verify_split"]


def _product(Ws, lo, hi, size):
    out = [[Fraction(int(i == j)) for j in range(size)] for i in range(size)]
    for W in Ws[lo - 1:hi]:
        out = mat_mul(W, out)
    return out


def _zero(M) -> bool:
    return all(x == 0 for row in M for x in row)


def split_facts(problem: dict, j: int) -> dict:
    """The facts of the module docstring for ``problem`` split at ``j``.

    Examples
    ========

    >>> from symbolic.checker.split import split_facts
    >>> p = {"dims": [2, 1, 2], "Y": [["1", "0"], ["0", "0"]], "weights": [[["0", "0"]], [["0"], ["0"]]]}
    >>> split_facts(p, 1)
    {'grad_f_zero': False, 'grad_A_zero': True, 'grad_B_zero': True, 'rank_A': 0, 'rank_B': 0, 'zero_or_full_rank': False}
    """
    dims = problem["dims"]
    k = len(dims) - 1
    if not isinstance(j, int) or isinstance(j, bool) or not 1 <= j < k:
        raise ValueError(f"the split j must be an integer with 1 <= j < k = {k}")
    Ws = [frac_matrix(W) for W in problem["weights"]]
    if len(Ws) != k:
        raise ValueError("one weight matrix per layer")
    X = frac_matrix(problem["X"]) if problem.get("X") is not None else \
        [[Fraction(int(a == b)) for b in range(dims[0])] for a in range(dims[0])]
    B = _product(Ws, 1, j, dims[0])
    A = _product(Ws[j:], 1, k - j, dims[j])
    E = mat_sub(mat_mul(mat_mul(A, B), X), frac_matrix(problem["Y"]))
    loss = problem.get("loss", "squared")
    if loss == "quartic":
        E = [[e * e * e for e in row] for row in E]
    elif loss != "squared":
        raise ValueError(f"split facts know the squared and quartic losses, not {loss!r}")
    G = mat_mul(E, transpose(X))
    return {"grad_f_zero": _zero(G), "grad_A_zero": _zero(mat_mul(G, transpose(B))),
            "grad_B_zero": _zero(mat_mul(transpose(A), G)), "rank_A": rank(A), "rank_B": rank(B),
            "zero_or_full_rank": _zero(G) or rank(A) == rank(B) == dims[j]}


def verify_split(problem: dict, spec: dict) -> tuple[bool, str]:
    """``(ok, reason)``: every fact stated in ``spec`` is what :func:`split_facts` recomputes."""
    if not isinstance(spec, dict) or "j" not in spec:
        return False, "a split expectation states the split j"
    try:
        facts = split_facts(problem, spec["j"])
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        return False, f"split facts: {exc}"
    unknown = set(spec) - set(facts) - {"j"}
    if unknown:
        return False, f"unknown split facts {sorted(unknown)}"
    for key, value in spec.items():
        if key != "j" and facts[key] != value:
            return False, f"at the split j = {spec['j']}, {key} is {facts[key]!r}, not {value!r}"
    return True, f"split at j = {spec['j']}: {len(spec) - 1} facts recomputed"
