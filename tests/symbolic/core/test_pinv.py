from hypothesis import given

from symbolic.core.exact import rational_matrix
from symbolic.core.pinv import generalized_inverse, is_generalized_inverse, is_moore_penrose, pinv, row_space_projector

from tests.symbolic.strategies import matrices


@given(matrices(3, 2))
def test_pinv_satisfies_penrose_equations(rows):
    M = rational_matrix(rows)
    assert is_moore_penrose(M, pinv(M))


def test_rank_deficient_and_other_generalized_inverses():
    M = rational_matrix([[1, 2, 3], [2, 4, 6]])
    P = pinv(M)
    G = generalized_inverse(M, rational_matrix([[1, 0], [0, 1], [1, 1]]), rational_matrix([[0, 1], [1, 0], [2, 0]]))
    assert is_moore_penrose(M, P) and is_generalized_inverse(M, G) and not is_moore_penrose(M, G)
    Z = rational_matrix([[0, 0], [0, 0]])
    assert pinv(Z) == Z
    Pr = row_space_projector(M)
    assert Pr.matmul(Pr) == Pr and Pr.transpose() == Pr and M.matmul(Pr) == M
