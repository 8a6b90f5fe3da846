"""``dlnproof site``: the command writes the site (outcomes stubbed here; the browser tests run the real checks)."""

from __future__ import annotations

import proofs.site.outcomes
from proofs.cli.main import main
from proofs.ledger import registry
from tests.proofs.site.helpers import stub


def test_site_command_writes_every_page(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(proofs.site.outcomes, "run_outcomes",
                        lambda claims, quick, jobs, progress: {c.id: stub(c) for c in claims})
    assert main(["site", "--out", str(tmp_path / "site"), "--quick", "-j", "1"]) == 0
    out = capsys.readouterr().out
    assert "wrote" in out and "index.html" in out
    assert all((tmp_path / "site" / "claims" / f"{c.id}.html").is_file() for c in registry.claims())


def test_site_command_reports_a_crashed_check(tmp_path, monkeypatch, capsys):
    first = registry.claims()[0].id
    monkeypatch.setattr(proofs.site.outcomes, "run_outcomes", lambda claims, quick, jobs, progress: {
        c.id: ("RuntimeError: boom" if c.id == first else stub(c)) for c in claims})
    assert main(["site", "--out", str(tmp_path / "site")]) == 1
    assert f"{first}: the check crashed: RuntimeError: boom" in capsys.readouterr().err
    assert "The check crashed" in (tmp_path / "site" / "claims" / f"{first}.html").read_text(encoding="utf-8")


def test_bad_jobs_is_an_input_error(tmp_path, capsys):
    assert main(["site", "--out", str(tmp_path), "-j", "0"]) == 2
    assert "--jobs must be a positive integer" in capsys.readouterr().err
