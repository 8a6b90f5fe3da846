"""Every rejection branch of the classification, descent-curve and matrix-identity checkers, one false claim each.

Written against the survivors of mutation testing (README, "Mutation testing"): each test is a false or
malformed certificate that a checker with one flipped condition would accept.
"""

import json
from fractions import Fraction

import pytest

from proofs.checks.classify_cache import classify_problem
from proofs.papers.kawaguchi_2016.landscape import classified, part
from proofs.papers.nouiehed_razaviyayn_2018.landscape import lemma19_instances
from symbolic.checker.bundle import verify, verify_classification, verify_descent_curve
from symbolic.checker.matrix_identity import verify_matrix_identity
from symbolic.landscape.degenerate_descent import lemma19_direction
from symbolic.core.exact import matrix_to_strings, rational_matrix


def _copy(x):
    return json.loads(json.dumps(x))


# -- verify (dispatch) ------------------------------------------------------------------------------------------------

def test_verify_rejects_non_dicts_and_non_boolean_answers(monkeypatch):
    assert verify(["kind", "bundle"]) == (False, 'a certificate is a dict with a "kind"')
    assert verify(None)[0] is False
    from symbolic.checker import bundle
    monkeypatch.setitem(bundle.CHECKERS, "oracle", lambda cert: (None, "maybe"))
    with pytest.raises(TypeError, match="not a boolean"):
        verify({"kind": "oracle"})


# -- classification expectations --------------------------------------------------------------------------------------

def _global_min(dims=(2, 1, 2)):
    return next((p, r) for label, p, r, _ in classified(dims) if r["verdict"] == "global_min")


def _saddle(dims=(2, 1, 2)):
    return next((p, r) for label, p, r, _ in classified(dims) if r["verdict"] == "saddle" and r["strict"])


def test_classification_needs_problem_and_result():
    p, r = _global_min()
    assert verify_classification({"kind": "classification", "problem": p, "result": None})[0] is False
    assert verify_classification({"kind": "classification", "problem": None, "result": r})[0] is False
    assert verify_classification({"kind": "classification", "problem": p, "result": r})[0] is True


def test_indefinite_and_semidefinite_expectations_are_exact():
    p, r = _saddle()
    assert verify(part(p, r, indefinite=True))[0]
    assert not verify(part(p, r, indefinite=False))[0]
    assert not verify(part(p, r, semidefinite="psd"))[0] and not verify(part(p, r, semidefinite="either"))[0]
    gp, gr = _global_min()
    assert verify(part(gp, gr, indefinite=False))[0] and verify(part(gp, gr, semidefinite="psd"))[0]
    assert not verify(part(gp, gr, indefinite=True))[0] and not verify(part(gp, gr, semidefinite="nsd"))[0]
    assert not verify(part(gp, gr, semidefinite="definite"))[0]          # unknown kind of semidefiniteness
    # a result whose inertia has only one sign key present
    only = _copy(part(gp, gr, semidefinite="psd"))
    only["result"]["hessian_inertia"] = {"positive": gr["hessian_inertia"]["positive"]}
    assert not verify(only)[0]                                            # the verdict checker recomputes it


def test_middle_rank_and_grad_f_expectations_are_recomputed():
    p, r = next((p, r) for label, p, r, _ in classified((2, 2, 2, 2)) if label == "U_S U_S^T Y, S = [0, 1]")
    assert verify(part(p, r, middle_rank=2))[0] and not verify(part(p, r, middle_rank=1))[0]
    assert not verify(part(p, r, grad_f_nonzero=True))[0]          # a global minimum with X = I: grad f = 0?
    q = _copy(p)
    del q["X"]                                                      # X defaults to the identity
    assert verify(part(q, r, assumptions=None, grad_f_nonzero=False))[0] == verify(part(p, r, grad_f_nonzero=False))[0]


