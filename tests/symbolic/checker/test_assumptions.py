import random
from fractions import Fraction as F

import sympy

from symbolic.checker.assumptions import charpoly, inverse, is_squarefree, rank, verify_kawaguchi_assumptions


def test_against_sympy_on_random_and_repeated_spectra():
    rng = random.Random(3)
    cases = [[[F(rng.randint(-3, 3)) for _ in range(n)] for _ in range(n)] for n in (1, 2, 3, 4) for _ in range(10)]
    cases += [[[F(1), F(0), F(0)], [F(0), F(1), F(0)], [F(0), F(0), F(2)]], [[F(2), F(1)], [F(0), F(2)]]]
    for A in cases:
        M = sympy.Matrix(A)
        p = M.charpoly().as_expr()
        assert charpoly(A) == [F(int(c.p), int(c.q)) for c in M.charpoly().all_coeffs()]
        assert rank(A) == M.rank()
        assert is_squarefree(charpoly(A)) == (sympy.degree(sympy.gcd(p, sympy.diff(p))) == 0)
        if M.det() != 0:
            assert sympy.Matrix(inverse(A)) == M.inv()


def test_kawaguchi_assumptions():
    assert verify_kawaguchi_assumptions([["1", "0"], ["0", "1"]], [["3", "0"], ["0", "1"]])[0]
    ok, why = verify_kawaguchi_assumptions([["1", "0"], ["0", "1"]], [["1", "0"], ["0", "1"]])
    assert not ok and "repeated eigenvalue" in why
    assert "full rank" in verify_kawaguchi_assumptions([["1", "1"], ["1", "1"]], [["1", "0"], ["0", "2"]])[1]
    assert "dy = 2 > dx = 1" in verify_kawaguchi_assumptions([["1"]], [["1"], ["2"]])[1]
