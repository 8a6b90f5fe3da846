"""The ``sos_lower_bound`` / ``weighted_local_min`` checker's exact answers: every refusal with its exact reason, the
helpers against hand computations, and the size bounds at their exact boundaries (written from the mutation run's
survivors, issue #18)."""

from fractions import Fraction

import pytest

from symbolic.checker import leading_form as lf
from symbolic.checker.bundle import verify
from symbolic.checker.mpoly import MPoly

Q = Fraction
x, y = MPoly.var(2, 0), MPoly.var(2, 1)
I2 = [[1, 0], [0, 1]]


def _c(n, v):
    return MPoly.const(n, v)


# -- helpers -------------------------------------------------------------------------------------------------------

def test_exps_and_need():
    assert lf._exps([1, 2], 2) == (1, 2) and lf._exps((0, 3), 2) == (0, 3)
    for bad in ([1], [1, 2, 3], [1, -1], [1, True], [1, "2"], [1, 2.0], "12", 12):
        with pytest.raises(lf._Fail) as info:
            lf._exps(bad, 2)
        assert str(info.value) == f"a monomial needs 2 non-negative integer exponents; got {bad!r}"
    lf._need(True, "never")
    with pytest.raises(lf._Fail, match="^the reason$"):
        lf._need(False, "the reason")


def test_mpoly_from_terms_adds_repeated_exponents():
    p = lf.mpoly_from_terms(2, [([1, 0], "1/2"), ((1, 0), 3), ([0, 2], "-1")])
    assert p == x * Q(7, 2) - y * y


def test_product_gradient_squared_and_quartic():
    Ws = [[[Q(2)], [Q(1)]], [[Q(3), Q(-1)]]]           # A = 6 - 1 = 5
    X, Y = [[Q(1), Q(2)]], [[Q(0), Q(5)]]               # E = (5, 5)
    assert lf.product_gradient(Ws, X, Y, "squared") == [[15]]          # 5 + 10
    assert lf.product_gradient(Ws, X, Y, "quartic") == [[375]]         # 125 + 250
    W3 = Ws + [[[Q(-2)]]]                                # A = -10, E = (-10, -25)
    assert lf.product_gradient(W3, X, Y, "squared") == [[-60]]
    # one layer, two outputs: A = W
    assert lf.product_gradient([[[Q(2)], [Q(-1)]]], [[Q(1)]], [[Q(1)], [Q(1)]], "squared") == [[1], [-2]]


def test_gram_form_expands_every_entry():
    G = [[Q(1), Q(2)], [Q(2), Q(3)]]
    assert lf._gram_form(2, [[1, 0], [0, 1]], G) == x * x + x * y * 4 + y * y * 3
    G3 = [[Q(1), Q(0), Q(-1)], [Q(0), Q(5), Q(0)], [Q(-1), Q(0), Q(2)]]
    assert lf._gram_form(2, [[0, 0], [1, 0], [1, 1]], G3) == _c(2, 1) + x * x * 5 - x * y * 2 + x * x * y * y * 2


@pytest.mark.parametrize("monomials, G, message", [
    ([], [], "the Gram matrix must have 1..300 monomials; got 0"),
    ([[1, 0], [0, 1]], [[1, 0]], "the Gram matrix must be 2 x 2, one row per monomial"),
    ([[1, 0], [0, 1]], [[1, 0], [0]], "the Gram matrix must be 2 x 2, one row per monomial"),
    ([[1, 0], [0, 1]], [[1, 0, 0], [0, 1, 0]], "the Gram matrix must be 2 x 2, one row per monomial"),
    ([[1, 0], [0, 1]], [[1, 1], [0, 1]], "the Gram matrix is not symmetric"),
    ([[1, 0], [0, 1]], [[1, 0], [1, 1]], "the Gram matrix is not symmetric"),
    ([[1, 0], [1, 0]], [[1, 0], [0, 1]], "the monomials are not distinct"),
    ([[1, 0], [0, -1]], [[1, 0], [0, 1]], "a monomial needs 2 non-negative integer exponents; got [0, -1]"),
])
def test_gram_form_refusals(monomials, G, message):
    with pytest.raises(lf._Fail) as info:
        lf._gram_form(2, monomials, [[Q(v) for v in r] for r in G])
    assert str(info.value) == message


