"""The claims of ``kawaguchi-2016`` (``../shared/papers/INDEX.md``), in ledger order.

Modules: checks, claims, constructions, critical_sets, landscape, missing_steps, necessary_conditions, perturbations, proof_steps, statements.
"""

from __future__ import annotations

from proofs.papers.kawaguchi_2016.claims import CLAIMS as _CLAIMS
from proofs.papers.kawaguchi_2016.perturbations import CLAIMS as _PERTURBATIONS
from proofs.papers.kawaguchi_2016.proof_steps import CLAIMS as _PROOF_STEPS
from proofs.papers.kawaguchi_2016.statements import CLAIMS as _STATEMENTS
from proofs.papers.kawaguchi_2016.critical_sets import CLAIMS as _CRITICAL_SETS

__all__ = ["CLAIMS"]

CLAIMS = _CLAIMS + _PERTURBATIONS + _STATEMENTS + _PROOF_STEPS
CLAIMS += _CRITICAL_SETS
from proofs.papers.kawaguchi_2016.missing_steps import CLAIMS as _MISSING_STEPS
CLAIMS += _MISSING_STEPS
