"""``dlnproof classify FILE.json [--json]``: the CLI contract of issue 3."""

import json

from proofs.cli import main


def _write(tmp_path, data, name="p.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return str(path)


def test_json_output(tmp_path, capsys):
    path = _write(tmp_path, {"dims": [1, 1, 1, 1], "Y": [[1]], "weights": [[[0]], [[0]], [[0]]]})
    assert main(["classify", path, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == "saddle" and out["certificate"]["descent"]["order"] == 3
    assert out["evidence"]["certificate_ok"] is True


def test_readable_report(tmp_path, capsys):
    path = _write(tmp_path, {"dims": [1, 1, 1], "Y": [[1]], "weights": [[[0]], [[0]]], "loss": "squared"})
    assert main(["classify", path]) == 0
    text = capsys.readouterr().out
    assert "verdict: saddle (strict: the Hessian has a negative eigenvalue)" in text and "leading term -1 t^2" in text
    assert "Hessian inertia: 1 positive, 1 negative, 0 zero" in text and "loss value at the point: 1/2" in text


def test_report_names_strictness_only_for_saddles(tmp_path, capsys):
    path = _write(tmp_path, {"dims": [1, 1, 1, 1], "Y": [[1]], "weights": [[[0]], [[0]], [[0]]]})
    assert main(["classify", path]) == 0
    assert "verdict: saddle (not strict: no negative Hessian eigenvalue" in capsys.readouterr().out
    path = _write(tmp_path, {"dims": [1, 1, 1], "X": [[1, 2]], "Y": [[2, 4]], "weights": [[["2"]], [["1"]]]})
    assert main(["classify", path]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0] == "verdict: global_min" and "loss value at the point: 0" in text


def test_global_min_report(tmp_path, capsys):
    path = _write(tmp_path, {"dims": [1, 1, 1], "X": [[1, 2]], "Y": [[2, 4]], "weights": [[["2"]], [["1"]]]})
    assert main(["classify", path]) == 0
    assert "verdict: global_min" in capsys.readouterr().out


def test_float_is_input_error(tmp_path, capsys):
    path = _write(tmp_path, '{"dims": [1, 1, 1], "Y": [[0.25]], "weights": [[[0]], [[0]]]}')
    assert main(["classify", path]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "float 0.25" in err and '"1/4"' in err


def test_missing_and_non_json_files(tmp_path, capsys):
    assert main(["classify", str(tmp_path / "none.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["classify", _write(tmp_path, "{not json")]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_bad_shapes_and_keys(tmp_path, capsys):
    assert main(["classify", _write(tmp_path, {"dims": [1, 1, 1], "Y": [[1]], "weights": [[[0]]]})]) == 2
    assert "weights has 1 matrices" in capsys.readouterr().err
    assert main(["classify", _write(tmp_path, {"dims": [1, 1], "Y": [[1]], "weights": [[[0]]], "los": "x"})]) == 2
    assert "unknown keys" in capsys.readouterr().err


def test_too_large_refused_quickly(tmp_path, capsys):
    d = 40                                                        # 1600 parameters > 1000
    data = {"dims": [d, d], "Y": [[0] * d] * d, "weights": [[[0] * d] * d]}
    assert main(["classify", _write(tmp_path, data)]) == 2
    assert "parameters" in capsys.readouterr().err


def test_timeout_is_a_safety_deadline(tmp_path, capsys):
    path = _write(tmp_path, {"dims": [1, 1, 1, 1], "Y": [[1]], "weights": [[[0]], [[0]], [[0]]]})
    assert main(["classify", path, "--timeout", "1e-9", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == "inconclusive" and out["certificate"] is None
    assert out["evidence"]["stopped"].startswith("deadline reached in stage ")
    assert main(["classify", path, "--timeout", "1e-9"]) == 0
    assert "stopped: deadline reached in stage" in capsys.readouterr().out
    assert main(["classify", path, "--timeout", "60", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "saddle"


def test_non_positive_timeout_is_an_input_error(tmp_path, capsys):
    path = _write(tmp_path, {"dims": [1, 1, 1], "Y": [[1]], "weights": [[[0]], [[0]]]})
    assert main(["classify", path, "--timeout", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "seconds" in err and "positive" in err


def test_reports_of_degenerate_certificates(tmp_path, capsys):
    cases = [({"polynomial": {"[4, 0]": "1", "[5, 0]": "-1", "[0, 2]": "1"}, "variables": ["x", "y"],
               "point": ["0", "0"]}, ["verdict: local_min", "weighted_leading_form", "weights [1, 2]"]),
             ({"polynomial": {"[4, 0]": "1", "[0, 4]": "1"}, "variables": ["x", "y"], "point": ["0", "0"]},
              ["verdict: global_min", "sum of squares"]),
             ({"dims": [1, 1, 1], "X": [["1", "1"]], "Y": [["0", "2"]], "weights": [[["1"]], [["1"]]],
               "loss": "quartic"}, ["verdict: global_min", "global value 1/2 (stationary_convex_product"]),
             ({"dims": [1, 1, 1], "Y": [["0"]], "weights": [[["0"]], [["0"]]], "loss": "quartic"},
              ["verdict: global_min", "nonnegative_loss"])]
    for data, expected in cases:
        assert main(["classify", _write(tmp_path, data)]) == 0
        text = capsys.readouterr().out
        assert all(e in text for e in expected) and "checker: ok" in text
