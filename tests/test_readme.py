"""The README's Python tour runs as written."""

import pathlib
import re

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"


def test_readme_python_tour_runs():
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    assert blocks, "the README has a Python tour"
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})


def test_readme_names_the_two_commands():
    text = README.read_text()
    assert ".venv/bin/dlnproof check" in text and ".venv/bin/python -m pytest" in text


def test_readme_lists_every_generated_notebook():
    from proofs.ledger.registry import claims
    from proofs.notebooks.builder import build_notebooks

    text = README.read_text()
    missing = [path for path in build_notebooks(claims()) if f"`{path}`" not in text]
    assert not missing, f"README does not list {missing}"
