"""Helpers shared by the papers' checks: classification certificates and their outcomes (classified), classify results cached by exact input (classify_cache), identity sweeps over dims tuples (identity_sweep), matrix_identity certificates over generic matrices (matrix_terms).

May import: symbolic (every layer), proofs.ledger.
"""
