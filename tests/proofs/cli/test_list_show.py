"""``dlnproof list``, ``show``, ``--version``, selection by label, and "did you mean" for unknown ids."""

import json

import pytest

from proofs.ledger import registry as ledger
from proofs.cli import main


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("dlnproof ")


def test_list_filters(capsys):
    assert main(["list", "--status", "refuted", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["recorded"] == "refuted" and r["recorded_finding"] for r in rows)
    assert main(["list", "--paper", "zhang-2019"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith(f"{len(ledger.select(paper='zhang-2019'))} claims")


def test_label_selects_every_claim_with_that_label():
    chosen = ledger.select(label="theorem 12")
    assert chosen and {c.label for c in chosen} == {"Theorem 12"}
    assert ledger.select(label="Theorem 1") != ledger.select(label="Theorem 12")


def test_unknown_id_suggests_at_most_five(capsys):
    assert main(["check", "hessian_block_eq", "--quick"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "did you mean hessian_block_eq_of_squared_loss" in err
    assert len(err) < 600


def test_unknown_label_exits_2(capsys):
    assert main(["list", "--label", "Theorem 99"]) == 2
    assert "unknown label 'Theorem 99'" in capsys.readouterr().err


def test_show_explains_a_refutation(capsys):
    assert main(["show", "linear_rate_of_locally_open_pair"]) == 0
    out = capsys.readouterr().out
    for text in ("reading:", "outcome (quick scope): refuted (extraction)", "premise rank W1 W2 < k: facts",
                 "negation no linear rate: linear_rate_obstruction", "certificate re-verified: True"):
        assert text in out


def test_show_by_label_json(capsys):
    assert main(["show", "Lemma 4.2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["label"] for r in rows] == ["Lemma 4.2"] * len(rows) and rows[0]["certificate_ok"] is True
