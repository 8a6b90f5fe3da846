import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.openness.basis_selection import coefficients, max_abs, max_volume_selection, paper_selection
from symbolic.core.exact import rational_matrix
from tests.symbolic.strategies import matrices


@st.composite
def _low_rank(draw):
    m, n, r = draw(st.integers(2, 6)), draw(st.integers(1, 4)), draw(st.integers(0, 3))
    r = min(r, m - 1, n)
    if r == 0:
        return rational_matrix([[0] * n for _ in range(m)])
    F = rational_matrix(draw(matrices(m, r)))
    G = rational_matrix(draw(matrices(r, n)))
    return F.matmul(G)


@settings(max_examples=40, deadline=None)
@given(_low_rank())
def test_paper_selection_satisfies_lemma13_on_random_low_rank(V):
    m, r = V.shape[0], V.rank()
    B, A = paper_selection(V)
    assert len(B) == r
    assert coefficients(V, B).to_list() == A.to_list()
    assert max_abs(A) <= QQ(2) ** (m - r - 1)


@settings(max_examples=25, deadline=None)
@given(_low_rank())
def test_max_volume_selection_has_coefficients_at_most_one(V):
    B, A = max_volume_selection(V)
    assert max_abs(A) <= 1


def test_the_bound_is_attained_by_geometric_rows():
    for m in range(3, 7):
        V = DomainMatrix([[QQ(2) ** j, QQ(2) ** j] for j in range(m)], (m, 2), QQ)
        _, A = paper_selection(V)
        assert max_abs(A) == QQ(2) ** (m - 2)


def test_full_rank_is_rejected():
    with pytest.raises(ValueError, match="r < m"):
        paper_selection(rational_matrix([[1, 0], [0, 1]]))


def test_coefficients_reject_a_non_basis():
    with pytest.raises(ValueError, match="not a basis"):
        coefficients(rational_matrix([[1, 0], [2, 0], [0, 1]]), [0, 1])
