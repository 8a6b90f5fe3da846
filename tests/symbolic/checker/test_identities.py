"""The separate re-verifier: it confirms the true formulas and rejects wrong ones."""

from pathlib import Path

import pytest
from hypothesis import given, settings

from symbolic.checker import identities as ids
from symbolic.checker.identities import (check_identity, chain, commute_columns, hessian_block_formula,
                                         kawaguchi_gradient_formula, lvb_gradient_formula, verify_identity_sweep)
from symbolic.checker.mpoly import MPoly, kron, mat_add, mat_mul, mat_scale, mat_sub, transpose
from symbolic.calculus.sweep import sweep_data

from tests.symbolic.strategies import instances

DATA = {"X": [["1", "-1/2", "2"], ["0", "3", "1/3"]], "Y": [["1/3", "0", "-1"], ["2", "-1", "1/2"]]}


def _data(dims):
    X, Y = sweep_data(dims)
    return {"X": X, "Y": Y}


@pytest.mark.parametrize("dims", [(1, 1), (2, 3), (2, 3, 1), (1, 2, 2, 3), (3, 1, 2, 2)])
@pytest.mark.parametrize("name", ids.IDENTITIES)
def test_true_formulas_hold(name, dims):
    assert check_identity(name, dims, _data(dims)) is True


@settings(max_examples=8)
@given(instances(max_depth=3, max_width=2))
def test_hessian_formula_holds_on_random_data(inst):
    dims, X, Y, _ = inst
    assert check_identity("hessian_block_squared", dims, {"X": X, "Y": Y})
    assert check_identity("kawaguchi_gradient_squared", dims, {"X": X, "Y": Y})


# -- wrong formulas are rejected ----------------------------------------------------------

def _lvb_transposed(Ws, G):  # W_{k+1,+} instead of its transpose (square dims so that it chains)
    L = len(Ws)
    return [mat_mul(mat_mul(chain(Ws, k + 1, L), G), transpose(chain(Ws, 1, k - 1))) for k in range(1, L + 1)]


def _lvb_sign(Ws, G):
    return [mat_scale(M, -1) for M in lvb_gradient_formula(Ws, G)]


def _lvb_factor_two(Ws, G):
    return [mat_scale(M, 2) for M in lvb_gradient_formula(Ws, G)]


def _reversed_chain(Ws, lo, hi):  # W_lo ... W_hi: the product in the wrong order
    out = chain(Ws, lo, lo - 1) if hi < lo else Ws[lo - 1]
    for k in range(lo + 1, hi + 1):
        out = mat_mul(out, Ws[k - 1])
    return out


def _lvb_swapped(Ws, G):
    L = len(Ws)
    return [mat_mul(mat_mul(transpose(_reversed_chain(Ws, k + 1, L)), G), transpose(chain(Ws, 1, k - 1)))
            for k in range(1, L + 1)]


@pytest.mark.parametrize("wrong", [_lvb_transposed, _lvb_sign, _lvb_factor_two, _lvb_swapped])
def test_lvb_rejects_wrong_formulas(wrong):
    assert check_identity("lvb_gradient_general", (2, 2, 2, 2), formula=wrong) is False


def _kaw_swapped_kron(Ws, X, Y):  # (B (x) A) instead of (A (x) B)
    L = len(Ws)
    r = transpose(mat_sub(mat_mul(chain(Ws, 1, L), X), Y))
    vr = [[x] for x in ids.vec(r)]
    out = []
    for k in range(1, L + 1):
        K = kron(transpose(mat_mul(chain(Ws, 1, k - 1), X)), chain(Ws, k + 1, L))
        out.append([row[0] for row in mat_mul(transpose(K), vr)])
    return out


def _kaw_transposed_residual(Ws, X, Y):  # vec(r^T) instead of vec(r)
    L = len(Ws)
    r = mat_sub(mat_mul(chain(Ws, 1, L), X), Y)
    vr = [[x] for x in ids.vec(r)]
    out = []
    for k in range(1, L + 1):
        K = kron(chain(Ws, k + 1, L), transpose(mat_mul(chain(Ws, 1, k - 1), X)))
        out.append([row[0] for row in mat_mul(transpose(K), vr)])
    return out


def _kaw_sign(Ws, X, Y):
    return [[-x for x in g] for g in kawaguchi_gradient_formula(Ws, X, Y)]


def _kaw_factor_two(Ws, X, Y):
    return [[x * 2 for x in g] for g in kawaguchi_gradient_formula(Ws, X, Y)]


@pytest.mark.parametrize("wrong", [_kaw_swapped_kron, _kaw_transposed_residual, _kaw_sign, _kaw_factor_two])
def test_kawaguchi_rejects_wrong_formulas(wrong):
    assert check_identity("kawaguchi_gradient_squared", (2, 2, 2), DATA | {"Y": DATA["Y"]}, formula=wrong) is False


def _hess_without_commutation(Ws, X, Y, k, j):
    if k < j:
        return transpose(_hess_without_commutation(Ws, X, Y, j, k))
    if k == j:
        return hessian_block_formula(Ws, X, Y, k, j)
    L = len(Ws)
    P_k, P_j = chain(Ws, k + 1, L), chain(Ws, j + 1, L)
    first = kron(mat_mul(transpose(P_k), P_j), mat_mul(mat_mul(chain(Ws, 1, k - 1), X),
                                                      transpose(mat_mul(chain(Ws, 1, j - 1), X))))
    G = mat_mul(mat_sub(mat_mul(chain(Ws, 1, L), X), Y), transpose(X))
    S = mat_mul(mat_mul(transpose(P_k), G), transpose(chain(Ws, 1, j - 1)))
    return mat_add(first, kron(S, chain(Ws, j + 1, k - 1)))


