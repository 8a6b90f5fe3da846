"""The separate certificate checker: exact rational arithmetic only, no SymPy."""

from .bundle import CHECKERS
from .bundle import verify as verify_certificate
from .poly import frac, frac_matrix, ldl_inertia
from .verdicts import verify

__all__ = ["CHECKERS", "verify_certificate", "frac", "frac_matrix", "ldl_inertia", "verify"]
