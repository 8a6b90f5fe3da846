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


def test_reference_bench_compares_ours_plain_and_symengine(monkeypatch):
    from symbolic.calculus import bench, symengine_reference
    assert bench.REFERENCE_CASES[2] == (4, 5, 4)  # the 40-parameter case of issue 19
    rows = bench.run_reference_bench([(2, 3, 2), (1, 2, 1, 2)], repeats=1)
    assert [r["equal"] for r in rows] == [True, True] and rows[0]["params"] == 12
    assert all(r["ours"] > 0 and r["plain_ratio"] > 0 for r in rows)
    assert all((r["ratio"] is None) == (not symengine_reference.available()) for r in rows)
    monkeypatch.setattr(symengine_reference, "available", lambda: False)
    row, = bench.run_reference_bench([(2, 1, 2)], repeats=1)
    assert row["symengine"] is None and row["to_ring"] is None and row["ratio"] is None and row["equal"]
