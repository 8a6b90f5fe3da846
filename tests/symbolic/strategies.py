"""Hypothesis strategies: random non-square, non-symmetric exact rational instances."""

from fractions import Fraction

from hypothesis import strategies as st

rationals = st.builds(lambda n, d: str(Fraction(n, d)), st.integers(-4, 4), st.integers(1, 3))


def matrices(rows, cols):
    return st.lists(st.lists(rationals, min_size=cols, max_size=cols), min_size=rows, max_size=rows)


@st.composite
def instances(draw, max_depth=3, max_width=3, n=3):
    """(dims, X, Y, weights) with X and Y non-square whenever the widths allow."""
    depth = draw(st.integers(1, max_depth))
    dims = draw(st.lists(st.integers(1, max_width), min_size=depth + 1, max_size=depth + 1))
    X = draw(matrices(dims[0], n))
    Y = draw(matrices(dims[-1], n))
    weights = [draw(matrices(dims[k], dims[k - 1])) for k in range(1, depth + 1)]
    return tuple(dims), X, Y, weights
