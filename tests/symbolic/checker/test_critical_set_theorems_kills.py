"""``critical_set_theorem``'s premises, each accepted and refused with its exact text (``_premise`` called directly
on small problems), and the pattern enumeration and values exactly."""

from fractions import Fraction

import pytest

from symbolic.checker import critical_set_theorems as cst
from symbolic.checker.critical_set_theorems import _Reject, _patterns, _premise, _value


def _problem(dims, X=None, Y=None, **extra):
    X = X if X is not None else [["1" if i == j else "0" for j in range(dims[0])] for i in range(dims[0])]
    Y = Y if Y is not None else [["1" if (i, j) == (dims[-1] - 1, dims[0] - 1) else "0" for j in range(dims[0])]
                                 for i in range(dims[-1])]
    return dict({"dims": dims, "X": X, "Y": Y}, **extra)


@pytest.mark.parametrize("name, problem, text", [
    ("squared_loss", _problem([2, 1, 2]), "squared loss"),
    ("squared_loss", _problem([2, 1, 2], loss="squared"), "squared loss"),
    ("two_layers", _problem([2, 1, 2]), "two layers"),
    ("layers_ge_two", _problem([2, 1, 2]), "2 >= 2 layers"),
    ("layers_ge_two", _problem([2, 1, 1, 2]), "3 >= 2 layers"),
    ("deep", _problem([2, 1, 1, 2]), "three or more layers"),
    ("rank_one_products", _problem([2, 1, 2]), "two layers with min(d_2, d_1) = 1 (rank A_2 <= 1)"),
    ("rank_one_products", _problem([2, 3, 1]), "two layers with min(d_2, d_1) = 1 (rank A_2 <= 1)"),
    ("wide_pair", _problem([2, 2, 2]), "d_(p2*) = 2 >= min(d_h, d_0) = 2"),
    ("wide_pair", _problem([3, 1, 3, 2]), "d_(p2*) = 2 >= min(d_h, d_0) = 2"),
    ("narrow_pair", _problem([2, 1, 1, 2]), "d_(p2*) = 1 < min(d_h, d_0) = 2"),
    ("identity_input", _problem([2, 1, 2]), "X = I"),
    ("corner_unit_target", _problem([2, 1, 2]), "Y = e_(d_h) e_(d_0)^T (rank 1 < d_h: rank deficient)"),
    ("corner_unit_target", _problem([3, 1, 2]), "Y = e_(d_h) e_(d_0)^T (rank 1 < d_h: rank deficient)"),
    ("bottleneck", _problem([2, 1, 2]), "two layers with d_1 = 1 < min(d_0, d_2) = 2"),
    ("bottleneck", _problem([3, 2, 4]), "two layers with d_1 = 2 < min(d_0, d_2) = 3"),
])
def test_premise_holds(name, problem, text):
    assert _premise(name, problem) == text


