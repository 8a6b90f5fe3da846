"""The checker's closed-form network Hessian against its Hessian by polarization (second Taylor coefficients of the
loss along e_i and e_i + e_j, computed by :class:`symbolic.checker.verdicts._Network`'s own series), entry by entry,
on fixed non-square, non-symmetric rational instances of depth 1 to 4, squared and quartic, with and without zero
weights (the zero entries exercise the skipped products), and two entries worked out by hand."""

from fractions import Fraction as F

import pytest

from symbolic.checker.network_hessian import network_hessian
from symbolic.checker.verdicts import _hessian_by_polarization, _Network

_VALUES = ["1/2", "-1", "2", "3/5", "0", "-4/3", "1", "5/2", "-2", "1/3", "7/4", "-3/2"]


def _matrix(rows, cols, start, zero=False):
    out = []
    for i in range(rows):
        row = []
        for j in range(cols):
            v = _VALUES[(start + 5 * i + 3 * j) % len(_VALUES)]
            row.append("0" if zero and (i + j) % 2 else v)
        out.append(row)
    return out


def _problem(dims, m, loss, zero_layer=None, sparse=False):
    weights = [_matrix(dims[k], dims[k - 1], 7 * k, zero=sparse)
               if k != zero_layer else [["0"] * dims[k - 1] for _ in range(dims[k])] for k in range(1, len(dims))]
    return {"dims": list(dims), "X": _matrix(dims[0], m, 1), "Y": _matrix(dims[-1], m, 4), "weights": weights,
            "loss": loss}


CASES = [
    ([3, 2], 2, None, False),
    ([2, 3, 2], 3, None, False),
    ([2, 1, 3], 2, None, True),
    ([1, 2, 2, 1], 2, None, False),
    ([2, 1, 2, 2], 3, 2, False),
    ([2, 2, 1, 2], 2, None, True),
    ([1, 2, 1, 2, 1], 2, None, False),
    ([2, 1, 2, 1, 2], 2, 3, False),
    ([1, 2, 2, 2, 1], 1, None, True),
]


@pytest.mark.parametrize("loss", ["squared", "quartic"])
@pytest.mark.parametrize("dims, m, zero_layer, sparse", CASES)
def test_closed_form_equals_polarization(dims, m, zero_layer, sparse, loss):
    net = _Network(_problem(dims, m, loss, zero_layer, sparse))
    H = network_hessian(net.dims, net.Ws, net.X, net.Y, loss)
    assert H == _hessian_by_polarization(net)


def test_two_entries_by_hand():
    # L = 1/2 (w2 w1 x - y)^2 with x = 2, y = 1 at w1 = 3, w2 = 5: e = 29, d2L/dw1^2 = (w2 x)^2 = 100,
    # d2L/dw1 dw2 = (w1 x)(w2 x) + e x = 60 + 58 = 118, d2L/dw2^2 = (w1 x)^2 = 36.
    H = network_hessian([1, 1, 1], [[[F(3)]], [[F(5)]]], [[F(2)]], [[F(1)]])
    assert H == [[100, 118], [118, 36]]
    # quartic: L = 1/4 e^4, d2L/dw1^2 = 3 e^2 (w2 x)^2, d2L/dw1 dw2 = 3 e^2 (w1 x)(w2 x) + e^3 x
    Hq = network_hessian([1, 1, 1], [[[F(3)]], [[F(5)]]], [[F(2)]], [[F(1)]], "quartic")
    assert Hq == [[3 * 29**2 * 100, 3 * 29**2 * 60 + 29**3 * 2], [3 * 29**2 * 60 + 29**3 * 2, 3 * 29**2 * 36]]
