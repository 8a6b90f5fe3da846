"""The claims of ``kawaguchi-2016`` (``../shared/papers/INDEX.md``), in ledger order.

Modules: checks, claims, critical_sets, constructions, landscape, necessary_conditions, perturbations.
"""

from __future__ import annotations

from proofs.papers.kawaguchi_2016.claims import CLAIMS as _CLAIMS
from proofs.papers.kawaguchi_2016.perturbations import CLAIMS as _PERTURBATIONS
from proofs.papers.kawaguchi_2016.critical_sets import CLAIMS as _CRITICAL_SETS

__all__ = ["CLAIMS"]

CLAIMS = _CLAIMS + _PERTURBATIONS + _CRITICAL_SETS
