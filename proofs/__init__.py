"""dlnproof's claims ledger: the papers' claims, their checks, and the command line."""

from .claim import Claim, Outcome

__all__ = ["Claim", "Outcome"]
