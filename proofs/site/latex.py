r"""Certificate data as LaTeX: rationals, matrices, sparse polynomials, variable names.

Certificates hold exact numbers as strings (``"3/4"``), matrices as lists of rows, and polynomials as sparse lists
of ``[exponents, coefficient]`` pairs over a ``variables`` list.  These functions recognise those shapes and write
them as LaTeX for KaTeX; anything too large is cut with an ellipsis (the full JSON is one click away on each page).

Main definitions
----------------
* :func:`is_rational`, :func:`is_matrix`, :func:`is_polynomial`, :func:`is_polynomial_matrix`.
* :func:`rational`, :func:`matrix`, :func:`polynomial`, :func:`polynomial_matrix`, :func:`variable`.
"""

from __future__ import annotations

import re

__all__ = ["is_rational", "is_matrix", "is_polynomial", "is_polynomial_matrix", "rational", "matrix", "polynomial",
           "polynomial_matrix", "variable", "MAX_ROWS", "MAX_TERMS"]

#: Matrices with more rows or columns than this are shown by their shape only.
MAX_ROWS = 12
#: Polynomials with more terms than this are cut with "+ ... (k more terms)".
MAX_TERMS = 10

_RATIONAL = re.compile(r"^-?\d+(/\d+|\.\d+)?$")
_GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "lambda", "mu", "sigma", "tau", "theta", "rho", "phi", "psi",
          "omega", "eta", "xi", "zeta", "kappa", "nu", "pi", "chi", "Sigma", "Delta", "Lambda", "Gamma", "Phi"}


def is_rational(value) -> bool:
    """An exact number as certificates write it: an int (not a bool) or a string such as ``"-3/4"``.

    Examples
    ========

    >>> from proofs.site.latex import is_rational
    >>> [is_rational(v) for v in ("3/4", "-2", 5, True, "x", 0.5)]
    [True, True, True, False, False, False]
    """
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, str) and bool(_RATIONAL.match(value)))


def rational(value) -> str:
    r"""LaTeX for an exact number.

    Examples
    ========

    >>> from proofs.site.latex import rational
    >>> rational("-3/4"), rational(7), rational("0/2")
    ('-\\tfrac{3}{4}', '7', '0')
    """
    text = str(value)
    if "/" in text:
        num, den = text.split("/")
        sign = "-" if num.startswith("-") else ""
        num = num.lstrip("-")
        if int(num) == 0:
            return "0"
        if den == "1":
            return sign + num
        return f"{sign}\\tfrac{{{num}}}{{{den}}}"
    return text


def is_matrix(value) -> bool:
    """A non-empty list of equally long, non-empty rows of exact numbers.

    Examples
    ========

    >>> from proofs.site.latex import is_matrix
    >>> is_matrix([["1", "0"], ["0", "1/2"]]), is_matrix([["1"], ["0", "1"]]), is_matrix([])
    (True, False, False)
    """
    if not isinstance(value, list) or not value or not all(isinstance(r, list) and r for r in value):
        return False
    width = len(value[0])
    return all(len(r) == width and all(is_rational(x) for x in r) for r in value)


def _too_big(rows: int, cols: int) -> str | None:
    if rows > MAX_ROWS or cols > MAX_ROWS:
        return f"\\text{{a {rows}\\times{cols} matrix (entries in the JSON)}}"
    return None


def matrix(value) -> str:
    r"""LaTeX ``pmatrix`` of a matrix of exact numbers.

    Examples
    ========

    >>> from proofs.site.latex import matrix
    >>> matrix([["1", "-1/2"], ["0", "3"]])
    '\\begin{pmatrix}1 & -\\tfrac{1}{2} \\\\ 0 & 3\\end{pmatrix}'
    """
    big = _too_big(len(value), len(value[0]))
    if big:
        return big
    return "\\begin{pmatrix}" + " \\\\ ".join(" & ".join(rational(x) for x in row) for row in value) + "\\end{pmatrix}"


