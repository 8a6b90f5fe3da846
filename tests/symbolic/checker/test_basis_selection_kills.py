"""Lemma 13's basis selection checker, exactly: each rejection with its reason, the rank-zero case (no A is read,
every coefficient bound holds), the boundary max |A_ij| = bound, and the bound 2^(m-r-1) at m - r - 1 = 3 (where
2^3 differs from 2 * 3, 3^3, 2^5 and 2^2)."""

import pytest

from symbolic.checker.basis_selection import verify_basis_selection


def _cert(V, B, A, bound, within=True):
    return {"kind": "basis_selection", "V": V, "B": B, "A": A, "bound": bound, "expect_within": within}


def test_malformed_entries_are_rejected_with_the_reason():
    ok, why = verify_basis_selection(_cert([[0.5], ["1"]], [0], [["2"]], "1"))
    assert not ok and "not exact" in why
    ok, why = verify_basis_selection({"kind": "basis_selection", "V": [["1"], ["1"]], "B": [0]})
    assert (ok, why) == (False, "'bound'")


def test_full_rank_is_outside_the_lemma():
    assert verify_basis_selection(_cert([["1", "0"], ["0", "1"]], [0, 1], [], "1")) == (
        False, "Lemma 13 needs rank V = r < m; got r = 2, m = 2")


@pytest.mark.parametrize("B", [[0, 0], [0, 5], [0, 4], [0, -1], [0, "1"], [0]])
def test_indices_must_be_r_distinct_rows(B):
    V = [["1", "0"], ["0", "1"], ["1", "1"], ["2", "1"]]
    assert verify_basis_selection(_cert(V, B, [["1", "1"], ["2", "1"]], "2")) == (
        False, "B must be 2 distinct row indices")


def test_dependent_rows_are_rejected():
    V = [["1", "2"], ["2", "4"], ["0", "1"]]
    assert verify_basis_selection(_cert(V, [0, 1], [["0", "0"]], "1")) == (False, "the rows B are dependent")


@pytest.mark.parametrize("A", [[["1", "1", "0"]], [["1", "1"], ["0", "0"]], [["1"]]])
def test_A_must_have_the_shape_of_the_complement_by_r(A):
    V = [["1", "0"], ["0", "1"], ["1", "1"]]
    assert verify_basis_selection(_cert(V, [0, 1], A, "1")) == (False, "A must be 1 x 2")


def test_wrong_coefficients_are_rejected():
    V = [["1", "0"], ["0", "1"], ["1", "1"]]
    assert verify_basis_selection(_cert(V, [0, 1], [["1", "2"]], "1")) == (False, "V_Bc != A V_B")


def test_rank_zero_reads_no_A():
    V = [["0", "0"], ["0", "0"]]
    assert verify_basis_selection(_cert(V, [], [], "2")) == (True, "V_Bc = A V_B, max |A_ij| = 0 <= 2")
    assert verify_basis_selection(_cert(V, [], [], "2", within=False)) == (
        False, "max |A_ij| = 0 <= 2 is True, not False")
    assert verify_basis_selection(_cert([["0"]], [], [], "1")) == (True, "V_Bc = A V_B, max |A_ij| = 0 <= 1")


def test_the_bound_is_two_to_the_m_minus_r_minus_one():
    V = [["1"], ["2"], ["-3"], ["4"], ["5"]]
    A = [["2"], ["-3"], ["4"], ["5"]]
    assert verify_basis_selection(_cert(V, [0], A, "8")) == (True, "V_Bc = A V_B, max |A_ij| = 5 <= 8")
    assert verify_basis_selection(_cert(V, [0], A, "4")) == (False, "the bound is 2^(m-r-1) = 8, not 4")


def test_a_coefficient_equal_to_the_bound_is_within():
    V = [["1"], ["-1"]]
    assert verify_basis_selection(_cert(V, [0], [["-1"]], "1")) == (True, "V_Bc = A V_B, max |A_ij| = 1 <= 1")
    assert verify_basis_selection(_cert(V, [0], [["-1"]], "1", within=False)) == (
        False, "max |A_ij| = 1 <= 1 is True, not False")
    V = [["1"], ["3"]]
    assert verify_basis_selection(_cert(V, [0], [["3"]], "1", within=True)) == (
        False, "max |A_ij| = 3 <= 1 is False, not True")
