import copy

import pytest

from symbolic.checker.positivity import poly_from_json, poly_to_json, verify_nonnegativity

# 1 - x^2 >= 1/2 on {1/2 - x^2 >= 0}: 1 - x^2 = 1/2 + g
GOOD = {"kind": "nonnegativity", "variables": ["x"], "constant": "1/2",
        "constraints": [[[[0], "1/2"], [[2], "-1"]]], "target": [[[0], "1"], [[2], "-1"]],
        "terms": [{"coefficient": "1", "constraints": [0], "square": [[[0], "1"]]}]}


def test_good_certificate_verifies_and_round_trips():
    assert verify_nonnegativity(GOOD)[0]
    p = poly_from_json(1, GOOD["target"])
    assert poly_from_json(1, poly_to_json(p)) == p


@pytest.mark.parametrize("path, value, reason", [
    (("constant",), "-1/2", "negative"),
    (("constant",), "1/4", "does not hold"),
    (("terms", 0, "coefficient"), "-1", "negative coefficient"),
    (("terms", 0, "constraints"), [3], "does not exist"),
    (("kind",), "curve", "not a nonnegativity certificate"),
])
def test_tampered_certificates_are_rejected(path, value, reason):
    bad = copy.deepcopy(GOOD)
    node = bad
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    ok, why = verify_nonnegativity(bad)
    assert not ok and reason in why


def test_floats_are_refused():
    bad = copy.deepcopy(GOOD)
    bad["constant"] = 0.5
    with pytest.raises(TypeError, match="not exact"):
        verify_nonnegativity(bad)
