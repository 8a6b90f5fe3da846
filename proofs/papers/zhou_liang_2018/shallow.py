"""Zhou-Liang (2018), shallow linear networks: constructed and recovered critical points, with certificates.

Scopes: :data:`SCOPES` (quick and full) list the instances of
:mod:`proofs.papers.zhou_liang_2018.constructions` and hidden widths :math:`d_1`; every pattern that
fits is built with :math:`L_1 = 0`, with a seeded :math:`L_1` satisfying (3), and with one
violating (3) where (3) can fail.  Points "obtained another way" for the converse: the
subset construction :math:`A_2 = U_S`, :math:`A_1 = U_S^T Y` of :mod:`symbolic.landscape.instances`
(with a seeded invertible mixing), and the solutions of the gradient equations of a
:math:`(2, 1, 2)` network computed by SymPy's ``solve`` (gauges :math:`c = 1`; :math:`c = 0, e = 1`;
:math:`A_2 = 0`).  Irrational eigenvalues: one hidden unit on each root of an irreducible quadratic factor
of the characteristic polynomial of :math:`\\Sigma` (:data:`IRRATIONAL_DATA`, exact in :math:`\\mathbb{Q}(\\sqrt d)`)
and of an irreducible cubic factor (:data:`CUBIC_DATA`, exact in :math:`\\mathbb{Q}[x]/(f)`, the root fixed by
rational isolating intervals whose order among all eigenvalues of :math:`\\Sigma` the checker re-proves).

Main definitions
----------------
* :data:`SCOPES`, :func:`constructed`, :func:`recovered`, :func:`classified_patterns`,
  :func:`irrational_points`, :func:`cubic_points`.
"""

from __future__ import annotations

import random
from fractions import Fraction
from functools import cache, lru_cache

from sympy import Matrix, solve, symbols

from symbolic.algebraic.algebraic_eigen import algebraic_eigen_certificate, algebraic_eigen_points
from symbolic.forms.analytical_forms import rational_spectrum, recover_shallow_form, sigma_matrix
from symbolic.landscape.classify import classify_network
from symbolic.core.exact import matrix_to_strings, qq_to_str, rational_matrix
from symbolic.landscape.instances import critical_point_of_subset, data_with_singular_values
from symbolic.core.pinv import pinv
from symbolic.algebraic.quadratic_eigen import quadratic_eigen_points, to_pairs

from proofs.papers.zhou_liang_2018.constructions import categories, form_certificate, form_point, instance, patterns

__all__ = ["SCOPES", "constructed", "recovered", "classified_patterns", "spectrum_json", "certificate_of",
           "IRRATIONAL_DATA", "irrational_points", "CUBIC_DATA", "cubic_points", "polynomial_text"]

#: (X, Y) whose Sigma has an irreducible quadratic factor (irrational eigenvalues); the second and third have
#: rank-deficient X (X X^T singular), the third also a zero eigenvalue.
IRRATIONAL_DATA = (
    ([["1", "0"], ["0", "1"]], [["2", "1"], ["1", "1"]]),
    ([["1", "0", "1", "0"], ["0", "1", "0", "1"], ["1", "1", "1", "1"]], [["1", "2", "0", "1"], ["0", "1", "3", "1"]]),
    ([["1", "0", "1"], ["0", "1", "1"], ["1", "1", "2"]], [["1", "2", "0"], ["0", "1", "3"], ["1", "0", "1"]]),
)

#: (X, Y) whose Sigma has an irreducible cubic factor (eigenvalues of degree 3: no square-root formula): X = I;
#: a non-square X (3 x 4, full row rank); a rank-deficient X (4 x 5 of rank 3: Sigma = x (x^3 - 8x^2 + 6x - 1),
#: a zero eigenvalue); and a rational top eigenvalue 9 above the cubic's roots.
CUBIC_DATA = (
    ([["1", "0", "0"], ["0", "1", "0"], ["0", "0", "1"]], [["1", "1", "1"], ["0", "1", "1"], ["0", "0", "1"]]),
    ([["1", "0", "1", "0", "1"], ["0", "1", "1", "0", "0"], ["0", "0", "0", "1", "1"], ["1", "1", "2", "0", "1"]],
     [["0", "1", "0", "0", "1"], ["0", "1", "1", "0", "0"], ["1", "1", "1", "0", "0"], ["1", "1", "1", "0", "0"]]),
    ([["1", "0", "1", "0"], ["0", "1", "0", "1"], ["0", "0", "1", "1"]],
     [["1", "1", "0", "0"], ["0", "0", "0", "1"], ["1", "0", "0", "0"]]),
    ([["1", "0", "0", "0"], ["0", "1", "0", "0"], ["0", "0", "1", "0"], ["0", "0", "0", "1"]],
     [["3", "0", "0", "0"], ["0", "1", "1", "1"], ["0", "0", "1", "1"], ["0", "0", "0", "1"]]),
)

