"""One package per paper; each lists its claims (CLAIMS) in ledger order.

May import: symbolic, proofs.ledger, proofs.coverage, proofs.checks; a paper package may use another paper's instances (data).
"""