def variable(name: str) -> str:
    r"""LaTeX for a variable name of a certificate: ``W1_12`` -> ``W1_{12}``, ``a1`` -> ``a_{1}``, ``eps`` -> ``\varepsilon``.

    Examples
    ========

    >>> from proofs.site.latex import variable
    >>> variable("W1_12"), variable("a1"), variable("eps"), variable("delta"), variable("x")
    ('W1_{12}', 'a_{1}', '\\varepsilon', '\\delta', 'x')
    """
    if name in ("eps", "epsilon"):
        return "\\varepsilon"
    if name in _GREEK:
        return "\\" + name
    if "_" in name:
        base, sub = name.split("_", 1)
        return f"{variable(base) if base in _GREEK else base}_{{{sub.replace('_', ',')}}}"
    m = re.match(r"^([A-Za-z]+)(\d+)$", name)
    if m and len(m.group(1)) == 1:
        return f"{m.group(1)}_{{{m.group(2)}}}"
    if len(name) > 1 and name.isalpha():
        return f"\\mathrm{{{name}}}"
    return name


def is_polynomial(value) -> bool:
    """A sparse polynomial: a list of ``[exponents, coefficient]`` pairs (``[]`` is the zero polynomial).

    Examples
    ========

    >>> from proofs.site.latex import is_polynomial
    >>> is_polynomial([[[1, 0], "2"], [[0, 0], "-1"]]), is_polynomial([["1", "2"]])
    (True, False)
    """
    return isinstance(value, list) and all(
        isinstance(t, list) and len(t) == 2 and isinstance(t[0], list) and all(isinstance(e, int) for e in t[0])
        and is_rational(t[1]) for t in value)


def polynomial(value, variables=()) -> str:
    r"""LaTeX for a sparse polynomial over ``variables`` (``x_1, x_2, ...`` when not named).

    Examples
    ========

    >>> from proofs.site.latex import polynomial
    >>> polynomial([[[2, 0], "1/2"], [[0, 1], "-1"], [[0, 0], "3"]], ["a", "b"])
    '\\tfrac{1}{2} a^{2} - b + 3'
    >>> polynomial([])
    '0'
    """
    terms = []
    for exponents, coeff in value[:MAX_TERMS]:
        names = list(variables) if len(variables) == len(exponents) else [f"x_{i + 1}" for i in range(len(exponents))]
        monomial = " ".join(variable(v) + (f"^{{{e}}}" if e > 1 else "")
                            for v, e in zip(names, exponents) if e)
        c = rational(coeff)
        negative = c.startswith("-")
        c = c.lstrip("-")
        if monomial and c == "1":
            c = ""
        body = f"{c} {monomial}".strip()
        terms.append(("- " if negative else "+ ") + body)
    if not terms:
        return "0"
    text = " ".join(terms)
    text = text[2:] if text.startswith("+ ") else "-" + text[2:]
    if len(value) > MAX_TERMS:
        text += f" + \\cdots\\ (\\text{{{len(value) - MAX_TERMS} more terms}})"
    return text


def is_polynomial_matrix(value) -> bool:
    """A matrix whose entries are sparse polynomials (at least one nonzero).

    Examples
    ========

    >>> from proofs.site.latex import is_polynomial_matrix
    >>> is_polynomial_matrix([[[[[], "1"]], []], [[], [[[], "2"]]]])
    True
    """
    if not isinstance(value, list) or not value or not all(isinstance(r, list) and r for r in value):
        return False
    width = len(value[0])
    return (all(len(r) == width and all(is_polynomial(p) for p in r) for r in value)
            and any(p for r in value for p in r))


def polynomial_matrix(value, variables=()) -> str:
    r"""LaTeX ``pmatrix`` of a matrix of sparse polynomials.

    Examples
    ========

    >>> from proofs.site.latex import polynomial_matrix
    >>> polynomial_matrix([[[[[1], "1"]], []], [[], [[[], "2"]]]], ["t"])
    '\\begin{pmatrix}t & 0 \\\\ 0 & 2\\end{pmatrix}'
    """
    big = _too_big(len(value), len(value[0]))
    if big:
        return big
    return ("\\begin{pmatrix}" + " \\\\ ".join(" & ".join(polynomial(p, variables) for p in row) for row in value)
            + "\\end{pmatrix}")
