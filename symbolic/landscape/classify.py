"""Classify an exact point of a network loss (or of any rational polynomial), with certificates.

Verdicts: ``not_critical``, ``global_min``, ``local_min``, ``saddle``,
``local_max``, ``inconclusive``; for a critical point ``strict`` says whether
the Hessian has a negative eigenvalue.  The logic, every step exact:

1. :math:`\\nabla F(x_0) \\ne 0`: ``not_critical``, certificate the gradient.
2. Hessian inertia by exact congruence (:mod:`symbolic.calculus.inertia`).
3. Squared loss, Hessian PSD: the Ky Fan certificate of :mod:`symbolic.landscape.global_value`
   proves :math:`F(x_0) = \\mathrm{opt}`: ``global_min``.
3b. Quartic loss stationary in the product (:math:`\\nabla f(W_L \\cdots W_1) = 0`, :math:`f` convex): ``global_min``.
   A polynomial with a semidefinite Hessian: a sum of squares of :math:`f - f(x_0)` (``global_min``; of
   :math:`f(x_0) - f` for a maximum) or a positive definite weighted leading form of :math:`\\pm f` (strict local
   minimum or maximum), :mod:`symbolic.landscape.sos`, checked by :mod:`symbolic.checker.leading_form`.
4. Otherwise search a descent and an ascent curve (:mod:`symbolic.landscape.descent`); both: ``saddle``.
5. No descent curve: a local minimum only by a sufficient argument.

   * :math:`H \\succ 0`: a strict local minimum (second-order test).
   * **Morse-Bott with the symmetry orbit.**  :math:`F` is invariant under
     :math:`g \\cdot W = (G_k W_k G_{k-1}^{-1})_k`.  Differentiating
     :math:`\\nabla F(x) \\cdot \\xi(x) = 0` (:math:`\\xi` an orbit vector field)
     at a critical :math:`x_0` gives :math:`H \\xi(x_0) = 0`: the orbit tangent
     space :math:`T` lies in :math:`\\ker H`.  If :math:`H \\succeq 0` and
     :math:`\\operatorname{rank} H = P - \\dim T` then :math:`\\ker H = T`.  Take
     the affine slice :math:`S = x_0 + N` with :math:`N \\oplus T = \\mathbb{R}^P`
     (e.g. :math:`N = \\operatorname{range} H`).  :math:`H|_N \\succ 0`, so
     :math:`x_0` is a strict local minimum of :math:`F|_S`.  The map
     :math:`(g, s) \\mapsto g \\cdot s` has surjective differential
     :math:`(\\Delta, n) \\mapsto \\xi_\\Delta(x_0) + n` at :math:`(I, x_0)`, so it is
     open there: every :math:`x` near :math:`x_0` is :math:`g \\cdot s` with
     :math:`s \\in S` near :math:`x_0`, and :math:`F(x) = F(s) \\ge F(x_0)`.

   ``local_min`` means a local minimum that is **not global**, so it needs a
   ``not_global`` certificate as well: the Ky Fan bound :math:`F(x_0) > \\mathrm{opt}`
   (squared loss) or a rational point with a smaller value (any objective).  A
   certified local minimum whose globality is undecided is ``inconclusive``, with
   the argument in ``evidence["local_minimum_argument"]``.  Without a valid
   argument: ``inconclusive`` with ``tried``.
6. ``local_max`` only with the mirrored argument for :math:`-F` plus a descent curve.

**Work, not time.**  The curve search spends counted work units per strategy
(``budget``, :data:`symbolic.landscape.descent.DEFAULT_STAGE_BUDGET`), so the same input
gets the same verdict on any machine, however loaded.  ``seconds`` is only a
safety deadline, in CPU seconds of this process (:data:`~symbolic.landscape.descent.deadline_clock`:
other processes on a busy machine do not bring it sooner): reaching it makes the answer ``inconclusive`` with
``evidence["stopped"] = "deadline reached in stage ..."`` naming the stage; inside
:func:`deadline_is_error` (the ledger runs every check so) it raises
:class:`~symbolic.landscape.descent.SearchDeadline` instead, so that no verdict built on
classifications depends on the machine's speed.

mpmath probes (random points at radii :math:`10^{-8}..10^{-20}`, values exact,
differences printed with 50 digits) go only into ``evidence``.  Before answering,
the separate checker (:mod:`symbolic.checker.verdicts`) re-verifies the
certificate from the JSON problem; if it fails the verdict becomes ``inconclusive``.

Main definitions
----------------
* :class:`Classification`, :func:`classify_network`, :func:`classify_polynomial`,
  :func:`classify_objective`, :func:`classify_json`, :func:`objective_from_json`.
"""

