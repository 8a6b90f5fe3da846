"""Completeness certificates by cofactors: SymPy and Singular agree, the checker certifies, tampering is caught."""

import copy

import pytest

from symbolic.checker.bundle import verify
from symbolic.critical.regularized import regularized_critical_points
from symbolic.critical.regularized_cofactors import (cofactor_terms, completeness_cofactors, parse_singular_poly,
                                                     singular_available)
from symbolic.critical.regularized_problem import seeded_problem


def _run(dims, samples=1, **kw):
    p = seeded_problem(dims, samples).to_json()
    return regularized_critical_points(p["dims"], p["X"], p["Y"], p["lambdas"], backend="sympy", **kw)


def test_sympy_cofactors_certify_thirteen():
    r = _run([1, 3, 1], completeness="cofactors", cofactor_backend="sympy")
    assert (r.count, r.count_status, r.verified) == (13, "certified", True)
    assert "leave 13 standard monomials" in r.verdict
    assert r.completeness_info["backend"] == "sympy" and r.completeness_info["terms"] > 0


def test_dropping_a_member_or_a_point_is_rejected():
    r = _run([1, 1, 1, 1], completeness="cofactors", cofactor_backend="sympy")
    assert r.verified and r.count == 17
    fewer = copy.deepcopy(r.certificate)
    fewer["complete"]["cofactors"]["elements"].pop()
    ok, why = verify(fewer)
    assert not ok and "completeness" in why
    missing = copy.deepcopy(r.certificate)
    missing["points"].pop(0)
    missing.pop("value_classes", None)
    ok, why = verify(missing)
    assert not ok and "more than the 16 points listed" in why


def test_lower_bound_only_without_completeness():
    r = _run([1, 1, 1], completeness=False)
    assert (r.count_status, r.completeness_info["method"]) == ("computed", "none")
    with pytest.raises(ValueError, match="completeness must be"):
        _run([1, 1, 1], completeness="maybe")


def test_parse_singular_poly():
    assert parse_singular_poly("x(2)^3-1/2*x(1)*x(2)+7", 2) == {(0, 3): 1, (1, 1): -0.5, (0, 0): 7}
    with pytest.raises(ValueError, match="cannot read"):
        parse_singular_poly("x(1)+?", 2)


@pytest.mark.skipif(not singular_available(), reason="Singular is not installed (apt-get install singular)")
def test_singular_and_sympy_agree_on_small_cases():
    for dims in ([1, 3, 1], [1, 1, 1, 1]):
        problem = seeded_problem(dims)
        a, b = completeness_cofactors(problem, "sympy"), completeness_cofactors(problem, "singular")
        assert cofactor_terms(a) > 0 and cofactor_terms(b) > 0
        ra = _run(dims, completeness="cofactors", cofactor_backend="singular")
        assert ra.count_status == "certified"


@pytest.mark.slow
@pytest.mark.skipif(not singular_available(), reason="Singular is not installed (apt-get install singular)")
def test_seventy_three_certified_with_singular():
    r = _run([1, 3, 2], completeness="cofactors", cofactor_backend="singular")
    assert (r.count, r.count_status, r.verified) == (73, "certified", True)


def test_low_height_instance_keeps_the_generic_count():
    from symbolic.critical.regularized_problem import low_height_problem

    p = low_height_problem([1, 3, 1]).to_json()
    assert p == low_height_problem([1, 3, 1]).to_json()
    assert all(abs(int(v)) <= 3 for row in p["X"] + p["Y"] for v in row)
    r = regularized_critical_points(p["dims"], p["X"], p["Y"], p["lambdas"], backend="sympy",
                                    completeness="cofactors", cofactor_backend="sympy")
    assert (r.count, r.count_status) == (13, "certified")
    with pytest.raises(ValueError, match="distinct small lambdas"):
        low_height_problem([3, 3, 3, 3, 3])
