"""The separate certificate checker: exact rational arithmetic only, no SymPy."""

from .poly import frac, frac_matrix, ldl_inertia

__all__ = ["frac", "frac_matrix", "ldl_inertia"]
