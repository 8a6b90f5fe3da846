"""The ledger's machinery: a claim and its outcome as data (claim), the registry of every paper's claims with the run that hands each certificate to the separate checker (registry), and LEDGER.md (report).

May import: symbolic.checker; proofs.papers only by name, through the registry's PAPER_PACKAGES.
"""

from proofs.ledger.claim import Claim, Outcome

__all__ = ["Claim", "Outcome"]