def _gram_term(Ws, X, k, j):
    L = len(Ws)
    P_k, P_j = chain(Ws, k + 1, L), chain(Ws, j + 1, L)
    QX_k, QX_j = mat_mul(chain(Ws, 1, k - 1), X), mat_mul(chain(Ws, 1, j - 1), X)
    return kron(mat_mul(transpose(P_k), P_j), mat_mul(QX_k, transpose(QX_j)))


def _hess_second_term_sign(Ws, X, Y, k, j):  # gram - T instead of gram + T
    block = hessian_block_formula(Ws, X, Y, k, j)
    return mat_sub(mat_scale(_gram_term(Ws, X, k, j), 2), block)


def _hess_factor_two(Ws, X, Y, k, j):
    return mat_scale(hessian_block_formula(Ws, X, Y, k, j), 2) if k == j else hessian_block_formula(Ws, X, Y, k, j)


def _hess_swapped_product(Ws, X, Y, k, j):  # P_j^T P_k in place of P_k^T P_j
    if k <= j:
        return hessian_block_formula(Ws, X, Y, k, j) if k == j else transpose(_hess_swapped_product(Ws, X, Y, j, k))
    L = len(Ws)
    P_k, P_j = chain(Ws, k + 1, L), chain(Ws, j + 1, L)
    good = hessian_block_formula(Ws, X, Y, k, j)
    QX_k, QX_j = mat_mul(chain(Ws, 1, k - 1), X), mat_mul(chain(Ws, 1, j - 1), X)
    right = mat_mul(QX_k, transpose(QX_j))
    return mat_add(mat_sub(good, kron(mat_mul(transpose(P_k), P_j), right)), kron(mat_mul(transpose(P_j), P_k), right))


@pytest.mark.parametrize("wrong", [_hess_without_commutation, _hess_second_term_sign, _hess_factor_two,
                                   _hess_swapped_product])
def test_hessian_rejects_wrong_formulas(wrong):
    assert check_identity("hessian_block_squared", (2, 2, 2, 2), DATA, formula=wrong) is False


def test_commute_columns_is_the_commutation_matrix():
    n = 6
    # K_{2,3} vec(Z) = vec(Z^T) for Z 2 x 3, so vec(Z)^T K_{3,2}^T ... : test through the rows of K_{2,3},
    # i.e. v^T K_{2,3} = (K_{3,2} v)^T, and K_{3,2} vec(Z) = vec(Z^T) for Z 3 x 2
    Z = [[MPoly.var(n, 2 * i + j) for j in range(2)] for i in range(3)]
    assert commute_columns([ids.vec(Z)], 2, 3)[0] == ids.vec(transpose(Z))
    # and the matrix itself: columns of the identity permuted
    eye = [[MPoly.const(n, int(r == c)) for c in range(6)] for r in range(6)]
    K = commute_columns(eye, 2, 3)
    Z2 = [[MPoly.var(n, 3 * i + j) for j in range(3)] for i in range(2)]
    assert [row[0] for row in mat_mul(K, [[x] for x in ids.vec(Z2)])] == ids.vec(transpose(Z2))


# -- certificates ---------------------------------------------------------------------------

def _cert(**kw):
    base = {"kind": "identity_sweep", "identity": "hessian_block_squared", "dims": [[2, 1], [1, 2, 2]],
            "data": {"2,1": _data((2, 1)), "1,2,2": _data((1, 2, 2))}}
    return base | kw


def test_certificate_reverifies():
    assert verify_identity_sweep(_cert()) is True


def test_certificate_claiming_failure_is_rejected():
    assert verify_identity_sweep(_cert(holds=False)) is False


def test_symbolic_data_certificate():
    cert = _cert(identity="kawaguchi_gradient_squared", dims=[[2, 1, 3]],
                 data={"2,1,3": {"X": "symbolic", "Y": "symbolic", "n": 2}})
    assert verify_identity_sweep(cert) is True


@pytest.mark.parametrize("bad, message", [
    ({"kind": "descent_curve"}, "not an identity_sweep"),
    ({"dims": []}, "at least one dims"),
    ({"dims": [[2, 0]]}, "positive integers"),
    ({"identity": "nonsense"}, "unknown identity"),
    ({"data": {}}, "no data"),
    ({"holds": "yes"}, "true or false"),
])
def test_malformed_certificates_raise(bad, message):
    with pytest.raises(ValueError, match=message):
        verify_identity_sweep(_cert(**bad))


def test_float_data_is_refused():
    with pytest.raises(TypeError, match="not exact"):
        verify_identity_sweep(_cert(dims=[[2, 1]], data={"2,1": {"X": [[0.5, 1, 1], [1, 1, 1]], "Y": [[1, 1, 1]]}}))


@pytest.mark.parametrize("module", ["identities.py", "mpoly.py"])
def test_checker_does_not_use_sympy(module):
    source = (Path(ids.__file__).parent / module).read_text()
    assert "sympy" not in source.replace("no SymPy", "").lower()
    assert "float(" not in source