#: quick -> ((instance, d1), ...)
SCOPES = {
    True: (("distinct", 1), ("distinct", 2), ("zero_eigenvalue", 2)),
    False: tuple((name, d1) for name in ("distinct", "repeated", "zero_eigenvalue", "rank_deficient_y")
                 for d1 in (1, 2, 3)),
}


def spectrum_json(X, Y):
    """Sigma's rational eigenvalues (decreasing, then 0) with multiplicities, as strings; cached by the exact data."""
    key = tuple(tuple(tuple(qq_to_str(x) for x in row) for row in M.to_list()) for M in (X, Y))
    return [list(pair) for pair in _spectrum_of(key)]


@lru_cache(maxsize=4096)
def _spectrum_of(key):
    X, Y = (rational_matrix([list(row) for row in rows]) for rows in key)
    spaces, _ = rational_spectrum(sigma_matrix(X, Y))
    return tuple((qq_to_str(s.value), s.multiplicity) for s in spaces)


def certificate_of(F, with_categories: bool = True) -> dict:
    """A ``shallow_analytical_form`` certificate with the spectrum and (optionally) the categories."""
    cert = form_certificate(F)
    spec = spectrum_json(F.X, F.Y)
    cert["spectrum"] = spec
    if with_categories:
        has_zero = spec[-1][0] == "0"
        cert["categories"] = categories(F.pattern, tuple(m for _, m in spec), has_zero, F.C0.shape[0], F.Y.shape[0])
    return cert


@lru_cache(maxsize=None)
def constructed(quick: bool) -> tuple:
    """``((label, ShallowForm, l1_mode), ...)`` over the scope."""
    out = []
    for name, d1 in SCOPES[quick]:
        X, Y, U = instance(name)
        _, pats = patterns(X, Y, d1)
        for p in pats:
            for mode in ("zero", "condition3", "violate"):
                try:
                    F = form_point(X, Y, U, d1, p, seed=sum(p) + d1, l1=mode)
                except ValueError:
                    continue  # (3) cannot fail here
                out.append((f"{name}, d1 = {d1}, p = {list(p)}, L1 {mode}", F, mode))
    return tuple(out)


def _solved_points():
    """Critical points of the (2, 1, 2) network on the 'distinct' instance, by solving the gradient equations."""
    X, Y, _ = instance("distinct")
    a, b, c, e = symbols("a b c e")
    A1, A2 = Matrix([[a, b]]), Matrix([[c], [e]])
    Xm, Ym = X.to_Matrix(), Y.to_Matrix()
    E = A2 * A1 * Xm - Ym
    eqs = list(A2.T * E * Xm.T) + list(E * Xm.T * A1.T)
    pts = []
    for gauge in ([c - 1], [c, e - 1], [c, e]):
        for s in solve(eqs + gauge, [a, b, c, e], dict=True):
            if all(v in s and s[v].is_Rational for v in (a, b, c, e)):
                pts.append(([[s[a], s[b]]], [[s[c]], [s[e]]]))
    return X, Y, pts


@lru_cache(maxsize=None)
def recovered(quick: bool) -> tuple:
    """``((label, ShallowForm), ...)``: forms recovered from critical points obtained another way."""
    out = []
    X, Y, pts = _solved_points()
    for k, (A1, A2) in enumerate(pts):
        F = recover_shallow_form(X, Y, [[str(v) for v in r] for r in A1], [[str(v) for v in r] for r in A2])
        out.append((f"solve, (2, 1, 2), solution {k}", F))
    dims_list = ((2, 2, 2), (3, 2, 2)) if quick else ((2, 2, 2), (3, 2, 2), (3, 1, 3), (3, 2, 3), (2, 3, 3))
    for dims in dims_list:
        sig = ("3", "1", "1")[: min(dims[0], dims[-1])]
        Xd, Yd, U = data_with_singular_values(dims[-1], dims[0], sig, seed=7)
        rng = random.Random(sum(dims))
        for subset in ([], [0], [1], [0, 1], [1, 2])[: (3 if quick else 5)]:
            if len(subset) > dims[1] or any(i >= dims[-1] for i in subset):
                continue
            A1, A2 = critical_point_of_subset(dims, Yd, U, subset, seed=rng.randint(0, 9))
            F = recover_shallow_form(Xd, Yd, A1, A2)
            out.append((f"U_S construction, dims {dims}, S = {subset}", F))
    return tuple(out)


