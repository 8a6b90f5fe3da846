"""``dlnproof check [ID ...] [--paper KEY] [--quick] [--json]``: run the ledger's checks.

Each selected claim's check runs (quick or full scope), then the separate
checker re-verifies its certificate.  The table shows id, paper, label,
status (with the finding of a refutation), scope and seconds, then a one-line
summary (:func:`summary`); the table wraps its scope column to the terminal's width; ``--json`` prints a list of objects instead, each
with the claim's ``reading`` and the outcome's ``finding``, ``scope_kind``,
``scope_structured`` (``{"kind": all | critical_set | sampled, "dims": [...], "counts": {...}}``; dims and
counts where the check states them) and ``details``.  A
refuted claim is a finding, not a failure: the exit status is 0 unless a
check crashed or a certificate failed to re-verify (then 1, with one line per
problem on stderr).  Unknown ids (with at most five suggestions), paper keys or
labels are input errors (exit 2).  Every run prints a progress line
``[k/n] id: status`` per claim on stderr.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback

from proofs.ledger import registry as ledger

__all__ = ["add_arguments", "run", "check_claims", "format_table", "summary", "profile"]


def add_arguments(parser):
    parser.add_argument("ids", nargs="*", metavar="ID", help="claim ids (default: every claim)")
    parser.add_argument("--paper", metavar="KEY", help="only the claims of this paper (key from papers/INDEX.md)")
    parser.add_argument("--label", metavar="LABEL", help='only the claims with this printed label ("Proposition 7")')
    parser.add_argument("--quick", action="store_true", help="the smaller scope of each check (all claims < 60 s)")
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of the table")
    parser.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                        help="run claims in N processes (default: the number of cores); the output order is the "
                             "ledger's whatever N is")
    parser.add_argument("--profile", action="store_true",
                        help="after the results, print each claim's CPU and wall seconds and its share of the summed "
                             "CPU time, costliest first")
    parser.add_argument("--save-costs", action="store_true",
                        help="record each claim's CPU seconds in proofs/ledger/costs.json (the order in which -j N "
                             "starts claims: longest first)")


def _row(claim, quick: bool) -> dict:
    """Run one claim and its certificate check; the ``--json`` object (plus ``recorded``, ``error``)."""
    start, cpu = time.perf_counter(), time.process_time()
    error = None
    try:
        outcome = ledger.run_claim(claim, quick=quick)
        status, scope, cert_ok = outcome.status, outcome.scope, outcome.certificate_ok
        finding, corrected_by = outcome.finding, outcome.corrected_by or None
        scope_kind, details = outcome.scope_kind, outcome.details
        structured = outcome.scope_structured
    except Exception as exc:  # a crashed check is reported, and the others still run
        error = f"{type(exc).__name__}: {exc}".splitlines()[0]
        status, scope, cert_ok = "error", "check crashed", None
        finding = corrected_by = scope_kind = None
        structured = {"kind": None, "dims": [], "counts": {}}
        details = ""
        traceback.print_exc(file=sys.stderr)
    seconds, cpu = round(time.perf_counter() - start, 2), round(time.process_time() - cpu, 2)
    return {"id": claim.id, "paper": claim.paper, "label": claim.label, "kind": claim.kind,
            "statement": claim.statement, "reading": claim.full_reading, "status": status, "finding": finding,
            "corrected_by": corrected_by, "scope": scope, "scope_kind": scope_kind, "scope_structured": structured,
            "details": details,
            "seconds": seconds, "cpu_seconds": cpu, "notebook": claim.notebook, "certificate_ok": cert_ok, "uses": list(claim.uses),
            "recorded": claim.recorded, "error": error}


def _rows_by_ids(claim_ids, quick: bool) -> list[dict]:
    return [_row(ledger.get(i), quick) for i in claim_ids]


def check_claims(claims, quick: bool, progress=None, jobs: int = 1) -> list[dict]:
    """Run each claim; return one row per claim, in the order given, whatever ``jobs`` is.

    With ``jobs > 1`` the claims run in that many worker processes.  Claims that share a notebook run in one
    process, one after the other, so that what their checks share (cached points, classifications) is computed
    once; the groups start longest first by the recorded costs (:mod:`proofs.ledger.costs`); the rows come back in
    the claims' order.
    """
    claims = list(claims)
    registered = {c.id: c for c in ledger.claims()}
    if any(registered.get(c.id) is not c for c in claims):
        jobs = 1  # claims that are not the ledger's (tests' own) run here: their checks need not pickle
    if jobs <= 1 or len(claims) <= 1:
        rows = []
        for i, claim in enumerate(claims, 1):
            rows.append(_row(claim, quick))
            if progress is not None:
                progress(f"[{i}/{len(claims)}] {claim.id}: {_status(rows[-1])} ({rows[-1]['seconds']:.2f} s)")
        return rows
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from proofs.ledger import costs

    groups: dict[str, list[str]] = {}
    for claim in claims:
        groups.setdefault(claim.notebook, []).append(claim.id)
    ordered = costs.order(list(groups.values()), costs.load(quick))
    rows: dict[str, dict] = {}
    done = 0
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(jobs, len(groups)), mp_context=context) as pool:
        futures = [pool.submit(_rows_by_ids, ids, quick) for ids in ordered]  # claims travel by id
        for future in as_completed(futures):
            for row in future.result():
                rows[row["id"]] = row
                done += 1
                if progress is not None:
                    progress(f"[{done}/{len(claims)}] {row['id']}: {_status(row)} ({row['seconds']:.2f} s)")
    return [rows[c.id] for c in claims]


def _status(row) -> str:
    return f"{row['status']} ({row['finding']})" if row.get("finding") else row["status"]


def summary(rows) -> str:
    """One line: how many claims, confirmed, refuted by kind of finding, inconclusive, unverified.

    Examples
    ========

    >>> from proofs.cli.check import summary
    >>> summary([{"status": "confirmed", "finding": None, "certificate_ok": True},
    ...          {"status": "refuted", "finding": "gap", "certificate_ok": True},
    ...          {"status": "refuted", "finding": "error", "certificate_ok": True},
    ...          {"status": "refuted", "finding": "error", "certificate_ok": True}])
    '4 claims: 1 confirmed, 3 refuted (2 errors, 1 gap)'
    """
    count = lambda pred: sum(1 for r in rows if pred(r))  # noqa: E731
    confirmed = f"{count(lambda r: r['status'] == 'confirmed')} confirmed"
    kinds = [f"{n} {k}" for k in ("all", "critical_set", "sampled")
             if (n := count(lambda r: r["status"] == "confirmed" and r.get("scope_kind") == k))]
    parts = [confirmed + (f" ({', '.join(kinds)})" if kinds else "")]
    refuted = count(lambda r: r["status"] == "refuted")
    if refuted:
        kinds = []
        for finding, plural in (("error", "errors"), ("misprint", "misprints"),
                                ("extraction", "extraction-dependent"), ("gap", "gaps")):
            n = count(lambda r: r["status"] == "refuted" and r.get("finding") == finding)
            if n:
                kinds.append(f"{n} {plural if n > 1 or finding == 'extraction' else finding}")
        parts.append(f"{refuted} refuted ({', '.join(kinds)})" if kinds else f"{refuted} refuted")
    for status in ("inconclusive", "error"):
        n = count(lambda r: r["status"] == status)
        if n:
            parts.append(f"{n} {'crashed' if status == 'error' else status}")
    unverified = count(lambda r: r.get("certificate_ok") is False)
    if unverified:
        parts.append(f"{unverified} not re-verified")
    return f"{len(rows)} claims: " + ", ".join(parts)


def profile(rows, wall: float, jobs: int, cpu: float | None = None) -> str:
    """Each claim's CPU seconds, wall seconds and share of the summed CPU time, costliest first, then the totals.

    CPU seconds (the claim's process, user + system) do not depend on how busy the machine is; wall seconds do.
    ``cpu`` is the whole run's CPU time (all processes, start-up included), when known.

    Examples
    ========

    >>> from proofs.cli.check import profile
    >>> print(profile([{"id": "a", "seconds": 3.5, "cpu_seconds": 3.0}, {"id": "b", "seconds": 1.0, "cpu_seconds": 1.0}],
    ...               2.5, 2, cpu=4.5))
    profile (CPU and wall seconds per claim, share of the 4.00 CPU seconds summed over claims)
    the run: wall 2.50 s with 2 processes, CPU 4.50 s
        cpu     wall  share  id
       3.00     3.50  75.0%  a
       1.00     1.00  25.0%  b
    """
    cost = lambda r: r.get("cpu_seconds", r["seconds"])  # noqa: E731
    total = sum(cost(r) for r in rows) or 1.0
    run = f"wall {wall:.2f} s with {jobs} process{'es' if jobs > 1 else ''}" + (
        f", CPU {cpu:.2f} s" if cpu is not None else "")
    lines = [f"profile (CPU and wall seconds per claim, share of the {total:.2f} CPU seconds summed over claims)",
             f"the run: {run}", f"{'cpu':>7}  {'wall':>7}  share  id"]
    for r in sorted(rows, key=lambda r: (-cost(r), r["id"])):
        lines.append(f"{cost(r):7.2f}  {r['seconds']:7.2f}  {100 * cost(r) / total:4.1f}%  {r['id']}")
    return "\n".join(lines)


def format_table(rows, width: int | None = None) -> str:
    """A plain-text table: id, paper, label, status (and finding), scope, seconds.

    The table fits ``width`` columns (default: the terminal's, :func:`shutil.get_terminal_size`): the scope, the one
    long column, wraps onto continuation lines under itself (at least 24 characters wide).

    Examples
    ========

    >>> from proofs.cli.check import format_table
    >>> row = {"id": "a", "paper": "p", "label": "Lemma 1", "status": "confirmed", "finding": None,
    ...        "scope": "every dims tuple with L <= 3 and widths <= 2 (28 tuples)", "seconds": 1.5}
    >>> print(format_table([row], width=60))
    id  paper  label    status     scope                     seconds
    a   p      Lemma 1  confirmed  every dims tuple with L      1.50
                                   <= 3 and widths <= 2 (28
                                   tuples)
    """
    import shutil
    import textwrap

    if width is None:
        width = shutil.get_terminal_size((120, 24)).columns
    header = ("id", "paper", "label", "status", "scope", "seconds")
    body = [(r["id"], r["paper"], r["label"], _status(r), r["scope"], f"{r['seconds']:.2f}") for r in rows]
    widths = [max([len(h)] + [len(b[i]) for b in body]) for i, h in enumerate(header[:4])]
    indent = sum(widths) + 2 * len(widths)
    scope_width = min(max([len(header[4])] + [len(b[4]) for b in body]), max(24, width - indent - 9))
    widths.append(scope_width)
    lines = []
    for cells in [header] + body:
        scope = textwrap.wrap(cells[4], scope_width, break_on_hyphens=False) or [""]
        left = "  ".join(c.ljust(w) for c, w in zip(cells[:4] + (scope[0],), widths))
        lines.append(f"{left}  {cells[-1]:>7}")
        lines += [" " * indent + more for more in scope[1:]]
    return "\n".join(lines)


def _run_cpu() -> float:
    """CPU seconds (user + system) of this process and its finished worker processes."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run(args) -> int:
    claims = ledger.select(args.ids, args.paper, label=args.label)  # ValueError (unknown id, key) -> exit 2 in cli
    progress = lambda line: print(line, file=sys.stderr, flush=True)  # noqa: E731
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if jobs < 1:
        raise ValueError(f"--jobs must be a positive integer; got {jobs}")
    start = time.perf_counter()
    rows = check_claims(claims, quick=args.quick, progress=progress, jobs=jobs)
    wall = time.perf_counter() - start
    if args.save_costs:
        from proofs.ledger import costs
        costs.save(rows, args.quick)
    if args.json:
        out = [{k: v for k, v in r.items() if k not in ("recorded", "error")} for r in rows]
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(format_table(rows))
        print(summary(rows))
    if args.profile:
        print(profile(rows, wall, jobs, cpu=_run_cpu()), file=sys.stderr if args.json else sys.stdout)
    failed = 0
    for r in rows:
        if r["error"]:
            print(f"dlnproof check: {r['id']}: the check crashed: {r['error']}", file=sys.stderr)
            failed += 1
        elif r["certificate_ok"] is False:
            print(f"dlnproof check: {r['id']}: the separate checker did not re-verify the certificate", file=sys.stderr)
            failed += 1
        elif r["status"] != r["recorded"]:
            print(f"dlnproof check: {r['id']}: status {r['status']} differs from the recorded "
                  f"{r['recorded']} (update the claim's recorded status if the computation is right)",
                  file=sys.stderr)
    return 1 if failed else 0
