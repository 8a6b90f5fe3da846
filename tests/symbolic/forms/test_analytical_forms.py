"""Zhou-Liang's analytical forms (symbolic.forms.analytical_forms): constructor, condition (3), recovery."""

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.forms.analytical_forms import (condition3_rows, gradients, loss_value, rational_spectrum, recover_shallow_form,
                                       shallow_critical_point, sigma_matrix)
from symbolic.core.exact import rational_matrix
from symbolic.landscape.instances import cayley_orthogonal

from tests.symbolic.strategies import matrices


def _seeded(r, c, rng):
    return DomainMatrix([[QQ(rng.randint(-2, 2), rng.randint(1, 3)) for _ in range(c)] for _ in range(r)], (r, c), QQ)


def _invertible(n, rng):
    while True:
        M = _seeded(n, n, rng)
        if M.rank() == n:
            return M


@st.composite
def spectral_data(draw):
    """(X, Y, U) with X = M diag(I_k, 0) (d0 x m, rank k, possibly X X^T singular), Y = [U_k diag(s), G]:
    Sigma = U diag(s^2, 0) U^T with repeated and zero eigenvalues, U rational orthogonal."""
    d2 = draw(st.integers(1, 3))
    k = draw(st.integers(1, d2))
    d0 = draw(st.integers(k, k + 1))
    m = draw(st.integers(k, k + 2))
    s = draw(st.lists(st.sampled_from([0, 1, 1, 2, "1/2"]), min_size=k, max_size=k))
    seed = draw(st.integers(0, 10_000))
    rng = random.Random(seed)
    S = [[QQ.zero] * d2 for _ in range(d2)]
    for i in range(d2):
        for j in range(i + 1, d2):
            v = QQ(rng.randint(-3, 3), rng.randint(1, 3))
            S[i][j], S[j][i] = v, -v
    U = cayley_orthogonal(DomainMatrix(S, (d2, d2), QQ))
    E = DomainMatrix([[QQ(int(i == j and i < k)) for j in range(m)] for i in range(d0)], (d0, m), QQ)
    X = _invertible(d0, rng).matmul(E)
    D = DomainMatrix([[QQ(s[j]) if i == j else QQ.zero for j in range(k)] for i in range(d2)], (d2, k), QQ)
    Y = U.matmul(D)
    if m > k:
        Y = DomainMatrix.hstack(Y, _seeded(d2, m - k, rng))
    return X, Y, U, seed


def _l1_satisfying_condition3(F0, X, Y, rng):
    d1, d0, rho = F0.C0.shape[0], X.shape[0], F0.rank
    B = condition3_rows(X, Y, F0.W)
    rows = []
    for i in range(d1):
        if i < rho:
            rows.append([QQ(rng.randint(-2, 2)) for _ in range(d0)])
        else:
            cs = [QQ(rng.randint(-2, 2)) for _ in range(B.shape[0])]
            rows.append([sum((c * B[t, j].element for t, c in enumerate(cs)), QQ.zero) for j in range(d0)])
    return F0.C0.inv().matmul(DomainMatrix(rows, (d1, d0), QQ))


@settings(max_examples=25)
@given(spectral_data(), st.integers(1, 3))
def test_every_pattern_gives_a_critical_point_with_proposition1_value(data, d1):
    X, Y, U, seed = data
    rng = random.Random(seed + d1)
    spaces, rest = rational_spectrum(sigma_matrix(X, Y))
    assert not rest
    cap = min(d1, Y.shape[0])
    for p in itertools.product(*[range(s.multiplicity + 1) for s in spaces]):
        if sum(p) > cap:
            continue
        C0 = _invertible(d1, rng)
        F0 = shallow_critical_point(X, Y, d1, p, C0=C0, basis=U)
        L1 = _l1_satisfying_condition3(F0, X, Y, rng)
        F = shallow_critical_point(X, Y, d1, p, C0=C0, L1=L1, basis=U)
        assert F.satisfies_condition3() and F.is_critical()
        assert loss_value(F.A1, F.A2, X, Y) == F.predicted_loss()
        assert F.A2.rank() == sum(p)
        R = recover_shallow_form(X, Y, F.A1, F.A2)
        assert R.pattern == tuple(p)
        assert R.A1.to_list() == F.A1.to_list() and R.A2.to_list() == F.A2.to_list()


@settings(max_examples=25)
@given(matrices(2, 3), matrices(3, 3), st.integers(1, 3))
def test_zero_pattern_on_random_data_is_critical_and_recovered(X, Y, d1):
    # random non-square data: Sigma's nonzero eigenvalues are usually irrational; the A2 = 0 pattern and the
    # zero-eigenvalue columns are rational
    Xm, Ym = rational_matrix(X), rational_matrix(Y)
    spaces, _ = rational_spectrum(sigma_matrix(Xm, Ym))
    for p in itertools.product(*[range(min(s.multiplicity, d1) + 1) if s.value == 0 else range(1)
                                 for s in spaces]):
        if sum(p) > min(d1, 3):
            continue
        F = shallow_critical_point(Xm, Ym, d1, p)
        assert F.is_critical()
        assert recover_shallow_form(Xm, Ym, F.A1, F.A2).pattern == tuple(p)


def test_violating_condition3_is_not_critical():
    X = rational_matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]])
    Y = rational_matrix([[2, 0, 0], [0, 1, 0]])
    F = shallow_critical_point(X, Y, 2, (1, 0), L1=[[0, 0, 0], [0, 1, 0]], require_condition3=False)
    assert not F.satisfies_condition3() and not F.is_critical()
    with pytest.raises(ValueError, match="condition \\(3\\)"):
        shallow_critical_point(X, Y, 2, (1, 0), L1=[[0, 0, 0], [0, 1, 0]])
    ok = shallow_critical_point(X, Y, 2, (1, 0), L1=[[0, 0, 0], [1, 0, 0]])
    assert ok.is_critical()


def test_rank_deficient_x_and_zero_eigenvalue():
    X = rational_matrix([[1, 1, 0], [2, 2, 0]])          # rank 1, X X^T singular
    Y = rational_matrix([[1, 0, 3], [0, 2, 1]])
    spaces, rest = rational_spectrum(sigma_matrix(X, Y))
    assert [str(s.value) for s in spaces] == ["5/2", "0"] and not rest
    for p in ((0, 0), (1, 0), (0, 1), (1, 1)):
        F = shallow_critical_point(X, Y, 2, p)
        G1, G2 = gradients(F.A1, F.A2, X, Y)
        assert G1.is_zero_matrix and G2.is_zero_matrix
        assert loss_value(F.A1, F.A2, X, Y) == F.predicted_loss()


def test_errors_name_the_problem():
    X, Y = [[1, 0], [0, 1]], [[2, 0], [0, 1]]
    with pytest.raises(ValueError, match="one entry per rational eigenvalue"):
        shallow_critical_point(X, Y, 1, (1,))
    with pytest.raises(ValueError, match="more than min"):
        shallow_critical_point(X, Y, 1, (1, 1))
    with pytest.raises(ValueError, match="d1 must be a positive integer"):
        shallow_critical_point(X, Y, 0, (0, 0))
    with pytest.raises(ValueError, match="not critical"):
        recover_shallow_form(X, Y, [[1, 0]], [[1], [1]])
    with pytest.raises(TypeError):
        shallow_critical_point([[0.5, 0], [0, 1]], Y, 1, (0, 0))
