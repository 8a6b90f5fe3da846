"""Groebner bases with cofactors: every lift is an exact identity in the generators."""

import pytest
from sympy.polys.domains import QQ
from sympy.polys.orderings import grevlex
from sympy.polys.rings import ring

from symbolic.critical.components_ideal import (TrackedBasis, WorkLimitExceeded, groebner_basis, in_radical,
                                                krull_dimension)

R, x, y, z = ring("x,y,z", QQ, grevlex)


def _combo(cof, gens):
    return sum((a * g for a, g in zip(cof, gens)), R.zero)


def test_lift_is_an_identity_and_agrees_with_sympy():
    gens = [x**2 * y - z, x * y**2 - x, y * z - 1]
    B = TrackedBasis(gens, R)
    assert sorted(groebner_basis(B.polys(), R)) == sorted(groebner_basis(gens, R))
    for t in (x * y * z - x, z * (x**2 * y - z) + (y * z - 1) * x**3):
        cof = B.lift(t)
        assert cof is not None and _combo(cof, gens) == t
    assert B.lift(x + 1) is None


def test_unit_ideal_and_power():
    gens = [x * y - 1, x**2]
    B = TrackedBasis(gens, R)
    assert B.is_unit and _combo(B.lift(R.one), gens) == R.one
    C = TrackedBasis([x**2], R)
    m, cof = C.lift_power(x, 3)
    assert m == 2 and _combo(cof, [x**2]) == x**2
    assert C.lift_power(y, 3) is None


def test_start_from_a_parent_basis():
    parent = TrackedBasis([x * y, y * z], R)
    child = TrackedBasis([x * y, y * z, y - 1], R, start=parent)
    cof = child.lift(x)
    assert _combo(cof, [x * y, y * z, y - 1]) == x


def test_work_is_counted_not_timed():
    with pytest.raises(WorkLimitExceeded, match="more than 3 reduction steps"):
        TrackedBasis([x**3 - y * z, y**3 - x * z, z**3 - x * y, x * y * z - 1], R, work_limit=3)


def test_radical_and_dimension():
    G = groebner_basis([x**2, y * z], R)
    assert in_radical(x, G) == 2 and in_radical(y, G) == 0
    assert krull_dimension(G, 3) == 1
    assert krull_dimension(groebner_basis([x - 1, y, z], R), 3) == 0
    assert krull_dimension(groebner_basis([R.one], R), 3) == -1
