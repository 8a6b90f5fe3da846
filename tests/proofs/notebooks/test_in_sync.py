"""The committed notebooks equal the rebuild (run `dlnproof notebooks` after changing a claim)."""

from pathlib import Path

from proofs.cli.notebooks import compare, default_root, write
from proofs.ledger.registry import claims
from proofs.notebooks.builder import build_notebooks
from proofs.cli import main


def test_committed_notebooks_are_in_sync():
    problems = compare(build_notebooks(claims()), default_root())
    assert problems == [], "run `dlnproof notebooks`: " + "; ".join(problems)


def test_check_names_missing_differing_and_stale(tmp_path, capsys):
    assert main(["notebooks", "--root", str(tmp_path)]) == 0
    assert main(["notebooks", "--root", str(tmp_path), "--check"]) == 0
    built = build_notebooks(claims())
    first = next(iter(built))
    (tmp_path / first).write_text("{}\n")
    (tmp_path / "notebooks" / "index.ipynb").unlink()
    (tmp_path / "notebooks" / "old.ipynb").write_text("{}\n")
    capsys.readouterr()
    assert main(["notebooks", "--root", str(tmp_path), "--check"]) == 1
    err = capsys.readouterr().err
    assert f"differs: {first}" in err and "missing: notebooks/index.ipynb" in err and "stale: notebooks/old.ipynb" in err


def test_write_is_idempotent(tmp_path):
    built = build_notebooks(claims())
    assert len(write(built, tmp_path)) == len(built)
    assert write(built, tmp_path) == []
    assert (tmp_path / "notebooks" / "index.ipynb").read_text() == built["notebooks/index.ipynb"]


def test_failed_build_leaves_notebooks_untouched(tmp_path, monkeypatch, capsys):
    main(["notebooks", "--root", str(tmp_path)])
    before = {p: p.read_bytes() for p in Path(tmp_path).rglob("*.ipynb")}

    def broken(_claims):
        raise ValueError("a claim's cells are malformed")

    monkeypatch.setattr("proofs.cli.notebooks.build_notebooks", broken)
    assert main(["notebooks", "--root", str(tmp_path)]) == 2
    assert {p: p.read_bytes() for p in Path(tmp_path).rglob("*.ipynb")} == before
