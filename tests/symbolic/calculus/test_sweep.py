import pytest

from symbolic.calculus.sweep import dims_tuples, run_sweep, sweep_data


def test_quick_sweep_agrees_everywhere():
    result = run_sweep(2, 2)
    assert result["tuples"] == len(dims_tuples(2, 2)) == 12
    assert result["failures"] == {"gradient_general": [], "hessian_squared": []}


@pytest.mark.slow
def test_full_sweep_agrees_everywhere():
    result = run_sweep(4, 3)
    assert result["tuples"] == 360
    assert result["failures"] == {"gradient_general": [], "hessian_squared": []}


def test_sweep_data_is_not_symmetric_and_bad_bounds():
    X, Y = sweep_data((3, 3))
    assert X != [list(c) for c in zip(*X)]
    with pytest.raises(ValueError, match="max_depth must be a positive integer"):
        dims_tuples(0, 3)