from __future__ import annotations

import contextlib
import contextvars
import itertools
import random
import time
from dataclasses import dataclass, field

import mpmath
import sympy
from sympy.polys.domains import QQ

from symbolic.checker.verdicts import DEADLINE_REASON, WORK_BOUND_REASON, verify
from symbolic.landscape.descent import (SearchContext, SearchDeadline, check_budget, confirm_curve, deadline_clock,
                                       default_max_order, find_curve)
from symbolic.landscape.sos import sos_certificate, weighted_certificate
from symbolic.core.exact import qq_to_str, rational
from symbolic.landscape.global_value import global_value_certificate, not_global_certificate, optimal_value_enclosure
from symbolic.calculus.inertia import ldl
from symbolic.core.losses import QuarticLoss, SquaredLoss
from symbolic.core.network import Network
from symbolic.calculus.objective import NetworkObjective, PolynomialObjective
from symbolic.landscape.orbit import orbit_dimension
from symbolic.landscape.orbit_inertia import orbit_ldl

__all__ = ["Classification", "classify_network", "classify_polynomial", "classify_objective", "classify_json", "objective_from_json",
           "MAX_CLASSIFY_PARAMS", "MAX_POLYNOMIAL_VARIABLES", "VERDICTS", "deadline_is_error"]

_DEADLINE_IS_ERROR = contextvars.ContextVar("deadline_is_error", default=False)


@contextlib.contextmanager
def deadline_is_error():
    """Inside this block a classification that reaches its safety deadline raises
    :class:`~symbolic.landscape.descent.SearchDeadline` instead of answering ``inconclusive``.

    Examples
    ========

    >>> from symbolic.landscape.classify import classify_network, deadline_is_error
    >>> with deadline_is_error():
    ...     classify_network([1, 1, 1], [[1]], [[[0]], [[0]]]).verdict
    'saddle'
    """
    token = _DEADLINE_IS_ERROR.set(True)
    try:
        yield
    finally:
        _DEADLINE_IS_ERROR.reset(token)

#: Refuse exact classification of a network past this many parameters (a clear refusal within seconds, not a hang;
#: the separate checker's own bound, :data:`symbolic.checker.verdicts.MAX_HESSIAN_PARAMS`, is the same).
MAX_CLASSIFY_PARAMS = 1000
#: Refuse a polynomial in more variables than this (its Hessian is differentiated entry by entry).
MAX_POLYNOMIAL_VARIABLES = 400
#: From this many parameters a network Hessian's congruence diagonalisation splits off the symmetry orbit first
#: (:func:`symbolic.landscape.orbit_inertia.orbit_ldl`); below it the full :func:`~symbolic.calculus.inertia.ldl`.
ORBIT_SPLIT_FROM = 150
#: Refuse data with more samples than this (columns of X and Y).
MAX_SAMPLES = 2000
#: Refuse polynomials of higher total degree than this (exact values at rational points grow with the degree).
MAX_DEGREE = 200
VERDICTS = ("not_critical", "global_min", "local_min", "saddle", "local_max", "inconclusive")


@dataclass
class Classification:
    """The verdict on one point, with its certificate and the evidence beside it."""

    verdict: str
    strict: bool | None
    loss: str
    gradient_zero: bool
    hessian_inertia: tuple | None
    certificate: dict | None
    evidence: dict = field(default_factory=dict)
    seconds: float = 0.0

    def to_json(self) -> dict:
        """Exactly the object of issue 3's ``--json`` output."""
        inertia = None
        if self.hessian_inertia is not None:
            p, n, z = self.hessian_inertia
            inertia = {"positive": p, "negative": n, "zero": z}
        return {"verdict": self.verdict, "strict": self.strict, "loss": self.loss,
                "gradient_zero": self.gradient_zero, "hessian_inertia": inertia,
                "certificate": self.certificate, "evidence": self.evidence, "seconds": round(self.seconds, 3)}


# -- curves as JSON ---------------------------------------------------------------

