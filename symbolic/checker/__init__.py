"""The separate certificate checker: exact rational arithmetic only, no SymPy."""

from .poly import frac, frac_matrix, ldl_inertia
from .verdicts import verify

__all__ = ["frac", "frac_matrix", "ldl_inertia", "verify"]
