"""The ``dlnproof`` command line: one subcommand per capability.

Each subcommand lives in its own module ``proofs/cli/<name>.py`` with
``add_arguments(parser)`` and ``run(args) -> int``.  Input errors are
``ValueError``/``TypeError`` raised by the library; they become one line on
stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

__all__ = ["main", "SUBCOMMANDS"]

SUBCOMMANDS = {
    "check": "run the claims ledger's checks and print each claim's status",
    "list": "list the ledger's claims (recorded statuses and findings; nothing is run)",
    "show": "explain one claim: statement, reading, outcome, finding, scope, certificate",
    "report": "write (or --check) LEDGER.md, the ledger as a page",
    "notebooks": "write (or --check) the generated notebooks under notebooks/",
    "classify": "classify an exact point of a network loss, with a certificate",
    "bench": "benchmark the exact Hessian against sympy.hessian",
    "sweep": "bounded sweep: gradient and Hessian formulas on every small dims tuple",
    "coverage": "which numbered statements of the papers the claims cover, which are excluded, which are missing",
    "site": "build the blueprint site: a static, offline page per claim, the ledger, the graph, the findings",
    "critical-set": "every critical point of a network given in a JSON file: components, values, classification",
    "critical-counts": "regularized networks: certified counts of critical points beside the published ones",
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dlnproof")
    except PackageNotFoundError:  # running from a checkout that is not installed
        return "(not installed)"


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # exit 2 with one line, as for every input error
        sys.stderr.write(f"dlnproof: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dlnproof", description="Exact proof checks for deep linear network landscapes.")
    parser.add_argument("--version", action="version", version=f"dlnproof {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, help_text in SUBCOMMANDS.items():
        module = importlib.import_module(f"proofs.cli.{name.replace('-', '_')}")
        p = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    try:
        return args._run(args)
    except (ValueError, TypeError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        sys.stderr.write(f"dlnproof {args.command}: {message}\n")
        return 2
