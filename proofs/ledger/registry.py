"""The claims ledger: every claim of every paper module, validated, in a fixed order.

Claims live in one package per paper (:data:`MODULES`, an explicit list in
a deterministic order); each module exports ``CLAIMS``, a tuple of
:class:`~proofs.ledger.claim.Claim`.  :func:`claims` collects them and validates the
whole: unique ids, known paper keys, every ``uses`` id exists, no dependency
cycle.  :func:`run_claim` runs a claim's check and then the separate checker on
its certificate (:data:`CERTIFICATE_CHECKERS`, by certificate ``kind``).

Main definitions
----------------
* :data:`MODULES`, :func:`claims`, :func:`get`, :func:`select`, :func:`used_by`, :func:`validate`.
* :data:`CERTIFICATE_CHECKERS`, :func:`verify_certificate`, :func:`run_claim`.
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from functools import lru_cache

from symbolic.checker.bundle import CHECKERS, verify

from proofs.ledger.claim import PAPERS, Claim, Outcome

__all__ = ["MODULES", "CERTIFICATE_CHECKERS", "claims", "get", "select", "used_by", "suggestions", "validate",
           "topological_order",
           "verify_certificate", "run_claim"]

#: One package per paper (``proofs/papers/<paper>/``), in ledger order.
MODULES = (
    "proofs.papers.laurent_vonbrecht_2018",
    "proofs.papers.kawaguchi_2016",
    "proofs.papers.nouiehed_razaviyayn_2018",
    "proofs.papers.zhang_2019",
    "proofs.papers.zhou_liang_2018",
)

#: Certificate kind -> the separate checker's function (see :mod:`symbolic.checker.bundle`).
CERTIFICATE_CHECKERS = CHECKERS


def validate(items) -> tuple[Claim, ...]:
    """Check a collection of claims as a ledger; return it as a tuple.

    Examples
    ========

    >>> from proofs.ledger.claim import Claim, Outcome
    >>> from proofs.ledger.registry import validate
    >>> ok = lambda quick: Outcome("confirmed", "trivially")
    >>> a = Claim(id="a", paper="zhang-2019", label="Lemma 1", kind="lemma", statement="a",
    ...           source="a", check=ok, recorded="confirmed", uses=("b",))
    >>> validate([a])
    Traceback (most recent call last):
    ...
    ValueError: claim a uses 'b', which is not in the ledger
    """
    items = tuple(items)
    seen = {}
    for c in items:
        if not isinstance(c, Claim):
            raise TypeError(f"the ledger holds Claim objects; got {type(c).__name__}")
        if c.id in seen:
            raise ValueError(f"claim id {c.id!r} appears twice (papers {seen[c.id].paper} and {c.paper}); ids are unique")
        if c.paper not in PAPERS:
            raise ValueError(f"claim {c.id}: unknown paper key {c.paper!r}")
        seen[c.id] = c
    for c in items:
        for u in c.uses:
            if u not in seen:
                raise ValueError(f"claim {c.id} uses {u!r}, which is not in the ledger")
    topological_order(items)
    return items


def topological_order(items) -> list[str]:
    """Claim ids with every claim after the claims it uses (ledger order breaks ties).

    Raises ``ValueError`` naming a cycle if there is one.
    """
    items = tuple(items)
    by_id = {c.id: c for c in items}
    state: dict[str, int] = {}
    order: list[str] = []

    def visit(cid, path):
        if state.get(cid) == 2:
            return
        if state.get(cid) == 1:
            cycle = path[path.index(cid):] + [cid]
            raise ValueError(f"dependency cycle: {' -> '.join(cycle)}")
        state[cid] = 1
        for u in by_id[cid].uses:
            if u in by_id:
                visit(u, path + [u])
        state[cid] = 2
        order.append(cid)

    for c in items:
        visit(c.id, [c.id])
    return order


@lru_cache(maxsize=1)
def claims() -> tuple[Claim, ...]:
    """Every claim of every module in :data:`MODULES`, validated."""
    out = []
    for name in MODULES:
        module = importlib.import_module(name)
        found = getattr(module, "CLAIMS", None)
        if not isinstance(found, tuple):
            raise TypeError(f"{name} must define CLAIMS, a tuple of Claim")
        out.extend(found)
    return validate(out)


def suggestions(word: str, options, limit: int = 5) -> list[str]:
    """At most ``limit`` options close to ``word`` (for "did you mean" messages).

    Examples
    ========

    >>> from proofs.ledger.registry import suggestions
    >>> suggestions("hessian_block_eq", ["hessian_block_eq_of_squared_loss", "zero_tuple_critical"])
    ['hessian_block_eq_of_squared_loss']
    """
    import difflib

    options = list(options)
    close = difflib.get_close_matches(word, options, n=limit, cutoff=0.5)
    starts = [o for o in options if word and (o.startswith(word) or word in o) and o not in close]
    return (close + starts)[:limit]


def _unknown(what: str, word: str, options) -> ValueError:
    near = suggestions(word, options)
    hint = f"; did you mean {', '.join(near)}?" if near else "; `dlnproof list` shows them all"
    return ValueError(f"unknown {what} {word!r}{hint}")


def get(claim_id: str) -> Claim:
    """The claim with this id; ``ValueError`` with at most five suggestions otherwise."""
    for c in claims():
        if c.id == claim_id:
            return c
    raise _unknown("claim id", claim_id, [c.id for c in claims()])


def select(ids=(), paper: str | None = None, label: str | None = None, status: str | None = None,
           finding: str | None = None) -> tuple[Claim, ...]:
    """Claims by id (in the order given; all if none) and/or by paper key, printed label (``"Proposition 7"``:
    every claim whose label is that label, or starts with it followed by a space or a comma), recorded status,
    or recorded finding."""
    from proofs.ledger.claim import FINDINGS, STATUSES

    if paper is not None and paper not in PAPERS:
        raise ValueError(f"unknown paper key {paper!r}; use one of {', '.join(PAPERS)}")
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    if finding is not None and finding not in FINDINGS:
        raise ValueError(f"unknown finding {finding!r}; use one of {', '.join(FINDINGS)}")
    chosen = [get(i) for i in dict.fromkeys(ids)] if ids else list(claims())
    if paper is not None:
        chosen = [c for c in chosen if c.paper == paper]
    if label is not None:
        want = label.strip().lower()

        def printed(lab: str) -> bool:  # the label itself, or it followed by a space or a comma ("Theorem 2.3 (ii)")
            return lab.lower() == want or lab.lower().startswith((want + " ", want + ","))

        chosen = [c for c in chosen if printed(c.label)]
        labels = sorted({c.label for c in claims()})
        if not chosen and not any(printed(lab) for lab in labels):
            raise _unknown("label", label, labels)
    if status is not None:
        chosen = [c for c in chosen if c.recorded == status]
    if finding is not None:
        chosen = [c for c in chosen if c.recorded_finding == finding]
    return tuple(chosen)


def used_by(claim_id: str) -> tuple[str, ...]:
    """The ids of the claims that use ``claim_id``, in ledger order."""
    return tuple(c.id for c in claims() if claim_id in c.uses)


def verify_certificate(cert) -> bool:
    """Run the separate checker on a certificate (dispatch on its ``kind``).

    Only a real ``True`` from the checker counts; an unknown kind is an error.
    """
    if not isinstance(cert, dict):
        raise ValueError("a certificate is a dict with a \"kind\"")
    if cert.get("kind") not in CERTIFICATE_CHECKERS:
        raise ValueError(f"no checker for certificate kind {cert.get('kind')!r}; "
                         f"known kinds: {', '.join(CERTIFICATE_CHECKERS)}")
    return verify(cert)[0] is True


def run_claim(claim: Claim, quick: bool = True) -> Outcome:
    """Run the claim's check, then the separate checker on its certificate.

    ``certificate_ok`` is ``True``/``False`` when there is a certificate; a
    confirmed or refuted outcome without one gets ``False`` (every settled
    outcome must be certified); an inconclusive one without one keeps ``None``.
    A refuted outcome counts as certified only with a finding and a ``refutation`` certificate (premises and negated conclusion
    at one witness, :mod:`symbolic.checker.premises`), and a ``misprint`` only when ``corrected_by`` names a claim
    of the ledger.  A classification inside the check that reaches its safety deadline makes this raise
    ``RuntimeError`` (saying so) instead of letting an ``inconclusive`` answer change the verdict.
    """
    from symbolic.landscape.classify import deadline_is_error
    from symbolic.landscape.descent import SearchDeadline

    try:
        with deadline_is_error():  # a verdict never depends on the machine's speed: a deadline is an error, said so
            outcome = claim.run(quick)
    except SearchDeadline as exc:
        raise RuntimeError(f"{claim.id}: a search reached its safety deadline ({exc}; CPU seconds of "
                           "this process); this run gives no verdict (the searches count work, the deadline only guards "
                           "against a hang)") from exc
    if outcome.scope_kind is None:  # never more than was computed: an unstated scope is the claim's, else sampled
        outcome = replace(outcome, scope_kind=claim.scope_kind or "sampled")
    if outcome.certificate is None:
        return outcome.with_certificate_ok(None if outcome.status == "inconclusive" else False)
    if outcome.status == "refuted":
        if outcome.finding is None or outcome.certificate.get("kind") != "refutation":
            return outcome.with_certificate_ok(False)
        if outcome.corrected_by and outcome.corrected_by not in {c.id for c in claims()}:
            return outcome.with_certificate_ok(False)
    return outcome.with_certificate_ok(verify_certificate(outcome.certificate))
