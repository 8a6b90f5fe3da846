import pytest
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic import Network, minus
from symbolic.landscape.perturbation import first_singular_index, left_kernel_vector, lvb_perturbation

CASES = {
    # k* = 1: W1 already has a kernel
    "kstar1": ((2, 3, 2, 2), [[[1, 2], [2, 4], [0, 0]], [[1, 0, 1], [0, 1, 1]], [[1, 1], [0, 1]]]),
    # k* = 2: W1 injective, W2 W1 not
    "kstar2": ((2, 3, 3, 2), [[[1, 0], [0, 1], [1, 1]], [[1, 1, 0], [1, 1, 0], [0, 0, 0]], [[1, 0, 2], [0, 1, 1]]]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_claim2_keeps_every_truncated_product_with_symbolic_delta_and_w(name):
    dims, rows = CASES[name]
    net = Network(dims)
    Ws = net.exact_weights(rows)
    kstar = first_singular_index(Ws)
    assert kstar == int(name[-1])
    L = net.depth
    names = [f"delta{k}" for k in range(kstar + 1, L + 1)] + [f"w{k}_{i}" for k in range(kstar + 1, L + 1) for i in range(dims[k])]
    R, *gens = ring(names, QQ)
    K = R.to_domain()
    sym = dict(zip(names, gens))
    ws = {k: DomainMatrix([[sym[f"w{k}_{i}"]] for i in range(dims[k])], (dims[k], 1), K) for k in range(kstar + 1, L + 1)}
    deltas = {k: sym[f"delta{k}"] for k in range(kstar + 1, L + 1)}
    Wt = lvb_perturbation(Ws, kstar, ws, deltas)
    for k in range(kstar, L + 1):
        assert minus(Wt, k) == minus(Ws, k).convert_to(minus(Wt, k).domain)
    assert any(Wt[k - 1] != Ws[k - 1].convert_to(Wt[k - 1].domain) for k in range(kstar + 1, L + 1))


def test_left_kernel_and_errors():
    from symbolic.core.exact import rational_matrix
    assert left_kernel_vector(rational_matrix([[1, 0], [0, 1]])) is None
    Ws = Network([1, 1]).exact_weights([[[1]]])
    with pytest.raises(ValueError, match="kstar must be in 1..L-1"):
        lvb_perturbation(Ws, 1, {}, {})


from symbolic.core.exact import rational_matrix
from symbolic.landscape.perturbation import zhang_perturbation, zhang_row_space_choice
from symbolic.core.products import chain, full_product

# (dims, weights, split j): rank(M_k ... M_{j+1}) < d = d_j in each
ZHANG = [
    ((3, 2, 2, 3), [[[1, 0, 1], [0, 1, 1]], [[1, 1], [1, 1]], [[1, 0], [0, 1], [1, 1]]], 1),
    ((3, 3, 2, 3), [[[1, 0, 0], [0, 1, 0], [0, 0, 0]], [[1, 2, 0], [0, 0, 1]], [[1, 1], [0, 0], [2, 2]]], 2),
    ((2, 2, 2, 2, 2), [[[0, 1], [1, 0]], [[1, 0], [0, 1]], [[1, 1], [1, 1]], [[0, 0], [0, 0]]], 2),
]


@pytest.mark.parametrize("case", range(len(ZHANG)))
def test_zhang_identity_1_with_symbolic_v(case):
    dims, rows, j = ZHANG[case]
    Ms = Network(dims).exact_weights(rows)
    names = [f"v{i}_{p}" for i in range(1, j + 1) for p in range(dims[i - 1])]
    R, *gens = ring(names, QQ)
    K = R.to_domain()
    sym = dict(zip(names, gens))
    vs = {i: DomainMatrix([[sym[f"v{i}_{p}"]] for p in range(dims[i - 1])], (dims[i - 1], 1), K) for i in range(1, j + 1)}
    Mt, ws = zhang_perturbation(Ms, j, vs)
    assert full_product(Mt) == full_product(Ms).convert_to(K)
    assert all(not w.is_zero_matrix for w in ws.values())


@pytest.mark.parametrize("case", range(len(ZHANG)))
def test_zhang_row_space_choice_leaves_ker_of_gradient(case):
    dims, rows, j = ZHANG[case]
    Ms = Network(dims).exact_weights(rows)
    G = rational_matrix([[(p + 2 * q) % 3 - 1 for q in range(dims[0])] for p in range(dims[-1])])
    Mt, vs = zhang_row_space_choice(Ms, j, G, scale=QQ(1, 100))
    assert full_product(Mt) == full_product(Ms)
    B = chain(Mt, 1, j)
    assert not G.matmul(B.transpose()).is_zero_matrix   # a row of tilde B is outside V = ker f'(AB)
    with pytest.raises(ValueError, match="f'\\(AB\\) != 0"):
        zhang_row_space_choice(Ms, j, rational_matrix([[0] * dims[0]] * dims[-1]))


@pytest.mark.parametrize("case, G, istar", [
    (0, [[1, 1, -1], [2, 2, -2], [0, 0, 0]], 1),   # rows of M1 already in V = ker G: i* = 1
    (1, [[2, -1, 0], [4, -2, 0], [0, 0, 0]], 2),   # rows of M1 not in V, rows of M2 M1 in V: i* = 2
])
def test_zhang_construction_at_both_kinds_of_istar(case, G, istar):
    dims, rows, j = ZHANG[case]
    Ms = Network(dims).exact_weights(rows)
    G = rational_matrix(G)
    in_V = [G.matmul(chain(Ms, 1, i).transpose()).is_zero_matrix for i in range(1, j + 1)]
    assert in_V.index(True) + 1 == istar
    Mt, vs = zhang_row_space_choice(Ms, j, G, scale=QQ(1, 10))
    assert not vs[istar].is_zero_matrix and full_product(Mt) == full_product(Ms)
    assert not G.matmul(chain(Mt, 1, j).transpose()).is_zero_matrix
