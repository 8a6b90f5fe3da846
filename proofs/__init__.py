"""dlnproof's claims ledger: the papers' claims, their checks, and the command line."""

from proofs.ledger.claim import Claim, Outcome

__all__ = ["Claim", "Outcome"]
