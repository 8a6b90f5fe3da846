"""Algebraic numbers: critical points on quadratic (Q(sqrt d)) and higher-degree (Q[x]/(f)) eigenvalues, and rigorous root enclosures.

Modules: algebraic_eigen, quadratic_eigen, root_enclosure.

May import: symbolic.core, symbolic.calculus, symbolic.forms, symbolic.checker.
"""
