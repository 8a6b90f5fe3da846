r"""Building ``matrix_identity`` certificates over generic matrices: every entry its own variable.

A proof step that asserts a matrix or trace identity is checked for **all** matrices of the stated sizes by
expanding both sides as polynomials in the entries (:mod:`symbolic.checker.matrix_identity` re-expands them).
:class:`IdentityBuilder` allocates the variables, holds the named matrices (generic, constant, or derived and then
tied to their definition by an equality the checker verifies), and writes Frobenius inner products
:math:`\langle P, Q\rangle = \sum_k e_k^T P^T Q e_k` as sums of ``1 x 1`` products with constant unit vectors.

Main definitions
----------------
* :class:`IdentityBuilder`.
"""

from __future__ import annotations

from fractions import Fraction

from symbolic.checker.mpoly import MPoly
from symbolic.checker.positivity import poly_to_json

__all__ = ["IdentityBuilder"]


class IdentityBuilder:
    r"""Variables, named polynomial matrices and equalities of one ``matrix_identity`` certificate.

    Examples
    ========

    >>> from proofs.checks.matrix_terms import IdentityBuilder
    >>> from symbolic.checker.bundle import verify
    >>> b = IdentityBuilder()
    >>> b.generic("A", 2, 3); b.generic("B", 3, 2)
    >>> b.equal(b.inner("A^T", "B", 2), b.trace_of(["A", "B"], 2))   # <A^T, B> = tr(AB)
    >>> verify(b.certificate())[0]
    True
    """

    def __init__(self):
        self.names: list[str] = []
        self.mats: dict[str, list[list[MPoly]]] = {}
        self.equalities: list[dict] = []
        self.nonzero: list[str] = []
        self._pending: list[tuple[str, list[list[MPoly]] | None, object]] = []

    # -- variables and matrices ------------------------------------------------------------------------------------
    def _var(self, name: str) -> int:
        self.names.append(name)
        return len(self.names) - 1

    def generic(self, name: str, rows: int, cols: int) -> None:
        """A matrix whose entries are fresh variables ``name[i,j]``."""
        idx = [[self._var(f"{name}[{i},{j}]") for j in range(cols)] for i in range(rows)]
        self._pending.append((name, None, idx))

    def scalar(self, name: str) -> None:
        """A ``1 x 1`` matrix holding one fresh variable (``t``, ``alpha``)."""
        self.generic(name, 1, 1)

    def constant(self, name: str, rows) -> None:
        """A constant rational matrix (rows of ints, Fractions or strings)."""
        self._pending.append((name, [[Fraction(x) for x in row] for row in rows], None))

    def unit(self, name: str, size: int, k: int) -> None:
        """The ``k``-th unit column vector of length ``size``."""
        if not 0 <= k < size:
            raise ValueError(f"unit vector index {k} is out of range for length {size}; use 0 <= k < {size}")
        self.constant(name, [[1 if i == k else 0] for i in range(size)])

    def scaled_identity(self, name: str, size: int, scalar: str) -> None:
        """``scalar * I_size`` for a ``1 x 1`` generic ``scalar`` (to multiply a matrix by ``t``)."""
        self._pending.append((name, None, ("scaled", size, scalar)))

    def derived(self, name: str, terms) -> None:
        """A matrix defined as a sum of products (``terms`` as in :meth:`equal`); its definition is an equality."""
        self._pending.append((name, None, ("derived", terms)))
        self.equalities.append({"left": [{"coefficient": "1", "factors": [name]}], "right": self._terms(terms)})

    def _build(self):
        n = len(self.names)
        for name, const, spec in self._pending:
            if name in self.mats:
                continue
            if const is not None:
                self.mats[name] = [[MPoly.const(n, x) for x in row] for row in const]
            elif isinstance(spec, list):
                self.mats[name] = [[MPoly.var(n, i) for i in row] for row in spec]
            elif spec[0] == "scaled":
                _, size, scalar = spec
                s = self.mats[scalar][0][0]
                self.mats[name] = [[s if i == j else MPoly.const(n, 0) for j in range(size)] for i in range(size)]
            else:
                self.mats[name] = self._evaluate(spec[1], n)

    def _evaluate(self, terms, n):
        total = None
        for t in self._terms(terms):
            prod = None
            for f in t["factors"]:
                base, _, tr = f.partition("^")
                M = self.mats[base]
                if tr == "T":
                    M = [list(c) for c in zip(*M)]
                prod = M if prod is None else [[sum((a * b for a, b in zip(r, c)), MPoly.const(n, 0))
                                                for c in zip(*M)] for r in prod]
            c = Fraction(t["coefficient"])
            prod = [[x * c for x in row] for row in prod]
            total = prod if total is None else [[a + b for a, b in zip(ra, rb)] for ra, rb in zip(total, prod)]
        return total

    # -- terms ----------------------------------------------------------------------------------------------------
    @staticmethod
    def _terms(terms):
        out = []
        for t in terms:
            if isinstance(t, dict):
                out.append({"coefficient": str(t.get("coefficient", "1")), "factors": list(t["factors"])})
            else:
                coefficient, factors = t
                out.append({"coefficient": str(coefficient), "factors": list(factors)})
        return out

    def inner(self, P: str, Q: str, cols: int, coefficient="1", prefix=()) -> list:
        r"""Terms of :math:`c \cdot \text{prefix} \cdot \langle P, Q\rangle` (``cols`` columns), as ``1 x 1`` products."""
        out = []
        for k in range(cols):
            e = f"e{cols}_{k}"
            if e not in {p[0] for p in self._pending}:
                self.unit(e, cols, k)
            out.append((coefficient, [*prefix, f"{e}^T", _t(P), Q, e]))
        return out

    def trace_of(self, factors, size: int, coefficient="1", prefix=()) -> list:
        """Terms of ``c * prefix * tr(product of factors)`` (a ``size x size`` product)."""
        out = []
        for k in range(size):
            e = f"e{size}_{k}"
            if e not in {p[0] for p in self._pending}:
                self.unit(e, size, k)
            out.append((coefficient, [*prefix, f"{e}^T", *factors, e]))
        return out

    def equal(self, left, right) -> None:
        """Record ``sum(left) == sum(right)`` (each a list of ``(coefficient, factors)`` or term dicts)."""
        self.equalities.append({"left": self._terms(left), "right": self._terms(right)})

    def certificate(self) -> dict:
        self._build()
        rows = {name: [[poly_to_json(x) for x in row] for row in M] for name, M in self.mats.items()}
        return {"kind": "matrix_identity", "variables": list(self.names), "matrices": rows,
                "equalities": list(self.equalities), "nonzero": list(self.nonzero)}


def _t(name: str) -> str:
    """The transpose of a factor name."""
    return name[:-2] if name.endswith("^T") else f"{name}^T"
