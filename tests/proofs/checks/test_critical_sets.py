"""Critical-set scoped outcomes: confirmed only on a full covering, with a structured scope."""

import pytest

from proofs.checks.critical_sets import covering, critical_set_outcome
from proofs.ledger.claim import Outcome
from proofs.ledger.report import certificate_summary
from symbolic.checker.bundle import verify


def test_outcome_is_critical_set_scoped_and_verified():
    out = critical_set_outcome(("2-1-1-2",), premises=("kawaguchi_theorem_2_3", "squared_loss"))
    assert out.status == "confirmed" and out.scope_kind == "critical_set"
    assert out.scope_structured == {"kind": "critical_set", "dims": [[2, 1, 1, 2]],
                                    "counts": {"instances": 1, "critical_values": 3, "covering_leaves": 8}}
    assert "every critical point of 1 instance(s)" in out.scope and "5 (global minimum, dim 2)" in out.scope
    assert certificate_summary(out.certificate) == ["bundle", "  part dims (2, 1, 1, 2): critical_set_covering"]
    ok, reason = verify(out.certificate)
    assert ok and "Kawaguchi's assumptions hold" in verify(out.certificate["parts"]["dims (2, 1, 1, 2)"])[1], reason


def test_premises_that_fail_are_rejected():
    out = critical_set_outcome(("2-1-1-2",), premises=("wide_layers",))
    ok, reason = verify(out.certificate)
    assert not ok and "below min(d_0, d_L)" in reason
    out = critical_set_outcome(("2-1-1-2",), premises=("two_layers",))
    assert "not a two-layer network" in verify(out.certificate)[1]


def test_unresolved_parts_make_it_inconclusive(monkeypatch):
    result = dict(covering("2-1-1-2"))
    result["unresolved"] = [{"path": "L = 10", "kind": "unresolved"}]
    monkeypatch.setattr("proofs.checks.critical_sets.covering", lambda name, **kw: result)
    out = critical_set_outcome(("2-1-1-2",))
    assert out.status == "inconclusive" and out.certificate is None and out.scope_kind == "critical_set"


def test_scope_detail_is_validated():
    with pytest.raises(ValueError, match="scope_detail is a dict"):
        Outcome("confirmed", "s", scope_detail={"points": 3})
    assert Outcome("confirmed", "s").scope_structured == {"kind": None, "dims": [], "counts": {}}
