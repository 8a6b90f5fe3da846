"""``dlnproof sweep``: Lemma 1 (arbitrary f) and the Hessian block formula on every small dims tuple."""

from __future__ import annotations

import json
import sys

from symbolic.calculus.sweep import run_sweep


def add_arguments(parser):
    parser.add_argument("--max-depth", type=int, default=4, help="largest depth L (default 4)")
    parser.add_argument("--max-width", type=int, default=3, help="largest width (default 3)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def run(args) -> int:
    result = run_sweep(args.max_depth, args.max_width,
                       progress=None if args.json else (lambda dims: sys.stderr.write(f"  {list(dims)}\n")))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        fails = result["failures"]
        print(f"dims tuples covered: {result['tuples']} (1 <= L <= {result['max_depth']}, widths 1..{result['max_width']})")
        print(f"Lemma 1 for arbitrary f (entrywise = closed form = vec/Kronecker): "
              f"{result['tuples'] - len(fails['gradient_general'])}/{result['tuples']} agree, "
              f"{result['seconds']['gradient_general']:.1f} s")
        print(f"Hessian block formula, squared loss (structured = entrywise): "
              f"{result['tuples'] - len(fails['hessian_squared'])}/{result['tuples']} agree, "
              f"{result['seconds']['hessian_squared']:.1f} s")
        for name, bad in fails.items():
            if bad:
                print(f"DISAGREEMENT in {name}: {bad}")
    return 1 if any(result["failures"].values()) else 0
