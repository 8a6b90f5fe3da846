"""``dlnproof notebooks [--check]``: write the ledger's notebooks, or check them.

Everything is built in memory first (:func:`proofs.notebooks.builder.build_notebooks`);
only then are files written (each staged in a temporary file, then renamed into place), so a
failed build or a failed write leaves the committed notebooks untouched.  ``--check`` writes nothing: it exits 1 naming every
committed notebook that differs from the rebuild or is missing (and every
stale notebook under ``notebooks/`` that the ledger no longer builds).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from proofs.ledger import registry as ledger

__all__ = ["add_arguments", "run", "default_root", "compare", "write"]


def build_notebooks(claims) -> dict[str, str]:
    """:func:`proofs.notebooks.builder.build_notebooks`, imported on first use (nbformat is not needed by the
    other subcommands, which the command line imports to register their options)."""
    from proofs.notebooks.builder import build_notebooks as build

    return build(claims)


def default_root() -> Path:
    """The repository root (the directory holding ``proofs/``)."""
    return Path(__file__).resolve().parents[2]


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


def _stage(path: Path, data: bytes) -> Path:
    """``data`` in a new temporary file beside ``path`` (same directory, so the final rename is atomic)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp makes the file private (0600): keep the notebook's mode, or the usual 0644 for a new one
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write(built: dict[str, str], root: Path) -> list[str]:
    """Write every notebook whose bytes changed; return the paths written.

    Two phases, so a failure leaves no notebook half-written: every changed notebook is first
    written to a temporary file beside it (on any error they are all removed and nothing on disk
    has changed); then each temporary file replaces its notebook by an atomic rename.
    """
    changed = []
    for rel, text in built.items():
        path = root / rel
        data = text.encode("utf-8")
        if not (path.exists() and path.read_bytes() == data):
            changed.append((rel, path, data))
    staged = []
    try:
        for rel, path, data in changed:
            path.parent.mkdir(parents=True, exist_ok=True)
            staged.append((rel, path, _stage(path, data)))
    except BaseException:
        for _, _, tmp in staged:
            tmp.unlink(missing_ok=True)
        raise
    for _, path, tmp in staged:
        os.replace(tmp, path)
    return [rel for rel, _, _ in staged]


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
