"""The checker's exact arithmetic kernel against hand computations, written against the survivors of its one-module
mutation run (README, "Mutation testing"): every refusal's exact message, the work count of the inertia (Hadamard's
bound in 64-bit limbs) at its boundaries, and each fraction-free step on small integer matrices."""

import re
from fractions import Fraction as F

import pytest

from symbolic.checker.poly import (_integer_matrix, _minor_bits, _rational_mat_mul, chain_product, eye,
                                   fraction_free_eliminate, fraction_free_pivot, frac, frac_matrix, inertia_work,
                                   integer_inertia_bounded, is_symmetric, ldl_inertia, mat_mul, upoly_add,
                                   upoly_mul)


@pytest.mark.parametrize("value, error, message", [
    (0.5, TypeError, 'certificate entry 0.5 is not exact; rationals are written as strings like "3/4"'),
    (True, TypeError, 'certificate entry True is not exact; rationals are written as strings like "3/4"'),
    (None, TypeError, "certificate entry None of type NoneType is not a rational"),
    ([1], TypeError, "certificate entry [1] of type list is not a rational"),
    ("1" * 4001, ValueError, "certificate entry '" + "1" * 40 + "'... is too large for exact checking"),
    ("1e12345", ValueError, "certificate entry '1e12345'... is too large for exact checking"),
    ("1E+12345", ValueError, "certificate entry '1E+12345'... is too large for exact checking"),
])
def test_frac_refuses_with_its_exact_message(value, error, message):
    with pytest.raises(error) as exc:
        frac(value)
    assert str(exc.value) == message


def test_frac_accepts_up_to_its_limits():
    assert frac("1e-9999") == F(1, 10**9999) and frac("1e+9999") == 10**9999
    assert frac(" " + "7" * 4000 + " ") == int("7" * 4000)
    with pytest.raises(ValueError):
        frac("1e")
    assert type(frac(3)) is F and type(frac(F(1, 2))) is F


def test_ragged_and_non_chaining_matrices_are_refused_exactly():
    with pytest.raises(ValueError) as exc:
        frac_matrix([["1", "2"], ["3"]])
    assert str(exc.value) == "certificate matrix has ragged rows"
    with pytest.raises(ValueError) as exc:
        mat_mul([[F(1), F(2)]], [[F(1), F(2)]])
    assert str(exc.value) == "certificate matrices do not chain: 1x2 times 1x2"
    with pytest.raises(ValueError) as exc:
        ldl_inertia([[F(0), F(1)], [F(2), F(0)]])
    assert str(exc.value) == "inertia is defined here for symmetric matrices only"


def test_rational_products_with_denominators_on_both_sides():
    A = [[F(1, 2), F(2, 3)], [F(-1, 6), F(4)]]
    B = [[F(3, 4), F(1)], [F(5, 2), F(-1, 10)]]
    expected = [[sum((a * b for a, b in zip(row, col)), F(0)) for col in zip(*B)] for row in A]
    assert _rational_mat_mul(A, B) == expected == [[F(49, 24), F(13, 30)], [F(79, 8), F(-17, 30)]]
    assert mat_mul(A, B) == expected
    # lcm of denominators that share a factor (4 and 6 give 12, not 24) and repeated ones
    C = [[F(1, 4), F(1, 6), F(1, 4)]]
    D = [[F(1, 6)], [F(1, 4)], [F(5, 6)]]
    assert mat_mul(C, D) == [[F(1, 24) + F(1, 24) + F(5, 24)]]
    assert mat_mul([[1, 2]], [[3], [4]]) == [[11]]                      # plain ints


def test_integer_matrix_scales_by_the_least_common_multiple():
    assert _integer_matrix([[F(1, 4), F(1, 6)], [F(1, 6), 2]]) == [[3, 2], [2, 24]]
    assert _integer_matrix([[1, 2], [2, 3]]) == [[1, 2], [2, 3]]
    assert _integer_matrix([[F(1, 2), F(1, 2)], [F(1, 2), F(1, 2)]]) == [[1, 1], [1, 1]]


def test_minor_bits_and_work_by_hand():
    # rows: 3^2 + 4^2 = 25 (5 bits, so (5 + 1) // 2 = 3), 4^2 = 16 (5 bits: 3); 6 bits, one limb; (8 // 3 + 1) = 3
    assert _minor_bits([[3, 4], [4, 0]]) == 6 and inertia_work([[F(3), F(4)], [F(4), F(0)]]) == 3
    assert _minor_bits([[0, 0], [0, 0]]) == 2                             # a zero row still counts one bit
    assert _minor_bits([[1]]) == 1 and _minor_bits([[2]]) == 2            # 1: (1 + 1) // 2; 4: (3 + 1) // 2
    assert _minor_bits([[2**100]]) == 101                                 # 2^200 has 201 bits
    assert inertia_work([[F(2**100)]]) == 4                               # two limbs, (0 + 1) * 2 * 2
    assert inertia_work([[F(2**63)]]) == 1                                # 64 bits: one limb
    assert inertia_work([[F(2**64)]]) == 4                                # 65 bits: two limbs
    assert inertia_work([]) == 0
    assert inertia_work([[F(1, 2), F(0), F(0)], [F(0), F(1), F(0)], [F(0), F(0), F(1)]]) == 10   # 27 // 3 + 1
    M = [[F(1), F(0)], [F(0), F(1)]]
    assert integer_inertia_bounded([[1, 0], [0, 1]], 3) == (3, (2, 0, 0))
    assert integer_inertia_bounded([[1, 0], [0, 1]], 2) == (3, None)
    assert inertia_work(M) == 3