def test_grad_f_nonzero_at_a_narrow_global_minimum_and_for_quartic():
    narrow = {"dims": [2, 1, 2], "X": [["1", "0"], ["0", "1"]], "Y": [["1", "0"], ["0", "1"]],
              "weights": [[["1", "0"]], [["1"], ["0"]]]}
    r = classify_problem(narrow)
    assert r["verdict"] == "global_min"
    assert verify(part(narrow, r, assumptions=None, grad_f_nonzero=True))[0]
    assert not verify(part(narrow, r, assumptions=None, grad_f_nonzero=False))[0]
    no_x = {k: v for k, v in narrow.items() if k != "X"}
    r2 = classify_problem(no_x)
    assert r2["verdict"] == "global_min" and verify(part(no_x, r2, assumptions=None, grad_f_nonzero=True))[0]
    assert not verify(part(no_x, r2, assumptions=None, grad_f_nonzero=False))[0]
    quartic = {"dims": [1, 1, 1], "Y": [["2"]], "weights": [[["1"]], [["1"]]], "loss": "quartic"}
    rq = classify_problem(quartic)                    # E = -1: f'(E) = E^3 = -1, not E^2
    assert rq["verdict"] == "not_critical"
    exact = {"dims": [1, 1, 1], "Y": [["1"]], "weights": [[["1"]], [["1"]]], "loss": "quartic"}
    re_ = classify_problem(exact)
    assert verify(part(exact, re_, assumptions=None, grad_f_nonzero=False))[0]
    assert not verify(part(exact, re_, assumptions=None, grad_f_nonzero=True))[0]


def test_assumption_flags_are_recomputed():
    p, r = _global_min()
    assert verify(part(p, r))[0]                                      # Theorem 2.3's assumptions hold here
    bad = part(p, r, assumptions=None)
    bad["assumptions_fail"] = "kawaguchi_theorem_2_3"
    assert not verify(bad)[0]
    q = _copy(p)
    q["Y"] = [["1", "0"], ["0", "0"]]                                  # X Y^T singular
    assert not verify(part(q, classify_problem(q)))[0]


def test_strict_expectation_is_recomputed_for_large_problems():
    dims = [1] + [8] * 2 + [1]                                         # 80 parameters
    p = {"dims": dims, "Y": [["1"]], "weights": [[["0"]] * 8, [["0"] * 8] * 8, [["0"] * 8]]}
    r = classify_problem(p)
    assert verify(part(p, r, assumptions=None, strict=r["strict"]))[0]
    forged = dict(r, strict=not r["strict"])
    assert verify(part(p, forged, assumptions=None, strict=forged["strict"])) == \
        (False, "strict must say whether the Hessian has a negative eigenvalue")


# -- descent_curve ----------------------------------------------------------------------------------------------------

def _descent():
    name, problem = lemma19_instances(4)[-1]
    d = lemma19_direction([rational_matrix(W) for W in problem["weights"]], problem["X"], problem["Y"])
    curve = {"kind": "curve", "curve": [[matrix_to_strings(A) for A in d["direction"]]], "order": d["order"],
             "leading_coefficient": str(d["leading_coefficient"])}
    return {"kind": "descent_curve", "problem": problem, "curve": curve, "hypotheses": "nr_lemma19"}


def test_descent_curve_rejections():
    cert = _descent()
    assert verify_descent_curve(cert)[0]
    assert verify_descent_curve(dict(cert, hypotheses=None))[0]
    assert verify_descent_curve({"kind": "descent_curve", "problem": None})[0] is False
    assert verify_descent_curve({"kind": "descent_curve", "problem": {"dims": [1, 1]}})[0] is False
    assert verify_descent_curve(dict(cert, hypotheses="other_lemma"))[0] is False
    assert verify_descent_curve(dict(cert, curve={"kind": "curve"}))[0] is False
    bad = _copy(cert)
    bad["curve"]["leading_coefficient"] = str(-2 * int(bad["curve"]["leading_coefficient"].split("/")[0] or 1))
    assert verify_descent_curve(bad)[0] is False


