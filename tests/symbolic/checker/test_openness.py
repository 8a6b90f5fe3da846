import copy

from hypothesis import given, settings

from proofs.papers.nouiehed_razaviyayn_2018.openness import (RATE_EXAMPLE, instance_certificate, obstruction_certificate,
                                open_family_certificate)
from symbolic.checker.bundle import verify
from symbolic.checker.openness import (verify_linear_rate_obstruction, verify_no_nearby_preimage,
                                       verify_open_preimage_family, verify_openness_instance,
                                       verify_univariate_minima)
from symbolic.core.exact import rational_matrix
from symbolic.openness.open_instances import rank_triples, structured_pair
from tests.symbolic.strategies import matrices

A, B = structured_pair(3, 2, 3, 1, 1, 0)          # not open: rank W1 W2 = 0 < rank W1
C, D = (rational_matrix(M) for M in RATE_EXAMPLE)  # open, rank W1 W2 = 1 < k


def test_instance_certificate_verifies_and_tampering_fails():
    cert = instance_certificate(C, D, ("i", "ii", "iii", "iv", "rank_equal"), agree=[["i", "ii", "iii", "iv"]],
                                require=["rank_equal_and_iii"])
    assert verify(cert)[0]
    bad = copy.deepcopy(cert)
    bad["witnesses"]["i"][0][0] = "5"           # the witness no longer annihilates W2
    assert not verify_openness_instance(bad)[0]
    bad = copy.deepcopy(cert)
    bad["expect"]["iii"] = False
    assert not verify_openness_instance(bad)[0]
    bad = copy.deepcopy(cert)
    bad["expect"]["rank_W1"] = 2
    assert not verify_openness_instance(bad)[0]
    bad = copy.deepcopy(cert)
    del bad["witnesses"]["ii"]
    assert not verify_openness_instance(bad)[0]


def test_false_conditions_need_the_rank_bound():
    cert = instance_certificate(A, B, ("i", "ii", "iii", "iv"), require_false=["i_and_ii"])
    assert verify(cert)[0]
    lying = copy.deepcopy(cert)
    key = "i" if not cert["expect"]["i"] else "ii"
    lying["expect"][key] = True
    lying["witnesses"][key] = [["0"] * 2 for _ in range(3)] if key == "i" else [["0"] * 3 for _ in range(2)]
    assert not verify_openness_instance(lying)[0]
    claims_false = instance_certificate(C, D, ("i",))
    claims_false["expect"]["i"] = False
    assert not verify_openness_instance(claims_false)[0]


def test_open_family_and_tampering():
    cert, info = open_family_certificate(C, D, True)
    assert info["rate"] == "square root" and verify(cert)[0]
    bad = copy.deepcopy(cert)
    bad["members"][0]["W1p"][0][0] = "2"
    assert not verify_open_preimage_family(bad)[0]
    bad = copy.deepcopy(cert)
    bad["dist4_le_R_sq_times"] = "1/1000"
    assert not verify_open_preimage_family(bad)[0]
    bad = copy.deepcopy(cert)
    bad["members"][0]["Z"] = [["1", "0", "0"], ["0", "1", "0"], ["0", "0", "1"]]  # rank 3 > k: outside the range
    assert not verify_open_preimage_family(bad)[0]


def test_obstructions_and_tampering():
    cert = obstruction_certificate(A, B)
    assert verify(cert)[0]
    for key, value in (("bound", "100"), ("side", "up"), ("Y", [["1", "0", "0"]])):
        bad = dict(cert, **{key: value})
        assert not verify_no_nearby_preimage(bad)[0]
    zero = dict(cert, R0=[["0"] * 3 for _ in range(3)])
    assert not verify_no_nearby_preimage(zero)[0]
    lin = {"kind": "linear_rate_obstruction", "W1": cert["W1"], "W2": cert["W2"], "u": ["1", "0", "0"],
           "v": ["0", "0", "1"]}
    assert not verify_linear_rate_obstruction(lin)[0]  # u^T W1 != 0 here


def test_univariate_minima_tampered():
    cert = {"kind": "univariate_minima", "f": ["1", "0", "-2", "0", "1"], "q": ["-1", "0", "1"], "c0": "0",
            "points": ["1", "-1"]}
    assert verify(cert)[0]
    assert not verify_univariate_minima(dict(cert, points=["1", "0"]))[0]
    assert not verify_univariate_minima(dict(cert, c0="-1"))[0]


@settings(max_examples=25, deadline=None)
@given(matrices(3, 2), matrices(2, 4))
def test_instance_certificates_verify_on_random_pairs(W1, W2):
    W1, W2 = rational_matrix(W1), rational_matrix(W2)
    cert = instance_certificate(W1, W2, ("i", "ii", "iii", "iv", "2a", "2b", "rank_equal"),
                                agree=[["i", "iii"], ["ii", "iv"]])
    assert verify(cert) == (True, verify(cert)[1])


def test_sweep_obstructions_all_verify():
    for t in rank_triples(3, 2, 4):
        W1, W2 = structured_pair(3, 2, 4, *t)
        if t[0] != t[2] or t[1] != t[2]:
            assert verify(obstruction_certificate(W1, W2))[0]


def test_orthogonal_change_and_tampering():
    from symbolic.checker.openness import verify_orthogonal_change
    from symbolic.core.exact import matrix_to_strings as s
    from symbolic.openness.open_instances import rational_orthogonal

    U, V = rational_orthogonal(3, 1), rational_orthogonal(3, 2)
    cert = {"kind": "orthogonal_change", "W1": s(A), "W2": s(B), "U": s(U), "V": s(V),
            "W1t": s(U.transpose().matmul(A)), "W2t": s(B.matmul(V))}
    assert verify(cert)[0]
    assert not verify_orthogonal_change(dict(cert, U=s(U * 2)))[0]           # not orthogonal
    assert not verify_orthogonal_change(dict(cert, W1t=s(U.matmul(A))))[0]    # U instead of U^T
    assert not verify_orthogonal_change(dict(cert, W2t=s(B)))[0]
