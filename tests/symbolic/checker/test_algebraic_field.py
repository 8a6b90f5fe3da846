"""Kill tests for the algebraic_eigen_point checker: every tampered certificate must fail, with its reason."""

import json
from fractions import Fraction

import pytest

import symbolic.checker.algebraic_field as af
from symbolic.algebraic.algebraic_eigen import algebraic_eigen_certificate, algebraic_eigen_points
from symbolic.checker.bundle import verify

I3 = [["1", "0", "0"], ["0", "1", "0"], ["0", "0", "1"]]
UPPER = [["1", "1", "1"], ["0", "1", "1"], ["0", "0", "1"]]


@pytest.fixture(scope="module")
def certs():
    pts = algebraic_eigen_points(I3, UPPER, digits=4)
    return [algebraic_eigen_certificate(I3, UPPER, p, global_min=p.root == 1) for p in pts]


def _tampered(cert, mutate):
    c = json.loads(json.dumps(cert))
    mutate(c)
    return verify(c)


def _times_x_minus_7(cert):
    """f -> f (x - 7) (squarefree, a fourth root 7) and A2 -> (x - 7) A2: every identity still holds mod the new f,
    but A2 vanishes at the root 7."""
    c = json.loads(json.dumps(cert))
    f = [Fraction(v) for v in c["f"]]
    c["f"] = [str(v) for v in [-7 * f[0]] + [f[i - 1] - 7 * f[i] for i in range(1, 4)] + [f[3]]]
    c["roots"] = [["6.9", "7.1"]] + c["roots"]
    c["root"] = 1

    def times(e):
        e = [Fraction(v) for v in e] + [Fraction(0)] * (4 - len(e))
        return [str(v) for v in [-7 * e[0]] + [e[i - 1] - 7 * e[i] for i in range(1, 4)]]
    c["A2"] = [[times(e) for e in row] for row in c["A2"]]
    c["A1"] = [[e + ["0"] for e in row] for row in c["A1"]]
    c.pop("spectrum"), c.pop("global_min")
    return c


def test_genuine_certificates(certs):
    for c in certs:
        ok, why = verify(c)
        assert ok, why
    assert "a global minimum" in verify(certs[0])[1] and "not a global minimum" in verify(certs[2])[1]


@pytest.mark.parametrize("mutate, words", [
    (lambda c: c["roots"].__setitem__(0, ["5.05", "5.06"]), "roots: f does not change sign on interval 1"),
    (lambda c: c["roots"].__setitem__(2, ["0.3", "0.6431"]), "roots: intervals 2 and 3 overlap"),
    (lambda c: c["roots"].pop(), "a root is missing"),
    (lambda c: c.__setitem__("f", ["1", "-3", "3", "-1"]), "must be squarefree"),
    (lambda c: c["f"].__setitem__(0, "-2"), "roots: f does not change sign"),               # wrong lambda's f
    (lambda c: c["A2"][1][0].__setitem__(0, "5"), "Sigma A2 != alpha A2"),                   # not an eigenvector
    (lambda c: c["A1"][0][0].__setitem__(0, "1"), "not critical"),
    (lambda c: c.__setitem__("Xp", [["1", "0", "0"], ["0", "1", "0"], ["0", "0", "2"]]), "Moore-Penrose"),
    (lambda c: c.__setitem__("A2", [[["0"]], [["0"]], [["0"]]]), "no entry of A2 is coprime to f"),
    (lambda c: c.__setitem__("A2", [c["A2"][0] + c["A2"][1]]), "A2 is a column"),
    (lambda c: c["A2"][0].__setitem__(0, ["1", "0", "0", "0"]), "1 to deg f = 3 rational coefficients"),
    (lambda c: c["A1"][0].__setitem__(0, ["1/7", 0.5]), "not exact"),
    (lambda c: c.__setitem__("root", 4), "root must be an integer from 1 to 3"),
    (lambda c: c.__setitem__("root", True), "root must be an integer"),
    (lambda c: c.__setitem__("root", 2), "not inside eigenvalue 1's"),                     # wrong lambda's place
    (lambda c: c["spectrum"].__setitem__("position", 2), "not inside eigenvalue 2's"),
    (lambda c: c["spectrum"].__setitem__("position", 0), "position must be an integer from 1 to 3"),
    (lambda c: c["spectrum"]["intervals"].pop(), "spectrum: f has 3 real roots but 2 intervals"),
    (lambda c: c["spectrum"].pop("intervals"), "malformed spectrum"),
    (lambda c: c.__setitem__("global_min", False), "global_min is False, but alpha is eigenvalue 1"),
    (lambda c: c.__setitem__("global_min", "yes"), "global_min must be a boolean"),
    (lambda c: c.pop("spectrum"), "global_min must be a boolean, with a spectrum"),
    (lambda c: c.pop("Xp"), "malformed certificate"),
])
def test_tampered_certificates_fail(certs, mutate, words):
    ok, why = _tampered(certs[0], mutate)
    assert not ok and words in why, why


