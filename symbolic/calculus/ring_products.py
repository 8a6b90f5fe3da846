"""Matrix products over a polynomial ring that use the structure of the factors.

``DomainMatrix.matmul`` over :math:`\\mathbb{Q}[w]` multiplies every pair of
entries as ring elements, and ``PolyElement.__mul__`` adds two exponent tuples
of length ``ngens`` for every pair of terms, also when a factor is the
constant 1.  In the Hessian's block formula most factors are structured: the
empty products :math:`W_{L+1,+} = I` and :math:`W_{0,-} = I`, the middle
product :math:`M = I` of adjacent layers, constant data :math:`X X^T`, and
single-term weight entries.  The products here

* skip identity factors and zero entries, and return the other factor's entry
  itself when an entry is 1;
* multiply monomials as packed integers: an exponent tuple
  :math:`(e_1, \\dots, e_n)` with every :math:`e_i < 256` is the integer
  :math:`\\sum_i e_i 256^{i-1}` (``int.from_bytes``), the product of two
  monomials is the sum of their integers as long as no exponent reaches 256,
  and each result is unpacked once (``int.to_bytes``) through a cache shared
  by the whole computation.

The results are the same ``DomainMatrix`` objects (same domain, dense, equal
entries, zeros dropped) that ``matmul`` and :func:`symbolic.core.kronecker.kron`
return; over any domain other than a polynomial ring over ``QQ`` or ``ZZ``, and
for exponents that could overflow a byte, they fall back to those.

Examples
========

>>> from symbolic import Network
>>> from symbolic.calculus.ring_products import RingProducts
>>> R, (W1, W2) = Network([2, 2, 1]).symbolic_weights()
>>> ops = RingProducts(W1.domain)
>>> ops.matmul(W2, W1) == W2.matmul(W1)
True
>>> ops.kron(W2, W1).to_Matrix()[0, :]
Matrix([[W1_11*W2_11, W1_12*W2_11, W1_11*W2_12, W1_12*W2_12]])

Main definitions
----------------
* :class:`RingProducts` -- ``matmul``, ``kron`` and ``mul`` sharing one monomial cache.
"""

from __future__ import annotations

from sympy.polys.matrices import DomainMatrix

from symbolic.core.kronecker import kron as _kron

__all__ = ["RingProducts"]

_BYTE = 256


class _Monomials(dict):
    """Packed monomial -> exponent tuple, unpacked on the first lookup (``int.to_bytes``)."""

    def __init__(self, n: int):
        super().__init__()
        self.n = n

    def __missing__(self, key):
        value = self[key] = tuple(key.to_bytes(self.n, "little"))
        return value


