"""The outcomes a site shows: every claim's check run at the chosen scope, then the separate checker.

The same runs as ``dlnproof check`` (:func:`proofs.ledger.registry.run_claim`), kept whole (with the certificate)
because the pages render it.  With ``jobs > 1`` the claims run in worker processes, claims that share a notebook in
one process (what their checks share is computed once), results in ledger order whatever ``jobs`` is.  A crashed
check becomes a one-line error string, and the other claims still run.

Main definitions
----------------
* :func:`run_outcomes`.
"""

from __future__ import annotations

from proofs.ledger import registry

__all__ = ["run_outcomes"]


def _one(claim, quick: bool):
    try:
        return registry.run_claim(claim, quick=quick)
    except Exception as exc:  # a crashed check is shown as such on its page
        return f"{type(exc).__name__}: {exc}".splitlines()[0]


def _by_ids(ids, quick: bool):
    return [(i, _one(registry.get(i), quick)) for i in ids]


def run_outcomes(claims, quick: bool = True, jobs: int = 1, progress=None) -> dict:
    """``{claim id: Outcome or error string}`` in the claims' order.

    Examples
    ========

    >>> from proofs.ledger.claim import Claim, Outcome
    >>> from proofs.site.outcomes import run_outcomes
    >>> ok = Claim(id="one_eq_one", paper="zhang-2019", label="Example 0", kind="example", statement="$1 = 1$",
    ...            source="one", check=lambda quick: Outcome("confirmed", "trivially"), recorded="confirmed")
    >>> run_outcomes([ok])["one_eq_one"].status
    'confirmed'
    """
    claims = list(claims)
    registered = {c.id: c for c in registry.claims()}
    if any(registered.get(c.id) is not c for c in claims):
        jobs = 1  # claims that are not the ledger's (tests' own) run here
    results: dict = {}
    if jobs <= 1 or len(claims) <= 1:
        for i, claim in enumerate(claims, 1):
            results[claim.id] = _one(claim, quick)
            if progress is not None:
                progress(f"[{i}/{len(claims)}] {claim.id}")
        return results
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    groups: dict[str, list[str]] = {}
    for claim in claims:
        groups.setdefault(claim.notebook, []).append(claim.id)
    with ProcessPoolExecutor(max_workers=min(jobs, len(groups)),
                             mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(_by_ids, ids, quick) for ids in groups.values()]
        for future in as_completed(futures):
            for cid, outcome in future.result():
                results[cid] = outcome
                if progress is not None:
                    progress(f"[{len(results)}/{len(claims)}] {cid}")
    return {c.id: results[c.id] for c in claims}
