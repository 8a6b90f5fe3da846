"""Identity sweeps: confirmed with every tuple certified, refuted with the failing tuples."""

from proofs.checks.identity_sweep import FULL, QUICK, scope_text, scope_tuples, sweep_outcome, data_entry
from proofs.ledger.registry import verify_certificate


def test_scopes():
    assert QUICK == (3, 2) and FULL == (4, 3)
    assert all(len(d) <= 4 and max(d) <= 2 for d in scope_tuples(True))
    assert "L <= 4 and widths <= 3 (360 tuples)" in scope_text(False)


def test_confirmed_sweep_certifies_every_tuple():
    tuples = [(1, 2), (2, 1, 2)]
    out = sweep_outcome("hessian_block_squared", tuples, lambda d: True, "two tuples", data_entry)
    assert out.status == "confirmed" and out.certificate["dims"] == [[1, 2], [2, 1, 2]]
    assert out.certificate["holds"] is True and verify_certificate(out.certificate)


def test_refuted_sweep_lists_failing_tuples_and_the_checker_disagrees():
    # a library that wrongly reports a failure: the separate checker does not confirm the refutation
    out = sweep_outcome("lvb_gradient_general", [(1, 2), (2, 2)], lambda d: d != (2, 2), "two tuples")
    assert out.status == "refuted" and out.certificate["dims"] == [[2, 2]] and out.certificate["holds"] is False
    assert "fails on 1 of 2 tuples" in out.scope
    assert verify_certificate(out.certificate) is False
