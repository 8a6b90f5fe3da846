"""Analytical forms of critical points: shallow (Zhou-Liang Theorem 1) and deep (Theorem 3) forms, ReLU cones and Bernoulli paths, pyramidal and multi-tower networks, factorizations, rank raising.

Modules: analytical_forms, deep_forms, factorization, multitower, pyramidal, rank_raising, relu_cones, relu_paths.

May import: symbolic.core, symbolic.calculus, symbolic.checker; not landscape, openness or algebraic.
"""
