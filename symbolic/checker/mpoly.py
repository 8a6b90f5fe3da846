"""A tiny multivariate polynomial type for the certificate checker (no SymPy).

A polynomial in ``n`` variables is a dict ``{exponent tuple: coefficient}`` with
no zero coefficients; a coefficient is an exact rational, kept as an ``int``
when its denominator is 1 (integer arithmetic is many times faster than
:class:`fractions.Fraction`) and as a ``Fraction`` otherwise, wrapped in :class:`MPoly` for the ring operations.  Two
polynomials are equal exactly when their dicts are equal (the representation
is canonical), so an identity is checked by expanding both sides: no
simplification, no evaluation, no floats.

Main definitions
----------------
* :class:`MPoly` -- ``+``, ``-``, ``*``, :meth:`MPoly.diff`, :meth:`MPoly.var`,
  :meth:`MPoly.const`.
* :func:`mat_mul`, :func:`mat_add`, :func:`mat_scale`, :func:`transpose`,
  :func:`kron`, :func:`identity`, :func:`const_matrix` -- matrices as lists of rows of
  :class:`MPoly`.
"""

from __future__ import annotations

from fractions import Fraction
from operator import add

from .poly import frac

__all__ = ["MPoly", "sum_of_products", "mat_mul", "mat_add", "mat_sub", "mat_scale", "transpose", "kron", "identity",
           "const_matrix", "zeros"]


def _norm(c):
    """An exact rational as an ``int`` when it is one, else a ``Fraction``."""
    if type(c) is int:
        return c
    if isinstance(c, Fraction):
        return c.numerator if c.denominator == 1 else c
    raise TypeError(f"polynomial coefficient {c!r} is not an exact rational")


def _max_exponent(terms) -> int:
    return max(map(max, terms)) if terms else 0


def _packed(terms):
    """``[(exponents as one int, coefficient)]``: exponent i is byte i (all exponents must be below 256)."""
    return [(int.from_bytes(bytes(e), "little"), c) for e, c in terms.items()]


def _products(n: int, pairs) -> dict:
    """The terms of :math:`\\sum p q` over ``pairs`` of term dicts, normalised (no zero coefficients).

    When the exponents of a product stay below 256 in every variable, exponent tuples are packed into one integer,
    a byte per variable, and multiplied monomials are added as integers: with no carry between bytes the integer sum
    is the packed sum of the tuples, so the result is the same as adding the tuples entry by entry (which is done
    otherwise).
    """
    out: dict = {}
    get = out.get
    slow = []
    for t1, t2 in pairs:
        if n and _max_exponent(t1) + _max_exponent(t2) < 256:
            b = _packed(t2)
            for k1, c1 in _packed(t1):
                for k2, c2 in b:
                    k = k1 + k2
                    out[k] = get(k, 0) + c1 * c2
        else:
            slow.append((t1, t2))
    result = {tuple(k.to_bytes(n, "little")): c for k, c in out.items()}
    get = result.get
    for t1, t2 in slow:
        for e1, c1 in t1.items():
            for e2, c2 in t2.items():
                e = tuple(map(add, e1, e2))
                result[e] = get(e, 0) + c1 * c2
    return {e: _norm(c) for e, c in result.items() if c}