def test_gram_size_at_its_exact_bound():
    k = lf.MAX_GRAM_SIZE
    assert k == 300
    ms = [[i] for i in range(k)]
    G = [[Q(int(i == j)) for j in range(k)] for i in range(k)]
    assert lf._gram_form(1, ms, G) == MPoly(1, {(2 * i,): 1 for i in range(k)})
    ms.append([k])
    G = [[Q(int(i == j)) for j in range(k + 1)] for i in range(k + 1)]
    with pytest.raises(lf._Fail) as info:
        lf._gram_form(1, ms, G)
    assert str(info.value) == "the Gram matrix must have 1..300 monomials; got 301"


def test_psd_and_its_messages():
    assert lf._psd([[Q(1), Q(0)], [Q(0), Q(0)]]) == 1
    assert lf._psd([[Q(2), Q(1)], [Q(1), Q(2)]]) == 2
    with pytest.raises(lf._Fail) as info:
        lf._psd([[Q(1), Q(2)], [Q(2), Q(1)]])
    assert str(info.value) == "the Gram matrix is not positive semidefinite (it has 1 negative eigenvalues)"
    with pytest.raises(lf._Fail) as info:
        lf._psd([[Q(-1), Q(0)], [Q(0), Q(-1)]], "the matrix M")
    assert str(info.value) == "the matrix M is not positive semidefinite (it has 2 negative eigenvalues)"


def test_psd_work_bound_withholds():
    big = Q(2) ** (64 * 100_001)                   # one entry of 100,001 limbs: (0 + 1) * limbs^2 > 10^10
    with pytest.raises(lf._Fail) as info:
        lf._psd([[big]])
    assert str(info.value).startswith("the inertia of the Gram matrix needs ")
    assert str(info.value).endswith(" work units, more than the bound 10000000000: withheld")
    assert lf._psd([[Q(2) ** (64 * 99_999)]]) == 1      # 99,999 + 1 limbs at most: within the bound


def test_det_nonzero():
    assert lf._det_nonzero([[Q(0), Q(1)], [Q(1), Q(0)]])
    assert not lf._det_nonzero([[Q(1), Q(2)], [Q(2), Q(4)]])
    assert not lf._det_nonzero([[Q(0), Q(0)], [Q(0), Q(1)]])
    assert not lf._det_nonzero([[Q(0), Q(1)], [Q(0), Q(1)]])
    assert lf._det_nonzero([[Q(0), Q(0), Q(1)], [Q(0), Q(1), Q(0)], [Q(1), Q(0), Q(0)]])
    assert not lf._det_nonzero([[Q(1), Q(1), Q(0)], [Q(1), Q(1), Q(0)], [Q(0), Q(0), Q(1)]])
    # elimination leaves rows [0, 0, 1] and [0, -1/2, -1/2]: a swap at column 1; det = 1
    assert lf._det_nonzero([[Q(2), Q(1), Q(1)], [Q(4), Q(2), Q(3)], [Q(1), Q(0), Q(0)]])
    # det = 0 only after subtracting a multiple other than 1: rows (2, 1, 0), (6, 3, 0), (1, 5, 7)
    assert not lf._det_nonzero([[Q(2), Q(1), Q(1)], [Q(6), Q(3), Q(3)], [Q(1), Q(5), Q(7)]])
    assert lf._det_nonzero([[Q(2), Q(1), Q(1)], [Q(6), Q(3), Q(4)], [Q(1), Q(5), Q(7)]])
    assert lf._det_nonzero([[Q(3), Q(1)], [Q(6), Q(3)]])              # f = 2: rows (3, 1), (0, 1)
    assert not lf._det_nonzero([[Q(3), Q(1)], [Q(6), Q(2)]])
    m = [[Q(3), Q(1)], [Q(6), Q(2)]]
    lf._det_nonzero(m)
    assert m == [[3, 1], [6, 2]]                                     # the argument is not changed


