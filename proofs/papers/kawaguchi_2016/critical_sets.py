"""Kawaguchi (2016): theorems about local minima, checked on every critical point of small instances.

Main results
------------
* ``global_min_or_saddle_on_critical_set_of_full_rank_data`` --
  Theorem 2.3 (ii)-(iii) on the whole critical set (scope ``critical_set``).
* ``saddle_strict_on_critical_set_of_middle_rank_eq_min_width`` --
  Theorem 2.3 (iv) on the whole critical set (scope ``critical_set``).

References
----------
* ``kawaguchi-2016``, "Theorem 2.3" (ii)-(iv).
* issue 20 item 4: the covering certificates of :mod:`symbolic.critical.unregularized`.
"""

from __future__ import annotations

from proofs.checks.critical_sets import component_cells, critical_set_outcome, instance_names
from proofs.ledger.claim import Claim

__all__ = ["CLAIMS"]


def _check_global_min_or_saddle_on_critical_set_of_full_rank_data(quick: bool):
    return critical_set_outcome(instance_names(quick),
                                premises=("kawaguchi_theorem_2_3", "squared_loss"), what="(ii) and (iii)")


def _check_saddle_strict_on_critical_set_of_middle_rank_eq_min_width(quick: bool):
    # p = 1, the narrowest hidden width, on both instances
    names = ("2-1-1-2",) if quick else ("2-1-1-2", "2-1-2-2")
    return critical_set_outcome(names, premises=("kawaguchi_theorem_2_3", "squared_loss", "deep"),
                                what="(iv): a saddle with rank(W_H ... W_2) = p has a negative Hessian eigenvalue",
                                expect={"strict_saddles_of_middle_rank": 1})


CLAIMS = (
    Claim(
        id="global_min_or_saddle_on_critical_set_of_full_rank_data", location="L129",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        kind="theorem",
        statement=(r"Under the assumptions of Theorem 2.3 ($XX^T$ and $XY^T$ of full rank, $d_y \le d_x$, "
                   r"$\Sigma$ with $d_y$ distinct eigenvalues): (ii) every local minimum is a global minimum; "
                   r"(iii) every critical point that is not a global minimum is a saddle point -- at every "
                   r"critical point of the listed instances."),
        source="(iii) Every critical point that is not a global minimum is a saddle point.",
        check=_check_global_min_or_saddle_on_critical_set_of_full_rank_data,
        recorded="confirmed",
        uses=("local_min_is_global_of_full_rank_data",),
        reading=("the whole critical set of each instance (complex points included), not sample points: the "
                 "covering certificate's leaves are strict saddles, non-strict saddle points with an odd-order"
                 " descent curve, and the global-minimum component; a saddle is a critical point that is "
                 "neither a local minimum nor a local maximum"),
        scope_kind="critical_set",
        cells=component_cells(instance_names(True)),
    ),
    Claim(
        id="saddle_strict_on_critical_set_of_middle_rank_eq_min_width", location="L130",
        paper="kawaguchi-2016",
        label="Theorem 2.3",
        kind="theorem",
        statement=(r"Under the assumptions of Theorem 2.3, (iv): if $\operatorname{rank}(W_H \cdots W_2) = p$, the "
                   r"Hessian at any saddle point has at least one strictly negative eigenvalue -- at every critical "
                   r"point of the listed instances ($H = 2$, $p = 1$)."),
        source="(iv) If rank(WH ∙ ∙ ∙ W2 ) = p, then the Hessian at any saddle point has at least one (strictly)",
        check=_check_saddle_strict_on_critical_set_of_middle_rank_eq_min_width,
        recorded="confirmed",
        uses=("saddle_strict_of_middle_rank_eq_min_width", "global_min_or_saddle_on_critical_set_of_full_rank_data"),
        reading=("every saddle of the listed instances lies in a strict-saddle leaf (a 2x2 Hessian block with "
                 "negative determinant) or is one of the isolated points certified by an odd-order Taylor term; the "
                 "checker computes the Hessian inertia and rank(W_H ... W_2) at each such point: the non-strict ones "
                 "have middle rank 0 < p, so no saddle with middle rank p lacks a negative eigenvalue"),
        scope_kind="critical_set",
        cells=component_cells(("2-1-1-2",)),
    ),
)
