import pytest

from symbolic import Network, check_dims


@pytest.mark.parametrize("dims, exc, message", [
    ([3, 0, 2], ValueError, "dims must be positive integers; got [3, 0, 2]"),
    ([3, -1], ValueError, "dims must be positive integers; got [3, -1]"),
    ([3], ValueError, "at least two entries"),
    ([3, 2.0], TypeError, "not floats or strings"),
    ([3, True], TypeError, "positive integers"),
    ("32", TypeError, "list of positive integers"),
    (5, TypeError, "list of positive integers"),
])
def test_bad_dims(dims, exc, message):
    with pytest.raises(exc) as err:
        check_dims(dims)
    assert message in str(err.value)


def test_layout_and_symbols():
    net = Network([2, 3, 4])
    assert net.shapes == ((3, 2), (4, 3)) and net.nparams == 18 and net.offsets == (0, 6)
    assert net.param_index(2, 1, 2) == 6 + 1 * 3 + 2
    assert str(net.symbols(1)[2][1]) == "W1_32"
    assert str(Network([10, 1]).symbols(1)[0][9]) == "W1_1_10"
    flat = list(range(18))
    assert net.flatten(net.unflatten(flat)) == flat


def test_exact_and_mixed_weights():
    net = Network([1, 2, 1])
    Ws = net.exact_weights([[[1], ["1/2"]], [[3, "-1"]]])
    assert [W.shape for W in Ws] == [(2, 1), (1, 2)]
    with pytest.raises(ValueError, match="W2 has shape 2 x 1; it must be 1 x 2"):
        net.exact_weights([[[1], [2]], [[3], [4]]])
    with pytest.raises(ValueError, match="needs L = 2"):
        net.exact_weights([[[1], [2]]])
    R, Ws = net.symbolic_weights(fixed={1: [[1], [2]]})
    assert [str(s) for s in R.symbols] == ["W2_11", "W2_12"]
    assert str(Ws[1].to_Matrix()) == "Matrix([[W2_11, W2_12]])"


def test_check_data_messages():
    net = Network([2, 1])
    with pytest.raises(ValueError, match="X has 3 rows but d0 = 2"):
        net.check_data([[1], [2], [3]], [[1]])
    with pytest.raises(ValueError, match="Y has shape 1 x 2 but must be dL x n = 1 x 1"):
        net.check_data([[1], [2]], [[1, 2]])
    with pytest.raises(ValueError, match="Y is missing"):
        net.check_data(None, None)


def test_too_large_is_refused_quickly():
    with pytest.raises(ValueError, match="more than 2000"):
        Network([100, 100, 100])
