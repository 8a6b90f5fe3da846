"""Certificates as pages: known shapes as mathematics, a budget for the large ones, what the checker verified."""

from __future__ import annotations

from proofs.ledger import registry
from proofs.site import certificate
from proofs.site.certificate import certificate_html, checked_parts, find_curves


def test_a_refutation_shows_witness_premises_negation_and_inertia():
    outcome = registry.run_claim(registry.get("local_min_not_global_of_three_layer_example"))
    html = certificate_html(outcome.certificate)
    assert html.index("Witness") < html.index("Premises") < html.index("Negation")
    assert "W_{1} = \\begin{pmatrix}" in html and "(n_+, n_-, n_0) = (6, 0, 10)" in html
    assert "-\\tfrac{1}{8}\\, t^{4}" in html  # the order-4 descent's leading term
    rows = checked_parts(outcome.certificate)
    assert [r["role"] for r in rows] == ["certificate", "premise", "premise", "negation"] and all(r["ok"] for r in rows)
    assert [c["order"] for _, c in find_curves(outcome.certificate)][:1] == [4]


def test_polynomials_use_the_certificate_variables():
    outcome = registry.run_claim(registry.get("saddle_not_strict_of_singular_scalar_example"))
    html = certificate_html(outcome.certificate)
    assert "\\tfrac{1}{2} a_{1}^{2} a_{2}^{2} x^{2}" in html


def test_large_certificates_are_cut_at_the_budget(monkeypatch):
    monkeypatch.setattr(certificate, "BUDGET", 5)
    cert = {"kind": "bundle", "parts": {f"p{i}": {"kind": "facts", "data": {"X": [["1"]]}, "facts": []}
                                        for i in range(30)}}
    html = certificate_html(cert)
    assert "more in the JSON" in html and "and 18 more parts" in html


def test_html_in_data_is_escaped():
    html = certificate_html({"kind": "facts", "data": {"note": "<script>alert(1)</script>"}, "facts": []})
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_checked_parts_skip_a_premises_key_that_is_not_named_certificates():
    from proofs.site.certificate import checked_parts

    rows = checked_parts({"kind": "critical_set_theorem", "premises": ["squared_loss"]})
    assert [r["role"] for r in rows] == ["certificate"] and rows[0]["ok"] is False