@pytest.mark.parametrize("name, problem, message", [
    ("squared_loss", _problem([2, 1, 2], loss="quartic"), "the loss is not the squared loss"),
    ("two_layers", _problem([2, 1, 1, 2]), "dims [2, 1, 1, 2] are not a two-layer network"),
    ("two_layers", _problem([2, 2]), "dims [2, 2] are not a two-layer network"),
    ("layers_ge_two", _problem([2, 2]), "dims [2, 2] have fewer than two layers"),
    ("deep", _problem([2, 1, 2]), "dims [2, 1, 2] have fewer than three layers"),
    ("rank_one_products", _problem([2, 2, 2]), "dims [2, 2, 2]: not two layers with min(d_2, d_1) = 1"),
    ("rank_one_products", _problem([2, 1, 1, 2]), "dims [2, 1, 1, 2]: not two layers with min(d_2, d_1) = 1"),
    ("wide_pair", _problem([2, 1, 1, 2]), "dims [2, 1, 1, 2]: d_(p2*) = 1 is below min(d_h, d_0) = 2"),
    ("narrow_pair", _problem([2, 2, 2]), "dims [2, 2, 2]: d_(p2*) = 2 is at least min(d_h, d_0) = 2"),
    ("narrow_pair", _problem([3, 1, 3, 2]), "dims [3, 1, 3, 2]: d_(p2*) = 2 is at least min(d_h, d_0) = 2"),
    ("identity_input", _problem([2, 1, 2], X=[["1", "0"], ["0", "2"]]), "X is not the identity"),
    ("identity_input", _problem([2, 1, 2], X=[["0", "1"], ["1", "0"]]), "X is not the identity"),
    ("corner_unit_target", _problem([2, 1, 2], Y=[["1", "0"], ["0", "0"]]), "Y is not e_(d_h) e_(d_0)^T with d_h >= 2"),
    ("corner_unit_target", _problem([2, 1, 2], Y=[["0", "1"], ["0", "1"]]), "Y is not e_(d_h) e_(d_0)^T with d_h >= 2"),
    ("corner_unit_target", _problem([2, 1, 1], Y=[["0", "1"]]), "Y is not e_(d_h) e_(d_0)^T with d_h >= 2"),
    ("bottleneck", _problem([2, 2, 2]), "dims [2, 2, 2]: not two layers with d_1 < min(d_0, d_2)"),
    ("bottleneck", _problem([3, 2, 2]), "dims [3, 2, 2]: not two layers with d_1 < min(d_0, d_2)"),
    ("bottleneck", _problem([2, 1, 1, 2]), "dims [2, 1, 1, 2]: not two layers with d_1 < min(d_0, d_2)"),
    ("surjective", _problem([2, 1, 2]), "unknown premise 'surjective'; the checker knows " + ", ".join(cst.PREMISES)),
])
def test_premise_refused(name, problem, message):
    with pytest.raises(_Reject) as info:
        _premise(name, problem)
    assert str(info.value) == message


def test_patterns_and_values_exactly():
    positive = [(Fraction(4), 1), (Fraction(1), 2)]
    assert _patterns(positive, 2) == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1)]
    assert _patterns(positive, 3) == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
    assert _patterns(positive, 0) == [(0, 0)]
    # 1/2 (tr YY^T - sum p_i sigma_i) with tr YY^T = 9
    assert [_value(Fraction(9), positive, p) for p in [(0, 0), (1, 0), (1, 2), (0, 1)]] == [
        Fraction(9, 2), Fraction(5, 2), Fraction(3, 2), Fraction(4)]


def test_pattern_bound(monkeypatch):
    monkeypatch.setattr(cst, "MAX_PATTERNS", 6)
    assert len(_patterns([(Fraction(4), 1), (Fraction(1), 2)], 9)) == 6
    monkeypatch.setattr(cst, "MAX_PATTERNS", 5)
    with pytest.raises(_Reject, match=r"^more than 5 patterns$"):
        _patterns([(Fraction(4), 1), (Fraction(1), 2)], 9)


def _diag(*values):
    return [[Fraction(values[i]) if i == j else Fraction(0) for j in range(len(values))] for i in range(len(values))]


@pytest.mark.parametrize("sigma, spectrum, positive", [
    (_diag(4, 1, 1), [["4", 1], ["1", 2]], [(4, 1), (1, 2)]),
    (_diag(1, 3), [["1", 1], ["3", 1]], [(3, 1), (1, 1)]),
    (_diag(4, 0), [["0", 1], ["4", 1]], [(4, 1)]),
    (_diag(Fraction(1, 2), 0, 0), [["1/2", 1], [0, 2]], [(Fraction(1, 2), 1)]),
])
def test_spectrum_exactly(sigma, spectrum, positive):
    assert cst._spectrum({"spectrum": spectrum}, sigma) == positive


@pytest.mark.parametrize("spectrum, message", [
    (None, "the conclusion needs 'spectrum': [[eigenvalue, multiplicity], ...] of Sigma"),
    ([], "the conclusion needs 'spectrum': [[eigenvalue, multiplicity], ...] of Sigma"),
    ("4", "the conclusion needs 'spectrum': [[eigenvalue, multiplicity], ...] of Sigma"),
    ([["4", True], ["1", 2]], "a multiplicity is a positive integer"),
    ([["4", 1], ["1", 0]], "a multiplicity is a positive integer"),
    ([["4", "1"], ["1", 2]], "a multiplicity is a positive integer"),
    ([["4", 1], ["4", 1], ["1", 1]], "the stated eigenvalues must be distinct and non-negative"),
    ([["4", 1], ["-1", 2]], "the stated eigenvalues must be distinct and non-negative"),
    ([["4", 1], ["1", 1], ["2", 1]], "the stated spectrum is not that of Sigma (det(tI - Sigma) differs)"),
    ([["4", 2], ["1", 1]], "the stated spectrum is not that of Sigma (det(tI - Sigma) differs)"),
])
def test_spectrum_refused(spectrum, message):
    with pytest.raises(_Reject) as info:
        cst._spectrum({} if spectrum is None else {"spectrum": spectrum}, _diag(4, 1, 1))
    assert str(info.value) == message


