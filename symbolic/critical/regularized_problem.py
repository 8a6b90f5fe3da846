r"""The regularized deep linear network of Bharadwaj-Hosten (2023) and its gradient system.

.. math::

    L(W_1, \dots, W_{H+1}) = \tfrac12 \| W_{H+1} \cdots W_1 X - Y \|_F^2
        + \tfrac12 \sum_k \| \Lambda_k \circ W_k \|_F^2,

one :math:`\lambda` per weight entry (:math:`\circ` is the entrywise product).  The gradient of the
regularizer is :math:`\Lambda_k^{\circ 2} \circ W_k` (the loss as written; Bharadwaj-Hosten's code solves with
:math:`\Lambda_k \circ W_k` and differentiates :math:`\|\Lambda_k \circ W_k\|^2` for the Hessian, see
``README.md``).  For generic data the critical points are isolated.

Main definitions
----------------
* :class:`RegularizedProblem` -- dims, data, lambdas (exact), the variables in order (layer by layer, row-major),
  the gradient polynomials in ``QQ[w]``.
* :func:`seeded_problem` -- a reproducible rational instance with every :math:`\lambda \in (0, 1)`.
"""

from __future__ import annotations

import random
from fractions import Fraction

from sympy import QQ
from sympy.polys.orderings import grevlex
from sympy.polys.rings import ring

from symbolic.core.exact import rational_matrix

__all__ = ["RegularizedProblem", "seeded_problem", "low_height_problem"]


def _fractions(mat) -> list[list[Fraction]]:
    return [[Fraction(int(v.numerator), int(v.denominator)) for v in row] for row in mat.to_list()]


class RegularizedProblem:
    """An exact regularized instance: ``dims = (d_0, ..., d_L)``, ``X`` (``d_0 x n``), ``Y`` (``d_L x n``),
    ``lambdas`` (one ``d_k x d_(k-1)`` matrix per layer, entries in (0, 1) are the published setting; any
    nonzero rationals are accepted).

    Examples
    ========

    >>> from symbolic.critical.regularized_problem import RegularizedProblem
    >>> p = RegularizedProblem([1, 1, 1], [[1]], [[2]], [[["1/2"]], [["1/3"]]])
    >>> p.nvars, [str(g) for g in p.gradient()]
    (2, ['w1_1_1*w2_1_1**2 + 1/4*w1_1_1 - 2*w2_1_1', 'w1_1_1**2*w2_1_1 - 2*w1_1_1 + 1/9*w2_1_1'])
    """

    def __init__(self, dims, X, Y, lambdas):
        if (not isinstance(dims, (list, tuple)) or len(dims) < 2
                or not all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in dims)):
            raise ValueError(f"dims must be a list of at least two positive integers; got {dims!r}")
        self.dims = tuple(dims)
        Xm = rational_matrix(X, name="X")
        if Xm.shape[0] != dims[0]:
            raise ValueError(f"X has {Xm.shape[0]} rows; it must have d_0 = {dims[0]} (one column per sample)")
        n = Xm.shape[1]
        Ym = rational_matrix(Y, name="Y", shape=(dims[-1], n))
        if not isinstance(lambdas, (list, tuple)) or len(lambdas) != len(dims) - 1:
            raise ValueError(f"lambdas must hold one matrix per layer ({len(dims) - 1}); got {lambdas!r:.80}")
        lams = [rational_matrix(lam, name=f"lambdas[{k}]", shape=(dims[k + 1], dims[k]))
                for k, lam in enumerate(lambdas)]
        self.X, self.Y = _fractions(Xm), _fractions(Ym)
        self.lambdas = [_fractions(lam) for lam in lams]
        if any(v == 0 for lam in self.lambdas for row in lam for v in row):
            raise ValueError("every lambda must be nonzero (a zero lambda leaves a direction unregularized and the "
                             "critical set may not be finite); the published setting draws them in (0, 1)")
        self.names = [f"w{k + 1}_{i + 1}_{j + 1}" for k in range(len(dims) - 1)
                      for i in range(dims[k + 1]) for j in range(dims[k])]
        self.nvars = len(self.names)
        self._grad = None

    def shapes(self):
        """``(rows, cols)`` of each layer."""
        return [(self.dims[k + 1], self.dims[k]) for k in range(len(self.dims) - 1)]

    def to_json(self) -> dict:
        """Dims, data and lambdas as rational strings."""
        def s(M):
            return [[str(v) for v in row] for row in M]
        return {"dims": list(self.dims), "X": s(self.X), "Y": s(self.Y), "lambdas": [s(L) for L in self.lambdas]}

    def ring(self):
        """``(R, gens)``: ``QQ[w]`` with the generators in :attr:`names` order."""
        if self._grad is None:
            self.gradient()
        return self._ring, self._gens

    def layers(self, gens):
        """The weight matrices as nested lists of the given per-variable values, in :attr:`names` order."""
        out, pos = [], 0
        for r, c in self.shapes():
            out.append([[gens[pos + i * c + j] for j in range(c)] for i in range(r)])
            pos += r * c
        return out

    def gradient(self):
        """The gradient polynomials :math:`\\partial L / \\partial w` in :attr:`names` order (ring elements)."""
        if self._grad is not None:
            return self._grad
        R, *gens = ring(",".join(self.names), QQ, grevlex)
        self._ring, self._gens = R, gens
        Ws = self.layers(gens)
        A = Ws[0]
        for W in Ws[1:]:
            A = [[sum((W[i][k] * A[k][j] for k in range(len(A))), R.zero) for j in range(len(A[0]))]
                 for i in range(len(W))]
        X = [[QQ(v.numerator, v.denominator) for v in row] for row in self.X]
        E = [[sum((A[i][k] * X[k][j] for k in range(len(X))), R.zero) - QQ(self.Y[i][j].numerator, self.Y[i][j].denominator)
              for j in range(len(X[0]))] for i in range(len(A))]
        loss = sum((e * e for row in E for e in row), R.zero) / 2
        lam2 = [QQ(v.numerator, v.denominator) ** 2 for lam in self.lambdas for row in lam for v in row]
        self._loss = loss + sum((l2 * g * g for l2, g in zip(lam2, gens)), R.zero) / 2
        self._grad = [self._loss.diff(g) for g in gens]
        return self._grad

    def loss(self):
        """The loss as a ring element."""
        self.gradient()
        return self._loss


