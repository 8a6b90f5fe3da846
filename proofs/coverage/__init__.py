"""Where each claim is printed, and which of a paper's statements the ledger covers.

:mod:`proofs.coverage.texts` reads the papers' texts (``../shared/papers/``) and finds a quote's line range;
:mod:`proofs.coverage.table` joins each paper's list of numbered statements (``proofs/papers/<paper>/coverage.py``)
with the claims' locations: every statement is covered (claim ids), excluded (a reason from
:data:`~proofs.coverage.table.REASONS`) or missing.  ``python -m proofs.coverage locate`` computes a location.

May import: proofs.ledger; proofs.papers only by name (importlib), as the registry does.
"""

from proofs.coverage.table import REASONS, Row, Statement, coverage_rows, summary

__all__ = ["REASONS", "Row", "Statement", "coverage_rows", "summary"]
