"""Zhou-Liang (2018), Sections 2-3: the named witnesses of the refuted entries, with their premises.

Each refutation is one small exact witness, the facts that it satisfies the hypothesis as printed (the premises),
and the negated conclusion, in a ``refutation`` certificate (:func:`proofs.ledger.claim.refutation_certificate`).

* :func:`categories_witness` -- :math:`X = I_3`, :math:`Y = \\operatorname{diag}(3, 1, 0)` (:math:`\\Sigma =
  \\operatorname{diag}(9, 1, 0)`), :math:`d_1 = 2`, pattern :math:`(p_1, p_2; \\bar p) = (1, 0; 1)`: a critical point,
  not a global minimum (item 1's swap of the zero eigenvector towards :math:`e_2` lowers :math:`L`), in neither
  category.
* :func:`swap_witness` -- :math:`X = I_2`, :math:`Y = \\operatorname{diag}(3, 1)`, :math:`d_1 = 1`, pattern
  :math:`(0, 1)`: non-optimal order; the proof's perturbation at :math:`\\varepsilon = 3/4`
  (:math:`\\sqrt{1+\\varepsilon^2} = 5/4`) changes :math:`L` by :math:`-36/25 = -\\tfrac12\\tfrac{\\varepsilon^2}{1+
  \\varepsilon^2}(\\sigma_1 - \\sigma_2)`, not the printed :math:`-72/25`.
* :func:`scalar_example_certificate` -- :math:`L = \\tfrac12(a_2a_1x)^2` at :math:`a_1 = 0`, :math:`a_2 = 1`, for every
  :math:`x`: critical, Hessian :math:`(x^2, 0; 0, 0)` as printed, and a global minimum (:math:`L \\ge 0 = L(0, 1)`).
* :func:`condition6_witness` -- :math:`X = I_2`, :math:`Y = \\operatorname{diag}(3, 1)`, widths 2, 2, every
  :math:`L_k = 0`, patterns :math:`(1, 0)` and :math:`(1, 0)`, :math:`C_0 = (1, 1; 0, 1)`, :math:`C_1 = I`: every
  condition of Theorem 3 holds (nested column spaces, consistent ranks), the point is critical, and (6)'s first
  equation fails.

Main definitions
----------------
* :func:`swap_certificate`, :func:`categories_witness`, :func:`swap_witness`, :func:`scalar_example_certificate`,
  :func:`condition6_witness`.
"""

from __future__ import annotations

import math
from fractions import Fraction

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.forms.analytical_forms import shallow_critical_point
from symbolic.forms.deep_forms import deep_critical_point
from symbolic.core.exact import matrix_to_strings, rational_matrix
from symbolic.core.pinv import pinv

from proofs.ledger.claim import fact, facts_certificate, refutation_certificate
from proofs.papers.zhou_liang_2018.deep_forms import deep_form_certificate
from proofs.papers.zhou_liang_2018.shallow import certificate_of

__all__ = ["swap_certificate", "categories_witness", "swap_witness", "scalar_example_certificate",
           "condition6_witness", "SWAP_EPS"]

#: The rational eps of the swap witnesses, with sqrt(1 + eps^2) = 5/4.
SWAP_EPS = (Fraction(3, 4), Fraction(5, 4))


def _frac(x) -> Fraction:
    return Fraction(int(x.numerator), int(x.denominator))


def _column(F, c):
    return [_frac(F.W[i, c].element) for i in range(F.W.shape[0])]


def _swap_change(F, c, v, t, root) -> Fraction:
    """L at the swapped point minus L at ``F`` (the columns' span decides the loss: (27) of the supplement)."""
    cols = [_column(F, j) for j in range(F.W.shape[1])]
    cols[c] = [(a + t * b) / root for a, b in zip(cols[c], v)]
    d2 = len(cols[c])
    P = [[sum(w[i] * w[j] / sum(x * x for x in w) for w in cols) for j in range(d2)] for i in range(d2)]
    Pm = DomainMatrix([[QQ(x.numerator, x.denominator) for x in row] for row in P], (d2, d2), QQ)
    Z = F.Y.matmul(pinv(F.X)).matmul(F.X)
    E_new = Pm.matmul(Z) - F.Y
    E_old = F.A2.matmul(F.A1).matmul(F.X) - F.Y
    sq = lambda E: sum((_frac(x) ** 2 for x in E.to_list_flat()), Fraction(0))  # noqa: E731
    return (sq(E_new) - sq(E_old)) / 2


