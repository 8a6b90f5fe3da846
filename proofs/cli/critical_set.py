"""``dlnproof critical-set FILE.json [--json] [--max-work N] [--forms]``: every critical point of a user's network.

Main results
------------
* ``critical-set`` -- the critical set of :math:`L(W_1, \\dots, W_L) = f(W_L \\cdots W_1)` for exact data,
  split by critical value into components (:func:`symbolic.critical.unregularized.unregularized_critical_set`):
  each component's value, dimension and classification (global minimum, strict saddle, non-strict saddle: an
  odd-order Taylor term with a PSD Hessian),
  with a covering certificate that :func:`symbolic.checker.bundle.verify` re-verifies before anything is
  printed as certified.
* ``--forms`` (two layers, squared loss) -- also Zhou-Liang's Theorem 1 families
  (:func:`symbolic.critical.analytical_forms.analytical_form_families`), each a global minimum or a strict saddle
  for every invertible ``C``, bundled with the covering; on networks above the covering's 16 weights the families
  alone (their least value is then global only by Theorem 1's necessity, which is said).

References
----------
* issue 20 item 5; the covering certificate of ``../shared/notes/critical-sets.md``.

Input: ``{"dims": [2, 2, 2], "X": [[1, 0, 2], [0, 1, 1]], "Y": [[2, 1, 0], [1, 3, 1]], "loss": "squared"}``
(``loss`` squared or quartic, default squared; entries are integers or strings such as ``"1/2"``; floats are
refused).  An optional ``"regularization": {"lambdas": ...}`` hands the problem to the regularized solver
(:mod:`symbolic.critical.regularized`) when it is installed.  The work is bounded by counted reduction steps
(``--max-work``), never by seconds: the same input gives the same answer on any machine.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
import time

__all__ = ["add_arguments", "run", "format_report", "format_forms", "load_problem", "DEFAULT_MAX_WORK", "regularized_json",
           "format_regularized", "REGULARIZED_MAX_WEIGHTS", "REGULARIZED_SYMPY_WEIGHTS"]

#: Reduction steps allowed per Groebner basis (the ledger's instances need under a tenth of this).
DEFAULT_MAX_WORK = 3_000_000

_KEYS = {"dims", "X", "Y", "loss", "regularization"}

#: Regularized input: at most this many weights, and at most :data:`REGULARIZED_SYMPY_WEIGHTS` without msolve
#: (SymPy's Groebner path took over 300 s on (1, 3, 3), 12 weights; msolve reaches (2, 2, 2, 2), 16 weights).
REGULARIZED_MAX_WEIGHTS = 16
REGULARIZED_SYMPY_WEIGHTS = 9


def add_arguments(parser):
    parser.add_argument("file", metavar="FILE.json", help="the problem: dims, X, Y, optional loss and regularization")
    parser.add_argument("--json", action="store_true", help="print one JSON object, with the certificate")
    parser.add_argument("--max-work", type=int, default=DEFAULT_MAX_WORK, metavar="N",
                        help=f"reduction steps allowed per Groebner basis (default {DEFAULT_MAX_WORK}); beyond it the "
                             "command stops with an error instead of running on")
    parser.add_argument("--forms", action="store_true",
                        help="two layers, squared loss: also Zhou-Liang's Theorem 1 families, each classified for "
                             "every invertible C (also above the covering's 16 weights, where they are all that is "
                             "computed)")
    parser.add_argument("--singular", action="store_true",
                        help="also decompose the critical set into prime components with Singular (Debian package "
                             "singular; a cross-check, not a certificate) and compare values and dimensions")


def load_problem(path) -> dict:
    """The problem object of ``path``, with its keys checked (values are checked by the library)."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path} must hold one JSON object with dims, X and Y")
    missing = [k for k in ("dims", "X", "Y") if k not in data]
    if missing:
        raise ValueError(f"{path} lacks {', '.join(missing)}; write e.g. {{\"dims\": [2, 2, 2], \"X\": [[1, 0, 2], "
                         "[0, 1, 1]], \"Y\": [[2, 1, 0], [1, 3, 1]]}")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ValueError(f"unknown keys {', '.join(unknown)}; the keys are {', '.join(sorted(_KEYS))}")
    dims = data["dims"]
    if isinstance(dims, list):
        for i, d in enumerate(dims):
            if isinstance(d, float):
                raise ValueError(f"dims[{i}] is the float {d!r}; write widths as integers, e.g. "
                                 f"{int(d) if d == int(d) and d > 0 else 2}")
            if isinstance(d, str):
                raise ValueError(f"dims[{i}] is the string {d!r}; write widths as JSON integers, e.g. 2 (no quotes)")
    return data


