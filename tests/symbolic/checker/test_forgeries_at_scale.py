"""Forged saddle certificates of dense two-layer networks are rejected at 192 and (slow) 1000 parameters.

One genuine classification per size (:func:`symbolic.landscape.scale_cases.dense_strict_saddle`), then one stated
fact is forged: the direction of the descent curve, the gradient, the stated leading value, the point itself, the
inertia, the ``strict`` flag.  The checker must name what is wrong.  The cheap facts (curves, gradient) are checked
before the exact inertia, so those rejections cost no elimination even at 1000 parameters.
"""

import copy

import pytest

from symbolic.checker import verify
from symbolic.landscape.classify import classify_json
from symbolic.landscape.scale_cases import dense_strict_saddle

SIZES = [pytest.param((12, 8, 2), id="192 params"),
         pytest.param((25, 20, 2), id="1000 params", marks=pytest.mark.slow)]


@pytest.fixture(scope="module")
def classified():
    cache = {}

    def get(args):
        if args not in cache:
            problem = dense_strict_saddle(*args)
            result = classify_json(problem, seconds=600)
            assert (result["verdict"], result["strict"], result["evidence"]["certificate_ok"]) == ("saddle", True, True)
            assert result["certificate"]["descent"]["order"] == 2 and result["hessian_inertia"] is not None
            cache[args] = (problem, result)
        return copy.deepcopy(cache[args])
    return get


def _first_nonzero(term):
    for k, W in enumerate(term):
        for i, row in enumerate(W):
            for j, v in enumerate(row):
                if v != "0":
                    return k, i, j
    raise AssertionError("a zero curve term")


@pytest.mark.parametrize("args", SIZES)
def test_a_forged_descent_direction_is_rejected(classified, args):
    problem, result = classified(args)
    descent = result["certificate"]["descent"]
    k, i, j = _first_nonzero(descent["curve"][0])
    descent["curve"][0][k][i][j] = "0"                   # one entry of the direction removed
    ok, reason = verify(problem, result)
    assert not ok and reason.startswith("descent: the t^2 coefficient is")
    result["certificate"]["ascent"], result["certificate"]["descent"] = (result["certificate"]["descent"],
                                                                         result["certificate"]["ascent"])
    ok, reason = verify(problem, result)                 # the ascent offered as a descent
    assert not ok and reason.startswith("descent:")


@pytest.mark.parametrize("args", SIZES)
def test_a_wrong_stated_value_is_rejected(classified, args):
    problem, result = classified(args)
    descent = result["certificate"]["descent"]
    true_value = descent["leading_coefficient"]
    descent["leading_coefficient"] = "-1/7" if true_value != "-1/7" else "-1/8"
    ok, reason = verify(problem, result)
    assert not ok and reason == f"descent: the t^2 coefficient is {true_value}, not the stated " \
                                f"{descent['leading_coefficient']}"
    descent["leading_coefficient"], descent["order"] = true_value, 3   # a wrong order: t^2 is not 0
    ok, reason = verify(problem, result)
    assert not ok and reason == f"descent: the t^2 coefficient is {true_value}, not 0"


@pytest.mark.parametrize("args", SIZES)
def test_a_forged_gradient_and_a_moved_point_are_rejected(classified, args):
    problem, result = classified(args)
    n = sum(problem["dims"][k] * problem["dims"][k - 1] for k in range(1, len(problem["dims"])))
    forged = {"verdict": "not_critical", "strict": None, "hessian_inertia": None,
              "certificate": {"kind": "gradient", "gradient": ["1"] + ["0"] * (n - 1)}}
    assert verify(problem, forged) == (False, "the stated gradient is wrong")
    moved = copy.deepcopy(problem)
    moved["weights"][0][0][0] += 1                        # the saddle's certificate at a point that is not critical
    assert verify(moved, result) == (False, "the point is not critical: a gradient entry is nonzero")


@pytest.mark.parametrize("args", SIZES)
def test_a_flipped_strict_flag_is_rejected_without_an_inertia(classified, args):
    problem, result = classified(args)
    unstated = dict(result, hessian_inertia=None)
    assert verify(problem, unstated)[0]                  # strict proved by the order-2 descent alone
    assert verify(problem, dict(unstated, strict=False)) == (False, "strict must say whether the Hessian has a "
                                                                    "negative eigenvalue")


@pytest.mark.parametrize("args", SIZES)
def test_a_wrong_inertia_is_rejected(classified, args):
    problem, result = classified(args)
    inertia = dict(result["hessian_inertia"])
    inertia["negative"] -= 1
    inertia["zero"] += 1
    assert verify(problem, dict(result, hessian_inertia=inertia)) == (False, "the stated Hessian inertia is wrong")
