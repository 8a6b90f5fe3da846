"""The subdifferential checker: a box re-verified both ways, a vector outside it, and every rejection."""

import copy

import pytest

from proofs.papers.laurent_vonbrecht_2018.subdifferential import (printed_set_refutation,
                                                                  subdifferential_box_certificate)
from symbolic.checker.bundle import verify
from symbolic.checker.subdifferential import box_corners, subgradient_gap_function, verify_not_subgradient

ABS = {"variables": ["x"], "base": [], "abs_terms": [["1", [[[1], "1"]]]], "plus_terms": []}


def test_derived_box_verifies():
    ok, why = verify(subdifferential_box_certificate())
    assert ok, why


@pytest.mark.parametrize("box", [[["-1", "1"], ["0", "0"]], [["-1", "1"], ["-2", "-1"]], [["0", "1"], ["-1", "-1"]]])
def test_a_wrong_box_is_rejected(box):
    cert = subdifferential_box_certificate()
    cert["box"] = box
    assert not verify(cert)[0]


def test_corner_certificates_must_speak_of_the_gap_function():
    cert = copy.deepcopy(subdifferential_box_certificate())
    cert["corners"][0]["base"] = [[[0, 0], "5"]]
    assert not verify(cert)[0]
    cert = copy.deepcopy(subdifferential_box_certificate())
    cert["corners"] = cert["corners"][:1]
    assert "one piecewise certificate per corner" in verify(cert)[1]
    cert = copy.deepcopy(subdifferential_box_certificate())
    cert["steps"][0][0] = "0"
    assert "positive" in verify(cert)[1]


def test_not_subgradient_needs_a_negative_gap():
    good = {"kind": "not_subgradient", "function": ABS, "point": ["0"], "g": [["2"]], "z": ["1"], "gap": "-1"}
    assert verify_not_subgradient(good)[0]
    assert not verify_not_subgradient(dict(good, g=[["1"]], gap="0"))[0]     # 1 is a subgradient of |x| at 0
    assert not verify_not_subgradient(dict(good, gap="-2"))[0]               # a stated gap is recomputed
    assert not verify_not_subgradient(dict(good, g=[["2", "0"]]))[0]         # shape


def test_printed_set_refutation_and_its_premise():
    cert = printed_set_refutation()
    assert verify(cert)[0]
    bad = copy.deepcopy(cert)   # a vector outside the printed set: the premise fails
    for part in (*bad["premises"].values(), *bad["negation"].values()):
        (part["data"] if "data" in part else part)["g"] = [["0", "-1"]]
    bad["witness"]["g"] = [["0", "-1"]]
    assert not verify(bad)[0]


def test_helpers():
    assert [[str(v) for v in c] for c in box_corners([["0", "1"], ["2", "3"]])] == [["0", "2"], ["0", "3"], ["1", "2"],
                                                                                   ["1", "3"]]
    with pytest.raises(ValueError, match="lo <= hi"):
        box_corners([["1", "0"]])
    assert subgradient_gap_function(ABS, ["1"], ["1"])["base"] == [[[1], "-1"]]
