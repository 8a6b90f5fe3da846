"""The identity re-verifier's exact answers: formulas wrong in one block only (the first, the last, a block below the
diagonal), wrong shapes, wrong formulas that only free data or gradient variables expose, the helpers against hand
computations, and the exact reason of each refusal."""

import re

import pytest

from symbolic.checker import identities as ids
from symbolic.checker.identities import (_integral_data, check_identity, commute_columns, hessian_block_formula,
                                         kawaguchi_gradient_formula, lvb_gradient_formula, nweights,
                                         verify_identity_sweep, weight_matrices)
from symbolic.checker.mpoly import MPoly, const_matrix, transpose

DATA = {"X": [["1", "-1/2", "2"], ["0", "3", "1/3"]], "Y": [["1/3", "0", "-1"], ["2", "-1", "1/2"]]}
DIMS_MSG = "certificate dims must be lists of at least two positive integers; got {}"


def _off_at(k0, j0):
    """The Hessian formula with 1 added to entry (0, 0) of block (k0, j0) only."""
    def formula(Ws, X, Y, k, j):
        block = hessian_block_formula(Ws, X, Y, k, j)
        if (k, j) == (k0, j0):
            block = [list(row) for row in block]
            block[0][0] = block[0][0] + 1
        return block
    return formula


@pytest.mark.parametrize("k, j", [(1, 1), (2, 1), (3, 1), (3, 3), (3, 2)])
def test_a_formula_wrong_in_one_block_is_rejected(k, j):
    assert check_identity("hessian_block_squared", (2, 2, 2, 2), DATA, formula=_off_at(k, j)) is False


def test_blocks_above_the_diagonal_are_the_transposes():
    dims = (2, 1, 2, 2)
    Ws = weight_matrices(dims, nweights(dims))
    X, Y = const_matrix(nweights(dims), [[1, 2, 0], [0, -1, 3]]), const_matrix(nweights(dims), [[1, 0, 2], [2, 1, 1]])
    for k, j in [(1, 2), (1, 3), (2, 3)]:
        upper = hessian_block_formula(Ws, X, Y, k, j)
        assert upper == transpose(hessian_block_formula(Ws, X, Y, j, k))
        assert len(upper) == dims[k] * dims[k - 1] and len(upper[0]) == dims[j] * dims[j - 1]


def test_formulas_return_one_block_per_layer():
    dims = (2, 3, 1)
    n = nweights(dims) + dims[-1] * dims[0]
    Ws = weight_matrices(dims, n)
    G = [[MPoly.var(n, nweights(dims) + q) for q in range(2)]]
    assert len(lvb_gradient_formula(Ws, G)) == 2
    X, Y = const_matrix(n, [[1, 2], [0, 1]]), const_matrix(n, [[1, 1]])
    assert [len(g) for g in kawaguchi_gradient_formula(Ws, X, Y)] == [6, 3]


def _with_extra_row(formula):
    def wrong(*args):
        out = formula(*args)
        out[0] = [*out[0], out[0][0]]
        return out
    return wrong


def test_wrong_shapes_are_rejected():
    assert check_identity("lvb_gradient_general", (2, 2, 1), formula=_with_extra_row(lvb_gradient_formula)) is False
    assert check_identity("kawaguchi_gradient_squared", (2, 2, 1), {"X": DATA["X"], "Y": [["1", "0", "2"]]},
                          formula=_with_extra_row(kawaguchi_gradient_formula)) is False
    assert check_identity("hessian_block_squared", (2, 2, 1), {"X": DATA["X"], "Y": [["1", "0", "2"]]},
                          formula=lambda *a: _with_extra_row(hessian_block_formula)(*a)) is False


def test_gradient_variables_are_free():
    # a formula off by G_pq - w, where w is a weight variable: wrong unless G_pq were that weight
    def off_by(p, q):
        def wrong(Ws, G):
            out = lvb_gradient_formula(Ws, G)
            out[0][0][0] = out[0][0][0] + G[p][q] - Ws[-1][-1][-1]
            return out
        return wrong
    assert check_identity("lvb_gradient_general", (2, 1, 1), formula=off_by(0, 1)) is False
    assert check_identity("lvb_gradient_general", (1, 1, 2), formula=off_by(1, 0)) is False


def test_symbolic_data_variables_are_free():
    # wrong by Y_ab - X_cd: only if Y's variables coincided with X's would it pass
    def off_by(a, b, c, d):
        def wrong(Ws, X, Y):
            out = kawaguchi_gradient_formula(Ws, X, Y)
            out[0][0] = out[0][0] + Y[a][b] - X[c][d]
            return out
        return wrong
    data = {"X": "symbolic", "Y": "symbolic", "n": 2}
    assert check_identity("kawaguchi_gradient_squared", (2, 1, 2), data, formula=off_by(0, 1, -1, -1)) is False
    assert check_identity("kawaguchi_gradient_squared", (2, 1, 2), data, formula=off_by(1, 0, -1, 0)) is False
    assert check_identity("kawaguchi_gradient_squared", (2, 1, 2), data) is True
    assert check_identity("kawaguchi_gradient_squared", (1, 1), {"X": "symbolic", "n": 1}) is True


