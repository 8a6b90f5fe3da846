"""The matrix identity checker's exact answers, written against the survivors of its one-module mutation run
(README, "Mutation testing"): every refusal with its exact reason, and sums of products that need every entry."""

import copy

import pytest

from symbolic.checker.matrix_identity import verify_matrix_identity


def _c(v):
    return [[[], v]]                                                   # the constant polynomial v, no variables


BASE = {"kind": "matrix_identity", "variables": [],
        "matrices": {"A": [[_c("1"), _c("2")]], "B": [[_c("3")], [_c("4")]], "C": [[_c("11")]]},
        "equalities": [{"left": [{"coefficient": "1", "factors": ["A", "B"]}],
                        "right": [{"coefficient": "1", "factors": ["C"]}]}],
        "nonzero": ["C"]}


def _cert(**kw):
    cert = copy.deepcopy(BASE)
    cert.update(kw)
    return cert


def _eq(left, right):
    return [{"left": [{"factors": f} for f in left], "right": [{"factors": f} for f in right]}]


def _with_matrix(name, rows, **kw):
    cert = _cert(**kw)
    cert["matrices"][name] = rows
    return cert


REFUSALS = [
    ("another kind", _cert(kind="identity"), "not a matrix identity certificate (kind 'identity')"),
    ("no kind", {k: v for k, v in BASE.items() if k != "kind"}, "not a matrix identity certificate (kind None)"),
    ("ragged rows", _with_matrix("R", [[_c("1"), _c("2")], [_c("1")]]), "a certificate matrix needs equal, non-empty rows"),
    ("an empty row", _with_matrix("R", [[]]), "a certificate matrix needs equal, non-empty rows"),
    ("no rows", _with_matrix("R", []), "a certificate matrix needs equal, non-empty rows"),
    ("an unknown factor", _cert(equalities=_eq([["A", "D"]], [["C"]])), "unknown factor 'D'"),
    ("an unknown transpose", _cert(equalities=_eq([["A^X", "B"]], [["C"]])), "unknown factor 'A^X'"),
    ("a factor that does not chain", _cert(equalities=_eq([["A", "A"]], [["C"]])),
     "factor 'A' does not chain: 1x2 times 1x2"),
    ("a transposed factor that does not chain", _cert(equalities=_eq([["A^T", "A^T"]], [["C"]])),
     "factor 'A^T' does not chain: 2x1 times 2x1"),
    ("terms of different shapes", _cert(equalities=_eq([["A", "B"], ["A"]], [["C"]])),
     "terms of one side have different shapes"),
    ("an empty left side", _cert(equalities=_eq([], [["C"]])), "equality 0: the left side is empty"),
    ("sides of different shapes", _cert(equalities=_eq([["B", "A"]], [["C"]])),
     "equality 0: the sides have different shapes"),
    ("sides of different widths", _cert(equalities=_eq([["A"]], [["A", "B"]])),
     "equality 0: the sides have different shapes"),
    ("a false equality", _cert(equalities=_eq([["A", "B"]], [])), "equality 0 does not hold"),
    ("the second equality false", _cert(equalities=_eq([["A", "B"]], [["C"]]) + _eq([["C"]], [["A", "B"], ["C"]])),
     "equality 1 does not hold"),
    ("a missing nonzero matrix", _cert(nonzero=["C", "D"]), "D is zero (or missing)"),
    ("a zero matrix", _with_matrix("Z", [[_c("0"), []]], nonzero=["Z"]), "Z is zero (or missing)"),
]


@pytest.mark.parametrize("cert, reason", [c[1:] for c in REFUSALS], ids=[c[0] for c in REFUSALS])
def test_every_refusal_has_its_exact_reason(cert, reason):
    assert verify_matrix_identity(cert) == (False, reason)


def test_accepted_identities_count_their_equalities_and_nonzero_matrices():
    assert verify_matrix_identity(BASE) == (True, "1 equalities hold; 1 matrices nonzero")
    two = _cert(equalities=_eq([["A", "B"]], [["C"]]) + _eq([["B^T", "A^T"]], [["C^T"]]), nonzero=["A", "B", "C"])
    assert verify_matrix_identity(two) == (True, "2 equalities hold; 3 matrices nonzero")
    none = {k: v for k, v in BASE.items() if k != "nonzero"}
    assert verify_matrix_identity(none) == (True, "1 equalities hold; 0 matrices nonzero")
    # a zero right side: A B - C = 0, with the coefficient -1
    diff = _cert(equalities=[{"left": [{"factors": ["A", "B"]}, {"coefficient": "-1", "factors": ["C"]}], "right": []}])
    assert verify_matrix_identity(diff)[0] is True


def test_products_and_sums_use_every_entry():
    # 2 x 2 times 2 x 2 with variables: [[x, 1], [0, y]] [[y, 0], [1, x]] = [[xy + 1, x], [y, xy]]
    x, y, one, xy = [[[1, 0], "1"]], [[[0, 1], "1"]], [[[0, 0], "1"]], [[[1, 1], "1"]]
    cert = {"kind": "matrix_identity", "variables": ["x", "y"],
            "matrices": {"P": [[x, one], [[], y]], "Q": [[y, []], [one, x]],
                         "R": [[xy + one, x], [y, xy]]},
            "equalities": _eq([["P", "Q"]], [["R"]]), "nonzero": ["P"]}
    assert verify_matrix_identity(cert) == (True, "1 equalities hold; 1 matrices nonzero")
    for i, j in [(0, 0), (0, 1), (1, 0), (1, 1)]:
        bad = copy.deepcopy(cert)
        bad["matrices"]["R"][i][j] = bad["matrices"]["R"][i][j] + [[[0, 0], "1"]]
        assert verify_matrix_identity(bad) == (False, "equality 0 does not hold")
    # coefficients scale every entry: 2 P Q = R + R, and 1/2 is exact
    scaled = copy.deepcopy(cert)
    scaled["equalities"] = [{"left": [{"coefficient": "2", "factors": ["P", "Q"]}],
                             "right": [{"factors": ["R"]}, {"coefficient": "1", "factors": ["R"]}]}]
    assert verify_matrix_identity(scaled)[0] is True
    scaled["equalities"][0]["left"][0]["coefficient"] = "1/2"
    scaled["equalities"][0]["right"] = [{"coefficient": "1/4", "factors": ["R"]}, {"coefficient": "1/4", "factors": ["R"]}]
    assert verify_matrix_identity(scaled)[0] is True
    # a three-factor product: P Q P^T
    triple = copy.deepcopy(cert)
    # P Q = [[xy + 1, x], [y, xy]], P^T = [[x, 0], [1, y]]: [[x^2 y + 2x, xy], [2xy, x y^2]]
    triple["matrices"]["S"] = [[[[[2, 1], "1"], [[1, 0], "2"]], xy], [[[[1, 1], "2"]], [[[1, 2], "1"]]]]
    triple["equalities"] = _eq([["P", "Q", "P^T"]], [["S"]])
    assert verify_matrix_identity(triple)[0] is True
