"""Search for polynomial descent and ascent curves, confirmed exactly.

A curve :math:`x(t) = x_0 + \\sum_{p=1}^{P} t^p C_p` with rational :math:`C_p`
certifies that :math:`x_0` is not a local minimum when

.. math::

    F(x(t)) - F(x_0) = c\\, t^m + O(t^{m+1}), \\qquad c < 0,

(not a local maximum when :math:`c > 0`).  Straight lines are not enough
(Peano's :math:`f = (y - x^2)(y - 2x^2)` is minimal at 0 on every line), so the
search combines, cheapest first:

0. at a zero tuple of a network, the closed-form curve of order :math:`L`
   (:func:`symbolic.landscape.newton_curves.zero_tuple_curve`);
1. the gradient (:math:`x_0 \\mp t \\nabla F`) at a non-critical point;
2. a curvature vector of the Hessian (:math:`v^T H v \\lessgtr 0`), order 2;
3. lines in :math:`\\ker H`, whose first nonzero form is the cubic (order 3)
   or a higher one; an odd order gives both signs (:math:`t \\mapsto -t`);
4. the kernel with a correction :math:`x_0 + t v + t^k w`, :math:`k = 2, 3`
   (:func:`_jet_correction`); for :math:`k = 2`, with
   :math:`F(x_0 + u) = F_0 + \\tfrac12 u^T H u + T_3(u) + T_4(u) + \\dots`,
   :math:`Hv = 0` and :math:`T_3(v) = 0`, the :math:`t^4` coefficient is
   :math:`\\tfrac12 w^T H w + b^T w + T_4(v)` with :math:`b = \\nabla T_3(v)`,
   minimal at :math:`H w = -b` with value :math:`T_4(v) + \\tfrac12 b^T w`
   (Peano: :math:`v = (1, 0)`, :math:`w = (0, 3/2)`, coefficient :math:`-1/4`);
   if :math:`b \\notin \\operatorname{range} H` a kernel direction makes it negative;
4b. lines moving every layer at once, :math:`W_k + t A_k` for all :math:`k` (networks only):
   at a zero tuple of depth :math:`L` the loss along such a line is
   :math:`\\tfrac12\\lVert t^L A_L \\cdots A_1 X - Y\\rVert^2`, order :math:`L` (negating :math:`A_1`
   flips the sign of the :math:`t^L` term), so the search order reaches the depth;
4c. corrections solved order by order along Newton polygons, Puiseux style (polynomials in at most
   4 variables; :func:`symbolic.landscape.newton_curves.newton_curves`): corrections at :math:`t^4` and beyond,
   several corrections, each candidate confirmed at the order its polygon predicts;
5. per-layer weighted scalings :math:`W_k + t^{a_k} A_k` (networks only),
   small integer :math:`a_k`, small random rational :math:`A_k`; for a polynomial
   in at most 6 variables the same per coordinate, :math:`x_i + c_i t^{a_i}`;
   the weight tuples are generated lazily in the order they are used (:func:`weight_tuples`);
5b. the same weight tuples with blocks of Hessian kernel vectors
   (:func:`symbolic.landscape.newton_curves.layer_weight_curves`), for non-uniform orders such as :math:`(1, 2, 1)`;
6. random low-degree rational curves;
7. a numeric search on small spheres (mpmath at scoped precision), its direction
   rounded to rationals and confirmed exactly.

Every curve returned has been confirmed by the objective's exact Taylor
coefficients.  Randomness comes from ``random.Random(seed)`` only.

**Work, not time.**  Each strategy (stage) may spend ``budget`` work units
(:func:`taylor_units` per exact Taylor expansion or gradient); a stage that
reaches its budget stops (``"stopped": "work budget"`` in ``tried``) and the next
one runs, so the same input gives the same answer on every machine.  The
``seconds`` is only a safety net, counted on :func:`deadline_clock` (this process's
CPU seconds, so other processes on a busy machine do not bring it sooner): reaching it
raises :class:`SearchDeadline`, naming the stage, never a quiet "no curve".

Main definitions
----------------
* :class:`Curve`, :func:`confirm_curve`, :func:`find_curve`, :func:`weight_tuples`,
  :func:`taylor_units`, :class:`SearchDeadline`, :func:`default_max_order`.
"""

from __future__ import annotations

import itertools
import random
import time
from dataclasses import dataclass, field

from sympy.polys.domains import QQ

