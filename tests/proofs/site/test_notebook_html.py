"""Notebook cells as HTML: the claim's own section, markdown converted, math left to KaTeX, outputs shown."""

from __future__ import annotations

import nbformat
import pytest

from proofs.ledger import registry
from proofs.notebooks.builder import claim_notebook
from proofs.site.notebook_html import cells_html, claim_cells, markdown_html, sources_hash
from tests.proofs.site.helpers import ROOT


def test_a_shared_notebook_gives_each_claim_its_own_cells():
    group = [c for c in registry.claims() if c.notebook == registry.get("product_eq_projection_of_critical").notebook]
    nb = claim_notebook(group) if len(group) > 1 else claim_notebook(group[0])
    for c in group:
        cells = claim_cells(nb, c.id)
        assert cells and c.id in cells[0]["source"]
    assert sum(len(claim_cells(nb, c.id)) for c in group) == len(nb["cells"])


def test_markdown_keeps_math_and_escapes_html():
    html = markdown_html("**Statement.** $a_1 < b^*$ and *this* <b>not bold</b>\n\n| a | b |\n| --- | --- |\n| 1 | 2 |")
    assert "$a_1 &lt; b^*$" in html and "<em>this</em>" in html and "&lt;b&gt;" in html and "<td>1</td>" in html


def test_outputs_are_shown():
    cell = nbformat.v4.new_code_cell("print(1)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="1\n")]
    assert '<pre class="output">1\n</pre>' in cells_html([cell])


def test_the_sources_hash_changes_with_the_library(tmp_path):
    for top in ("symbolic", "proofs"):
        (tmp_path / top).mkdir()
        (tmp_path / top / "a.py").write_text("x = 1\n")
    before = sources_hash(tmp_path)
    (tmp_path / "symbolic" / "a.py").write_text("x = 2\n")
    assert sources_hash(tmp_path) != before and len(sources_hash(ROOT)) == 64


def test_html_outputs_that_load_nothing_are_kept():
    cell = nbformat.v4.new_code_cell("display(HTML(...))")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": "<b>cert</b>", "text/plain": "HTML"}),
                    nbformat.v4.new_output("display_data", data={"text/html": '<script src="https://x"></script>',
                                                                 "text/plain": "remote"})]
    html = cells_html([cell])
    assert "<b>cert</b>" in html and "https://" not in html and "remote" in html


@pytest.mark.slow
def test_executed_notebooks_are_cached_by_notebook_and_sources(tmp_path, monkeypatch):
    import nbclient

    from proofs.site.notebook_html import execute_cached

    text = nbformat.writes(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(6 * 7)")]))
    nb = execute_cached(text, tmp_path, "key-1", tmp_path)
    assert nb.cells[0].outputs[0]["text"] == "42\n"

    def refuse(*args, **kwargs):
        raise AssertionError("executed again although nothing changed")

    monkeypatch.setattr(nbclient, "NotebookClient", refuse)
    assert execute_cached(text, tmp_path, "key-1", tmp_path).cells[0].outputs[0]["text"] == "42\n"
    with pytest.raises(AssertionError, match="executed again"):
        execute_cached(text, tmp_path, "key-2", tmp_path)  # the library changed: a new key
