"""``dlnproof bench``: exact Hessians against ``sympy.hessian`` and against the block formula expanded by SymEngine
(the fastest exact method known, issue 19; ``--reference`` runs only that table), side by side in one run; ``--ledger``: the
ledger's own timings (quick scope in one process: CPU seconds; quick and full scope with ``-j N``: wall seconds),
each ``dlnproof check`` in a fresh process, one after the other in one run, so that the README's figures come from
one command; ``--scale``: classify at up to 1000 parameters (:mod:`symbolic.landscape.scale_bench`).  Nothing here
is a timed test."""

from __future__ import annotations

import json
import os
import resource
import sys
import time

from sympy.external.gmpy import GROUND_TYPES

from symbolic.calculus import symengine_reference
from symbolic.calculus.bench import run_bench, run_reference_bench


def add_arguments(parser):
    parser.add_argument("--json", action="store_true", help="print a JSON list of cases")
    parser.add_argument("--baseline-limit", type=float, default=60.0, metavar="SECONDS",
                        help="stop the sympy.hessian baseline after this many seconds (default 60)")
    parser.add_argument("--ledger", choices=("quick", "full", "both"),
                        help="time the ledger instead: quick (one process, CPU), full (-j N, wall), or both")
    parser.add_argument("--scale", action="store_true",
                        help="time classify (search and checker) on dense strict saddles up to 1000 parameters and "
                             "deep zero tuples, each in a fresh process: CPU seconds and peak memory")
    parser.add_argument("--against", metavar="DIR",
                        help="with --scale: also run every case with the code in DIR (another checkout), side by side")
    parser.add_argument("--reference", action="store_true",
                        help="only the table against the SymEngine block formula (ours, ours without structured "
                             "products, SymEngine, its conversion to the ring; CPU seconds)")
    parser.add_argument("--repeats", type=int, default=5, metavar="N",
                        help="interleaved runs per case of the SymEngine table; the best is kept (default 5)")
    parser.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                        help="processes for the -j runs of --ledger (default: the number of cores)")


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def ledger_bench(which: str, jobs: int) -> list[dict]:
    """Time ``dlnproof check`` runs, each in a fresh process (imports and cold caches included), one after the other:
    ``[{"run", "claims", "wall_seconds", "cpu_seconds", "statuses", "not_reverified", "slowest", "load"}, ...]``;
    ``slowest`` lists the five claims with the most CPU seconds, ``load`` the 1-minute load average before and after
    the run (how busy the machine was)."""
    import subprocess

    plan = {"quick": [("quick, 1 process", ["--quick", "-j", "1"]), (f"quick, -j {jobs}", ["--quick", "-j", str(jobs)])],
            "full": [(f"full, -j {jobs}", ["-j", str(jobs)])]}
    runs = []
    for name, flags in plan["quick"] * (which in ("quick", "both")) + plan["full"] * (which in ("full", "both")):
        load = os.getloadavg()[0]
        wall, cpu = time.perf_counter(), _cpu()
        done = subprocess.run([sys.executable, "-m", "proofs", "check", "--json", *flags], capture_output=True,
                              text=True, check=False)
        wall, cpu = time.perf_counter() - wall, _cpu() - cpu
        rows = json.loads(done.stdout) if done.stdout.strip() else []
        statuses = {s: sum(r["status"] == s for r in rows) for s in ("confirmed", "refuted", "inconclusive", "error")}
        slowest = sorted(rows, key=lambda r: (-r.get("cpu_seconds", r["seconds"]), r["id"]))[:5]
        runs.append({"run": name, "claims": len(rows), "wall_seconds": round(wall, 1), "cpu_seconds": round(cpu, 1),
                     "statuses": statuses, "not_reverified": sum(r["certificate_ok"] is False for r in rows),
                     "slowest": [[r["id"], r.get("cpu_seconds", r["seconds"])] for r in slowest],
                     "load": [round(load, 1), round(os.getloadavg()[0], 1)], "exit": done.returncode})
    return runs


def ledger_markdown(runs, cores: int | None = None) -> str:
    """The README's table of :func:`ledger_bench` runs, ready to paste, then the slowest claims of each run.

    Examples
    ========

    >>> from proofs.cli.bench import ledger_markdown
    >>> run = {"run": "quick, 1 process", "claims": 2, "wall_seconds": 3.0, "cpu_seconds": 2.5, "not_reverified": 0,
    ...        "statuses": {"confirmed": 1, "refuted": 1, "inconclusive": 0, "error": 0}, "load": [0.1, 1.0],
    ...        "slowest": [["a", 1.5], ["b", 0.5]], "exit": 0}
    >>> print(ledger_markdown([run], cores=2))
    | run (2 cores) | wall | CPU | outcome | load average (1 min) before, after |
    | --- | --- | --- | --- | --- |
    | `check --quick -j 1` | 3.0 s | 2.5 s | 2 claims: 1 confirmed, 1 refuted, all re-verified | 0.1, 1.0 |
    <BLANKLINE>
    Slowest claims (CPU seconds): `check --quick -j 1`: a 1.5, b 0.5.
    """
    cores = cores or os.cpu_count() or 1
    lines = [f"| run ({cores} cores) | wall | CPU | outcome | load average (1 min) before, after |",
             "| --- | --- | --- | --- | --- |"]
    slow = []
    for r in runs:
        command = "check " + r["run"].replace("quick, 1 process", "--quick -j 1").replace("quick, ", "--quick ").replace(
            "full, ", "")
        st = r["statuses"]
        outcome = f"{r['claims']} claims: {st['confirmed']} confirmed, {st['refuted']} refuted"
        outcome += "".join(f", {st[k]} {k}" for k in ("inconclusive", "error") if st[k])
        outcome += ", all re-verified" if not r["not_reverified"] else f", {r['not_reverified']} not re-verified"
        if r["exit"]:
            outcome += f" (exit {r['exit']})"
        lines.append(f"| `{command}` | {r['wall_seconds']:.1f} s | {r['cpu_seconds']:.1f} s | {outcome} | "
                     f"{r['load'][0]}, {r['load'][1]} |")
        slow.append(f"`{command}`: " + ", ".join(f"{i} {c:.1f}" for i, c in r["slowest"]))
    return "\n".join(lines) + "\n\nSlowest claims (CPU seconds): " + "; ".join(slow) + "."