def _curve_json(F, curve) -> dict:
    net = getattr(F, "network", None)
    if net is not None:
        terms = [[[[qq_to_str(v) for v in row] for row in W.to_list()] for W in net.unflatten(C)] for C in curve.terms]
    else:
        terms = [[qq_to_str(v) for v in C] for C in curve.terms]
    return {"kind": "curve", "curve": terms, "order": curve.order,
            "leading_coefficient": qq_to_str(curve.coefficient)}


# -- evidence ---------------------------------------------------------------------

def _probes(F, x0, F0, seed=0, samples=12) -> list:
    """Exact values at random rational points at radii 1e-8 .. 1e-20; differences shown at 50 digits."""
    rng = random.Random(f"probe:{seed}")
    out = []
    with mpmath.workdps(60):
        for k in (8, 12, 16, 20):
            r = QQ(1, 10 ** k)
            diffs = []
            for _ in range(samples):
                u = [QQ(rng.randint(-8, 8), 8) for _ in x0]
                diffs.append(F.value([a + r * b for a, b in zip(x0, u)]) - F0)
            mp = [mpmath.mpf(int(d.numerator)) / int(d.denominator) for d in diffs]
            out.append({"radius": f"1e-{k}", "samples": samples,
                        "negative": sum(1 for d in diffs if d < 0), "positive": sum(1 for d in diffs if d > 0),
                        "min_difference": mpmath.nstr(min(mp), 50), "max_difference": mpmath.nstr(max(mp), 50)})
    return out


# -- the classifier -----------------------------------------------------------------

def _local_argument(F, x0, H_inertia, sign, network):
    """Data of the sufficient argument for a local min (sign=+1) or max (sign=-1) of F, or None."""
    pos, neg, zero = H_inertia
    n = F.nparams
    definite, semidefinite, rank = (pos, neg, pos) if sign > 0 else (neg, pos, neg)
    if semidefinite != 0:
        return None
    if definite == n:
        return {"kind": "positive_definite" if sign > 0 else "negative_definite", "hessian_rank": rank, "nparams": n}
    if network is None:
        return None
    o = orbit_dimension(network, x0)
    if o and rank == n - o:
        return {"kind": "morse_bott", "hessian_rank": rank, "orbit_dimension": o, "nparams": n,
                "argument": ("Hessian " + ("PSD" if sign > 0 else "NSD") + " with kernel = tangent space of the "
                             "orbit W_k -> G_k W_k G_(k-1)^-1 (rank H = nparams - dim orbit); F is constant on "
                             "orbits, so x0 is a local " + ("minimum" if sign > 0 else "maximum"))}
    return None


def classify_objective(F, x0, *, problem: dict | None = None, loss_name: str = "polynomial",
                       seconds: float = 40.0, seed: int = 0, probes: bool = True,
                       budget: int | None = None) -> Classification:
    """Classify ``x0`` for an :class:`~symbolic.calculus.objective.Objective` ``F``.

    ``problem`` is the JSON problem the checker re-reads (issue 3 input or the
    polynomial format); without it the certificate is not re-verified
    (``evidence["certificate_ok"]`` is then ``None``).  ``budget`` is the work
    units each curve-search stage may spend (default
    :data:`symbolic.landscape.descent.DEFAULT_STAGE_BUDGET`); ``seconds`` is the safety
    deadline, after which the answer is ``inconclusive`` with the stage it
    stopped in (``evidence["stopped"]``).
    """
    start, cpu = time.monotonic(), deadline_clock()
    _check_seconds(seconds)
    if budget is not None:
        check_budget(budget)
    limit = MAX_CLASSIFY_PARAMS if getattr(F, "network", None) is not None else MAX_POLYNOMIAL_VARIABLES
    if F.nparams > limit:
        raise ValueError(f"the point has {F.nparams} parameters, more than {limit} for exact "
                         "classification within seconds; use smaller dims")
    x0 = F.check_point(x0)
    state = {"evidence": {}, "strict": None, "inertia": None, "gradient_zero": None}
    try:
        result = _classify(F, x0, loss_name, cpu + seconds, seed, probes, budget, state)
    except SearchDeadline as exc:
        if _DEADLINE_IS_ERROR.get():
            raise
        evidence = state["evidence"]
        evidence["stopped"] = str(exc)
        if exc.tried:
            evidence.setdefault("tried", {})["descent" if "descent" in exc.stage else "ascent"] = exc.tried
        result = Classification("inconclusive", state["strict"], loss_name, state["gradient_zero"], state["inertia"],
                                None, evidence)
    return _finish(result, problem, start, cpu + seconds)


