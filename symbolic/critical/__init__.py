"""Whole critical sets of network losses: every critical point, with certificates.

Modules: components_ideal (Groebner bases with cofactors), components (covering certificates of positive-dimensional
critical sets), unregularized_loss and unregularized (unregularized networks), components_singular (optional
Singular cross-check); regularized (isolated critical points of regularized networks), regularized_problem,
regularized_boxes (certified boxes, indices, values), backends (exact solvers: SymPy, msolve, python-flint).

May import: symbolic.core, symbolic.calculus, symbolic.landscape, symbolic.algebraic, symbolic.checker.
"""
