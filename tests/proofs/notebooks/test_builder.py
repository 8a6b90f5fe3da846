"""Notebooks are pure functions of the ledger: same bytes, valid, fixed ids, no outputs."""

import json
import re

import matplotlib
import nbformat
import pytest

from proofs.ledger.claim import Claim, Outcome
from proofs.ledger.registry import claims
from proofs.notebooks.builder import (INDEX_PATH, WALKTHROUGH_PATH, build_notebooks, claim_notebook, dumps, index_notebook,
                                     layered_layout)

matplotlib.use("Agg")


def test_rebuild_is_byte_identical():
    assert build_notebooks(claims()) == build_notebooks(claims())


def test_one_notebook_per_claim_and_an_index():
    built = build_notebooks(claims())
    assert set(built) == {c.notebook for c in claims()} | {INDEX_PATH, WALKTHROUGH_PATH}
    assert list(built)[-1] == INDEX_PATH


@pytest.mark.parametrize("path", list(build_notebooks(claims())))
def test_notebook_is_valid_and_clean(path):
    text = build_notebooks(claims())[path]
    assert text.endswith("}\n")
    data = json.loads(text)
    assert text == json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    nb = nbformat.reads(text, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata == {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    ids = [cell.id for cell in nb.cells]
    assert len(set(ids)) == len(ids) and all(re.fullmatch(r"[0-9a-f]{16}", i) for i in ids)
    for cell in nb.cells:
        assert cell.metadata == {}
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    assert "Traceback" not in text


def test_claim_notebook_contents():
    claim = claims()[0]
    nb = claim_notebook(claim)
    text = "\n".join(cell.source for cell in nb.cells)
    for piece in (claim.statement, claim.label, claim.paper, "verify_certificate", "outcome.scope",
                  "assert outcome.status == claim.recorded"):
        assert piece in text
    assert f"get({claim.id!r})" in text
    for cell in claim.cells:
        assert cell in text


def test_cell_ids_depend_on_the_claim():
    a, b = claims()[0], claims()[1]
    assert {c.id for c in claim_notebook(a).cells}.isdisjoint({c.id for c in claim_notebook(b).cells})


def _c(cid, uses=(), notebook=""):
    return Claim(id=cid, paper="zhang-2019", label="Lemma 1", kind="lemma", statement="s", source="s",
                 check=lambda quick: Outcome("inconclusive", "nothing"), recorded="inconclusive", uses=uses,
                 notebook=notebook)


def test_group_notebook():
    shared = "notebooks/zhang-2019/pair.ipynb"
    group = [_c("a_one", notebook=shared), _c("b_two", ("a_one",), notebook=shared)]
    built = build_notebooks(group)
    assert set(built) == {shared, INDEX_PATH, WALKTHROUGH_PATH}
    ids = [cell.id for cell in claim_notebook(group).cells]
    assert len(set(ids)) == len(ids)
    with pytest.raises(ValueError, match="share one notebook"):
        claim_notebook([_c("x"), _c("y")])


def test_index_lists_every_claim():
    text = dumps(index_notebook(claims()))
    for c in claims():
        assert c.id in text and c.notebook.removeprefix("notebooks/") in text
    assert "draw_dependency_graph" in text


def test_layered_layout():
    items = [_c("a"), _c("b", ("a",)), _c("c", ("a",)), _c("d", ("b", "c"))]
    pos = layered_layout(items)
    assert pos["a"] == (0, 0) and pos["d"] == (0, -2)
    assert pos["b"][1] == pos["c"][1] == -1 and pos["b"][0] < pos["c"][0]


def test_dependency_graph_draws():
    from proofs.notebooks.builder import draw_dependency_graph
    import matplotlib.pyplot as plt

    fig = draw_dependency_graph(claims())
    labels = [t.get_text() for t in fig.axes[0].texts if t.get_text()]
    assert len(labels) == len(claims()) and all(c.id in " ".join(labels) for c in claims())
    plt.close(fig)