def scale(args) -> int:
    from symbolic.landscape.scale_bench import run_scale_bench
    if args.against is not None and not os.path.isdir(os.path.join(args.against, "symbolic")):
        raise ValueError(f"--against must be a checkout's directory holding symbolic/; got {args.against!r}")
    rows = run_scale_bench(against=args.against)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"SymPy ground types: {GROUND_TYPES}; CPU = user + sys of a fresh process, imports included")
        for r in rows:
            line = (f"{r['case']:<46} {r['params']:>5} params  {r['verdict']:<12} strict={r.get('strict')!s:<5} "
                    f"checked={r.get('certificate_ok')!s:<5} inertia {'stated' if r.get('inertia') else 'not stated':<10} "
                    f"cpu {r['cpu_seconds'] or 0:>7.2f} s  "
                    f"peak {r['max_rss_mb'] or 0:>6.0f} MB")
            if "baseline" in r:
                b = r["baseline"]
                line += (f"  | baseline {b['verdict']:<12} cpu {b['cpu_seconds'] or 0:>7.2f} s"
                         f"  ratio {r['ratio'] if r['ratio'] is not None else '-'}")
            print(line)
    # a verdict the checker withholds (its work bound) is reported as such; an error or a rejection is a failure
    return 1 if any(r["verdict"] == "error" or (r.get("certificate_ok") is False and "withheld" not in r["checker"])
                    for r in rows) else 0


def run(args) -> int:
    if args.scale:
        return scale(args)
    if args.ledger:
        jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
        if jobs < 1:
            raise ValueError(f"--jobs must be a positive integer; got {jobs}")
        runs = ledger_bench(args.ledger, jobs)
        if args.json:
            print(json.dumps(runs, indent=2))
        else:
            for r in runs:
                print(f"{r['run']:<18} {r['claims']} claims  wall {r['wall_seconds']:>7.1f} s  cpu {r['cpu_seconds']:>7.1f} s  "
                      f"{r['statuses']}  not re-verified: {r['not_reverified']}  load {r['load'][0]} -> {r['load'][1]}")
            print()
            print(ledger_markdown(runs))
        return 1 if any(r["exit"] or r["not_reverified"] or r["statuses"]["error"] for r in runs) else 0
    if not args.baseline_limit > 0:
        raise ValueError(f"--baseline-limit must be a positive number of seconds; got {args.baseline_limit}")
    if args.repeats < 1:
        raise ValueError(f"--repeats must be a positive integer; got {args.repeats}")
    rows = [] if args.reference else run_bench(args.baseline_limit)
    reference = run_reference_bench(repeats=args.repeats)
    if args.json:
        print(json.dumps([{"table": "sympy.hessian", **r} for r in rows] +
                         [{"table": "symengine", **r} for r in reference], indent=2))
    else:
        print(f"SymPy ground types: {GROUND_TYPES}")
        if rows:
            print(f"{'case':<95} {'P':>4} {'ours s':>9} {'baseline s':>11} {'ratio':>8}  equal")
        for r in rows:
            print(f"{r['case']:<95} {r['params']:>4} {r['seconds']:>9.4f} {r['baseline_seconds']:>11.2f} "
                  f"{r['ratio']:>8.1f}  {r['equal_to_baseline']}, block = entrywise: {r['block_equals_entrywise']}")
        print_reference(reference, args.repeats)
    bad = [r["case"] for r in rows if r["equal_to_baseline"] is False or not r["block_equals_entrywise"]]
    bad += [f"dims={r['dims']} (SymEngine table)" for r in reference if not r["equal"]]
    if bad:
        sys.stderr.write(f"dlnproof bench: our Hessian differs from the reference in: {bad}\n")
        return 1
    return 0


def print_reference(rows, repeats):
    """The table against the SymEngine block formula."""
    if symengine_reference.available():
        import symengine
        print(f"\nFull symbolic Hessian, ours against the block formula expanded by SymEngine {symengine.__version__}"
              f" (CPU seconds, best of {repeats} interleaved runs; 'plain' = ours without the structured ring products; "
              "'to ring' = converting SymEngine's result into QQ[w]):")
    else:
        print("\nSymEngine is not installed (pip install 'dlnproof[bench]'): ours and plain only.")
    print(f"{'dims':<22} {'P':>3} {'ours':>8} {'plain':>8} {'SymEngine':>10} {'to ring':>8}  {'ours/SymEngine':>14} "
          f"{'plain/ours':>10} {'(SymEngine+to ring)/ours':>25}  equal")
    for r in rows:
        se = "-" if r["symengine"] is None else f"{r['symengine']:.4f}"
        conv = "-" if r["to_ring"] is None else f"{r['to_ring']:.4f}"
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.2f}"
        accel = "-" if r["symengine"] is None else f"{(r['symengine'] + r['to_ring']) / r['ours']:.1f}"
        print(f"{str(tuple(r['dims'])):<22} {r['params']:>3} {r['ours']:>8.4f} {r['plain']:>8.4f} {se:>10} {conv:>8}  "
              f"{ratio:>14} {r['plain_ratio']:>10.2f} {accel:>25}  {r['equal']}")
