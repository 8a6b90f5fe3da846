"""Every generated notebook runs top to bottom in a fresh kernel (nbclient)."""

import nbformat
import pytest

from proofs.cli.notebooks import default_root
from proofs.ledger.registry import claims
from proofs.notebooks.builder import build_notebooks

PATHS = list(build_notebooks(claims()))


@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS)
def test_notebook_executes(path):
    from nbclient import NotebookClient

    root = default_root()
    nb = nbformat.reads(build_notebooks(claims())[path], as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(root)}}).execute()
    errors = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs if o.output_type == "error"]
    assert errors == []
