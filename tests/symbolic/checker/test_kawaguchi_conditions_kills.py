"""Kawaguchi's conditions, exact answers: a failure of Lemma 4.6 needs a proof (a z that only fails to separate
proved a false "holds": false), each lemma's first failing k, the helpers against hand computations, and the exact
reason of each refusal."""

from fractions import Fraction

import pytest

from symbolic.checker.kawaguchi_conditions import _column_basis, _null_basis, condition_holds, \
    verify_kawaguchi_conditions
from symbolic.checker.poly import frac_matrix

DIMS = "malformed kawaguchi_conditions certificate: dims must list at least three positive integers (H >= 1)"
SHAPES = "malformed kawaguchi_conditions certificate: the weights do not have the shapes of dims"


def _problem(dims, weights, Y, X=None):
    problem = {"dims": dims, "weights": weights, "Y": Y}
    if X is not None:
        problem["X"] = X
    return problem


def _one(a, b):
    """dims [1, 1, 1], X = Y = 1, W1 = a, W2 = b: X r = ab - 1, C = b, Sigma = 1."""
    return _problem([1, 1, 1], [[[a]], [[b]]], [["1"]], [["1"]])


def _two(w2):
    """dims [1, 1, 2], X = 1, Y = (2, 1)^T, W1 = 0: X r = -Y^T, C = W2; Sigma = Y Y^T, eigenvalues 5 on Y, 0 off it."""
    return _problem([1, 1, 2], [[["0"]], w2], [["2"], ["1"]], [["1"]])


# dims [1, 1, 1, 1], W3 = 0: C = W3 W2 = 0; the alternatives fail only at k = 3 (k = 2 has X r W3 = 0)
DEEP = _problem([1, 1, 1, 1], [[["1"]], [["1"]], [["0"]]], [["1"]])
TOP = "C (C^T C)^- C^T is the projector onto the top 1 eigenvectors of Sigma (split at z = {})"
UNDECIDED = "z = {} does not separate the eigenvalues of Sigma on R(C) from the others, nor prove a failure"


def test_a_z_that_separates_nothing_proves_no_failure():
    # soundness: at W = (0, 1), C = 1 spans the only eigenvector of Sigma = 1, so C (C^T C)^- C^T = U U^T: Lemma 4.6
    # holds; "holds": false with z = 1 (B^T (Sigma - z) B = 0 is not positive definite) was accepted as its failure
    cert = {"kind": "kawaguchi_conditions", "lemma": "4.6", "problem": _one("0", "1"), "z": "1", "holds": False}
    assert verify_kawaguchi_conditions(cert) == (False, "Lemma/Corollary 4.6: expected holds = False, recomputed: "
                                                        + UNDECIDED.format(1))
    assert verify_kawaguchi_conditions(dict(cert, z="1/2", holds=True)) == (True, "4.6: " + TOP.format("1/2"))
    assert not verify_kawaguchi_conditions({k: v for k, v in cert.items() if k != "z"})[0]
    # a proved failure: C on the eigenvalue-0 eigenvector, z = 1 between 0 (on R(C)) and 5 (off it)
    bottom = dict(cert, problem=_two([["1"], ["-2"]]))
    assert verify_kawaguchi_conditions(bottom) == (
        True, "4.6: an eigenvalue of Sigma on R(C) is below z = 1 and one off R(C) is above it")
    assert not verify_kawaguchi_conditions(dict(bottom, holds=True))[0]