def _regularized(data: dict, max_work: int):
    try:
        module = importlib.import_module("symbolic.critical.regularized")
        solver = module.regularized_critical_points
    except (ImportError, AttributeError):
        raise ValueError("regularized input is not supported yet in this installation (symbolic.critical.regularized "
                         "is absent); remove \"regularization\" for the unregularized critical set") from None
    reg = data["regularization"]
    if not isinstance(reg, dict) or "lambdas" not in reg:
        raise ValueError("regularization must be an object {\"lambdas\": [one matrix per layer]}, e.g. "
                         "{\"lambdas\": [[[\"1/2\"]], [[\"1/3\"]]]} for dims [1, 1, 1]")
    if data.get("loss", "squared") != "squared":
        raise ValueError(f"regularized critical sets are computed for the squared loss only; got loss "
                         f"{data['loss']!r}: remove \"loss\" or set it to \"squared\"")
    dims = data["dims"]
    if isinstance(dims, list) and all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in dims):
        weights = sum(a * b for a, b in zip(dims, dims[1:]))
        if weights > REGULARIZED_MAX_WEIGHTS:
            raise ValueError(f"the network has {weights} weights; regularized critical sets are computed up to "
                             f"{REGULARIZED_MAX_WEIGHTS} (try smaller dims)")
        from symbolic.critical.backends import msolve_binary

        if weights > REGULARIZED_SYMPY_WEIGHTS and not msolve_binary():
            raise ValueError(f"the network has {weights} weights; without msolve regularized critical sets are "
                             f"computed up to {REGULARIZED_SYMPY_WEIGHTS} (install the extra: pip install "
                             "'dlnproof[critical]', or try smaller dims)")
    offered = {"dims": data["dims"], "X": data["X"], "Y": data["Y"], "lambdas": reg["lambdas"],
               "max_work": max_work}
    accepted = inspect.signature(solver).parameters
    return solver(**{k: v for k, v in offered.items() if k in accepted})


def regularized_json(result) -> dict:
    """The regularized answer as JSON data: the summary, each real point (box centre, radius, index, value class)
    and the certificate."""
    if isinstance(result, dict):
        return result
    summary = result.summary()
    points = [{"center": [str(c) for c in p["center"]], "radius": str(p["radius"]), "index": p["index"],
               "value_class": p["value_class"]} for p in result.real_points]
    return dict(summary, verdict=result.verdict, real_points=points, certificate=result.certificate)


def format_regularized(data: dict) -> str:
    """A readable report of :func:`regularized_json`."""
    out = [f"regularized network dims {data['dims']}, {data['samples']} samples, backend {data['backend']}",
           f"complex critical points: {data['count']} ({data['count_status']}), real: {data['real']}",
           f"real points by Hessian index: {data['indices']}",
           f"local minima: {data['minima']} ({data['global_minima']} in the lowest value class, "
           f"{data['nonglobal_minima']} certified above it)",
           f"certificate: {'re-verified by the separate checker' if data['verified'] else 'NOT verified'} "
           f"({data['verdict']})",
           f"cpu seconds: {data['seconds']}"]
    return "\n".join(out)


def format_report(result: dict) -> str:
    """A readable report: the problem, one line per component, the certificate's check."""
    p = result["problem"]
    out = [f"network dims {p['dims']}, {p['loss']} loss, {result['nparams']} weights, {len(p['X'][0])} samples",
           f"global minimum value: {'not determined' if result['global_value'] is None else result['global_value']}",
           "critical values (the critical set split by value):"]
    for v in result["values"]:
        out.append(f"  {v['value']}: dimension {v['dimension']}, {v['classification']}")
    out.append("pieces of the covering (each certified as stated):")
    names = {"value": "global minimum" if result.get("certified") else "value component",
             "strict_saddle": "strict saddle",
             "nonstrict_saddle": "non-strict saddle (odd-order Taylor term, Hessian PSD)",
             "descent_saddle": ("saddle (odd-order descent line or curve where its first coefficient outside the "
                                "piece's ideal is nonzero; Hessian not examined)"),
             "empty": "no real or complex point", "unresolved": "UNRESOLVED"}
    for c in result["components"]:
        line = f"  {c['path']}: {names.get(c['kind'], c['kind'])}, dimension {c['dimension']}"
        if c.get("guarded"):
            line += " (where the guard is nonzero; the rest below)"
        if c.get("point"):
            line += f", the point {c['point']}"
        if c.get("reason"):
            line += f": {c['reason']}"
        out.append(line)
    out.append(f"certificate: {'re-verified by the separate checker' if result['certified'] else 'NOT verified'} "
               f"({result['checker']})")
    if not result["certified"] and "X X^T is singular" in result["checker"]:
        out.append(f"  fix: give X full row rank d_0 = {p['dims'][0]} (at least d_0 linearly independent samples); "
                   "then the least critical value is certified global")
    if "singular" in result:
        sing = result["singular"]
        out.append(f"Singular (minAssGTZ): {len(sing['components'])} prime components: "
                   + ", ".join(f"L = {c['value']} (dim {c['dimension']})" for c in sing["components"]))
        out.append("cross-check: " + ("values and dimensions agree" if not sing["disagreements"] else
                                      "DISAGREES: " + "; ".join(sing["disagreements"])))
    out.append(f"cpu seconds: {result['cpu_seconds']}")
    return "\n".join(out)