def _deadline_check(deadline, stage):
    if deadline_clock() > deadline:
        raise SearchDeadline(stage)


def _classify(F, x0, loss_name, deadline, seed, probes, budget, state) -> Classification:
    """The steps of :func:`classify_objective`; ``state`` keeps what is known if the deadline stops them."""
    network = getattr(F, "network", None)
    loss = getattr(F, "loss", None)
    evidence = state["evidence"]
    grad = F.gradient(x0)
    F0 = F.value(x0)
    evidence["value"] = qq_to_str(F0)
    if any(g != 0 for g in grad):
        cert = {"kind": "gradient", "gradient": [qq_to_str(g) for g in grad]}
        return Classification("not_critical", None, loss_name, False, None, cert, evidence)
    state["gradient_zero"] = True
    _deadline_check(deadline, "gradient")
    H = F.hessian(x0)
    # from ORBIT_SPLIT_FROM parameters the orbit tangents are split off the Hessian first (same inertia, other
    # witness vectors); the kernel basis is computed only if a search stage needs it
    large = network is not None and F.nparams >= ORBIT_SPLIT_FROM
    tick = lambda: _deadline_check(deadline, "hessian inertia")  # noqa: E731 (the deadline, once per pivot)
    res = orbit_ldl(network, x0, H, grad, tick) if large else ldl(H, tick)
    H_inertia = res.inertia
    state["inertia"], state["strict"] = H_inertia, H_inertia[1] > 0
    _deadline_check(deadline, "hessian inertia")
    ctx = SearchContext(F, x0, hessian=H, ldl=res, gradient=grad, seed=seed, max_order=default_max_order(F))
    if budget is not None:
        ctx.budget = budget
    strict = H_inertia[1] > 0
    squared = isinstance(loss, SquaredLoss) and network is not None
    if squared:
        evidence["optimal_value"] = optimal_value_enclosure(loss, min(network.dims))
    if probes:
        evidence["probes"] = _probes(F, x0, F0, seed)
    _deadline_check(deadline, "evidence probes")
    if isinstance(loss, QuarticLoss) and network is not None and F0 == 0:
        cert = {"kind": "global_value", "optimal_value": "0", "method": "nonnegative_loss",
                "how": "the quartic loss is a sum of fourth powers, so F >= 0 = F(x0)"}
        return Classification("global_min", False, loss_name, True, H_inertia, cert, evidence)
    if isinstance(loss, QuarticLoss) and network is not None and _stationary_product(network, loss, x0):
        cert = {"kind": "global_value", "optimal_value": qq_to_str(F0), "method": "stationary_convex_product",
                "how": "f(A) = 1/4 sum (AX - Y)^4 is convex and grad f(W_L..W_1) = 0, so F >= F(x0)"}
        return Classification("global_min", False, loss_name, True, H_inertia, cert, evidence)
    if getattr(F, "poly", None) is not None and (H_inertia[1] == 0 or H_inertia[0] == 0):
        decided = _degenerate_polynomial(F, x0, F0, H, H_inertia, ctx, loss_name, evidence, seed, deadline)
        if decided is not None:
            return decided
    if squared and H_inertia[1] == 0:
        cert = global_value_certificate(network, loss, x0)
        if cert is not None:
            return Classification("global_min", False, loss_name, True, H_inertia, cert, evidence)
        _deadline_check(deadline, "global value certificate")
    descent, tried_d = find_curve(F, x0, -1, context=ctx, seconds=deadline - deadline_clock())
    evidence["tried"] = {"descent": tried_d}
    ascent, tried_a = find_curve(F, x0, 1, context=ctx, seconds=deadline - deadline_clock())
    evidence["tried"]["ascent"] = tried_a
    evidence["found_by"] = {"descent": descent and descent.strategy, "ascent": ascent and ascent.strategy}
    if descent is not None and ascent is not None:
        cert = {"descent": _curve_json(F, descent), "ascent": _curve_json(F, ascent)}
        return Classification("saddle", strict, loss_name, True, H_inertia, cert, evidence)
    if descent is None:
        arg = _local_argument(F, x0, H_inertia, 1, network)
        if arg is not None:
            ng = not_global_certificate(network, loss, x0) if squared else None
            if ng is None:
                ng = _lower_point(F, x0, F0, seed, deadline=deadline)
            if ng is not None:
                arg["not_global"] = ng
                return Classification("local_min", False, loss_name, True, H_inertia, arg, evidence)
            # a certified local minimum whose globality is undecided: no verdict claims more than is proved
            evidence["local_minimum_argument"] = arg
            evidence["globality"] = ("undecided: neither F(x0) = opt nor F(x0) > opt was certified" if squared else
                                     "undecided: no point with a smaller value was found (no global method here)")
            return Classification("inconclusive", False, loss_name, True, H_inertia, None, evidence)
        evidence["tried"]["local_min_argument"] = ["positive definite Hessian", "Morse-Bott with the symmetry orbit"]
        return Classification("inconclusive", strict, loss_name, True, H_inertia, None, evidence)
    arg = _local_argument(F, x0, H_inertia, -1, network)
    if arg is not None:
        cert = {"descent": _curve_json(F, descent), "maximality": arg}
        return Classification("local_max", strict, loss_name, True, H_inertia, cert, evidence)
    evidence["not_a_local_minimum"] = _curve_json(F, descent)
    evidence["tried"]["local_max_argument"] = ["negative definite Hessian", "Morse-Bott for -F"]
    return Classification("inconclusive", strict, loss_name, True, H_inertia, None, evidence)


