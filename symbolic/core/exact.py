"""Exact inputs: rationals and rational matrices, with floats rejected at the boundary.

Every number that enters an exact computation passes through :func:`rational`.
It accepts Python ``int``, :class:`fractions.Fraction`, SymPy ``Rational`` and
``QQ`` elements, and strings such as ``"3/4"``, ``"-2"`` or ``"0.125"`` (a
decimal string is read exactly, as the rational it spells).  Floats, ``bool``,
NaN, infinities and complex numbers are rejected with a message that says how
to write the number exactly; nothing is coerced behind the user's back.

Main definitions
----------------
* :func:`rational` -- one exact rational (an element of ``QQ``).
* :func:`rational_matrix` -- a ``DomainMatrix`` over ``QQ`` from nested rows.
* :func:`qq_to_str` -- the canonical string of a rational (``"-3/4"``, ``"2"``).
"""

from __future__ import annotations

import math
import numbers
import re
from fractions import Fraction

import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

__all__ = ["rational", "rational_matrix", "qq_to_str", "matrix_to_strings", "identity"]

_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
#: Longest number accepted (digits of a string, of an integer, or a decimal exponent): larger ones are
#: refused at once instead of hanging an exact computation.
MAX_DIGITS = 4000
_FRACTION = re.compile(r"^[+-]?\d+\s*/\s*[+-]?\d+$")


def _float_hint(value: float) -> str:
    if math.isnan(value) or math.isinf(value):
        return "NaN and infinities have no exact value; give a finite rational"
    frac = Fraction(value).limit_denominator(10**6)
    return f'write it as a string holding an exact rational, e.g. "{frac}" or "{value!r}"'


def _check_size(n: int, name: str) -> None:
    if n.bit_length() > MAX_DIGITS * 10 // 3 + 4:   # about MAX_DIGITS decimal digits
        raise ValueError(f"{name} has about {int(n.bit_length() * 0.30103)} digits, more than {MAX_DIGITS} "
                         "for exact work; give a smaller number")


def rational(value, *, name: str = "value"):
    """Return ``value`` as an exact element of ``QQ``; reject anything inexact.

    .. math::

        \\texttt{rational}(v) \\in \\mathbb{Q}

    Examples
    ========

    >>> from symbolic.core.exact import rational
    >>> [str(rational(v)) for v in ("3/4", -2, "0.125")]
    ['3/4', '-2', '1/8']
    >>> rational(0.5)
    Traceback (most recent call last):
    ...
    TypeError: value is the float 0.5; floats are not exact: write it as a string holding an exact rational, e.g. "1/2" or "0.5"
    """
    if isinstance(value, bool):
        raise TypeError(f"{name} is the boolean {value}; write the number itself, e.g. 1 or 0")
    if QQ.of_type(value):
        return value
    if isinstance(value, int):
        _check_size(value, name)
        return QQ(value)
    if isinstance(value, Fraction):
        _check_size(value.numerator, name)
        _check_size(value.denominator, name)
        return QQ(value.numerator, value.denominator)
    if isinstance(value, float):
        raise TypeError(f"{name} is the float {value!r}; floats are not exact: {_float_hint(value)}")
    if isinstance(value, complex):
        raise TypeError(f"{name} is the complex number {value!r}; only real rationals are accepted")
    if isinstance(value, sympy.Basic):
        if isinstance(value, sympy.Rational):
            return QQ(int(value.p), int(value.q))
        if isinstance(value, sympy.Float):
            raise TypeError(f"{name} is the SymPy Float {value}; floats are not exact: {_float_hint(float(value))}")
        raise TypeError(f"{name} is the SymPy expression {value}, not a rational number; "
                        "give an integer or a string such as \"3/4\"")
    if isinstance(value, str):
        text = value.strip()
        if len(text) > MAX_DIGITS:
            raise ValueError(f"{name} is a string of {len(text)} characters, more than {MAX_DIGITS} for exact work; "
                             "give a shorter rational")
        if _FRACTION.match(text):
            num, den = (int(part) for part in text.split("/"))
            if den == 0:
                raise ValueError(f"{name} is {value!r}, a division by zero; give a nonzero denominator")
            return QQ(num, den)
        match = _DECIMAL.match(text)
        if match:
            if match.group(3) and abs(int(match.group(3)[1:])) > MAX_DIGITS:
                raise ValueError(f"{name} is {value!r}, whose decimal exponent is beyond +-{MAX_DIGITS}; "
                                 "exact work needs smaller numbers")
            frac = Fraction(text)  # exact: Fraction reads decimal strings digit by digit
            return QQ(frac.numerator, frac.denominator)
        raise ValueError(f"{name} is the string {value!r}, which is not an exact rational; "
                         'write it like "3/4", "-2" or "0.125"')
    if isinstance(value, numbers.Rational):
        _check_size(int(value.numerator), name)
        _check_size(int(value.denominator), name)
        return QQ(int(value.numerator), int(value.denominator))
    raise TypeError(f"{name} has type {type(value).__name__}; give an int or a string such as \"3/4\"")


