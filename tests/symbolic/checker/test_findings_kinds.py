"""Rejections of the checker kinds zhou_liang_swap, polynomial_jet and deep_form_premises, one false claim each."""

import json

import pytest

from proofs.papers.zhou_liang_2018.findings import categories_witness, condition6_witness, scalar_example_certificate, swap_witness
from symbolic.checker.bundle import verify
from symbolic.checker.deep_forms import verify_deep_form_premises
from symbolic.checker.jets import verify_polynomial_jet
from symbolic.checker.zhou_liang import verify_swap_point


def _copy(x):
    return json.loads(json.dumps(x))


def _swap():
    swap, _ = swap_witness(printed=False)
    return swap


def test_swap_accepts_the_witness_and_its_kind_is_registered():
    assert verify_swap_point(_swap()) == (True, "the swap at eps = 3/4 changes L by -36/25")
    assert verify(_swap())[0]


@pytest.mark.parametrize("change, reason", [
    ({"difference": "-72/25"}, "L changes by -36/25, not -72/25"),
    ({"not_equal": ["-36/25"]}, "a value it is claimed to differ from"),
    ({"direction": ["1", "1"]}, "not an eigenvector"),
    ({"value_i": "1", "direction": ["0", "1"]}, "must exceed"),
    ({"scale": "1"}, "t^2 |v|^2"),
    ({"eps": "-3/4", "scale": "3/4"}, "eps, rho, t > 0"),
    ({"column": 1}, "column must be the index"),
    ({"column": True}, "column must be the index"),
    ({"direction": ["0", "0"]}, "nonzero vector"),
])
def test_swap_rejects(change, reason):
    ok, why = verify_swap_point(dict(_swap(), **change))
    assert not ok and reason in why


def test_swap_rejects_a_direction_inside_the_captured_columns():
    cert, _ = categories_witness()
    swap = next(p for p in cert["premises"].values() if p["kind"] == "zhou_liang_swap")
    assert verify_swap_point(swap)[0]
    ok, why = verify_swap_point(dict(swap, direction=["1", "0", "0"], value_i="9"))  # e1 is captured already
    assert not ok and "not orthogonal" in why


def test_swap_rejects_a_non_critical_or_unverified_form():
    cert = _copy(_swap())
    cert["form"]["A1"] = [["0", "2"]]  # A1 no longer given by (1)
    assert not verify_swap_point(cert)[0]
    cert = _copy(_swap())
    del cert["form"]["spectrum"]
    assert "spectrum" in verify_swap_point(cert)[1]
    assert verify_swap_point({"kind": "other"})[0] is False


def _jet():
    cert = scalar_example_certificate()
    return next(p for p in cert["premises"].values() if p["kind"] == "polynomial_jet")


@pytest.mark.parametrize("change, reason", [
    ({"value": [[[0, 0, 2], "1"]]}, "value"),
    ({"gradient": [[[[0, 0, 2], "1"]], []]}, "gradient entry 0"),
    ({"hessian": [[[], []], [[], []]]}, "Hessian entry (0, 0)"),
    ({"hessian": [[[]]]}, "one gradient entry"),
    ({"point": {"b": "0"}}, "unknown variable"),
    ({"point": {}}, "fix at least one"),
    ({"variables": ["a1", "a1", "x"]}, "once each"),
])
def test_jet_rejects(change, reason):
    ok, why = verify_polynomial_jet(dict(_jet(), **change))
    assert not ok and reason in why


def test_jet_all_fixed_has_no_free_variables():
    cert = dict(_jet(), point={"a1": "0", "a2": "1", "x": "2"}, gradient=[[], [], []],
                hessian=[[[[[0, 0, 0], "4"]], [], []], [[], [], []], [[], [], []]])
    assert verify_polynomial_jet(cert) == (True, "value, gradient and Hessian at a1 = 0, a2 = 1, x = 2 verified")


def test_deep_premises_reject_a_nonzero_l_a_broken_nesting_and_a_bad_form():
    cert, _ = condition6_witness()
    prem = next(iter(cert["premises"].values()))
    assert verify_deep_form_premises(prem)[0]
    bad = _copy(prem)
    bad["form"]["expect"] = "condition6_and_critical"
    assert verify_deep_form_premises(bad)[1].startswith("form:")
    assert verify_deep_form_premises({"kind": "deep_form_premises"})[0] is False
    assert verify_deep_form_premises({"kind": "other"})[0] is False
    # step 1 capturing the other eigenvector: col(A_(3,2)) = span(e1) is not inside span(e2)
    from proofs.papers.zhou_liang_2018.deep_forms import deep_form_certificate
    from symbolic.forms.deep_forms import deep_critical_point
    from symbolic.core.exact import rational_matrix
    D = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 0), (0, 1)],
                            C0s=[rational_matrix([[1, 1], [0, 1]]), None])
    ok, why = verify_deep_form_premises({"kind": "deep_form_premises", "zero_l": True,
                                         "form": deep_form_certificate(D, "critical")})
    assert not ok and ("not inside" in why or "rank" in why)
