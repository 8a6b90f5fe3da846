"""The exact inertia with its work counted on the actual entries: the same inertia as the a-priori-bounded
elimination, a bound that stops it (deterministically), and a caller's stop hook."""

import random
from fractions import Fraction

import pytest

from symbolic.checker.counted_inertia import counted_inertia
from symbolic.checker.poly import _integer_matrix, ldl_inertia


def _symmetric(n, seed, zero_diagonal=False, rank=None):
    rng = random.Random(seed)
    if rank is not None:                                  # B^T D B with B rank x n: a singular matrix
        B = [[rng.randint(-3, 3) for _ in range(n)] for _ in range(rank)]
        D = [rng.choice([-2, -1, 1, 3]) for _ in range(rank)]
        return [[sum(D[k] * B[k][i] * B[k][j] for k in range(rank)) for j in range(n)] for i in range(n)]
    A = [[rng.randint(-9, 9) for _ in range(n)] for _ in range(n)]
    S = [[A[i][j] + A[j][i] for j in range(n)] for i in range(n)]
    if zero_diagonal:
        for i in range(n):
            S[i][i] = 0
    return S


@pytest.mark.parametrize("n, seed, kind", [(1, 0, None), (5, 1, None), (12, 2, None), (9, 3, "zero"), (10, 4, 4),
                                           (15, 5, 7), (8, 6, 0)])
def test_agrees_with_the_bareiss_inertia(n, seed, kind):
    M = _symmetric(n, seed, zero_diagonal=kind == "zero", rank=kind if isinstance(kind, int) else None)
    expected = ldl_inertia([[Fraction(v) for v in row] for row in M])
    work, found = counted_inertia([list(r) for r in M], 10**12)
    assert found == expected and work >= 0
    if isinstance(kind, int):
        assert found[2] >= n - kind                         # B^T D B has rank at most `kind`


def test_rational_matrices_through_their_integer_scaling():
    A = [[Fraction(1, 2), Fraction(1, 3), Fraction(0)], [Fraction(1, 3), Fraction(1, 5), Fraction(0)],
         [Fraction(0), Fraction(0), Fraction(-7)]]
    assert counted_inertia(_integer_matrix(A), 10**6)[1] == (1, 2, 0) == ldl_inertia(A)


def test_the_bound_stops_it_at_the_same_count_every_time():
    M = _symmetric(30, 7)
    full, found = counted_inertia([list(r) for r in M], 10**12)
    assert found is not None
    assert counted_inertia([list(r) for r in M], full) == (full, found)      # exactly enough work
    stopped = counted_inertia([list(r) for r in M], full - 1)
    assert stopped[1] is None and stopped[0] > full - 1
    assert counted_inertia([list(r) for r in M], full - 1) == stopped       # deterministic: counts, never times


def test_the_count_follows_the_entries_not_hadamards_bound():
    # a diagonal matrix of huge entries: Hadamard's bound is large but no entry is ever multiplied by a big one
    from symbolic.checker.poly import inertia_work
    big = [[(10**300 if i == j else 0) for j in range(40)] for i in range(40)]
    work, found = counted_inertia([list(r) for r in big], 10**12)
    assert found == (40, 0, 0) and work < inertia_work([[Fraction(v) for v in r] for r in big])


def test_a_stop_hook_is_asked_before_every_step():
    calls = []

    class Stop(Exception):
        pass

    def tick():
        calls.append(1)
        if len(calls) == 3:
            raise Stop
    with pytest.raises(Stop):
        counted_inertia(_symmetric(6, 8), 10**9, tick)
    assert len(calls) == 3


def test_refuses_non_symmetric_and_non_square():
    with pytest.raises(ValueError, match="symmetric"):
        counted_inertia([[1, 2], [3, 4]], 10)
    with pytest.raises(ValueError, match="square"):
        counted_inertia([[1, 2]], 10)
