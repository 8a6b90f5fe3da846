"""The claims of ``zhou-liang-2018`` (``../shared/papers/INDEX.md``), in ledger order.

Modules: checks, claims, critical_sets, constructions, deep, deep_forms, deep_landscape, findings, relu, relu_cones, relu_landscape, shallow.
"""

from __future__ import annotations

from proofs.papers.zhou_liang_2018.claims import CLAIMS as _CLAIMS
from proofs.papers.zhou_liang_2018.deep_landscape import CLAIMS as _DEEP_LANDSCAPE
from proofs.papers.zhou_liang_2018.relu_landscape import CLAIMS as _RELU_LANDSCAPE
from proofs.papers.zhou_liang_2018.critical_sets import CLAIMS as _CRITICAL_SETS

__all__ = ["CLAIMS"]

CLAIMS = _CLAIMS + _DEEP_LANDSCAPE + _RELU_LANDSCAPE + _CRITICAL_SETS
