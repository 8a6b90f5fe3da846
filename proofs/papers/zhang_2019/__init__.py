"""The claims of ``zhang-2019`` (``../shared/papers/INDEX.md``), in ledger order.

Modules: checks, claims, critical_sets, constructions, landscape, towers.
"""

from __future__ import annotations

from proofs.papers.zhang_2019.claims import CLAIMS as _CLAIMS
from proofs.papers.zhang_2019.critical_sets import CLAIMS as _CRITICAL_SETS

__all__ = ["CLAIMS"]

CLAIMS = _CLAIMS + _CRITICAL_SETS
