"""Kill tests for ``symbolic/checker/analytical_forms.py``, written against the survivors of its mutation run (see
``tests/mutation_survivors.md``): exact refusal messages, boundaries, eigenvectors that are not unit vectors, free
rows with a proper subspace of allowed rows, and forged pairs whose block determinant is positive but below 1."""

import copy

import pytest

from symbolic.checker import analytical_forms as af
from symbolic.checker.analytical_forms import verify_analytical_form_families as check
from symbolic.critical.analytical_forms import analytical_form_families

I3 = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
#: Sigma = [[11, -1], [-1, 11]]: eigenvectors (1, -1) (12) and (1, 1) (10), |u|^2 = 2; ker Y has dimension 1.
MIXED = ([3, 2, 2], I3, [[3, 1, 1], [-1, 3, -1]])
#: Sigma = diag(4, 1, 0) with a null column.
NULL = ([2, 2, 3], [[1, 0], [0, 1]], [[1, 0], [0, 2], [0, 0]])


def _cert(args=MIXED):
    return analytical_form_families(*args)


def _fam(cert, captured, null_columns=0):
    return next(f for f in cert["families"] if f["captured"] == captured and f["null_columns"] == null_columns)


def test_non_unit_eigenvectors_and_proper_free_row_spaces_pass_with_the_exact_reason():
    cert = _cert()
    assert [e["value"] for e in cert["eigenvectors"]] == ["12", "10"]
    assert check(cert) == (True, "4 Theorem 1 families of dims [3, 2, 2], symbolic in C in GL(2): every member critical "
                           "with A2 A1 = M_S and value 1/2 (tr YY^T - sum sigma_S); 1 of the least value 0 (global "
                           "minima if the families are the whole critical set (Theorem 1's necessity; no covering "
                           "here)), 3 of strict saddles for every invertible C (a 2x2 Hessian block with determinant "
                           "c det(C)^2, c < 0)")


def test_the_free_rows_are_a_basis_of_the_allowed_rows():
    P = af._Problem(_cert()["problem"])
    sig, us, ns = af._eigen(P, _cert())
    # S = {} : (I - P_S) Y = Y has a kernel of dimension 1; S = {0}: dimension 2; both with free rows
    assert af._Family(P, us, ns, (), 0).n == 2 * 1 and af._Family(P, us, ns, (0,), 0).n == 1 * 2
    assert af._kernel_rows([[af.Fraction(1), af.Fraction(2), af.Fraction(0)],
                          [af.Fraction(0), af.Fraction(0), af.Fraction(1)]], 3) == [[-2, 1, 0]]
    assert af._kernel_rows([[af.Fraction(0), af.Fraction(2)], [af.Fraction(3), af.Fraction(1)]], 2) == []
    assert af._kernel_rows([[af.Fraction(2), af.Fraction(4), af.Fraction(6)],
                          [af.Fraction(1), af.Fraction(3), af.Fraction(4)]], 3) == [[-1, -1, 1]]


def test_the_counts_in_the_reason_are_exact():
    ok, why = check(analytical_form_families([3, 3, 3], I3, [[3, 0, 0], [0, 2, 0], [0, 0, 0]]))
    assert ok and "; 2 of the least value 0 (" in why and "), 6 of strict saddles" in why


@pytest.mark.parametrize("change, message", [
    ({"loss": "quartic"}, "Theorem 1 is about the squared loss; got loss 'quartic'"),
    ({"dims": [2, 2, 2, 3]}, "dims must be three positive integers [d0, d1, d2] (two layers); got [2, 2, 2, 3]"),
    ({"dims": [3, 0, 2]}, "dims must be three positive integers [d0, d1, d2] (two layers); got [3, 0, 2]"),
    ({"dims": [3, True, 2]}, "dims must be three positive integers [d0, d1, d2] (two layers); got [3, True, 2]"),
    ({"dims": [3, "2", 2]}, "dims must be three positive integers [d0, d1, d2] (two layers); got [3, '2', 2]"),
    ({"dims": [3, 7, 2]}, "d1 = 7 is above 6: C would have too many entries to expand"),
    ({"dims": [2, 2, 2]}, "X must be d0 x m and Y d2 x m for dims [2, 2, 2]"),
    ({"dims": [3, 2, 3]}, "X must be d0 x m and Y d2 x m for dims [3, 2, 3]"),
    ({"Y": [["3", "1"], ["-1", "3"]]}, "X must be d0 x m and Y d2 x m for dims [3, 2, 2]"),
    ({"X": [["1", "0", "0"], ["0", "1", "0"], ["1", "1", "0"]]},
     "X X^T is singular: X^+ is not (X X^T)^-1 X^T's, and the loss need not attain its minimum"),
])
def test_problem_refusals_name_the_problem(change, message):
    cert = _cert()
    cert["problem"].update(change)
    assert check(cert) == (False, message)