def swap_certificate(F, c: int, v, value_i, eps=SWAP_EPS[0], root=SWAP_EPS[1], not_equal=()) -> dict:
    """A ``zhou_liang_swap`` certificate: column ``c`` of ``F`` tilted towards the eigenvector ``v`` of ``value_i``.

    .. math::

        \\tilde w_c = (w_c + t v)/\\sqrt{1 + \\varepsilon^2}, \\qquad
        t = \\varepsilon\\lVert w_c\\rVert/\\lVert v\\rVert .

    Examples
    ========

    >>> from symbolic.forms.analytical_forms import shallow_critical_point
    >>> from proofs.papers.zhou_liang_2018.findings import swap_certificate
    >>> F = shallow_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], 1, (0, 1))
    >>> swap_certificate(F, 0, [1, 0], 9)["difference"]
    '-36/25'
    """
    v = [Fraction(x) for x in v]
    eps, root = Fraction(eps), Fraction(root)
    w = _column(F, c)
    ratio = sum(x * x for x in w) / sum(x * x for x in v)  # t^2 = eps^2 |w_c|^2 / |v|^2
    t2 = eps * eps * ratio
    t = Fraction(math.isqrt(t2.numerator), math.isqrt(t2.denominator))
    if t * t != t2:
        raise ValueError(f"eps |w_c| / |v| = sqrt({t2}) is irrational; take v with the norm of w_c")
    change = _swap_change(F, c, v, t, root)
    cert = {"kind": "zhou_liang_swap", "form": certificate_of(F, with_categories=False), "column": c,
            "direction": [str(x) for x in v], "value_i": str(Fraction(value_i)), "eps": str(eps), "root": str(root),
            "scale": str(t), "difference": str(change)}
    if not_equal:
        cert["not_equal"] = [str(Fraction(x)) for x in not_equal]
    return cert


def _witness(F) -> dict:
    return {"X": matrix_to_strings(F.X), "Y": matrix_to_strings(F.Y), "A1": matrix_to_strings(F.A1),
            "A2": matrix_to_strings(F.A2)}


def categories_witness() -> tuple[dict, dict]:
    """``(refutation certificate, summary)`` for ``non_global_critical_in_two_categories``.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> from proofs.papers.zhou_liang_2018.findings import categories_witness
    >>> cert, summary = categories_witness()
    >>> verify(cert)[0], summary["change"]
    (True, '-9/50')
    """
    I3 = [[int(i == j) for j in range(3)] for i in range(3)]
    F = shallow_critical_point(I3, [[3, 0, 0], [0, 1, 0], [0, 0, 0]], 2, (1, 0, 1), basis=I3)
    form = certificate_of(F, with_categories=False)
    c = F.column_values.index(QQ(0))
    swap = swap_certificate(F, c, [0, 1, 0], 1)
    named = certificate_of(F, with_categories=True)
    data = _witness(F)
    rank_fact = facts_certificate(data, [fact("rank A2 = min(d2, d1): not the optimal order's rank(A2) < min(d2, d1)",
                                              {"rank": ["A2"]}, "==", {"min": [{"rows": "A2"}, {"cols": "A2"}]})])
    cert = refutation_certificate(
        premises={"critical point in Theorem 1's form (Sigma = diag(9, 1, 0), columns e1 for 9 and e3 for 0)": form,
                  "not a global minimum: item 1's swap of e3 towards e2 (sigma_i = 1 > sigma_j = 0) at eps = 3/4 "
                  "lowers L": swap},
        negation={"in neither category (no i < j <= r with p_i < m_i, p_j > 0; rank A2 = min(d2, d1))": named,
                  "rank A2 = min(d2, d1)": rank_fact},
        witness=data)
    return cert, {"change": swap["difference"], "categories": named["categories"]}