def seeded_problem(dims, samples: int = 1, seed: int = 0) -> RegularizedProblem:
    """A reproducible generic instance: ``X``, ``Y`` entries ``k/8`` with ``k`` in -24..24 (nonzero), redrawn until
    ``X`` has full rank (a rank-deficient ``X`` is not generic: (2, 2, 2) with two samples then has 33 critical
    points instead of 225), the lambdas distinct, ``k/256`` with ``k`` in 1..255.

    Examples
    ========

    >>> from symbolic.critical.regularized_problem import seeded_problem
    >>> p = seeded_problem([1, 1, 1], seed=3)
    >>> p.to_json() == seeded_problem([1, 1, 1], seed=3).to_json()
    True
    """
    from sympy.polys.matrices import DomainMatrix

    rng = random.Random(f"regularized-{list(dims)}-{samples}-{seed}")

    def entry():
        k = 0
        while k == 0:
            k = rng.randint(-24, 24)
        return Fraction(k, 8)

    while True:
        X = [[entry() for _ in range(samples)] for _ in range(dims[0])]
        rank = DomainMatrix([[QQ(v.numerator, v.denominator) for v in row] for row in X], (dims[0], samples), QQ).rank()
        if rank == min(dims[0], samples):
            break
    Y = [[str(entry()) for _ in range(samples)] for _ in range(dims[-1])]
    nweights = sum(dims[k] * dims[k + 1] for k in range(len(dims) - 1))
    pool = iter(rng.sample(range(1, 256), nweights))  # distinct lambdas: equal ones can make the instance special
    lambdas = [[[str(Fraction(next(pool), 256)) for _ in range(dims[k])] for _ in range(dims[k + 1])]
               for k in range(len(dims) - 1)]
    return RegularizedProblem(dims, [[str(v) for v in row] for row in X], Y, lambdas)


def low_height_problem(dims, samples: int = 1, seed: int = 0) -> RegularizedProblem:
    """A reproducible instance with small numbers: ``X``, ``Y`` entries nonzero integers in -3..3 (``X`` of full
    rank), the lambdas distinct fractions ``p/q`` in (0, 1) with ``q <= 9``.  Small heights keep exact certificates
    small: the completeness cofactors of (2, 2, 2) take 13 MB here against about 0.8 GB for :func:`seeded_problem`
    (README).  Small numbers can make an instance special (fewer points than the generic count): compare the count
    with the generic one before reporting it as such.

    Examples
    ========

    >>> from symbolic.critical.regularized_problem import low_height_problem
    >>> p = low_height_problem([1, 2, 1], seed=1)
    >>> p.to_json() == low_height_problem([1, 2, 1], seed=1).to_json()
    True
    """
    from sympy.polys.matrices import DomainMatrix

    rng = random.Random(f"regularized-low-{list(dims)}-{samples}-{seed}")

    def entry():
        return rng.choice([-3, -2, -1, 1, 2, 3])

    while True:
        X = [[entry() for _ in range(samples)] for _ in range(dims[0])]
        rank = DomainMatrix([[QQ(v) for v in row] for row in X], (dims[0], samples), QQ).rank()
        if rank == min(dims[0], samples):
            break
    Y = [[entry() for _ in range(samples)] for _ in range(dims[-1])]
    pool = sorted({Fraction(p, q) for q in range(2, 10) for p in range(1, q)})
    nweights = sum(dims[k] * dims[k + 1] for k in range(len(dims) - 1))
    if nweights > len(pool):
        raise ValueError(f"{nweights} weights need more distinct small lambdas than the {len(pool)} available")
    chosen = iter(rng.sample(pool, nweights))
    lambdas = [[[str(next(chosen)) for _ in range(dims[k])] for _ in range(dims[k + 1])] for k in range(len(dims) - 1)]
    return RegularizedProblem(dims, [[str(v) for v in row] for row in X], [[str(v) for v in row] for row in Y], lambdas)
