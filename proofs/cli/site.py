"""``dlnproof site [--out DIR] [--quick] [-j N] [--execute]``: build the blueprint site.

Runs every claim's check (quick scope with ``--quick``, else full) and the separate checker, then writes the static
site (:mod:`proofs.site.build`) under ``DIR`` (default ``site/``): open ``DIR/index.html`` in a browser, from
``file://``; nothing is loaded from the network.  The claim pages show each claim's notebook cells, as generated;
``--execute`` runs the notebooks first (nbclient and ipykernel, the ``test`` extra) and shows their outputs, cached
under ``DIR/.cache`` by the notebook's text and a hash of the ``symbolic/`` and ``proofs/`` sources.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from proofs.ledger import registry as ledger

__all__ = ["add_arguments", "run"]


def add_arguments(parser):
    parser.add_argument("--out", default="site", metavar="DIR", help="where to write the site (default: site/)")
    parser.add_argument("--quick", action="store_true", help="run the quick scope of each check (all claims < 60 s)")
    parser.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                        help="run claims in N processes (default: the number of cores)")
    parser.add_argument("--execute", action="store_true",
                        help="execute the notebooks (minutes; cached) and show their outputs on the claim pages")


def _repo_root() -> Path | None:
    root = Path(__file__).resolve().parents[2]
    return root if (root / "notebooks").is_dir() else None


def run(args) -> int:
    from proofs.notebooks.builder import build_notebooks
    from proofs.site.build import build_site
    from proofs.site.outcomes import run_outcomes

    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if jobs < 1:
        raise ValueError(f"--jobs must be a positive integer; got {jobs}")
    claims = ledger.claims()
    start = time.perf_counter()
    progress = lambda line: print(line, file=sys.stderr, flush=True)  # noqa: E731
    outcomes = run_outcomes(claims, quick=args.quick, jobs=jobs, progress=progress)
    import nbformat

    texts = build_notebooks(claims)
    root = _repo_root()
    out = Path(args.out)
    if args.execute:
        from proofs.site.notebook_html import execute_cached, sources_hash

        if root is None:
            raise ValueError("--execute needs the repository checkout (notebooks/ next to proofs/)")
        key = sources_hash(root)
        notebooks = {}
        paths = sorted({c.notebook for c in claims})
        for i, path in enumerate(paths, 1):
            progress(f"[{i}/{len(paths)}] executing {path}")
            notebooks[path] = execute_cached(texts[path], out / ".cache", key, root / Path(path).parent)
    else:
        notebooks = {path: nbformat.reads(text, as_version=4) for path, text in texts.items()}
    written = build_site(out, claims, outcomes, notebooks, repo_root=root)
    crashed = [cid for cid, o in outcomes.items() if isinstance(o, str)]
    print(f"wrote {len(written)} files to {out}/ in {time.perf_counter() - start:.1f} s; "
          f"open {out / 'index.html'}")
    for cid in crashed:
        print(f"dlnproof site: {cid}: the check crashed: {outcomes[cid]}", file=sys.stderr)
    return 1 if crashed else 0
