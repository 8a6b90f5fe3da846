"""The claims of ``zhang-2019`` (``../shared/papers/INDEX.md``), in ledger order.

Modules: checks, claims, constructions, landscape, spurious, statements, towers.
"""

from __future__ import annotations

from proofs.papers.zhang_2019.claims import CLAIMS as _CLAIMS

__all__ = ["CLAIMS"]

CLAIMS = _CLAIMS
