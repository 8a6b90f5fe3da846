"""The separate checker imports nothing but the standard library and its own modules (no SymPy, no search code)."""

import ast
import pathlib

import pytest

CHECKER = pathlib.Path(__file__).resolve().parents[3] / "symbolic" / "checker"
ALLOWED = {"__future__", "fractions", "itertools", "math", "functools", "operator", "json", "contextvars"}


@pytest.mark.parametrize("path", sorted(CHECKER.glob("*.py")), ids=lambda p: p.name)
def test_checker_module_imports(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name.split(".")[0] for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: only within symbolic/checker
                assert node.level == 1, f"{path.name} reaches outside the checker: {ast.dump(node)}"
                continue
            names = [node.module.split(".")[0]]
        else:
            continue
        assert set(names) <= ALLOWED, f"{path.name} imports {names}"
