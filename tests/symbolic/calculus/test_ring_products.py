"""Structured ring products equal DomainMatrix.matmul and kron entry for entry, on every path (identity, one, zero,
constants, packed monomials, byte-overflow fallback, non-ring domains)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy import QQ, ZZ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.calculus.ring_products import RingProducts
from symbolic.core.kronecker import kron

R, a, b, c = ring("a, b, c", QQ)
K = R.to_domain()
coefficients = st.builds(QQ, st.integers(-3, 3), st.integers(1, 3))
terms = st.tuples(st.tuples(*[st.integers(0, 2)] * 3), coefficients)
entries = st.lists(terms, max_size=4).map(lambda ts: sum((R({m: q}) for m, q in ts if q), R.zero)) | \
    st.sampled_from([R.zero, R.one, R(QQ(-2, 3)), a])


def matrices(rows, cols):
    return st.lists(st.lists(entries, min_size=cols, max_size=cols), min_size=rows, max_size=rows).map(
        lambda data: DomainMatrix(data, (rows, cols), K))


@st.composite
def pairs(draw):
    m, n, p = (draw(st.integers(1, 3)) for _ in range(3))
    return draw(matrices(m, n)), draw(matrices(n, p))


@given(pairs())
@settings(max_examples=60)
def test_matmul_equals_domainmatrix_matmul(pair):
    A, B = pair
    assert RingProducts(K).matmul(A, B) == A.matmul(B)


@given(st.integers(1, 3).flatmap(lambda m: st.tuples(matrices(m, 2), matrices(2, m))))
@settings(max_examples=40)
def test_kron_and_mul_equal_the_plain_ones(pair):
    A, B = pair
    ops = RingProducts(K)
    assert ops.kron(A, B) == kron(A, B)
    for x in A.to_list()[0]:
        for y in B.to_list()[0]:
            assert ops.mul(x, y) == x * y


def test_identity_factor_is_returned_as_the_other_factor():
    A = DomainMatrix([[a, b + 1], [R.zero, c]], (2, 2), K)
    eye = DomainMatrix.eye(2, K).to_dense()
    ops = RingProducts(K)
    assert ops.matmul(eye, A) is A and ops.matmul(A, eye) is A
    assert ops.mul(R.one, a) is a


def test_exponents_that_could_overflow_a_byte_fall_back_to_the_ring():
    x, y = a ** 200 + b, a ** 100 - c ** 255
    ops = RingProducts(K)
    assert ops.mul(x, y) == x * y
    A, B = DomainMatrix([[x, y]], (1, 2), K), DomainMatrix([[y], [x]], (2, 1), K)
    assert ops.matmul(A, B) == A.matmul(B)
    big = a ** 300  # an exponent that does not fit a byte at all
    assert ops.mul(big, x) == big * x


@pytest.mark.parametrize("domain", [QQ, ZZ, ring("t", ZZ)[0].to_domain()])
def test_ground_domains_and_integer_rings_give_the_plain_products(domain):
    A = DomainMatrix([[domain.one, domain.zero], [domain.one, domain.one]], (2, 2), domain)
    ops = RingProducts(domain)
    assert ops.matmul(A, A) == A.matmul(A) and ops.kron(A, A) == kron(A, A)


def test_plain_mode_and_sparse_inputs_use_domainmatrix():
    A = DomainMatrix({0: {0: a}}, (2, 2), K)  # sparse format
    assert RingProducts(K).matmul(A, A) == A.matmul(A)
    D = DomainMatrix([[a, b]], (1, 2), K)
    assert RingProducts(K, plain=True).matmul(D, D.transpose()) == D.matmul(D.transpose())


def test_shape_mismatch_is_the_domainmatrix_error():
    D = DomainMatrix([[a, b]], (1, 2), K)
    with pytest.raises(Exception, match="shape|Shape"):
        RingProducts(K).matmul(D, D)


@given(st.integers(1, 2).flatmap(lambda m: st.tuples(matrices(m, 2), matrices(2, m), matrices(m * 2, 2 * m))))
@settings(max_examples=40)
def test_kron_plus_equals_kron_then_add(triple):
    A, B, C = triple
    assert RingProducts(K).kron(A, B, plus=C) == kron(A, B) + C
    assert RingProducts(K).kron(A, B, plus=C.to_list()) == kron(A, B) + C
    assert RingProducts(K, plain=True).kron(A, B, plus=C) == kron(A, B) + C


def test_kron_plus_with_overflowing_exponents_falls_back():
    x = a ** 200
    A, C = DomainMatrix([[x]], (1, 1), K), DomainMatrix([[a ** 255 + b]], (1, 1), K)
    assert RingProducts(K).kron(A, A, plus=C) == kron(A, A) + C
    D = DomainMatrix([[b]], (1, 1), K)
    assert RingProducts(K).kron(D, D, plus=C) == kron(D, D) + C
    E = DomainMatrix([[a ** 300]], (1, 1), K)
    assert RingProducts(K).kron(D, D, plus=E) == kron(D, D) + E
