import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic import Network, full_product
from symbolic.forms.relu_paths import expected_output, paths


def test_expected_output_with_q_one_over_rho_is_the_linear_network():
    dims = (2, 2, 1)
    net = Network(dims)
    _, Ws = net.symbolic_weights(extra_symbols=[sympy.Symbol("rho")])
    K = Ws[0].domain
    rho = K.from_sympy(sympy.Symbol("rho"))
    X = DomainMatrix([[K.convert(QQ(1)), K.convert(QQ(-2)), K.convert(QQ(1, 3))],
                      [K.convert(QQ(3)), K.zero, K.convert(QQ(2))]], (2, 3), K)
    # E_Z is linear in q: with q = 1 it equals rho times the linear output, so with q = 1/rho it equals it
    E1 = expected_output(Ws, X, rho, K.one)
    linear = full_product(Ws).matmul(X)
    assert E1 == linear * rho


def test_paths_enumeration():
    assert paths((2, 3, 1), 0) == [(a, b, 0) for a in range(2) for b in range(3)]
