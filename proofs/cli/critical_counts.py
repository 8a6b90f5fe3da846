"""``dlnproof critical-counts``: exact counts of the critical points of regularized networks beside the published
ones (Bharadwaj-Hosten 2023, homotopy continuation), with the real points, their certified Hessian indices, the
minima, the backend and the CPU time of each case (self and child processes), one case after the other.

A benchmark command, not a timed test.  ``--completeness`` chooses how the count is certified exact (default:
ideal members with cofactors from Singular when installed, see :mod:`symbolic.checker.quotient_bound`).
``--backends`` runs every available backend on each case and prints their
counts side by side (the cross-check; above 130 points only msolve: SymPy's and python-flint's Buchberger take
minutes there).
"""

from __future__ import annotations

import json
import resource

from symbolic.critical import backends
from symbolic.critical.regularized import regularized_critical_points
from symbolic.critical.regularized_problem import low_height_problem, seeded_problem

#: (dims, samples, published count or None, our generic count from the shared notes)
CASES = [
    ((1, 3, 1), 1, 13),
    ((1, 1, 1, 1), 1, None),
    ((1, 3, 2), 1, 73),
    ((2, 1, 1, 2), 2, None),
    ((1, 2, 2, 1), 1, None),
    ((2, 2, 2), 2, None),
    ((1, 3, 3), 1, 245),
    ((1, 3, 4), 1, None),
    ((2, 2, 2, 2), 1, None),
]


def add_arguments(parser):
    parser.add_argument("--max-count", type=int, default=130, metavar="N",
                        help="skip cases whose expected count exceeds N (default 130; above it msolve is needed: 225 and "
                             "245 points take under a minute of CPU, 593 and 641 (--max-count 700) 7-11 minutes each)")
    parser.add_argument("--backend", default="auto", choices=("auto", "sympy", "msolve"))
    parser.add_argument("--backends", action="store_true", help="also count with every available backend")
    parser.add_argument("--completeness", default="auto", choices=("auto", "singular", "sympy", "groebner", "none"),
                        help="how the count is certified exact: ideal members with cofactors from Singular's liftstd "
                             "or SymPy's tracked Buchberger (auto: Singular up to 130 points when installed, else SymPy "
                             "up to 20), the checker's own Groebner basis, or none (a certified lower bound only)")
    parser.add_argument("--instance", default="seeded", choices=("seeded", "low-height"),
                        help="seeded_problem (X, Y entries k/8, lambdas k/256) or low_height_problem (entries in -3..3, "
                             "lambdas p/q with q <= 9: far smaller completeness certificates)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")


_EXPECTED = {(1, 3, 1): 13, (1, 1, 1, 1): 17, (1, 3, 2): 73, (2, 1, 1, 2): 81, (1, 2, 2, 1): 129, (2, 2, 2): 225,
             (1, 3, 3): 245, (1, 3, 4): 593, (2, 2, 2, 2): 641}


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_case(dims, samples, backend="auto", seed=0, cross=False, completeness="auto", instance="seeded") -> dict:
    make = low_height_problem if instance == "low-height" else seeded_problem
    p = make(list(dims), samples, seed).to_json()
    kw = {}
    if completeness in ("singular", "sympy"):
        kw = {"completeness": "cofactors", "cofactor_backend": completeness}
    elif completeness == "groebner":
        kw = {"completeness": "groebner"}
    elif completeness == "none":
        kw = {"completeness": False}
    r = regularized_critical_points(p["dims"], p["X"], p["Y"], p["lambdas"], backend=backend, **kw)
    row = r.summary()
    row["verdict"] = r.verdict
    if cross:
        prob = make(list(dims), samples, seed)
        row["cross"] = {}
        for b in backends.available_backends():
            if b != "msolve" and row["count"] > 130:  # SymPy's and flint's Buchberger take minutes there
                continue
            t = _cpu()
            row["cross"][b] = (backends.solve_count(prob, b), round(_cpu() - t, 2))
    return row


def run(args) -> int:
    rows = []
    for dims, samples, published in CASES:
        if _EXPECTED[dims] > args.max_count:
            continue
        backend = args.backend
        if backend == "auto" and _EXPECTED[dims] > 130 and "msolve" not in backends.available_backends():
            print(f"{dims}: skipped (more than 130 points: install the critical extra for msolve)")
            continue
        row = run_case(dims, samples, backend, args.seed, args.backends, args.completeness, args.instance)
        row["published"] = published
        rows.append(row)
        if not args.json:
            print(_line(row), flush=True)
    if args.json:
        print(json.dumps(rows, indent=1))
    return 0


def _line(row) -> str:
    pub = row["published"] if row["published"] is not None else "-"
    text = (f"{str(tuple(row['dims'])):14} n={row['samples']}  published {pub:>4}  ours {row['count']:>4} "
            f"({row['count_status']})  real {row['real']:>3}  indices {row['indices']}  minima {row['minima']} "
            f"(global {row['global_minima']}, non-global {row['nonglobal_minima']})  {row['backend']}  "
            f"{row['seconds']} s  checker: {'ok' if row['verified'] else 'REJECTED ' + row['verdict']}")
    info = row.get("completeness") or {}
    if info.get("method") == "cofactors":
        text += (f"  cofactors ({info['backend']}): {info['elements']} members, {info['terms']} terms, "
                 f"{info['seconds']} s; checker {info['checker_seconds']} s")
    if "cross" in row:
        text += "  cross-check " + ", ".join(f"{b} {c} ({t} s)" for b, (c, t) in row["cross"].items())
    return text
