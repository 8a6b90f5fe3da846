"""``python -m proofs`` is the ``dlnproof`` command."""

from proofs.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