def test_pivot_choice_and_the_congruence_of_a_zero_diagonal():
    M = [[0, 0], [0, 5]]
    assert fraction_free_pivot(M) == (1, False) and M == [[0, 0], [0, 5]]
    M = [[0, 2, 0], [2, 0, 3], [0, 3, 0]]
    assert fraction_free_pivot(M) == (0, True)
    assert M == [[4, 2, 3], [2, 0, 3], [3, 3, 0]]                         # row 0 += row 1, then column 0 += column 1
    M = [[0, 0, 0], [0, 0, 7], [0, 7, 0]]
    assert fraction_free_pivot(M) == (1, True) and M == [[0, 0, 0], [0, 14, 7], [0, 7, 0]]
    M = [[0, 0], [0, 0]]
    assert fraction_free_pivot(M) == (None, False) and M == [[0, 0], [0, 0]]


def test_fraction_free_steps_by_hand():
    M = [[2, 1, 0], [1, 2, 1], [0, 1, -5]]
    # row 1: (2 * 2 - 1 * 1, 2 * 1 - 1 * 0) = (3, 2); row 2 has no entry in the pivot column: 2 * (1, -5)
    step = fraction_free_eliminate(M, 0, 2, 1)
    assert step == [[3, 2], [2, -10]]
    assert fraction_free_eliminate(step, 0, 3, 2) == [[-17]]                # (3 * -10 - 2 * 2) / 2
    # a pivot equal to the previous one copies the rows without an entry in its column
    assert fraction_free_eliminate([[3, 0, 1], [0, 5, 7], [1, 7, 2]], 0, 3, 3) == [[5, 7], [7, (3 * 2 - 1) // 3]]
    assert fraction_free_eliminate([[1, 0], [0, 4]], 1, 4, 2) == [[2]]      # 4 * 1 / 2
    assert fraction_free_eliminate([[4, 6], [6, 1]], 1, 1, 1) == [[4 - 36]]
    assert ldl_inertia([[F(2), F(1), F(0)], [F(1), F(2), F(1)], [F(0), F(1), F(-5)]]) == (2, 1, 0)
    assert ldl_inertia([[F(-1), F(0)], [F(0), F(-2)]]) == (0, 2, 0)
    assert ldl_inertia([[F(-1), F(0)], [F(0), F(3)]]) == (1, 1, 0)
    assert ldl_inertia([[F(0), F(0)], [F(0), F(0)]]) == (0, 0, 2)
    assert ldl_inertia([]) == (0, 0, 0)


def test_small_helpers():
    assert is_symmetric([[1, 2], [2, 1]]) and not is_symmetric([[1, 2], [3, 1]])
    assert not is_symmetric([[1, 2, 3], [2, 1, 4], [3, 5, 1]])            # only the last pair differs
    assert eye(3) == [[1, 0, 0], [0, 1, 0], [0, 0, 1]] and all(type(x) is F for row in eye(2) for x in row)
    Ws = [[[F(1), F(2)]], [[F(3)], [F(4)]]]
    assert chain_product(Ws, 1, 1, 2) == [[1, 2]] and chain_product(Ws, 2, 2, 1) == [[3], [4]]
    assert chain_product(Ws, 1, 2, 2) == [[3, 6], [4, 8]]
    assert upoly_add([], [1]) == [1] and upoly_add([1, 2, 3], [1]) == [2, 2, 3]
    assert upoly_mul([1, 2], [3, 4], order=5) == [3, 10, 8]
    assert upoly_mul([0, 1], [0, 1], order=1) == [0, 0]
    assert upoly_mul([2, 0, 1], [1, 1]) == [2, 2, 1, 1]
    assert re.fullmatch(r"\d+", str(inertia_work([[F(1)]])))


def test_more_exact_cases():
    # a matrix of scalars and polynomials: 2 * 3 + (1 + t) * 1 = 7 + t
    assert mat_mul([[F(2), [F(1), F(1)]]], [[F(3)], [F(1)]]) == [[[7, 1]]]
    # denominators 2 only, on either side
    assert mat_mul([[F(1, 2)]], [[F(1)]]) == [[F(1, 2)]] and mat_mul([[F(1)]], [[F(3, 2)]]) == [[F(3, 2)]]
    # a row whose squared norm has an even bit length: 8 has 4 bits, (4 + 1) // 2 = 2
    assert _minor_bits([[2, 2]]) == 2 and type(_minor_bits([[2, 2]])) is int
    # the first off-diagonal pair in index order, (0, 1), not (0, 2)
    M = [[0, 1, 1], [1, 0, 0], [1, 0, 0]]
    assert fraction_free_pivot(M) == (0, True) and M == [[2, 1, 1], [1, 0, 0], [1, 0, 0]]
    # exact integer division of entries beyond 53 bits
    big = fraction_free_eliminate([[2**60 + 1, 0], [0, 4]], 1, 4, 2)
    assert big == [[2**61 + 2]] and type(big[0][0]) is int
