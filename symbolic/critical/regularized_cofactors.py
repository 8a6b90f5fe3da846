r"""Completeness certificates for the critical points of a regularized network: ideal members with cofactors.

The checker (:mod:`symbolic.checker.quotient_bound`) bounds the number of distinct complex critical points by
:math:`\#S`, the monomials divisible by no leading monomial of some :math:`g_i = \sum_j c_{ij} \partial_j L`;
with as many disjoint Krawczyk boxes the count is exact.  This module finds the :math:`c_{ij}`: a Groebner basis
of the gradient ideal whose elements remember how they are made from the gradient.

* ``sympy`` (default, always present): :class:`symbolic.critical.components_ideal.TrackedBasis`, Buchberger over
  ``QQ`` keeping cofactors; under a second up to 20 points, but (1, 3, 2)'s 73 points did not finish in 400 s.
* ``singular`` (optional, Debian package ``singular``, run as a subprocess): ``liftstd``, which returns a
  standard basis and the transformation matrix together; under a second up to 129 points.  At 225 points
  ((2, 2, 2)) it takes minutes and its cofactors are far too large to check (README).

Only the cofactors go into the certificate (the checker recomputes each :math:`g_i` from them).

Main definitions
----------------
* :func:`completeness_cofactors` -- ``{"order": "grevlex", "elements": [...]}`` for a problem.
* :func:`singular_cofactors`, :func:`sympy_cofactors`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from fractions import Fraction

__all__ = ["completeness_cofactors", "singular_cofactors", "sympy_cofactors", "cofactor_terms"]


def _encode(poly: dict) -> list:
    """``{exps: rational}`` as the certificate's ``[[exps], "p/q"]`` terms (sorted, exact)."""
    return [[list(e), str(Fraction(c))] for e, c in sorted(poly.items())]


def cofactor_terms(spec: dict) -> int:
    """The number of cofactor terms in a certificate part (its size)."""
    return sum(len(c) for row in spec["elements"] for c in row)


# -- SymPy ---------------------------------------------------------------------------------------------------

def sympy_cofactors(problem, work_limit: int = 2_000_000) -> dict:
    """Cofactors from SymPy (a tracked Buchberger); raises ``WorkLimitExceeded`` above ``work_limit`` steps.

    Examples
    ========

    >>> from symbolic.critical.regularized_problem import RegularizedProblem
    >>> from symbolic.critical.regularized_cofactors import sympy_cofactors
    >>> spec = sympy_cofactors(RegularizedProblem([1, 1, 1], [[1]], [[2]], [[["1/2"]], [["1/3"]]]))
    >>> spec["order"], len(spec["elements"][0])
    ('grevlex', 2)
    """
    from symbolic.critical.components_ideal import TrackedBasis

    R, _ = problem.ring()
    B = TrackedBasis(problem.gradient(), R, work_limit=work_limit)
    leads = [lm for _, lm, _ in B.basis]
    keep = [k for k, lm in enumerate(leads)  # a minimal subset: drop elements whose lead another one divides
            if not any(o != k and all(a <= b for a, b in zip(leads[o], lm)) and (leads[o] != lm or o < k)
                       for o in range(len(leads)))]
    elements = [[_encode({e: Fraction(int(c.numerator), int(c.denominator)) for e, c in cof.items()})
                 for cof in B.cofactors[k]] for k in keep]
    return {"order": "grevlex", "elements": elements}


# -- Singular ------------------------------------------------------------------------------------------------

def _singular_poly(p, nvars) -> str:
    terms = []
    for mono, c in sorted(p.items()):
        c = Fraction(int(c.numerator), int(c.denominator))
        factors = [f"x({i + 1})^{e}" if e > 1 else f"x({i + 1})" for i, e in enumerate(mono) if e]
        terms.append("*".join([f"({c.numerator}/{c.denominator})"] + factors))
    return "+".join(terms) if terms else "0"


