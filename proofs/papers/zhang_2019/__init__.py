"""The claims of ``zhang-2019`` (``../shared/papers/INDEX.md``), in ledger order.

Modules: checks, claims, constructions, critical_sets, landscape, missing_steps, proof_steps, spurious, statements, towers.
"""

from __future__ import annotations

from proofs.papers.zhang_2019.claims import CLAIMS as _CLAIMS
from proofs.papers.zhang_2019.proof_steps import CLAIMS as _PROOF_STEPS
from proofs.papers.zhang_2019.critical_sets import CLAIMS as _CRITICAL_SETS

__all__ = ["CLAIMS"]

CLAIMS = _CLAIMS
CLAIMS += _PROOF_STEPS
CLAIMS += _CRITICAL_SETS
from proofs.papers.zhang_2019.missing_steps import CLAIMS as _MISSING_STEPS
CLAIMS += _MISSING_STEPS