def _forms(data: dict, result: dict | None) -> dict:
    """Theorem 1's families (``--forms``), bundled with the covering when there is one, re-verified."""
    from symbolic.checker.bundle import verify
    from symbolic.critical.analytical_forms import analytical_form_families

    covering = result["certificate"] if result is not None and result.get("certified") else None
    cert = analytical_form_families(data["dims"], data["X"], data["Y"], covering=covering)
    ok, reason = verify(cert)
    families = [{"captured_eigenvalues": [cert["eigenvectors"][i]["value"] for i in f["captured"]],
                 "null_columns": f["null_columns"], "class": f["class"]} for f in cert["families"]]
    return {"certified": ok, "checker": reason, "families": families, "with_covering": covering is not None,
            "certificate": cert}


def format_forms(forms: dict) -> str:
    """The ``--forms`` section of the readable report."""
    out = ["Zhou-Liang Theorem 1 families (A2 = [U_S, N K, 0] C, A1 = C^-1 [...]; every invertible C):"]
    for f in forms["families"]:
        captured = ", ".join(f["captured_eigenvalues"]) or "none"
        least = "global minimum" if forms["with_covering"] else "the least value (global by Theorem 1)"
        out.append(f"  captured eigenvalues {{{captured}}}, {f['null_columns']} null columns: "
                   + (least if f["class"] == "global_min" else "strict saddle for every C"))
    if not forms["with_covering"]:
        out.append("  (no covering bundled: the least families are global minima if the families are the whole "
                   "critical set, Theorem 1's necessity, which is not re-proved here)")
    out.append(f"families certificate: {'re-verified by the separate checker' if forms['certified'] else 'NOT verified'}"
               f" ({forms['checker']})")
    return "\n".join(out)


def run(args) -> int:
    from symbolic.checker.bundle import verify
    from symbolic.critical.unregularized import MAX_PARAMETERS, unregularized_critical_set

    data = load_problem(args.file)
    if args.max_work < 1:
        raise ValueError(f"--max-work must be a positive integer; got {args.max_work}")
    if data.get("regularization") is not None:
        result = regularized_json(_regularized(data, args.max_work))
        sys.stdout.write((json.dumps(result, default=str) if args.json else format_regularized(result)) + "\n")
        return 0
    start = time.process_time()
    forms = args.forms
    if forms and data.get("loss", "squared") != "squared":
        raise ValueError("--forms is for the squared loss (Zhou-Liang's Theorem 1); remove --forms or the loss")
    dims = data["dims"]
    two_layer = isinstance(dims, list) and len(dims) == 3 and all(isinstance(d, int) for d in dims)
    weights = dims[0] * dims[1] + dims[1] * dims[2] if two_layer else 0
    if forms and weights > MAX_PARAMETERS:
        out = _forms(data, None)
        out["cpu_seconds"] = round(time.process_time() - start, 2)
        out["covering"] = f"not computed: {weights} weights, the covering stops at {MAX_PARAMETERS}"
        sys.stdout.write((json.dumps(out) if args.json else
                          f"network dims {dims}: {out['covering']}\n" + format_forms(out)
                          + f"\ncpu seconds: {out['cpu_seconds']}") + "\n")
        return 0
    result = unregularized_critical_set(data["dims"], data["X"], data["Y"], data.get("loss", "squared"),
                                        work_limit=args.max_work)
    ok, reason = verify(result["certificate"])
    result["certified"], result["checker"] = ok, reason
    if forms:
        result["forms"] = _forms(data, result)
    result["cpu_seconds"] = round(time.process_time() - start, 2)
    if args.singular:
        from symbolic.critical.components_singular import cross_check, singular_available, singular_components
        from symbolic.critical.unregularized_loss import NetworkLossRing

        if not singular_available():
            raise ValueError("--singular needs the Singular executable (Debian: apt-get install singular)")
        comps = singular_components(NetworkLossRing(data["dims"], data["X"], data["Y"], data.get("loss", "squared")))
        result["singular"] = {"components": comps, "disagreements": cross_check(result["values"], comps)}
    if args.json:
        sys.stdout.write(json.dumps(result) + "\n")
    else:
        text = format_report(result)
        if forms:
            head, _, tail = text.rpartition("\ncpu seconds:")
            text = head + "\n" + format_forms(result["forms"]) + "\ncpu seconds:" + tail
        sys.stdout.write(text + "\n")
    return 0
