"""Forged certificates are rejected at every size: each stated field is recomputed, below and above 60 parameters.

Each case is a genuine classification (the classifier's, or written by hand and accepted), then one field is
changed; the separate checker must reject the forgery with the reason naming that field, for a small problem
(< 60 parameters) and a large one (~100-150 parameters).
"""

import copy

import pytest

from symbolic.checker import verify
from symbolic.checker.bundle import verify as verify_certificate
from symbolic.landscape.classify import classify_json

_Y = [[str((i * 3 + j) % 4 - 1) for j in range(6)] for i in range(6)]
_Y2 = [["1", "-1"], ["0", "2"]]


def _eye(r, c):
    return [[str(int(i == j)) for j in range(c)] for i in range(r)]


def _zeros(r, c):
    return [["0"] * c for _ in range(r)]


#: genuine network problems: (name, problem, verdict, strict); small ones < 60 parameters, large ones > 60
NETWORKS = {
    "strict saddle, 8 params": ({"dims": [2, 2, 2], "Y": _Y2, "weights": [_zeros(2, 2), _zeros(2, 2)]}, "saddle", True),
    "strict saddle, 120 params": ({"dims": [6, 10, 6], "Y": _Y, "weights": [_zeros(10, 6), _zeros(6, 10)]},
                                  "saddle", True),
    "non-strict saddle, 12 params": ({"dims": [2, 2, 2, 2], "Y": _Y2, "weights": [_zeros(2, 2)] * 3}, "saddle", False),
    "non-strict saddle, 108 params": ({"dims": [6, 6, 6, 6], "Y": _Y, "weights": [_zeros(6, 6)] * 3}, "saddle", False),
    "global min, 8 params": ({"dims": [2, 2, 2], "Y": _Y2, "weights": [_eye(2, 2), _Y2]}, "global_min", False),
    "global min, 120 params": ({"dims": [6, 10, 6], "Y": _Y,
                                "weights": [_eye(10, 6), [row + ["0"] * 4 for row in _Y]]}, "global_min", False),
}


@pytest.fixture(scope="module")
def classified():
    out = {}
    for name, (problem, verdict, strict) in NETWORKS.items():
        result = classify_json(problem)
        assert (result["verdict"], result["strict"], result["evidence"]["certificate_ok"]) == (verdict, strict, True)
        out[name] = (problem, result)
    return out


def _inertia(result):
    return dict(result["hessian_inertia"])


@pytest.mark.parametrize("name", list(NETWORKS))
def test_genuine_classifications_are_accepted(classified, name):
    problem, result = classified[name]
    assert verify(problem, result)[0]


@pytest.mark.parametrize("name", list(NETWORKS))
def test_a_flipped_strict_flag_is_rejected(classified, name):
    problem, result = classified[name]
    forged = dict(result, strict=not result["strict"])
    assert verify(problem, forged) == (False, "strict must say whether the Hessian has a negative eigenvalue")


@pytest.mark.parametrize("name", list(NETWORKS))
@pytest.mark.parametrize("field", ["positive", "negative", "zero"])
def test_a_shifted_inertia_count_is_rejected(classified, name, field):
    problem, result = classified[name]
    inertia = _inertia(result)
    other = "zero" if field != "zero" else "positive"
    if inertia[other] == 0:
        other = "negative" if field != "negative" else "positive"
    shift = 1 if inertia[other] > 0 else -1                       # keep the counts non-negative and the total right
    inertia[field] += shift
    inertia[other] -= shift
    forged = dict(result, hessian_inertia=inertia)
    assert verify(problem, forged) == (False, "the stated Hessian inertia is wrong")


@pytest.mark.parametrize("name", [n for n in NETWORKS if "strict saddle" in n and "non-strict" not in n])
def test_a_psd_inertia_claimed_on_an_indefinite_hessian_is_rejected(classified, name):
    problem, result = classified[name]
    inertia = _inertia(result)
    psd = {"positive": inertia["positive"] + inertia["negative"], "negative": 0, "zero": inertia["zero"]}
    forged = dict(result, strict=False, hessian_inertia=psd)
    assert verify(problem, forged) == (False, "the stated Hessian inertia is wrong")
    # and through a classification bundle's expectations (indefinite / semidefinite / strict)
    for expect in ({"semidefinite": "psd"}, {"indefinite": False}, {"strict": False}):
        cert = {"kind": "classification", "problem": problem, "result": forged, "expect": expect}
        assert verify_certificate(cert) == (False, "the stated Hessian inertia is wrong"), expect