from symbolic.core.exact import rational
from symbolic.calculus.inertia import LDLResult, kernel_basis, ldl, negative_curvature_vector, positive_curvature_vector, solve_symmetric

__all__ = ["Curve", "confirm_curve", "find_curve", "weight_tuples", "taylor_units", "default_max_order",
           "check_budget", "SearchDeadline", "DEFAULT_MAX_ORDER", "DEFAULT_STAGE_BUDGET", "deadline_clock"]

#: The clock of the safety deadlines: CPU seconds of this process (user + system).  A loaded machine slows the wall
#: clock's view of a search by the number of busy processes; it barely changes the search's own CPU time.
deadline_clock = time.process_time

DEFAULT_MAX_ORDER = 8
#: Work units (:func:`taylor_units`) one strategy of :func:`find_curve` may spend before the next one runs.  About
#: 0.2-0.4 ms of one core per unit here, so at most some 15 s per stage; the ledger's classifications stay far below.
DEFAULT_STAGE_BUDGET = 50_000


class SearchDeadline(Exception):
    """The safety deadline (CPU seconds, :data:`deadline_clock`) was reached; ``stage`` names where the search stopped."""

    def __init__(self, stage: str, tried: list | None = None):
        super().__init__(f"deadline reached in stage {stage}")
        self.stage = stage
        self.tried = tried or []


class _BudgetExhausted(Exception):
    pass


def weight_tuples(length: int, top: int = 3):
    """The nonzero tuples of :math:`\\{0, \\dots, top\\}^{length}` in the order ``(sum(a), a)``, lazily.

    The same sequence as sorting all :math:`(top + 1)^{length}` tuples by ``(sum, tuple)``, without building them:
    by increasing sum, and within one sum lexicographically (the first entry runs upwards over the values that the
    remaining entries can complete).

    Examples
    ========

    >>> from symbolic.landscape.descent import weight_tuples
    >>> list(weight_tuples(2, 1))
    [(0, 1), (1, 0), (1, 1)]
    >>> import itertools
    >>> gen = weight_tuples(20)
    >>> [next(gen) for _ in range(3)], len(list(itertools.islice(gen, 1000)))
    ([(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0), (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0)], 1000)
    """
    for total in range(1, top * length + 1):
        yield from _tuples_with_sum(length, total, top)


def _tuples_with_sum(length, total, top):
    if length == 0:
        yield ()
        return
    for first in range(max(0, total - top * (length - 1)), min(top, total) + 1):
        for rest in _tuples_with_sum(length - 1, total - first, top):
            yield (first,) + rest


def taylor_units(F, order: int) -> int:
    """Work units of one exact Taylor expansion of ``F`` to ``order`` (a deterministic count, not a time).

    Networks: :math:`1 + P (m + 1) / 200 + L (m + 1)^2 / 400` (:math:`P` parameters, depth :math:`L`, order
    :math:`m`; measured 0.2-0.4 ms per unit on this project's 2-core machine from 2 to 400 parameters);
    polynomials: :math:`1 + T (m + 1) / 100` for :math:`T` terms; other objectives: :math:`1 + P (m + 1) / 200`.

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.calculus.objective import NetworkObjective
    >>> from symbolic.landscape.descent import taylor_units
    >>> taylor_units(NetworkObjective(Network([1, 1, 1]), SquaredLoss([[1]], [[1]])), 8)
    1
    """
    net = getattr(F, "network", None)
    if net is not None:
        return 1 + net.nparams * (order + 1) // 200 + net.depth * (order + 1) ** 2 // 400
    poly = getattr(F, "poly", None)
    if poly is not None:
        return 1 + len(poly) * (order + 1) // 100
    return 1 + F.nparams * (order + 1) // 200


def default_max_order(F) -> int:
    """The highest Taylor order the search reads: :data:`DEFAULT_MAX_ORDER`, or the depth of a deeper network
    (a zero tuple of depth :math:`L` first moves at order :math:`L`).

    Examples
    ========

    >>> from symbolic import Network, SquaredLoss
    >>> from symbolic.calculus.objective import NetworkObjective
    >>> from symbolic.landscape.descent import default_max_order
    >>> default_max_order(NetworkObjective(Network([1] * 21), SquaredLoss([[1]], [[1]])))
    20
    """
    net = getattr(F, "network", None)
    return max(DEFAULT_MAX_ORDER, net.depth) if net is not None else DEFAULT_MAX_ORDER