def _stationary_product(network, loss, x0) -> bool:
    """Whether :math:`\\nabla f(W_L \\cdots W_1) = 0` for the convex loss ``f`` (then ``x0`` is a global minimum)."""
    from symbolic.core.products import full_product
    G = loss.gradient(full_product(network.unflatten(x0)))
    return all(v == 0 for row in G.to_list() for v in row)


def _degenerate_polynomial(F, x0, F0, H, H_inertia, ctx, loss_name, evidence, seed, deadline):
    """Semidefinite Hessian of a polynomial: an SOS lower bound (global minimum), a positive definite weighted
    leading form of :math:`\\pm f` (strict local minimum or maximum; :mod:`symbolic.landscape.sos`), else ``None``."""
    rank = H_inertia[0] + H_inertia[1]
    if H_inertia[1] == 0:
        cert = sos_certificate(F, x0, F0)
        _deadline_check(deadline, "sum-of-squares lower bound")
        if cert is not None:
            return Classification("global_min", False, loss_name, True, H_inertia, cert, evidence)
    for sign in (1, -1):
        if H_inertia[1 if sign > 0 else 0] != 0 or rank == F.nparams:
            continue
        arg = weighted_certificate(F, x0, H, sign)
        _deadline_check(deadline, "weighted leading form")
        if arg is None and sign < 0:
            arg = sos_certificate(F, x0, F0, sign=-1)            # f <= f(x0) everywhere: a (global) maximum
        if arg is None:
            continue
        arg["hessian_rank"] = rank
        if sign > 0:
            ng = _lower_point(F, x0, F0, seed, deadline=deadline)
            if ng is not None:
                arg["not_global"] = ng
                return Classification("local_min", False, loss_name, True, H_inertia, arg, evidence)
            evidence["local_minimum_argument"] = arg
            evidence["globality"] = "undecided: no point with a smaller value was found and no SOS lower bound"
            return Classification("inconclusive", False, loss_name, True, H_inertia, None, evidence)
        if arg["kind"] == "sos_lower_bound":                      # not a local minimum: the descent search decides
            curve, tried = find_curve(F, x0, -1, context=ctx, seconds=deadline - deadline_clock())
            evidence["tried"] = {"descent": tried}
            if curve is None:
                continue
            evidence["found_by"] = {"descent": curve.strategy, "ascent": None}
            cert = {"descent": _curve_json(F, curve), "maximality": arg}
            return Classification("local_max", H_inertia[1] > 0, loss_name, True, H_inertia, cert, evidence)
        # a strict local maximum: the curve x0 + T e_i t^(w_i) descends at order d
        i = arg["weights"].index(min(arg["weights"]))
        T = [[rational(v) for v in row] for row in arg["transform"]]
        col = [T[r][i] for r in range(F.nparams)]
        terms = [[QQ.zero] * F.nparams for _ in range(arg["weights"][i] - 1)] + [col]
        curve = confirm_curve(F, x0, terms, -1, arg["degree"], "weighted_leading_form")
        if curve is not None:
            evidence["found_by"] = {"descent": curve.strategy, "ascent": None}
            cert = {"descent": _curve_json(F, curve), "maximality": arg}
            return Classification("local_max", H_inertia[1] > 0, loss_name, True, H_inertia, cert, evidence)
    return None


