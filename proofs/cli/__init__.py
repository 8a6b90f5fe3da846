"""The dlnproof command line: the parser (main) and one module per command.

May import: everything below: symbolic, proofs.ledger, proofs.notebooks, proofs.checks.
"""

from proofs.cli.main import SUBCOMMANDS, build_parser, main

__all__ = ["main", "build_parser", "SUBCOMMANDS"]