def test_helpers_by_hand():
    assert nweights((2, 3, 1)) == 9 and nweights((4, 1)) == 4
    assert _integral_data([["1/2", "1"]], [["-2/3", "0"]]) == ([[3, 6]], [[-4, 0]])
    assert _integral_data([["1", "2"]], [["3/4", "1/4"]]) == ([[4, 8]], [[3, 1]])
    assert ids.dims_key((2, 3, 1)) == "2,3,1"


def test_commute_columns_message():
    with pytest.raises(ValueError, match=re.escape("K_(m,n) needs 6 columns; got 5")):
        commute_columns([[1, 2, 3, 4, 5]], 2, 3)


def _cert(**kw):
    return {"kind": "identity_sweep", "identity": "lvb_gradient_general", "dims": [[1, 2], [2, 1, 2]],
            "data": {}} | kw


@pytest.mark.parametrize("change, message", [
    ({"kind": "x"}, 'not an identity_sweep certificate (its "kind" must be "identity_sweep")'),
    ({"dims": []}, 'an identity_sweep certificate lists at least one dims tuple under "dims"'),
    ({"dims": "2,1"}, 'an identity_sweep certificate lists at least one dims tuple under "dims"'),
    ({"holds": "yes"}, '"holds" must be true or false'),
    ({"dims": [[2]]}, DIMS_MSG.format([2])),
    ({"dims": [[True, 2]]}, DIMS_MSG.format([True, 2])),
    ({"dims": [["2", 1]]}, DIMS_MSG.format(["2", 1])),
    ({"dims": [3]}, DIMS_MSG.format(3)),
    ({"identity": "nonsense"}, "unknown identity 'nonsense'; the checker knows lvb_gradient_general, "
                               "kawaguchi_gradient_squared, hessian_block_squared"),
    ({"identity": "kawaguchi_gradient_squared", "dims": [[2, 1]]},
     "the certificate has no data for dims [2, 1]; give X and Y"),
    ({"identity": "kawaguchi_gradient_squared", "dims": [[2, 1]], "data": {"2,1": {"X": "symbolic", "n": 0}}},
     'symbolic data needs the number of samples "n" (a positive integer)'),
    ({"identity": "kawaguchi_gradient_squared", "dims": [[2, 1]], "data": {"2,1": {"X": "symbolic", "n": True}}},
     'symbolic data needs the number of samples "n" (a positive integer)'),
    ({"identity": "kawaguchi_gradient_squared", "dims": [[2, 1]],
      "data": {"2,1": {"X": [["1", "2"], ["0", "1"]], "Y": [["1", "1", "1"]]}}},
     "certificate data for dims [2, 1] must have X 2 x n and Y 1 x n"),
    ({"identity": "kawaguchi_gradient_squared", "dims": [[2, 1]],
      "data": {"2,1": {"X": [["1", "2"]], "Y": [["1", "1"]]}}},
     "certificate data for dims [2, 1] must have X 2 x n and Y 1 x n"),
    ({"identity": "kawaguchi_gradient_squared", "dims": [[2, 1]],
      "data": {"2,1": {"X": [["1", "2"], ["0", "1"]], "Y": [["1", "1"], ["0", "0"]]}}},
     "certificate data for dims [2, 1] must have X 2 x n and Y 1 x n"),
    ({"identity": "kawaguchi_gradient_squared", "dims": [[2, 1]],
      "data": {"2,1": {"X": [["1", "2"], ["0", "1"]], "Y": [["1"]]}}},
     "certificate data for dims [2, 1] must have X 2 x n and Y 1 x n"),
])
def test_malformed_certificates_raise_exactly(change, message):
    with pytest.raises(ValueError) as info:
        verify_identity_sweep(_cert(**change))
    assert str(info.value) == message


def test_progress_sees_every_dims_tuple_and_one_sample_is_enough():
    seen = []
    assert verify_identity_sweep(_cert(), progress=seen.append) is True
    assert seen == [(1, 2), (2, 1, 2)]
    cert = _cert(identity="hessian_block_squared", dims=[[1, 1, 2]], data={"1,1,2": {"X": "symbolic", "n": 1}})
    assert verify_identity_sweep(cert) is True
    assert verify_identity_sweep(dict(cert, holds=False)) is False
