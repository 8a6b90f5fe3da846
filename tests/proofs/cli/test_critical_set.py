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


REG = {"dims": [1, 1, 1], "X": [[1]], "Y": [[2]], "regularization": {"lambdas": [[["1/2"]], [["1/3"]]]}}


@pytest.mark.parametrize("data, message", [
    (dict(SMALL, dims=[2, 1.0, 1, 2]), "dims[1] is the float 1.0; write widths as integers, e.g. 1"),
    (dict(SMALL, dims=[2, "1", 1, 2]), "dims[1] is the string '1'; write widths as JSON integers"),
    (dict(REG, loss="quartic"), "computed for the squared loss only; got loss 'quartic': remove \"loss\""),
    (dict(REG, regularization=3), "e.g. {\"lambdas\": [[[\"1/2\"]], [[\"1/3\"]]]}"),
    (dict(REG, dims=[2, 3, 3, 2], X=[[1], [0]], Y=[[1], [2]]), "regularized critical sets are computed up to 16"),
    (dict(REG, regularization={"lambdas": [[[0.5]], [["1/3"]]]}), "lambdas[0][0][0] is the float 0.5"),
])
def test_more_bad_input(tmp_path, capsys, data, message):
    assert main(["critical-set", _write(tmp_path, data)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_regularized_without_msolve_is_bounded(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("symbolic.critical.backends.msolve_binary", lambda: None)
    data = dict(REG, dims=[1, 3, 3], Y=[[1], [2], [3]])
    assert main(["critical-set", _write(tmp_path, data)]) == 2
    assert "without msolve regularized critical sets are computed up to 9" in capsys.readouterr().err


def test_regularized_report_and_json(tmp_path, capsys):
    path = _write(tmp_path, REG)
    assert main(["critical-set", path]) == 0
    text = capsys.readouterr().out
    assert "complex critical points: 5 (certified), real: 3" in text and "re-verified by the separate checker" in text
    assert main(["critical-set", path, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["count"] == 5 and out["verified"] is True and out["certificate"]["kind"] == "regularized_critical_points"
    assert len(out["real_points"]) == 3


def test_singular_data_names_the_fix(tmp_path, capsys):
    data = {"dims": [2, 1, 2], "X": [[1, 1], [1, 1]], "Y": [[1, 0], [0, 1]]}
    assert main(["critical-set", _write(tmp_path, data)]) == 0
    text = capsys.readouterr().out
    assert "NOT verified (X X^T is singular" in text and "fix: give X full row rank d_0 = 2" in text


TWO_LAYER = {"dims": [2, 2, 2], "X": [[1, -1, 3], [1, -1, 0]], "Y": [[-1, 2, 1], [1, 2, -3]]}
#: 24 weights: above the covering's 16; Sigma = Y Y^T with Hadamard eigenvectors, eigenvalues 64, 36, 16, 8.
WIDE = {"dims": [4, 3, 4], "X": [[1, 0, 0, 0, 1], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 1, 0]],
        "Y": [[1, 2, 3, 4, 1], [1, -2, 3, -4, 1], [1, 2, -3, -4, 1], [1, -2, -3, 4, 1]]}


def test_forms_adds_theorem_1_families_bundled_with_the_covering(tmp_path, capsys):
    assert main(["critical-set", _write(tmp_path, TWO_LAYER), "--forms"]) == 0
    text = capsys.readouterr().out
    assert "captured eigenvalues {10, 5}, 0 null columns: global minimum" in text
    assert "captured eigenvalues {5}, 0 null columns: strict saddle for every C" in text
    assert "families certificate: re-verified by the separate checker" in text
    assert "its global minimum value 5/2 is the families' least" in text
    assert main(["critical-set", _write(tmp_path, TWO_LAYER), "--forms", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["forms"]["certified"] and out["forms"]["certificate"]["kind"] == "analytical_form_families"
    assert out["forms"]["certificate"]["covering"]["kind"] == "critical_set_covering"


def test_forms_alone_above_the_covering_limit_says_what_it_rests_on(tmp_path, capsys):
    assert main(["critical-set", _write(tmp_path, WIDE), "--forms"]) == 0
    text = capsys.readouterr().out
    assert "not computed: 24 weights, the covering stops at 16" in text
    assert "captured eigenvalues {64, 36, 16}, 0 null columns: the least value (global by Theorem 1)" in text
    assert "Theorem 1's necessity, which is not re-proved here" in text
    assert text.count("strict saddle for every C") == 14
    assert main(["critical-set", _write(tmp_path, WIDE)]) == 2
    assert "critical sets are computed up to 16" in capsys.readouterr().err


@pytest.mark.parametrize("data, message", [
    (dict(TWO_LAYER, loss="quartic"), "--forms is for the squared loss"),
    (dict(WIDE, Y=[[1, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 1, 0]]),
     "positive eigenvalue 1 is repeated"),
])
def test_forms_refusals_are_one_line(tmp_path, capsys, data, message):
    assert main(["critical-set", _write(tmp_path, data), "--forms"]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
