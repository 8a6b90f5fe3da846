"""``dlnproof sweep``: not built yet (a stub that says so)."""

import sys


def add_arguments(parser):
    parser.add_argument("rest", nargs="*", help="arguments (not used yet)")


def run(args) -> int:
    sys.stderr.write("dlnproof sweep: not implemented yet\n")
    return 1
