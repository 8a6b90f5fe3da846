"""Rank-raising perturbations that keep the product: exact facts, failures, and a property test."""

import pytest
from hypothesis import given, settings, strategies as st

from symbolic import Network
from symbolic.core.exact import rational_matrix
from symbolic.core.products import chain
from symbolic.forms.rank_raising import (base_step_direction, cokernel_projector, generic_rank, inductive_step_direction,
                                   kernel_projector, lift, nonzero_minor, perturbed, raise_ranks,
                                   top_product_directions)

from tests.symbolic.strategies import instances


def _zero(dims):
    return Network(dims).exact_weights([[[0] * dims[k - 1]] * dims[k] for k in range(1, len(dims))])


def test_projectors_kill_what_they_should():
    A = rational_matrix([[1, 2, 0], [2, 4, 0]])
    assert A.matmul(kernel_projector(A)).is_zero_matrix
    assert cokernel_projector(A).matmul(A).is_zero_matrix
    assert kernel_projector(A).rank() == 2 and cokernel_projector(A).rank() == 1


def test_raise_ranks_keeps_the_product_and_reaches_the_target_at_the_zero_tuple():
    Ws = _zero((3, 3, 3, 2))
    Ns = raise_ranks(Ws, 2, 3)
    We = perturbed(Ws, Ns)
    assert chain(We, 1, 3) == lift(chain(Ws, 1, 3))
    assert generic_rank(We[0]) == 3 and generic_rank(chain(We, 1, 2)) == 3


def test_last_layer_cannot_move():
    # k = H + 1: W_(H+1)...W_(k+1) is the identity, so the only direction is 0
    Ws = _zero((2, 2, 2))
    lower = perturbed(Ws, {1: base_step_direction(Ws, 2)})[0]
    with pytest.raises(ValueError, match="raises rank"):
        inductive_step_direction(Ws, lower, 2, 1)


def test_inductive_step_fails_where_the_kernel_is_trivial():
    Ws = Network((2, 2, 2, 2)).exact_weights([[[0, 0], [0, 0]], [[0, 0], [0, 0]], [[1, 2], [0, 1]]])
    lower = perturbed(Ws, {1: base_step_direction(Ws, 2)})[0]
    with pytest.raises(ValueError):
        inductive_step_direction(Ws, lower, 2, 1)


def test_nonzero_minor_none_below_the_generic_rank():
    M = lift(rational_matrix([[1, 1], [1, 1]]))
    assert nonzero_minor(M, 2) is None
    assert nonzero_minor(M, 1)[2] == 1


def test_top_product_directions_keep_the_product():
    Ws = Network((2, 2, 2, 2)).exact_weights([[[1, 0], [0, 0]], [[0, 0], [0, 0]], [[0, 0], [0, 0]]])
    Ns = top_product_directions(Ws, 1)
    We = perturbed(Ws, Ns)
    assert chain(We, 2, 3).matmul(lift(Ws[0])) == lift(chain(Ws, 1, 3))
    assert generic_rank(chain(We, 2, 3)) >= 1


@settings(max_examples=25, deadline=None)
@given(instances(max_depth=3, max_width=3), st.data())
def test_product_kept_and_rank_bounded_on_random_rational_weights(inst, data):
    dims, _, _, rows = inst
    Ws = Network(dims).exact_weights(rows)
    L = len(Ws)
    k = data.draw(st.integers(1, L))
    A = chain(Ws, k + 1, L)
    M = rational_matrix(data.draw(st.lists(st.lists(st.integers(-3, 3), min_size=dims[k - 1], max_size=dims[k - 1]),
                                           min_size=dims[k], max_size=dims[k])))
    N = kernel_projector(A).matmul(M)
    We = perturbed(Ws, {k: N})
    assert chain(We, 1, L) == lift(chain(Ws, 1, L))          # the product, hence any loss of it, is unchanged
    bound = chain(Ws, 1, L).rank() + dims[k] - A.rank()     # range A^T + ker A split
    assert generic_rank(chain(We, 1, k)) <= bound
