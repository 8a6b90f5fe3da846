"""The piecewise checker's exact answers on small hand-made certificates without a substitution: an infeasible
region (each of its refusals, including the false infeasibility proofs 0 >= 0 and x - 1 >= 0), |.| terms with a
coefficient 2, (.)_+ terms with the indicator 0 and 1, every refusal with its exact text, a bad region after an
infeasible one, and the exact values of ``piecewise_value``."""

import json

import pytest

from proofs.papers.laurent_vonbrecht_2018.nonsmooth_witness import local_min_certificate
from symbolic.checker.piecewise import piecewise_value, verify_piecewise as V, verify_piecewise_value as VV

X = [[[1], "1"]]
MINUS_X = [[[1], "-1"]]


def _nonneg(constraints, target, terms=(), constant="0"):
    return {"kind": "nonnegativity", "variables": ["x"], "constraints": constraints, "target": target,
            "constant": constant, "terms": list(terms)}


def _lin(j, c="1"):
    return {"coefficient": c, "constraints": [j], "square": [[[0], "1"]]}


# F = -2 + 2|x| >= 0 on N = {x - 1 >= 0}, split by x: on x >= 0 the piece -2 + 2x = 2 (x - 1); x <= 0 is empty there
G = [[[0], "-1"], [[1], "1"]]
C_POS, C_NEG = [G, X], [G, MINUS_X]
ABS = {"kind": "piecewise_nonnegativity", "variables": ["x"], "constraints": [G], "base": [[[0], "-2"]],
       "abs_terms": [["2", X]], "plus_terms": [], "splits": [X],
       "regions": [
           {"pattern": [-1], "infeasible": _nonneg(C_NEG, [[[0], "-1"]], [_lin(0), _lin(1)])},
           {"pattern": [1], "abs_signs": [1], "plus_signs": [], "plus_certificates": [],
            "abs_certificates": [_nonneg(C_POS, X, [_lin(1)])],
            "certificate": _nonneg(C_POS, [[[0], "-2"], [[1], "2"]], [_lin(0, "2")])}]}

# F = -x + 2 (x)_+ >= 0 everywhere, split by x: the pieces x (indicator 1) and -x (indicator 0)
PLUS = {"kind": "piecewise_nonnegativity", "variables": ["x"], "constraints": [], "base": [[[1], "-1"]],
        "abs_terms": [], "plus_terms": [["2", X]], "splits": [X],
        "regions": [
            {"pattern": [1], "abs_signs": [], "abs_certificates": [], "plus_signs": [1],
             "plus_certificates": [_nonneg([X], X, [_lin(0)])], "certificate": _nonneg([X], X, [_lin(0)])},
            {"pattern": [-1], "abs_signs": [], "abs_certificates": [], "plus_signs": [0],
             "plus_certificates": [_nonneg([MINUS_X], MINUS_X, [_lin(0)])],
             "certificate": _nonneg([MINUS_X], MINUS_X, [_lin(0)])}]}


def _copy(cert):
    return json.loads(json.dumps(cert))


def test_hand_made_certificates_verify():
    assert V(ABS) == (True, "F >= 0 on N: 2 regions, every piece certified")
    assert V(PLUS) == (True, "F >= 0 on N: 2 regions, every piece certified")
    assert V(local_min_certificate()) == (True, "F >= 0 on N: 2 regions, every piece certified")


def test_kind_and_substitution():
    assert V(dict(ABS, kind="other")) == (False, "not a piecewise certificate (kind 'other')")
    cert = _copy(local_min_certificate())
    cert["substitution"].pop()
    assert V(cert) == (False, "the substitution needs one inner polynomial per outer variable")


def test_the_regions_are_exactly_the_sign_patterns():
    reason = "the regions must be exactly the 2 sign patterns of the splits"
    cert = _copy(ABS)
    cert["regions"].append(_copy(ABS["regions"][1]))          # (1,) twice: the set is right, the count is not
    assert V(cert) == (False, reason)
    cert = _copy(ABS)
    cert["regions"].pop()
    assert V(cert) == (False, reason)


def _infeasible(target, terms, constant="0"):
    cert = _copy(ABS)
    cert["regions"][0]["infeasible"] = _nonneg(C_NEG, target, terms, constant)
    return V(cert)


