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
