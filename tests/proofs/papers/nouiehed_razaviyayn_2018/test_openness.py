"""Nouiehed-Razaviyayn local openness claims: quick checks, certificates, quoted sources, the findings."""

import re
from pathlib import Path


import proofs.papers.nouiehed_razaviyayn_2018.openness as nro
import proofs.papers.nouiehed_razaviyayn_2018.openness_claims as nro_claims

PAPER_TEXT = Path(__file__).resolve().parents[5] / "shared" / "papers" / "002_0e8b425a7303cc6d.txt"


def _normalize(text):
    return re.sub(r"\s+", " ", text).strip()


def test_linear_rate_refutation_holds_both_open_and_obstructed_parts():
    claim = next(c for c in nro_claims.CLAIMS if c.id == "linear_rate_of_locally_open_pair")
    cert = claim.run(True).certificate
    assert cert["negation"]["no linear rate"]["kind"] == "linear_rate_obstruction"
    assert "dist4_le_R_sq_times" in cert["premises"]["preimages of the perturbed products (square-root rate)"]


def test_theorem5_sweep_has_both_verdicts_and_both_rates():
    out = next(c for c in nro_claims.CLAIMS if c.id == "locally_open_iff_kernel_conditions_of_equal_ranks").run(True)
    assert "linear" in out.details and "square root" in out.details
    kinds = {k for p in out.certificate["parts"].values() for k in p["parts"]}
    assert kinds == {"conditions", "preimages", "no nearby preimage"}


def test_sweep_covers_every_rank_triple():
    from symbolic.openness.open_instances import rank_triples
    shapes = {s for s, *_ in nro.sweep(True)}
    assert len(nro.sweep(True)) == sum(len(rank_triples(*s)) for s in shapes)
