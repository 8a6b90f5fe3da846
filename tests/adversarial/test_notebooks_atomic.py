"""Nothing is half-written: a failed `dlnproof notebooks` run leaves the notebooks on disk untouched.

The build happens in memory first; the write stages every changed notebook in a temporary file and only
then renames them into place.  Both failures are forced here on a temporary root (``--root``), with a
small stand-in ledger so that the test does not depend on the paper modules.
"""

import os
import stat
from pathlib import Path

import pytest

from proofs.cli import notebooks as command_notebooks
from proofs.notebooks import builder as notebook_builder
from proofs.ledger.claim import Claim, Outcome
from proofs.cli import main


def _claims(statement):
    ok = lambda quick: Outcome("confirmed", "trivially")
    return tuple(Claim(id=f"claim_{i}", paper="zhang-2019", label=f"Lemma {i}", kind="lemma",
                       statement=f"{statement} {i}", source="s", check=ok, recorded="confirmed")
                 for i in range(3))


def _snapshot(root: Path):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.setattr(command_notebooks.ledger, "claims", lambda: _claims("$1 = 1$"))
    assert main(["notebooks", "--root", str(tmp_path)]) == 0
    monkeypatch.setattr(command_notebooks.ledger, "claims", lambda: _claims("$2 = 2$"))   # every notebook changes
    return tmp_path


def test_a_builder_failing_mid_run_leaves_the_notebooks_untouched(root, monkeypatch, capsys):
    before = _snapshot(root)
    assert len([p for p in before if p.endswith(".ipynb")]) == 5     # 3 claims, the walkthrough, the index
    built = []
    real = notebook_builder._claim_notebook

    def flaky(group, by_id):
        built.append(group[0].id)
        if len(built) == 2:                  # the second claim notebook fails, after the first was built
            raise ValueError("a claim's cells are malformed")
        return real(group, by_id)

    monkeypatch.setattr(notebook_builder, "_claim_notebook", flaky)
    capsys.readouterr()
    assert main(["notebooks", "--root", str(root)]) == 2
    assert "malformed" in capsys.readouterr().err
    assert _snapshot(root) == before


def test_a_write_failing_mid_run_leaves_the_notebooks_untouched(root, monkeypatch):
    before = _snapshot(root)
    calls = []
    real = command_notebooks._stage

    def flaky(path, data):
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(command_notebooks, "_stage", flaky)
    with pytest.raises(OSError, match="No space left"):
        main(["notebooks", "--root", str(root)])
    assert len(calls) == 3
    assert _snapshot(root) == before                         # no notebook replaced, no temporary file left


def test_the_last_index_failing_leaves_the_claim_notebooks_untouched(root, monkeypatch):
    before = _snapshot(root)

    def broken(claims):
        raise TypeError("the index table cannot be drawn")

    monkeypatch.setattr(notebook_builder, "index_notebook", broken)
    assert main(["notebooks", "--root", str(root)]) == 2
    assert _snapshot(root) == before


def test_a_successful_run_replaces_every_changed_notebook_keeping_its_mode(root):
    index = root / "notebooks" / "index.ipynb"
    os.chmod(index, 0o640)
    assert main(["notebooks", "--root", str(root)]) == 0
    after = _snapshot(root)
    assert all("$2 = 2$" in text.decode() for rel, text in after.items() if "claim_" in rel)
    assert stat.S_IMODE(index.stat().st_mode) == 0o640
    new = [p for p in root.rglob("*.ipynb") if p != index]
    assert all(stat.S_IMODE(p.stat().st_mode) & 0o044 == 0o044 for p in new)   # readable, not mkstemp's 0600
    assert not [p for p in root.rglob("*.tmp")]