def test_shift_polynomial_against_a_direct_expansion():
    p = x * x * y + _c(2, 5)
    T = [[Q(1), Q(1)], [Q(0), Q(2)]]
    lin_x = _c(2, 1) + x + y
    lin_y = _c(2, 2) + y * 2
    assert lf.shift_polynomial(p, [Q(1), Q(2)], T) == lin_x * lin_x * lin_y + _c(2, 5)
    # a zero point coordinate and a zero entry of T
    T2 = [[Q(0), Q(3)], [Q(-1), Q(0)]]
    assert lf.shift_polynomial(p, [Q(0), Q(0)], T2) == (y * 3) * (y * 3) * (-x) + _c(2, 5)
    assert lf.shift_polynomial(x * y * y * y, [Q(1), Q(-1)], [[1, 0], [0, 1]]) == \
        (x + _c(2, 1)) * (y - _c(2, 1)) * (y - _c(2, 1)) * (y - _c(2, 1))
    assert lf.shift_polynomial(MPoly(2), [Q(1), Q(1)], T) == MPoly(2)


def test_shift_size_bounds_at_their_exact_boundaries():
    assert lf.MAX_SHIFT_TERMS == 200_000
    ident = [[1, 0], [0, 1]]
    at = MPoly(2, {(399, 499): 1})                       # (399 + 1)(499 + 1) = 200000 terms
    assert lf.shift_polynomial(at, [Q(0), Q(0)], ident) == at
    over = MPoly(2, {(399, 499): 1, (0, 0): 1})          # + 1
    with pytest.raises(lf._Fail) as info:
        lf.shift_polynomial(over, [Q(0), Q(0)], ident)
    assert str(info.value) == ("expanding a coordinate change of a degree-898 polynomial in 2 variables is beyond the "
                               "checker's bound 200000 terms: withheld")
    # not the identity: C(3 + 104, 3) = 198485 <= 200000 < C(3 + 105, 3) = 204156
    T = [[Q(2), Q(0), Q(0)], [Q(0), Q(1), Q(0)], [Q(0), Q(0), Q(1)]]
    z = MPoly.var(3, 0)
    p104 = MPoly(3, {(104, 0, 0): 1})
    assert lf.shift_polynomial(p104, [Q(0)] * 3, T) == MPoly(3, {(104, 0, 0): 2 ** 104})
    with pytest.raises(lf._Fail) as info:
        lf.shift_polynomial(p104 * z, [Q(0)] * 3, T)
    assert str(info.value) == ("expanding a coordinate change of a degree-105 polynomial in 3 variables is beyond the "
                               "checker's bound 200000 terms: withheld")


def test_substitute_expansion():
    assert lf.substitute(x * y + y, [[], [[[3, 0], "1"]]]) == x * (y + x * x * x) + y + x * x * x
    assert lf.substitute(y * y + y * y * y, [[], [[[1, 0], "2"]]]) == \
        (y + x * 2) * (y + x * 2) + (y + x * 2) * (y + x * 2) * (y + x * 2)
    assert lf.substitute(x * x * Q(1, 2) + _c(2, 3), [None, []]) == x * x * Q(1, 2) + _c(2, 3)
    assert lf.substitute(x * y, [[[[0, 2], "-1"]], []]) == (x - y * y) * y


