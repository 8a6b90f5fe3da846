"""The ``analytical_form_families`` checker: valid certificates pass, every forged fact is refused."""

import copy
import pytest

from symbolic.checker import analytical_forms as af
from symbolic.checker.analytical_forms import verify_analytical_form_families
from symbolic.checker.bundle import verify
from symbolic.checker.mpoly import MPoly
from symbolic.critical.analytical_forms import analytical_form_families

#: Sigma = diag(1, 4, 0): two positive eigenvalues and a null column (d2 = 3), d1 = 2.
NULL = ([2, 2, 3], [[1, 0], [0, 1]], [[1, 0], [0, 2], [0, 0]])
#: d1 = 3 >= d2: a global family with a null column.
WIDE = ([3, 3, 3], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [[3, 0, 0], [0, 2, 0], [0, 0, 0]])


@pytest.fixture
def cert():
    return analytical_form_families(*NULL)


def _family(cert, captured, null_columns=0):
    return next(f for f in cert["families"] if f["captured"] == captured and f["null_columns"] == null_columns)


def test_valid_certificates_pass_with_null_columns(cert):
    ok, why = verify_analytical_form_families(cert)
    assert ok, why
    assert why.startswith("7 Theorem 1 families of dims [2, 2, 3], symbolic in C in GL(2)")
    assert "6 of strict saddles" in why and "no covering here" in why
    ok, why = verify(analytical_form_families(*WIDE))
    assert ok and "2 of the least value 0" in why


def test_a_wrong_eigenvector_is_refused(cert):
    cert["eigenvectors"][0]["vector"] = ["1", "1", "0"]
    assert verify_analytical_form_families(cert) == (False, "Sigma u != 4 u for the stated eigenvector ['1', '1', '0']")


def test_a_repeated_eigenvalue_and_an_incomplete_spectrum_are_refused(cert):
    bad = copy.deepcopy(cert)
    bad["eigenvectors"].append(copy.deepcopy(bad["eigenvectors"][0]))
    assert "listed twice" in verify_analytical_form_families(bad)[1]
    bad = copy.deepcopy(cert)
    bad["null_basis"] = []
    assert "the spectrum is incomplete" in verify_analytical_form_families(bad)[1]
    bad = copy.deepcopy(cert)
    bad["null_basis"] = [["0", "1", "0"]]
    assert verify_analytical_form_families(bad) == (False, "a null_basis vector is not in the kernel of Sigma")
    bad["eigenvectors"][0]["value"] = "-4"
    assert "a positive eigenvalue" in verify_analytical_form_families(bad)[1]


def test_a_missing_or_duplicated_family_is_refused(cert):
    bad = copy.deepcopy(cert)
    dropped = bad["families"].pop(0)
    assert "not exactly the admissible" in verify_analytical_form_families(bad)[1]
    bad["families"] += [dropped, dropped]
    assert "not exactly the admissible" in verify_analytical_form_families(bad)[1]


def test_a_non_global_family_called_global_is_refused(cert):
    _family(cert, [1])["class"] = "global_min"
    ok, why = verify_analytical_form_families(cert)
    assert not ok and "is above the least family value 0" in why


def test_a_wrong_saddle_pair_is_refused(cert):
    fam = _family(cert, [1])               # captures sigma = 1, skips 4
    fam.update(skipped=1)                  # the captured eigenvector itself
    assert "outside the captured set" in verify_analytical_form_families(cert)[1]
    full = analytical_form_families([2, 1, 2], [[1, 0], [0, 1]], [[2, 0], [0, 1]])
    low = _family(full, [1])               # captures sigma = 1 in the only column
    assert verify(full)[0]
    low["column"] = 0
    low["skipped"] = 0
    assert verify(full)[0]                 # bending u_1 (sigma 4) into the column of sigma 1 descends
    top = _family(full, [])                # no column captured: a free row; skipping sigma 1 only still descends
    top["skipped"] = 1
    assert verify(full)[0]