def test_descent_curve_hypotheses_are_recomputed():
    # two layers: Lemma 19 needs h >= 3
    two = {"dims": [1, 1, 1], "Y": [["1"]], "weights": [[["0"]], [["0"]]]}
    c2 = {"kind": "descent_curve", "problem": two, "hypotheses": "nr_lemma19",
          "curve": {"kind": "curve", "curve": [[[["1"]], [["1"]]]], "order": 2, "leading_coefficient": "-1"}}
    assert verify_descent_curve(dict(c2, hypotheses=None))[0]
    assert verify_descent_curve(c2) == (False, "Lemma 19 needs h >= 3")
    # non-degenerate point (full-rank identity layers, scalar): not degenerate
    nd = {"dims": [1, 1, 1, 1], "Y": [["2"]], "weights": [[["1"]], [["1"]], [["1"]]]}
    cnd = {"kind": "descent_curve", "problem": nd, "hypotheses": "nr_lemma19",
           "curve": {"kind": "curve", "curve": [[[["1"]], [["1"]], [["1"]]]], "order": 1, "leading_coefficient": "-3"}}
    assert verify_descent_curve(dict(cnd, hypotheses=None))[0]
    assert verify_descent_curve(cnd) == (False, "the point is not degenerate")
    # degenerate, but a middle layer with trivial kernels (W2 = 1) or W_h injective
    mid = {"dims": [1, 1, 1, 1], "Y": [["2"]], "weights": [[["0"]], [["1"]], [["1"]]]}
    cm = {"kind": "descent_curve", "problem": mid, "hypotheses": "nr_lemma19",
          "curve": {"kind": "curve", "curve": [[[["1"]], [["0"]], [["0"]]]], "order": 1, "leading_coefficient": "-2"}}
    assert verify_descent_curve(dict(cm, hypotheses=None))[0]
    assert verify_descent_curve(cm) == (False, "N(W_2) or N(W_2^T) is trivial")
    top = {"dims": [2, 2, 2, 1], "Y": [["1", "1"]],
           "weights": [[["0", "0"], ["0", "0"]], [["1", "0"], ["0", "0"]], [["1", "0"]]]}
    ct = {"kind": "descent_curve", "problem": top, "hypotheses": "nr_lemma19",
          "curve": {"kind": "curve", "curve": [[[["1", "0"], ["0", "0"]], [["0", "0"], ["0", "0"]], [["0", "0"]]]],
                    "order": 2, "leading_coefficient": "1"}}
    assert verify_descent_curve(ct)[0] is False           # the curve is no descent anyway
    flat = {"dims": [2, 2, 2, 2], "Y": [["1", "1"], ["0", "1"]],
            "weights": [[["0", "0"], ["0", "0"]], [["1", "0"], ["0", "0"]], [["1", "0"], ["0", "1"]]]}
    W = lemma19_direction  # noqa: F841  (the library refuses this point too)
    cf = {"kind": "descent_curve", "problem": flat, "hypotheses": "nr_lemma19",
          "curve": {"kind": "curve", "curve": [[[["0", "0"], ["0", "0"]], [["0", "0"], ["0", "0"]],
                                                 [["0", "0"], ["0", "0"]]]], "order": 1, "leading_coefficient": "0"}}
    assert verify_descent_curve(cf)[0] is False


def test_descent_curve_hypotheses_last_layer_and_middle_checks():
    # W_h injective (2 x 1, rank 1): N(W_h) = 0 -> refused even with a genuine descent curve
    p = {"dims": [1, 1, 1, 2], "X": [["1"]], "Y": [["1"], ["1"]], "weights": [[["0"]], [["0"]], [["1"], ["0"]]]}
    curve = classify_problem(p)["certificate"]["descent"]
    assert verify_descent_curve({"kind": "descent_curve", "problem": p, "curve": curve})[0]
    assert verify_descent_curve({"kind": "descent_curve", "problem": p, "curve": curve, "hypotheses": "nr_lemma19"}) \
        == (False, "N(W_h) is trivial")
    # a 2 x 1 middle layer of rank 1: N(W_2) = 0 although N(W_2^T) != 0
    q = {"dims": [1, 1, 2, 1], "X": [["1"]], "Y": [["1"]], "weights": [[["0"]], [["1"], ["0"]], [["0", "0"]]]}
    cq = classify_problem(q)["certificate"]["descent"]
    assert verify_descent_curve({"kind": "descent_curve", "problem": q, "curve": cq})[0]
    assert verify_descent_curve({"kind": "descent_curve", "problem": q, "curve": cq, "hypotheses": "nr_lemma19"}) \
        == (False, "N(W_2) or N(W_2^T) is trivial")
    # a 1 x 2 middle layer: N(W_2) != 0 but N(W_2^T) = 0
    w = {"dims": [1, 2, 1, 1], "X": [["1"]], "Y": [["1"]], "weights": [[["0"], ["0"]], [["1", "0"]], [["0"]]]}
    cw = classify_problem(w)["certificate"]["descent"]
    assert verify_descent_curve({"kind": "descent_curve", "problem": w, "curve": cw, "hypotheses": "nr_lemma19"}) \
        == (False, "N(W_2) or N(W_2^T) is trivial")
