"""Calculus of network losses: gradients (entrywise, closed form, vec/Kronecker), Hessians (block formula, entrywise), Taylor coefficients along polynomial curves, objectives, exact inertia, the bounded identity sweep and the Hessian benchmark.

Modules: bench, gradient, hessian, inertia, objective, ring_products, sweep, taylor.

May import: symbolic.core (and symbolic.checker).
"""
