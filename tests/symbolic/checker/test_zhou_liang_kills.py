"""Zhou-Liang checkers' exact answers: a forged spectrum (0 listed twice) that made a non-optimal pattern "optimal",
each refusal of ``shallow_analytical_form`` and ``rational_curve_loss`` with its reason, a form without columns, the
case split of :func:`categories` against hand computations, and the sign rule of a small positive sign."""

import pytest

from symbolic.checker.zhou_liang import categories, verify_deep_pattern_value, verify_rational_curve_loss, \
    verify_shallow_form

I2 = [["1", "0"], ["0", "1"]]
I3 = [["1", "0", "0"], ["0", "1", "0"], ["0", "0", "1"]]
ORDER = "the spectrum lists distinct positive eigenvalues in decreasing order, then 0"

# Sigma = diag(4, 1), the column e2 (value 1): a critical point of rank 1 (the module's doctest)
DOC = {"kind": "shallow_analytical_form", "X": I2, "Y": [["2", "0"], ["0", "1"]], "Xp": I2, "A2p": [["0", "1"]],
       "columns": [["0", "1"]], "column_values": ["1"], "C0": [["1"]], "L1": [["0", "0"]], "A1": [["0", "1"]],
       "A2": [["0"], ["1"]], "critical": True, "condition3": True}
# no columns, d1 = 1: A2 = 0, A1 = L1; condition (3) reads Y X^T L1^T C0^T diag(1) = (1, 0)^T != 0, not critical
EMPTY = {"kind": "shallow_analytical_form", "X": I2, "Y": [["1", "0"], ["0", "0"]], "Xp": I2, "A2p": [["0", "0"]],
         "columns": [], "column_values": [], "C0": [["1"]], "L1": [["1", "0"]], "A1": [["1", "0"]],
         "A2": [["0"], ["0"]], "critical": False, "condition3": False}
# Sigma = diag(4, 1, 0), the column e2 (value 1), d1 = 2: pattern (0, 1, 0), a non-optimal critical point
THREE = {"kind": "shallow_analytical_form", "X": I3, "Y": [["2", "0", "0"], ["0", "1", "0"], ["0", "0", "0"]],
         "Xp": I3, "A2p": [["0", "1", "0"], ["0", "0", "0"]], "columns": [["0", "1", "0"]], "column_values": ["1"],
         "C0": I2, "L1": [["0", "0", "0"], ["0", "0", "0"]], "A1": [["0", "1", "0"], ["0", "0", "0"]],
         "A2": [["0", "0"], ["1", "0"], ["0", "0"]], "critical": True, "condition3": True,
         "spectrum": [["4", 1], ["1", 1], ["0", 1]]}
NON_OPTIMAL = {"case1": False, "case2": False, "non_optimal": True, "optimal": False}
FORGED_OPTIMAL = {"case1": False, "case2": False, "non_optimal": False, "optimal": True}


def test_a_spectrum_listing_zero_twice_is_rejected():
    # soundness: [1, 0, 0] with multiplicities (1, 1, 1) passed every check (each listed value has its multiplicity,
    # they sum to d2) while dropping the eigenvalue 4; the pattern became (1, 0, 0) and the categories "optimal"
    assert verify_shallow_form(dict(THREE, categories=NON_OPTIMAL)) == \
        (True, "analytical form verified (critical, rank 1)")
    forged = dict(THREE, spectrum=[["1", 1], ["0", 1], ["0", 1]], categories=FORGED_OPTIMAL)
    assert verify_shallow_form(forged) == (False, ORDER)
    assert verify_shallow_form(dict(THREE, spectrum=[["4", 1], ["4", 1], ["0", 1]])) == (False, ORDER)
    deep = {"kind": "deep_pattern_value", "X": I3, "Y": THREE["Y"], "Xp": I3,
            "weights": [[["0", "1", "0"], ["0", "0", "0"]], [["1", "0"], ["0", "0"]], THREE["A2"]],
            "columns": [["0", "1", "0"]], "column_values": ["1"], "spectrum": THREE["spectrum"]}
    assert verify_deep_pattern_value(dict(deep, categories=NON_OPTIMAL)) == \
        (True, "critical; pattern [0, 1, 0]; Proposition 4 holds")
    assert verify_deep_pattern_value(dict(deep, spectrum=forged["spectrum"], categories=FORGED_OPTIMAL)) == \
        (False, ORDER)