# -- matrix_identity --------------------------------------------------------------------------------------------------

def _one(c="1"):
    return [[[[[], c]]]]


def _mi(**kw):
    cert = {"kind": "matrix_identity", "variables": [],
            "matrices": {"A": [[[[[], "1"]], [[[], "2"]]]], "B": [[[[[], "3"]]], [[[[], "4"]]]], "C": _one("11")},
            "equalities": [{"left": [{"coefficient": "1", "factors": ["A", "B"]}],
                            "right": [{"coefficient": "1", "factors": ["C"]}]}], "nonzero": ["C"]}
    cert.update(kw)
    return cert


def test_matrix_identity_rejections():
    assert verify_matrix_identity(_mi()) == (True, "1 equalities hold; 1 matrices nonzero")
    assert verify_matrix_identity(_mi(kind="other"))[0] is False
    ragged = _mi()
    ragged["matrices"]["A"] = [[[[[], "1"]], [[[], "2"]]], [[[[], "1"]]]]
    assert verify_matrix_identity(ragged)[0] is False
    ragged_unused = _mi(nonzero=["C", "R"])                                   # a ragged matrix used nowhere else
    ragged_unused["matrices"]["R"] = [[[[[], "1"]], [[[], "2"]]], [[[[], "1"]]]]
    assert verify_matrix_identity(ragged_unused) == (False, "a certificate matrix needs equal, non-empty rows")
    empty_row = _mi()
    empty_row["matrices"]["C"] = [[]]
    assert verify_matrix_identity(empty_row)[0] is False
    unknown = _mi(equalities=[{"left": [{"factors": ["A", "D"]}], "right": [{"factors": ["C"]}]}])
    assert verify_matrix_identity(unknown)[0] is False
    bad_tr = _mi(equalities=[{"left": [{"factors": ["A^X", "B"]}], "right": [{"factors": ["C"]}]}])
    assert verify_matrix_identity(bad_tr)[0] is False
    no_chain = _mi(equalities=[{"left": [{"factors": ["A", "A"]}], "right": [{"factors": ["C"]}]}])
    assert verify_matrix_identity(no_chain)[0] is False
    transposed = _mi(equalities=[{"left": [{"factors": ["B^T", "A^T"]}], "right": [{"factors": ["C"]}]}])
    assert verify_matrix_identity(transposed)[0] is True                      # (AB)^T = B^T A^T = 11
    outer = _mi(equalities=[{"left": [{"factors": ["A^T", "B^T"]}], "right": [{"factors": ["C"]}]}])
    assert verify_matrix_identity(outer)[0] is False                          # 2 x 2 against 1 x 1
    coeff = _mi(equalities=[{"left": [{"coefficient": "2", "factors": ["A", "B"]}], "right": [{"factors": ["C"]}]}])
    assert verify_matrix_identity(coeff)[0] is False
    default_coeff = _mi(equalities=[{"left": [{"factors": ["A", "B"]}], "right": [{"factors": ["C"]}]}])
    assert verify_matrix_identity(default_coeff)[0] is True
    mixed = _mi(equalities=[{"left": [{"factors": ["A", "B"]}, {"factors": ["A"]}], "right": [{"factors": ["C"]}]}])
    assert verify_matrix_identity(mixed)[0] is False
    empty_left = _mi(equalities=[{"left": [], "right": [{"factors": ["C"]}]}])
    assert verify_matrix_identity(empty_left)[0] is False
    zero_right = _mi(equalities=[{"left": [{"factors": ["A", "B"]}], "right": []}])
    assert verify_matrix_identity(zero_right)[0] is False                     # AB = 11, not 0
    sums = _mi(equalities=[{"left": [{"factors": ["A", "B"]}, {"coefficient": "-1", "factors": ["C"]}], "right": []}])
    assert verify_matrix_identity(sums)[0] is True
    assert verify_matrix_identity(_mi(nonzero=["D"]))[0] is False             # missing matrix
    zero = _mi(nonzero=["Z"])
    zero["matrices"]["Z"] = [[[]]]
    assert verify_matrix_identity(zero)[0] is False
    no_nonzero = _mi()
    del no_nonzero["nonzero"]
    assert verify_matrix_identity(no_nonzero)[0] is True