def _check_seconds(seconds):
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 0 < seconds < float("inf"):
        raise ValueError("seconds (the safety deadline; the search budget is budget=, in work units) must be a "
                         f"positive finite number; give e.g. seconds=60 (or --timeout 60); got {seconds!r}")


def _lower_point(F, x0, F0, seed, tries: int = 400, deadline: float = float("inf")) -> dict | None:
    """A rational point with a strictly smaller value (seeded search: grid, then random), as a certificate."""
    n = F.nparams
    network = getattr(F, "network", None)
    candidates = []
    if n <= 4:
        candidates.extend(itertools.product(range(-2, 3), repeat=n))
    rng = random.Random(seed + 7)
    for _ in range(tries):
        scale = rng.choice([1, 2, 4, 10])
        candidates.append([QQ(rng.randint(-8, 8), rng.randint(1, 4)) * scale for _ in range(n)])
    for cand in candidates[: tries + 625]:
        _deadline_check(deadline, "lower point search")
        point = [QQ(int(v)) if isinstance(v, int) else v for v in cand]
        value = F.value(point)
        if value < F0:
            if network is not None:
                term = [_strings(W) for W in network.unflatten(point)]
            else:
                term = [qq_to_str(v) for v in point]
            return {"kind": "lower_point", "point": term, "value": qq_to_str(value),
                    "how": "F at this rational point is below F(x0), so x0 is not a global minimum"}
    return None


def _finish(result: Classification, problem, start, deadline=None) -> Classification:
    """Re-verify with the separate checker (a rejection makes the verdict ``inconclusive``; the checker's exact
    inertia runs under the same safety deadline); record the time."""
    if problem is not None:
        stop = None if deadline is None else (lambda: deadline_clock() > deadline)
        ok, reason = verify(problem, result.to_json(), stop=stop)
        if not ok and reason.startswith(WORK_BOUND_REASON) and result.hessian_inertia is not None:
            # the checker cannot afford the exact inertia: state the verdict without it (``strict`` then needs its
            # own proof, a descent of order 2), so no unverified inertia is printed
            why = reason
            for drop in ({"hessian_inertia": None}, {"hessian_inertia": None, "strict": None}):
                ok, reason = verify(problem, dict(result.to_json(), **drop), stop=stop)
                if ok or not reason.startswith(WORK_BOUND_REASON):
                    break
            if ok:
                result.hessian_inertia, result.strict = None, drop.get("strict", result.strict)
                result.evidence["hessian_inertia"] = "not stated, the separate checker could not re-verify it: " + why
        result.evidence["certificate_ok"] = ok
        result.evidence["checker"] = reason
        if not ok:
            if reason.startswith(DEADLINE_REASON):
                if _DEADLINE_IS_ERROR.get():
                    raise SearchDeadline("separate checker's exact inertia")
                result.evidence["stopped"] = reason
            result.evidence["rejected_verdict"] = result.verdict
            result.evidence["rejected_certificate"] = result.certificate
            result.verdict, result.certificate = "inconclusive", None
    else:
        result.evidence["certificate_ok"] = None
    result.seconds = time.monotonic() - start
    return result


# -- entry points -------------------------------------------------------------------

_LOSSES = {"squared": SquaredLoss, "quartic": QuarticLoss}


def _strings(M):
    return [[qq_to_str(v) for v in row] for row in M.to_list()]


