"""Saddles certified by odd-order descent along weighted polynomial curves (no line shows them)."""

import copy

import pytest

from symbolic.checker.bundle import verify
from symbolic.critical.unregularized import unregularized_critical_set


@pytest.fixture(scope="module")
def narrow_pair():
    # Nouiehed-Razaviyayn's Theorem 12 instance: dims (2, 1, 1, 2), X = I, Y = e_2 e_2^T
    return unregularized_critical_set([2, 1, 1, 2], [[1, 0], [0, 1]], [[0, 0], [0, 1]])


def _curve_node(tree):
    stack = [tree]
    while stack:
        node = stack.pop()
        if node.get("kind") == "descent_curve" and node.get("higher"):
            return node
        stack += node.get("children", []) + [node[k] for k in ("child",) if node.get(k)]
    raise AssertionError("no weighted descent curve in the certificate")


def test_the_family_no_line_resolves_is_a_saddle_family(narrow_pair):
    out = narrow_pair
    assert not out["unresolved"] and out["global_value"] == "0"
    curve = [c for c in out["components"] if c["kind"] == "descent_saddle"]
    assert len(curve) == 1 and curve[0]["dimension"] == 2 and "t^3" in curve[0]["direction"]
    by_value = {v["value"]: v["classification"] for v in out["values"]}
    assert by_value["L = 0"] == "global minimum" and by_value["L = 1/2"].startswith("saddle")
    ok, reason = verify(out["certificate"])
    assert ok and "no other critical value holds a local minimum" in reason, reason


def test_weighted_curve_forgeries_rejected(narrow_pair):
    cert = narrow_pair["certificate"]
    node = _curve_node(cert["tree"])
    assert node["order"] == 5 and len(node["higher"]) == 2
    for change in ("drop_higher", "move_t3_to_t2", "order_3", "too_many_terms", "not_a_list"):
        forged = copy.deepcopy(cert)
        target = _curve_node(forged["tree"])
        if change == "drop_higher":
            del target["higher"]
        elif change == "move_t3_to_t2":
            target["higher"] = [target["higher"][1], target["higher"][0]]
        elif change == "order_3":
            target["order"] = 3
            target["vanishing"] = target["vanishing"][:2]
        elif change == "too_many_terms":
            target["higher"] = target["higher"] + [target["higher"][0]] * 5
        else:
            target["higher"] = "t^3"
        ok, reason = verify(forged)
        assert not ok, change


def _blocks(tree):
    stack, out = [tree], []
    while stack:
        node = stack.pop()
        if node.get("kind") == "saddle":
            out += node.get("blocks") or []
        stack += node.get("children", []) + [node[k] for k in ("child",) if node.get(k)]
    return out


@pytest.fixture(scope="module")
def three_one_three():
    from symbolic.critical.unregularized import instance

    dims, X, Y = instance("3-1-3")
    return unregularized_critical_set(dims, X, Y)


def test_eigenvector_blocks_resolve_non_coordinate_eigenvectors(three_one_three):
    # Sigma's eigenvectors (0, 1/3, 1) and (0, -3, 1) are not coordinate vectors: the family capturing the middle
    # eigenvalue (value 45/2) is a strict saddle through a block rotating u_2 toward u_1 (W_2 = u_1 z^T, and
    # W_1 along u_1^T T S^-1)
    out = three_one_three
    assert not out["unresolved"]
    assert {v["value"]: v["classification"] for v in out["values"]}["L = 45/2"] == "strict saddle"
    named = [b for b in _blocks(out["certificate"]["tree"]) if "rotate captured u2 toward u1" in b["direction"]]
    assert named
    ok, reason = verify(out["certificate"])
    assert ok, reason


def test_direction_block_forgeries_rejected(three_one_three):
    cert = three_one_three["certificate"]
    for change in ("c", "s", "d2"):
        forged = copy.deepcopy(cert)
        block = next(b for b in _blocks(forged["tree"]) if "rotate captured" in b["direction"])
        if change == "c":
            block["c"] = str(2 * int(block["c"].split("/")[0])) + ("/" + block["c"].split("/")[1]
                                                                    if "/" in block["c"] else "")
        elif change == "s":
            block["s"] = [["2", []]]
        else:
            block["d2"] = block["d1"]
        ok, _ = verify(forged)
        assert not ok, change