def _without(cert, key):
    return {k: v for k, v in cert.items() if k != key}


@pytest.mark.parametrize("cert, answer", [
    (DOC, (True, "analytical form verified (critical, rank 1)")),
    (dict(DOC, kind="x"), (False, "not a shallow_analytical_form certificate (kind 'x')")),
    (_without(DOC, "X"), (False, "malformed certificate: 'X'")),
    (dict(DOC, column_values=["1", "4"]), (False, "one eigenvalue per column, columns of length d2")),
    (dict(DOC, Xp=[["1", "0"], ["0", "2"]]), (False, "Xp is not the Moore-Penrose inverse of X")),
    (dict(DOC, A2p=[["0", "2"]]), (False, "A2p is not the Moore-Penrose inverse of A2")),
    (dict(DOC, columns=[["0", "0"]]), (False, "a zero column")),
    (dict(DOC, C0=[["0"]]), (False, "C0 is not invertible (or more columns than d1)")),
    (dict(DOC, A2=[["0"], ["2"]], A2p=[["0", "1/2"]]), (False, "A2 != [W, 0] C0")),
    (dict(DOC, A1=[["0", "2"]]), (False, "A1 is not given by (1)")),
    (dict(DOC, condition3=False), (False, "condition (3) holds: True, claimed False")),
    (dict(DOC, critical=False), (False, "critical: True, claimed False")),
    (dict(DOC, spectrum=[["1"]]), (False, "malformed spectrum: not enough values to unpack (expected 2, got 1)")),
    (dict(DOC, spectrum=[["1", 1], ["4", 1]]), (False, ORDER)),
    (dict(DOC, spectrum=[["4", 1]]), (False, "the spectrum does not list every eigenvalue")),
    (dict(DOC, spectrum=[["4", 1], ["1", 1]], categories=NON_OPTIMAL),
     (True, "analytical form verified (critical, rank 1)")),
    (dict(DOC, spectrum=[["4", 1], ["1", 1]], categories={}),
     (False, "the pattern [0, 1] has categories {'case1': False, 'case2': False, 'non_optimal': True, "
             "'optimal': False}, not {}")),
    (EMPTY, (True, "analytical form verified (not critical, condition (3) fails)")),
    (dict(EMPTY, condition3=True), (False, "condition (3) holds: False, claimed True")),
    (dict(EMPTY, spectrum=[["1", 1], ["0", 1]]), (True, "analytical form verified (not critical, condition (3) fails)")),
    (dict(EMPTY, spectrum=[["0", 1], ["1", 1]]), (False, ORDER)),
    # two eigenvectors of Sigma = I for the value 1, not orthogonal
    ({"kind": "shallow_analytical_form", "X": I2, "Y": I2, "Xp": I2, "A2p": I2, "columns": [["1", "0"], ["1", "1"]],
      "column_values": ["1", "1"], "C0": I2, "L1": [["0", "0"], ["0", "0"]], "A1": I2, "A2": I2, "critical": True,
      "condition3": True}, (False, "the columns are not mutually orthogonal")),
])
def test_shallow_form_answers(cert, answer):
    assert verify_shallow_form(cert) == answer