@dataclass
class Curve:
    """A confirmed curve: ``terms[p-1]`` is :math:`C_p` (flat), ``coefficient`` is :math:`c` at ``order``."""

    terms: list
    order: int
    coefficient: object
    strategy: str = ""

    @property
    def sign(self) -> int:
        return 1 if self.coefficient > 0 else -1


def _flip(terms):
    return [[-v for v in C] if p % 2 == 0 else list(C) for p, C in enumerate(terms)]


def confirm_curve(F, x0, terms, sign, max_order=DEFAULT_MAX_ORDER, strategy=""):
    """The curve (or its reflection :math:`t \\mapsto -t`) if its leading term has the sign ``sign``.

    Computes :math:`c_0, \\dots, c_{max\\_order}` of :math:`F(x(t))` exactly; the
    first nonzero :math:`c_m` (:math:`m \\ge 1`) decides.  Returns a :class:`Curve` or ``None``.

    Examples
    ========

    >>> import sympy
    >>> from symbolic.calculus.objective import PolynomialObjective
    >>> from symbolic.landscape.descent import confirm_curve
    >>> x, y = sympy.symbols("x y")
    >>> F = PolynomialObjective((y - x**2) * (y - 2*x**2), [x, y])
    >>> c = confirm_curve(F, [0, 0], [[1, 0], [0, "3/2"]], -1)
    >>> c.order, str(c.coefficient)
    (4, '-1/4')
    >>> confirm_curve(F, [0, 0], [[1, 0]], -1) is None
    True
    """
    terms = [[rational(v, name='curve entry') for v in C] for C in terms]
    while terms and all(v == 0 for v in terms[-1]):
        terms.pop()
    if not terms:
        return None
    coeffs = F.taylor(x0, terms, max_order)
    m = next((k for k in range(1, len(coeffs)) if coeffs[k] != 0), None)
    if m is None:
        return None
    c = coeffs[m]
    if (c > 0) == (sign > 0):
        return Curve(terms, m, c, strategy)
    if m % 2 == 1:
        return Curve(_flip(terms), m, -c, strategy)
    return None


@dataclass
class SearchContext:
    """Shared exact data of one point: Hessian, its congruence diagonalisation, kernel."""

    F: object
    x0: list
    hessian: object = None
    ldl: LDLResult | None = None
    kernel: list | None = None
    gradient: list | None = None
    deadline: float = float("inf")
    seed: int = 0
    max_order: int = DEFAULT_MAX_ORDER
    tried: list = field(default_factory=list)
    budget: int = DEFAULT_STAGE_BUDGET
    work: int = 0
    stage: str = ""

    def charge(self, units: int):
        """Count ``units`` of work in the current stage; stop the stage at its budget, the search at the deadline."""
        self.work += units
        if deadline_clock() > self.deadline:
            raise SearchDeadline(self.stage)
        if self.work > self.budget:
            raise _BudgetExhausted

    def taylor(self, terms, order):
        """``F.taylor`` at ``x0``, counted."""
        self.charge(taylor_units(self.F, order))
        return self.F.taylor(self.x0, terms, order)

    def gradient_at(self, x):
        """``F.gradient(x)``, counted as a second-order expansion."""
        self.charge(taylor_units(self.F, 2))
        return self.F.gradient(x)

    def prepare(self):
        if self.gradient is None:
            self.gradient = self.F.gradient(self.x0)
        if self.hessian is None:
            self.hessian = self.F.hessian(self.x0)
        return self

    def ldl_result(self) -> LDLResult:
        """The congruence diagonalisation of the Hessian, computed on first use (a strict saddle never needs it)."""
        if self.ldl is None:
            self.ldl = ldl(self.hessian)
        return self.ldl

    def kernel_vectors(self) -> list:
        """A basis of the Hessian's kernel, computed on first use."""
        if self.kernel is None:
            self.kernel = kernel_basis(self.hessian)
        return self.kernel


def _rand_q(rng, size=2):
    num = rng.randint(-size, size)
    den = rng.choice([1, 1, 1, 2, 3])
    return QQ(num, den)


def _kernel_directions(ctx, rng, count):
    K = ctx.kernel_vectors()
    out = [list(v) for v in K]
    for a, b in itertools.combinations(range(min(len(K), 12)), 2):
        out.append([x + y for x, y in zip(K[a], K[b])])
        out.append([x - y for x, y in zip(K[a], K[b])])
    for _ in range(count):
        coeffs = [_rand_q(rng) for _ in K]
        v = [QQ.zero] * len(ctx.x0)
        for c, kv in zip(coeffs, K):
            if c:
                v = [a + c * b for a, b in zip(v, kv)]
        if any(v):
            out.append(v)
    return out


