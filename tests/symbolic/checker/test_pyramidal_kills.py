"""The pyramidal_preimage checker's exact answers: the distance bound at its exact boundary (worked out by hand), a
negative pre-activation at W itself, the pyramid's equal widths allowed and wider layers refused, and every refusal
with its exact text."""

import copy

import pytest

from symbolic.checker.pyramidal import verify_pyramidal_preimage as V

# X = (1, 0)^T, W = (1, 0), a = 1/10: F(W) = 1; W1' = (-1, 0) hits the target -1/10; ||W1' - W||^2 = 4 and
# ||T - F(W)||^2 = (11/10)^2 = 121/100, so the bound holds exactly for c = 400/121
BASE = {"kind": "pyramidal_preimage", "X": [["1"], ["0"]], "weights": [[["1", "0"]]], "slope": "1/10",
        "members": [{"target": [["-1/10"]], "W1p": [["-1", "0"]]}], "dist_sq_le_times": "400/121"}
# two layers: X 3 x 2, W1 2 x 3, W2 1 x 2 (the ledger's own certificate)
TWO = {"kind": "pyramidal_preimage", "X": [["1", "0"], ["0", "1"], ["1", "1"]],
       "weights": [[["1", "-1", "2"], ["0", "1", "1"]], [["2", "-1"]]], "slope": "1/10",
       "members": [{"target": [["23/4", "1/4"]], "W1p": [["7/6", "-31/30", "32/15"], ["-1/12", "61/60", "14/15"]]},
                   {"target": [["83/16", "-3/16"]],
                    "W1p": [["13/10", "-61/40", "71/40"], ["-3/20", "101/80", "89/80"]]}],
       "dist_sq_le_times": "37/5"}


def _with(base=BASE, **changes):
    cert = copy.deepcopy(base)
    cert.update(changes)
    return cert


def test_accepted_with_exact_reasons():
    assert V(BASE) == (True, "1 targets hit exactly by moving W1 only")
    assert V(TWO) == (True, "2 targets hit exactly by moving W1 only")


def test_the_distance_bound_at_its_boundary():
    assert V(_with(dist_sq_le_times="4")) == (True, "1 targets hit exactly by moving W1 only")
    assert V(_with(dist_sq_le_times="399/121")) == (
        False, "member 0: ||W1' - W1||^2 > 399/121 ||T - F_h(W)||^2")
    assert V(_with(dist_sq_le_times="0")) == (False, "member 0: ||W1' - W1||^2 > 0 ||T - F_h(W)||^2")


def test_a_negative_preactivation_at_W():
    # W = (-1, 0): F(W) = a * (-1) = -1/10; W1' = (1, 0) hits 1; distances 4 and (11/10)^2 again
    cert = _with(weights=[[["-1", "0"]]], members=[{"target": [["1"]], "W1p": [["1", "0"]]}])
    assert V(cert) == (True, "1 targets hit exactly by moving W1 only")
    cert["dist_sq_le_times"] = "399/121"
    assert V(cert) == (False, "member 0: ||W1' - W1||^2 > 399/121 ||T - F_h(W)||^2")


def test_malformed_certificates():
    cert = _with()
    del cert["X"]
    assert V(cert) == (False, "'X'")
    assert V(_with(slope=0.1)) == (
        False, "certificate entry 0.1 is not exact; rationals are written as strings like \"3/4\"")
    assert V(_with(X=[["1"], ["0", "1"]])) == (False, "certificate matrix has ragged rows")


@pytest.mark.parametrize("slope", ["0", "-1/10", "-1"])
def test_the_slope_must_be_positive(slope):
    assert V(_with(slope=slope)) == (False, "the slope must be positive")


def test_slope_one_is_allowed():
    # a = 1: the identity; W1' = (-1, 0) gives -1
    assert V(_with(slope="1", members=[{"target": [["-1"]], "W1p": [["-1", "0"]]}], dist_sq_le_times="1")) == (
        True, "1 targets hit exactly by moving W1 only")


def test_the_pyramid():
    assert V(_with(X=[["1"]], weights=[[["1"]]])) == (False, "not a pyramid: d = [1, 1], n = 1")
    assert V(_with(X=[["1", "0"], ["0", "1"]], weights=[[["1", "0"]]])) == (False, "not a pyramid: d = [2, 1], n = 2")
    # W1 wider than d0
    assert V(_with(weights=[[["1", "0"], ["0", "1"], ["1", "1"]]])) == (False, "not a pyramid: d = [2, 3], n = 1")
    # W2 wider than d1
    assert V(_with(TWO, weights=[TWO["weights"][0], [["1", "0"], ["0", "1"], ["1", "1"]]])) == (
        False, "not a pyramid: d = [3, 2, 3], n = 2")
    # equal widths are a pyramid: W = I2 at X = (1, 0)^T
    cert = _with(weights=[[["1", "0"], ["0", "1"]]],
                 members=[{"target": [["-1/10"], ["0"]], "W1p": [["-1", "0"], ["0", "1"]]}])
    assert V(cert) == (True, "1 targets hit exactly by moving W1 only")


def test_shapes_and_ranks():
    assert V(_with(weights=[[["1", "0", "0"]]])) == (False, "the layer shapes do not chain")
    assert V(_with(TWO, weights=[TWO["weights"][0], [["2", "-1", "0"]]])) == (False, "the layer shapes do not chain")
    assert V(_with(X=[["1", "2"], ["2", "4"], ["0", "0"]], weights=[[["1", "0", "0"]]])) == (
        False, "X is not of full column rank")
    assert V(_with(weights=[[["0", "0"]]])) == (False, "some W_i is not of full row rank")
    assert V(_with(TWO, weights=[[["1", "-1", "2"], ["2", "-2", "4"]], [["2", "-1"]]])) == (
        False, "some W_i is not of full row rank")
    assert V(_with(TWO, weights=[TWO["weights"][0], [["0", "0"]]])) == (False, "some W_i is not of full row rank")


def test_members():
    assert V(_with(members=[])) == (False, "no members")
    assert V(_with(members=[{"target": [["-1/10"]], "W1p": [["-1", "0"], ["0", "0"]]}])) == (
        False, "member 0: W1' has the wrong shape")
    assert V(_with(members=[{"target": [["-1/10"]], "W1p": [["-1"]]}])) == (False, "member 0: W1' has the wrong shape")
    assert V(_with(members=[BASE["members"][0], {"target": [["-1/10"]], "W1p": [["-1", "0", "0"]]}])) == (
        False, "member 1: W1' has the wrong shape")
    assert V(_with(members=[{"target": [["-1"]], "W1p": [["-1", "0"]]}])) == (
        False, "member 0: F_h(W1', W2, ..) != target")