def test_a_missing_loss_reads_as_squared_and_d1_at_the_bound_is_accepted():
    cert = _cert()
    del cert["problem"]["loss"]
    assert check(cert)[0]
    wide = analytical_form_families([2, 6, 2], [[1, 0], [0, 1]], [[2, 0], [0, 1]])
    assert check(wide)[0]


@pytest.mark.parametrize("tamper, message", [
    (lambda c: c.update(eigenvectors="12"),
     "state 'eigenvectors': [{value, vector}, ...] for the positive eigenvalues and 'null_basis'"),
    (lambda c: c.update(null_basis=None),
     "state 'eigenvectors': [{value, vector}, ...] for the positive eigenvalues and 'null_basis'"),
    (lambda c: c["eigenvectors"][0].update(value="0"),
     "eigenvalue 0: a positive eigenvalue with a nonzero vector of length 2"),
    (lambda c: c["eigenvectors"][0].update(vector=["0", "0"]),
     "eigenvalue 12: a positive eigenvalue with a nonzero vector of length 2"),
    (lambda c: c["eigenvectors"][0].update(vector=["1"]),
     "eigenvalue 12: a positive eigenvalue with a nonzero vector of length 2"),
    (lambda c: c["eigenvectors"][0].update(vector=["1", "1"]),
     "Sigma u != 12 u for the stated eigenvector ['1', '1']"),
    (lambda c: c["eigenvectors"].append(copy.deepcopy(c["eigenvectors"][0])),
     "a positive eigenvalue is listed twice: Theorem 1's blocks V_i for a repeated eigenvalue range over a Stiefel "
     "manifold, which these families do not parametrize"),
    (lambda c: c["eigenvectors"].pop(),
     "1 positive eigenvectors and 0 null vectors: Sigma is 2 x 2, so the spectrum is incomplete"),
    (lambda c: c.update(families="all"), "state 'families': one entry per captured set and number of null columns"),
    (lambda c: c["families"][0].update(captured="0"), "a family's 'captured' is a list of eigenvector indices"),
    (lambda c: c["families"][0].update(captured=[True]), "a family's 'captured' is a list of eigenvector indices"),
    (lambda c: c["families"][0].update(captured=["0"]), "a family's 'captured' is a list of eigenvector indices"),
    (lambda c: c["families"].pop(0),
     "the families are not exactly the admissible (captured set, null columns) pairs; missing [[]]"),
    (lambda c: c["families"].append(copy.deepcopy(c["families"][0])),
     "the families are not exactly the admissible (captured set, null columns) pairs"),
    (lambda c: [f.update({"class": "global_min"}) for f in c["families"]],
     "family [] (0 null columns): value 11 is above the least family value 0, so it is not a global minimum"),
    (lambda c: c["families"][-1].update({"class": "strict_saddle", "skipped": 0, "column": 0}),
     "family [0, 1] (0 null columns): 'skipped' must index a positive eigenvalue outside the captured set"),
    (lambda c: c["families"][0].update(skipped=2),
     "family [] (0 null columns): 'skipped' must index a positive eigenvalue outside the captured set"),
    (lambda c: c["families"][0].update(skipped="0"),
     "family [] (0 null columns): 'skipped' must index a positive eigenvalue outside the captured set"),
    (lambda c: c["families"][0].update(column=2), "family [] (0 null columns): 'column' must be a column of A2 (0..1)"),
    (lambda c: c["families"][0].update(column=-1),
     "family [] (0 null columns): 'column' must be a column of A2 (0..1)"),
    (lambda c: c["families"][0].update(column="0"),
     "family [] (0 null columns): 'column' must be a column of A2 (0..1)"),
    (lambda c: c["families"][0].update({"class": "saddle"}),
     "family [] (0 null columns): class must be global_min or strict_saddle; got 'saddle'"),
    (lambda c: [f.update({"class": "strict_saddle", "skipped": 0, "column": 1}) for f in c["families"]
                if f["captured"] == [0, 1]] and None, None),
])
def test_forged_certificates_are_refused_with_the_exact_reason(tamper, message):
    cert = _cert()
    tamper(cert)
    ok, why = check(cert)
    if message is None:
        assert not ok
    else:
        assert (ok, why) == (False, message)


def test_a_positive_determinant_below_one_is_refused():
    # Sigma = diag(1, 1/4, 1/16), d1 = 1: bending u_2 (sigma 1/16) into the column of sigma 1/4 gives c = 3/256 > 0
    cert = analytical_form_families([3, 1, 3], I3, [[1, 0, 0], [0, "1/2", 0], [0, 0, "1/4"]])
    fam = _fam(cert, [1])
    assert fam == {"captured": [1], "null_columns": 0, "class": "strict_saddle", "skipped": 0, "column": 0}
    assert check(cert)[0]
    fam["skipped"] = 2
    assert check(cert) == (False, "family [1] (0 null columns): the Hessian block on (u_a e_k^T C, adj(C) e_k u_a^T Y "
                           "X^+) with a = 2, k = 0 does not have determinant c det(C)^2 with a constant c < 0")
    P = af._Problem(cert["problem"])
    sig, us, ns = af._eigen(P, cert)
    assert af._Family(P, us, ns, (1,), 0).block_determinant(P, us[2], 0) == af.MPoly.const(0, "3/256")


