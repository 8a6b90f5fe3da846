"""Zhou-Liang Section 4 findings: each refutation is rejected once its witness violates a premise, and each claim's
quick outcome has its finding with a certified refutation."""

import copy

import pytest

from proofs.ledger import registry as ledger
from symbolic.checker.bundle import verify

FINDINGS = {
    "relu_constant_two_of_example_empty_cone": ("extraction", ""),
    "cone_activation_eq_of_relu_form": ("misprint", "cone_activation_eq_ker_projection_of_relu_form"),
    "critical_of_relu_form_at_cone_boundary": ("error", ""),
    "local_min_of_relu_form_of_top_eigenvalue": ("error", ""),
}


@pytest.fixture(scope="module")
def outcomes():
    return {cid: ledger.run_claim(ledger.get(cid), quick=True) for cid in FINDINGS}


def _replace(value, key, old, new):
    """Every occurrence of ``key`` with value ``old`` set to ``new`` (at any depth), in place."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == key and v == old:
                value[k] = copy.deepcopy(new)
            else:
                _replace(v, key, old, new)
    elif isinstance(value, list):
        for v in value:
            _replace(v, key, old, new)


def _moved(cert, key, new):
    """The refutation with its witness's ``key`` moved to ``new`` in every part, consistently."""
    cert = copy.deepcopy(cert)
    _replace(cert, key, copy.deepcopy(cert["witness"][key]), new)
    assert cert["witness"][key] == new
    return cert


@pytest.mark.parametrize("cid", FINDINGS)
def test_finding_and_certificate(outcomes, cid):
    out = outcomes[cid]
    finding, corrected_by = FINDINGS[cid]
    assert out.status == "refuted" and out.finding == finding and out.corrected_by == corrected_by
    assert out.certificate["kind"] == "refutation" and out.certificate_ok is True
    assert out.scope_kind == "sampled"


def test_empty_cone_premises(outcomes):
    cert = outcomes["relu_constant_two_of_example_empty_cone"].certificate
    assert verify(cert)[0]
    ok, why = verify(_moved(cert, "A1", [["1", "-1"]]))          # sample 1 active: not in the empty cone
    assert not ok and why.startswith("premise") and "(A1 X)_{11}" in why
    ok, why = verify(_moved(cert, "X", [["1", "0"], ["0", "2"]]))   # not the printed data
    assert not ok and why.startswith("premise") and "X = I_2" in why
    lone = copy.deepcopy(cert)
    (part,) = lone["premises"].values()
    part["data"]["A1"] = [["-2", "-1"]]                            # the premise about another point
    ok, why = verify(lone)
    assert not ok and "another point" in why


def test_thirteen_premises(outcomes):
    cert = outcomes["cone_activation_eq_of_relu_form"].certificate
    assert verify(cert)[0]
    L1 = cert["witness"]["L1"]
    bumped = [[str(int(x.split("/")[0]) + 1) + ("/" + x.split("/")[1] if "/" in x else "") for x in row] for row in L1]
    ok, why = verify(_moved(cert, "L1", bumped))                  # no longer the point (10)
    assert not ok and why.startswith("premise") and "A1 is not given by (1)" in why
    ok, why = verify(_moved(cert, "J", [0, 1, 2]))                # the point is not in that cone
    assert not ok and why.startswith("premise")


def test_boundary_if_premises(outcomes):
    cert = outcomes["critical_of_relu_form_at_cone_boundary"].certificate
    assert verify(cert)[0]
    ok, why = verify(_moved(cert, "A1", [["-1", "1"]]))           # sample 1 leaves K_{1 x {1, 2, 3}}
    assert not ok and why.startswith("premise")
    ok, why = verify(_moved(cert, "Y", [["1", "2", "1"]]))         # another Sigma_J: A1 is not (15) for it
    assert not ok and why.startswith("premise")


def test_top_eigenvalue_premises(outcomes):
    cert = outcomes["local_min_of_relu_form_of_top_eigenvalue"].certificate
    assert verify(cert)[0]
    # y_2 = (1, 1): the kink coefficient <A2, y_2> = 1 != 0, and v is no longer (15) on sigma_1 for this Y
    ok, why = verify(_moved(cert, "Y", [["1", "1", "1"], ["2", "1", "-2"]]))
    assert not ok and why.startswith("premise")
    kink = copy.deepcopy(cert)
    part = kink["premises"]["a nonzero differentiable critical point of L_N"]
    moved = dict(part, Y=[["1", "1", "1"], ["2", "1", "-2"]], value="5")
    kink["premises"] = {"a nonzero differentiable critical point of L_N": moved}
    kink["witness"].pop("Y")
    ok, why = verify(kink)
    assert not ok and "kink coefficient" in why
    second = copy.deepcopy(cert)
    second["premises"]["(15) with (16)-(17) in K_{1 x {1, 2, 3}}, v on sigma_1(J) = 2"]["on_eigenvalue"] = 2
    ok, why = verify(second)                                      # v is on sigma_1 = 2, not on sigma_2 = 2/3
    assert not ok and "eigenvalue number 2" in why
