import copy

from symbolic.openness.basis_selection import paper_selection
from symbolic.checker.basis_selection import verify_basis_selection
from symbolic.core.exact import matrix_to_strings, rational_matrix


def _cert(V):
    B, A = paper_selection(V)
    return {"kind": "basis_selection", "V": matrix_to_strings(V), "B": B, "A": matrix_to_strings(A), "bound": "4",
            "expect_within": True}


def test_verifies_and_tampering_fails():
    cert = _cert(rational_matrix([[1, 2], [2, 4], [4, 8], [0, 0]]))
    assert verify_basis_selection(cert)[0]
    for key, value in (("bound", "2"), ("expect_within", False), ("B", [0, 0]), ("A", [["9"], ["1"], ["0"]])):
        assert not verify_basis_selection(dict(copy.deepcopy(cert), **{key: value}))[0]


def test_an_exceeding_coefficient_is_reported():
    cert = {"kind": "basis_selection", "V": [["1"], ["5"]], "B": [0], "A": [["5"]], "bound": "1",
            "expect_within": False}
    assert verify_basis_selection(cert) == (True, "V_Bc = A V_B, max |A_ij| = 5 > 1")
