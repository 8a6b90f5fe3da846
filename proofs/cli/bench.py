"""``dlnproof bench``: exact Hessians against ``sympy.hessian``, side by side in one run."""

from __future__ import annotations

import json
import sys

from sympy.external.gmpy import GROUND_TYPES

from symbolic.calculus.bench import run_bench


def add_arguments(parser):
    parser.add_argument("--json", action="store_true", help="print a JSON list of cases")
    parser.add_argument("--baseline-limit", type=float, default=60.0, metavar="SECONDS",
                        help="stop the sympy.hessian baseline after this many seconds (default 60)")


def run(args) -> int:
    if not args.baseline_limit > 0:
        raise ValueError(f"--baseline-limit must be a positive number of seconds; got {args.baseline_limit}")
    rows = run_bench(args.baseline_limit)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"SymPy ground types: {GROUND_TYPES}")
        print(f"{'case':<95} {'P':>4} {'ours s':>9} {'baseline s':>11} {'ratio':>8}  equal")
        for r in rows:
            print(f"{r['case']:<95} {r['params']:>4} {r['seconds']:>9.4f} {r['baseline_seconds']:>11.2f} "
                  f"{r['ratio']:>8.1f}  {r['equal_to_baseline']}, block = entrywise: {r['block_equals_entrywise']}")
    bad = [r["case"] for r in rows if r["equal_to_baseline"] is False or not r["block_equals_entrywise"]]
    if bad:
        sys.stderr.write(f"dlnproof bench: our Hessian differs from sympy.hessian in: {bad}\n")
        return 1
    return 0
