"""The quadratic_eigen_point checker's exact answers: the sign in Q(sqrt d) on every branch and boundary, every
refusal with its exact text (each Penrose equation, each gradient block, each shape rule on its own), and accepted
points on both conjugate eigenvalues and with a singular data matrix."""

import json
from fractions import Fraction as F

import pytest

from symbolic.checker.bundle import verify
from symbolic.checker.quadratic_field import qsign, verify_quadratic_eigen_point as V

# Sigma = Y Y^T = (5 3; 3 2), lambda = (7 + sqrt 45)/2, A2 = u = (3, lambda - 5), A1 = u^T Y / (u^T u)
BASE = {"kind": "quadratic_eigen_point", "d": 45, "X": [["1", "0"], ["0", "1"]],
        "Y": [["2", "1"], ["1", "1"]], "Xp": [["1", "0"], ["0", "1"]], "eigenvalue": ["7/2", "1/2"],
        "A2": [[["3", "0"]], [["-3/2", "1/2"]]], "A1": [[["1/3", "2/45"], ["1/6", "1/30"]]]}
# the same point under sqrt 45 -> -sqrt 45: the smaller eigenvalue (7 - sqrt 45)/2 > 0
CONJUGATE = {"kind": "quadratic_eigen_point", "d": 45, "X": [["1", "0"], ["0", "1"]],
             "Y": [["2", "1"], ["1", "1"]], "Xp": [["1", "0"], ["0", "1"]], "eigenvalue": ["7/2", "-1/2"],
             "A2": [[["3", "0"]], [["-3/2", "-1/2"]]], "A1": [[["1/3", "-2/45"], ["1/6", "-1/30"]]]}
# a third sample the data matrix does not see: X = [I2 | 0], the same Sigma, the loss and tr YY^T both up by 74
WIDE = dict(BASE, X=[["1", "0", "0"], ["0", "1", "0"]], Xp=[["1", "0"], ["0", "1"], ["0", "0"]],
            Y=[["2", "1", "5"], ["1", "1", "7"]])


def _with(base=BASE, **changes):
    cert = json.loads(json.dumps(base))
    cert.update(changes)
    return cert


@pytest.mark.parametrize("a, b, d, sign", [
    (0, 0, 2, 0), (1, 0, 2, 1), (0, 1, 2, 1), (2, 3, 5, 1), (F(1, 2), 0, 2, 1), (0, F(1, 2), 2, 1),
    (F(1, 2), F(1, 3), 2, 1),
    (-1, 0, 2, -1), (0, -1, 2, -1), (-1, -1, 2, -1), (F(-1, 2), 0, 2, -1), (0, F(-1, 2), 2, -1),
    (F(1, 2), -1, 2, -1), (F(-1, 2), F(1, 2), 2, 1),
    # a > 0 > b: the sign of a^2 - b^2 d, on both sides of the boundary (a^2 = b^2 d never happens: d not a square)
    (3, -1, 8, 1), (2, -1, 5, -1), (1, F(-1, 10), 2, 1), (F(1, 2), F(-1, 10), 2, 1), (F(1, 2), F(-1, 2), 3, -1),
    (F(7, 2), F(-1, 2), 45, 1), (3, -2, 2, 1), (3, -3, 2, -1), (5, -2, 6, 1), (4, -2, 5, -1),
    # b > 0 > a: the sign of b^2 d - a^2
    (-3, 1, 8, -1), (-2, 1, 5, 1), (F(-1, 10), 1, 2, 1), (F(-7, 2), F(1, 2), 45, -1), (-3, 2, 2, -1),
    (-2, 2, 2, 1), (-5, 2, 6, -1), (-4, 2, 5, 1), (F(-1, 2), F(1, 3), 3, 1), (F(-3, 2), F(1, 2), 3, -1),
])
def test_qsign_on_every_branch(a, b, d, sign):
    assert qsign((F(a), F(b)), d) == sign


def test_accepted_points_with_their_exact_reasons():
    assert V(BASE) == (True, "critical on the irrational eigenvalue 7/2 + 1/2 sqrt(45); Proposition 1 holds")
    assert V(CONJUGATE) == (True, "critical on the irrational eigenvalue 7/2 + -1/2 sqrt(45); Proposition 1 holds")
    assert V(WIDE) == (True, "critical on the irrational eigenvalue 7/2 + 1/2 sqrt(45); Proposition 1 holds")