class RingProducts:
    """Structured products of ``DomainMatrix`` (and ring elements) over one domain ``K``.

    ``plain=True`` turns the structure off: every product is then ``DomainMatrix.matmul``,
    :func:`~symbolic.core.kronecker.kron` or ``*`` (the reference the tests compare with).
    One instance serves one computation: it caches the packed form of every
    entry it has seen (by identity; the entries are kept alive) and the
    unpacked exponent tuple of every product monomial.

    Examples
    ========

    >>> from sympy.polys.rings import ring
    >>> from sympy import QQ
    >>> from symbolic.calculus.ring_products import RingProducts
    >>> R, x, y = ring("x, y", QQ)
    >>> ops = RingProducts(R.to_domain())
    >>> ops.mul(x + 2 * y, x - y) == (x + 2 * y) * (x - y)
    True
    """

    def __init__(self, K, plain: bool = False):
        self.K = K
        ring = getattr(K, "ring", None) if getattr(K, "is_PolynomialRing", False) and not plain else None
        self.ring = ring if ring is not None and (ring.domain.is_QQ or ring.domain.is_ZZ) else None
        if self.ring is not None:
            self.n = ring.ngens
            self.zero = ring.zero
            self.czero = ring.domain.zero
            self.cone = ring.domain.one
        self._packed = {}  # id(p) -> (p, [(int, coeff), ...], max exponent)
        self._monomials = _Monomials(self.n if self.ring is not None else 0)  # packed int -> exponent tuple

    # -- elements -------------------------------------------------------------------------------------------------

    def _pack(self, p):
        hit = self._packed.get(id(p))
        if hit is not None and hit[0] is p:
            return hit
        top = max(map(max, p)) if p else 0
        terms = [(int.from_bytes(bytes(m), "little"), c) for m, c in p.items()] if top < _BYTE else None
        hit = self._packed[id(p)] = (p, terms, top)
        return hit

    def _unpack(self, acc):
        """A ring element from ``{packed monomial: coefficient}``, zero coefficients dropped."""
        cache = self._monomials
        return self.zero.new({cache[k]: c for k, c in acc.items() if c})

    def _is_one(self, p):
        return len(p) == 1 and p.get(self.ring.zero_monom) == self.cone

    def _accumulate(self, acc, p, q):
        """``acc += p * q`` on packed monomials; False when an exponent could reach 256."""
        _, tp, ep = self._pack(p)
        _, tq, eq = self._pack(q)
        if tp is None or tq is None or ep + eq >= _BYTE:
            return False
        if not acc and (len(tp) == 1 or len(tq) == 1):  # a term times a polynomial: distinct monomials stay distinct
            (a, c1), terms = (tp[0], tq) if len(tp) == 1 else (tq[0], tp)
            acc.update({a + b: c1 * c2 for b, c2 in terms})
            return True
        get, czero = acc.get, self.czero
        for a, c1 in tp:
            for b, c2 in tq:
                k = a + b
                acc[k] = get(k, czero) + c1 * c2
        return True

    def mul(self, p, q):
        """``p * q`` (the same ring element ``PolyElement.__mul__`` returns)."""
        if self.ring is None:
            return p * q
        if not p or not q:
            return self.zero
        if self._is_one(p):
            return q
        if self._is_one(q):
            return p
        acc = {}
        if not self._accumulate(acc, p, q):
            return p * q
        return self._unpack(acc)

    # -- matrices -------------------------------------------------------------------------------------------------

    def _is_identity(self, rows):
        n = len(rows)
        for i, row in enumerate(rows):
            if len(row) != n:
                return False
            for j, x in enumerate(row):
                if i == j:
                    if not self._is_one(x):
                        return False
                elif x:
                    return False
        return True

    def matmul(self, A: DomainMatrix, B: DomainMatrix) -> DomainMatrix:
        """``A.matmul(B)``; identity factors are returned as the other factor."""
        if self.ring is None or A.domain != self.K or B.domain != self.K or A.rep.fmt != "dense" or B.rep.fmt != "dense":
            return A.matmul(B)
        (m, inner), (inner2, p) = A.shape, B.shape
        if inner != inner2:
            return A.matmul(B)  # let DomainMatrix raise its shape error
        a, b = A.to_list(), B.to_list()
        if m == inner and self._is_identity(a):
            return B
        if inner == p and self._is_identity(b):
            return A
        rows = []
        for i in range(m):
            row = []
            for j in range(p):
                acc, fallback = {}, None
                for k in range(inner):
                    x, y = a[i][k], b[k][j]
                    if x and y and not self._accumulate(acc, x, y):
                        fallback = sum((a[i][t] * b[t][j] for t in range(inner)), self.zero)
                        break
                row.append(fallback if fallback is not None else self._unpack(acc))
            rows.append(row)
        return DomainMatrix(rows, (m, p), self.K)

    def _mul_add(self, x, y, t):
        """``x * y + t`` with one unpacking."""
        if not t:
            return self.mul(x, y)
        acc = {}
        if x and y and not self._accumulate(acc, x, y):
            return x * y + t
        _, terms, _ = self._pack(t)
        if terms is None:
            return self.mul(x, y) + t
        get, czero = acc.get, self.czero
        for k, c in terms:
            acc[k] = get(k, czero) + c
        return self._unpack(acc)

    def kron(self, A: DomainMatrix, B: DomainMatrix, plus=None) -> DomainMatrix:
        """:math:`A \\otimes B`, entry for entry :func:`symbolic.core.kronecker.kron`; with ``plus`` (rows of ring
        elements, or a ``DomainMatrix``, of the product's shape) :math:`A \\otimes B + C`, each entry unpacked once."""
        if plus is not None and not isinstance(plus, list):
            plus = plus.to_list()
        if self.ring is None or A.domain != self.K or B.domain != self.K:
            out = _kron(A, B)
            return out if plus is None else out + DomainMatrix(plus, out.shape, out.domain)
        a, b = A.to_list(), B.to_list()
        (m, n), (p, q) = A.shape, B.shape
        zero, mul, mul_add = self.zero, self.mul, self._mul_add
        rows = []
        for i in range(m):
            for r in range(p):
                row = []
                t = plus[len(rows)] if plus is not None else None
                for j in range(n):
                    x = a[i][j]
                    if t is not None:
                        row.extend(mul_add(x, y, t[j * q + c]) for c, y in enumerate(b[r]))
                    elif not x:
                        row.extend([zero] * q)
                    else:
                        row.extend(mul(x, y) for y in b[r])
                rows.append(row)
        return DomainMatrix(rows, (m * p, n * q), self.K)