def classify_network(dims, Y, weights, X=None, loss: str = "squared", *, seconds: float = 40.0,
                     seed: int = 0, budget: int | None = None) -> Classification:
    """Classify the point ``weights`` of :math:`\\tfrac12\\lVert W_L \\cdots W_1 X - Y\\rVert_F^2`.

    ``budget``: work units per curve-search stage (the verdict depends on it, never on the machine's speed);
    ``seconds``: the safety deadline (an ``inconclusive`` answer naming the stage it stopped in).

    Examples
    ========

    >>> from symbolic.landscape.classify import classify_network
    >>> c = classify_network([1, 1, 1], [[1]], [[[0]], [[0]]])
    >>> c.verdict, c.strict, c.certificate["descent"]["order"], c.evidence["certificate_ok"]
    ('saddle', True, 2, True)
    """
    net = Network(dims)
    if net.nparams > MAX_CLASSIFY_PARAMS:
        raise ValueError(f"dims {list(net.dims)} give {net.nparams} parameters, more than {MAX_CLASSIFY_PARAMS} "
                         "for exact classification within seconds; use smaller dims")
    if not isinstance(loss, str) or loss not in _LOSSES:
        raise ValueError(f"loss must be one of {sorted(_LOSSES)} (a polynomial loss); got {loss!r}")
    if isinstance(X, list) and X and isinstance(X[0], list) and len(X[0]) > MAX_SAMPLES:
        raise ValueError(f"X has {len(X[0])} samples, more than {MAX_SAMPLES} for exact work; use fewer columns")
    Xm, Ym = net.check_data(X, Y)
    if Xm.shape[1] > MAX_SAMPLES:
        raise ValueError(f"X has {Xm.shape[1]} samples, more than {MAX_SAMPLES} for exact work; use fewer columns")
    Ws = net.exact_weights(weights)
    lossobj = _LOSSES[loss](Xm, Ym)
    F = NetworkObjective(net, lossobj)
    problem = {"dims": list(net.dims), "X": _strings(Xm), "Y": _strings(Ym),
               "weights": [_strings(W) for W in Ws], "loss": loss}
    return classify_objective(F, net.flatten(Ws), problem=problem, loss_name=loss, seconds=seconds, seed=seed,
                              budget=budget)


def classify_polynomial(expr, variables, point, *, seconds: float = 40.0, seed: int = 0,
                        budget: int | None = None) -> Classification:
    """Classify ``point`` for a polynomial with rational coefficients (the generic entry point).

    Examples
    ========

    >>> import sympy
    >>> from symbolic.landscape.classify import classify_polynomial
    >>> x, y = sympy.symbols("x y")
    >>> c = classify_polynomial((y - x**2) * (y - 2*x**2), [x, y], [0, 0])
    >>> c.verdict, c.certificate["descent"]["curve"], c.certificate["descent"]["order"]
    ('saddle', [['1', '0'], ['0', '3/2']], 4)
    """
    if isinstance(variables, str) or not isinstance(variables, (list, tuple)):
        raise TypeError(f"variables must be a list of symbols or names, e.g. [\"x\", \"y\"]; got {variables!r}")
    if not isinstance(point, (list, tuple)):
        raise TypeError(f"point must be a list of rationals, one per variable; got {point!r}")
    _check_seconds(seconds)
    variables = [sympy.Symbol(v) if isinstance(v, str) else v for v in variables]
    F = PolynomialObjective(expr, variables)
    degree = max((sum(m) for m in F.poly.monoms()), default=0)
    if degree > MAX_DEGREE:
        raise ValueError(f"the polynomial has degree {degree}, more than {MAX_DEGREE} for exact classification; "
                         "give a polynomial of lower degree")
    x0 = F.check_point(point)
    poly = {str(list(monom)): qq_to_str(coeff) for monom, coeff in sorted(F.poly.terms())}
    problem = {"polynomial": poly, "variables": [str(v) for v in variables], "point": [qq_to_str(v) for v in x0]}
    return classify_objective(F, x0, problem=problem, loss_name="polynomial", seconds=seconds, seed=seed,
                              budget=budget)


def _polynomial_from_json(data):
    poly, variables = data.get("polynomial"), data.get("variables")
    if not isinstance(variables, list) or not all(isinstance(v, str) and v.strip() for v in variables):
        raise ValueError('"variables" must be a list of variable names, e.g. ["x", "y"]')
    syms = [sympy.Symbol(v) for v in variables]
    if not isinstance(poly, (dict, list)):
        raise ValueError('"polynomial" must map exponent lists such as "[2, 0]" to rational coefficients')
    items = poly.items() if isinstance(poly, dict) else poly
    if isinstance(poly, list) and not all(isinstance(it, (list, tuple)) and len(it) == 2 for it in poly):
        raise ValueError('a "polynomial" list holds [exponents, coefficient] pairs, e.g. [[[2, 0], "1"]]; '
                         'or give a mapping {"[2, 0]": "1"}')
    expr = sympy.Integer(0)
    for key, coeff in items:
        exps = _exponents(key, len(syms))
        if sum(exps) > MAX_DEGREE:
            raise ValueError(f"monomial {key!r} has degree {sum(exps)}, more than {MAX_DEGREE} for exact "
                             "classification; give a polynomial of lower degree")
        c = rational(coeff, name=f"coefficient of {key}")
        term = sympy.Rational(int(c.numerator), int(c.denominator))
        for s, e in zip(syms, exps):
            term = term * s ** e
        expr = expr + term
    return expr, syms


