"""``dlnproof classify FILE.json [--json] [--timeout SECONDS]``: classify an exact point, with a certificate.

Main results
------------
* ``classify`` -- the verdict (not_critical, global_min, local_min, saddle, local_max,
  inconclusive) of :func:`symbolic.landscape.classify.classify_json`, its certificate re-verified by
  :func:`symbolic.checker.verdicts.verify`.

References
----------
* issue 3 (the CLI contract); Peano's example f = (y - x^2)(y - 2x^2).

The verdict depends on counted work only (the curve search's per-stage budget), never on the machine's
load; ``--timeout`` (default :data:`DEFAULT_TIMEOUT` CPU seconds of this process) is a safety deadline after which the answer is
``inconclusive``, naming the stage it stopped in.

Input errors (missing file, invalid JSON, a float entry, wrong shapes, a non-positive timeout) raise
``ValueError``/``TypeError``; :mod:`proofs.cli` prints them as one line and exits 2.
"""

from __future__ import annotations

import json
import sys

from symbolic.landscape.classify import classify_json

__all__ = ["add_arguments", "run", "format_report", "DEFAULT_TIMEOUT"]

#: Seconds before the safety deadline answers ``inconclusive`` (the ledger's classifications take well under 1 s).
DEFAULT_TIMEOUT = 120.0


def add_arguments(parser):
    parser.add_argument("file", metavar="FILE.json", help="the problem: dims, Y, weights, optional X and loss")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a readable report")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help="safety deadline: after this many CPU seconds the answer is inconclusive, naming the stage "
                             f"it stopped in (default {DEFAULT_TIMEOUT:g}); the verdict itself depends on counted "
                             "work only, not on time")


def _load(path):
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None


def _fmt_term(term):
    if term and isinstance(term[0], list):  # one matrix per layer
        return "; ".join(f"W{k}: {json.dumps(C)}" for k, C in enumerate(term, 1))
    return json.dumps(term)


def _fmt_curve(name, c, found_by=None):
    lines = [f"  {name}: order {c['order']}, leading term {c['leading_coefficient']} t^{c['order']}"
             + (f" (found by {found_by})" if found_by else "")]
    for p, term in enumerate(c["curve"], 1):
        lines.append(f"    t^{p}: {_fmt_term(term)}")
    return lines


def format_report(result: dict) -> str:
    """A readable report of a classification's JSON object."""
    out = [f"verdict: {result['verdict']}"]
    if result["verdict"] in ("saddle", "inconclusive") and result["strict"] is not None:
        out[0] += (" (strict: the Hessian has a negative eigenvalue)" if result["strict"] else
                   " (not strict: no negative Hessian eigenvalue; the certificate's curve is of higher order)")
    out.append(f"loss: {result['loss']}")
    value = (result.get("evidence") or {}).get("value")
    if value is not None:
        out.append(f"loss value at the point: {value}")
    out.append(f"gradient zero: {result['gradient_zero']}")
    inert = result["hessian_inertia"]
    if inert is not None:
        out.append(f"Hessian inertia: {inert['positive']} positive, {inert['negative']} negative, {inert['zero']} zero")
    elif (result.get("evidence") or {}).get("hessian_inertia"):
        out.append("Hessian inertia: not stated (the separate checker's exact inertia would pass its work bound; "
                   "strict is proved by the order-2 descent)" if result["strict"] else
                   "Hessian inertia: not stated (the separate checker's exact inertia would pass its work bound)")
    cert = result["certificate"]
    ev = result["evidence"]
    if cert is None:
        out.append("certificate: none")
    elif cert.get("kind") == "gradient":
        out.append(f"certificate: gradient {json.dumps(cert['gradient'])}")
    elif cert.get("kind") == "global_value" and "r" in cert:
        out.append(f"certificate: global value {cert['optimal_value']} (Ky Fan dual, r = {cert['r']}, z = {cert['z']})")
    elif cert.get("kind") == "global_value":
        out.append(f"certificate: global value {cert['optimal_value']} ({cert.get('method')}: {cert.get('how', '')})")
    elif cert.get("kind") == "sos_lower_bound":
        out.append(f"certificate: global value {cert['bound']} (sum of squares, a {len(cert['gram'])} x "
                   f"{len(cert['gram'])} rational Gram matrix, PSD by exact LDL)")
    else:
        out.append(f"certificate: {cert.get('kind', '')}".rstrip())
        for key in ("descent", "ascent"):
            if key in cert:
                out.extend(_fmt_curve(key, cert[key], (ev.get("found_by") or {}).get(key)))
        arg = cert.get("maximality") or (cert if cert.get("hessian_rank") is not None else None)
        if arg:
            out.append(f"  argument: {arg['kind']}, Hessian rank {arg['hessian_rank']}"
                       + (f", orbit dimension {arg['orbit_dimension']}" if "orbit_dimension" in arg else "")
                       + (f", weights {arg['weights']}, weighted degree {arg['degree']}" if "weights" in arg else ""))
    if "not_a_local_minimum" in ev:
        out.append("not a local minimum:")
        out.extend(_fmt_curve("descent", ev["not_a_local_minimum"], (ev.get("found_by") or {}).get("descent")))
    if ev.get("certificate_ok") is not None:
        out.append(f"checker: {'ok' if ev['certificate_ok'] else 'REJECTED'} ({ev.get('checker', '')})")
    if result["verdict"] == "inconclusive" and "tried" in ev:
        out.append(f"tried: {json.dumps(ev['tried'])}")
    if "stopped" in ev:
        out.append(f"stopped: {ev['stopped']} (the --timeout safety deadline)")
    out.append(f"seconds: {result['seconds']}")
    return "\n".join(out)


def run(args) -> int:
    data = _load(args.file)
    result = classify_json(data, seconds=args.timeout)
    if args.json:
        sys.stdout.write(json.dumps(result) + "\n")
    else:
        sys.stdout.write(format_report(result) + "\n")
    return 0
