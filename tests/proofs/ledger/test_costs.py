"""Recorded claim costs: they order the work of ``check -j N``, nothing else."""

import json

from proofs.ledger import costs, registry


def test_save_then_load_per_scope(tmp_path):
    path = tmp_path / "costs.json"
    assert costs.load(False, path) == {}
    costs.save([{"id": "b", "cpu_seconds": 2.5}, {"id": "a", "cpu_seconds": 0.1}], False, path)
    costs.save([{"id": "a", "cpu_seconds": 0.01}], True, path)
    costs.save([{"id": "a", "cpu_seconds": 0.2}], False, path)
    assert costs.load(False, path) == {"a": 0.2, "b": 2.5} and costs.load(True, path) == {"a": 0.01}
    assert list(json.loads(path.read_text())["full"]) == ["a", "b"]  # sorted: stable diffs


def test_unknown_claims_first_then_longest():
    assert costs.order([["x"], ["y"], ["z"]], {"x": 1, "y": 3}) == [["z"], ["y"], ["x"]]


def test_recorded_file_is_well_formed():
    ids = {c.id for c in registry.claims()}
    recorded = costs.load(False)
    assert recorded and set(recorded) <= ids  # the full scope's costs, of ledger claims
    for quick in (True, False):
        assert all(isinstance(v, (int, float)) and v >= 0 for v in costs.load(quick).values())