def swap_witness(printed: bool = True) -> tuple[dict, dict]:
    """``(certificate, summary)`` at the non-optimal-order witness: with ``printed`` the refutation of the printed
    decrease, otherwise the ``zhou_liang_swap`` certificate of the corrected one.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> from proofs.papers.zhou_liang_2018.findings import swap_witness
    >>> cert, summary = swap_witness()
    >>> verify(cert)[0], summary
    (True, {'exact': '-36/25', 'printed': '-72/25', 'corrected': '-36/25'})
    """
    F = shallow_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], 1, (0, 1))
    eps, root = SWAP_EPS
    gap = Fraction(9 - 1)
    printed_change = -eps * eps / (1 + eps * eps) * gap
    corrected = printed_change / 2
    swap = swap_certificate(F, 0, [1, 0], 9)
    summary = {"exact": swap["difference"], "printed": str(printed_change), "corrected": str(corrected)}
    if not printed:
        return swap, summary
    cert = refutation_certificate(
        premises={"critical point of non-optimal order (Sigma = diag(9, 1), p = (0, 1): sigma_2 captured, "
                  "sigma_1 skipped)": certificate_of(F, with_categories=True),
                  "the proof's perturbation at eps = 3/4: u_2 -> (u_2 + eps u_1)/sqrt(1 + eps^2), A1 by (1)": swap},
        negation={f"L changes by {swap['difference']}, not the printed -eps^2/(1 + eps^2)(sigma_1 - sigma_2) = "
                  f"{printed_change}": swap_certificate(F, 0, [1, 0], 9, not_equal=[printed_change])},
        witness=_witness(F))
    return cert, summary


def _poly(terms):
    return [[list(e), str(c)] for e, c in terms]


def scalar_example_certificate() -> dict:
    """The refutation for the scalar example after Theorem 2 (variables :math:`a_1, a_2, x`; :math:`y = 0`).

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> from proofs.papers.zhou_liang_2018.findings import scalar_example_certificate
    >>> verify(scalar_example_certificate())[0]
    True
    """
    variables = ["a1", "a2", "x"]
    target = _poly([((2, 2, 2), "1/2")])  # (a2 a1 x - y)^2 / 2 with y = 0
    printed_loss = {"kind": "nonnegativity", "variables": variables, "constraints": [], "target": target,
                    "constant": "0", "terms": [{"coefficient": "1/2", "constraints": [],
                                                "square": _poly([((1, 1, 1), "1")])}]}
    jet = {"kind": "polynomial_jet", "variables": variables, "target": target, "point": {"a1": "0", "a2": "1"},
           "value": [], "gradient": [[], []], "hessian": [[_poly([((0, 0, 2), "1")]), []], [[], []]]}
    return refutation_certificate(
        premises={"the printed loss with y = 0: L = (a2 a1 x - 0)^2 / 2, an exact identity": printed_loss,
                  "at a1 = 0, a2 = 1, for every x: L = 0, the gradient is 0 (critical) and the Hessian in (a1, a2) "
                  "is (x^2, 0; 0, 0), as printed": jet},
        negation={"L >= 0 everywhere (a square)": printed_loss,
                  "L(0, 1) = 0: so (0, 1) is a global minimum, not a saddle": jet},
        witness={"variables": variables, "target": target})


def condition6_witness() -> tuple[dict, object]:
    """``(refutation certificate, DeepForm)`` for ``condition6_of_zero_l_terms``.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> from proofs.papers.zhou_liang_2018.findings import condition6_witness
    >>> cert, D = condition6_witness()
    >>> verify(cert)[0], D.consistency(), D.is_critical()
    (True, (False,), True)
    """
    D = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 0), (1, 0)],
                            C0s=[rational_matrix([[1, 1], [0, 1]]), None])
    form = deep_form_certificate(D, "inconsistent")
    cert = refutation_certificate(
        premises={"Theorem 3's form with every L_k = 0: V_k eigenvector blocks of Sigma_k (p(0) = (1, 0) of "
                  "diag(9, 1), p(1) = (1, 0) of diag(9, 0)), C_0 = (1, 1; 0, 1) and C_1 = I invertible, ranks "
                  "consistent with the layers, column spaces nested; the point is critical":
                  {"kind": "deep_form_premises", "zero_l": True, "form": deep_form_certificate(D, "critical")}},
        negation={"(6)'s first equation fails: A_(3,2) prescribed by (5) is (1, 1; 0, 0), but A_3 A_2 = "
                  "(1, 0; 0, 0)": form},
        witness={"weights": form["weights"]})
    return cert, D