def _strategy_gradient(ctx, sign, rng):
    g = ctx.gradient
    if any(v != 0 for v in g):
        yield [[v if sign > 0 else -v for v in g]]


def _strategy_curvature(ctx, sign, rng):
    v = (positive_curvature_vector if sign > 0 else negative_curvature_vector)(ctx.hessian, ctx.ldl_result)
    if v is not None:
        yield [v]


def _strategy_kernel_lines(ctx, sign, rng):
    for v in _kernel_directions(ctx, rng, 24):
        yield [v]


def _jet_correction(ctx, v, k, sign):
    """``[v, 0, .., w]`` (``w`` at :math:`t^k`) making the leading coefficient have the sign ``sign``, or ``None``.

    Along :math:`x_0 + tv + t^k w` the coefficients of orders :math:`< 2k` are affine in
    :math:`w` (:math:`\\alpha_m + \\beta_m \\cdot w`) and the one of order :math:`2k` is
    :math:`\\alpha_{2k} + \\beta_{2k} \\cdot w + \\tfrac12 w^T H w`; :math:`\\alpha, \\beta` are read
    off exact Taylor coefficients along :math:`x_0 + tv` and :math:`x_0 + tv + t^k e_i`.
    The first order :math:`m < 2k` with :math:`\\beta_m \\ne 0` (all lower ones zero) gives
    :math:`w = \\pm\\lambda \\beta_m`; otherwise (descent) :math:`H w = -\\beta_{2k}` minimises
    the order-:math:`2k` coefficient to :math:`\\alpha_{2k} + \\tfrac12 \\beta_{2k} \\cdot w`.
    """
    x0 = ctx.x0
    n = len(x0)
    top = 2 * k
    alpha = ctx.taylor([v], top)
    first = next((m for m in range(1, top + 1) if alpha[m] != 0), None)
    if first is not None and first < top:
        return None  # the line itself decides at a lower order (handled by kernel_lines)
    H = ctx.hessian.to_list()
    zero = [QQ.zero] * n
    beta = [[QQ.zero] * n for _ in range(top + 1)]
    for i in range(n):
        e = [QQ.one if j == i else QQ.zero for j in range(n)]
        c = ctx.taylor([v] + [zero] * (k - 2) + [e], top)
        for m in range(1, top + 1):
            beta[m][i] = c[m] - alpha[m] - (H[i][i] / 2 if m == top else QQ.zero)
    pad = [zero] * (k - 2)
    for m in range(1, top):
        bm = beta[m]
        if any(bm):
            norm = sum((b * b for b in bm), QQ.zero)
            lam = (abs(alpha[m]) + 1) / norm
            return [v] + pad + [[sign * lam * b for b in bm]]
    b = beta[top]
    if not any(b) or sign > 0:
        return None
    w = solve_symmetric(ctx.ldl_result(), [-x for x in b])
    if w is not None:
        return [v] + pad + [w]
    # b has a component along ker H: move against it, far enough
    for kv in ctx.kernel_vectors():
        bk = sum((x * y for x, y in zip(b, kv)), QQ.zero)
        if bk:
            lam = (abs(alpha[top]) + 1) / bk
            return [v] + pad + [[lam * x for x in kv]]
    return None


def _strategy_kernel_correction(ctx, sign, rng):
    for k in (2, 3):
        for v in _kernel_directions(ctx, rng, 8):
            terms = _jet_correction(ctx, v, k, sign)
            if terms is not None:
                yield terms


def _strategy_all_layer_lines(ctx, sign, rng):
    """:math:`W_k + t A_k` in every layer at once, and with :math:`A_1` negated (networks only)."""
    net = getattr(ctx.F, "network", None)
    if net is None:
        return
    for _ in range(4):
        line = [_rand_q(rng) or QQ.one for _ in range(net.nparams)]
        yield [line]
        rows, cols = net.shape(1)
        yield [[-v for v in line[: rows * cols]] + line[rows * cols:]]


def _strategy_layer_scalings(ctx, sign, rng):
    net = getattr(ctx.F, "network", None)
    if net is None:
        return
    for a in itertools.islice(weight_tuples(net.depth), 200):
        for _ in range(3):
            terms = [[QQ.zero] * net.nparams for _ in range(max(a))]
            for k, ak in enumerate(a, 1):
                if ak == 0:
                    continue
                rows, cols = net.shape(k)
                for i in range(rows):
                    for j in range(cols):
                        terms[ak - 1][net.param_index(k, i, j)] = _rand_q(rng)
            yield terms


