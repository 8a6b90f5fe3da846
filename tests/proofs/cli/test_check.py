"""``dlnproof check``: table, --json, selection, exit statuses, progress lines."""

import json

import pytest

from proofs.ledger import registry as ledger
from proofs.ledger.claim import Claim, Outcome
from proofs.cli import main

FIELDS = {"id", "paper", "label", "kind", "statement", "status", "scope", "seconds", "cpu_seconds", "notebook",
          "certificate_ok", "uses", "reading", "finding", "corrected_by", "scope_kind", "details", "scope_structured"}


def test_quick_table(capsys):
    assert main(["check", "--quick"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].split() == ["id", "paper", "label", "status", "scope", "seconds"]
    for c in ledger.claims():
        assert any(line.startswith(c.id) and c.recorded in line for line in lines[1:])
    assert err and all(line.startswith("[") for line in err.splitlines())  # one progress line per claim


def test_json_fields(capsys):
    assert main(["check", "--quick", "--json", "--paper", "kawaguchi-2016"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [c.id for c in ledger.select(paper="kawaguchi-2016")]
    recorded = {c.id: c.recorded for c in ledger.claims()}
    for r in rows:
        assert set(r) == FIELDS
        assert r["certificate_ok"] is True and r["status"] == recorded[r["id"]]
        assert isinstance(r["uses"], list) and r["notebook"].endswith(".ipynb")


def test_ids_select_in_order(capsys):
    ids = ["hessian_block_eq_of_squared_loss", "gradient_eq_closed_form_of_differentiable_loss"]
    assert main(["check", "--quick", "--json", *ids]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == ids


@pytest.mark.parametrize("argv, message", [
    (["check", "no_such_claim"], "unknown claim id 'no_such_claim'"),
    (["check", "--paper", "smith-2020"], "unknown paper key 'smith-2020'"),
])
def test_unknown_input_exits_2_with_one_line(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def _claim(cid, check, recorded="confirmed"):
    return Claim(id=cid, paper="zhang-2019", label="Lemma 1", kind="lemma", statement="s", source="s",
                 check=check, recorded=recorded)


CERT = {"kind": "identity_sweep", "identity": "lvb_gradient_general", "dims": [[1, 2]], "data": {}}


def _crash(quick):
    raise RuntimeError("boom")


@pytest.fixture
def fake_ledger(monkeypatch):
    def install(*claims):
        monkeypatch.setattr(ledger, "claims", lambda: tuple(claims))
    return install


def _refutation(premise_rank=1):
    X = [["1", "0"], ["0", "0"]]
    facts = lambda r: {"kind": "facts", "data": {"X": X},  # noqa: E731
                       "facts": [{"left": {"rank": ["X"]}, "op": "==", "right": r}]}
    return {"kind": "refutation", "witness": {"X": X}, "premises": {"rank 1": facts(premise_rank)},
            "negation": {"not invertible": facts(1)}}


def test_refuted_is_a_finding_not_a_failure(capsys, fake_ledger):
    fake_ledger(_claim("refuted_one", lambda quick: Outcome("refuted", "s", _refutation(), finding="gap"),
                       recorded="refuted"))
    assert main(["check", "--quick"]) == 0
    out = capsys.readouterr().out
    assert "refuted (gap)" in out and out.rstrip().endswith("1 claims: 0 confirmed, 1 refuted (1 gap)")


@pytest.mark.parametrize("outcome", [
    Outcome("refuted", "s", _refutation()),                                    # no finding
    Outcome("refuted", "s", {**CERT, "identity": "lvb_gradient_general", "holds": True}, finding="error"),
    Outcome("refuted", "s", _refutation(premise_rank=2), finding="error"),     # the premise fails at the witness
    Outcome("refuted", "s", _refutation(), finding="misprint", corrected_by="no_such_claim"),
])
def test_refutation_without_finding_or_premises_is_not_certified(capsys, fake_ledger, outcome):
    fake_ledger(_claim("refuted_one", lambda quick: outcome, recorded="refuted"))
    assert main(["check", "--quick", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)[0]["certificate_ok"] is False


def test_crash_exits_1_and_other_claims_still_run(capsys, fake_ledger):
    fake_ledger(_claim("crashing", _crash), _claim("fine", lambda quick: Outcome("confirmed", "s", CERT)))
    assert main(["check", "--quick", "--json"]) == 1
    out, err = capsys.readouterr()
    rows = json.loads(out)
    assert [r["status"] for r in rows] == ["error", "confirmed"]
    assert "crashing: the check crashed: RuntimeError: boom" in err


def test_certificate_that_fails_exits_1(capsys, fake_ledger):
    fake_ledger(_claim("lying", lambda quick: Outcome("confirmed", "s", {**CERT, "holds": False})))
    assert main(["check", "--quick"]) == 1
    assert "did not re-verify" in capsys.readouterr().err


def test_full_run_prints_progress_and_passes_quick_flag(capsys, fake_ledger):
    seen = []

    def check(quick):
        seen.append(quick)
        return Outcome("confirmed", "s", CERT)

    fake_ledger(_claim("a_one", check), _claim("b_two", check))
    assert main(["check", "-j", "1"]) == 0  # in this process, so that `seen` sees the calls
    err = capsys.readouterr().err.splitlines()
    assert seen == [False, False]
    assert [line.split(":")[0] for line in err] == ["[1/2] a_one", "[2/2] b_two"]


def test_status_differing_from_recorded_is_reported(capsys, fake_ledger):
    fake_ledger(_claim("drifted", lambda quick: Outcome("inconclusive", "s"), recorded="confirmed"))
    assert main(["check", "--quick"]) == 0
    assert "differs from the recorded" in capsys.readouterr().err


def test_jobs_give_the_same_rows_in_the_same_order(capsys):
    ids = ["gradient_eq_vec_kronecker_of_squared_loss", "product_eq_projection_of_critical",
           "critical_conditions_eq_of_eq5_notation", "linear_rate_of_locally_open_pair"]
    assert main(["check", "--quick", "--json", "-j", "1", *ids]) == 0
    one = json.loads(capsys.readouterr().out)
    assert main(["check", "--quick", "--json", "-j", "2", *ids]) == 0
    two = json.loads(capsys.readouterr().out)
    strip = lambda rows: [{k: v for k, v in r.items() if k not in ("seconds", "cpu_seconds")} for r in rows]  # noqa: E731
    assert [r["id"] for r in two] == ids and strip(one) == strip(two)


def test_profile_lists_every_claim(capsys):
    ids = ["gradient_eq_vec_kronecker_of_squared_loss", "product_eq_projection_of_critical"]
    assert main(["check", "--quick", "-j", "1", "--profile", *ids]) == 0
    out = capsys.readouterr().out
    assert "profile (CPU and wall seconds per claim" in out and all(out.count(i) == 2 for i in ids)


def test_jobs_must_be_positive(capsys):
    assert main(["check", "--quick", "-j", "0", "gradient_eq_vec_kronecker_of_squared_loss"]) == 2
    assert "--jobs must be a positive integer" in capsys.readouterr().err


def test_table_wraps_the_scope_to_the_width():
    from proofs.cli.check import format_table

    rows = [{"id": "hessian_block_eq", "paper": "kawaguchi-2016", "label": "Lemma 4.3", "status": "confirmed",
             "finding": None, "scope": "the re-derived block formula, symbolically in the weights " * 4, "seconds": 2.0}]
    lines = format_table(rows, width=100).splitlines()
    assert len(lines) > 2 and all(len(line) <= 100 for line in lines)
    assert lines[1].startswith("hessian_block_eq") and lines[1].endswith("2.00")
    assert " ".join(" ".join(line.split()) for line in lines[1:]).count("symbolically") == 4
    assert len(format_table(rows, width=1000).splitlines()) == 2


def test_json_scope_is_structured(capsys):
    assert main(["check", "--quick", "--json", "-j", "1", "no_spurious_local_min_on_critical_set_of_squared_loss",
                 "split_gradients_zero_of_local_min"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    crit = rows["no_spurious_local_min_on_critical_set_of_squared_loss"]["scope_structured"]
    assert crit["kind"] == "critical_set" and crit["dims"] == [[2, 1, 1, 2]] and crit["counts"]["instances"] == 1
    assert rows["split_gradients_zero_of_local_min"]["scope_structured"]["kind"] == "sampled"