def test_whole_reasons_exactly():
    from tests.symbolic.checker.test_critical_set_theorems import _cert
    # X = [1], Y = [1, 2]^T: Sigma = Y Y^T has eigenvalues 5, 0; w = 2 > 1 = sum m_i; the top pattern [1] has value 0.
    cert = _cert("1-2-2-rank1", premises=("squared_loss", "two_layers"), conclusions=("global_value_of_top_pattern",))
    ok, reason = cst.verify_critical_set_theorem(cert)
    assert ok and reason.split(" | ")[1:] == [
        "squared loss", "two layers", "spectrum of Sigma: 5 (x1)",
        "case 2 (w > sum m_i): the global value 0 is the top pattern [1]'s and no other admissible pattern's"]
    cert = _cert("2-1-2", premises=("squared_loss", "rank_one_products"),
                 conclusions=("lower_value_with_rank_of_rank_one_products",))
    ok, reason = cst.verify_critical_set_theorem(cert)
    assert ok and reason.split(" | ")[1:] == [
        "squared loss", "two layers with min(d_2, d_1) = 1 (rank A_2 <= 1)", "spectrum of Sigma: 10 (x1), 5 (x1)",
        "L(A_1, 0) = 1/2 ||Y||^2 for every A_1, and min(d_2, d_1) = 1: a lower point near a saddle with A_2 = 0 has "
        "rank A_2 = 1 = 0 + 1, and near A_2 != 0 every A_2 has rank 1 = rank A_2"]
    assert " | ".join(reason.split(" | ")[1:]) in reason and reason.count(" | ") == 4
    assert cst.verify_critical_set_theorem({"kind": "critical_set_theorem", "covering": {"kind": "x"}}) == (
        False, "a critical_set_theorem holds a 'covering' certificate (kind critical_set_covering)")
    assert cst.verify_critical_set_theorem(dict(cert, hypotheses=[], conclusions=[])) == (
        False, "state at least one hypothesis or conclusion")


def _two_one_two():
    from tests.symbolic.checker.test_critical_set_theorems import _cert
    cert = _cert("2-1-2", witnesses=True)
    problem = cert["covering"]["problem"]
    positive = cst._spectrum(cert, cst.sigma_matrix(cst.frac_matrix(problem["X"]), cst.frac_matrix(problem["Y"])))
    return problem, positive, Fraction(cert["covering"]["global"]["value"])


def test_witnesses_exactly():
    # dims [2, 1, 2]; Sigma's eigenvalues 10, 5; global value 5 at (-1, 1, -1/3, 1).
    problem, positive, cstar = _two_one_two()
    assert (positive, cstar) == ([(10, 1), (5, 1)], 5)
    zero = {"category": "optimal_order", "point": ["0", "0", "0", "0"]}
    five = {"category": "non_optimal_order", "eigenvalue": "5", "point": ["0", "-1/2", "3", "1"]}
    assert cst._witness(0, zero, problem, positive, None, cstar) == (
        "witness 1: critical, value 10 > 5, A_2 = 0: rank 0 < min(d_2, d_1) = 1 with p = 0 (optimal order, k = 1)")
    assert cst._witness(1, five, problem, positive, None, cstar) == (
        "witness 2: critical, value 15/2 > 5, col(A_2) in the eigenspace of 5 and 10 > 5 skipped (non-optimal order)")
    cases = [
        (0, dict(zero, point=["0"] * 3), problem, cstar, "witness 1: 4 weights expected"),
        (0, dict(zero, point=["1", "0", "0", "0"]), problem, cstar, "witness 1 is not a critical point"),
        (0, dict(zero, point=["-1", "1", "-1/3", "1"]), problem, cstar, "witness 1 is not above the global value"),
        (0, zero, problem, None, "witness 1 is not above the global value"),
        (0, zero, problem, Fraction(10), "witness 1 is not above the global value"),
        (0, dict(five, category="optimal_order"), problem, cstar, "witness 1: A_2 != 0"),
        (2, dict(zero, category="non_optimal_order", eigenvalue="5"), problem, cstar, "witness 3: A_2 = 0"),
        (1, dict(five, eigenvalue="10"), problem, cstar, "witness 2: Sigma A_2 != 10 A_2"),
        (0, dict(zero, category="saddle"), problem, cstar, "witness 1: unknown category 'saddle'"),
        (0, zero, dict(problem, dims=[2, 1, 1, 2]), cstar, "category witnesses are two-layer points"),
    ]
    for k, wit, prob, value, message in cases:
        with pytest.raises(_Reject) as info:
            cst._witness(k, wit, prob, positive, None, value)
        assert str(info.value) == message