def _strategy_coordinate_scalings(ctx, sign, rng):
    """:math:`x_{0,i} + c_i t^{a_i}` with small integer weights (a Newton-polygon search), few variables only."""
    if getattr(ctx.F, "network", None) is not None:
        return
    n = len(ctx.x0)
    if n > 6:
        return
    for a in itertools.islice(weight_tuples(n), 300):
        for _ in range(4):
            terms = [[QQ.zero] * n for _ in range(max(a))]
            for i, ai in enumerate(a):
                if ai:
                    terms[ai - 1][i] = _rand_q(rng) or QQ.one
            yield terms


def _strategy_random_curves(ctx, sign, rng):
    n = len(ctx.x0)
    for _ in range(60):
        degree = rng.choice([1, 2, 2, 3])
        terms = [[_rand_q(rng) if rng.random() < 0.6 else QQ.zero for _ in range(n)] for _ in range(degree)]
        yield terms


def _strategy_numeric(ctx, sign, rng):
    """Numeric sphere search (evidence-grade, then confirmed exactly): steepest steps on :math:`|u| = 1`.

    Iterates :math:`u \\leftarrow u + \\text{sign}\\,\\eta\\, g_\\perp / |g_\\perp|` with
    :math:`g = \\nabla F(x_0 + \\rho u)` computed exactly at a rational point, normalised with
    mpmath at 30 digits inside ``mpmath.workdps`` and rounded back to rationals; the
    final direction (and its rounding) is offered as a line to :func:`confirm_curve`.
    """
    from fractions import Fraction

    import mpmath

    x0 = ctx.x0
    n = len(x0)
    if n > 60:
        return
    for rho in (QQ(1, 10), QQ(1, 1000)):
        for _ in range(2):
            u = [_rand_q(rng) for _ in range(n)]
            if not any(u):
                continue
            for _step in range(30):
                g = ctx.gradient_at([a + rho * b for a, b in zip(x0, u)])
                with mpmath.workdps(30):
                    um = [mpmath.mpf(int(a.numerator)) / int(a.denominator) for a in u]
                    gm = [mpmath.mpf(int(a.numerator)) / int(a.denominator) for a in g]
                    nu = mpmath.sqrt(mpmath.fsum(a * a for a in um))
                    um = [a / nu for a in um]
                    dot = mpmath.fsum(a * b for a, b in zip(um, gm))
                    gt = [b - dot * a for a, b in zip(um, gm)]
                    ng = mpmath.sqrt(mpmath.fsum(a * a for a in gt))
                    if ng == 0:
                        break
                    um = [a + sign * mpmath.mpf("0.2") * b / ng for a, b in zip(um, gt)]
                    u = []
                    for a in um:
                        f = Fraction(mpmath.nstr(a, 20, strip_zeros=False)).limit_denominator(1000)
                        u.append(QQ(f.numerator, f.denominator))
            for den in (10, 1000):
                line = []
                for a in u:
                    f = Fraction(int(a.numerator), int(a.denominator)).limit_denominator(den)
                    line.append(QQ(f.numerator, f.denominator))
                if any(line):
                    yield [line]


def _strategy_zero_tuple(ctx, sign, rng):
    """The closed-form curve at a zero tuple, order = depth (:func:`symbolic.landscape.newton_curves.zero_tuple_curve`)."""
    from symbolic.landscape.newton_curves import zero_tuple_curve
    found = zero_tuple_curve(ctx.F, ctx.x0, sign)
    if found is not None:
        yield found


def _strategy_newton(ctx, sign, rng):
    """Corrections solved order by order along Newton polygons (:func:`symbolic.landscape.newton_curves.newton_curves`)."""
    from symbolic.landscape.newton_curves import newton_curves
    yield from newton_curves(ctx.F, ctx.x0, ctx.hessian, sign, work=[0], budget=ctx.budget)


def _strategy_layer_kernel(ctx, sign, rng):
    """Non-uniform layer weights: the Newton polygon of the loss on per-layer kernel blocks
    (:func:`symbolic.landscape.newton_curves.layer_newton_curves`), then :math:`W_k + t^{a_k} A_k` with
    kernel-built :math:`A_k` (:func:`symbolic.landscape.newton_curves.layer_weight_curves`)."""
    from symbolic.landscape.newton_curves import layer_newton_curves, layer_weight_curves
    yield from layer_newton_curves(ctx.F, ctx.x0, ctx.kernel, sign, range_vectors=ctx.ldl.vectors(1)
                                   + ctx.ldl.vectors(-1), work=[0], budget=ctx.budget)
    yield from layer_weight_curves(ctx.F, ctx.x0, ctx.kernel, rng)