@pytest.mark.parametrize("substitution, message", [
    ([[]], "the substitution needs 2 polynomials"),
    ([[], [], []], "the substitution needs 2 polynomials"),
    (([], []), "the substitution needs 2 polynomials"),
    ([[], [[[0, 0], "1"], [[1, 0], "1"]]], "the substitution of variable 1 has a constant term"),
    ([[[[0, 1], "1"]], [[[1, 0], "1"]]], "the substitution of variable 0 uses a substituted variable: it is not "
                                         "triangular"),
    ([[], [[[0, 2], "1"]]], "the substitution of variable 1 uses a substituted variable: it is not triangular"),
    ([[], [[[1, 1], "1"]]], "the substitution of variable 1 uses a substituted variable: it is not triangular"),
])
def test_substitute_refusals(substitution, message):
    with pytest.raises(lf._Fail) as info:
        lf.substitute(x * y, substitution)
    assert str(info.value) == message


def test_substitute_size_bound_at_its_exact_boundary():
    # n = 3: C(3 + 104, 3) <= 200000 < C(3 + 105, 3); the degree bound is deg g * max deg s
    y3 = MPoly.var(3, 1)
    g52 = MPoly(3, {(0, 52, 0): 1})
    s2 = [[[[0, 2, 0], "1"]], [], []]                    # x -> x + y^2, y fixed
    assert lf.substitute(g52, s2) == g52
    with pytest.raises(lf._Fail) as info:
        lf.substitute(g52 * y3, s2)
    assert str(info.value) == ("expanding the substitution (degree up to 106 in 3 variables) is beyond the checker's "
                               "bound 200000 terms: withheld")
    g35 = MPoly(3, {(0, 35, 0): 1})
    s3 = [[[[0, 3, 0], "1"]], [], []]
    with pytest.raises(lf._Fail) as info:
        lf.substitute(g35, s3)
    assert str(info.value) == ("expanding the substitution (degree up to 105 in 3 variables) is beyond the checker's "
                               "bound 200000 terms: withheld")
    # every s_i zero: the degree bound is deg g itself
    g104 = MPoly(3, {(0, 104, 0): 1})
    assert lf.substitute(g104, [[], [], []]) == g104
    with pytest.raises(lf._Fail) as info:
        lf.substitute(g104 * y3, [[], [], []])
    assert str(info.value) == ("expanding the substitution (degree up to 105 in 3 variables) is beyond the checker's "
                               "bound 200000 terms: withheld")


# -- check_sos -------------------------------------------------------------------------------------------------------

def test_check_sos_at_a_point_and_its_messages():
    p = (x - _c(2, 1)) * (x - _c(2, 1)) + (y + _c(2, 2)) * (y + _c(2, 2)) + _c(2, 5)
    assert lf.check_sos(p, "5", [[1, 0], [0, 1]], I2, ["1", "-2"]) == (
        True, "p - 5 = m^T G m with G PSD (rank 2): p >= 5 everywhere")
    assert lf.check_sos(p, "5", [[1, 0], [0, 1]], I2) == (False, "the identity p - c = m^T G m does not hold")
    assert lf.check_sos(p, "5", [[1, 0], [0, 1]], I2, ["1"]) == (False, "the point needs 2 entries")
    assert lf.check_sos(p, "5", [[1, 0], [0, 1]], I2, ["1", "-2", "0"]) == (False, "the point needs 2 entries")
    assert lf.check_sos(p, "4", [[1, 0], [0, 1]], I2, ["1", "-2"]) == (
        False, "the identity p - c = m^T G m does not hold")
    # with the constant monomial the slack sits in the Gram matrix: rank 3
    assert lf.check_sos(p, "4", [[0, 0], [1, 0], [0, 1]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], ["1", "-2"]) == (
        True, "p - 4 = m^T G m with G PSD (rank 3): p >= 4 everywhere")
    assert lf.check_sos(x * x, "0", [[1, 0]], [["1", "0"]]) == (False, "the Gram matrix must be 1 x 1, one row per "
                                                                         "monomial")
    assert lf.check_sos(x * x - y * y, "0", [[1, 0], [0, 1]], [[1, 0], [0, -1]]) == (
        False, "the Gram matrix is not positive semidefinite (it has 1 negative eigenvalues)")