@pytest.mark.parametrize("bound, ok", [(0, True), (-1, False)])
def test_the_variable_and_family_bounds_are_inclusive(monkeypatch, bound, ok):
    cert = _cert()
    monkeypatch.setattr(af, "MAX_FAMILIES", len(cert["families"]) + bound)
    got = check(cert)
    assert got[0] is ok
    if not ok:
        assert got[1] == "4 families (at most 3)"
    monkeypatch.setattr(af, "MAX_FAMILIES", 200)
    monkeypatch.setattr(af, "MAX_VARIABLES", 2 + bound)        # family [] has 2 free-row variables, [0] has 2
    got = check(cert)
    assert got[0] is ok
    if not ok:
        assert got[1] == "family [] with 0 null columns has 2 variables (at most 1)"


def test_a_bundled_covering_of_another_problem_or_value_is_refused_exactly():
    from symbolic.critical.unregularized import unregularized_critical_set

    dims, X, Y = [2, 1, 2], [[1, 0], [0, 1]], [[2, 0], [0, 1]]
    cov = unregularized_critical_set(dims, X, Y)["certificate"]
    cert = analytical_form_families(dims, X, Y, covering=cov)
    ok, why = check(cert)
    assert ok and why.endswith("; covering re-verified (every critical point covered (2 strict-saddle leaves, 1 "
                               "value leaf)); its global minimum value 1/2 is the families' least: the global_min "
                               "families are global minima")
    assert "(global minima)" in why
    for path, value in [(("dims",), [2, 2, 2]), (("X",), [["1", "0"], ["0", "2"]]),
                        (("Y",), [["3", "0"], ["0", "1"]])]:
        other = copy.deepcopy(cert)
        other["covering"]["problem"][path[0]] = value
        assert check(other) == (False, "the covering is of another problem")
    other = copy.deepcopy(cert)
    del other["covering"]["problem"]
    assert check(other) == (False, "the covering is of another problem")
    other = copy.deepcopy(cert)
    del other["covering"]["global"]
    assert check(other) == (False, "the covering's certified global minimum value is not the families' least value")
    other = copy.deepcopy(cert)
    other["covering"]["global"]["value"] = "1"
    assert check(other)[1].startswith("covering: the stated global value 1 is not the value leaves'")


def test_null_basis_may_be_omitted_without_a_null_space_and_must_be_independent():
    cert = _cert()
    del cert["null_basis"]
    assert check(cert)[0]
    cert = _cert(NULL)
    cert["null_basis"].append(list(cert["null_basis"][0]))
    assert check(cert) == (False, "the null_basis vectors are dependent")


def test_missing_families_are_named_three_at_most():
    cert = _cert()
    cert["families"] = []
    assert check(cert) == (False, "the families are not exactly the admissible (captured set, null columns) pairs; "
                           "missing [[], [0], [0, 1]]")


def test_the_free_rows_are_theta_times_the_basis():
    cert = _cert()
    P = af._Problem(cert["problem"])
    sig, us, ns = af._eigen(P, cert)
    F = af._Family(P, us, ns, (), 0)                       # two free rows, each theta_i (-2/5, 1/5, 1) (ker Y)
    assert F.n == 2 and all(e.n == 2 for row in F.rows for e in row)
    theta = [af.MPoly.var(2, 0), af.MPoly.var(2, 1)]
    assert F.rows == [[t * af.Fraction(-2, 5), t * af.Fraction(1, 5), t] for t in theta]
    F = af._Family(af._Problem(_cert(NULL)["problem"]), *af._eigen(af._Problem(_cert(NULL)["problem"]),
                                                                  _cert(NULL))[1:], (0,), 1)
    assert F.n == 1 and all(e.n == 1 for row in F.rows for e in row) and all(e.is_zero() for e in F.rows[1])


def test_a_free_row_without_allowed_directions_is_zero_in_the_family_ring():
    cert = analytical_form_families([2, 1, 2], [[1, 0], [0, 1]], [[2, 0], [0, 1]])
    P = af._Problem(cert["problem"])
    F = af._Family(P, *af._eigen(P, cert)[1:], (), 0)       # Y invertible: no allowed row, the free row is 0
    assert F.n == 0 and F.rows == [[af.MPoly(0), af.MPoly(0)]] and all(e.n == 0 for e in F.rows[0])
