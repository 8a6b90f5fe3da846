"""The proof-step claims of ``proofs.papers.zhou_liang_2018.proof_steps``: recorded outcomes, certificates, forgeries."""

import copy

from symbolic.checker.bundle import verify


def test_the_half_is_needed_and_a_non_projection_is_rejected():
    from proofs.papers.zhou_liang_2018.proof_steps import projected_fit_certificate

    cert = projected_fit_certificate([[1, 1, 0], [0, 0, 1]], [["1/2", 0], ["1/2", 0], [0, 1]], [[2, -1]])
    forged = copy.deepcopy(cert)
    for term in forged["equalities"][-1]["right"][-2:]:
        term["coefficient"] = "-1"                                  # -Tr(P Sigma) in place of -(1/2) Tr(P Sigma)
    assert not verify(forged)[0]
    scaled = copy.deepcopy(cert)
    scaled["matrices"]["P"] = [[[[[0] * len(cert["variables"]), "2"]] if x else [] for x in row]
                               for row in cert["matrices"]["P"]]
    assert not verify(scaled)[0]


def test_theorem3_equations_fail_off_the_critical_set():
    from proofs.papers.zhou_liang_2018.deep import deep_points
    from proofs.papers.zhou_liang_2018.proof_steps import critical_equations_certificate

    label, X, Y, Ws = deep_points(True)[0]
    cert = critical_equations_certificate(X, Y, Ws)
    assert verify(cert)[0]
    moved = copy.deepcopy(cert)
    row = moved["matrices"]["A1"][0]
    row[0] = [[[], "1000"]] if not row[0] else [[[], str(int(row[0][0][1].split("/")[0]) + 1000)]]
    assert not verify(moved)[0]
