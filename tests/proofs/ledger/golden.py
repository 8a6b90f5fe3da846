"""Golden digests of the ledger: each claim's status, finding and the SHA-256 of its certificate, per scope.

The same input must give the same verdicts and the same certificates on any machine, idle or loaded (searches count
work, never seconds), and a refactoring must not change them.  ``test_registry`` compares every run with
``golden_quick.json`` / ``golden_full.json``.  After an intended change to a check, regenerate with
``python -m tests.proofs.ledger.golden quick`` (or ``full``) and review the diff.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def digest(outcome) -> list:
    """``[status, finding, sha256 of the canonical certificate JSON]``."""
    text = json.dumps(outcome.certificate, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return [outcome.status, outcome.finding, hashlib.sha256(text.encode()).hexdigest()]


def load(scope: str) -> dict:
    path = HERE / f"golden_{scope}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def update(scope: str) -> None:
    from proofs.ledger import registry

    out = {c.id: digest(c.run(scope == "quick")) for c in registry.claims()}
    (HERE / f"golden_{scope}.json").write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    update(sys.argv[1] if len(sys.argv) > 1 else "quick")