def _split(*factors):
    problem, _, _ = _two_one_two()
    return {"problem": problem, "tree": {"kind": "split", "factors": list(factors)}}


def test_conclusions_exactly():
    # dims [2, 1, 2]: tr YY^T = 20, sigma = 10, 5, w = 1: the patterns (0, 0), (1, 0), (0, 1) have values 10, 5, 15/2.
    positive = [(Fraction(10), 1), (Fraction(5), 1)]
    covering = _split({"of_loss": ["1", "-5"]}, {"of_loss": ["2", "-15"]}, {"of_loss": [1, "-10"]})
    assert cst._conclusion("critical_values_of_patterns", {}, covering, positive, Fraction(20), 1, Fraction(5)) == (
        "every critical value is 1/2 (tr YY^T - sum p_i sigma_i) with 0 <= p_i <= m_i, sum p_i <= 1: "
        "5 <- p = [1, 0]; 15/2 <- p = [0, 1]; 10 <- p = [0, 0]")
    assert cst._conclusion("global_value_of_top_pattern", {}, covering, positive, Fraction(20), 1, Fraction(5)) == (
        "case 1 (w <= sum m_i): the global value 5 is the top pattern [1, 0]'s and no other admissible pattern's")
    assert cst._conclusion("global_value_of_top_pattern", {}, covering, positive, Fraction(20), 2, Fraction(5, 2)) == (
        "case 1 (w <= sum m_i): the global value 5/2 is the top pattern [1, 1]'s and no other admissible pattern's")
    assert cst._conclusion("global_value_of_top_pattern", {}, covering, positive, Fraction(20), 3, Fraction(5, 2)) == (
        "case 2 (w > sum m_i): the global value 5/2 is the top pattern [1, 1]'s and no other admissible pattern's")
    refusals = [
        ("critical_values_of_patterns", _split({"of_loss": ["1", "-6"]}), Fraction(5),
         "the critical value 6 is no admissible pattern's 1/2 (tr YY^T - sum p_i sigma_i)"),
        ("critical_values_of_patterns", dict(covering, tree={"kind": "value"}), Fraction(5),
         "the covering's root is not a split by values"),
        ("critical_values_of_patterns", dict(covering, tree=[]), Fraction(5), "the covering's root is not a split by values"),
        ("critical_values_of_patterns", _split({"of_loss": ["1", "-5"]}, [[["1", []]]]), Fraction(5),
         "a root factor is not linear in L: a critical value is not rational"),
        ("critical_values_of_patterns", _split({"of_loss": ["1", "0", "-5"]}), Fraction(5),
         "a root factor is not linear in L: a critical value is not rational"),
        ("critical_values_of_patterns", _split({"of_loss": ["0", "-5"]}), Fraction(5),
         "a root factor is not linear in L: a critical value is not rational"),
        ("critical_values_of_patterns", _split({"of_loss": "1"}), Fraction(5),
         "a root factor is not linear in L: a critical value is not rational"),
        ("critical_values_of_patterns", _split({"polynomial": [["1", [1, 0]]]}), Fraction(5),
         "the covering's root splits by another polynomial than the loss (e.g. the staged covering's split by the "
         "end-to-end product): value conclusions need a covering split by value at its root"),
        ("global_value_of_top_pattern", covering, None, "the covering states no global value"),
        ("global_value_of_top_pattern", covering, Fraction(15, 2), "the top pattern [1, 0] has value 5, not the global 15/2"),
        ("lowest_value", covering, Fraction(5), "unknown conclusion 'lowest_value'; the checker knows " + ", ".join(cst.CONCLUSIONS)),
        ("lower_value_with_rank_of_rank_one_products", dict(covering, problem=dict(covering["problem"], dims=[2, 2, 2])),
         Fraction(5), "dims [2, 2, 2]: not two layers with min(d_2, d_1) = 1"),
    ]
    for name, cov, value, message in refusals:
        with pytest.raises(_Reject) as info:
            cst._conclusion(name, {}, cov, positive, Fraction(20), 1, value)
        assert str(info.value) == message