def test_an_infeasibility_certificate_must_prove_a_negative_constant():
    reason = "region (-1,): an infeasibility certificate proves a negative constant >= 0"
    assert _infeasible([], []) == (False, reason)                                   # 0 >= 0 holds everywhere
    assert _infeasible([[[0], "1/2"]], [], "1/2") == (False, reason)
    assert _infeasible(G, [_lin(0)]) == (False, reason)                             # x - 1 >= 0: a true identity
    assert _infeasible([[[1], "1"], [[0], "-2"]], [_lin(0)], "0") == (False, reason)
    # -2 = 1 + 3 (x - 1) + 3 (-x) is an identity too, but the constant must be 0
    assert _infeasible([[[0], "-2"]], [_lin(0, "3"), _lin(1, "3")], "1") == (False, reason)
    assert _infeasible([[[0], "-2"]], [_lin(0, "2"), _lin(1, "2")]) == (True, "F >= 0 on N: 2 regions, every piece "
                                                                             "certified")


def test_an_infeasibility_certificate_is_checked():
    assert _infeasible([[[0], "-1"]], [_lin(0)]) == (
        False, "region (-1,) (infeasible): the identity target = constant + sum of terms does not hold")
    cert = _copy(ABS)
    cert["regions"][0]["infeasible"]["constraints"] = C_POS
    assert V(cert) == (False, "region (-1,) (infeasible): the certificate's constraints are not the region's")


def test_a_bad_region_after_an_infeasible_one_is_checked():
    cert = _copy(ABS)
    cert["regions"][1]["certificate"]["target"] = [[[0], "-2"], [[1], "3"]]
    assert V(cert) == (False, "region (1,), the bound: the certificate proves a different polynomial")
    cert = _copy(ABS)
    cert["regions"][1]["certificate"]["terms"] = [_lin(0, "3")]
    assert V(cert) == (False, "region (1,), the bound: the identity target = constant + sum of terms does not hold")


def test_abs_signs_and_their_certificates():
    cert = _copy(ABS)
    cert["regions"][1]["abs_signs"] = [1, 1]
    assert V(cert) == (False, "region (1,): one sign per |.| term and one per (.)_+ term")
    cert = _copy(ABS)
    cert["regions"][1]["abs_signs"] = [2]
    assert V(cert) == (False, "region (1,): |.| sign 2 is not +1 or -1")
    cert = _copy(ABS)
    cert["regions"][1]["abs_certificates"][0]["target"] = [[[1], "2"]]
    assert V(cert) == (False, "region (1,), |l_0| sign: the certificate proves a different polynomial")
    cert = _copy(ABS)
    cert["regions"][1]["abs_certificates"][0]["terms"] = [_lin(1, "2")]
    assert V(cert) == (False, "region (1,), |l_0| sign: the identity target = constant + sum of terms does not hold")
    cert = _copy(ABS)
    cert["regions"][1]["abs_signs"] = [-1]      # |x| = -x on x >= 0 is false: its certificate proves x, not -x
    assert V(cert) == (False, "region (1,), |l_0| sign: the certificate proves a different polynomial")


def test_plus_indicators_and_their_certificates():
    cert = _copy(PLUS)
    cert["regions"][1]["plus_signs"] = [0, 0]
    assert V(cert) == (False, "region (-1,): one sign per |.| term and one per (.)_+ term")
    cert = _copy(PLUS)
    cert["regions"][1]["plus_signs"] = [-1]
    assert V(cert) == (False, "region (-1,): (.)_+ indicator -1 is not 1 or 0")
    cert = _copy(PLUS)
    cert["regions"][1]["plus_signs"] = [1]      # (x)_+ = x on x <= 0 is false: its certificate proves -x, not x
    assert V(cert) == (False, "region (-1,), (m_0)_+ sign: the certificate proves a different polynomial")
    cert = _copy(PLUS)
    cert["regions"][1]["plus_certificates"][0]["terms"] = [_lin(0, "2")]
    assert V(cert) == (False,
                       "region (-1,), (m_0)_+ sign: the identity target = constant + sum of terms does not hold")
    cert = _copy(PLUS)
    cert["regions"][0]["plus_certificates"][0]["constraints"] = [MINUS_X]
    assert V(cert) == (False, "region (1,), (m_0)_+ sign: the certificate's constraints are not the region's")


def test_piecewise_value_exact():
    f = {"variables": ["x"], "base": [[[0], "-1"]], "abs_terms": [["2", X]], "plus_terms": [["3", MINUS_X]]}
    assert piecewise_value(f, ["-3"]) == -1 + 6 + 9
    assert piecewise_value(f, ["3"]) == -1 + 6
    assert piecewise_value(f, ["1/2"]) == 0
    with pytest.raises(ValueError, match=r"^the point needs 1 coordinates; got 2$"):
        piecewise_value(f, ["1", "2"])
    cert = {"kind": "piecewise_value", "function": f, "point": ["-3"], "value": "14"}
    assert VV(cert) == (True, "value 14 recomputed")
    assert VV(dict(cert, value="13")) == (False, "the value at the point is 14, not 13")
    assert VV(dict(cert, kind="other")) == (False, "not a piecewise value certificate (kind 'other')")
