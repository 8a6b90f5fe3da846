"""Whole critical sets: every critical point of a network, with certificates.

Modules: regularized (isolated critical points of regularized networks), regularized_boxes (certified boxes,
indices, values), backends (exact solvers: SymPy, msolve, python-flint).

May import: symbolic.core, symbolic.calculus, symbolic.landscape, symbolic.algebraic, symbolic.checker.
"""
