"""Laurent-von Brecht (2018): theorems about local minima, checked on every critical point of small instances.

Main results
------------
* ``grad_eq_zero_at_local_min_on_critical_set_of_wide_layers`` --
  Theorem 3: grad f = 0 on the global component, the only one holding local minima (scope ``critical_set``).
* ``local_min_is_global_on_critical_set_of_wide_layers`` --
  Theorem 1 on the whole critical set (scope ``critical_set``).
* ``local_min_is_global_on_critical_set_of_quartic_loss`` --
  Theorem 1 with the quartic loss, whose global value is algebraic (scope ``critical_set``).
* ``grad_eq_zero_at_local_min_on_critical_set_of_quartic_loss`` --
  Theorem 3 with the quartic loss (scope ``critical_set``).

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


#: Instances whose quartic-loss critical set is covered in seconds (larger ones: README, "Every critical point").
QUARTIC_INSTANCES = ("1-1-1-1",)


def _check_local_min_is_global_on_critical_set_of_quartic_loss(quick: bool):
    return critical_set_outcome(QUARTIC_INSTANCES, premises=("wide_layers", "convex_loss"), loss="quartic",
                                what="no sub-optimal local minimum (the global value the only real root of a cubic)")


def _check_grad_eq_zero_at_local_min_on_critical_set_of_quartic_loss(quick: bool):
    return critical_set_outcome(QUARTIC_INSTANCES, premises=("wide_layers", "convex_loss"), loss="quartic",
                                what="grad f(A) = 0 at every local minimizer",
                                expect={"grad_f_zero_at_local_minima": True})


_QUARTIC_CELLS = ("""from proofs.checks.critical_sets import covering

for name in ("1-1-1-1",):
    result = covering(name, loss="quartic")
    print("dims", result["problem"]["dims"], "X =", result["problem"]["X"], "Y =", result["problem"]["Y"], "(quartic loss)")
    for v in result["values"]:
        print("  ", v["value"], "| dimension", v["dimension"], "|", v["classification"])""",)


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
    Claim(
        id="local_min_is_global_on_critical_set_of_quartic_loss", location="L150-L151",
        paper="laurent-vonbrecht-2018",
        label="Theorem 1",
        kind="theorem",
        statement=(r"With a convex differentiable loss and $d_k \ge \min(d_0, d_L)$ for all $k$, every local "
                   r"minimum of $L(W_1, \dots, W_L)$ is a global minimum -- for the quartic loss "
                   r"$f(A) = \tfrac14 \sum_{ij} ((AX - Y)_{ij})^4$, at every critical point of the listed instances."),
        source=("Theorem 1. If hypotheses (i) and (ii) hold then (1) has no sub-optimal minimizers, i.e. any "
                "local minimum is global."),
        check=_check_local_min_is_global_on_critical_set_of_quartic_loss,
        recorded="confirmed",
        uses=("local_min_is_global_of_convex_loss_of_wide_layers", "local_min_is_global_on_critical_set_of_wide_layers"),
        reading=("a convex loss other than the squared one: its critical values are algebraic, so the global "
                 "component is a value leaf p(L) = 0 whose polynomial has exactly one real root (Sturm, re-checked); "
                 "coercivity of f with X X^T invertible makes the minimum attained at a critical point, hence that "
                 "root; the width hypothesis (ii) and the loss's convexity recomputed by the checker"),
        scope_kind="critical_set",
        cells=_QUARTIC_CELLS,
    ),
    Claim(
        id="grad_eq_zero_at_local_min_on_critical_set_of_quartic_loss", location="L266-L269",
        paper="laurent-vonbrecht-2018",
        label="Theorem 3",
        kind="theorem",
        statement=(r"If $f$ is differentiable and $\min\{d_1, \dots, d_{L-1}\} \ge \min\{d_L, d_0\}$ (3), then "
                   r"$\nabla f(\hat A) = 0$ at any local minimizer -- for the quartic loss, at every critical point "
                   r"of the listed instances."),
        source="Theorem 3. Assume that f (A) is any differentiable func- [...] any local minimizer",
        check=_check_grad_eq_zero_at_local_min_on_critical_set_of_quartic_loss,
        recorded="confirmed",
        uses=("grad_eq_zero_of_local_min_of_wide_layers", "local_min_is_global_on_critical_set_of_quartic_loss"),
        reading=("f is the quartic loss; every local minimizer lies in the value leaf, on which every entry of "
                 "grad f(A) = ((AX - Y) o (AX - Y) o (AX - Y)) X^T lies in the radical of the leaf's ideal (cofactors "
                 "re-verified)"),
        scope_kind="critical_set",
        notebook="notebooks/laurent-vonbrecht-2018/local_min_is_global_on_critical_set_of_quartic_loss.ipynb",
    ),
)
