from symbolic.calculus.bench import CASES, _ours, bench_data


def test_bench_cases_are_the_issue_shapes_and_data_is_exact():
    assert CASES == ((4, 5, 4), (2, 2, 2, 2, 2, 2, 2))
    X, Y = bench_data(CASES[0])
    assert len(X) == 4 and len(X[0]) == 3 and len(Y) == 4
    assert all(isinstance(v, str) for row in X + Y for v in row)


def test_block_and_entrywise_agree_on_the_wide_case():
    R, H1, _ = _ours(CASES[0], "block")
    _, H2, _ = _ours(CASES[0], "entrywise")
    assert H1 == H2 and H1.shape == (40, 40)
