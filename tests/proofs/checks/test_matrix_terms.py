"""The generic-matrix builder of ``matrix_identity`` certificates."""

import pytest

from proofs.checks.matrix_terms import IdentityBuilder
from symbolic.checker.bundle import verify


def test_cyclic_trace_holds_and_a_false_identity_fails():
    b = IdentityBuilder()
    b.generic("A", 2, 3)
    b.generic("B", 3, 2)
    b.equal(b.trace_of(["A", "B"], 2), b.trace_of(["B", "A"], 3))
    assert verify(b.certificate())[0]
    c = IdentityBuilder()
    c.generic("A", 2, 2)
    c.generic("B", 2, 2)
    c.derived("AB", [(1, ["A", "B"])])
    c.equal([(1, ["AB"])], [(1, ["B", "A"])])          # AB = BA is false for generic matrices
    assert not verify(c.certificate())[0]


def test_a_derived_matrix_is_tied_to_its_definition():
    b = IdentityBuilder()
    b.generic("A", 2, 2)
    b.derived("S", [(1, ["A"]), (1, ["A^T"])])
    cert = b.certificate()
    assert verify(cert)[0]
    cert["matrices"]["S"][0][1] = []                    # tamper with the derived entry
    assert not verify(cert)[0]


def test_unit_index_out_of_range_is_refused():
    with pytest.raises(ValueError, match="use 0 <= k < 2"):
        IdentityBuilder().unit("e", 2, 2)
