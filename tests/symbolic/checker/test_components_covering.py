"""``critical_set_covering``: a covering of every critical point, and forged coverings rejected."""

import copy
import json

import pytest

from symbolic.checker.bundle import verify
from symbolic.checker.components_covering import parse_poly, verify_critical_set_covering
from symbolic.critical.unregularized import instance, unregularized_critical_set


@pytest.fixture(scope="module")
def cert():
    dims, X, Y = instance("2-1-1-2")
    return unregularized_critical_set(dims, X, Y, method="direct")["certificate"]


def _find(node, kind):
    """The first node of ``kind`` (depth first)."""
    if node.get("kind") == kind:
        return node
    for child in node.get("children", []) + ([node["child"]] if node.get("child") else []):
        found = _find(child, kind)
        if found is not None:
            return found
    return None


def _forged(cert, change):
    bad = copy.deepcopy(cert)
    change(bad)
    return verify(bad)


def test_genuine_covering_verifies(cert):
    ok, reason = verify(cert)
    assert ok, reason
    assert "1 non-strict saddle point (odd-order Taylor term, Hessian PSD)" in reason and "global minimum value is 5" in reason


def test_the_certificate_is_json_data(cert):
    assert json.loads(json.dumps(cert)) == cert


def test_wrong_cofactor_rejected(cert):
    def change(c):
        cof = c["tree"]["cofactors"]
        i = next(k for k, a in enumerate(cof) if a)
        cof[i][0][0] = str(int(cof[i][0][0].split("/")[0]) + 1) + ("/" + cof[i][0][0].split("/")[1]
                                                                   if "/" in cof[i][0][0] else "")
    ok, reason = _forged(cert, change)
    assert not ok and "the identity fails" in reason


def test_missing_component_rejected(cert):
    def change(c):  # drop the last value factor and its subtree: the product no longer lies in the ideal
        for key in ("factors", "exponents", "children"):
            c["tree"][key].pop()
    ok, reason = _forged(cert, change)
    assert not ok and "the product of the factors" in reason


def test_wrong_value_rejected(cert):
    def change(c):
        _find(c["tree"], "value")["value"] = "4"
    ok, reason = _forged(cert, change)
    assert not ok and "(L - c)^m" in reason


def test_wrong_global_witness_rejected(cert):
    def change(c):
        c["global"]["witness"][0] = "7"
    assert not _forged(cert, change)[0]

    def change_value(c):
        c["global"]["value"] = "9/2"
    assert "is not the value leaves'" in _forged(cert, change_value)[1]


def test_saddle_forgeries_rejected(cert):
    def drop_pairs(c):
        node = _find(c["tree"], "saddle")
        node["pairs"], node["blocks"] = [], []
    assert "states no direction" in _forged(cert, drop_pairs)[1]

    def wrong_guard(c):
        node = _find(c["tree"], "saddle")
        node["guard"] = [["1", []], ["1", [0, 1]]]
    assert not _forged(cert, wrong_guard)[0]


def test_non_strict_point_forgeries_rejected(cert):
    def even(c):
        _find(c["tree"], "nonstrict_point")["order"] = 4
    assert "odd" in _forged(cert, even)[1]

    def moved(c):
        _find(c["tree"], "nonstrict_point")["point"][0] = "1"
    assert not _forged(cert, moved)[0]

    def coefficient(c):
        _find(c["tree"], "nonstrict_point")["coefficient"] = "1"
    assert "coefficient of t^3" in _forged(cert, coefficient)[1]


def test_unresolved_and_unknown_nodes_rejected(cert):
    def unresolved(c):
        c["tree"]["children"][0] = {"kind": "unresolved", "reason": "too hard"}
    assert "unresolved (too hard)" in _forged(cert, unresolved)[1]

    def unknown(c):
        c["tree"]["children"][0] = {"kind": "oracle"}
    assert "unknown node kind" in _forged(cert, unknown)[1]


def test_two_value_leaves_with_different_values_rejected():
    cert = {"kind": "critical_set_covering", "problem": {"dims": [1, 1], "X": [["1"]], "Y": [["2"]]},
            "tree": {"kind": "split", "factors": [[["1", []], ["1", [0, 1]]]], "exponents": [1], "scale": "1",
                     "cofactors": [[]], "children": [{"kind": "value", "value": "0", "power": 1, "cofactors": [[]]}]}}
    ok, reason = verify_critical_set_covering(cert)
    assert not ok  # the factor 1 + w is not in the gradient ideal (w - 2)