def test_sigma_matrix_exactly():
    # X square and invertible: Sigma = Y X^T (X X^T)^-1 X Y^T = Y Y^T (X X^T = [[2, 1], [1, 1]] has entries 1 to clear)
    assert cst.sigma_matrix([[1, 1], [0, 1]], [[1, 2], [0, 3]]) == [[5, 6], [6, 9]]
    assert cst.sigma_matrix([[0, 1], [1, 1]], [[1, 0], [0, 1]]) == [[1, 0], [0, 1]]
    with pytest.raises(_Reject, match=r"^X X\^T is singular$"):
        cst.sigma_matrix([[1, 2], [2, 4]], [[1, 0]])


def test_top_pattern_through_the_whole_check():
    # 2-1-2: w = min(d_1, d_2) = 1, so the top pattern is [1, 0] with value (20 - 10) / 2 = 5, the global value.
    from tests.symbolic.checker.test_critical_set_theorems import _cert
    ok, reason = cst.verify_critical_set_theorem(_cert("2-1-2", conclusions=("global_value_of_top_pattern",),
                                                       witnesses=True))
    assert ok and reason.split(" | ")[1:] == [
        "spectrum of Sigma: 10 (x1), 5 (x1)",
        "case 1 (w <= sum m_i): the global value 5 is the top pattern [1, 0]'s and no other admissible pattern's",
        "witness 1: critical, value 10 > 5, A_2 = 0: rank 0 < min(d_2, d_1) = 1 with p = 0 (optimal order, k = 1)",
        "witness 2: critical, value 15/2 > 5, col(A_2) in the eigenspace of 5 and 10 > 5 skipped (non-optimal order)"]


@pytest.mark.parametrize("problem", [{"dims": [1, 2, 1], "X": [["1"]], "Y": [["3"]]},
                                     {"dims": [1, 1, 1], "X": [["2"]], "Y": [["0"]]},
                                     {"dims": [2, 3, 1], "X": [["1", "0"], ["1", "2"]], "Y": [["1", "-1"]]}])
def test_rank_one_lower_value_on_more_shapes(problem):
    trace = sum((Fraction(y) ** 2 for row in problem["Y"] for y in row), Fraction(0))
    assert cst._conclusion("lower_value_with_rank_of_rank_one_products", {}, {"problem": problem}, [], trace, 1,
                           None).startswith("L(A_1, 0) = 1/2 ||Y||^2 for every A_1")


def test_a_witness_in_sigmas_kernel_is_refused():
    # 1-2-2, X = [1], Y = (1, 2)^T: Sigma = Y Y^T has eigenvalues 5, 0.  A_1 = 0 and both columns of A_2 equal to
    # (2, -1) (in Sigma's kernel, orthogonal to Y) is critical with value 5/2 > 0, and Sigma A_2 = 0 A_2; but 0 is not
    # a positive eigenvalue, so it is no non-optimal-order witness.
    from tests.symbolic.checker.test_critical_set_theorems import _cert
    cert = _cert("1-2-2-rank1")
    problem = cert["covering"]["problem"]
    cstar = Fraction(cert["covering"]["global"]["value"])
    wit = {"category": "non_optimal_order", "eigenvalue": "0", "point": ["0", "0", "2", "2", "-1", "-1"]}
    with pytest.raises(_Reject) as info:
        cst._witness(1, wit, problem, [(Fraction(5), 1)], None, cstar)
    assert (cstar, str(info.value)) == (0, "witness 2: 0 is not a positive eigenvalue below another")