@pytest.mark.parametrize("lemma, problem, z, answer", [
    ("4.4", _one("0", "0"), None,
     (False, "k = 2: R((W_(k-1)...W_2)^T) is not in R(C^T C) and X r W_(H+1)...W_(k+1) != 0")),
    ("4.4", _one("1", "1"), None, (True, "both alternatives checked for k = 2..2")),
    ("4.4", _one("2", "1"), None, (True, "both alternatives checked for k = 2..2")),
    ("4.5", _one("0", "0"), None,
     (False, "k = 2: rank(W_(H+1)...W_k) < rank(W_(k-1)...W_2) and X r W_(H+1)...W_(k+1) != 0")),
    ("4.5", _one("1", "1"), None, (True, "both alternatives checked for k = 2..2")),
    ("4.4", DEEP, None, (False, "k = 3: R((W_(k-1)...W_2)^T) is not in R(C^T C) and X r W_(H+1)...W_(k+1) != 0")),
    ("4.5", DEEP, None, (False, "k = 3: rank(W_(H+1)...W_k) < rank(W_(k-1)...W_2) and X r W_(H+1)...W_(k+1) != 0")),
    ("4.6", _one("1", "1"), None, (True, "X r = 0")),
    ("4.6", _one("0", "0"), None, (True, "C = 0: both projectors are 0")),
    ("4.6", _one("0", "1"), None,
     (None, "X r != 0: the certificate must give z separating the eigenvalues of Sigma on R(C)")),
    ("4.6", _one("0", "1"), "1/2", (True, TOP.format("1/2"))),
    ("4.6", _one("0", "1"), "1", (None, UNDECIDED.format(1))),
    ("4.6", _two([["2"], ["1"]]), "1", (True, TOP.format(1))),
    ("4.6", _two([["2"], ["1"]]), "1/2", (True, TOP.format("1/2"))),     # zI is z on the diagonal, 0 off it
    # d1 = 2, C = (1, 0): R(I) is not in R(C^T C) and X r = -1 != 0; k = 2 is the first k (X r A = -1 as well)
    ("4.4", _problem([1, 2, 1], [[["1"], ["0"]], [["1", "0"]]], [["2"]], [["1"]]), None,
     (False, "k = 2: R((W_(k-1)...W_2)^T) is not in R(C^T C) and X r W_(H+1)...W_(k+1) != 0")),
    ("4.6", _two([["2"], ["1"]]), "0", (None, UNDECIDED.format(0))),          # 0 off R(C) equals z
    ("4.6", _two([["2"], ["1"]]), "5", (None, UNDECIDED.format(5))),          # 5 on R(C) equals z
    ("4.6", _two([["2"], ["1"]]), "6", (None, UNDECIDED.format(6))),
    ("4.6", _two([["1"], ["0"]]), "1",
     (False, "R(C) is not an invariant subspace of Sigma: P != U_pbar U_pbar^T and X r != 0")),
    ("4.6", _two([["1"], ["-2"]]), "1", (False, "an eigenvalue of Sigma on R(C) is below z = 1 and one off R(C) "
                                              "is above it")),
    ("4.6", _two([["1"], ["-2"]]), "0", (None, UNDECIDED.format(0))),
    ("4.6", _two([["1"], ["-2"]]), "-1", (None, UNDECIDED.format(-1))),
    ("4.6", _two([["1"], ["-2"]]), "5", (None, UNDECIDED.format(5))),
])
def test_condition_answers(lemma, problem, z, answer):
    assert condition_holds(lemma, problem, z) == answer


def test_unknown_lemma():
    with pytest.raises(ValueError, match=r"lemma must be one of \('4.4', '4.5', '4.6'\); got '4.7'"):
        condition_holds("4.7", _one("1", "1"))


