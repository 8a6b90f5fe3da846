"""Issue 18 items 2 and 4 in the classifier: an inertia the separate checker cannot afford is not stated (the
verdict stays, ``strict`` proved by an order-2 descent), and the safety deadline reaches the exact inertia of both
the search (:func:`symbolic.calculus.inertia.ldl`) and the checker."""

import pytest

from proofs.cli.classify import format_report
from symbolic.calculus.inertia import ldl
from symbolic.checker import verdicts
from symbolic.checker.verdicts import DEADLINE_REASON, verify
from symbolic.landscape import classify as classify_module
from symbolic.landscape.classify import classify_json
from symbolic.landscape.descent import deadline_clock
from symbolic.landscape.scale_cases import dense_strict_saddle, zero_tuple

_Y2 = [["1", "-1"], ["0", "2"]]
STRICT = {"dims": [2, 2, 2], "Y": _Y2, "weights": [[["0", "0"], ["0", "0"]]] * 2}


def test_an_unaffordable_inertia_is_not_stated_and_strict_is_proved_by_the_descent(monkeypatch):
    monkeypatch.setattr(verdicts, "MAX_INERTIA_WORK", 5)
    out = classify_json(STRICT)
    assert (out["verdict"], out["strict"], out["hessian_inertia"]) == ("saddle", True, None)
    assert out["evidence"]["certificate_ok"] is True and out["certificate"]["descent"]["order"] == 2
    assert out["evidence"]["hessian_inertia"].startswith("not stated")
    assert "Hessian inertia: not stated" in format_report(out)
    # what is stated is still checked: strict=False contradicts the order-2 descent without any inertia
    assert verify(STRICT, dict(out, strict=False)) == (False, "strict must say whether the Hessian has a "
                                                              "negative eigenvalue")


def test_a_non_strict_saddle_drops_strict_too_when_the_inertia_is_unaffordable(monkeypatch):
    monkeypatch.setattr(verdicts, "MAX_INERTIA_WORK", 5)
    cubic = {"polynomial": {"[2, 0]": "1", "[0, 3]": "1"}, "variables": ["x", "y"], "point": ["0", "0"]}
    out = classify_json(cubic)                             # x^2 + y^3: descent of order 3, Hessian PSD
    assert (out["verdict"], out["strict"], out["hessian_inertia"]) == ("saddle", None, None)
    assert out["evidence"]["certificate_ok"] is True and out["certificate"]["descent"]["order"] == 3
    assert "Hessian inertia: not stated" in format_report(out)
    assert classify_json(zero_tuple(1, 3))["strict"] is False   # a zero Hessian costs no work: still stated


def test_with_the_default_bound_the_inertia_is_stated_and_verified():
    out = classify_json(dense_strict_saddle(12, 8, 2))
    assert out["verdict"] == "saddle" and out["strict"] is True and out["evidence"]["certificate_ok"] is True
    assert out["hessian_inertia"] == {"positive": 120, "negative": 8, "zero": 64}
    assert "hessian_inertia" not in out["evidence"]


def test_the_checker_stops_at_the_callers_deadline():
    problem = dense_strict_saddle(8, 4, 3)
    out = classify_json(problem)
    assert verify(problem, out)[0]
    ok, reason = verify(problem, out, stop=lambda: True)
    assert not ok and reason.startswith(DEADLINE_REASON)
    assert verify(problem, dict(out, hessian_inertia=None), stop=lambda: True)[0]   # no inertia, nothing to stop


def test_a_deadline_in_the_checker_makes_the_answer_inconclusive_with_the_stage(monkeypatch):
    real = classify_module._finish

    def late(result, problem, start, deadline=None):      # the deadline passes just as the checker starts
        return real(result, problem, start, deadline_clock() - 1)
    monkeypatch.setattr(classify_module, "_finish", late)
    out = classify_json(dense_strict_saddle(8, 4, 3))
    assert out["verdict"] == "inconclusive" and out["evidence"]["stopped"].startswith(DEADLINE_REASON)
    assert out["evidence"]["rejected_verdict"] == "saddle"


def test_the_search_inertia_asks_the_deadline_at_every_pivot():
    calls = []
    ldl([[2, 1, 0], [1, 2, 1], [0, 1, -5]], lambda: calls.append(1))
    assert len(calls) == 3

    class Late(Exception):
        pass

    def tick():
        raise Late
    with pytest.raises(Late):
        ldl([[1, 0], [0, 1]], tick)


def test_the_deadline_stops_the_hessian_inertia_stage(monkeypatch):
    stages = []
    real = classify_module._deadline_check

    def spy(deadline, stage):
        stages.append(stage)
        if stage == "hessian inertia" and stages.count(stage) == 5:
            deadline = deadline_clock() - 1                # pretend the deadline passed at the fifth pivot
        real(deadline, stage)
    monkeypatch.setattr(classify_module, "_deadline_check", spy)
    out = classify_json(dense_strict_saddle(12, 8, 2))
    assert out["verdict"] == "inconclusive" and "hessian inertia" in out["evidence"]["stopped"]
    assert out["evidence"]["certificate_ok"] is True          # nothing stated that the checker could not verify


def test_a_deadline_in_the_checker_is_an_error_inside_the_ledger(monkeypatch):
    from symbolic.landscape.classify import deadline_is_error
    from symbolic.landscape.descent import SearchDeadline

    real = classify_module._finish

    def late(result, problem, start, deadline=None):
        return real(result, problem, start, deadline_clock() - 1)
    monkeypatch.setattr(classify_module, "_finish", late)
    with deadline_is_error(), pytest.raises(SearchDeadline, match="separate checker"):
        classify_json(dense_strict_saddle(8, 4, 3))
