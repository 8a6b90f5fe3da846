"""Context for Theorem 1: with entrywise weight decay a deep linear network has non-global local minima.

Main results
------------
* ``nonglobal_local_min_of_entrywise_weight_decay`` -- Mehta, Chen, Tang and Hauenstein (2018, arXiv 1810.07716):
  regularized deep linear networks have local minima that are not global; certified on a seeded (1, 1, 1, 1)
  instance whose every critical point is listed (the origin is a strict local minimum above the global value).

References
----------
* ``laurent-vonbrecht-2018``, "Theorem 1" (the hypothesis L = f(W_L ... W_1) that weight decay leaves).
* Mehta, Chen, Tang, Hauenstein, *The loss surface of deep linear networks viewed through the algebraic geometry
  lens*, arXiv 1810.07716 (not one of the ledger's five papers; recorded here, see the claim's reading).
"""

from __future__ import annotations

from proofs.ledger.claim import Outcome
from symbolic.critical.regularized import regularized_critical_points
from symbolic.critical.regularized_problem import seeded_problem

__all__ = ["check_nonglobal_local_min_of_weight_decay", "WEIGHT_DECAY_INSTANCE"]

#: dims, samples, seed of the instance (:func:`symbolic.critical.regularized_problem.seeded_problem`).
WEIGHT_DECAY_INSTANCE = ((1, 1, 1, 1), 1, 0)


def check_nonglobal_local_min_of_weight_decay(quick: bool) -> Outcome:
    dims, samples, seed = WEIGHT_DECAY_INSTANCE
    p = seeded_problem(list(dims), samples, seed).to_json()
    r = regularized_critical_points(p["dims"], p["X"], p["Y"], p["lambdas"], backend="sympy", completeness=True)
    origin = next(m for m, e in enumerate(r.certificate["points"])
                  if e["real"] and all(a == "0" for a, _ in e["center"]))
    cert = dict(r.certificate)
    cert["expect"] = {"nonglobal_local_min": origin}
    scope = (f"every critical point of one seeded instance, dims {dims}, {samples} sample, rational lambdas in (0, 1): "
             f"{r.count} complex critical points (complete: Groebner basis recomputed by the checker), "
             f"{len(r.real_points)} real, Hessian indices {r.indices}")
    return Outcome("confirmed", scope, cert, scope_kind="critical_set",
                   details=("the origin is critical with Hessian diag(lambda^2) > 0 (a strict local minimum) and its "
                            "loss 1/2 |Y|^2 is certified above the loss of the global minima"))