def test_column_and_null_basis_by_hand():
    M = frac_matrix([["1", "2", "3"], ["2", "4", "1"]])          # column 2 = 2 column 1: columns 1 and 3
    assert _column_basis(M) == [[1, 3], [2, 1]]
    assert _column_basis(frac_matrix([["0", "0"]])) is None
    assert _null_basis(M, 3) == [[-2], [1], [0]]
    assert _null_basis(frac_matrix([["1", "0"], ["0", "1"]]), 2) is None
    # pivot in the second column, a zero first column, a dependent row: kernel e1 and (0, -2, 1)
    assert _null_basis(frac_matrix([["0", "1", "2"], ["0", "2", "4"]]), 3) == [[1, 0], [0, -2], [0, 1]]
    # a row swap and a pivot that is not 1: x + y = 0 from [[0, 0], [2, 2]]
    assert _null_basis(frac_matrix([["0", "0"], ["2", "2"]]), 2) == [[-1], [1]]
    assert _null_basis(frac_matrix([["2", "1"], ["4", "3"], ["0", "0"]]), 2) is None
    # an entry 1 below the pivot is eliminated too: the kernel of [[1, 2], [1, 2]] is (-2, 1)
    assert _null_basis(frac_matrix([["1", "2"], ["1", "2"]]), 2) == [[-2], [1]]
    # two pivots, then a free column whose entries sit in both pivot rows: (-1, -1, 1)
    assert _null_basis(frac_matrix([["1", "0", "1"], ["0", "1", "1"]]), 3) == [[-1], [-1], [1]]
    assert all(isinstance(x, Fraction) for row in _null_basis(M, 3) for x in row)


CERT = {"kind": "kawaguchi_conditions", "lemma": "4.4", "problem": _one("1", "1")}


@pytest.mark.parametrize("change, answer", [
    ({}, (True, "4.4: both alternatives checked for k = 2..2")),
    ({"holds": True}, (True, "4.4: both alternatives checked for k = 2..2")),
    ({"kind": "x"}, (False, "not a kawaguchi_conditions certificate (kind 'x')")),
    ({"holds": "yes"}, (False, "holds must be true or false")),
    ({"holds": None}, (False, "holds must be true or false")),
    ({"holds": False}, (False, "Lemma/Corollary 4.4: expected holds = False, recomputed: both alternatives checked "
                               "for k = 2..2")),
    ({"lemma": "4.7"}, (False, "malformed kawaguchi_conditions certificate: lemma must be one of ('4.4', '4.5', "
                               "'4.6'); got '4.7'")),
    ({"problem": _problem([1, 1], [[["1"]]], [["1"]])}, (False, DIMS)),
    ({"problem": _problem((1, 1, 1), [[["1"]], [["1"]]], [["1"]])}, (False, DIMS)),
    ({"problem": _problem([1, True, 1], [[["1"]], [["1"]]], [["1"]])}, (False, DIMS)),
    ({"problem": _problem([1, 0, 1], [[["1"]], [["1"]]], [["1"]])}, (False, DIMS)),
    ({"problem": _problem([1, 1, "1"], [[["1"]], [["1"]]], [["1"]])}, (False, DIMS)),
    ({"problem": _problem([1, 1, 1], [[["1"]]], [["1"]])}, (False, SHAPES)),
    ({"problem": _problem([1, 1, 1], [[["1", "2"]], [["1"]]], [["1"]])}, (False, SHAPES)),
    ({"problem": _problem([1, 1, 1], [[["1"]], [["1"], ["1"]]], [["1"]])}, (False, SHAPES)),
    ({"problem": _problem([1, 1, 1], [[["1"]], [["1"]]], [["1"]], [["1", "2"]])},
     (False, "malformed kawaguchi_conditions certificate: certificate matrices do not chain: 1x2 times 1x1")),
    ({"problem": {}}, (False, "malformed kawaguchi_conditions certificate: 'dims'")),
])
def test_certificate_answers(change, answer):
    cert = {k: v for k, v in CERT.items() if k != "lemma"} if change.get("lemma") == "drop" else dict(CERT, **change)
    assert verify_kawaguchi_conditions(cert) == answer


def test_missing_lemma_and_default_x():
    assert verify_kawaguchi_conditions({"kind": "kawaguchi_conditions", "problem": _one("1", "1")}) == \
        (False, "malformed kawaguchi_conditions certificate: 'lemma'")
    # X omitted: the identity of size d0 (X r = W2 W1 - Y = 0 at a = b = 1)
    no_x = {k: v for k, v in _one("1", "1").items() if k != "X"}
    assert condition_holds("4.6", no_x) == (True, "X r = 0")
    assert condition_holds("4.6", dict(no_x, X=None)) == (True, "X r = 0")
