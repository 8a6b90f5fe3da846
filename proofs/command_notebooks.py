"""``dlnproof notebooks [--check]``: write the ledger's notebooks, or check them.

Everything is built in memory first (:func:`proofs.notebook_builder.build_notebooks`);
only then are files written, so a failed build leaves the committed
notebooks untouched.  ``--check`` writes nothing: it exits 1 naming every
committed notebook that differs from the rebuild or is missing (and every
stale notebook under ``notebooks/`` that the ledger no longer builds).
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import ledger
from .notebook_builder import build_notebooks

__all__ = ["add_arguments", "run", "default_root", "compare", "write"]


def default_root() -> Path:
    """The repository root (the directory holding ``proofs/``)."""
    return Path(__file__).resolve().parent.parent


def add_arguments(parser):
    parser.add_argument("--check", action="store_true",
                        help="rebuild in memory; exit 1 naming each committed notebook that differs or is missing")
    parser.add_argument("--root", default=None, help="repository root (default: the one holding proofs/)")


def compare(built: dict[str, str], root: Path) -> list[str]:
    """One line per problem: ``differs: PATH``, ``missing: PATH``, ``stale: PATH``."""
    problems = []
    for rel, text in built.items():
        path = root / rel
        if not path.exists():
            problems.append(f"missing: {rel}")
        elif path.read_bytes() != text.encode("utf-8"):
            problems.append(f"differs: {rel}")
    nb_dir = root / "notebooks"
    if nb_dir.exists():
        for path in sorted(nb_dir.rglob("*.ipynb")):
            rel = path.relative_to(root).as_posix()
            if rel not in built and ".ipynb_checkpoints" not in rel:
                problems.append(f"stale: {rel}")
    return problems


def write(built: dict[str, str], root: Path) -> list[str]:
    """Write every notebook whose bytes changed; return the paths written."""
    written = []
    for rel, text in built.items():
        path = root / rel
        data = text.encode("utf-8")
        if path.exists() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(rel)
    return written


def run(args) -> int:
    root = Path(args.root) if args.root else default_root()
    built = build_notebooks(ledger.claims())  # in memory, before touching any file
    if args.check:
        problems = compare(built, root)
        for line in problems:
            print(f"dlnproof notebooks: {line}", file=sys.stderr)
        if problems:
            print("dlnproof notebooks: run `dlnproof notebooks` to rebuild them", file=sys.stderr)
            return 1
        print(f"{len(built)} notebooks in sync")
        return 0
    written = write(built, root)
    for rel in written:
        print(f"wrote {rel}")
    print(f"{len(built)} notebooks, {len(written)} written")
    stale = [p for p in compare(built, root) if p.startswith("stale:")]
    for line in stale:
        print(f"dlnproof notebooks: {line} (not built by the ledger; remove it)", file=sys.stderr)
    return 0