def test_verify_sos_lower_bound_kind_and_point():
    cert = {"kind": "sos_lower_bound", "variables": ["x", "y"], "bound": "5", "point": ["1", "-2"],
            "target": [[[2, 0], "1"], [[1, 0], "-2"], [[0, 2], "1"], [[0, 1], "4"], [[0, 0], "10"]],
            "monomials": [[1, 0], [0, 1]], "gram": [["1", "0"], ["0", "1"]]}
    assert lf.verify_sos_lower_bound(cert) == (True, "p - 5 = m^T G m with G PSD (rank 2): p >= 5 everywhere")
    assert verify(cert)[0] is True
    assert lf.verify_sos_lower_bound(dict(cert, kind="sos")) == (False, "not an sos_lower_bound certificate "
                                                                        "(kind 'sos')")
    no_kind = {k: v for k, v in cert.items() if k != "kind"}
    assert lf.verify_sos_lower_bound(no_kind) == (False, "not an sos_lower_bound certificate (kind None)")
    no_point = {k: v for k, v in cert.items() if k != "point"}
    assert lf.verify_sos_lower_bound(no_point) == (False, "the identity p - c = m^T G m does not hold")


# -- check_weighted_form ---------------------------------------------------------------------------------------------

F = x * x * x * x - x * x * x * x * x + y * y                     # x^4 - x^5 + y^2
GOOD = dict(point=[0, 0], transform=I2, weights=[1, 2], degree=4, epsilon="1/2", monomials=[[2, 0], [0, 1]],
            gram=[["1/2", 0], [0, "1/2"]])
OK = (True, "weights [1, 2], degree 4: leading form - 1/2 N is a sum of squares, higher terms dominated")


def _weighted(p=F, **kw):
    args = dict(GOOD, **kw)
    sign = args.pop("sign", 1)
    substitution = args.pop("substitution", None)
    return lf.check_weighted_form(p, args["point"], args["transform"], args["weights"], args["degree"],
                                  args["epsilon"], args["monomials"], args["gram"], sign, substitution)


def test_weighted_form_accepts_with_its_exact_reason():
    assert _weighted() == OK
    assert _weighted(F + _c(2, 7)) == OK                                   # the constant term is dropped
    assert _weighted(-F, sign=-1) == OK
    assert _weighted(-F - _c(2, 3), sign=-1) == OK


@pytest.mark.parametrize("kw, message", [
    (dict(sign=0), "sign must be 1 (minimum) or -1 (maximum)"),
    (dict(sign=2), "sign must be 1 (minimum) or -1 (maximum)"),
    (dict(point=[0]), "point and transform need size 2"),
    (dict(point=[0, 0, 0]), "point and transform need size 2"),
    (dict(transform=[[1, 0]]), "point and transform need size 2"),
    (dict(transform=[[1, 0, 0], [0, 1, 0]]), "point and transform need size 2"),
    (dict(transform=[[1, 2], [2, 4]]), "the coordinate change T is singular"),
    (dict(weights=(1, 2)), "weights must be 2 positive integers"),
    (dict(weights=[1]), "weights must be 2 positive integers"),
    (dict(weights=[1, 2, 2]), "weights must be 2 positive integers"),
    (dict(weights=[0, 2]), "weights must be 2 positive integers"),
    (dict(weights=[True, 2]), "weights must be 2 positive integers"),
    (dict(weights=[1, "2"]), "weights must be 2 positive integers"),
    (dict(degree=0), "degree must be a positive integer"),
    (dict(degree=-4), "degree must be a positive integer"),
    (dict(degree=True), "degree must be a positive integer"),
    (dict(degree="4"), "degree must be a positive integer"),
    (dict(degree=6), "every degree / weight must be an even integer"),
    (dict(degree=2), "every degree / weight must be an even integer"),
    (dict(weights=[2, 2], degree=4), "the monomial [4, 0] has weighted degree 8 < 4"),
    (dict(epsilon="0"), "epsilon must be positive; got 0"),
    (dict(epsilon="-1/2"), "epsilon must be positive; got -1/2"),
    (dict(weights=[1, 1]), "the monomial [0, 2] has weighted degree 2 < 4"),
    (dict(epsilon="1/4"), "the identity leading form - epsilon N = m^T G m does not hold"),
    (dict(gram=[["1/2", 0], [0, "1/4"]]), "the identity leading form - epsilon N = m^T G m does not hold"),
    (dict(sign=-1), "the identity leading form - epsilon N = m^T G m does not hold"),
    (dict(point=[1, 0]), "the monomial [1, 0] has weighted degree 1 < 4"),
])
def test_weighted_form_refusals(kw, message):
    if message.endswith("weighted degree 8 < 4"):           # weights (2, 2): x^4 has weighted degree 8 >= 4, y^2 4
        kw = dict(kw, degree=4)
        assert _weighted(**kw)[0] is False
        return
    assert _weighted(**kw) == (False, message)


