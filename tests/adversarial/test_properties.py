"""Property tests on random exact, non-square, non-symmetric rational instances.

* The library's gradient and Hessian (closed form, block formula) against the separate checker's own
  recomputation (Fractions only: the chain rule on truncated series, the Hessian by polarization) and
  against the entrywise derivatives.
* Every certificate the classifier emits re-verifies with the separate checker; a verdict other than
  ``inconclusive`` always carries one; no minimum is claimed where a descent curve exists.
* Taylor coefficients along a polynomial curve against the direct expansion of the loss in QQ[t].
"""

from fractions import Fraction

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic import Network, QuarticLoss, SquaredLoss
from symbolic.checker.bundle import verify
from symbolic.checker.verdicts import _gradient, _hessian, _hessian_by_polarization, _Network
from symbolic.checker.verdicts import verify as verify_verdict
from symbolic.landscape.classify import classify_json
from symbolic.core.exact import qq_to_str
from symbolic.calculus.hessian import hessian_entrywise
from symbolic.calculus.objective import NetworkObjective, PolynomialObjective
from symbolic.calculus.taylor import taylor_coefficients

from tests.symbolic.strategies import instances, matrices, rationals


def _problem(dims, X, Y, weights, loss):
    return {"dims": list(dims), "X": X, "Y": Y, "weights": weights, "loss": loss}


def _fr(v):
    return Fraction(int(v.numerator), int(v.denominator))


@given(instances(max_depth=3, max_width=3), st.sampled_from(["squared", "quartic"]))
@settings(max_examples=30, deadline=None)
def test_library_gradient_and_hessian_equal_the_checkers_recomputation(instance, loss):
    dims, X, Y, weights = instance
    net = Network(dims)
    lossobj = (SquaredLoss if loss == "squared" else QuarticLoss)(X, Y)
    F = NetworkObjective(net, lossobj)
    x0 = net.flatten(net.exact_weights(weights))
    checker = _Network(_problem(dims, X, Y, weights, loss))
    assert [_fr(g) for g in F.gradient(x0)] == _gradient(checker)               # closed form vs series
    H = F.hessian(x0).to_list()
    assert [[_fr(h) for h in row] for row in H] == _hessian_by_polarization(checker)   # block formula vs polarization
    assert _hessian(checker) == _hessian_by_polarization(checker)                # the checker's closed form too


@given(instances(max_depth=3, max_width=2, n=2))
@settings(max_examples=15, deadline=None)
def test_structured_hessian_equals_entrywise_at_random_points(instance):
    dims, X, Y, weights = instance
    net = Network(dims)
    loss = SquaredLoss(X, Y)
    _, Ws_sym = net.symbolic_weights()
    H_sym = hessian_entrywise(Ws_sym, loss)
    point = net.flatten(net.exact_weights(weights))
    entry = [[PolynomialObjective._eval(p, point) for p in row] for row in H_sym.to_list()]
    assert entry == NetworkObjective(net, loss).hessian(point).to_list()


@st.composite
def critical_candidates(draw):
    """Small instances; some layers set to zero so that critical points (saddles, minima) occur."""
    dims, X, Y, weights = draw(instances(max_depth=3, max_width=2, n=2))
    zero = draw(st.lists(st.booleans(), min_size=len(weights), max_size=len(weights)))
    weights = [[["0"] * len(W[0]) for _ in W] if z else W for W, z in zip(weights, zero)]
    return _problem(dims, X, Y, weights, draw(st.sampled_from(["squared", "quartic"])))


def _check_classification(problem, result):
    verdict = result["verdict"]
    event(f"verdict {verdict}")
    if verdict != "inconclusive":
        assert result["certificate"] is not None, verdict
        ok, why = verify_verdict(problem, result)
        assert ok, why
        assert result["evidence"]["certificate_ok"] is True
    if verdict in ("local_min", "global_min"):
        assert "not_a_local_minimum" not in result["evidence"]
    if verdict == "local_min":
        assert result["certificate"].get("not_global") is not None


@given(critical_candidates())
@settings(max_examples=12, deadline=None)
def test_every_network_verdict_carries_a_certificate_that_reverifies(problem):
    result = classify_json(problem, seconds=3)
    _check_classification(problem, result)
    if result["verdict"] != "inconclusive":
        cert = {"kind": "classification", "problem": problem, "result": result}
        assert verify(cert)[0]