def test_a_bend_toward_a_smaller_eigenvalue_is_not_a_certificate():
    # Sigma = diag(4, 1), d1 = 2: family [0] rotated toward u_1 (sigma 1 < 4) in column 0 has a positive determinant
    cert = analytical_form_families([2, 2, 2], [[1, 0], [0, 1]], [[2, 0], [0, 1]])
    fam = _family(cert, [0])
    assert fam == {"captured": [0], "null_columns": 0, "class": "strict_saddle", "skipped": 1, "column": 1}
    fam["column"] = 0
    ok, why = verify_analytical_form_families(cert)
    assert not ok and "does not have determinant c det(C)^2 with a constant c < 0" in why


def test_the_block_determinants_are_the_stated_constants():
    P = af._Problem({"dims": [2, 2, 3], "X": [["1", "0"], ["0", "1"]], "Y": [["1", "0"], ["0", "2"], ["0", "0"]]})
    sig, us, ns = af._eigen(P, analytical_form_families(*NULL))
    assert sig == [4, 1]
    # a free row: -sigma_a^2 |u_a|^4; a captured column of smaller sigma: -sigma_a |u_a|^4 (sigma_a - sigma_k)
    for S, null_columns, k in [((1,), 0, 1), ((), 1, 0), ((), 0, 1)]:
        F = af._Family(P, us, ns, S, null_columns)
        assert F.block_determinant(P, us[0], k) == MPoly.const(F.n, -16)
    P1 = af._Problem({"dims": [2, 1, 2], "X": [["1", "0"], ["0", "1"]], "Y": [["2", "0"], ["0", "1"]]})
    sig, us, ns = af._eigen(P1, analytical_form_families([2, 1, 2], [[1, 0], [0, 1]], [[2, 0], [0, 1]]))
    F = af._Family(P1, us, ns, (1,), 0)
    assert F.block_determinant(P1, us[0], 0) == MPoly.const(F.n, -12)
    # a free row's block depends on Theta only through h_aa, which h_bb = 0 cancels
    F = af._Family(P1, us, ns, (), 0)
    assert F.n == 0 and F.block_determinant(P1, us[1], 0) == MPoly.const(0, -1)


def test_problems_outside_the_theorem_are_refused(cert):
    for change, text in [({"loss": "quartic"}, "squared loss"), ({"dims": [2, 2, 2, 3]}, "two layers"),
                         ({"X": [["1", "0"], ["2", "0"]]}, "X X^T is singular"),
                         ({"dims": [2, 7, 3]}, "d1 = 7 is above 6")]:
        bad = copy.deepcopy(cert)
        bad["problem"].update(change)
        ok, why = verify_analytical_form_families(bad)
        assert not ok and text in why, why


def test_malformed_certificates_are_refused(cert):
    bad = copy.deepcopy(cert)
    del bad["families"][0]["class"]
    assert "class must be global_min or strict_saddle" in verify_analytical_form_families(bad)[1]
    bad = copy.deepcopy(cert)
    bad["eigenvectors"][0]["vector"] = ["1", "x", "0"]
    assert not verify_analytical_form_families(bad)[0]
    bad = copy.deepcopy(cert)
    for f in bad["families"]:
        f["class"] = "strict_saddle"
        f.setdefault("skipped", 0)
        f.setdefault("column", 0)
    assert not verify_analytical_form_families(bad)[0]


def test_a_bundled_covering_must_be_of_the_same_problem_and_value():
    from symbolic.critical.unregularized import unregularized_critical_set

    dims, X, Y = [2, 1, 2], [[1, 0], [0, 1]], [[2, 0], [0, 1]]
    result = unregularized_critical_set(dims, X, Y)
    cert = analytical_form_families(dims, X, Y, covering=result["certificate"])
    ok, why = verify(cert)
    assert ok and "covering re-verified" in why and "its global minimum value 1/2 is the families' least" in why
    other = copy.deepcopy(cert)
    other["covering"]["problem"]["Y"] = [["3", "0"], ["0", "1"]]
    assert verify(other) == (False, "the covering is of another problem")
    other = copy.deepcopy(cert)
    other["covering"]["global"]["value"] = "1"
    assert not verify(other)[0]