def test_singular_data_certify_no_global_value():
    cert = {"kind": "critical_set_covering", "problem": {"dims": [2, 1], "X": [["1", "2"], ["2", "4"]], "Y": [["1", "1"]]},
            "tree": {"kind": "empty", "cofactors": [[], []]}}
    assert "singular" in verify_critical_set_covering(cert)[1]


def test_floats_and_malformed_polynomials_rejected(cert):
    def floats(c):
        c["problem"]["X"][0][0] = 0.5
    assert not _forged(cert, floats)[0]
    with pytest.raises(Exception, match="malformed monomial"):
        parse_poly([["1", [0, 1, 0, 2]]], 2)
    with pytest.raises(Exception, match="malformed monomial"):
        parse_poly([["1", [5, 1]]], 2)


def test_grad_f_zero_on_the_global_component():
    dims, X, Y = instance("2-2-1")
    cert = unregularized_critical_set(dims, X, Y)["certificate"]
    cert["expect"] = {"grad_f_zero_at_local_minima": True}
    ok, reason = verify(cert)
    assert ok and "grad f(A) = 0 on every value leaf" in reason
    leaf = _find(cert["tree"], "value")

    def drop(c):
        del _find(c["tree"], "value")["grad_f_zero"]
    assert "does not show grad f(A) = 0" in _forged(cert, drop)[1]

    def wrong(c):
        proof = next(p for p in _find(c["tree"], "value")["grad_f_zero"] if any(p["cofactors"]))
        k = next(i for i, a in enumerate(proof["cofactors"]) if a)
        proof["cofactors"][k] = proof["cofactors"][k] + [["1", [0, 9]]]
    assert "grad f(A) entry" in _forged(cert, wrong)[1]
    assert len(leaf["grad_f_zero"]) == 2  # d_L x d_0 = 1 x 2 entries


def test_no_grad_f_zero_under_a_narrow_layer(cert):
    # (2, 1, 1, 2): the global minimum has rank 1 < 2, so grad f(A) != 0 there (Laurent-von Brecht's remark)
    assert "grad_f_zero" not in _find(cert["tree"], "value")
    bad = copy.deepcopy(cert)
    bad["expect"] = {"grad_f_zero_at_local_minima": True}
    assert not verify(bad)[0]


def test_strict_saddles_of_middle_rank(cert):
    good = copy.deepcopy(cert)
    good["expect"] = {"strict_saddles_of_middle_rank": 1}
    ok, reason = verify(good)
    assert ok and "the non-strict points have middle ranks [0]" in reason
    good["expect"] = {"strict_saddles_of_middle_rank": 2}
    assert "narrowest hidden width" in verify(good)[1]


@pytest.fixture(scope="module")
def quartic():
    dims, X, Y = instance("1-1-1-1")
    return unregularized_critical_set(dims, X, Y, loss="quartic")["certificate"]


def test_an_algebraic_global_value_verifies(quartic):
    # the quartic loss's global value is the only real root of a cubic: a value leaf p(L) with a Sturm count
    ok, reason = verify(quartic)
    assert ok, reason
    assert "the global minimum value is the only real root of L^3 - 85847283/470596 L^2" in reason
    leaf = _find(quartic["tree"], "value")
    assert len(leaf["polynomial"]) == 4 and leaf["polynomial"][0] == "1"


@pytest.mark.parametrize("change, message", [
    (lambda leaf: leaf.update(polynomial=["2"] + leaf["polynomial"][1:]), "monic polynomial of degree >= 2"),
    (lambda leaf: leaf.update(polynomial=leaf["polynomial"][-2:]), "monic polynomial of degree >= 2"),
    (lambda leaf: leaf.update(interval=["0", "1"]), "exactly one real root, inside the interval"),
    (lambda leaf: leaf.update(interval=["1", "0"]), "exactly one real root, inside the interval"),
    # (L - 1)(L - 2)(L - 3) has three real roots, whatever the interval
    (lambda leaf: leaf.update(polynomial=["1", "-6", "11", "-6"], interval=["3/2", "5/2"]), "f has 3 real roots"),
    # L^3 + 1 has one real root, -1, but is not in the leaf's ideal
    (lambda leaf: leaf.update(polynomial=["1", "0", "0", "1"], interval=["-2", "0"]), "p(L)^m"),
])
def test_algebraic_value_forgeries_rejected(quartic, change, message):
    bad = copy.deepcopy(quartic)
    change(_find(bad["tree"], "value"))
    ok, reason = verify(bad)
    assert not ok and message in reason, reason


def test_a_rational_witness_of_an_algebraic_value_is_rejected(quartic):
    bad = copy.deepcopy(quartic)
    bad["global"] = {"value": "42", "witness": ["0", "0", "0"]}
    ok, reason = verify(bad)
    assert not ok and "algebraic" in reason