def rational_matrix(rows, *, name: str = "matrix", shape: tuple[int, int] | None = None) -> DomainMatrix:
    """Return nested rows of exact rationals as a ``DomainMatrix`` over ``QQ``.

    Rows must be lists (or tuples) of equal, positive length.  If ``shape`` is
    given, it is checked and the message names the expected shape.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> rational_matrix([[1, "1/2"], [0, "-3"]], name="X").to_Matrix()
    Matrix([
    [1, 1/2],
    [0,  -3]])
    >>> rational_matrix([[1, 2], [3]], name="X")
    Traceback (most recent call last):
    ...
    ValueError: X has ragged rows (row lengths [2, 1]); every row needs the same number of entries
    """
    if isinstance(rows, DomainMatrix):
        if rows.domain != QQ:
            raise TypeError(f"{name} is a DomainMatrix over {rows.domain}; give one over QQ")
        mat = rows.to_dense()
    else:
        if isinstance(rows, sympy.MatrixBase):
            rows = rows.tolist()
        if not isinstance(rows, (list, tuple)) or not rows:
            raise ValueError(f"{name} must be a non-empty list of rows; got {rows!r:.80}")
        if not all(isinstance(row, (list, tuple)) for row in rows):
            raise ValueError(f"{name} must be a list of rows, each a list of entries; got {rows!r:.80}")
        lengths = [len(row) for row in rows]
        if len(set(lengths)) != 1:
            raise ValueError(f"{name} has ragged rows (row lengths {lengths}); "
                             "every row needs the same number of entries")
        if lengths[0] == 0:
            raise ValueError(f"{name} has empty rows; every row needs at least one entry")
        data = [[rational(v, name=f"{name}[{i}][{j}]") for j, v in enumerate(row)] for i, row in enumerate(rows)]
        mat = DomainMatrix(data, (len(rows), lengths[0]), QQ)
    if shape is not None and tuple(mat.shape) != tuple(shape):
        raise ValueError(f"{name} has shape {mat.shape[0]} x {mat.shape[1]}; "
                         f"it must be {shape[0]} x {shape[1]}")
    return mat


def identity(n: int, domain=QQ) -> DomainMatrix:
    """The ``n x n`` identity over ``domain``."""
    return DomainMatrix.eye(n, domain).to_dense()


def qq_to_str(value) -> str:
    """Canonical string of a rational: ``"2"``, ``"-3/4"``.

    Examples
    ========

    >>> from symbolic.core.exact import qq_to_str, rational
    >>> qq_to_str(rational("6/8")), qq_to_str(rational(-2))
    ('3/4', '-2')
    """
    value = rational(value)
    num, den = int(value.numerator), int(value.denominator)
    return str(num) if den == 1 else f"{num}/{den}"


def matrix_to_strings(mat: DomainMatrix) -> list[list[str]]:
    """A ``QQ`` matrix as nested lists of rational strings (the JSON form)."""
    return [[qq_to_str(v) for v in row] for row in mat.to_list()]
