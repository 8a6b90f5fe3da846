"""Local openness of the matrix product (Nouiehed-Razaviyayn): conditions, exact preimages of perturbed products, instances, basis selection.

Modules: basis_selection, local_openness, open_instances, open_preimage, product_preimage.

May import: symbolic.core, symbolic.calculus, symbolic.checker; not landscape, forms or algebraic.
"""