@pytest.mark.slow
def test_rotation_blocks_certify_every_rank_two_family():
    # dims (3, 2, 3): the families capturing {u_2, u_3} (43/2) and {u_1, u_3} (16) need W_2 = U_S C rotated toward
    # the skipped eigenvector, with adj(U_S^T W_2) in W_1 (the determinant is -c det(U_S^T W_2)^2 on the family)
    from symbolic.critical.unregularized import instance

    dims, X, Y = instance("3-2-3")
    out = unregularized_critical_set(dims, X, Y)
    assert not out["unresolved"]
    assert [v["classification"] for v in out["values"]].count("strict saddle") == 6
    assert any("rotate captured" in b["direction"] for b in _blocks(out["certificate"]["tree"]))
    assert verify(out["certificate"])[0]


def _three_two_two_three_piece():
    # dims (3, 2, 2, 3), seed 1, value 17: the 6-dimensional piece where A captures the top eigenvector
    # u_1 = (0, -3, 1) of Sigma and every layer has rank 1 (W_3 = u_1 z^T, W_1 = w (1, -2, 1), det W_2 = 0);
    # the Hessian is PSD along every candidate pair there
    from sympy.polys.domains import QQ

    from symbolic.critical.unregularized import instance, network_directions
    from symbolic.critical.unregularized_loss import NetworkLossRing

    net = NetworkLossRing(*instance("3-2-2-3"))
    w = dict(zip(net.names, net.gens))
    W1, W2, W3 = ([[w[f"W{k}_{i}_{j}"] for j in range(1, net.dims[k - 1] + 1)] for i in range(1, net.dims[k] + 1)]
                  for k in (1, 2, 3))
    gens = [W1[0][2] * (W2[0][0] * W3[2][0] + W2[1][0] * W3[2][1]) + W1[1][2] * (W2[0][1] * W3[2][0]
                                                                             + W2[1][1] * W3[2][1]) + QQ(1, 3),
            W2[0][1] * W2[1][0] - W2[0][0] * W2[1][1],
            W1[0][0] - W1[0][2], W1[0][1] + 2 * W1[0][2], W1[1][0] - W1[1][2], W1[1][1] + 2 * W1[1][2],
            W3[0][0], W3[0][1], W3[1][0] + 3 * W3[2][0], W3[1][1] + 3 * W3[2][1]]
    return net, network_directions(net), gens


def test_rank_one_descent_line_on_the_3_2_2_3_piece():
    from symbolic.critical.components_descent import DescentSearch
    from symbolic.critical.components_ideal import (TrackedBasis, groebner_basis, in_radical, krull_dimension,
                                                    normal_form)

    net, candidates, gens = _three_two_two_three_piece()
    G = groebner_basis(gens, net.R)
    assert krull_dimension(G, net.nvars) == 6
    search = DescentSearch(net, candidates, max_depth=0)  # the child (c_3 = 0) is left unresolved here
    node = search._rank_one(gens, TrackedBasis(gens, net.R), G, "piece", 0, 0)
    assert node["kind"] == "descent_curve" and node["order"] == 3
    assert search.leaves[0]["kind"] == "descent_saddle" and search.leaves[0]["direction"].count("W") == 3
    # c_1, c_2 in J by the stated cofactors; c_3 outside J (the child is a proper subvariety)
    c = search._coefficients([_ring(x, net) for x in node["direction"]])
    for j, item in zip((1, 2), node["vanishing"]):
        total = sum((_ring(a, net) * g for a, g in zip(item["cofactors"], gens)), net.R.zero)
        assert item["power"] == 1 and total == c[j]
    assert not in_radical(normal_form(c[3], G), G, 2)
    assert node["child"]["kind"] == "unresolved"


def _ring(data, net):
    """A certificate polynomial ``[[coefficient, [var, exp, ...]], ...]`` as a ring element."""
    from fractions import Fraction

    from sympy.polys.domains import QQ

    out = net.R.zero
    for coeff, sparse in data:
        f = Fraction(coeff)
        term = net.R(QQ(f.numerator, f.denominator))
        for v, e in zip(sparse[::2], sparse[1::2]):
            term *= net.gens[v] ** e
        out += term
    return out
