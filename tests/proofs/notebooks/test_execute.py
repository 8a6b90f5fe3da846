"""Every generated notebook runs top to bottom (nbclient), all in one kernel process started once per module.

Starting a kernel and importing SymPy, matplotlib and the library cost seconds per notebook; sharing the process
keeps CI short.  Each notebook still starts from an empty namespace (``%reset -f`` and closed figures first), so a
notebook cannot lean on names another one defined; a dead kernel is restarted before the next notebook.
"""

import nbformat
import pytest

from proofs.cli.notebooks import default_root
from proofs.ledger.registry import claims
from proofs.notebooks.builder import build_notebooks

PATHS = list(build_notebooks(claims()))

_FRESH = """%reset -f
import sys
if "matplotlib.pyplot" in sys.modules:
    sys.modules["matplotlib.pyplot"].close("all")
del sys"""


@pytest.fixture(scope="module")
def kernel():
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="python3")
    km.start_kernel(cwd=str(default_root()))
    try:
        yield km
    finally:
        km.shutdown_kernel(now=True)


@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS)
def test_notebook_executes(path, kernel):
    from nbclient import NotebookClient

    if not kernel.is_alive():
        kernel.restart_kernel(now=True)
    root = default_root()
    nb = nbformat.reads(build_notebooks(claims())[path], as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(_FRESH))
    client = NotebookClient(nb, km=kernel, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(root)}})
    try:
        client.execute()
    finally:
        if client.kc is not None:
            client.kc.stop_channels()
    errors = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs if o.output_type == "error"]
    assert errors == []


@pytest.mark.slow
def test_each_notebook_starts_from_an_empty_namespace(kernel):
    from nbclient import NotebookClient

    first = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("leaked = 1")])
    second = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(_FRESH),
                                             nbformat.v4.new_code_cell("print('leaked' in dir())")])
    for nb in (first, second):
        client = NotebookClient(nb, km=kernel, timeout=60, kernel_name="python3")
        try:
            client.execute()
        finally:
            if client.kc is not None:
                client.kc.stop_channels()
    assert second.cells[1].outputs[0]["text"].strip() == "False"
