"""The claims of ``zhou-liang-2018`` (``../shared/papers/INDEX.md``), in ledger order.

Modules: checks, claims, constructions, critical_set_patterns, critical_sets, deep, deep_forms, deep_landscape, findings, missing_steps, proof_steps, relu, relu_cones, relu_landscape, remarks, shallow.
"""

from __future__ import annotations

from proofs.papers.zhou_liang_2018.claims import CLAIMS as _CLAIMS
from proofs.papers.zhou_liang_2018.deep_landscape import CLAIMS as _DEEP_LANDSCAPE
from proofs.papers.zhou_liang_2018.relu_landscape import CLAIMS as _RELU_LANDSCAPE
from proofs.papers.zhou_liang_2018.proof_steps import CLAIMS as _PROOF_STEPS
from proofs.papers.zhou_liang_2018.remarks import CLAIMS as _REMARKS
from proofs.papers.zhou_liang_2018.critical_sets import CLAIMS as _CRITICAL_SETS

__all__ = ["CLAIMS"]

CLAIMS = _CLAIMS + _DEEP_LANDSCAPE + _RELU_LANDSCAPE + _REMARKS + _PROOF_STEPS
CLAIMS += _CRITICAL_SETS
from proofs.papers.zhou_liang_2018.missing_steps import CLAIMS as _MISSING_STEPS
CLAIMS += _MISSING_STEPS
from proofs.papers.zhou_liang_2018.critical_set_patterns import CLAIMS as _CRITICAL_SET_PATTERNS

CLAIMS += _CRITICAL_SET_PATTERNS