@pytest.mark.parametrize("args, answer", [
    # p = (1), m = (1) after the zero's entry is dropped; rank 1 < cap 3 = min(d1, d2) > sum(m)
    (((1, 0), (1, 2), True, 3, 3), {"case1": False, "case2": True, "non_optimal": False, "optimal": True}),
    # prefix k = 2: p_1 = m_1 = 1, p_2 = rank - m_1 = 1 <= m_2 = 2; rank 2 = cap
    (((1, 1), (1, 2), False, 2, 3), {"case1": True, "case2": False, "non_optimal": False, "optimal": False}),
    # no prefix: p_1 = 0 != m_1 (and != rank); p_1 < m_1 with p_2 > 0
    (((0, 1, 1), (1, 1, 1), False, 5, 5), {"case1": False, "case2": False, "non_optimal": True, "optimal": False}),
    # a column of value 0: rank = 2 counts it, p = (0, 1), no prefix
    (((0, 1, 1), (1, 1, 1), True, 2, 3), {"case1": False, "case2": False, "non_optimal": True, "optimal": False}),
    # p = m = (1, 1), cap = sum(m) = rank = 2: case 1 by k = 2 with p_2 = m_2 (equality in <=)
    (((1, 1), (1, 1), False, 2, 2), {"case1": True, "case2": False, "non_optimal": False, "optimal": False}),
    # cap = sum(m) = rank = 3 (equality in cap <= sum(m))
    (((1, 2), (1, 2), False, 3, 3), {"case1": True, "case2": False, "non_optimal": False, "optimal": False}),
    # only k = 1: p_1 = rank = 2 <= m_1 = 3, p_1 != m_1
    (((2, 0), (3, 1), False, 2, 4), {"case1": True, "case2": False, "non_optimal": False, "optimal": False}),
    (((1, 0), (2, 1), False, 3, 3), {"case1": False, "case2": False, "non_optimal": False, "optimal": True}),
    (((1, 0, 0), (1, 1, 1), False, 3, 3), {"case1": False, "case2": False, "non_optimal": False, "optimal": True}),
    # p = m = (1) and one column of value 0: rank 2, no prefix; cap 3 > sum(m) = 1 and p = m: case 2
    (((1, 1), (1, 1), True, 3, 3), {"case1": False, "case2": True, "non_optimal": False, "optimal": False}),
    # cap 3 > sum(m) = 2 but p != m
    (((1, 0), (1, 1), False, 3, 3), {"case1": False, "case2": False, "non_optimal": False, "optimal": True}),
])
def test_categories_by_hand(args, answer):
    assert categories(*args) == answer


# a rational rotation on W1 = e1, W2 = (1, 0), X = Y = 1: L(eps) - L(0) = 2 eps^4 / (1 + eps^2)^2
ROT = {"kind": "rational_curve_loss", "X": [["1"]], "Y": [["1"]], "point": [[["1"], ["0"]], [["1", "0"]]],
       "numerators": [[[["1", "0", "-1"]], [["0", "2"]]], [[["1"], []]]], "denominators": [["1", "0", "1"], ["1"]],
       "difference": {"numerator": ["0", "0", "0", "0", "2"], "denominator": ["1", "0", "2", "0", "1"]},
       "direction": "increase"}
# the constant curve at (0, 0) of (a2 a1 - 1)^2 / 2
CONST = {"kind": "rational_curve_loss", "X": [["1"]], "Y": [["1"]], "point": [[["0"]], [["0"]]],
         "numerators": [[[["0"]]], [[["0"]]]], "denominators": [["1"], ["1"]],
         "difference": {"numerator": ["0"], "denominator": ["1"]}, "direction": "decrease"}
INCREASE = (True, "loss identity holds; increase of order eps^4")


def _diff(num, den):
    return {"numerator": num, "denominator": den}


