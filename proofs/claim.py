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
* :data:`KINDS`, :data:`STATUSES`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

__all__ = ["Claim", "Outcome", "PAPERS", "KINDS", "STATUSES", "check_jsonable"]

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

KINDS = ("theorem", "lemma", "proposition", "corollary", "example", "counterexample", "remark",
         "observation", "claim", "conjecture")

STATUSES = ("confirmed", "refuted", "inconclusive")

_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_BANNED_SUFFIXES = ("_v2", "_new", "_final", "_old", "_tmp")


def check_jsonable(value, where: str = "certificate") -> None:
    """Raise ``TypeError`` unless ``value`` is JSON data without floats.

    Certificates hold rationals as strings (``"3/4"``); a float would be inexact.

    Examples
    ========

    >>> from proofs.claim import check_jsonable
    >>> check_jsonable({"x": ["1/2", 3, None, True]})
    >>> check_jsonable({"x": 0.5})
    Traceback (most recent call last):
    ...
    TypeError: certificate['x'] is the float 0.5; write rationals in certificates as strings such as "1/2"
    """
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


@dataclass(frozen=True)
class Outcome:
    """The result of a claim's check.

    ``status`` is ``confirmed``, ``refuted`` or ``inconclusive``; ``scope`` says
    what was checked (which dims, which instances); ``certificate`` is JSON data
    for the separate checker (``None`` when there is nothing to certify);
    ``certificate_ok`` is filled in by whoever ran that checker (``None`` until
    then); ``details`` is free text.

    Examples
    ========

    >>> from proofs.claim import Outcome
    >>> o = Outcome("confirmed", "dims (1, 1)", {"kind": "identity_sweep"})
    >>> o.with_certificate_ok(True).certificate_ok
    True
    >>> Outcome("proved", "dims (1, 1)")
    Traceback (most recent call last):
    ...
    ValueError: outcome status must be one of confirmed, refuted, inconclusive; got 'proved'
    """

    status: str
    scope: str
    certificate: dict | None = None
    certificate_ok: bool | None = None
    details: str = ""

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"outcome status must be one of {', '.join(STATUSES)}; got {self.status!r}")
        if not isinstance(self.scope, str) or not self.scope.strip():
            raise ValueError("an outcome states its scope (which dims, which instances) as a non-empty string")
        if self.certificate is not None:
            if not isinstance(self.certificate, dict) or not isinstance(self.certificate.get("kind"), str):
                raise TypeError("a certificate is a dict with a string \"kind\" naming its checker")
            check_jsonable(self.certificate)
        if self.certificate_ok not in (None, True, False):
            raise TypeError(f"certificate_ok is True, False or None; got {self.certificate_ok!r}")

    def with_certificate_ok(self, ok: bool | None) -> "Outcome":
        """A copy with ``certificate_ok`` set (the outcome itself is frozen)."""
        return replace(self, certificate_ok=ok)

    def to_json(self) -> dict:
        return {"status": self.status, "scope": self.scope, "certificate": self.certificate,
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
    cells (code strings importing from ``symbolic`` and ``proofs``).

    Examples
    ========

    >>> from proofs.claim import Claim, Outcome
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

    def run(self, quick: bool = True) -> Outcome:
        """Run the check; raise ``TypeError`` if it does not return an :class:`Outcome`."""
        outcome = self.check(quick)
        if not isinstance(outcome, Outcome):
            raise TypeError(f"claim {self.id}: check returned {type(outcome).__name__}, not an Outcome")
        return outcome

    def to_json(self) -> dict:
        """The claim's data (without its check), for ``--json`` and the index."""
        return {"id": self.id, "paper": self.paper, "label": self.label, "kind": self.kind,
                "statement": self.statement, "source": self.source, "uses": list(self.uses),
                "recorded": self.recorded, "notebook": self.notebook}

