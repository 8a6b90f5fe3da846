"""Kawaguchi (2016) claim module: the checks' helpers and the refutation path."""

import proofs.papers.kawaguchi_2016.checks as kaw
import proofs.papers.kawaguchi_2016.claims as kaw_claims
from proofs.ledger.registry import run_claim


def test_symbolic_data_case_lies_outside_the_sweeps():
    from proofs.checks.identity_sweep import scope_tuples
    assert kaw.SYMBOLIC_DATA_DIMS not in scope_tuples(False)
    assert kaw.kawaguchi_gradient_holds(kaw.SYMBOLIC_DATA_DIMS, symbolic=True)


def test_failure_with_symbolic_data_gives_a_refutation_the_checker_rejects(monkeypatch):
    real = kaw.kawaguchi_gradient_holds
    monkeypatch.setattr(kaw, "kawaguchi_gradient_holds", lambda dims, symbolic=False: not symbolic and real(dims))
    out = run_claim(kaw_claims.CLAIMS[0], quick=True)
    assert out.status == "refuted"
    assert out.certificate["dims"] == [list(kaw.SYMBOLIC_DATA_DIMS)] and out.certificate["holds"] is False
    assert out.certificate_ok is False  # the identity in fact holds: the separate checker says so
