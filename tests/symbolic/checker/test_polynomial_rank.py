"""The polynomial_rank checker: what it accepts and what it rejects."""

import copy

from symbolic.checker.bundle import verify
from symbolic.checker.polynomial_rank import determinant, verify_polynomial_rank
from symbolic.checker.mpoly import MPoly

ONE, EPS = [[[0], "1"]], [[[1], "1"]]


def _cert():
    ident = {"kind": "matrix_identity", "variables": ["eps"],
             "matrices": {"W1": [[ONE, []], [[], EPS]], "W2": [[ONE, []]], "P": [[ONE, []]],
                          "X": [[ONE, []], [[], ONE]], "Y": [[ONE, [[[0], "2"]]]]},
             "equalities": [{"left": [{"factors": ["W2", "W1"]}], "right": [{"factors": ["P"]}]}], "nonzero": []}
    return {"kind": "polynomial_rank", "dims": [2, 2, 1], "weights": ["W1", "W2"], "identity": ident,
            "assumptions": {"X": "X", "Y": "Y"},
            "facts": [{"matrix": "W1", "minor": {"rows": [0, 1], "cols": [0, 1]}, "at_least": "p",
                       "lowest": {"degree": 1, "coefficient": "1"}},
                      {"matrix": "P", "rank_below": "min_p_dx", "by": "shape"},
                      {"matrix": "W2", "rank_below": 2, "by": "elimination"}]}


def test_accepts_and_is_registered():
    assert verify_polynomial_rank(_cert())[0]
    assert verify(_cert())[0]


def test_determinant():
    e = MPoly.var(1, 0)
    M = [[e, MPoly.const(1, 1), MPoly(1)], [MPoly(1), e, MPoly.const(1, 2)], [MPoly.const(1, 1), MPoly(1), e]]
    assert determinant(M) == e * e * e + 2


def _tampered(edit):
    c = copy.deepcopy(_cert())
    edit(c)
    return verify(c)


def test_rejects_tampering():
    assert not _tampered(lambda c: c["facts"][0]["lowest"].update(coefficient="2"))[0]
    assert not _tampered(lambda c: c["facts"][0]["lowest"].update(degree=0))[0]
    assert not _tampered(lambda c: c["identity"]["matrices"]["W1"][1].__setitem__(1, []))[0]   # minor now 0
    assert not _tampered(lambda c: c["identity"]["matrices"]["P"][0].__setitem__(0, EPS))[0]   # identity fails
    assert not _tampered(lambda c: c.__setitem__("dims", [2, 3, 1]))[0]                       # weight shapes
    assert not _tampered(lambda c: c["facts"][0].update(at_least=3))[0]                       # minor too small
    assert not _tampered(lambda c: c["facts"][1].update(rank_below=1))[0]                     # shape 1 x 2
    assert not _tampered(lambda c: c["facts"][2].update(rank_below=1))[0]                     # rank(W2) = 1
    assert not _tampered(lambda c: c["facts"][0].update(matrix="W2", minor={"rows": [0], "cols": [0]}))[0]
    assert not _tampered(lambda c: c["facts"][2].update(matrix="W1"))[0]                      # not constant
    assert not _tampered(lambda c: c["facts"][2].update(by="faith"))[0]
    assert not _tampered(lambda c: c.__setitem__("facts", []))[0]
    assert not _tampered(lambda c: c["identity"]["matrices"].__setitem__("Y", [[[], []]]))[0]  # X Y^T singular
    assert not _tampered(lambda c: c["facts"][1].update(rank_below="q"))[0]