def singular_script(problem) -> str:
    """The Singular program: ``liftstd`` of the gradient ideal (grevlex ``dp``), then every nonzero cofactor as a
    line ``column row polynomial``."""
    polys = ",\n  ".join(_singular_poly(f, problem.nvars) for f in problem.gradient())
    return (f"ring r = 0, (x(1..{problem.nvars})), dp;\nshort = 0;\nideal I =\n  {polys};\n"
            "matrix T;\nideal G = liftstd(I, T);\nint i; int j;\n"
            'for (j = 1; j <= ncols(T); j++) {\n  for (i = 1; i <= nrows(T); i++) {\n'
            '    if (T[i, j] != 0) { print(string(j) + " " + string(i) + " " + string(T[i, j])); }\n  }\n}\n'
            'print("done " + string(ncols(T)));\nquit;\n')


_TERM = re.compile(r"([+-]?)(\d+(?:/\d+)?)?\*?((?:x\(\d+\)(?:\^\d+)?\*?)*)")
_VAR = re.compile(r"x\((\d+)\)(?:\^(\d+))?")


def parse_singular_poly(text: str, nvars: int) -> dict:
    """Singular's ``string(poly)`` (variables ``x(i)``, ``short = 0``) as ``{exps: Fraction}``.

    Examples
    ========

    >>> from symbolic.critical.regularized_cofactors import parse_singular_poly
    >>> sorted(parse_singular_poly("-3/4*x(1)^2*x(2)+x(2)-5", 2).items())
    [((0, 0), Fraction(-5, 1)), ((0, 1), Fraction(1, 1)), ((2, 1), Fraction(-3, 4))]
    """
    out: dict = {}
    pos, text = 0, text.strip()
    while pos < len(text):
        m = _TERM.match(text, pos)
        if not m or m.end() == pos:
            raise ValueError(f"cannot read Singular's output near {text[pos:pos + 40]!r}")
        pos = m.end()
        sign, coef, mono = m.groups()
        c = Fraction(coef) if coef else Fraction(1)
        if sign == "-":
            c = -c
        e = [0] * nvars
        for v, k in _VAR.findall(mono):
            e[int(v) - 1] += int(k) if k else 1
        e = tuple(e)
        out[e] = out.get(e, 0) + c
    return {e: c for e, c in out.items() if c}


def singular_available() -> bool:
    """Whether the ``Singular`` program is on the PATH."""
    return shutil.which("Singular") is not None


def singular_cofactors(problem, timeout_seconds: float = 3600.0) -> dict:
    """Cofactors from Singular's ``liftstd``.  ``timeout_seconds`` only guards against a hung subprocess (it
    raises; a result never depends on it)."""
    if not singular_available():
        raise RuntimeError("Singular is not installed (Debian: apt-get install singular)")
    with tempfile.TemporaryDirectory(prefix="dlnproof-lift-") as tmp:
        path = os.path.join(tmp, "lift.sing")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(singular_script(problem))
        try:
            done = subprocess.run(["Singular", "-q", "--no-rc", path], capture_output=True, text=True,
                                  timeout=timeout_seconds, check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"Singular did not finish in {timeout_seconds} s") from None
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # Singular's coefficients run to thousands of digits
    try:
        return _read_cofactors(done, problem.nvars)
    finally:
        sys.set_int_max_str_digits(limit)


def _read_cofactors(done, m) -> dict:
    lines = done.stdout.splitlines()
    if done.returncode != 0 or not lines or not lines[-1].startswith("done "):
        raise RuntimeError(f"Singular failed: {(done.stderr or done.stdout).strip()[-300:]}")
    ncols = int(lines[-1].split()[1])
    rows = [[{} for _ in range(m)] for _ in range(ncols)]
    for line in lines[:-1]:
        j, i, text = line.split(" ", 2)
        rows[int(j) - 1][int(i) - 1] = parse_singular_poly(text, m)
    return {"order": "grevlex", "elements": [[_encode(c) for c in row] for row in rows if any(row)]}


def completeness_cofactors(problem, backend: str = "auto") -> dict:
    """The cofactor certificate part by ``backend`` (``"sympy"``, ``"singular"``, or ``"auto"``: Singular when
    installed, else SymPy)."""
    if backend == "auto":
        backend = "singular" if singular_available() else "sympy"
    if backend == "singular":
        return singular_cofactors(problem)
    if backend == "sympy":
        return sympy_cofactors(problem)
    raise ValueError(f"unknown cofactor backend {backend!r}; use sympy, singular or auto")
