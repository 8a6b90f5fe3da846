"""Whole critical sets of network losses: every critical point, with certificates.

Modules: components_ideal (Groebner bases with cofactors), components (covering certificates of positive-dimensional
critical sets), components_staged (the same covering staged through the end-to-end product:
the default for the squared loss), components_descent (odd-order descent lines on non-strict saddle families),
unregularized_loss and unregularized (unregularized networks), components_singular (optional
Singular cross-check), analytical_forms (two layers: Zhou-Liang's Theorem 1 families, symbolic in C in GL(d1));
regularized (isolated critical points of regularized networks), regularized_problem, regularized_boxes (certified
boxes, indices, values), regularized_cofactors (ideal members with cofactors bounding the count), backends (exact
solvers: SymPy, msolve, python-flint).

May import: symbolic.core, symbolic.calculus, symbolic.landscape, symbolic.algebraic, symbolic.checker.
"""
