"""The SymEngine reference of ``dlnproof bench`` computes exactly our Hessian (random non-square rational instances and
symbolic data); it needs the optional SymEngine (in the ``test`` and ``bench`` extras), else these tests skip."""

import pytest
from hypothesis import given, settings

from symbolic import Network, SquaredLoss, hessian_structured
from symbolic.calculus import symengine_reference
from symbolic.calculus.symengine_reference import available, hessian_symengine, to_ring

from tests.symbolic.strategies import instances

needs_symengine = pytest.mark.skipif(not available(), reason="SymEngine is not installed (pip install -e '.[test]' "
                                                               "or '.[bench]' installs it)")


@needs_symengine
@given(instances(max_depth=4, max_width=3))
@settings(max_examples=25, deadline=None)
def test_symengine_reference_equals_ours_on_random_rational_instances(instance):
    dims, X, Y, _ = instance
    loss = SquaredLoss(X, Y)
    _, Ws = Network(dims).symbolic_weights()
    ours = hessian_structured(Ws, loss)
    assert ours == hessian_structured(Ws, loss, plain=True)
    assert to_ring(hessian_symengine(Ws, loss.X, loss.Y), ours.domain) == ours


@needs_symengine
@pytest.mark.parametrize("dims", [(2, 3, 1), (1, 2, 2, 3), (4, 5, 4)])
def test_symengine_reference_equals_ours_with_symbolic_data_and_at_40_parameters(dims):
    net = Network(dims)
    if net.nparams == 40:
        _, Ws = net.symbolic_weights()
        loss = SquaredLoss([["1", "-2", "1/3"], ["0", "2", "1"], ["3", "1/2", "-1"], ["1", "1", "0"]],
                           [["2", "0", "1"], ["-1", "1/3", "0"], ["0", "1", "1"], ["1", "-1", "2"]])
    else:
        _, Ws, X, Y = net.symbolic_problem(2)
        loss = SquaredLoss(X, Y)
    ours = hessian_structured(Ws, loss)
    assert to_ring(hessian_symengine(Ws, loss.X, loss.Y), ours.domain) == ours


@needs_symengine
def test_a_changed_entry_is_detected():
    _, Ws = Network([2, 2, 1]).symbolic_weights()
    loss = SquaredLoss([["1", "2"], ["0", "1"]], [["1", "-1"]])
    H = hessian_symengine(Ws, loss.X, loss.Y)
    H[0][1] = H[0][1] + 1
    assert to_ring(H, Ws[0].domain) != hessian_structured(Ws, loss)


def test_missing_symengine_is_an_error_that_names_the_extra(monkeypatch):
    monkeypatch.setattr(symengine_reference, "_symengine", lambda: None)
    assert not symengine_reference.available()
    _, Ws = Network([1, 1]).symbolic_weights()
    with pytest.raises(ImportError, match=r"dlnproof\[bench\]"):
        hessian_symengine(Ws, Ws[0], Ws[0])
    with pytest.raises(ImportError, match=r"dlnproof\[bench\]"):
        to_ring([[]], Ws[0].domain)