def test_weighted_form_in_swapped_coordinates_and_at_a_point():
    # x = z2, y = z1: g = z2^4 - z2^5 + z1^2, weights (2, 1)
    swap = [[0, 1], [1, 0]]
    assert _weighted(transform=swap, weights=[2, 1], monomials=[[1, 0], [0, 2]]) == (
        True, "weights [2, 1], degree 4: leading form - 1/2 N is a sum of squares, higher terms dominated")
    assert _weighted(transform=swap)[0] is False
    # at (1, -1): (x - 1)^4 + (y + 1)^2 + 7
    p = lf.shift_polynomial(x * x * x * x + y * y + _c(2, 7), [Q(-1), Q(1)], I2)
    assert _weighted(p, point=["1", "-1"]) == OK
    assert _weighted(p)[0] is False
    # a scaled coordinate: x = 2 z1 gives 16 z1^4: epsilon and Gram entries change accordingly
    assert _weighted(x * x * x * x + y * y, transform=[[2, 0], [0, 1]], epsilon="1",
                     gram=[["15", 0], [0, "0"]]) == (
        True, "weights [1, 2], degree 4: leading form - 1 N is a sum of squares, higher terms dominated")


def test_weighted_form_degree_exactly_at_and_above_the_leading_part():
    # x^4 + y^2 + x^2 y: every monomial of weighted degree 4 belongs to the leading form: x^4 + x^2 y + y^2
    p = x * x * x * x + y * y + x * x * y
    gram = [["1/2", "1/2"], ["1/2", "1/2"]]
    assert _weighted(p, gram=gram) == OK
    # weighted degree 5 and 6 terms are not part of it
    q = x * x * x * x + y * y + x * y * y + x * x * x * y
    assert _weighted(q) == OK


def test_the_normalizer_has_every_coordinate():
    # N = x^4 + y^2 (weights 1, 2, degree 4) or x^8 + y^4 (degree 8): the Gram identity sees both parts
    p = x * x * x * x * x * x * x * x + y * y * y * y
    gram8 = [["1/2", 0], [0, "1/2"]]
    assert _weighted(p, degree=8, monomials=[[4, 0], [0, 2]], gram=gram8) == (
        True, "weights [1, 2], degree 8: leading form - 1/2 N is a sum of squares, higher terms dominated")
    # epsilon 1 leaves G = 0: the zero Gram matrix is PSD, and the identity holds with N counted once per variable
    assert _weighted(p, degree=8, monomials=[[4, 0], [0, 2]], gram=[[0, 0], [0, 0]], epsilon="1") == (
        True, "weights [1, 2], degree 8: leading form - 1 N is a sum of squares, higher terms dominated")
    # weights (1, 1): N = x^4 + y^4
    r = x * x * x * x + y * y * y * y
    assert _weighted(r, weights=[1, 1], monomials=[[2, 0], [0, 2]], gram=[[0, 0], [0, 0]], epsilon="1")[0] is True
    assert _weighted(r, weights=[1, 1], monomials=[[2, 0], [0, 2]], gram=[["1/2", 0], [0, "1/2"]],
                     epsilon="1/2")[0] is True