def test_non_global_point_claimed_global(certs):
    ok, why = _tampered(certs[1], lambda c: c.__setitem__("global_min", True))
    assert not ok and "alpha is eigenvalue 2" in why


def test_a_non_positive_root_is_refused(certs):
    # f(-x): the roots change sign; the certificate's interval for root 1 would be negative
    ok, why = _tampered(certs[0], lambda c: (c.__setitem__("f", ["1", "5", "6", "1"]),
                                             c.__setitem__("roots", [["-0.30", "-0.31"][::-1], ["-0.65", "-0.64"],
                                                                     ["-5.05", "-5.04"]])))
    assert not ok and "not proven positive" in why, why


def test_reducible_f_where_a2_vanishes_at_the_root(certs):
    # without the coprimality test this would "prove" that 7 is an eigenvalue of Sigma
    c = _times_x_minus_7(certs[0])
    ok, why = verify(c)
    assert not ok and "no entry of A2 is coprime to f" in why, why
    at_cubic_root = dict(c, root=2)        # conservative: a common factor with f refuses every root, not only 7
    assert not verify(at_cubic_root)[0]


def test_wrong_loss_is_caught_even_if_criticality_were_skipped(certs, monkeypatch):
    monkeypatch.setattr(af._Field, "is_zero", staticmethod(lambda A: True))
    ok, why = _tampered(certs[0], lambda c: c["A1"][0].__setitem__(0, ["1"]))
    assert not ok and "Proposition 1's value fails" in why


def test_f_not_dividing_the_characteristic_polynomial(certs):
    F = Fraction
    f = [F(-1), F(5), F(-6), F(1)]
    other = [[F(2), F(0), F(0)], [F(0), F(1), F(0)], [F(0), F(0), F(3)]]   # eigenvalues 3, 2, 1
    cert = {"spectrum": {"intervals": [["2.9", "3.1"], ["1.9", "2.1"], ["0.9", "1.1"]], "position": 1}}
    assert af._spectrum(cert, other, f, (F(504, 100), F(505, 100))) == \
        "spectrum: f does not divide the characteristic polynomial of Sigma"


def test_wrong_kind():
    assert verify({"kind": "algebraic_eigen_point"})[0] is False
    assert af.verify_algebraic_eigen_point({"kind": "quadratic_eigen_point"})[0] is False


# -- kill tests from mutmut's survivors (README, "Mutation testing"): exact reasons, small hand-made certificates --

V = af.verify_algebraic_eigen_point
CUBIC = "critical on alpha = root 1 (largest first) of the 3 real roots of f (degree 3), alpha in [50489/10000, " \
        "5049/1000]; " \
        "Proposition 1 holds"


def _rational():
    """d0 = 1, d2 = 2: X = 1, Y = (1, 1)^T, Sigma = Y Y^T has the rational eigenvalue 2, f = 2x - 4 (degree 1)."""
    return {"kind": "algebraic_eigen_point", "f": ["-4", "2"], "roots": [["1", "3"]], "root": 1, "X": [["1"]],
            "Y": [["1"], ["1"]], "Xp": [["1"]], "A2": [[["1"]], [["1"]]], "A1": [[["1"]]]}


def _golden():
    """X = I2, Y = (1 1; 0 1): Sigma = (2 1; 1 1), f = x^2 - 3x + 1, alpha = (3 + sqrt 5)/2, u = (1, alpha - 2),
    A1 = u^T Y / (u^T u) = ((1 + alpha)/5, (3 alpha - 2)/5) (u^T u = 4 - alpha, its inverse (1 + alpha)/5)."""
    return {"kind": "algebraic_eigen_point", "f": ["1", "-3", "1"], "roots": [["2.61", "2.62"], ["0.38", "0.39"]],
            "root": 1, "X": [["1", "0"], ["0", "1"]], "Y": [["1", "1"], ["0", "1"]], "Xp": [["1", "0"], ["0", "1"]],
            "A2": [[["1"]], [["-2", "1"]]], "A1": [[["1/5", "1/5"], ["-2/5", "3/5"]]]}


def test_a_rational_eigenvalue_of_degree_one():
    assert V(_rational()) == (True, "critical on alpha = root 1 (largest first) of the 1 real roots of f (degree 1), "
                                    "alpha in [1, 3]; Proposition 1 holds")
    assert V(dict(_rational(), A1=[[["0"]]])) == (False, "the point is not critical")      # G2 = 0, G1 != 0


def test_a_quadratic_eigenvalue():
    assert V(_golden()) == (True, "critical on alpha = root 1 (largest first) of the 2 real roots of f (degree 2), "
                                  "alpha in [261/100, 131/50]; Proposition 1 holds")


def test_an_interval_starting_at_zero_is_not_positive(certs):
    c = json.loads(json.dumps(certs[2]))
    c["roots"][2] = ["0", "0.31"]
    c.pop("spectrum"), c.pop("global_min")
    assert V(c) == (False, "the eigenvalue is not proven positive: its interval [0, 31/100] does not lie in (0, oo)")


