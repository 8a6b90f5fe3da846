"""``dlnproof critical-set FILE.json [--json]``: every critical point of a user's network."""

import json

import pytest

from proofs.cli import main

SMALL = {"dims": [2, 1, 1, 2], "X": [[1, -1, 3], [1, -1, 0]], "Y": [[-1, 2, 1], [1, 2, -3]]}


def _write(tmp_path, data, name="p.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return str(path)


def test_readable_report(tmp_path, capsys):
    assert main(["critical-set", _write(tmp_path, SMALL)]) == 0
    text = capsys.readouterr().out
    assert "global minimum value: 5" in text
    assert "L = 15/2: dimension 2, strict saddle" in text
    assert "non-strict saddle (odd-order Taylor term, Hessian PSD), dimension 0, the point ['0', '0', '0', '0', '0']" in text
    assert "certificate: re-verified by the separate checker" in text


def test_json_carries_the_certificate(tmp_path, capsys):
    data = dict(SMALL, X=[["1", "-1", "3"], ["1", "-1", "0"]], loss="squared")
    assert main(["critical-set", _write(tmp_path, data), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["certified"] is True and out["certificate"]["kind"] == "critical_set_covering"
    assert {v["classification"] for v in out["values"]} >= {"global minimum", "strict saddle"}


@pytest.mark.parametrize("data, message", [
    (dict(SMALL, X=[[1.5, -1, 3], [1, -1, 0]]), 'X[0][0] is the float 1.5; write exact numbers as integers or strings'),
    ({"dims": [2, 2]}, "lacks X, Y"),
    (dict(SMALL, weights=[]), "unknown keys weights"),
    (dict(SMALL, loss="hinge"), "loss must be one of squared, quartic"),
    (dict(SMALL, dims=[2, 0, 2]), "dims must be at least two positive integers"),
    (dict(SMALL, dims=[2, 4, 4, 2]), "critical sets are computed up to 16"),
    ("[1, 2]", "must hold one JSON object"),
    ("{", "is not valid JSON"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, data, message):
    assert main(["critical-set", _write(tmp_path, data)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_work_bound(tmp_path, capsys):
    assert main(["critical-set", _write(tmp_path, SMALL), "--max-work", "40"]) == 2
    assert "needs more work than allowed" in capsys.readouterr().err


def test_regularized_input_without_the_solver(tmp_path, capsys, monkeypatch):
    import importlib

    real = importlib.import_module

    def fake(name, *args):
        if name == "symbolic.critical.regularized":
            raise ImportError(name)
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", fake)
    data = dict(SMALL, regularization={"lambdas": "1/2"})
    assert main(["critical-set", _write(tmp_path, data)]) == 2
    assert "regularized input is not supported yet" in capsys.readouterr().err
