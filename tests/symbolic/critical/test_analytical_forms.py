"""Theorem 1's families: the certificates of the ledger's instances, clear refusals, and a property test on random
non-square, non-symmetric rational data whose Sigma has rational eigenvectors."""

import random
from fractions import Fraction

import pytest
import sympy
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from symbolic import Network, SquaredLoss
from symbolic.calculus.objective import NetworkObjective
from symbolic.checker.analytical_forms import verify_analytical_form_families
from symbolic.checker.poly import ldl_inertia
from symbolic.critical.analytical_forms import analytical_form_families
from symbolic.critical.unregularized import instance


@pytest.mark.parametrize("name, families", [("2-2-1", 2), ("2-1-2", 3), ("2-2-2", 4), ("3-1-2", 3), ("3-1-3", 4),
                                            ("3-2-3", 7)])
def test_the_ledger_instances_certify(name, families):
    cert = analytical_form_families(*instance(name))
    ok, why = verify_analytical_form_families(cert)
    assert ok, why
    assert len(cert["families"]) == families
    assert sum(f["class"] == "global_min" for f in cert["families"]) == 1


@pytest.mark.parametrize("args, text", [
    (([2, 2, 2, 2], [[1, 0], [0, 1]], [[1, 0], [0, 1]]), "three positive integers"),
    (([2, 2, 2], [[1, 0], [2, 0]], [[1, 0], [0, 1]]), "X X^T is singular"),
    (([2, 2, 2], [[1, 0], [0, 1]], [[1, 0], [0, 1]]), "positive eigenvalue 1 is repeated"),
    (([2, 2, 2], [[1, 0], [0, 1]], [[1, 1], [0, 1]]), "irrational eigenvalue"),
    (([2, 2, 2], [[1.0, 0], [0, 1]], [[1, 0], [0, 2]]), "write it as a fraction string such as '1/3'"),
    (([2, 2, 2], [[1, 0], [0, 1]], [[1, 0]]), "X must be d0 x m and Y d2 x m"),
])
def test_inputs_outside_the_families_are_refused_with_the_reason(args, text):
    with pytest.raises(ValueError, match=text.replace("^", r"\^").replace("(", r"\(").replace(")", r"\)")):
        analytical_form_families(*args)


def _orthogonal(vectors, inner):
    out = []
    for v in vectors:
        w = list(v)
        for u in out:
            c = inner(w, u) / inner(u, u)
            w = [a - c * b for a, b in zip(w, u)]
        if not any(w):
            return None                             # dependent draws
        out.append(w)
    return out


@st.composite
def _rational_eigen_data(draw):
    """Y = Q D H X with orthogonal columns of Q and XX^T-orthogonal rows of H: Sigma = Q D (H XX^T H^T) D Q^T."""
    d0, d1, d2 = (draw(st.integers(1, 3)) for _ in range(3))
    m = d0 + 1
    ints = st.integers(-3, 3)
    X = [[Fraction(draw(ints)) for _ in range(m)] for _ in range(d0)]
    G = [[sum(a * b for a, b in zip(r, s)) for s in X] for r in X]
    assume(sympy.Matrix(G).det() != 0)
    k = draw(st.integers(1, min(d0, d2)))
    Q = _orthogonal([[Fraction(draw(ints)) for _ in range(d2)] for _ in range(k)],
                    lambda a, b: sum(x * y for x, y in zip(a, b)))
    H = _orthogonal([[Fraction(draw(ints)) for _ in range(d0)] for _ in range(k)],
                    lambda a, b: sum(x * g * y for x, row in zip(a, G) for g, y in zip(row, b)))
    assume(Q is not None and H is not None)
    D = [Fraction(draw(st.integers(1, 3)), draw(st.integers(1, 2))) for _ in range(k)]
    F = [[sum(Q[i][r] * D[i] * H[i][c] for i in range(k)) for c in range(d0)] for r in range(d2)]
    Y = [[sum(F[r][j] * X[j][c] for j in range(d0)) for c in range(m)] for r in range(d2)]
    return [d0, d1, d2], [[str(x) for x in r] for r in X], [[str(y) for y in r] for r in Y], draw(st.randoms())


def _member(cert, fam, rng: random.Random):
    """A random rational point of a family (invertible C, random K and free rows), built here with SymPy."""
    d0, d1, d2 = cert["problem"]["dims"]
    X = sympy.Matrix([[sympy.Rational(x) for x in r] for r in cert["problem"]["X"]])
    Y = sympy.Matrix([[sympy.Rational(y) for y in r] for r in cert["problem"]["Y"]])
    Xp = X.T * (X * X.T).inv()
    U = [sympy.Matrix([sympy.Rational(x) for x in e["vector"]]) for e in cert["eigenvectors"]]
    N = [sympy.Matrix([sympy.Rational(x) for x in v]) for v in cert["null_basis"]]
    S, p = fam["captured"], fam["null_columns"]
    while True:
        C = sympy.Matrix(d1, d1, lambda i, j: sympy.Rational(rng.randint(-3, 3), rng.randint(1, 2)))
        if C.det() != 0:
            break
    cols = [U[i] for i in S]
    for _ in range(p):
        cols.append(sum((rng.randint(-2, 2) * n for n in N), sympy.zeros(d2, 1)))
    cols += [sympy.zeros(d2, 1)] * (d1 - len(cols))
    A2 = sympy.Matrix.hstack(*cols) * C
    PS = sum((U[i] * U[i].T / (U[i].T * U[i])[0] for i in S), sympy.zeros(d2, d2))
    free = ((sympy.eye(d2) - PS) * Y * X.T).nullspace()
    rows = [U[i].T * Y * Xp / (U[i].T * U[i])[0] for i in S] + [sympy.zeros(1, d0)] * p
    for _ in range(d1 - len(S) - p):
        rows.append(sum((rng.randint(-2, 2) * z.T for z in free), sympy.zeros(1, d0)))
    A1 = C.inv() * sympy.Matrix.vstack(*rows)
    return A1, A2


@given(_rational_eigen_data())
@settings(max_examples=12, deadline=None)
def test_random_families_certify_and_agree_with_the_library_hessian(data):
    dims, X, Y, rng = data
    try:
        cert = analytical_form_families(dims, X, Y)
    except ValueError as exc:                       # a repeated positive eigenvalue
        assume("repeated" not in str(exc))
        raise
    ok, why = verify_analytical_form_families(cert)
    assert ok, why
    net = Network(dims)
    F = NetworkObjective(net, SquaredLoss(X, Y))
    for fam in cert["families"]:
        A1, A2 = _member(cert, fam, rng)
        x0 = net.flatten(net.exact_weights([[[str(v) for v in A1.row(i)] for i in range(A1.rows)],
                                            [[str(v) for v in A2.row(i)] for i in range(A2.rows)]]))
        assert all(g == 0 for g in F.gradient(x0)), fam           # the library agrees: a critical point
        if fam["class"] == "strict_saddle":
            H = [[Fraction(int(h.numerator), int(h.denominator)) for h in row] for row in F.hessian(x0).to_list()]
            assert ldl_inertia(H)[1] > 0, fam                     # and a negative eigenvalue
