"""Theorem outcomes on whole critical sets: confirmed only on a full covering with a rational spectrum."""

from proofs.checks.critical_set_theorems import category_witnesses, spectrum, theorem_outcome
from proofs.checks.critical_sets import covering
from symbolic.checker.bundle import verify


def test_outcome_is_critical_set_scoped_and_verified():
    out = theorem_outcome(("2-1-2", "1-2-2-rank1"), premises=("layers_ge_two",),
                          conclusions=("global_value_of_top_pattern",), what="w")
    assert out.status == "confirmed" and out.scope_kind == "critical_set" and out.details == "w"
    assert out.scope_structured["dims"] == [[2, 1, 2], [1, 2, 2]]
    ok, reason = verify(out.certificate)
    assert ok, reason
    assert "case 2" in verify(out.certificate["parts"]["dims (1, 2, 2)"])[1]


def test_unresolved_or_irrational_is_inconclusive():
    result = dict(covering("2-1-2"))
    result["unresolved"] = [{"path": "L = 10", "kind": "unresolved"}]
    out = theorem_outcome(("mine",), premises=("squared_loss",), results={"mine": result})
    assert out.status == "inconclusive" and out.certificate is None
    result = dict(covering("2-1-2"))
    result["problem"] = dict(result["problem"], Y=[["1", "1", "0"], ["1", "0", "0"]], X=[["1", "0", "0"], ["0", "1", "0"]])
    assert spectrum(result["problem"]) is None  # Y Y^T = (2, 1; 1, 1): eigenvalues (3 +- sqrt 5)/2
    out = theorem_outcome(("mine",), conclusions=("critical_values_of_patterns",), results={"mine": result})
    assert out.status == "inconclusive" and "irrational" in out.details


def test_category_witnesses_are_critical_points_of_each_category():
    wits = category_witnesses(covering("2-1-2")["problem"])
    assert [w["category"] for w in wits] == ["optimal_order", "non_optimal_order"] and wits[1]["eigenvalue"] == "5"
