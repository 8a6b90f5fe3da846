"""The layers import downward only, read from the import graph of every module (``ast``, nothing imported).

checker < core < calculus < landscape, forms, openness < algebraic < proofs; inside proofs: ledger < coverage < checks <
papers < notebooks < site < cli.  Peers (landscape, forms, openness) do not import each other; a module may import
from its own package.  The separate checker imports nothing from the rest of the library (see also
``tests/symbolic/checker/test_independence.py``).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RANK = {
    "symbolic.checker": 0, "symbolic.core": 1, "symbolic.calculus": 2,
    "symbolic.landscape": 3, "symbolic.forms": 3, "symbolic.openness": 3, "symbolic.algebraic": 4,
    "symbolic.critical": 4.5,  # may import core, calculus, landscape, algebraic (and the checker)
    "symbolic": 5,  # the package's own __init__ re-exports the public API
    "proofs.ledger": 6, "proofs.coverage": 6.5, "proofs.checks": 7, "proofs.papers": 8, "proofs.notebooks": 9, "proofs.cli": 10,
    "proofs.site": 9.5,  # the blueprint site: reads the notebooks' cells; the command line builds it
    "proofs": 11,
}


def _unit(module: str) -> str:
    """The layer a dotted module name belongs to (the longest prefix in :data:`RANK`)."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        if ".".join(parts[:n]) in RANK:
            return ".".join(parts[:n])
    raise KeyError(module)


def _modules():
    for top in ("symbolic", "proofs"):
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
            yield name, path


def _imports(path: Path):
    checker = ROOT / "symbolic" / "checker"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:  # only the self-contained checker imports relatively, and only from itself
                assert path.parent == checker and node.level == 1, f"{path}: relative import; write the module name"
                continue
            if node.module and node.module.split(".")[0] in ("symbolic", "proofs"):
                yield node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("symbolic", "proofs"):
                    yield alias.name


def test_imports_run_downward_only():
    wrong = []
    for name, path in _modules():
        here = _unit(name)
        for target in _imports(path):
            there = _unit(target)
            if there == here or target.startswith(name + "."):
                continue
            if name.startswith("proofs.papers.") and target.startswith("proofs.papers."):
                continue  # a paper may reuse another paper's instances (data); papers are peers
            if RANK[there] >= RANK[here]:
                wrong.append(f"{name} imports {target} ({here} -> {there})")
    assert not wrong, "\n".join(wrong)


def test_layers_are_packages_that_say_what_they_may_import():
    for unit in RANK:
        if unit in ("symbolic", "proofs", "symbolic.checker"):
            continue
        init = ROOT.joinpath(*unit.split(".")) / "__init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "May import:" in doc, f"{init} does not say what it may import"


def test_no_module_over_about_600_lines():
    long = [f"{path.relative_to(ROOT)}: {n}" for _, path in _modules()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > 650]
    assert not long, long


def test_each_paper_package_lists_its_claims():
    from proofs.ledger import registry

    for name in registry.MODULES:
        assert name.startswith("proofs.papers.")
        module = __import__(name, fromlist=["CLAIMS"])
        assert module.CLAIMS and all(c.paper.replace("-", "_") == name.rsplit(".", 1)[1] for c in module.CLAIMS)