@lru_cache(maxsize=None)
def classified_patterns(quick: bool) -> tuple:
    """``((label, F, categories, problem, result), ...)``: one point per pattern (L1 satisfying (3)), classified
    (full scope: d1 = 3 only on the two instances where case 2 occurs, d1 = 1 only on 'distinct', d1 = 2
    everywhere, to keep each check under 30 s)."""
    out = []
    for label, F, mode in constructed(quick):
        if mode != "condition3":
            continue
        d1 = F.C0.shape[0]
        name = label.split(",")[0]
        keep = d1 == 2 or (d1 == 3 and name in ("zero_eigenvalue", "rank_deficient_y")) or \
            (d1 == 1 and name == "distinct")
        if (not quick and not keep) or (quick and label.startswith("distinct, d1 = 2")):
            continue  # d1 = 3 only where case 2 occurs; d1 = 1 only on 'distinct' (time budget)
        spec = spectrum_json(F.X, F.Y)
        cats = categories(F.pattern, tuple(m for _, m in spec), spec[-1][0] == "0", F.C0.shape[0], F.Y.shape[0])
        dims = [F.X.shape[0], F.C0.shape[0], F.Y.shape[0]]
        problem = {"dims": dims, "X": matrix_to_strings(F.X), "Y": matrix_to_strings(F.Y),
                   "weights": [matrix_to_strings(F.A1), matrix_to_strings(F.A2)]}
        result = classify_network(dims, problem["Y"], problem["weights"], X=problem["X"], seconds=20).to_json()
        out.append((label, F, cats, problem, result))
    return tuple(out)



@lru_cache(maxsize=None)
def irrational_points(quick: bool) -> tuple:
    """``((label, certificate, lambda as an mpmath-free string), ...)``: one hidden unit on each irrational
    eigenvalue of :data:`IRRATIONAL_DATA` (``quadratic_eigen_point`` certificates)."""
    import mpmath

    out = []
    for k, (X, Y) in enumerate(IRRATIONAL_DATA[: 2 if quick else 3]):
        Xm = rational_matrix(X, name="X")
        for d, K, lam, A1, A2 in quadratic_eigen_points(X, Y):
            pairs = to_pairs(K, lam)
            cert = {"kind": "quadratic_eigen_point", "d": int(d), "X": X, "Y": Y,
                    "Xp": matrix_to_strings(pinv(Xm)), "eigenvalue": pairs,
                    "A1": [[to_pairs(K, x) for x in row] for row in A1.to_list()],
                    "A2": [[to_pairs(K, x) for x in row] for row in A2.to_list()]}
            a, b = Fraction(pairs[0]), Fraction(pairs[1])
            with mpmath.workdps(30):  # evidence only: a decimal value of lambda for the reader
                approx = mpmath.mpf(a.numerator) / a.denominator + mpmath.mpf(b.numerator) / b.denominator * mpmath.sqrt(d)
                shown = mpmath.nstr(approx, 12)
            out.append((f"data {k}, lambda = {pairs[0]} + {pairs[1]} sqrt({d}) ~ {shown}", cert, shown))
    return tuple(out)


def polynomial_text(coeffs) -> str:
    """``x^3 - 6x^2 + 5x - 1`` from rational strings with index = degree.

    Examples
    ========

    >>> from proofs.papers.zhou_liang_2018.shallow import polynomial_text
    >>> polynomial_text(["-1", "5", "-6", "1"]), polynomial_text(["-1/4", "5/2", "0", "1"])
    ('x^3 - 6x^2 + 5x - 1', 'x^3 + 5/2 x - 1/4')
    """
    terms = []
    for k in range(len(coeffs) - 1, -1, -1):
        c = Fraction(coeffs[k])
        if c == 0:
            continue
        mag = abs(c)
        power = "" if k == 0 else ("x" if k == 1 else f"x^{k}")
        num = "" if mag == 1 and k else (f"{mag} " if mag.denominator != 1 and k else str(mag))
        sign = "-" if c < 0 else "+"
        terms.append((sign, num + power))
    head = ("-" if terms[0][0] == "-" else "") + terms[0][1]
    return " ".join([head] + [f"{sg} {t}" for sg, t in terms[1:]])


@cache
def cubic_points(quick: bool) -> tuple:
    """``((label, certificate, point), ...)``: one hidden unit on each root of the irreducible cubic factor of
    :data:`CUBIC_DATA` (quick: the first two data), ``algebraic_eigen_point`` certificates with the spectrum of
    Sigma isolated; labels give lambda's enclosure, its place among Sigma's eigenvalues and an mpmath value
    (evidence only)."""
    out = []
    for k, (X, Y) in enumerate(CUBIC_DATA[: 2 if quick else 4]):
        for pt in algebraic_eigen_points(X, Y):
            a, b = pt.interval
            label = (f"cubic data {k}, lambda = root {pt.root} of {polynomial_text(pt.f)} in [{a}, {b}] "
                     f"(sigma_{pt.position} of {len(pt.spectrum)}) ~ {pt.approx}")
            out.append((label, algebraic_eigen_certificate(X, Y, pt), pt))
    return tuple(out)