def test_matrix_identity_with_variables_sums_products_exactly():
    # (t, 1) (1, -t)^T = 0 with one variable; a product needs the zero of the right ring to start the sum
    cert = {"kind": "matrix_identity", "variables": ["t"],
            "matrices": {"A": [[[[[1], "1"]], [[[0], "1"]]]], "u": [[[[[0], "1"]]], [[[[1], "-1"]]]]},
            "equalities": [{"left": [{"factors": ["A", "u"]}], "right": []}], "nonzero": ["u"]}
    assert verify_matrix_identity(cert)[0]
    cert["matrices"]["u"] = [[[[[0], "1"]]], [[[[1], "1"]]]]
    assert not verify_matrix_identity(cert)[0]


# -- the Morse-Bott local argument (orbit tangents, ranks) --------------------------------------------------------------

def test_morse_bott_argument_is_recomputed_exactly():
    from symbolic.checker import verdicts

    problem = {"dims": [2, 2, 2], "Y": [["2", "0"], ["0", "1"]], "weights": [[["1", "0"], ["0", "1"]], [["2", "0"], ["0", "1"]]]}
    net = verdicts._Network(problem)
    good = {"kind": "morse_bott", "hessian_rank": 4, "orbit_dimension": 4, "nparams": 8}
    assert "Morse-Bott" in verdicts._check_local(net, good, 1)
    for bad in (dict(good, orbit_dimension=3), dict(good, orbit_dimension=5), dict(good, hessian_rank=3),
                dict(good, kind="positive_definite")):
        with pytest.raises(verdicts._Reject):
            verdicts._check_local(net, bad, 1)
    with pytest.raises(verdicts._Reject):                       # the same point is not a local maximum
        verdicts._check_local(net, good, -1)
    # at W1 = W2 = diag(1, 0) the tangents are dependent
    tangents = verdicts._orbit_tangents(net)
    assert len(tangents) == 4 and verdicts._rank(tangents) == 4
    thin = verdicts._Network({"dims": [2, 2, 2], "Y": [["1", "0"], ["0", "0"]],
                              "weights": [[["1", "0"], ["0", "0"]], [["1", "0"], ["0", "0"]]]})
    assert verdicts._rank(verdicts._orbit_tangents(thin)) == 3            # A -> (A e1, e1^T A): 4 - 1
    deep = verdicts._Network({"dims": [1, 2, 1, 1], "Y": [["2"]], "weights": [[["1"], ["1"]], [["1", "1"]], [["1"]]]})
    T = verdicts._orbit_tangents(deep)
    assert len(T) == 5 and verdicts._rank(T) == 4                         # kernel: b = 0, A = a (1, -1; -1, 1)
    assert verdicts._rank([[Fraction(0), Fraction(1)], [Fraction(0), Fraction(2)], [Fraction(1), Fraction(1)]]) == 2
    assert verdicts._rank([[Fraction(0), Fraction(0)]]) == 0 and verdicts._rank([]) == 0
