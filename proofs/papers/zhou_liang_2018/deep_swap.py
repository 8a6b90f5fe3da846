r"""Zhou and Liang (2018), proof of Theorem 4 item 1: the value at the proof's own perturbation.

:math:`L_D = \tfrac12\lVert A_\ell\cdots A_1X - Y\rVert_F^2`.  At a deep-non-optimal-order critical point the proof
replaces the column :math:`u_j` of :math:`U_kS_k` by :math:`(u_j + \varepsilon u_i)/\sqrt{1 + \varepsilon^2}` (the matrix
:math:`M_k`), sets :math:`\tilde A_\ell = M_k(U_kS_k)^T A_\ell` and regenerates :math:`A_{k+1}` by (4).  This module
builds that curve exactly (rational in :math:`\varepsilon`: the normalization is carried by :math:`A_{k+1}`, which leaves
every product :math:`A_{(\ell,1)}` unchanged) as a ``rational_curve_loss`` certificate.

Main results
------------
* ``deep_swap_decrease_eq_half_of_non_optimal_order`` -- claim registered in
  :mod:`proofs.papers.zhou_liang_2018.missing_steps`.

References
----------
* ``zhou-liang-2018``, "Theorem 4" (its proof, item 1, in the supplement).
"""

from __future__ import annotations

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.forms.analytical_forms import entries_equal, sigma_matrix
from symbolic.forms.deep_forms import DeepForm, product

from proofs.papers.zhou_liang_2018.deep_forms import deep_categories, recovered_deep
from proofs.papers.zhou_liang_2018.constructions import (
    _EPS,
    _K,
    _R,
    _a1_numerator,
    _coeffs,
    _lift,
    _unit_eigenvector,
    curve_certificate,
)

__all__ = ["passes_through", "proof_swap_curve", "proof_swap_points"]


def proof_swap_curve(D: DeepForm, k: int, U) -> tuple:
    r"""The proof's perturbation of Theorem 4 item 1 at step ``k``.  Returns ``(certificate, sigma_i - sigma_j)``.

    The certificate (``rational_curve_loss``) states
    :math:`L(\varepsilon) - L(0) = -\frac{\varepsilon^2}{2(1+\varepsilon^2)}(\sigma_i(k) - \sigma_j(k))` and, in
    ``not_equal``, that this differs from the extracted :math:`-\frac{\varepsilon^2}{1+\varepsilon^2}(\sigma_i(k) -
    \sigma_j(k))`.  Layers: :math:`\tilde A_\ell = W_\varepsilon W^T A_\ell` (:math:`W = U_kS_k`, the step's unit
    columns; :math:`W_\varepsilon` has :math:`u_j + \varepsilon u_i` in place of :math:`u_j`) and :math:`\tilde A_{k+1}`
    from (4) with :math:`U_k \leftarrow W_\varepsilon` (its row scaled by :math:`1/(1+\varepsilon^2)`, so the products
    equal those of the proof's normalized :math:`M_k`).
    """
    F = D.steps[k]
    p, m = list(F.pattern), list(F.multiplicities)
    r = len(m) - (1 if F.values[-1] == 0 else 0)
    i, j = next((a, b) for a in range(r) for b in range(a + 1, r) if p[a] < m[a] and p[b] > 0)
    vi, vj = F.values[i], F.values[j]
    W = F.W
    n, rho = W.shape
    if not entries_equal(W.transpose().matmul(W), DomainMatrix.eye(rho, QQ).to_dense()):
        raise ValueError("the step's columns must be orthonormal (take them from a rational orthonormal U)")
    if not entries_equal(F.A2, product(list(D.weights[k + 1:]))):
        raise ValueError(f"step {k}'s prescribed A_(l,k+2) is not the product of the layers")
    cols = [W.extract(list(range(n)), [c]) for c in range(rho)]
    ui = _unit_eigenvector(sigma_matrix(F.X, F.Y), U, vi, cols)
    t = max(c for c, v in enumerate(F.column_values) if v == vj)
    eps = _K(_EPS)
    lifted = [_lift(c) for c in cols]
    lifted[t] = lifted[t] + _lift(ui) * eps
    Weps = DomainMatrix.hstack(*lifted)
    q = _EPS ** 2 + 1
    A_next = _a1_numerator(F, Weps, q)
    top = Weps.matmul(_lift(W.transpose())).matmul(_lift(D.weights[-1]))
    # the proof's identity A_l A_(l-1,k+2) -> M_k S_k^T V_k C_k, i.e. W_eps W^T A_(l,k+2) = W_eps C_k (padded)
    d1 = F.C0.shape[0]
    Wpad = DomainMatrix.hstack(Weps, DomainMatrix.zeros((n, d1 - rho), _K).to_dense()) if d1 > rho else Weps
    mid = list(D.weights[k + 1:-1])
    reached = top.matmul(_lift(product(mid))) if mid else top
    if not entries_equal(reached, Wpad.matmul(_lift(F.C0))):
        raise ValueError("W_eps W^T A_(l,k+2) differs from W_eps C_k: the step is not in the proof's form")
    nums = [_lift(A) for A in D.weights]
    dens = [_R.one] * D.depth
    nums[k], dens[k] = A_next, q
    nums[-1] = top
    R = -(vi - vj) / 2 * _EPS ** 2
    cert = curve_certificate(D.X, D.Y, D.weights, nums, dens, R, q, "decrease")
    cert["not_equal"] = [{"numerator": _coeffs(-(vi - vj) * _EPS ** 2), "denominator": _coeffs(q)}]
    return cert, vi - vj


def proof_swap_points(quick: bool) -> tuple:
    """``((label, DeepForm, U, k), ...)``: the critical ``L = 0`` points recovered with unit columns (as for
    ``deep_lower_value_same_rank_of_non_optimal_order``) that are deep-non-optimal-order, ``k`` the first such step."""
    out = []
    for label, D, U in recovered_deep(quick):
        if U is None:
            continue
        steps = deep_categories(D)["non_optimal_steps"]
        if steps:
            out.append((label, D, U, steps[0]))
    return tuple(out)


def passes_through(D: DeepForm, k: int) -> bool:
    r"""Whether the proof's :math:`M_k(U_kS_k)^TA_\ell` equals :math:`A_\ell` at :math:`\varepsilon = 0`, i.e.
    :math:`WW^TA_\ell = A_\ell` (else its value at 0 is :math:`P_{col(A_{(\ell,k+2)})}A_\ell`, not a point near
    :math:`A_\ell`)."""
    W = D.steps[k].W
    return entries_equal(W.matmul(W.transpose()).matmul(D.weights[-1]), D.weights[-1])