class MPoly:
    """A polynomial over :math:`\\mathbb{Q}` in ``nvars`` variables.

    Examples
    ========

    >>> from symbolic.checker.mpoly import MPoly
    >>> x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    >>> p = (x + y) * (x - y)
    >>> p == x * x - y * y, p.diff(0) == x + x
    (True, True)
    >>> MPoly.const(2, "1/2") * x * 2 == x
    True
    """

    __slots__ = ("n", "terms")

    def __init__(self, n: int, terms=None):
        self.n = n
        self.terms = {e: _norm(c) for e, c in (terms or {}).items() if c != 0}

    @classmethod
    def const(cls, n: int, value) -> "MPoly":
        """The constant polynomial ``value`` (an int, Fraction or rational string)."""
        c = _norm(frac(value))
        return cls(n, {(0,) * n: c} if c else {})

    @classmethod
    def var(cls, n: int, i: int) -> "MPoly":
        """The ``i``-th variable (0-based) of ``n``."""
        if not 0 <= i < n:
            raise ValueError(f"variable index must be in 0..{n - 1}; got {i}")
        e = [0] * n
        e[i] = 1
        return cls(n, {tuple(e): 1})

    def _coerce(self, other) -> "MPoly":
        if isinstance(other, MPoly):
            if other.n != self.n:
                raise ValueError(f"polynomials in {self.n} and {other.n} variables do not mix")
            return other
        return MPoly.const(self.n, other)

    def __add__(self, other):
        other = self._coerce(other)
        out = dict(self.terms)
        for e, c in other.terms.items():
            s = out.get(e, 0) + c
            if s:
                out[e] = _norm(s)
            else:
                out.pop(e, None)
        return MPoly._raw(self.n, out)

    __radd__ = __add__

    def __neg__(self):
        return MPoly._raw(self.n, {e: -c for e, c in self.terms.items()})

    def __sub__(self, other):
        return self + (-self._coerce(other))

    def __rsub__(self, other):
        return self._coerce(other) - self

    def __mul__(self, other):
        other = self._coerce(other)
        if not self.terms or not other.terms:
            return MPoly._raw(self.n, {})
        return MPoly._raw(self.n, _products(self.n, [(self.terms, other.terms)]))

    __rmul__ = __mul__

    def __eq__(self, other):
        if isinstance(other, MPoly):
            return self.n == other.n and self.terms == other.terms
        return self == self._coerce(other)

    def __hash__(self):  # pragma: no cover - polynomials are not dict keys here
        raise TypeError("MPoly is mutable-by-convention and not hashable")

    def __repr__(self):
        return f"MPoly({self.n}, {self.terms!r})"

    @classmethod
    def _raw(cls, n, terms):
        p = cls.__new__(cls)
        p.n, p.terms = n, terms
        return p

    def is_zero(self) -> bool:
        return not self.terms

    def diff(self, i: int) -> "MPoly":
        """:math:`\\partial / \\partial x_i`."""
        out = {}
        for e, c in self.terms.items():
            k = e[i]
            if k:
                out[e[:i] + (k - 1,) + e[i + 1:]] = c * k
        return MPoly._raw(self.n, out)

    def degree(self) -> int:
        return max((sum(e) for e in self.terms), default=-1)


def sum_of_products(n: int, pairs) -> MPoly:
    """:math:`\\sum p q` over ``pairs`` of polynomials in ``n`` variables, expanded once (no intermediate sums).

    Examples
    ========

    >>> from symbolic.checker.mpoly import MPoly, sum_of_products
    >>> x, y = MPoly.var(2, 0), MPoly.var(2, 1)
    >>> sum_of_products(2, [(x, y), (x, x - y)]) == x * x
    True
    """
    for p, q in pairs:
        if p.n != n or q.n != n:
            raise ValueError(f"polynomials in {p.n} and {q.n} variables do not mix with {n}")
    return MPoly._raw(n, _products(n, [(p.terms, q.terms) for p, q in pairs if p.terms and q.terms]))


# -- matrices: lists of rows of MPoly ---------------------------------------------

def zeros(n: int, rows: int, cols: int):
    return [[MPoly(n) for _ in range(cols)] for _ in range(rows)]


def identity(n: int, size: int):
    """The ``size x size`` identity with polynomial entries in ``n`` variables."""
    return [[MPoly.const(n, 1 if i == j else 0) for j in range(size)] for i in range(size)]


def const_matrix(n: int, rows):
    """Nested rationals (ints, Fractions or strings) as constant polynomials."""
    return [[MPoly.const(n, v) for v in row] for row in rows]


def mat_mul(A, B):
    """Matrix product; raises ``ValueError`` if the shapes do not chain."""
    if not A or not B or len(A[0]) != len(B):
        raise ValueError(f"matrices do not chain: {len(A)}x{len(A[0]) if A else 0} times "
                         f"{len(B)}x{len(B[0]) if B else 0}")
    n = A[0][0].n
    cols = len(B[0])
    out = []
    for row in A:
        new = []
        for j in range(cols):
            pairs = [(a.terms, brow[j].terms) for a, brow in zip(row, B) if a.terms and brow[j].terms]
            new.append(MPoly._raw(n, _products(n, pairs)))
        out.append(new)
    return out


def mat_add(A, B):
    if len(A) != len(B) or len(A[0]) != len(B[0]):
        raise ValueError("matrices of different shapes cannot be added")
    return [[a + b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]


def mat_sub(A, B):
    if len(A) != len(B) or len(A[0]) != len(B[0]):
        raise ValueError("matrices of different shapes cannot be subtracted")
    return [[a - b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]


def mat_scale(A, c):
    return [[a * c for a in row] for row in A]


def transpose(A):
    return [list(col) for col in zip(*A)]


def kron(A, B):
    """Kronecker product :math:`A \\otimes B`: block :math:`(i, j)` is :math:`a_{ij} B`."""
    return [[a * b for a in arow for b in brow] for arow in A for brow in B]
