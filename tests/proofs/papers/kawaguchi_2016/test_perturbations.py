"""Kawaguchi (2016) Section 4.3's rank-raising perturbations: outcomes, certificates, tampering."""

import copy
import json
import pathlib

from hypothesis import assume, given, settings, strategies as st

from proofs.papers.kawaguchi_2016.perturbations import (CLAIMS, case_three_point, raising_certificate, shape_bound_certificate,
                                            top_certificate)
from symbolic.checker.bundle import verify

PAPER = pathlib.Path(__file__).resolve().parents[5] / "shared" / "papers" / "001_1bd2be605ca711cd.txt"
BY_ID = {c.id: c for c in CLAIMS}


def _first_part(claim_id, word=""):
    cert = BY_ID[claim_id].run(True).certificate
    return next(copy.deepcopy(p) for name, p in cert["parts"].items()
                if p["kind"] == "polynomial_rank" and word in name)


def test_tampered_base_step_fails():
    part = _first_part("rank_ge_min_width_output_of_case_three_base_perturbation")
    assert verify(part)[0]
    for edit in (lambda m: m["N1"][0].__setitem__(0, [[[0], "7"]]),    # N1 leaves ker C: product changes
                 lambda m: m["Kc"][0].__setitem__(0, [[[0], "3"]]),    # not I - G C^T C
                 lambda m: m["G"][0].__setitem__(0, [[[0], "5"]])):    # not a generalized inverse / representation
        bad = copy.deepcopy(part)
        edit(bad["identity"]["matrices"])
        assert not verify(bad)[0]
    bad = copy.deepcopy(part)
    bad["facts"][-1]["lowest"]["coefficient"] = "12345"
    assert not verify(bad)[0]
    bad = copy.deepcopy(part)
    bad["facts"][0]["rank_below"] = 0                                  # rank(C) < 0 is false
    assert not verify(bad)[0]


def test_tampered_inductive_step_fails():
    part = _first_part("rank_ge_min_width_output_of_case_three_inductive_perturbation", "perturbation")
    assert verify(part)[0]
    bad = copy.deepcopy(part)
    bad["identity"]["matrices"]["N2"][0][0] = [[[0], "9"]]             # leaves ker(W_(H+1)...W_3)
    assert not verify(bad)[0]
    bad = copy.deepcopy(part)
    bad["identity"]["matrices"]["Y"][0][0] = [[[0], "1"]] + bad["identity"]["matrices"]["Y"][0][0]
    assert not verify(bad)[0]                                          # no longer critical


def test_tampered_top_product_step_fails():
    cert = BY_ID["top_product_nonzero_of_nsd_hessian_perturbation"].run(True).certificate
    nsd = next(p for name, p in cert["parts"].items() if "NSD" in name)
    bad = copy.deepcopy(nsd)
    bad["expect"]["semidefinite"] = "psd"
    assert verify(bad)[0]                                              # the zero tuple's Hessian is 0: both
    bad["result"]["hessian_inertia"] = {"positive": 1, "negative": 0, "zero": 11}
    assert not verify(bad)[0]
    part = next(copy.deepcopy(p) for p in cert["parts"].values() if p["kind"] == "polynomial_rank")
    part["identity"]["matrices"]["N3"] = [[[] for _ in row] for row in part["identity"]["matrices"]["N3"]]
    assert not verify(part)[0]                                         # We3 no longer W3 + eps N3


def test_refutation_certificate_and_its_tampering():
    cert = BY_ID["rank_ge_min_width_input_of_case_three_induction"].run(True).certificate
    assert verify(cert)[0]
    shape = shape_bound_certificate((3, 3, 3, 2))
    assert verify(shape)[0]
    assert not verify(shape_bound_certificate((3, 3, 3, 3)))[0]        # d_y = 3 = min(p, d_x): no bound
    bad = copy.deepcopy(shape)
    bad["dims"] = [2, 3, 3, 3]
    assert not verify(bad)[0]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from([(2, 2, 2), (3, 2, 2), (2, 2, 2, 2), (3, 3, 2, 3), (3, 3, 3, 2)]), st.integers(0, 1),
       st.integers(0, 10 ** 6))
def test_constructions_certified_on_random_rational_case_three_points(dims, index, seed):
    try:
        X, Y, Ws = case_three_point(dims, [index], seed=seed)
    except ValueError:
        assume(False)
    cert, ranks = raising_certificate(dims, X, Y, Ws, 1, seed=seed)
    assert verify(cert)[0] and ranks[1] >= min(min(dims[1:-1]), dims[-1])
    top, r = top_certificate(dims, X, Y, Ws, seed=seed, top_zero=False)
    assert verify(top)[0] and r >= min(min(dims[1:-1]), dims[-1])
    json.dumps(cert)
