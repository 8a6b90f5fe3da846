"""``python -m proofs.cli``: the same as the ``dlnproof`` command."""

import sys

from proofs.cli import main

sys.exit(main())
