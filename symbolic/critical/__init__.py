"""Whole critical sets of network losses: decompositions, counts and certificates that cover every critical point.

Modules: components_ideal (Groebner bases with cofactors), components (covering certificates),
unregularized_loss and unregularized (unregularized networks).

May import: symbolic.core, symbolic.calculus, symbolic.landscape, symbolic.algebraic, symbolic.checker.
"""