@pytest.mark.parametrize("d", [4, 9, 16, 1, 0, -3, True, False, 45.0, "45", None])
def test_d_must_be_a_non_square_integer_above_one(d):
    assert V(_with(d=d)) == (False, "d must be a positive integer that is not a perfect square")


@pytest.mark.parametrize("d", [2, 3, 8, 46])
def test_small_and_other_non_squares_pass_the_d_rule(d):
    # the point is not on an eigenvalue in Q(sqrt d) for these d: the first refusal after d's rule
    assert V(_with(d=d)) == (False, "Sigma A2 != lambda A2")


def test_kind_and_malformed_certificates():
    assert V(_with(kind="other")) == (False, "not a quadratic_eigen_point certificate (kind 'other')")
    assert V({}) == (False, "not a quadratic_eigen_point certificate (kind None)")
    cert = _with()
    del cert["Y"]
    assert V(cert) == (False, "malformed certificate: 'Y'")
    ok, reason = V(_with(eigenvalue=[3.5, "1/2"]))
    assert not ok and reason.startswith("malformed certificate: certificate entry 3.5 is not exact")
    assert V(_with(A2=[[["3"]], [["-3/2", "1/2"]]]))[0] is False


def test_each_penrose_equation_on_its_own():
    # X = diag(1, 0): its Moore-Penrose inverse is X itself
    X = [["1", "0"], ["0", "0"]]
    bad = [[["0", "0"], ["0", "0"]],        # only X Xp X = X fails
           [["1", "0"], ["0", "1"]],        # only Xp X Xp = Xp fails
           [["1", "1"], ["0", "0"]],        # only X Xp symmetric fails
           [["1", "0"], ["1", "0"]]]        # only Xp X symmetric fails
    for Xp in bad:
        assert V(_with(X=X, Xp=Xp)) == (False, "Xp is not the Moore-Penrose inverse of X"), Xp
    assert V(_with(X=X, Xp=X)) == (False, "Sigma A2 != lambda A2")


def test_the_eigenvalue_must_be_irrational_and_positive():
    assert V(_with(eigenvalue=["7/2", "0"])) == (False, "the eigenvalue is rational")
    assert V(_with(eigenvalue=["1", "0"])) == (False, "the eigenvalue is rational")
    assert V(_with(eigenvalue=["-7/2", "-1/2"])) == (False, "the eigenvalue is not positive")
    assert V(_with(eigenvalue=["-7/2", "1/2"])) == (False, "the eigenvalue is not positive")     # 45/4 < 49/4
    assert V(_with(eigenvalue=["0", "1"])) == (False, "Sigma A2 != lambda A2")                  # sqrt 45 > 0


def test_one_hidden_unit_and_a_nonzero_column():
    two_columns = [[["3", "0"], ["1", "0"]], [["-3/2", "1/2"], ["1", "0"]]]
    assert V(_with(A2=two_columns)) == (False, "one hidden unit: A2 is a column, A1 a row")
    assert V(_with(A1=BASE["A1"] * 2)) == (False, "one hidden unit: A2 is a column, A1 a row")
    assert V(_with(A2=[[["0", "0"]], [["0", "0"]]])) == (False, "A2 = 0")
    # nonzero columns with a zero part in every entry, or a rational column: not zero, and not eigenvectors
    assert V(_with(A2=[[["1", "0"]], [["0", "1"]]])) == (False, "Sigma A2 != lambda A2")
    assert V(_with(A2=[[["3", "0"]], [["1", "0"]]])) == (False, "Sigma A2 != lambda A2")
    assert V(_with(A2=[[["3", "0"]], [["-3/2", "-1/2"]]])) == (False, "Sigma A2 != lambda A2")   # the conjugate's


def test_each_gradient_block_on_its_own():
    # A1 = 0: E = -Y, so dL/dA2 = E X^T A1^T = 0 but dL/dA1 = A2^T E X^T = -A2^T Y != 0
    assert V(_with(A1=[[["0", "0"], ["0", "0"]]])) == (False, "the point is not critical")
    assert V(_with(A1=[[["2/3", "4/45"], ["1/3", "1/15"]]])) == (False, "the point is not critical")   # 2 A1
    assert V(_with(WIDE, A1=[[["0", "0"], ["0", "0"]]])) == (False, "the point is not critical")


def test_shapes_that_do_not_chain_are_refused_through_the_bundle():
    three_rows = [[["3", "0"]], [["-3/2", "1/2"]], [["1", "0"]]]
    assert verify(_with(A2=three_rows)) == (
        False, "malformed 'quadratic_eigen_point' certificate: ValueError: matrices do not chain")