def test_a_one_inverse_that_is_not_moore_penrose():
    # X = [I3 | 0], Xp = [I3; r] with r != 0: X Xp X = X but Xp X is not symmetric
    c = json.loads(json.dumps({"kind": "algebraic_eigen_point", "f": ["-1", "5", "-6", "1"], "root": 1,
                               "roots": [["5.04", "5.05"], ["0.64", "0.65"], ["0.30", "0.31"]]}))
    c["X"] = [r + ["0"] for r in I3]
    c["Y"] = [r + ["0"] for r in UPPER]
    c["A2"] = [[["0", "1"]], [["-1", "1"]], [["2", "-5", "1"]]]
    c["A1"] = [[["1/7", "5/7", "-1/7"], ["-8/7", "17/7", "-3/7"], ["6/7", "-16/7", "3/7"]]]
    c["Xp"] = I3 + [["0", "0", "0"]]
    assert V(c)[0]
    c["Xp"] = I3 + [["1", "0", "0"]]
    assert V(c) == (False, "Xp is not the Moore-Penrose inverse of X")


def test_full_reasons_with_spectrum_and_global_min(certs):
    assert V(certs[0]) == (True, CUBIC + "; the eigenvalue 1 of 3 of Sigma (simple); a global minimum (d1 = 1)")
    assert V(certs[1])[1].endswith("; the eigenvalue 2 of 3 of Sigma (simple); not a global minimum "
                                   "(sigma_1 > alpha = sigma_2)")
    assert V(certs[1])[1].startswith("critical on alpha = root 2")


@pytest.mark.parametrize("mutate, reason", [
    (lambda c: c.__setitem__("kind", "other"), "not an algebraic_eigen_point certificate (kind 'other')"),
    (lambda c: c.__setitem__("roots", [["1"]]),
     "malformed certificate: roots must be a list of [a, b] pairs of rational strings"),
    (lambda c: c["spectrum"].__setitem__("intervals", [["1"]]),
     "malformed spectrum: spectrum intervals must be a list of [a, b] pairs of rational strings"),
    (lambda c: c["A1"][0].__setitem__(1, ["1", "0", "0", "0"]),
     "malformed certificate: A1[0][1]: an element of Q(alpha) is a list of 1 to deg f = 3 rational coefficients "
     "(index = power of alpha)"),
    (lambda c: c["A2"][2].__setitem__(0, []),
     "malformed certificate: A2[2][0]: an element of Q(alpha) is a list of 1 to deg f = 3 rational coefficients "
     "(index = power of alpha)"),
    (lambda c: c["A2"][1].append(["1"]), "malformed certificate: A2 has ragged rows"),
    (lambda c: c.__setitem__("A2", [c["A2"][0] + c["A2"][1]]), "one hidden unit: A2 is a column, A1 a row"),
    (lambda c: c.__setitem__("A2", [[["0"]], [["0"]], [["0"]]]),
     "A2 may vanish at alpha: no entry of A2 is coprime to f (A2 = 0 mod f, or f is reducible)"),
    (lambda c: c["A2"][1][0].__setitem__(0, "5"), "Sigma A2 != alpha A2"),
    (lambda c: c["A1"][0][0].__setitem__(0, "1"), "the point is not critical"),
    (lambda c: c["spectrum"].__setitem__("position", True), "spectrum: position must be an integer from 1 to 3; got True"),
    (lambda c: c["spectrum"]["intervals"].__setitem__(0, ["5.04891", "5.06"]),           # the root is 5.048917...
     "spectrum: alpha's interval [50489/10000, 5049/1000] is not inside eigenvalue 1's [504891/100000, 253/50]"),
    (lambda c: c.__setitem__("global_min", "yes"),
     "global_min must be a boolean, with a spectrum that places alpha among Sigma's eigenvalues"),
    (lambda c: c.__setitem__("global_min", False),
     "global_min is False, but alpha is eigenvalue 1 of Sigma: with one hidden unit the point is a global minimizer "
     "iff alpha is the largest"),
])
def test_exact_reasons(certs, mutate, reason):
    c = json.loads(json.dumps(certs[0]))
    mutate(c)
    assert V(c) == (False, reason)


def test_matrices_that_do_not_chain_raise():
    c = _golden()
    c["A2"] = [[["1"]], [["-2", "1"]], [["1"]]]
    with pytest.raises(ValueError) as err:
        V(c)
    assert str(err.value) == "matrices do not chain: 2x2 times 3x1"


def test_wrong_loss_reason_is_exact(certs, monkeypatch):
    monkeypatch.setattr(af._Field, "is_zero", staticmethod(lambda A: True))
    ok, why = _tampered(certs[0], lambda c: c["A1"][0].__setitem__(0, ["1"]))
    assert (ok, why) == (False, "Proposition 1's value fails: L != (tr YY^T - alpha)/2")
