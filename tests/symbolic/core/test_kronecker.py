from hypothesis import given

from symbolic.core.exact import rational_matrix
from symbolic.core.kronecker import commutation, kron, vec, vec_rows

from tests.symbolic.strategies import matrices


@given(matrices(2, 3), matrices(3, 2), matrices(2, 4))
def test_vec_of_product_is_kronecker(P, M, Q):
    P, M, Q = (rational_matrix(x) for x in (P, M, Q))
    # vec(P M Q) = (Q^T kron P) vec(M), column-major vec
    assert vec(P.matmul(M).matmul(Q)) == kron(Q.transpose(), P).matmul(vec(M))


@given(matrices(2, 3))
def test_commutation_and_row_vec(M):
    M = rational_matrix(M)
    assert commutation(2, 3, M.domain).matmul(vec(M)) == vec(M.transpose()) == vec_rows(M)
