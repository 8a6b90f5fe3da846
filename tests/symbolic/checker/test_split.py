"""The split facts of a classification certificate (symbolic.checker.split), with tampering."""

import copy

from proofs.papers.zhang_2019.landscape import Setting, classified, split_part
from symbolic.checker.bundle import verify
from symbolic.checker.split import verify_split


def _saddle_and_min():
    points = classified(Setting((2, 1, 2, 2)))
    saddle = next(p for p in points if p[0].startswith("M2 = M3 = 0"))
    minimum = next(p for p in points if p[2]["verdict"] == "global_min")
    return saddle, minimum


def test_split_expectations_verify_and_tampering_fails():
    (_, sp, sr), (_, mp, mr) = _saddle_and_min()
    good = split_part(sp, sr, 1, verdict_in=["saddle"], split={"grad_A_zero": False, "grad_B_zero": True})
    assert verify(good)[0]
    lie = copy.deepcopy(good)
    lie["expect"]["split"]["grad_A_zero"] = True
    assert verify(lie) == (False, "at the split j = 1, grad_A_zero is False, not True")
    cert = split_part(mp, mr, 1, verdict_in=["global_min"], split={"zero_or_full_rank": True, "rank_A": 1})
    assert verify(cert)[0]
    moved = copy.deepcopy(cert)
    moved["problem"]["weights"][0][0][0] = "7"  # the point changes: the classification no longer verifies
    assert not verify(moved)[0]


def test_malformed_split_specs():
    (_, sp, _), _ = _saddle_and_min()
    assert verify_split(sp, {}) == (False, "a split expectation states the split j")
    assert not verify_split(sp, {"j": 3})[0]
    assert verify_split(sp, {"j": 1, "colour": "red"}) == (False, "unknown split facts ['colour']")
