"""The exact core: exact input (rationals only, floats refused), matrix products and truncated products, Kronecker products and vec, the pseudo-inverse, networks, losses, serialization of exact data.

Modules: exact, kronecker, losses, network, pinv, products, serialize.

May import: symbolic.checker (never needed here) and SymPy; nothing else of symbolic.
"""
