"""The independent checker accepts the classifier's certificates and rejects tampered ones."""

import copy

from symbolic.checker import verify
from symbolic.classify import classify_json

PEANO = {"polynomial": {"[0, 2]": "1", "[2, 1]": "-3", "[4, 0]": "2"}, "variables": ["x", "y"], "point": ["0", "0"]}
THREE = {"dims": [1, 1, 1, 1], "Y": [[1]], "weights": [[["0"]], [["0"]], [["0"]]]}
GLOBAL = {"dims": [2, 1, 2], "Y": [[2, 0], [0, 1]], "weights": [[[1, 0]], [[2], [0]]]}


def _result(problem):
    out = classify_json(problem)
    assert verify(problem, out) == (True, out["evidence"]["checker"])
    return out


def test_accepts_peano_and_rejects_tampering():
    out = _result(PEANO)
    bad = copy.deepcopy(out)
    bad["certificate"]["descent"]["leading_coefficient"] = "-1/3"
    assert verify(PEANO, bad) == (False, "descent: the t^4 coefficient is -1/4, not the stated -1/3")
    bad = copy.deepcopy(out)
    bad["certificate"]["descent"]["order"] = 3
    assert not verify(PEANO, bad)[0]
    bad = copy.deepcopy(out)
    bad["certificate"]["descent"]["curve"] = [["1", "0"]]  # a straight line: the t^2.. coefficients are not right
    assert not verify(PEANO, bad)[0]


def test_wrong_sign_rejected():
    out = _result(THREE)
    bad = copy.deepcopy(out)
    bad["certificate"]["descent"] = copy.deepcopy(out["certificate"]["ascent"])
    ok, reason = verify(THREE, bad)
    assert not ok and "wrong sign" in reason


def test_global_value_with_non_psd_Z_rejected():
    out = _result(GLOBAL)
    cert = out["certificate"]
    assert cert["kind"] == "global_value"
    bad = copy.deepcopy(out)
    bad["certificate"]["Z"] = [["1", "0"], ["0", "-1"]]
    bad["certificate"]["z"] = "3"
    ok, reason = verify(GLOBAL, bad)
    assert not ok and reason == "Z is not PSD"
    bad = copy.deepcopy(out)
    bad["certificate"]["z"] = "1"  # then z I + Z - Sigma is not PSD
    assert not verify(GLOBAL, bad)[0]


def test_not_critical_and_false_claims():
    problem = {"dims": [1, 1, 1], "Y": [[1]], "weights": [[[1]], [[2]]]}
    out = _result(problem)
    assert out["verdict"] == "not_critical"
    bad = dict(out, certificate={"kind": "gradient", "gradient": ["0", "0"]})
    assert not verify(problem, bad)[0]
    # a saddle claimed at a non-critical point is rejected even with a valid-looking curve
    fake = {"verdict": "saddle", "certificate": {"descent": {}, "ascent": {}}}
    assert verify(problem, fake) == (False, "the point is not critical: a gradient entry is nonzero")


def test_local_min_claim_at_saddle_rejected():
    out = _result(THREE)
    claim = {"verdict": "local_min", "hessian_inertia": out["hessian_inertia"], "strict": False,
             "certificate": {"kind": "morse_bott", "hessian_rank": 0, "orbit_dimension": 0, "nparams": 3}}
    ok, reason = verify(THREE, claim)
    assert not ok and "rank H != nparams - dim orbit" in reason


def test_wrong_inertia_or_strict_rejected():
    out = _result(THREE)
    bad = dict(out, strict=True)
    assert not verify(THREE, bad)[0]
    bad = dict(out, hessian_inertia={"positive": 3, "negative": 0, "zero": 0})
    assert not verify(THREE, bad)[0]


def test_checker_gradient_closed_form_matches_t_coefficients():
    from symbolic.checker.verdicts import _Network, _unit
    for loss in ("squared", "quartic"):
        net = _Network({"dims": [2, 3, 1, 2], "X": [[1, 2, 0], [0, 1, -1]], "Y": [[1, 0, 2], [2, 1, 1]],
                        "weights": [[[1, -2], [0, 1], [2, 2]], [[1, 0, -1]], [[2], ["1/2"]]], "loss": loss})
        assert net.gradient() == [net.series([_unit(net.nparams, i)], 1)[1] for i in range(net.nparams)]


def test_quartic_zero_value_global_min():
    problem = {"dims": [2, 2, 2], "Y": [[2, 0], [0, 1]], "weights": [[[1, 0], [0, 1]], [[2, 0], [0, 1]]],
               "loss": "quartic"}
    out = _result(problem)
    assert out["verdict"] == "global_min" and out["certificate"]["method"] == "nonnegative_loss"
    bad = {"dims": [2, 2, 2], "Y": [[2, 0], [0, 2]], "weights": problem["weights"], "loss": "quartic"}
    assert not verify(bad, out)[0]


def test_local_min_without_not_global_is_rejected():
    from symbolic.checker.verdicts import verify as check
    from symbolic.classify import classify_polynomial
    import sympy
    x, y = sympy.symbols("x y")
    c = classify_polynomial(x**3 - 3 * x + y**2, [x, y], [1, 0])
    problem = {"polynomial": {"[3, 0]": "1", "[1, 0]": "-3", "[0, 2]": "1"}, "variables": ["x", "y"], "point": ["1", "0"]}
    result = c.to_json()
    assert check(problem, result)[0]
    bad = dict(result, certificate=dict(result["certificate"], not_global=None))
    assert not check(problem, bad)[0]
    bad = dict(result, certificate=dict(result["certificate"], not_global=dict(result["certificate"]["not_global"], value="-100")))
    assert not check(problem, bad)[0]
    higher = dict(result["certificate"]["not_global"], point=["2", "0"], value="2")
    assert not check(problem, dict(result, certificate=dict(result["certificate"], not_global=higher)))[0]