@pytest.mark.parametrize("name", [n for n in NETWORKS if "strict saddle" in n and "non-strict" not in n])
def test_a_strict_saddle_marked_non_strict_is_rejected(classified, name):
    problem, result = classified[name]
    forged = dict(result, strict=False, hessian_inertia=None)   # not even an inertia to contradict
    assert verify(problem, forged) == (False, "strict must say whether the Hessian has a negative eigenvalue")
    cert = {"kind": "classification", "problem": problem, "result": forged, "expect": {"strict": False}}
    assert not verify_certificate(cert)[0]


@pytest.mark.parametrize("name", list(NETWORKS))
def test_a_forged_verdict_is_rejected(classified, name):
    problem, result = classified[name]
    for verdict in ("local_min", "local_max", "global_min", "saddle", "not_critical"):
        if verdict == result["verdict"]:
            continue
        assert not verify(problem, dict(result, verdict=verdict))[0], verdict


@pytest.mark.parametrize("name", list(NETWORKS))
def test_stated_facts_of_inconclusive_results_are_recomputed(classified, name):
    problem, result = classified[name]
    honest = dict(result, verdict="inconclusive", certificate=None)
    assert verify(problem, honest)[0]
    forged = dict(honest, strict=not result["strict"])
    assert not verify(problem, forged)[0]
    inertia = _inertia(result)
    inertia["zero"] += 1
    inertia["positive" if inertia["positive"] else "negative"] -= 1
    assert verify(problem, dict(honest, hessian_inertia=inertia)) == (False, "the stated Hessian inertia is wrong")


# -- local minima (not global), written by hand: F = sum x_i^2 - x_0^3 at 0, lower at x_0 = 2 --------------------

def _cubic_bowl(n):
    def mono(i, e):
        return str([e if j == i else 0 for j in range(n)])
    poly = {mono(i, 2): "1" for i in range(n)}
    poly[mono(0, 3)] = "-1"
    problem = {"polynomial": poly, "variables": [f"x{i}" for i in range(n)], "point": ["0"] * n}
    lower = {"kind": "lower_point", "point": ["2"] + ["0"] * (n - 1), "value": "-4"}
    result = {"verdict": "local_min", "strict": False, "hessian_inertia": {"positive": n, "negative": 0, "zero": 0},
              "certificate": {"kind": "positive_definite", "hessian_rank": n, "nparams": n, "not_global": lower}}
    return problem, result


@pytest.mark.parametrize("n", [5, 59, 61, 110])
def test_local_min_inertia_forgeries_are_rejected(n):
    problem, result = _cubic_bowl(n)
    assert verify(problem, result) == (True, "Hessian positive definite; not global: a point with a smaller value "
                                             "verified")
    for wrong in ({"positive": n - 1, "negative": 0, "zero": 1}, {"positive": n - 1, "negative": 1, "zero": 0},
                  {"positive": n + 1, "negative": 0, "zero": 0}):
        assert verify(problem, dict(result, hessian_inertia=wrong)) == (False, "the stated Hessian inertia is wrong")
    assert verify(problem, dict(result, strict=True)) == \
        (False, "strict must say whether the Hessian has a negative eigenvalue")
    forged = copy.deepcopy(result)
    forged["certificate"]["hessian_rank"] = n - 1
    assert verify(problem, forged) == (False, "the stated Hessian rank is wrong")
    # the stated local-min inertia of a saddle: x0^2 - x1^2 + ... is indefinite
    saddle = copy.deepcopy(problem)
    saddle["polynomial"][str([0, 2] + [0] * (n - 2))] = "-1"
    assert verify(saddle, result) == (False, "the stated Hessian inertia is wrong")
    assert verify(saddle, dict(result, hessian_inertia=None, strict=None)) == (False, "the Hessian is not PSD")


def test_the_work_bound_withholds_the_verdict(monkeypatch):
    """Above the inertia work bound the verdict is rejected with a reason saying so, never passed unverified."""
    from symbolic.checker import verdicts
    problem, result = _cubic_bowl(70)
    assert verify(problem, result)[0]
    monkeypatch.setattr(verdicts, "MAX_INERTIA_WORK", 10)
    ok, reason = verify(problem, result)
    assert not ok and "the verdict is withheld, not verified" in reason and "70 x 70" in reason
    ok, reason = verify(problem, {"verdict": "inconclusive", "strict": False})
    assert not ok and "withheld" in reason


def test_a_hessian_past_the_size_bound_withholds_the_verdict():
    from symbolic.checker.verdicts import MAX_HESSIAN_PARAMS
    n = MAX_HESSIAN_PARAMS + 1
    problem = {"polynomial": {str([2] + [0] * (n - 1)): "1"}, "variables": [f"x{i}" for i in range(n)],
               "point": ["0"] * n}
    ok, reason = verify(problem, {"verdict": "inconclusive", "strict": False})
    assert not ok and reason.startswith(f"the Hessian has {n} parameters") and "withheld" in reason
    assert verify(problem, {"verdict": "inconclusive"}) == (True, "inconclusive: no certificate to verify")
