"""The claims of ``nouiehed-razaviyayn-2018`` (``../shared/papers/INDEX.md``), in ledger order.

Modules: checks, claims, critical_set_pairs, critical_sets, framework, framework_claims, landscape, lemma_steps, openness, openness_claims,
proof_steps, proposition18_steps.
"""

from __future__ import annotations

from proofs.papers.nouiehed_razaviyayn_2018.claims import CLAIMS as _CLAIMS
from proofs.papers.nouiehed_razaviyayn_2018.framework_claims import CLAIMS as _FRAMEWORK_CLAIMS
from proofs.papers.nouiehed_razaviyayn_2018.openness_claims import CLAIMS as _OPENNESS_CLAIMS
from proofs.papers.nouiehed_razaviyayn_2018.proof_steps import CLAIMS as _PROOF_STEP_CLAIMS
from proofs.papers.nouiehed_razaviyayn_2018.critical_sets import CLAIMS as _CRITICAL_SETS

__all__ = ["CLAIMS"]

CLAIMS = _CLAIMS + _OPENNESS_CLAIMS + _FRAMEWORK_CLAIMS + _PROOF_STEP_CLAIMS
CLAIMS += _CRITICAL_SETS
from proofs.papers.nouiehed_razaviyayn_2018.lemma_steps import CLAIMS as _LEMMA_STEPS

CLAIMS += _LEMMA_STEPS
from proofs.papers.nouiehed_razaviyayn_2018.proposition18_steps import CLAIMS as _PROPOSITION18_STEPS

CLAIMS += _PROPOSITION18_STEPS
from proofs.papers.nouiehed_razaviyayn_2018.critical_set_pairs import CLAIMS as _CRITICAL_SET_PAIRS

CLAIMS += _CRITICAL_SET_PAIRS
