import pytest
import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic import Network, minus
from symbolic.perturbation import first_singular_index, left_kernel_vector, lvb_perturbation

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
    from symbolic.exact import rational_matrix
    assert left_kernel_vector(rational_matrix([[1, 0], [0, 1]])) is None
    Ws = Network([1, 1]).exact_weights([[[1]]])
    with pytest.raises(ValueError, match="kstar must be in 1..L-1"):
        lvb_perturbation(Ws, 1, {}, {})
