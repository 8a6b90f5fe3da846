"""The bernoulli_paths checker's exact answers: the identity on one to three layers, several outputs, several
samples, zero and negative data; every refusal with its exact text."""

import pytest

from symbolic.checker.bernoulli_paths import verify_bernoulli_paths as V

OK = (True, "E_Z[Y_hat] (q = 1) = rho W_L ... W_1 X as polynomials in rho and the weights")


@pytest.mark.parametrize("dims, X", [
    ([1, 1], [["2"]]),
    ([1, 1], [["0", "-3/2", "5"]]),
    ([2, 1], [["1", "0"], ["-2", "1/3"]]),
    ([2, 2, 1], [["1", "-1/2"], ["0", "3"]]),
    ([1, 2, 2], [["3", "-1"]]),
    ([2, 1, 3], [["1", "2"], ["-1", "0"]]),
    ([1, 2, 1, 2], [["1/2", "-2"]]),
    ([2, 2, 2], [["0", "1"], ["1", "0"]]),
    ([3, 1], [["0"], ["0"], ["0"]]),
])
def test_the_identity_holds(dims, X):
    assert V({"kind": "bernoulli_paths", "dims": dims, "X": X}) == OK


@pytest.mark.parametrize("dims", [[1], [], (2, 1), [2, 0], [2, -1], [2, True], [True, 1], [2, "1"], [2.0, 1],
                                  None, "21"])
def test_dims_rule(dims):
    assert V({"kind": "bernoulli_paths", "dims": dims, "X": [["1"], ["1"]]}) == (
        False, f"dims must be a list of at least two positive integers; got {dims!r}")


def test_X_needs_d0_rows():
    assert V({"kind": "bernoulli_paths", "dims": [3, 2, 1], "X": [["1"]]}) == (False, "X must have d0 rows")
    assert V({"kind": "bernoulli_paths", "dims": [1, 1], "X": [["1"], ["2"]]}) == (False, "X must have d0 rows")


def test_more_than_16_paths_are_refused():
    # X without samples: the paths are counted, and no pattern enumerated, so the boundary costs nothing
    assert V({"kind": "bernoulli_paths", "dims": [16, 1], "X": [[]] * 16}) == OK
    assert V({"kind": "bernoulli_paths", "dims": [2, 2, 2, 2, 1], "X": [[]] * 2}) == OK
    assert V({"kind": "bernoulli_paths", "dims": [17, 1], "X": [[]] * 17}) == (False, "too many paths to enumerate")
    # 17 paths to the one output, and 3 * 3 * 2 = 18 through two hidden layers
    assert V({"kind": "bernoulli_paths", "dims": [17, 1], "X": [["1"]] * 17}) == (False, "too many paths to enumerate")
    assert V({"kind": "bernoulli_paths", "dims": [3, 3, 2, 1], "X": [["1"]] * 3}) == (
        False, "too many paths to enumerate")
