"""Laurent-von Brecht (2018): theorems about local minima, checked on every critical point of small instances.

Main results
------------
* ``grad_eq_zero_at_local_min_on_critical_set_of_wide_layers`` --
  Theorem 3: grad f = 0 on the global component, the only one holding local minima (scope ``critical_set``).
* ``local_min_is_global_on_critical_set_of_wide_layers`` --
  Theorem 1 on the whole critical set (scope ``critical_set``).

References
----------
* ``laurent-vonbrecht-2018``, "Theorem 1".
* ``laurent-vonbrecht-2018``, "Theorem 3".
* issue 20 item 4: the covering certificates of :mod:`symbolic.critical.unregularized`.
"""

from __future__ import annotations

from proofs.checks.critical_sets import component_cells, critical_set_outcome, instance_names
from proofs.ledger.claim import Claim

__all__ = ["CLAIMS"]


def _check_local_min_is_global_on_critical_set_of_wide_layers(quick: bool):
    return critical_set_outcome(instance_names(quick, wide=True),
                                premises=("wide_layers", "squared_loss"), what="no sub-optimal local minimum")


def _check_grad_eq_zero_at_local_min_on_critical_set_of_wide_layers(quick: bool):
    return critical_set_outcome(instance_names(quick, wide=True), premises=("wide_layers", "squared_loss"),
                                what="grad f(A) = 0 at every local minimizer",
                                expect={"grad_f_zero_at_local_minima": True})


CLAIMS = (
    Claim(
        id="local_min_is_global_on_critical_set_of_wide_layers", location="L150-L151",
        paper="laurent-vonbrecht-2018",
        label="Theorem 1",
        kind="theorem",
        statement=(r"With a convex differentiable loss and $d_k \ge \min(d_0, d_L)$ for all $k$, every local "
                   r"minimum of $L(W_1, \dots, W_L)$ is a global minimum -- for the squared loss, at every "
                   r"critical point of the listed instances."),
        source=("Theorem 1. If hypotheses (i) and (ii) hold then (1) has no sub-optimal minimizers, i.e. any "
                "local minimum is global."),
        check=_check_local_min_is_global_on_critical_set_of_wide_layers,
        recorded="confirmed",
        uses=("local_min_is_global_of_convex_loss_of_wide_layers",),
        reading=("the convex loss instantiated as the squared loss 1/2 ||AX - Y||^2; the width hypothesis (ii)"
                 " recomputed by the checker on each instance's dims"),
        scope_kind="critical_set",
        cells=component_cells(instance_names(True, wide=True)),
    ),
    Claim(
        id="grad_eq_zero_at_local_min_on_critical_set_of_wide_layers", location="L266-L269",
        paper="laurent-vonbrecht-2018",
        label="Theorem 3",
        kind="theorem",
        statement=(r"If $f$ is differentiable and $\min\{d_1, \dots, d_{L-1}\} \ge \min\{d_L, d_0\}$ (3), then "
                   r"$\nabla f(\hat A) = 0$ at any local minimizer -- for the squared loss, at every critical point "
                   r"of the listed instances."),
        source="Theorem 3. Assume that f (A) is any differentiable func- [...] any local minimizer",
        check=_check_grad_eq_zero_at_local_min_on_critical_set_of_wide_layers,
        recorded="confirmed",
        uses=("grad_eq_zero_of_local_min_of_wide_layers", "local_min_is_global_on_critical_set_of_wide_layers"),
        reading=("f is the squared loss; the covering puts every local minimizer in a value leaf, and on each value "
                 "leaf every entry of grad f(A) = (AX - Y)X^T lies in the radical of the leaf's ideal (cofactors "
                 "re-verified), so grad f vanishes at every local minimizer"),
        scope_kind="critical_set",
        cells=component_cells(instance_names(True, wide=True)),
    ),
)