@pytest.mark.parametrize("cert, answer", [
    (ROT, INCREASE),
    (dict(ROT, difference=_diff(["0", "0", "0", "0", "2"], ["0", "1"])), (False, "S(0) must be nonzero")),
    (dict(ROT, difference=_diff(["0", "0", "0", "0", "2"], [])), (False, "S(0) must be nonzero")),
    (dict(ROT, not_equal=[_diff(["1"], ["0"])]), (False, "a zero denominator in not_equal")),
    (dict(ROT, not_equal=[_diff(["0", "0", "0", "0", "4"], ["2", "0", "4", "0", "2"])]),
     (False, "R/S equals a rational function it is claimed to differ from")),
    (dict(ROT, not_equal=[_diff(["0", "0", "0", "0", "4"], ["1", "0", "4", "0", "2"])]), INCREASE),
    (dict(ROT, difference=_diff(["0", "0", "0", "0", "3"], ["1", "0", "2", "0", "1"])),
     (False, "L(eps) - L(0) != R/S")),
    (CONST, (False, "R is zero: the loss does not change along the curve")),
    (dict(ROT, direction="up"), (False, "direction must be decrease or increase")),
    # R/S scaled so that the sign low(R) S(0) = 1/8 lies in (0, 1); and both negated
    (dict(ROT, difference=_diff(["0", "0", "0", "0", "1/2"], ["1/4", "0", "1/2", "0", "1/4"])), INCREASE),
    (dict(ROT, difference=_diff(["0", "0", "0", "0", "-2"], ["-1", "0", "-2", "0", "-1"])), INCREASE),
    (dict(ROT, difference=_diff(["0", "0", "0", "0", "1/2"], ["1/4", "0", "1/2", "0", "1/4"]), direction="decrease"),
     (False, "the loss does not decrease for small eps > 0")),
])
def test_rational_curve_loss_answers(cert, answer):
    assert verify_rational_curve_loss(cert) == answer


def test_deep_pattern_without_a_zero_eigenvalue():
    # Sigma = diag(4, 1) has no eigenvalue 0: the pattern (0, 1) keeps both entries, and it is non-optimal
    cert = {"kind": "deep_pattern_value", "X": I2, "Y": [["2", "0"], ["0", "1"]], "Xp": I2,
            "weights": [[["0", "1"]], [["1"]], [["0"], ["1"]]], "columns": [["0", "1"]], "column_values": ["1"],
            "spectrum": [["4", 1], ["1", 1]]}
    assert verify_deep_pattern_value(dict(cert, categories=NON_OPTIMAL)) == \
        (True, "critical; pattern [0, 1]; Proposition 4 holds")
    assert verify_deep_pattern_value(dict(cert, categories=dict(NON_OPTIMAL, non_optimal=False)))[0] is False


def test_deep_pattern_counts_the_zero_eigenvalue_apart():
    # Sigma = diag(4, 0), the global minimum A3 A2 A1 = diag(2, 0) with hidden widths 2: pattern (1, 0) with the zero
    # eigenvalue's entry dropped is p = m = (1), cap = 2 > sum(m) = 1: case 2 (and optimal)
    cert = {"kind": "deep_pattern_value", "X": I2, "Y": [["2", "0"], ["0", "0"]], "Xp": I2,
            "weights": [[["2", "0"], ["0", "0"]], [["1", "0"], ["0", "0"]], [["1", "0"], ["0", "0"]]],
            "columns": [["1", "0"]], "column_values": ["4"], "spectrum": [["4", 1], ["0", 1]],
            "categories": {"case1": False, "case2": True, "non_optimal": False, "optimal": True}}
    assert verify_deep_pattern_value(cert) == (True, "critical; pattern [1, 0]; Proposition 4 holds")


def test_swap_refusals_are_exact():
    from symbolic.checker.zhou_liang import verify_swap_point
    from tests.symbolic.checker.test_findings_kinds import _swap
    swap = _swap()
    assert verify_swap_point(dict(swap, eps="-3/4")) == \
        (False, "need eps, rho, t > 0 with rho^2 = 1 + eps^2 and t^2 |v|^2 = eps^2 |w_c|^2")
    assert verify_swap_point(dict(swap, column=True)) == \
        (False, "column must be the index of a column of the form; got True")
