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
