"""``python -m proofs`` is the ``dlnproof`` command."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
