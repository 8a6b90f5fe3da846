"""The checker's orbit reduction: the same inertia as the full elimination, tangents used only when verified in
ker H, and forged inertia / strict fields rejected on large deep Hessians (where the reduction is what runs)."""

import random
from fractions import Fraction

import pytest

from symbolic.checker import verdicts as V
from symbolic.checker import verify
from symbolic.checker.orbit_reduction import orbit_reduction, pivot_columns
from symbolic.checker.poly import _integer_matrix, ldl_inertia
from symbolic.landscape.classify import classify_json
from symbolic.landscape.scale_cases import dense_strict_saddle, zero_tuple


def _net(problem):
    net = V._Network(problem)
    return net, V._hessian(net)


def _random_point(dims, seed):
    rng = random.Random(seed)
    q = lambda: str(Fraction(rng.randint(-3, 3), rng.randint(1, 3)))  # noqa: E731
    return {"dims": dims, "Y": [[q() for _ in range(dims[0])] for _ in range(dims[-1])],
            "weights": [[[q() for _ in range(dims[k - 1])] for _ in range(dims[k])] for k in range(1, len(dims))]}


@pytest.mark.parametrize("case", [(3, 2, 2), (3, 2, 3), (4, 3, 4), (5, 2, 5)])
def test_reduced_inertia_equals_the_full_elimination_at_dense_saddles(case):
    net, H = _net(dense_strict_saddle(*case))
    keep, removed = orbit_reduction(net.dims, net.Ws, _integer_matrix(H))
    m, p, depth = case
    assert removed == (depth - 1) * p * p and len(keep) == net.nparams - removed
    assert V._inertia(H, "H", net) == ldl_inertia(H)


@pytest.mark.parametrize("seed", range(4))
def test_at_non_critical_points_no_tangent_is_used(seed):
    net, H = _net(_random_point([2, 3, 2, 2], seed))
    assert orbit_reduction(net.dims, net.Ws, _integer_matrix(H)) == (list(range(net.nparams)), 0)
    assert V._inertia(H, "H", net) == ldl_inertia(H)


def test_rank_deficient_layers_are_skipped():
    net, H = _net(zero_tuple(2, 3))                        # every W_k = 0: no layer has full rank
    assert orbit_reduction(net.dims, net.Ws, _integer_matrix(H)) == (list(range(net.nparams)), 0)


def test_a_tangent_outside_the_kernel_drops_its_layer_only():
    net, H = _net(dense_strict_saddle(4, 2, 4))
    M = _integer_matrix(H)
    assert orbit_reduction(net.dims, net.Ws, M)[1] == 3 * 4
    # perturb H on W_1's coordinates only (symmetrically): layer 1's tangents leave the kernel, layers 2, 3 stay
    forged = [row[:] for row in M]
    forged[1][1] += 1                                      # W_1[0][1]: column 0 of W_1 is zero, column 1 is not
    keep, removed = orbit_reduction(net.dims, net.Ws, forged)
    assert removed == 2 * 4
    assert V._inertia([[Fraction(x) for x in row] for row in forged], "H", net) == ldl_inertia(forged)


def test_pivot_columns():
    F = Fraction
    assert pivot_columns([[F(1), F(2)], [F(2), F(4)]]) == [0]
    assert pivot_columns([[F(0), F(0), F(1)], [F(1), F(0), F(0)]]) == [0, 2]
    assert pivot_columns([[F(0)]]) == []


# -- forgeries on a deep dense strict saddle: the reduced elimination is what recomputes the inertia ----------------

DEEP = {"deep dense strict saddle, 132 params": (6, 3, 8)}


@pytest.fixture(scope="module", params=list(DEEP))
def deep(request):
    problem = dense_strict_saddle(*DEEP[request.param])
    result = classify_json(problem)
    assert (result["verdict"], result["strict"], result["evidence"]["certificate_ok"]) == ("saddle", True, True)
    return problem, result


def test_forged_fields_on_a_deep_saddle_are_rejected(deep):
    problem, result = deep
    assert verify(problem, result)[0]
    inertia = dict(result["hessian_inertia"])
    assert inertia["zero"] == 7 * 9 and inertia["negative"] > 0
    assert verify(problem, dict(result, strict=False)) == \
        (False, "strict must say whether the Hessian has a negative eigenvalue")
    assert verify(problem, dict(result, strict=False, hessian_inertia=None)) == \
        (False, "strict must say whether the Hessian has a negative eigenvalue")
    psd = {"positive": inertia["positive"] + inertia["negative"], "negative": 0, "zero": inertia["zero"]}
    assert verify(problem, dict(result, strict=False, hessian_inertia=psd)) == \
        (False, "the stated Hessian inertia is wrong")
    for a, b in (("zero", "positive"), ("positive", "zero"), ("negative", "zero")):
        shifted = dict(inertia)
        shifted[a] -= 1
        shifted[b] += 1
        assert verify(problem, dict(result, hessian_inertia=shifted)) == (False, "the stated Hessian inertia is wrong")
    honest = dict(result, verdict="inconclusive", certificate=None)
    assert verify(problem, honest)[0]
    assert not verify(problem, dict(honest, strict=False))[0]


@pytest.mark.slow
def test_forged_fields_on_a_992_parameter_saddle_are_rejected():
    problem = dense_strict_saddle(10, 8, 15)
    result = classify_json(problem, seconds=300)
    assert (result["verdict"], result["strict"], result["evidence"]["certificate_ok"]) == ("saddle", True, True)
    inertia = dict(result["hessian_inertia"])
    assert inertia == {"positive": 88, "negative": 8, "zero": 896}
    assert not verify(problem, dict(result, strict=False))[0]
    shifted = dict(inertia, negative=7, zero=897)
    assert verify(problem, dict(result, hessian_inertia=shifted)) == (False, "the stated Hessian inertia is wrong")


def test_integer_vector_clears_denominators_exactly():
    # kill test from mutmut's survivors (README, "Mutation testing"): the smallest integer multiple, exactly
    from fractions import Fraction as F

    from symbolic.checker.orbit_reduction import _integer_vector
    assert _integer_vector([F(1, 2), F(-1, 3), F(2)]) == [3, -2, 12]
    assert _integer_vector([F(1, 4), F(1, 6)]) == [3, 2]
    assert _integer_vector([F(5), F(0)]) == [5, 0]
    assert all(type(x) is int for x in _integer_vector([F(1, 2), F(1, 3)]))


def test_pivot_columns_exact():
    # kill test from mutmut's survivors: an empty matrix, the elimination factor, the pivot row counter
    from fractions import Fraction as F

    from symbolic.checker.orbit_reduction import pivot_columns
    assert pivot_columns([]) == []
    assert pivot_columns([[F(2), F(1)], [F(4), F(2)]]) == [0]
    assert pivot_columns([[F(1), F(0), F(1)], [F(0), F(1), F(1)]]) == [0, 1]