def _exponents(key, n):
    if isinstance(key, str):
        parts = key.replace("[", " ").replace("]", " ").replace(",", " ").split()
        try:
            exps = [int(p) for p in parts]
        except ValueError:
            raise ValueError(f"monomial key {key!r} must list {n} non-negative integer exponents, e.g. \"[2, 0]\"")
    elif isinstance(key, (list, tuple)):
        exps = list(key)
    else:
        raise ValueError(f"monomial key {key!r} must be an exponent list")
    if len(exps) != n or any(isinstance(e, bool) or not isinstance(e, int) or e < 0 for e in exps):
        raise ValueError(f"monomial key {key!r} must list {n} non-negative integer exponents, e.g. \"[2, 0]\"")
    return exps


_NETWORK_KEYS = {"dims", "X", "Y", "weights", "loss"}
_POLY_KEYS = {"polynomial", "variables", "point"}


def objective_from_json(data: dict):
    """``(F, x0)``: the objective and the point of a problem in the JSON input format (network or polynomial)."""
    if "polynomial" in data:
        expr, syms = _polynomial_from_json(data)
        F = PolynomialObjective(expr, syms)
        return F, F.check_point(data["point"])
    net = Network(data["dims"])
    X, Y = net.check_data(data.get("X"), data["Y"])
    loss = _LOSSES[data.get("loss", "squared")](X, Y)
    F = NetworkObjective(net, loss)
    return F, net.flatten(net.exact_weights(data["weights"]))


def classify_json(data: dict, *, seconds: float = 40.0, budget: int | None = None) -> dict:
    """Classify the problem of issue 3's JSON input format; returns the ``--json`` object.

    Entries are JSON integers or strings holding exact rationals; a JSON
    non-integer number is an input error that says how to write it.  A
    polynomial problem ``{"polynomial": {"[2, 0]": "1", ...}, "variables": [...],
    "point": [...]}`` is accepted too.

    Examples
    ========

    >>> from symbolic.landscape.classify import classify_json
    >>> classify_json({"dims": [1, 1, 1], "Y": [[1]], "weights": [[[1]], [[1]]]})["verdict"]
    'global_min'
    >>> classify_json({"dims": [1, 1, 1], "Y": [[0.5]], "weights": [[[1]], [[1]]]})
    Traceback (most recent call last):
    ...
    TypeError: Y[0][0] is the float 0.5; floats are not exact: write it as a string holding an exact rational, e.g. "1/2" or "0.5"
    """
    if not isinstance(data, dict):
        raise ValueError("the input must be a JSON object with keys dims, Y, weights (and optionally X, loss)")
    if "polynomial" in data:
        unknown = sorted(set(data) - _POLY_KEYS)
        if unknown:
            raise ValueError(f"unknown keys {unknown} in a polynomial problem; allowed: {sorted(_POLY_KEYS)}")
        expr, syms = _polynomial_from_json(data)
        point = data.get("point")
        if not isinstance(point, list):
            raise ValueError('"point" must be a list of rationals, one per variable')
        return classify_polynomial(expr, syms, point, seconds=seconds, budget=budget).to_json()
    unknown = sorted(set(data) - _NETWORK_KEYS)
    if unknown:
        raise ValueError(f"unknown keys {unknown}; the input has dims, Y, weights and optionally X, loss")
    for key in ("dims", "Y", "weights"):
        if key not in data:
            raise ValueError(f'"{key}" is missing; the input needs dims, Y and weights (X and loss are optional)')
    return classify_network(data["dims"], data["Y"], data["weights"], X=data.get("X"),
                            loss=data.get("loss", "squared"), seconds=seconds, budget=budget).to_json()
