"""The command line frame: help lists the subcommands; input errors exit 2 with one line."""

import json
import subprocess
import sys

import pytest

from proofs.cli import SUBCOMMANDS, main


def test_help_lists_every_subcommand(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    for name in SUBCOMMANDS:
        assert name in out


def test_unknown_subcommand_exits_2(capsys):
    with pytest.raises(SystemExit) as err:
        main(["frobnicate"])
    assert err.value.code == 2
    assert capsys.readouterr().err.startswith("dlnproof: ")


def test_python_dash_m_proofs_is_the_same_command():
    out = subprocess.run([sys.executable, "-m", "proofs", "--help"], capture_output=True, text=True, check=True).stdout
    assert "sweep" in out and "classify" in out


def test_sweep_command_json(capsys):
    assert main(["sweep", "--max-depth", "1", "--max-width", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["tuples"] == 4 and not any(result["failures"].values())


def test_sweep_bad_bounds_exit_2(capsys):
    assert main(["sweep", "--max-depth", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "max_depth must be a positive integer" in err


def test_bench_ledger_runs_fresh_processes(capsys, monkeypatch):
    import subprocess

    from proofs.cli import bench

    calls = []

    def fake_run(argv, **kwargs):
        calls.append(argv[3:])
        rows = [{"id": f"c{i}", "status": "confirmed", "certificate_ok": True, "seconds": 1.0, "cpu_seconds": i}
                for i in range(3)]
        return subprocess.CompletedProcess(argv, 0, stdout=json.dumps(rows), stderr="")

    monkeypatch.setattr(subprocess, "run", fake_run)
    runs = bench.ledger_bench("both", 2)
    assert calls == [["check", "--json", "--quick", "-j", "1"], ["check", "--json", "--quick", "-j", "2"],
                     ["check", "--json", "-j", "2"]]
    assert [r["run"] for r in runs] == ["quick, 1 process", "quick, -j 2", "full, -j 2"]
    assert all(r["claims"] == 3 and r["statuses"]["confirmed"] == 3 and r["exit"] == 0 for r in runs)
    assert runs[0]["slowest"] == [["c2", 2], ["c1", 1], ["c0", 0]] and len(runs[0]["load"]) == 2
    from proofs.cli import main as cli_main

    assert cli_main(["bench", "--ledger", "both", "-j", "2"]) == 0
    table = capsys.readouterr().out.split("\n\n")[1].splitlines()  # the markdown table after the plain lines
    assert table[0].startswith("| run (") and [line.split("|")[1].strip() for line in table[2:5]] == [
        "`check --quick -j 1`", "`check --quick -j 2`", "`check -j 2`"]
    assert "3 claims: 3 confirmed, 0 refuted, all re-verified" in table[2]


def test_bench_scale_runs_each_case_in_a_fresh_process(capsys, monkeypatch):
    from pathlib import Path

    from proofs.cli import main as cli_main
    from symbolic.landscape import scale_bench

    root = str(Path(scale_bench.__file__).resolve().parents[2])
    rows = scale_bench.run_scale_bench([("dense strict saddle", "saddle", (3, 2, 3)), ("zero tuple", "zero", (1, 4))],
                                       seconds=60, against=root)
    assert [(r["params"], r["verdict"], r["strict"], r["certificate_ok"]) for r in rows] == \
        [(16, "saddle", True, True), (4, "saddle", False, True)]
    assert all(r["cpu_seconds"] > 0 and r["max_rss_mb"] > 0 and r["baseline"]["verdict"] == "saddle"
               and r["ratio"] is not None for r in rows)
    assert rows[1]["order"] == 4
    monkeypatch.setattr(scale_bench, "SCALE_CASES", (("zero tuple", "zero", (1, 3)),))
    monkeypatch.setattr(scale_bench.run_scale_bench, "__defaults__", (scale_bench.SCALE_CASES, 60.0, None))
    assert cli_main(["bench", "--scale"]) == 0
    out = capsys.readouterr().out
    assert "zero tuple [1, 3]" in out and "saddle" in out and "peak" in out


def test_bench_reference_prints_the_symengine_table(capsys, monkeypatch):
    from symbolic.calculus import bench
    monkeypatch.setattr(bench, "REFERENCE_CASES", ((2, 3, 2),))
    assert main(["bench", "--reference", "--repeats", "1"]) == 0
    out = capsys.readouterr().out
    assert "ours/SymEngine" in out and "(2, 3, 2)" in out and "sympy.hessian" not in out
    assert main(["bench", "--reference", "--repeats", "1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["table"] for r in rows] == ["symengine"] and rows[0]["equal"] is True