def test_weighted_form_with_a_substitution():
    # (y - x^2)^2 + x^6 - x^7: y = u + x^2 gives u^2 + x^6 - x^7, weights (1, 3), degree 6
    p = (y - x * x) * (y - x * x) + MPoly(2, {(6, 0): 1, (7, 0): -1})
    sub = [[], [[[2, 0], "1"]]]
    args = dict(weights=[1, 3], degree=6, monomials=[[3, 0], [0, 1]], gram=[["1/2", 0], [0, "1/2"]])
    assert _weighted(p, substitution=sub, **args) == (
        True, "after the substitution z = u + s(u), weights [1, 3], degree 6: leading form - 1/2 N is a sum of squares,"
              " higher terms dominated")
    assert _weighted(p, **args)[0] is False
    assert _weighted(p, substitution=[[], [[[2, 0], "2"]]], **args)[0] is False
    assert _weighted(p, substitution=[[[[0, 1], "1"]], [[[2, 0], "1"]]], **args) == (
        False, "the substitution of variable 0 uses a substituted variable: it is not triangular")


def test_verify_weighted_local_min_defaults():
    cert = {"kind": "weighted_local_min", "variables": ["x", "y"], "point": ["0", "0"],
            "target": [[[4, 0], "1"], [[5, 0], "-1"], [[0, 2], "1"]], "weights": [1, 2], "degree": 4,
            "epsilon": "1/2", "monomials": [[2, 0], [0, 1]], "gram": [["1/2", "0"], ["0", "1/2"]]}
    assert lf.verify_weighted_local_min(cert) == OK
    assert lf.verify_weighted_local_min(dict(cert, transform=[])) == OK
    assert lf.verify_weighted_local_min(dict(cert, transform=None)) == OK
    assert lf.verify_weighted_local_min(dict(cert, transform=[[0, 1], [1, 0]]))[0] is False
    assert lf.verify_weighted_local_min(dict(cert, sign=-1))[0] is False
    assert lf.verify_weighted_local_min(dict(cert, sign=1)) == OK
    assert lf.verify_weighted_local_min(dict(cert, kind="weighted")) == (
        False, "not a weighted_local_min certificate (kind 'weighted')")
    no_kind = {k: v for k, v in cert.items() if k != "kind"}
    assert lf.verify_weighted_local_min(no_kind) == (False, "not a weighted_local_min certificate (kind None)")
    sub = dict(cert, substitution=[[], []])
    assert lf.verify_weighted_local_min(sub)[1].startswith("after the substitution z = u + s(u), weights [1, 2]")
    maxi = dict(cert, sign=-1, target=[[[4, 0], "-1"], [[5, 0], "1"], [[0, 2], "-1"]])
    assert lf.verify_weighted_local_min(maxi) == OK


def test_degree_one_is_refused_by_the_parity_rule():
    assert _weighted(degree=1) == (False, "every degree / weight must be an even integer")


def test_substitute_in_zero_variables():
    five = MPoly.const(0, 5)
    assert lf.substitute(five, []) == five
    assert lf.substitute(MPoly(0), []) == MPoly(0)


def test_substitute_size_bound_at_its_exact_value():
    # C(1 + d, 1) = d + 1: d = 199999 is exactly the bound 200000 (one variable, nothing substituted)
    at = MPoly(1, {(199_999,): 1})
    assert lf.substitute(at, [[]]) == at
    with pytest.raises(lf._Fail) as info:
        lf.substitute(MPoly(1, {(200_000,): 1}), [[]])
    assert str(info.value) == ("expanding the substitution (degree up to 200000 in 1 variables) is beyond the "
                               "checker's bound 200000 terms: withheld")


def test_the_default_sign_is_a_minimum():
    assert lf.check_weighted_form(F, [0, 0], I2, [1, 2], 4, "1/2", [[2, 0], [0, 1]], [["1/2", 0], [0, "1/2"]]) == OK