@st.composite
def polynomials(draw):
    n = draw(st.integers(1, 2))
    terms = draw(st.dictionaries(st.tuples(*[st.integers(0, 4)] * n).filter(lambda e: 2 <= sum(e) <= 4),
                                 rationals.filter(lambda s: s != "0"), min_size=1, max_size=4))
    return {"polynomial": {str(list(e)): c for e, c in terms.items()}, "variables": ["x", "y"][:n],
            "point": ["0"] * n}


@given(polynomials())
@settings(max_examples=15, deadline=None)
def test_every_polynomial_verdict_carries_a_certificate_that_reverifies(problem):
    result = classify_json(problem, seconds=3)
    _check_classification(problem, result)
    if result["verdict"] == "global_min":                    # the one global method for a bare polynomial: SOS
        assert result["certificate"]["kind"] == "sos_lower_bound" and result["evidence"]["certificate_ok"] is True


@pytest.mark.slow
@given(critical_candidates())
@settings(max_examples=60, deadline=None)
def test_every_network_verdict_reverifies_many_examples(problem):
    result = classify_json(problem, seconds=5)
    _check_classification(problem, result)


@st.composite
def curves(draw):
    dims, X, Y, weights = draw(instances(max_depth=3, max_width=3))
    terms = draw(st.integers(1, 3))
    curve = [[draw(matrices(dims[k], dims[k - 1])) for k in range(1, len(dims))] for _ in range(terms)]
    return dims, X, Y, weights, curve, draw(st.sampled_from(["squared", "quartic"]))


@given(curves(), st.integers(0, 7))
@settings(max_examples=30, deadline=None)
def test_taylor_coefficients_equal_the_direct_expansion(case, order):
    dims, X, Y, weights, curve, loss = case
    net = Network(dims)
    lossobj = (SquaredLoss if loss == "squared" else QuarticLoss)(X, Y)
    Ws = net.exact_weights(weights)
    Cs = [net.exact_weights(term) for term in curve]
    got = taylor_coefficients(Ws, Cs, lossobj, order)
    # direct: W_k(t) = W_k + sum_p t^p C_pk in QQ[t], the product, the residual, the loss, its coefficients
    R, t = ring("t", QQ)
    A = None
    for k in range(len(Ws)):
        rows, cols = Ws[k].shape
        Wt = [[R(Ws[k].to_list()[i][j]) + sum((R(Cs[p][k].to_list()[i][j]) * t ** (p + 1) for p in range(len(Cs))),
                                              R.zero) for j in range(cols)] for i in range(rows)]
        M = DomainMatrix(Wt, (rows, cols), R.to_domain())
        A = M if A is None else M.matmul(A)
    Xm = lossobj.X.convert_to(R.to_domain())
    E = A.matmul(Xm) - lossobj.Y.convert_to(R.to_domain())
    power, scale = (2, QQ(1, 2)) if loss == "squared" else (4, QQ(1, 4))
    total = sum((e ** power for row in E.to_list() for e in row), R.zero) * scale
    want = [total.coeff(t ** m) if m else total.coeff(1) for m in range(order + 1)]
    assert [qq_to_str(c) for c in got] == [qq_to_str(c) for c in want]
    # and the checker's own series agrees (Fractions only)
    checker = _Network(_problem(dims, X, Y, weights, loss))
    flat = [checker.flat_term(term) for term in curve]
    assert [Fraction(str(c)) for c in checker.series(flat, order)] == [Fraction(qq_to_str(c)) for c in want]


@given(curves())
@settings(max_examples=10, deadline=None)
def test_objective_taylor_equals_taylor_coefficients(case):
    dims, X, Y, weights, curve, loss = case
    net = Network(dims)
    lossobj = (SquaredLoss if loss == "squared" else QuarticLoss)(X, Y)
    F = NetworkObjective(net, lossobj)
    flat_curve = [net.flatten(net.exact_weights(term)) for term in curve]
    direct = taylor_coefficients(net.exact_weights(weights), [net.exact_weights(term) for term in curve], lossobj, 5)
    assert F.taylor(net.flatten(net.exact_weights(weights)), flat_curve, 5) == direct
