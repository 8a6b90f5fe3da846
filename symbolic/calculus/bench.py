"""Benchmark: our exact symbolic Hessian against ``sympy.hessian``, in one run.

For each case (dims, concrete rational X and Y with n = 3 samples) the full
Hessian of :math:`\\tfrac12 \\lVert W_L \\cdots W_1 X - Y \\rVert_F^2`, symbolic in
every weight, is computed

* by the block formula over the polynomial ring (:func:`~symbolic.calculus.hessian.hessian_structured`),
* entrywise over the polynomial ring (:func:`~symbolic.calculus.hessian.hessian_entrywise`),
* by the baseline, ``sympy.hessian`` of the expanded loss as an ``Expr``, in a
  child process that is stopped at a time limit.

Our two results are always compared with each other (``block_equals_entrywise``).
The baseline's matrix is converted into the ring (outside the timing) and
compared entry by entry with ours; a cut baseline has no comparison and its
ratio is a lower bound.  Ratios are measured side by side in the same run.

:func:`run_reference_bench` times the block formula against the fastest exact
method known (:mod:`symbolic.calculus.symengine_reference`: the same formula
expanded by SymEngine, issue 19), on the shapes of the performance notes:
ours, ours with the structured products off (``plain=True``), SymEngine, and
SymEngine's conversion back into the ring.  CPU seconds, best of ``repeats``
interleaved runs; every result is compared exactly with ours.

Main definitions
----------------
* :data:`CASES`, :data:`REFERENCE_CASES`, :func:`bench_data`, :func:`run_bench`,
  :func:`run_reference_bench`.
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from fractions import Fraction

import sympy

from symbolic.calculus import symengine_reference
from symbolic.calculus.hessian import hessian_entrywise, hessian_structured
from symbolic.core.losses import SquaredLoss
from symbolic.core.network import Network

__all__ = ["CASES", "REFERENCE_CASES", "bench_data", "run_bench", "run_reference_bench"]

#: The two shapes of issue 2: a wide shallow net and a deep narrow one.
CASES = ((4, 5, 4), (2, 2, 2, 2, 2, 2, 2))

#: The shapes of the performance notes' Hessian table (P = 27, 20, 40, 24, 36, 48).
REFERENCE_CASES = ((3, 3, 3, 3), (3, 2, 2, 2, 3), (4, 5, 4), (2, 2, 2, 2, 2, 2, 2), (3, 3, 3, 3, 3), (4, 4, 4, 4))


def bench_data(dims, n: int = 3):
    """Deterministic exact X (d0 x n) and Y (dL x n) as rational strings."""
    X = [[str(Fraction((3 * i + 2 * j + 1) % 7 - 3, 1 + (i + j) % 2)) for j in range(n)] for i in range(dims[0])]
    Y = [[str(Fraction((5 * i + j + 3) % 9 - 4, 2 - (i * j) % 2)) for j in range(n)] for i in range(dims[-1])]
    return X, Y


def _ours(dims, method):
    net = Network(dims)
    X, Y = bench_data(dims)
    loss = SquaredLoss(X, Y)
    R, weights = net.symbolic_weights()
    start = time.perf_counter()
    H = (hessian_structured if method == "block" else hessian_entrywise)(weights, loss)
    seconds = time.perf_counter() - start
    return R, H.convert_to(R.to_domain()), seconds


def _baseline(dims, queue):
    net = Network(dims)
    X, Y = bench_data(dims)
    Xs = sympy.Matrix([[sympy.Rational(v) for v in row] for row in X])
    Ys = sympy.Matrix([[sympy.Rational(v) for v in row] for row in Y])
    syms = net.all_symbols()
    start = time.perf_counter()
    A = sympy.Matrix(net.symbols(1))
    for k in range(2, net.depth + 1):
        A = sympy.Matrix(net.symbols(k)) * A
    E = A * Xs - Ys
    loss = sympy.expand(sum(e ** 2 for e in E) / 2)
    H = sympy.hessian(loss, syms)
    seconds = time.perf_counter() - start
    queue.put(("done", seconds))
    R, ours, _ = _ours(dims, "entrywise")
    rows = ours.to_list()
    equal = all(R.from_expr(H[i, j]) == rows[i][j] if H[i, j] != 0 else rows[i][j] == R.zero
                for i in range(H.rows) for j in range(H.cols))
    queue.put(("compared", equal))


def _run_baseline(dims, limit):
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_baseline, args=(dims, queue), daemon=True)
    proc.start()
    seconds, equal, cut = None, None, False
    deadline = time.monotonic() + limit
    try:
        tag, seconds = queue.get(timeout=limit)
        tag, equal = queue.get(timeout=max(limit, 120))
    except Exception:  # queue.Empty: the baseline hit its time limit
        cut = seconds is None
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join()
    if cut:
        seconds = max(limit, limit + (time.monotonic() - deadline))
    return seconds, equal, cut


def run_bench(baseline_limit: float = 60.0, repeats: int = 3) -> list[dict]:
    """Run every case; return rows ``{case, params, seconds, baseline_seconds, ratio, ...}``.

    ``seconds`` is the best of ``repeats`` runs of our method in this process;
    the baseline runs once, in a child process, cut at ``baseline_limit``.
    """
    rows = []
    for dims in CASES:
        params = Network(dims).nparams
        base_seconds, equal, cut = _run_baseline(dims, baseline_limit)
        results = {method: [_ours(dims, method) for _ in range(repeats)] for method in ("block", "entrywise")}
        agree = results["block"][0][1] == results["entrywise"][0][1]
        for method in ("block", "entrywise"):
            best = min(r[2] for r in results[method])
            name = f"hessian {method} dims={list(dims)} vs sympy.hessian"
            if cut:
                name += f" (baseline cut at {baseline_limit:g} s: ratio is a lower bound, no comparison)"
            rows.append({"case": name, "params": params, "seconds": round(best, 4),
                         "baseline_seconds": round(base_seconds, 3), "ratio": round(base_seconds / best, 1),
                         "baseline_cut": cut, "equal_to_baseline": equal, "block_equals_entrywise": agree})
    return rows


def _cpu(f):
    gc.collect()  # each run starts from the same heap: the previous results are dropped and collected
    start = time.process_time()
    out = f()
    return time.process_time() - start, out


def run_reference_bench(cases=None, repeats: int = 3) -> list[dict]:
    """Ours against the SymEngine block formula, side by side: rows ``{dims, params, ours, plain, symengine, to_ring,
    ratio, plain_ratio, equal}`` (CPU seconds, best of ``repeats`` interleaved runs).

    ``ratio`` is ours / SymEngine (issue 19 asks for at most 2), ``plain_ratio`` plain / ours (what the structured
    products gain); ``symengine`` and ``to_ring`` are ``None`` when SymEngine is not installed.  ``equal``: ours equals
    ``plain=True`` and, with SymEngine, its converted result, entry by entry.  ``cases`` defaults to
    :data:`REFERENCE_CASES`.

    Examples
    ========

    >>> from symbolic.calculus.bench import run_reference_bench
    >>> [row["equal"] for row in run_reference_bench([(2, 3, 2)], repeats=1)]
    [True]
    """
    have = symengine_reference.available()
    rows = []
    for dims in REFERENCE_CASES if cases is None else cases:
        X, Y = bench_data(dims)
        loss = SquaredLoss(X, Y)
        _, Ws = Network(dims).symbolic_weights()
        times = {"ours": [], "plain": [], "symengine": [], "to_ring": []}
        for _ in range(repeats):
            ours = plain = H = converted = None
            t, ours = _cpu(lambda: hessian_structured(Ws, loss))
            times["ours"].append(t)
            t, plain = _cpu(lambda: hessian_structured(Ws, loss, plain=True))
            times["plain"].append(t)
            equal = ours == plain
            plain = None
            if have:
                t, H = _cpu(lambda: symengine_reference.hessian_symengine(Ws, loss.X, loss.Y))
                times["symengine"].append(t)
                t, converted = _cpu(lambda: symengine_reference.to_ring(H, ours.domain))
                times["to_ring"].append(t)
                equal = equal and converted == ours
        best = {k: (round(min(v), 4) if v else None) for k, v in times.items()}
        rows.append({"dims": list(dims), "params": Network(dims).nparams, **best,
                     "ratio": round(best["ours"] / best["symengine"], 2) if have else None,
                     "plain_ratio": round(best["plain"] / best["ours"], 2), "equal": equal})
    return rows
