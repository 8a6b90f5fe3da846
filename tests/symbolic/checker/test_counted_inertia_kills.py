"""The counted inertia's exact answers: the work count of each step (pinned; the first two worked out by hand from
the module's formula), the bound's exact boundary, the pivot pair of a zero diagonal, and a pivot that leaves a row
unchanged."""

from fractions import Fraction

import pytest

from symbolic.checker.counted_inertia import counted_inertia
from symbolic.checker.poly import ldl_inertia

B = 2**70          # entries of more than one 64-bit limb
S = 2**63          # exactly 64 bits: two limbs by the module's count (bits // 64 + 1)

CASES = [
    # [[0, 1], [1, 0]]: no nonzero diagonal entry, so rows and columns 0 += 1 give [[2, 1], [1, 0]]; one step with
    # m = 2, d = 2, p = 1, row bits 3 and 1: (m - 1) 4 + 1 * 2 + 1 * 2 + 1 * (2 + 2) = 12.
    ([[0, 1], [1, 0]], 12, (1, 1, 0)),
    # step 1: two rows of (3 - 1) 4 + 1 * 3 + 1 * 3 + 1 * (3 + 3) = 20 each (a zero entry has one limb), step 2: 12.
    ([[2, 1, 0], [1, 2, 1], [0, 1, -5]], 52, (2, 1, 0)),
    ([[0, 1, 3], [1, 0, 5], [3, 5, 0]], 52, (1, 2, 0)),
    ([[0, 0, 7], [0, 0, 2], [7, 2, 0]], 52, (1, 1, 1)),
    ([[1, 0, 0], [0, -1, 0], [0, 0, 2]], 52, (2, 1, 0)),
    ([[B, 3, 1], [3, -B * B, 2], [1, 2, 5]], 108, (2, 1, 0)),
    ([[3, B, 1, 0], [B, 5, B * B, 2], [1, B * B, -7, 1], [0, 2, 1, 9]], 295, (3, 1, 0)),
    ([[0, B, 1], [B, 0, 3], [1, 3, 0]], 101, (1, 2, 0)),
    ([[0, 0, B], [0, 0, 2], [B, 2, 0]], 93, (1, 1, 1)),
    # a 64-bit pivot: 4 + 2 * 2 + 1 * (64 // 64 + 2) + 1 * (2 + 3) = 16; a 64-bit other row: 4 + 3 + 2 + (3 + 2) = 14
    ([[S, 0], [0, 1]], 16, (2, 0, 0)),
    ([[1, 0], [0, S]], 14, (2, 0, 0)),
    ([[S, 1], [1, 3]], 16, (2, 0, 0)),
]


@pytest.mark.parametrize("M, work, inertia", CASES)
def test_exact_work_and_inertia(M, work, inertia):
    assert inertia == ldl_inertia([[Fraction(v) for v in row] for row in M])
    got = counted_inertia([list(r) for r in M], 10**12)
    assert got == (work, inertia) and type(got[0]) is int


def test_the_bound_at_its_exact_boundary():
    M = [[2, 1, 0], [1, 2, 1], [0, 1, -5]]       # steps of 40 and 12 units
    assert counted_inertia([list(r) for r in M], 52) == (52, (2, 1, 0))
    assert counted_inertia([list(r) for r in M], 51) == (52, None)
    assert counted_inertia([list(r) for r in M], 40) == (52, None)
    assert counted_inertia([list(r) for r in M], 39) == (40, None)
    assert counted_inertia([list(r) for r in M], 0) == (40, None)


def test_zero_matrix_and_empty():
    assert counted_inertia([[0, 0], [0, 0]], 10) == (0, (0, 0, 2))
    assert counted_inertia([], 10) == (0, (0, 0, 0))


def test_messages():
    with pytest.raises(ValueError, match=r"^the inertia is defined here for symmetric matrices only$"):
        counted_inertia([[1, 2], [3, 4]], 10)
    with pytest.raises(ValueError, match=r"^the inertia needs a square matrix$"):
        counted_inertia([[1, 2]], 10)
