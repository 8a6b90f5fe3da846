"""Zhou-Liang (2018) claim module: quick checks and certificates, helpers, and the findings."""


from proofs.papers.zhou_liang_2018.constructions import categories, form_point, instance, patterns
from proofs.papers.zhou_liang_2018.shallow import classified_patterns, recovered


def test_neither_category_point_is_a_non_global_saddle_in_scope():
    found = [(lab, r["verdict"]) for lab, F, cats, _, r in classified_patterns(True) if not any(cats.values())]
    assert found and all(v == "saddle" for _, v in found)


def test_every_pattern_is_critical_on_each_instance():
    for name in ("distinct", "repeated", "zero_eigenvalue", "rank_deficient_y", "near_multiplicity"):
        X, Y, U = instance(name)
        spaces, pats = patterns(X, Y, 2)
        for p in pats:
            assert form_point(X, Y, U, 2, p, seed=1).is_critical()


def test_recovery_of_solved_points():
    labels = [lab for lab, F in recovered(True)]
    assert any(lab.startswith("solve") for lab in labels)


def test_categories_as_printed():
    # Sigma eigenvalues (9, 1, 0), d1 = 2, d2 = 3
    assert categories((1, 1, 0), (1, 1, 1), True, 2, 3)["case1"]
    assert categories((0, 1, 0), (1, 1, 1), True, 2, 3)["non_optimal"]
    assert categories((1, 0, 0), (1, 1, 1), True, 2, 3)["optimal"]
    assert not any(categories((1, 0, 1), (1, 1, 1), True, 2, 3).values())


def test_cubic_points_cover_every_root_with_its_enclosure_and_place():
    from proofs.papers.zhou_liang_2018.shallow import CUBIC_DATA, cubic_points
    from symbolic.checker.bundle import verify

    quick, full = cubic_points(True), cubic_points(False)
    assert len(quick) == 6 and len(full) == 3 * len(CUBIC_DATA)
    assert any("sigma_1 of 4" in lab for lab, _, _ in quick)                   # the rank-deficient X, zero eigenvalue
    assert [pt.position for _, _, pt in full[-3:]] == [2, 3, 4]                 # the rational sigma_1 = 9 on top
    for label, cert, pt in full:
        a, b = pt.interval
        assert f"in [{a}, {b}]" in label and verify(cert)[0]
