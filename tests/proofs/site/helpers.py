"""A site built once for the site tests: every claim, real outcomes for a few fast ones, recorded stubs for the rest."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import nbformat

from proofs.ledger import registry
from proofs.ledger.claim import Outcome
from proofs.notebooks.builder import build_notebooks
from proofs.site.outcomes import run_outcomes

#: Claims whose checks really run (each well under a second): refutations with curves and plots, a symbolic identity.
RUN = ("local_min_not_global_of_three_layer_example", "saddle_not_strict_of_singular_scalar_example",
       "hessian_block_eq_of_squared_loss", "local_min_not_global_of_narrow_pair_construction",
       "swap_decrease_eq_of_non_optimal_order", "gradient_eq_closed_form_of_differentiable_loss")


def stub(claim) -> Outcome:
    """The claim's recorded status as an outcome, without a certificate (nothing run)."""
    finding = claim.recorded_finding or None
    return Outcome(claim.recorded, "stub: not run in this test", finding=finding,
                   corrected_by=claim.id if finding == "misprint" else "", scope_kind=claim.scope_kind or "sampled")


@lru_cache(maxsize=1)
def outcomes() -> dict:
    real = run_outcomes([registry.get(i) for i in RUN], quick=True)
    return {c.id: real.get(c.id) or stub(c) for c in registry.claims()}


@lru_cache(maxsize=1)
def notebooks() -> dict:
    return {path: nbformat.reads(text, as_version=4) for path, text in build_notebooks(registry.claims()).items()}


ROOT = Path(__file__).resolve().parents[3]
