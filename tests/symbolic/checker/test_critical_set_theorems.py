"""``critical_set_theorem``: premises, spectrum, conclusions and witnesses recomputed; forgeries rejected."""

import copy

import pytest

from proofs.checks.critical_set_theorems import VALUE_CONCLUSIONS, category_witnesses, rank_one_target, spectrum
from proofs.checks.critical_sets import covering
from symbolic.checker.bundle import verify
from symbolic.checker.critical_set_theorems import sigma_matrix, verify_critical_set_theorem


def _cert(name="2-1-2", premises=(), conclusions=(), witnesses=False):
    method = "direct" if VALUE_CONCLUSIONS & set(conclusions) else "staged"  # values are read off a split by value
    result = rank_one_target(name, method) if name.endswith("rank1") else covering(name, method)
    cert = {"kind": "critical_set_theorem", "covering": copy.deepcopy(result["certificate"]),
            "hypotheses": list(premises), "conclusions": list(conclusions), "spectrum": spectrum(result["problem"])}
    if witnesses:
        cert["witnesses"] = category_witnesses(result["problem"])
    return cert


def test_values_patterns_and_witnesses_verify():
    cert = _cert(premises=("two_layers", "squared_loss", "rank_one_products"),
                 conclusions=("critical_values_of_patterns", "global_value_of_top_pattern",
                              "lower_value_with_rank_of_rank_one_products"), witnesses=True)
    ok, reason = verify(cert)
    assert ok, reason
    assert "15/2 <- p = [0, 1]" in reason and "case 1 (w <= sum m_i)" in reason
    assert "non-optimal order" in reason and "optimal order, k = 1" in reason


def test_case_two_on_a_rank_one_target():
    ok, reason = verify(_cert("1-2-2-rank1", conclusions=("global_value_of_top_pattern",)))
    assert ok and "case 2 (w > sum m_i)" in reason, reason


@pytest.mark.parametrize("name, premise, message", [
    ("2-1-1-2", "wide_pair", "d_(p2*) = 1 is below min(d_h, d_0) = 2"),
    ("2-1-2", "narrow_pair", "d_(p2*) = 2 is at least min(d_h, d_0) = 2"),
    ("2-1-1-2", "rank_one_products", "not two layers with min(d_2, d_1) = 1"),
    ("2-1-1-2", "two_layers", "not a two-layer network"),
    ("2-1-2", "deep", "fewer than three layers"),
    ("2-1-2", "identity_input", "X is not the identity"),
    ("2-1-2", "corner_unit_target", "Y is not e_(d_h) e_(d_0)^T"),
    ("2-1-2", "oracle", "unknown premise 'oracle'"),
])
def test_premises_that_fail_are_rejected(name, premise, message):
    ok, reason = verify_critical_set_theorem(_cert(name, premises=(premise,)))
    assert not ok and message in reason


def test_forged_spectrum_is_rejected():
    cert = _cert(conclusions=("critical_values_of_patterns",))
    cert["spectrum"] = [["10", 1], ["4", 1]]
    assert "not that of Sigma" in verify(cert)[1]
    cert["spectrum"] = [["10", 2]]
    assert "not that of Sigma" in verify(cert)[1]
    del cert["spectrum"]
    assert "needs 'spectrum'" in verify(cert)[1]


def test_a_value_outside_every_pattern_is_rejected():
    from fractions import Fraction

    from symbolic.checker.critical_set_theorems import _conclusion, _Reject

    cert = _cert(conclusions=("critical_values_of_patterns",))
    positive = [(Fraction(10), 1), (Fraction(5), 1)]
    cov = copy.deepcopy(cert["covering"])
    assert "15/2 <- p = [0, 1]" in _conclusion("critical_values_of_patterns", cert, cov, positive, Fraction(20), 1, None)
    cov["tree"]["factors"][1] = {"of_loss": ["1", "-11"]}
    with pytest.raises(_Reject, match="11 is no admissible pattern"):
        _conclusion("critical_values_of_patterns", cert, cov, positive, Fraction(20), 1, None)
    cov["tree"]["factors"][1] = {"of_loss": ["1", "0", "-11"]}
    with pytest.raises(_Reject, match="not linear in L"):
        _conclusion("critical_values_of_patterns", cert, cov, positive, Fraction(20), 1, None)
    # the global value must be the top pattern's, and only its
    with pytest.raises(_Reject, match="not the global 15/2"):
        _conclusion("global_value_of_top_pattern", cert, cov, positive, Fraction(20), 1, Fraction(15, 2))
    with pytest.raises(_Reject, match="also has the global value"):
        _conclusion("global_value_of_top_pattern", cert, cov, [(Fraction(5), 1)] * 2, Fraction(20), 1, Fraction(15, 2))
    with pytest.raises(_Reject, match="unknown conclusion"):
        _conclusion("oracle", cert, cov, positive, Fraction(20), 1, None)


def test_forged_witnesses_are_rejected():
    cert = _cert(premises=("two_layers",), witnesses=True)
    assert verify(cert)[0]
    bad = copy.deepcopy(cert)
    bad["witnesses"][1]["point"][0] = "7"
    assert "is not a critical point" in verify(bad)[1]
    bad = copy.deepcopy(cert)
    bad["witnesses"][1]["eigenvalue"] = "10"
    assert "Sigma A_2 != 10 A_2" in verify(bad)[1]
    bad = copy.deepcopy(cert)
    bad["witnesses"][0]["category"] = "non_optimal_order"
    bad["witnesses"][0]["eigenvalue"] = "5"
    assert "A_2 = 0" in verify(bad)[1]
    bad = copy.deepcopy(cert)
    bad["witnesses"][1]["category"] = "optimal_order"
    assert "A_2 != 0" in verify(bad)[1]


def test_a_broken_covering_is_rejected():
    cert = _cert(premises=("squared_loss",))
    cert["covering"]["global"]["value"] = "4"
    ok, reason = verify(cert)
    assert not ok and reason.startswith("covering:")
    assert "a 'covering' certificate" in verify({"kind": "critical_set_theorem"})[1]
    assert "at least one hypothesis" in verify(dict(_cert(), hypotheses=[], conclusions=[]))[1]
    one_layer = {"kind": "critical_set_covering", "problem": {"dims": [1, 1], "X": [["1"]], "Y": [["2"]],
                 "loss": "squared"}, "tree": {"kind": "value", "value": "0", "power": 1,
                 "cofactors": [[["1/2", [0, 1]], ["-1", []]]]}}
    reason = verify({"kind": "critical_set_theorem", "covering": one_layer, "hypotheses": ["layers_ge_two"]})[1]
    assert "fewer than two layers" in reason


def test_sigma_matrix_is_exact():
    S = sigma_matrix([[1, -1, 3], [1, -1, 0]], [[-1, 2, 1], [1, 2, -3]])
    assert sorted(spectrum({"X": [[1, -1, 3], [1, -1, 0]], "Y": [[-1, 2, 1], [1, 2, -3]]})) == [["10", 1], ["5", 1]]
    assert S[0][0] + S[1][1] == 15


def test_rank_conclusion_needs_rank_one_products():
    ok, reason = verify(_cert("2-1-1-2", conclusions=("lower_value_with_rank_of_rank_one_products",)))
    assert not ok and "not two layers with min(d_2, d_1) = 1" in reason
    ok, reason = verify(_cert("2-2-1", conclusions=("lower_value_with_rank_of_rank_one_products",), witnesses=True))
    assert ok and "L(A_1, 0) = 1/2 ||Y||^2" in reason, reason
