"""The covering staged through the end-to-end product agrees with the direct search, and its certificates verify."""

import copy

import pytest

from symbolic.checker.bundle import verify
from symbolic.critical.components_singular import cross_check, singular_available, singular_components
from symbolic.critical.components_staged import StagingFailed, product_points, staged_covering
from symbolic.critical.unregularized import instance, network_directions, unregularized_critical_set
from symbolic.critical.unregularized_loss import NetworkLossRing


def _classes(result):
    return sorted((v["value"], v["dimension"], v["classification"]) for v in result["values"])


@pytest.mark.parametrize("name", ["2-1-1-2", "2-2-1", "1-1-1-1",
                                  pytest.param("2-1-2-2", marks=pytest.mark.slow)])
def test_staged_agrees_with_the_direct_search(name):
    dims, X, Y = instance(name)
    staged = unregularized_critical_set(dims, X, Y)
    direct = unregularized_critical_set(dims, X, Y, method="direct")
    assert _classes(staged) == _classes(direct)
    assert staged["global_value"] == direct["global_value"] and not staged["unresolved"]
    ok, reason = verify(staged["certificate"])
    assert ok, reason


def test_staged_tree_starts_with_the_product_identities():
    dims, X, Y = instance("2-1-1-2")
    tree = unregularized_critical_set(dims, X, Y)["certificate"]["tree"]
    # the first staged polynomial is (A^T G)_{11} = sum_l W1[l][1] dL/dW1[l][1]: cofactor W1_1_1 on gradient 0
    assert tree["kind"] == "split" and len(tree["factors"]) == 1 and tree["cofactors"][0] == [["1", [0, 1]]]


def test_forged_staging_rejected():
    dims, X, Y = instance("2-1-1-2")
    cert = unregularized_critical_set(dims, X, Y)["certificate"]
    bad = copy.deepcopy(cert)
    bad["tree"]["factors"][0] = [["1", [0, 1]]]  # W1_1_1 is not in the radical of the gradient ideal
    ok, reason = verify(bad)
    assert not ok and "the identity fails" in reason


def test_product_points_of_2_2_2():
    dims, X, Y = instance("2-2-2")
    points = product_points(NetworkLossRing(dims, X, Y))
    assert [str(v) for _, v in points] == ["10", "15/2", "5", "5/2"]
    assert points[0][0] == [[0, 0], [0, 0]]


def test_staging_refuses_what_it_cannot_split():
    net = NetworkLossRing([2, 2], [[1, 0], [0, 1]], [[1, 0], [0, 1]])
    with pytest.raises(StagingFailed, match="at least two layers"):
        staged_covering(net, network_directions(net), None)
    net = NetworkLossRing([2, 2, 2], [[1, 0], [0, 1]], [[1, 0], [0, 1]])  # Sigma = I: a repeated eigenvalue
    with pytest.raises(StagingFailed, match="distinct rational eigenvalues"):
        product_points(net)
    out = unregularized_critical_set([2, 1, 2], [[1, 0], [0, 1]], [[1, 0], [0, 1]])  # falls back to the direct search
    assert verify(out["certificate"])[0]


@pytest.mark.slow
def test_staged_agrees_with_the_direct_search_on_2_2_2():
    dims, X, Y = instance("2-2-2")
    staged = unregularized_critical_set(dims, X, Y)
    assert _classes(staged) == _classes(unregularized_critical_set(dims, X, Y, method="direct"))
    assert verify(staged["certificate"])[0]


@pytest.fixture(scope="module")
def two_two_two_two():
    dims, X, Y = instance("2-2-2-2")
    return unregularized_critical_set(dims, X, Y)


@pytest.mark.slow
def test_every_critical_point_of_2_2_2_2(two_two_two_two):
    out = two_two_two_two
    by_value = {v["value"]: (v["dimension"], v["classification"].split(" (")[0]) for v in out["values"]}
    assert by_value == {"L = 5/2": (8, "global minimum"), "L = 5": (7, "saddle"), "L = 15/2": (7, "strict saddle"),
                        "L = 10": (6, "saddle")}
    assert any(c["kind"] == "descent_saddle" and c["dimension"] == 6 for c in out["components"])
    ok, reason = verify(out["certificate"])
    assert ok and "saddle leaves by odd-order descent curves" in reason and "global minimum value is 5/2" in reason


@pytest.mark.slow
def test_descent_curve_forgeries_rejected(two_two_two_two):
    from tests.symbolic.checker.test_components_covering import _find

    cert = two_two_two_two["certificate"]

    def forged(change):
        bad = copy.deepcopy(cert)
        change(_find(bad["tree"], "descent_curve"))
        return verify(bad)

    assert "odd" in forged(lambda n: n.update(order=4))[1]
    assert "one vanishing proof per Taylor coefficient" in forged(lambda n: n["vanishing"].pop())[1]
    assert "need a child" in forged(lambda n: n.pop("child"))[1]
    assert not forged(lambda n: n["direction"].__setitem__(0, [["1", []]]))[0]


@pytest.mark.slow
@pytest.mark.skipif(not singular_available(), reason="Singular is not installed")
def test_singular_agrees_on_2_2_2_2(two_two_two_two):
    dims, X, Y = instance("2-2-2-2")
    comps = singular_components(NetworkLossRing(dims, X, Y))
    assert cross_check(two_two_two_two["values"], comps) == []


def test_the_2_2_2_2_descent_family_holds_non_strict_saddles():
    """A rational point of the rank-one family (value 5): critical, Hessian PSD (exact inertia), so only the
    descent line shows it is a saddle; rank W_2 = 1 < p = 2, as Kawaguchi 2.3 (iv) allows."""
    from fractions import Fraction as F

    from symbolic.checker.components_covering import _evaluate, network_loss
    from symbolic.checker.poly import ldl_inertia

    dims, X, Y = instance("2-2-2-2")
    n, L, _, _ = network_loss({"dims": list(dims), "X": X, "Y": Y, "loss": "squared"})
    point = [F(v) for v in (1, -1, 0, 0, 1, 0, 0, 0)] + [F(1, 3), F(2, 3), F(-1), F(-2)]
    grad = [L.diff(i) for i in range(n)]
    assert _evaluate(L, point) == 5 and all(_evaluate(g, point) == 0 for g in grad)
    H = [[_evaluate(grad[i].diff(j), point) for j in range(n)] for i in range(n)]
    assert ldl_inertia(H)[1] == 0
