"""The checker's Buchberger, exactly: the reduced grevlex basis equals SymPy's (unique, so any wrong step shows),
the work count of each system pinned at its boundary (the least ``max_steps`` that answers), grevlex itself, the
monic normalization, the staircase limit, and every answer of :func:`verify_count` with its text."""

from fractions import Fraction as F

import pytest
import sympy as sp

from symbolic.checker import groebner
from symbolic.checker.groebner import _key, _lead, _monic, groebner_basis, standard_monomial_count, verify_count
from symbolic.checker.mpoly import MPoly

x, y, z = sp.symbols("x y z")

#: name: (polynomials, variables, least max_steps that answers, basis length)
SYSTEMS = {
    "circle": ([x**2 + y**2 - 5, x * y - 2], (x, y), 2, 3),
    "cubic_swap": ([x**3 - y, y**3 - x], (x, y), 0, 2),
    "input_reduced": ([x - y, x**2 - 1], (x, y), 2, 2),
    "symmetric": ([x + y + z - 1, x * y + y * z + z * x - 2, x * y * z - 3], (x, y, z), 4, 3),
    "cyclic": ([x * y - z, y * z - x, x * z - y], (x, y, z), 9, 6),
    "mixed": ([x**2 - 2 * x * z + 5, x * y**2 + y * z**3, 3 * y**2 - 8 * z**3], (x, y, z), 16, 4),
    "two": ([2 * x**2 + 3 * y - 1, 4 * x * y + y**2 - 2 * x], (x, y), 8, 3),
    # the first element's tail y is reduced by the later y - 1 only in the final interreduction
    "tail_reduced": ([x**2 + y, y - 1], (x, y), 1, 2),
    # a system whose work depends on the order of the S-pairs (by the lcm's grevlex key, not by index)
    "strategy": ([x**2 * y**2 - 3 * x**2 * z**2 - 3 * x, 2 * x * y**2 + 2 * y * z, x * y - 2 * x * z**2], (x, y, z),
                 371, 5),
}


def _dict(p, gens):
    return {e: F(int(c.p), int(c.q)) for e, c in sp.Poly(p, *gens).as_dict().items()}


def _canonical(G):
    return sorted(sorted(g.items()) for g in G)


@pytest.mark.parametrize("name", sorted(SYSTEMS))
def test_reduced_basis_equals_sympys(name):
    polys, gens, steps, size = SYSTEMS[name]
    G = groebner_basis([_dict(p, gens) for p in polys])
    ref = [_dict(g, gens) for g in sp.groebner(polys, *gens, order="grevlex").exprs]
    ref = [{e: c / r[_lead(r)] for e, c in r.items()} for r in ref]
    assert _canonical(G) == _canonical(ref) and len(G) == size
    assert all(type(c) is F and c for g in G for c in g.values())


@pytest.mark.parametrize("name", sorted(SYSTEMS))
def test_work_count_is_pinned(name):
    polys, gens, steps, _ = SYSTEMS[name]
    F_ = [_dict(p, gens) for p in polys]
    assert groebner_basis(F_, max_steps=steps) is not None
    if steps:
        assert groebner_basis(F_, max_steps=steps - 1) is None


def test_grevlex_order_and_leading_monomials():
    assert _key((1, 0, 1)) == (2, (-1, 0, -1))
    assert _lead({(1, 0, 1): F(1), (0, 2, 0): F(1)}) == (0, 2, 0)     # same degree: the smaller last exponent wins
    assert _lead({(1, 1): F(1), (2, 0): F(1)}) == (2, 0)
    assert _lead({(0, 3): F(1), (1, 0): F(1)}) == (0, 3)               # degree first
    assert _monic({(1,): F(2), (0,): F(4)}) == {(1,): 1, (0,): 2}
    assert _monic({}) == {}


def test_staircase_limit():
    G = [{(100_001,): F(1)}]
    assert standard_monomial_count(G, 1) is None                       # 100001 standard monomials, above the limit
    assert standard_monomial_count([{(100_000,): F(1)}], 1) == 100_000
    G = groebner_basis([{(2, 0): F(1), (0, 0): F(-1)}, {(0, 2): F(1), (0, 0): F(-1)}])
    assert standard_monomial_count(G, 2) == 4
    assert standard_monomial_count(G, 2, limit=3) is None


def test_verify_count_answers():
    a, b = MPoly.var(2, 0), MPoly.var(2, 1)
    polys = [a * a + b * b - 5, a * b - 2]
    assert verify_count(polys, 4, {"groebner": True}) == (True, "Groebner basis recomputed: 3 elements, "
                                                                "4 standard monomials")
    assert verify_count([a * b], 1, {"groebner": True}) == (False, "the gradient ideal is not zero-dimensional")
    assert verify_count(polys, 3, {"groebner": True}) == (
        False, "the quotient has dimension 4, but 3 distinct points are listed")


def test_verify_count_refuses_beyond_the_work_bound(monkeypatch):
    monkeypatch.setattr(groebner, "groebner_basis", lambda F: None)
    a = MPoly.var(1, 0)
    assert verify_count([a], 1, {"groebner": True}) == (
        False, f"the Groebner basis needs more than {groebner.MAX_STEPS} reduction steps: too large to re-verify")
