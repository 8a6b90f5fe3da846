import copy

from proofs.papers.nouiehed_razaviyayn_2018.openness_claims import CLAIMS
from symbolic.checker.pyramidal import verify_pyramidal_preimage


def _cert():
    claim = next(c for c in CLAIMS if c.id == "locally_open_of_full_row_rank_pyramidal")
    return next(iter(claim.run(True).certificate["parts"].values()))


def test_verifies_and_tampering_fails():
    cert = _cert()
    assert verify_pyramidal_preimage(cert)[0]
    bad = copy.deepcopy(cert)
    bad["members"][0]["W1p"][0][0] = "7"
    assert not verify_pyramidal_preimage(bad)[0]
    assert not verify_pyramidal_preimage(dict(cert, slope="-1/10"))[0]
    assert not verify_pyramidal_preimage(dict(cert, dist_sq_le_times="0"))[0]
    flat = copy.deepcopy(cert)
    flat["weights"][1] = [["0"] * len(row) for row in flat["weights"][1]]  # not of full row rank
    assert not verify_pyramidal_preimage(flat)[0]
