"""The claims of ``laurent-vonbrecht-2018`` (``../shared/papers/INDEX.md``), in ledger order.

Modules: checks, claims, constructions, critical_sets, landscape, nonsmooth_witness, proof_steps, statements, subdifferential, theorem3.
"""

from __future__ import annotations

from proofs.papers.laurent_vonbrecht_2018.claims import CLAIMS as _CLAIMS
from proofs.papers.laurent_vonbrecht_2018.proof_steps import CLAIMS as _PROOF_STEPS
from proofs.papers.laurent_vonbrecht_2018.critical_sets import CLAIMS as _CRITICAL_SETS

__all__ = ["CLAIMS"]

CLAIMS = _CLAIMS
CLAIMS += _PROOF_STEPS
CLAIMS += _CRITICAL_SETS
