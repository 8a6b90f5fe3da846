"""Benchmark: ``classify`` (search and the separate checker's re-verification) at scale, each case in a fresh process.

The cases are :func:`~symbolic.landscape.scale_cases.dense_strict_saddle` points (deep and shallow) and deep zero
tuples.  Each runs in a fresh Python process that reads the problem on stdin and calls ``classify_json``; the
process reports its own CPU time (user + sys, imports included) and peak memory, so the figures do not depend on
what else the machine runs.  With ``against`` (the source directory of another checkout, e.g. an older release)
every case also runs with that code, one after the other, and the ratio of CPU times is reported: ratios measured
side by side in one run.

Main definitions
----------------
* :data:`SCALE_CASES`, :func:`run_scale_bench`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from symbolic.landscape.scale_cases import dense_strict_saddle, zero_tuple

__all__ = ["SCALE_CASES", "scale_problem", "run_scale_bench"]

#: ``(name, kind, arguments)``: dense strict saddles ``(m, p, depth)`` and zero tuples ``(width, depth)``.
SCALE_CASES = (
    ("dense strict saddle, deep", "saddle", (8, 4, 10)),
    ("dense strict saddle, deep", "saddle", (10, 5, 10)),
    ("dense strict saddle, deep", "saddle", (12, 6, 8)),
    ("dense strict saddle, deep", "saddle", (10, 8, 15)),
    ("dense strict saddle, two layers", "saddle", (12, 8, 2)),
    ("dense strict saddle, two layers", "saddle", (18, 10, 2)),
    ("dense strict saddle, two layers", "saddle", (25, 20, 2)),
    ("dense strict saddle, two layers", "saddle", (40, 12, 2)),
    ("zero tuple", "zero", (1, 32)),
    ("zero tuple", "zero", (2, 32)),
    ("zero tuple", "zero", (5, 16)),
)

_CHILD = """
import json, resource, sys
from symbolic.landscape.classify import classify_json
data = json.load(sys.stdin)
try:
    c = classify_json(data["problem"], seconds=data["seconds"])
    out = {"verdict": c["verdict"], "strict": c["strict"], "certificate_ok": c["evidence"].get("certificate_ok"),
           "checker": c["evidence"].get("checker", ""), "inertia": c["hessian_inertia"],
           "order": (c["certificate"] or {}).get("descent", {}).get("order") if c["verdict"] == "saddle" else None}
except ValueError as exc:
    out = {"verdict": "refused", "checker": str(exc)}
me = resource.getrusage(resource.RUSAGE_SELF)
out["cpu_seconds"] = me.ru_utime + me.ru_stime
out["max_rss_mb"] = me.ru_maxrss / 1024
print(json.dumps(out))
"""


def scale_problem(kind: str, args) -> dict:
    """The ``classify`` JSON problem of one case."""
    return dense_strict_saddle(*args) if kind == "saddle" else zero_tuple(*args)


def _params(problem) -> int:
    d = problem["dims"]
    return sum(d[k] * d[k - 1] for k in range(1, len(d)))


def _run(problem, seconds, source=None) -> dict:
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = os.path.abspath(source) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps({"problem": problem, "seconds": seconds}),
                          capture_output=True, text=True, env=env, check=False,
                          cwd=os.path.abspath(source) if source is not None else None)
    if done.returncode != 0 or not done.stdout.strip():
        return {"verdict": "error", "checker": done.stderr.strip().splitlines()[-1:] or [""], "cpu_seconds": None,
                "max_rss_mb": None}
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_scale_bench(cases=SCALE_CASES, seconds: float = 600.0, against: str | None = None) -> list[dict]:
    """Run every case in a fresh process (and with the code at ``against``, if given); one row per case."""
    rows = []
    for name, kind, args in cases:
        problem = scale_problem(kind, args)
        row = {"case": f"{name} {list(args)}", "dims": problem["dims"], "params": _params(problem),
               **_run(problem, seconds)}
        if against is not None:
            base = _run(problem, seconds, against)
            row["baseline"] = base
            ours, theirs = row["cpu_seconds"], base.get("cpu_seconds")
            ok = base.get("verdict") == row.get("verdict") and ours and theirs   # a ratio of like answers only
            row["ratio"] = round(theirs / ours, 1) if ok else None
        rows.append(row)
    return rows
