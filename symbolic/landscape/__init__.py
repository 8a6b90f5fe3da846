"""The landscape of a loss: critical points, global values and their certificates, descent and degenerate descent curves, symmetry orbits, perturbations, instance families, and the classifier of points (with its certificate re-verified by symbolic.checker).

Modules: classify, critical, degenerate_descent, descent, global_value, instances, orbit, perturbation.

May import: symbolic.core, symbolic.calculus, symbolic.checker; not forms, openness or algebraic.
"""