STRATEGIES = [
    ("zero_tuple_closed_form", _strategy_zero_tuple),
    ("gradient", _strategy_gradient),
    ("hessian_curvature", _strategy_curvature),
    ("kernel_lines", _strategy_kernel_lines),
    ("all_layer_lines", _strategy_all_layer_lines),
    ("kernel_jet_correction", _strategy_kernel_correction),
    ("newton_polygon", _strategy_newton),
    ("layer_weighted_scalings", _strategy_layer_scalings),
    ("layer_weighted_kernel", _strategy_layer_kernel),
    ("coordinate_weighted_scalings", _strategy_coordinate_scalings),
    ("random_curves", _strategy_random_curves),
    ("numeric_sphere_search", _strategy_numeric),
]


def find_curve(F, x0, sign, *, context: SearchContext | None = None, seconds: float = 20.0, seed: int = 0,
               max_order: int | None = None, budget: int | None = None):
    """Search a curve with leading coefficient of sign ``sign`` (-1 descent, +1 ascent).

    Returns ``(curve or None, tried)`` where ``tried`` lists each strategy run
    with its number of candidates.  ``context`` shares the Hessian work between
    the descent and the ascent search.  Each strategy may spend ``budget`` work
    units (default :data:`DEFAULT_STAGE_BUDGET`, or the context's); one that
    reaches it is recorded with ``"stopped": "work budget"`` and the next runs.
    ``seconds`` is a safety net only (CPU seconds of this process, :func:`deadline_clock`): reaching it raises
    :class:`SearchDeadline` (``"deadline reached in stage ..."``).  ``max_order``
    defaults to :func:`default_max_order`.

    Examples
    ========

    >>> import sympy
    >>> from symbolic.calculus.objective import PolynomialObjective
    >>> from symbolic.landscape.descent import find_curve
    >>> x, y = sympy.symbols("x y")
    >>> F = PolynomialObjective((y - x**2) * (y - 2*x**2), [x, y])
    >>> curve, tried = find_curve(F, [0, 0], -1)
    >>> curve.strategy, curve.order, str(curve.coefficient)
    ('kernel_jet_correction', 4, '-1/4')
    >>> find_curve(F, [0, 0], -1, budget=1)[1][3]
    {'strategy': 'kernel_lines', 'candidates': 1, 'found': False, 'stopped': 'work budget'}
    """
    x0 = F.check_point(x0)
    if max_order is None:
        max_order = context.max_order if context is not None else default_max_order(F)
    ctx = context or SearchContext(F, x0, seed=seed, max_order=max_order)
    if budget is not None:
        ctx.budget = budget
    check_budget(ctx.budget)
    ctx.prepare()
    ctx.deadline = deadline_clock() + seconds
    direction = "descent" if sign < 0 else "ascent"
    tried = []
    for name, strategy in STRATEGIES:
        rng = random.Random(f"{ctx.seed}:{name}:{sign}")
        count = 0
        ctx.work, ctx.stage = 0, f"{direction} search ({name})"
        try:
            for terms in strategy(ctx, sign, rng):
                order = ctx.max_order
                if isinstance(terms, tuple):          # (terms, the order the strategy predicts)
                    terms, order = terms[0], max(order, terms[1])
                ctx.charge(taylor_units(F, order))
                count += 1
                curve = confirm_curve(F, x0, terms, sign, order, name)
                if curve is not None:
                    tried.append({"strategy": name, "candidates": count, "found": True})
                    return curve, tried
        except _BudgetExhausted:
            tried.append({"strategy": name, "candidates": count, "found": False, "stopped": "work budget"})
            continue
        except SearchDeadline as exc:
            tried.append({"strategy": name, "candidates": count, "found": False, "stopped": "deadline"})
            exc.tried = tried
            raise
        tried.append({"strategy": name, "candidates": count, "found": False})
    return None, tried


def check_budget(budget):
    """Refuse a ``budget`` that is not a positive integer (work units per search stage)."""
    if isinstance(budget, bool) or not isinstance(budget, int) or budget < 1:
        raise ValueError(f"budget (work units per search stage) must be a positive integer; got {budget!r}")
