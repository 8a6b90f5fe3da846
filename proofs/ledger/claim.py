"""A claim of a paper, as data: what it says, where it is printed, and how it is checked.

One :class:`Claim` is the single source for the ledger table, ``dlnproof check``,
the claim's notebook and its test.  Its check returns an :class:`Outcome`:
three-valued (confirmed, refuted, inconclusive), with the scope of the check
and, for a confirmation or a refutation, a certificate that the separate
checker (:mod:`symbolic.checker`) re-verifies.

Main definitions
----------------
* :class:`Claim`, :class:`Outcome`.
* :data:`PAPERS` -- paper keys (``../shared/papers/INDEX.md``) and titles.
* :data:`KINDS`, :data:`STATUSES`, :data:`FINDINGS`, :data:`SCOPE_KINDS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

__all__ = ["Claim", "Outcome", "PAPERS", "CONVENTIONS", "KINDS", "STATUSES", "FINDINGS", "SCOPE_KINDS", "LOCATION_PATTERN", "check_jsonable",
           "refutation_certificate", "facts_certificate", "fact"]

#: Paper keys of the ledger, with their titles (from ``../shared/papers/INDEX.md``).
PAPERS = {
    "laurent-vonbrecht-2018": "T. Laurent, J. von Brecht, Deep Linear Networks with Arbitrary Loss: "
                              "All Local Minima Are Global, ICML 2018",
    "kawaguchi-2016": "K. Kawaguchi, Deep Learning without Poor Local Minima, NeurIPS 2016",
    "nouiehed-razaviyayn-2018": "M. Nouiehed, M. Razaviyayn, Learning Deep Models: Critical Points and "
                                "Local Openness, ICLR 2018 submission",
    "zhou-liang-2018": "Y. Zhou, Y. Liang, Critical Points of Linear Neural Networks: Analytical Forms and "
                       "Landscape Properties, ICLR 2018",
    "zhang-2019": "L. Zhang, Depth Creates No More Spurious Local Minima in Linear Networks, 2019",
}

#: Each paper's conventions, as the checks read them; part of every claim's reading (:attr:`Claim.full_reading`).
CONVENTIONS = {
    "laurent-vonbrecht-2018": (
        r"$L(W_1, \dots, W_L) = f(W_L \cdots W_1)$ with $W_k \in \mathbb{R}^{d_k \times d_{k-1}}$; truncated products as "
        r"in eq. (5), $W_{k,+} = W_L \cdots W_k$, $W_{k,-} = W_k \cdots W_1$; where a convex $f$ is instantiated, the "
        r"squared loss $\tfrac12\lVert AX - Y\rVert_F^2$ or the quartic loss $\tfrac14\sum_{ij}(AX - Y)_{ij}^4$ (a "
        r"positive factor changes no critical point or minimum)."),
    "kawaguchi-2016": (
        r"$\hat Y(W, X) = W_{H+1} \cdots W_1 X$, $\bar L(W) = \tfrac12\lVert \hat Y(W, X) - Y\rVert_F^2$; vec is "
        r"column-major and the parameters are $\operatorname{vec}(W_k^T)$ (the paper's $D_{\operatorname{vec}(W_k^T)}$, "
        r"numerator layout); $p$ is the narrowest hidden width; $\Sigma = YX^T(XX^T)^{-1}XY^T$, eigenvalues in "
        r"decreasing order."),
    "nouiehed-razaviyayn-2018": (
        r"Problem (30): $\min \tfrac12\lVert W_h \cdots W_1 X - Y\rVert_F^2$, $W_i \in \mathbb{R}^{d_i \times "
        r"d_{i-1}}$; degenerate means $\operatorname{rank}(W_h \cdots W_1) < \min_i d_i$; local openness is in the range "
        r"of the map; $p_1^*$, $p_2^*$ index the smallest and the second smallest width (ties by index)."),
    "zhang-2019": (
        r"$L_k(M_1, \dots, M_k) = f(M_k \cdots M_1)$, $M_i \in \mathbb{R}^{d_i \times d_{i-1}}$; spurious means a local "
        r"minimum that is not global; Corollary 1's $\lVert M_k \cdots M_1X - Y\rVert^2$ is checked with the factor "
        r"$\tfrac12$ (it changes no minimum); a convex $f$ is instantiated as the squared or the quartic loss."),
    "zhou-liang-2018": "",
}

KINDS = ("theorem", "lemma", "proposition", "corollary", "example", "counterexample", "remark",
         "observation", "claim", "conjecture")

STATUSES = ("confirmed", "refuted", "inconclusive")

#: What kind of finding a refutation is (every refuted outcome names one):
#: ``error`` -- the statement, under its most favourable reasonable reading, is false;
#: ``misprint`` -- an evident typo: the corrected statement holds and is its own, confirmed entry
#: (``Outcome.corrected_by``);
#: ``extraction`` -- the verdict depends on text the plain-text extraction may have lost; the details say what
#: the printed page would have to read for each verdict;
#: ``gap`` -- a step or construction of the proof fails; the theorem's statement is not refuted by it.
FINDINGS = ("error", "misprint", "extraction", "gap")

#: How far a check reaches: ``all`` (symbolic, every instance of the stated dims), ``critical_set`` (every
#: critical point of the listed instances), ``sampled`` (the listed points only).
SCOPE_KINDS = ("all", "critical_set", "sampled")

#: A claim's location: a line range ``L120-L124`` (first <= last) or one line ``L120`` of its paper's text.
LOCATION_PATTERN = r"^L([1-9][0-9]*)(?:-L([1-9][0-9]*))?$"
_LOCATION = re.compile(LOCATION_PATTERN)
_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_BANNED_SUFFIXES = ("_v2", "_new", "_final", "_old", "_tmp")


def check_jsonable(value, where: str = "certificate") -> None:
    """Raise ``TypeError`` unless ``value`` is JSON data without floats.

    Certificates hold rationals as strings (``"3/4"``); a float would be inexact.

    Examples
    ========

    >>> from proofs.ledger.claim import check_jsonable
    >>> check_jsonable({"x": ["1/2", 3, None, True]})
    >>> check_jsonable({"x": 0.5})
    Traceback (most recent call last):
    ...
    TypeError: certificate['x'] is the float 0.5; write rationals in certificates as strings such as "1/2"
    """
    if _plain_json(value):
        return  # the common case, checked without building the path of every entry
    if value is None or isinstance(value, (bool, int, str)):
        return
    if isinstance(value, float):
        raise TypeError(f"{where} is the float {value!r}; write rationals in certificates as strings such as \"1/2\"")
    if isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            check_jsonable(v, f"{where}[{i}]")
        return
    if isinstance(value, dict):
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"{where} has the key {k!r}; JSON keys are strings")
            check_jsonable(v, f"{where}[{k!r}]")
        return
    raise TypeError(f"{where} has a {type(value).__name__}; certificates hold only JSON data "
                    "(dicts, lists, strings, ints, booleans, null)")


def _plain_json(value) -> bool:
    """Whether ``value`` is JSON data without floats (:func:`check_jsonable` then finds where it is not)."""
    stack = [value]
    pop, push = stack.pop, stack.extend
    while stack:
        v = pop()
        t = type(v)
        if v is None or t is str or t is int or t is bool:
            continue
        if t is list or t is tuple:
            push(v)
        elif t is dict:
            if not all(type(k) is str for k in v):
                return False
            push(v.values())
        else:
            return False
    return True


def fact(says: str, left, op: str, right) -> dict:
    """One exact fact for a ``facts`` certificate (:mod:`symbolic.checker.premises`)."""
    return {"says": says, "left": left, "op": op, "right": right}


def facts_certificate(data: dict, facts) -> dict:
    """A ``facts`` certificate: ``facts`` about the named matrices of ``data``, recomputed by the checker."""
    return {"kind": "facts", "data": data, "facts": list(facts)}


def refutation_certificate(premises: dict, negation: dict, witness: dict | None = None,
                           further: dict | None = None) -> dict:
    """A ``refutation`` certificate: the witness satisfies the premises and violates the conclusion.

    ``premises`` and ``negation`` map names to certificates; every key of ``witness`` must occur, with that
    value, in every part (:func:`symbolic.checker.premises.verify_refutation`); ``further`` maps names to more
    refutation certificates (more witnesses of the same claim), all verified.

    Examples
    ========

    >>> from proofs.ledger.claim import fact, facts_certificate, refutation_certificate
    >>> from symbolic.checker.bundle import verify
    >>> X = [["1", "0"], ["0", "0"]]
    >>> rank_one = facts_certificate({"X": X}, [fact("rank X = 1", {"rank": ["X"]}, "==", 1)])
    >>> not_invertible = facts_certificate({"X": X}, [fact("rank X < 2", {"rank": ["X"]}, "<", 2)])
    >>> verify(refutation_certificate({"hypothesis": rank_one}, {"not invertible": not_invertible}, {"X": X}))[0]
    True
    """
    cert = {"kind": "refutation", "premises": dict(premises), "negation": dict(negation)}
    if witness:
        cert["witness"] = dict(witness)
    if further:
        cert["further"] = dict(further)
    return cert


@dataclass(frozen=True)
class Outcome:
    """The result of a claim's check.

    ``status`` is ``confirmed``, ``refuted`` or ``inconclusive``; ``scope`` says
    what was checked (which dims, which instances); ``certificate`` is JSON data
    for the separate checker (``None`` when there is nothing to certify);
    ``certificate_ok`` is filled in by whoever ran that checker (``None`` until
    then); ``details`` is free text.  A refuted outcome names its ``finding``
    (one of :data:`FINDINGS`; a ``misprint`` names the claim id of the corrected
    statement in ``corrected_by``; the ledger does not count a refutation
    without a finding as certified); other outcomes have none.  ``scope_kind``
    is one of :data:`SCOPE_KINDS` (``None`` where not stated).

    Examples
    ========

    >>> from proofs.ledger.claim import Outcome
    >>> o = Outcome("confirmed", "dims (1, 1)", {"kind": "identity_sweep"})
    >>> o.with_certificate_ok(True).certificate_ok
    True
    >>> Outcome("proved", "dims (1, 1)")
    Traceback (most recent call last):
    ...
    ValueError: outcome status must be one of confirmed, refuted, inconclusive; got 'proved'
    >>> Outcome("refuted", "one witness", {"kind": "refutation"}, finding="typo")
    Traceback (most recent call last):
    ...
    ValueError: a finding is one of error, misprint, extraction, gap; got 'typo'
    >>> Outcome("refuted", "one witness", {"kind": "refutation"}, finding="misprint")
    Traceback (most recent call last):
    ...
    ValueError: a misprint names the claim id of its corrected statement in corrected_by
    """

    status: str
    scope: str
    certificate: dict | None = None
    certificate_ok: bool | None = None
    details: str = ""
    finding: str | None = None
    corrected_by: str = ""
    scope_kind: str | None = None
    scope_detail: dict | None = None

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"outcome status must be one of {', '.join(STATUSES)}; got {self.status!r}")
        if self.finding is not None and self.finding not in FINDINGS:
            raise ValueError(f"a finding is one of {', '.join(FINDINGS)}; got {self.finding!r}")
        if self.status != "refuted" and self.finding is not None:
            raise ValueError(f"only a refuted outcome has a finding; got {self.finding!r} on {self.status!r}")
        if (self.finding == "misprint") != bool(self.corrected_by):
            raise ValueError("a misprint names the claim id of its corrected statement in corrected_by"
                             if self.finding == "misprint" else "corrected_by belongs to a misprint only")
        if self.scope_kind is not None and self.scope_kind not in SCOPE_KINDS:
            raise ValueError(f"scope_kind must be one of {', '.join(SCOPE_KINDS)}; got {self.scope_kind!r}")
        if not isinstance(self.scope, str) or not self.scope.strip():
            raise ValueError("an outcome states its scope (which dims, which instances) as a non-empty string")
        if self.scope_detail is not None:
            if not isinstance(self.scope_detail, dict) or set(self.scope_detail) - {"dims", "counts"}:
                raise ValueError("scope_detail is a dict with \"dims\" (a list of dims tuples) and \"counts\" "
                                 "(names -> integers)")
            check_jsonable(self.scope_detail, "scope_detail")
        if self.certificate is not None:
            if not isinstance(self.certificate, dict) or not isinstance(self.certificate.get("kind"), str):
                raise TypeError("a certificate is a dict with a string \"kind\" naming its checker")
            check_jsonable(self.certificate)
        if self.certificate_ok not in (None, True, False):
            raise TypeError(f"certificate_ok is True, False or None; got {self.certificate_ok!r}")

    @property
    def scope_structured(self) -> dict:
        """The scope as data: ``{"kind": ..., "dims": [...], "counts": {...}}`` (empty dims and counts: not stated)."""
        detail = self.scope_detail or {}
        return {"kind": self.scope_kind, "dims": list(detail.get("dims", [])), "counts": dict(detail.get("counts", {}))}

    def with_certificate_ok(self, ok: bool | None) -> "Outcome":
        """A copy with ``certificate_ok`` set (the outcome itself is frozen)."""
        return replace(self, certificate_ok=ok)

    def to_json(self) -> dict:
        return {"status": self.status, "finding": self.finding, "corrected_by": self.corrected_by or None,
                "scope": self.scope, "scope_kind": self.scope_kind, "scope_structured": self.scope_structured,
                "certificate": self.certificate,
                "certificate_ok": self.certificate_ok, "details": self.details}


@dataclass(frozen=True)
class Claim:
    """One claim of one paper, with its check.

    ``id`` names the conclusion, hypotheses after ``_of_``; ``paper`` is a key of
    :data:`PAPERS`; ``label`` is as printed (``"Lemma 4.3"``); ``statement`` is
    LaTeX with the hypotheses; ``source`` quotes the sentence of the paper's
    text the claim is checked against; ``uses`` lists claim ids it relies on;
    ``check(quick)`` returns an :class:`Outcome`; ``recorded`` is the status
    that running the check gave (never the paper's verdict); ``notebook`` is
    the notebook path (default ``notebooks/<paper>/<id>.ipynb``; claims that
    share a path share a notebook); ``cells`` are optional derivation or plot
    cells (code strings importing from ``symbolic`` and ``proofs``);
    ``reading`` states the conventions the check assumes where the text admits
    more than one (eigenvector order, vec convention, the factor 1/2 of the
    loss, which points the section studies, how a garbled line was read);
    ``recorded_finding`` is the finding that running a refuting check gave
    (one of :data:`FINDINGS`; empty for other statuses); ``scope_kind`` is the
    scope an outcome that states none has (one of :data:`SCOPE_KINDS`; empty:
    ``sampled``, the weakest); ``location`` is the line range of the paper's
    text where ``source`` is printed, ``"L120-L124"`` (1-based, inclusive;
    ``"L120"`` for one line; ``python -m proofs.coverage locate --claim ID``
    computes it; :mod:`proofs.coverage`).

    Examples
    ========

    >>> from proofs.ledger.claim import Claim, Outcome
    >>> c = Claim(id="one_eq_one", paper="zhang-2019", label="Example 0", kind="example",
    ...           statement="$1 = 1$", source="one equals one",
    ...           check=lambda quick: Outcome("confirmed", "trivially"), recorded="confirmed")
    >>> c.notebook
    'notebooks/zhang-2019/one_eq_one.ipynb'
    >>> Claim(id="OneEqOne", paper="zhang-2019", label="Example 0", kind="example",
    ...       statement="$1 = 1$", source="s", check=lambda q: None, recorded="confirmed")
    Traceback (most recent call last):
    ...
    ValueError: claim id 'OneEqOne' must be snake_case (lowercase letters, digits, single underscores)
    """

    id: str
    paper: str
    label: str
    kind: str
    statement: str
    source: str
    check: Callable[[bool], Outcome] = field(repr=False, compare=False)
    recorded: str
    uses: tuple[str, ...] = ()
    notebook: str = ""
    cells: tuple[str, ...] = ()
    reading: str = ""
    recorded_finding: str = ""
    scope_kind: str = ""
    location: str = ""

    def __post_init__(self):
        if not isinstance(self.id, str) or not _ID.match(self.id):
            raise ValueError(f"claim id {self.id!r} must be snake_case (lowercase letters, digits, single underscores)")
        if self.id.endswith(_BANNED_SUFFIXES):
            raise ValueError(f"claim id {self.id!r} is versioned; name it by its conclusion instead")
        if self.paper not in PAPERS:
            raise ValueError(f"claim {self.id}: unknown paper key {self.paper!r}; use one of {', '.join(PAPERS)}")
        if self.kind not in KINDS:
            raise ValueError(f"claim {self.id}: kind {self.kind!r} is not one of {', '.join(KINDS)}")
        if self.recorded not in STATUSES:
            raise ValueError(f"claim {self.id}: recorded status {self.recorded!r} is not one of {', '.join(STATUSES)}")
        for name in ("label", "statement", "source"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"claim {self.id}: {name} must be a non-empty string")
        if not isinstance(self.reading, str):
            raise TypeError(f"claim {self.id}: reading must be a string (the conventions the check assumes)")
        if self.scope_kind and self.scope_kind not in SCOPE_KINDS:
            raise ValueError(f"claim {self.id}: scope_kind {self.scope_kind!r} is not one of {', '.join(SCOPE_KINDS)}")
        if self.recorded_finding and (self.recorded != "refuted" or self.recorded_finding not in FINDINGS):
            raise ValueError(f"claim {self.id}: recorded_finding {self.recorded_finding!r} needs recorded 'refuted' "
                             f"and one of {', '.join(FINDINGS)}")
        m = _LOCATION.match(self.location) if isinstance(self.location, str) and self.location else None
        if self.location and (m is None or (m.group(2) and int(m.group(2)) < int(m.group(1)))):
            raise ValueError(f'claim {self.id}: location {self.location!r} is not a line range "L120-L124" or one line '
                             f'"L120"; `python -m proofs.coverage locate --claim {self.id}` computes it')
        if not callable(self.check):
            raise TypeError(f"claim {self.id}: check must be a callable check(quick: bool) -> Outcome")
        if isinstance(self.uses, str) or not all(isinstance(u, str) for u in self.uses):
            raise TypeError(f"claim {self.id}: uses must be a tuple of claim ids")
        object.__setattr__(self, "uses", tuple(self.uses))
        if isinstance(self.cells, str) or not all(isinstance(c, str) for c in self.cells):
            raise TypeError(f"claim {self.id}: cells must be a tuple of code strings")
        object.__setattr__(self, "cells", tuple(self.cells))
        if not self.notebook:
            object.__setattr__(self, "notebook", f"notebooks/{self.paper}/{self.id}.ipynb")
        elif not (self.notebook.startswith(f"notebooks/{self.paper}/") and self.notebook.endswith(".ipynb")):
            raise ValueError(f"claim {self.id}: notebook must be notebooks/{self.paper}/<name>.ipynb; got {self.notebook!r}")

    @property
    def recorded_text(self) -> str:
        """The recorded status, with the kind of finding of a refutation: ``"refuted (gap)"``."""
        return f"{self.recorded} ({self.recorded_finding})" if self.recorded_finding else self.recorded

    @property
    def full_reading(self) -> str:
        """The claim's own reading, then its paper's :data:`CONVENTIONS`."""
        return " ".join(t for t in (self.reading, CONVENTIONS.get(self.paper, "")) if t)

    def run(self, quick: bool = True) -> Outcome:
        """Run the check; raise ``TypeError`` if it does not return an :class:`Outcome`."""
        outcome = self.check(quick)
        if not isinstance(outcome, Outcome):
            raise TypeError(f"claim {self.id}: check returned {type(outcome).__name__}, not an Outcome")
        return outcome

    def to_json(self) -> dict:
        """The claim's data (without its check), for ``--json`` and the index."""
        return {"id": self.id, "paper": self.paper, "label": self.label, "kind": self.kind,
                "statement": self.statement, "source": self.source, "location": self.location or None,
                "reading": self.full_reading,
                "uses": list(self.uses), "recorded": self.recorded, "recorded_finding": self.recorded_finding or None,
                "notebook": self.notebook}

