"""dlnproof's claims ledger: the papers' claims, their checks, and the command line."""

__all__: list[str] = []
