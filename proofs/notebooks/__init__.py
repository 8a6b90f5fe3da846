"""The notebook builder (builder) and the classifier's walkthrough notebook (classifier_walkthrough): pure functions of the claims' data.

May import: symbolic, proofs.ledger.
"""
