"""Classification certificates with a claim's expectations, and the outcomes of "every critical point found is ...".

Main definitions
----------------
* :func:`part` -- a ``classification`` certificate with expectations (re-verified by the separate checker).
* :func:`no_spurious_outcome`, :func:`all_strict_outcome` -- outcomes from such parts.
"""

from __future__ import annotations

from proofs.ledger.claim import Outcome

__all__ = ["part", "no_spurious_outcome", "all_strict_outcome"]


def part(problem, result, assumptions="kawaguchi_theorem_2_3", **expect) -> dict:
    """A ``classification`` certificate with the claim's expectations (and, by default, Theorem 2.3's assumptions)."""
    exact = {k: v for k, v in result.items() if k not in ("seconds", "evidence")}  # timing and evidence: not certified
    cert = {"kind": "classification", "problem": problem, "result": exact, "expect": expect}
    if assumptions:
        cert["assumptions"] = assumptions
    return cert


def all_strict_outcome(parts: dict, scope: str, what: str) -> Outcome:
    """Outcome of "every saddle in ``parts`` has a negative Hessian eigenvalue" from ``classification`` parts.

    No part: inconclusive.  A non-strict saddle refutes (its parts expect ``strict=False``); otherwise every
    part is made to expect ``strict=True`` (re-verified by the checker) and the claim is confirmed.
    """
    if not parts:
        return Outcome("inconclusive", scope, None, details=f"no {what} in scope")
    bad = [k for k, v in parts.items() if v["result"]["strict"] is not True]
    if bad:
        witness = {k: dict(parts[k], expect=dict(parts[k]["expect"], strict=False)) for k in bad}
        return Outcome("refuted", scope, {"kind": "bundle", "parts": witness}, details=f"not strict: {bad}")
    for v in parts.values():
        v["expect"]["strict"] = True
    return Outcome("confirmed", f"{scope}; {len(parts)} {what}", {"kind": "bundle", "parts": parts})


def no_spurious_outcome(parts: dict, scope: str, details: str = "") -> Outcome:
    """Outcome of "every critical point found is a global minimum or a saddle" from ``classification`` parts.

    A certified ``local_min`` (a local minimum that is not global) refutes, with those parts as the certificate;
    any other verdict than ``global_min`` or ``saddle`` leaves it inconclusive.
    """
    verdicts = [p["result"]["verdict"] for p in parts.values()]
    counts = {v: verdicts.count(v) for v in sorted(set(verdicts))}
    details = f"verdicts: {counts}" + (f"; {details}" if details else "")
    if "local_min" in verdicts:
        bad = {k: dict(v, expect={"verdict_in": ["local_min"]}) for k, v in parts.items()
               if v["result"]["verdict"] == "local_min"}
        return Outcome("refuted", scope, {"kind": "bundle", "parts": bad}, details=details)
    if set(verdicts) - {"global_min", "saddle"}:
        return Outcome("inconclusive", scope, None, details=details)
    return Outcome("confirmed", scope, {"kind": "bundle", "parts": parts}, details=details)
