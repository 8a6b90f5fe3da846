"""Mutation testing of one checker module with mutmut (a command, not part of the test run).

Copies the working tree (tracked and untracked, not ignored files) to a scratch directory, points
``[tool.mutmut]`` there at the one module (``only_mutate``) and at the given tests, runs ``mutmut run`` niced with
one child, and prints the counts (mutants, killed, timeout, survived, no tests) and the surviving mutants' names.
The scratch copy is rebuilt on every run, so a run reflects the tests as they are now (results are not reused).

Usage (mutmut 3.8.1 in a venv where the project is **not** installed; see README, "Mutation testing")::

    python -m tests.mutation_run relu --mutmut /tmp/mut/bin/mutmut
    python -m tests.mutation_run verdicts --tests "tests/symbolic/checker/ tests/adversarial/"
    python -m tests.mutation_run relu --show        # also print each survivor's diff
    python -m tests.mutation_run relu --rerun       # after new tests: the survivors again (the mutants are kept)

The default tests are ``tests/symbolic/checker/`` (without the slow independence test). mutmut maps each mutant to
the tests that reach its function, so only those run per mutant.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TESTS = ["tests/symbolic/checker/", "--ignore=tests/symbolic/checker/test_independence.py"]


def _copy_tree(target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split("\n")
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


#: Appended to the scratch copy's tests/conftest.py.  mutmut forks each mutant's process from the one that ran the
#: tests unmutated; without this, bundle's memo of identical certificates answers from the unmutated code (every
#: relu_cone_form mutant "survived" that way).
_FRESH_MEMO = """

@pytest.fixture(autouse=True)
def _mutation_run_fresh_checker_memo():
    from symbolic.checker import bundle
    bundle._MEMO.clear()
"""


def _fresh_memo(tests_dir: Path) -> None:
    conftest = tests_dir / "conftest.py"
    text = conftest.read_text()
    if "import pytest" not in text:
        text = "import pytest\n" + text
    conftest.write_text(text + _FRESH_MEMO)


def _configure(target: Path, module: str, tests: list[str]) -> None:
    _fresh_memo(target / "tests")
    pyproject = target / "pyproject.toml"
    text = pyproject.read_text()
    section = ("[tool.mutmut]\n"
               'source_paths = ["symbolic"]\n'
               f'only_mutate = ["symbolic/checker/{module}.py"]\n'
               'also_copy = ["proofs", "README.md", "notebooks"]\n'
               f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n")
    start = text.index("[tool.mutmut]")
    end = text.find("\n[", start + 1)
    text = text[:start] + section + (text[end + 1:] if end >= 0 else "")
    pyproject.write_text(text)


def _survivors(target: Path, module: str) -> list[str]:
    meta = json.loads((target / "mutants" / "symbolic" / "checker" / f"{module}.py.meta").read_text())
    return [name for name, code in meta["exit_code_by_key"].items() if code == 0]


def run(module: str, tests: list[str], mutmut: str, workdir: Path, show: bool, rerun: list[str] | None = None) -> dict:
    """One module's run; with ``rerun`` (mutant names or fnmatch patterns, ``[]`` for the survivors) the previous
    run's mutants are kept and only those are tested again, against the tests as they are now."""
    target = workdir / module
    names = []
    if rerun is None:
        _copy_tree(target)
        _configure(target, module, tests)
    else:
        names = list(rerun) or _survivors(target, module)
        shutil.rmtree(target / "tests")
        shutil.rmtree(target / "mutants" / "tests")
        shutil.copytree(ROOT / "tests", target / "tests", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(ROOT / "tests", target / "mutants" / "tests", ignore=shutil.ignore_patterns("__pycache__"))
        _configure(target, module, tests)
        _fresh_memo(target / "mutants" / "tests")
        (target / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)   # new tests: map them again
    subprocess.run(["nice", "-n", "15", mutmut, "run", "--max-children", "1", *names], cwd=target,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([mutmut, "export-cicd-stats"], cwd=target, check=True, capture_output=True)
    stats = json.loads((target / "mutants" / "mutmut-cicd-stats.json").read_text())
    survivors = _survivors(target, module)
    print(json.dumps(stats))
    for name in survivors:
        print(name)
        if show:
            print(subprocess.run([mutmut, "show", name], cwd=target, capture_output=True, text=True).stdout)
    return stats


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("module", help="a module of symbolic/checker/, without .py: relu, zhou_liang, ...")
    parser.add_argument("--tests", default=" ".join(DEFAULT_TESTS),
                        help="pytest paths and options for the mutants, in one string")
    parser.add_argument("--mutmut", default=shutil.which("mutmut") or "/tmp/mut/bin/mutmut")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/mutation-run"))
    parser.add_argument("--show", action="store_true", help="print each survivor's diff")
    parser.add_argument("--rerun", nargs="*", default=None, metavar="MUTANT",
                        help="test again only these mutants (names or patterns; none: the last run's survivors)")
    args = parser.parse_args(argv)
    if not (ROOT / "symbolic" / "checker" / f"{args.module}.py").is_file():
        parser.error(f"no module symbolic/checker/{args.module}.py; give its name without .py, e.g. relu")
    run(args.module, args.tests.split(), args.mutmut, args.workdir, args.show, args.rerun)
    return 0


if __name__ == "__main__":
    sys.exit(main())
