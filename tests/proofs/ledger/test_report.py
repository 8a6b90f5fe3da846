"""LEDGER.md is what ``dlnproof report`` generates from the ledger (same bytes on every rebuild)."""

from pathlib import Path

from proofs.ledger import registry as ledger
from proofs.cli import main
from proofs.ledger.report import REPORT_PATH, ledger_markdown

ROOT = Path(__file__).resolve().parents[3]


def test_committed_ledger_md_is_current():
    committed = (ROOT / REPORT_PATH).read_text(encoding="utf-8")
    assert committed == ledger_markdown(ledger.claims()) + "\n", "LEDGER.md is stale: run `dlnproof report`"


def test_report_lists_every_claim_and_every_finding():
    text = ledger_markdown(ledger.claims())
    for c in ledger.claims():
        assert f"[`{c.id}`]({c.notebook})" in text
        if c.recorded == "refuted":
            assert f"### `{c.id}` ({c.paper}, {c.label}): {c.recorded_finding}" in text


def test_report_check_flags_a_stale_file(tmp_path, capsys):
    out = tmp_path / "LEDGER.md"
    out.write_text("old\n", encoding="utf-8")
    assert main(["report", "--check", "--out", str(out)]) == 1
    assert "stale" in capsys.readouterr().err
    assert main(["report", "--out", str(out)]) == 0
    assert main(["report", "--check", "--out", str(out)]) == 0


def test_summary_reads_named_parts_only_of_bundles_and_refutations():
    # a kind of its own with a "premises" key holding data (a list, strings) is not a refutation: no crash, no parts
    from proofs.ledger.report import certificate_summary

    assert certificate_summary({"kind": "critical_set_theorem", "premises": ["squared_loss", "two_layers"]}) == [
        "critical_set_theorem"]
    assert certificate_summary({"kind": "refutation", "premises": {"p": "not a certificate"}}) == ["refutation"]
