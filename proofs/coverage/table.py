"""The coverage table of a paper: each numbered statement with the claims that check it, or why none does.

A paper's statements are data (``proofs/papers/<paper>/coverage.py`` defines ``STATEMENTS``, a tuple of
:class:`Statement` in the order of the text): the label as printed, the line range, one line saying what it asserts,
and either explicit claim ids, or an exclusion reason from :data:`REASONS`, or neither.  The claims covering a
statement are the explicit ones, else the paper's claims whose location touches its lines (a quote with ``[...]``
touches only its first and last line, so a quote from a theorem to the end of its proof does not cover what lies
between).  A statement with no claim and no reason is **missing**: checkable, and not yet in the ledger.

Main definitions
----------------
* :class:`Statement`, :data:`REASONS`, :data:`COVERAGE_MODULES`, :func:`statements`.
* :class:`Row`, :func:`coverage_rows`, :func:`problems`, :func:`summary`, :func:`summary_markdown`,
  :func:`readme_with_counts`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from proofs.ledger.claim import PAPERS, Claim

__all__ = ["REASONS", "Statement", "COVERAGE_MODULES", "statements", "Row", "coverage_rows", "summary",
           "summary_markdown", "problems", "touched_lines", "span", "README_BEGIN", "README_END", "readme_with_counts"]

#: Why a statement has no entry (the fixed vocabulary; a statement's ``excluded`` is one of these keys).
REASONS = {
    "definition": "a definition or notation: nothing is asserted",
    "cited": "cited from another paper (checked there, or outside the five papers)",
    "restated": "restates or summarizes statements listed elsewhere in this table",
    "dynamics": "about (S)GD dynamics, rates or constants of an algorithm, not checkable exactly",
    "informal": "informal or motivational: no precise mathematical content",
    "standard": "a standard fact of calculus or linear algebra, not specific to the paper (triangle inequality, "
                "a critical point of a convex function is a minimum, ...)",
    "not extracted": "not in the extracted text (appendix not included, or the formula is lost)",
}


@dataclass(frozen=True)
class Statement:
    """One numbered statement or asserted proof step, as the paper prints it.

    ``label`` as printed (``"Theorem 2.3 (ii)"``, ``"Proof of Lemma 1, identity (1)"``); ``lines`` its line range
    (``"L120-L124"``); ``says`` one line; ``claims`` explicit claim ids (``None``: computed from the claims'
    locations; ``()``: none, even where a claim's location touches these lines, e.g. another sentence of the same
    line); ``excluded`` a key of :data:`REASONS` (with no claims).

    Examples
    ========

    >>> from proofs.coverage.table import Statement
    >>> Statement("Lemma 1", "L3-L4", "a lemma", excluded="obvious")
    Traceback (most recent call last):
    ...
    ValueError: Lemma 1 (L3-L4): excluded 'obvious' is not one of definition, cited, restated, dynamics, informal, standard, not extracted
    """

    label: str
    lines: str
    says: str
    claims: tuple[str, ...] | None = None
    excluded: str = ""

    def __post_init__(self):
        from proofs.coverage.texts import parse_location

        parse_location(self.lines)
        if not self.label.strip() or not self.says.strip():
            raise ValueError(f"a statement has a label and says what it asserts; got {self.label!r} ({self.lines})")
        if self.excluded and self.excluded not in REASONS:
            raise ValueError(f"{self.label} ({self.lines}): excluded {self.excluded!r} is not one of "
                             f"{', '.join(REASONS)}")
        if self.claims is not None:
            if isinstance(self.claims, str) or not all(isinstance(i, str) for i in self.claims):
                raise TypeError(f"{self.label} ({self.lines}): claims is a tuple of claim ids (or None)")
            object.__setattr__(self, "claims", tuple(self.claims))
            if self.excluded and self.claims:
                raise ValueError(f"{self.label} ({self.lines}): a statement has claims or an exclusion, not both")


#: Paper key -> the module holding its ``STATEMENTS``.
COVERAGE_MODULES = {paper: f"proofs.papers.{paper.replace('-', '_')}.coverage" for paper in PAPERS}


def statements(paper: str) -> tuple[Statement, ...]:
    """The paper's statements (``STATEMENTS`` of its coverage module)."""
    if paper not in COVERAGE_MODULES:
        raise ValueError(f"unknown paper key {paper!r}; use one of {', '.join(PAPERS)}")
    found = getattr(importlib.import_module(COVERAGE_MODULES[paper]), "STATEMENTS", None)
    if not isinstance(found, tuple) or not all(isinstance(s, Statement) for s in found):
        raise TypeError(f"{COVERAGE_MODULES[paper]} must define STATEMENTS, a tuple of Statement")
    return found


def span(location: str) -> tuple[int, int]:
    """``"L3-L5"`` -> ``(3, 5)``."""
    from proofs.coverage.texts import parse_location

    return parse_location(location)


def touched_lines(claim: Claim) -> tuple[tuple[int, int], ...]:
    """The line ranges a claim's quote touches: its whole location, or with ``[...]`` only the first and last line.

    Examples
    ========

    >>> from proofs.coverage.table import touched_lines
    >>> from proofs.ledger.claim import Claim
    >>> c = Claim(id="a", paper="zhang-2019", label="Lemma 1", kind="lemma", statement="s",
    ...           source="Lemma 1. If [...] the end.", check=print, recorded="confirmed", location="L10-L40")
    >>> touched_lines(c)
    ((10, 10), (40, 40))
    """
    if not claim.location:
        return ()
    first, last = span(claim.location)
    if "[...]" in claim.source:
        return ((first, first), (last, last))
    return ((first, last),)


@dataclass(frozen=True)
class Row:
    """A statement with its status: ``covered`` (``claims``), ``excluded`` (``reason``) or ``missing``."""

    paper: str
    statement: Statement
    status: str
    claims: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        return self.statement.excluded if self.status == "excluded" else ""

    def to_json(self) -> dict:
        s = self.statement
        return {"paper": self.paper, "label": s.label, "lines": s.lines, "says": s.says, "status": self.status,
                "claims": list(self.claims), "reason": self.reason or None,
                "reason_text": REASONS.get(self.reason) if self.reason else None}


def coverage_rows(paper: str, claims) -> tuple[Row, ...]:
    """The paper's coverage table against these claims (the ledger's, usually), in the order of the text's lines."""
    mine = [c for c in claims if c.paper == paper]
    ids = {c.id for c in claims}
    out = []
    for s in statements(paper):
        if s.claims is not None:  # explicit ids, as far as they are among these claims (see problems())
            covering = tuple(i for i in s.claims if i in ids)
        else:
            a, b = span(s.lines)
            covering = tuple(c.id for c in mine if any(x <= b and a <= y for x, y in touched_lines(c)))
        if covering:
            out.append(Row(paper, s, "covered", tuple(covering)))
        elif s.excluded:
            out.append(Row(paper, s, "excluded"))
        else:
            out.append(Row(paper, s, "missing"))
    return tuple(sorted(out, key=lambda r: span(r.statement.lines)))  # in the order of the text's lines


def problems(claims) -> list[str]:
    """What is inconsistent between the statements and the claims: explicit ids not in the ledger, claims that cover
    no statement.  Empty when the tables are sound (a test asserts it)."""
    out = []
    ids = {c.id for c in claims}
    for paper in PAPERS:
        rows = coverage_rows(paper, claims)
        for s in statements(paper):
            for i in s.claims or ():
                if i not in ids:
                    out.append(f"{paper} {s.label} ({s.lines}) names {i}, which is not in the ledger")
        attached = {i for r in rows for i in r.claims}
        for c in claims:
            if c.paper == paper and c.id not in attached:
                where = c.location or "no location"
                out.append(f"claim {c.id} ({paper}, {c.label}, {where}) covers no statement of "
                           f"{COVERAGE_MODULES[paper]}: give it a location (`python -m proofs.coverage locate --claim "
                           f"{c.id}`) inside a statement's lines, or name it in that statement's claims")
    return out


def summary(rows) -> dict:
    """Counts: ``statements``, ``covered``, ``excluded``, ``missing``."""
    rows = tuple(rows)
    return {"statements": len(rows), **{k: sum(r.status == k for r in rows) for k in ("covered", "excluded", "missing")}}


def summary_markdown(claims) -> str:
    """A Markdown table of the counts per paper (for the README and the notebooks' index)."""
    lines = ["| paper | statements | covered | excluded | missing |", "| --- | --- | --- | --- | --- |"]
    total = {"statements": 0, "covered": 0, "excluded": 0, "missing": 0}
    for paper in PAPERS:
        n = summary(coverage_rows(paper, claims))
        total = {k: total[k] + n[k] for k in total}
        lines.append(f"| {paper} | {n['statements']} | {n['covered']} | {n['excluded']} | {n['missing']} |")
    lines.append(f"| all | {total['statements']} | {total['covered']} | {total['excluded']} | {total['missing']} |")
    return "\n".join(lines)


#: The markers around the counts table in the README's Coverage section.
README_BEGIN, README_END = "<!-- coverage:begin -->", "<!-- coverage:end -->"


def readme_with_counts(text: str, claims) -> str:
    """The README text with the counts table between :data:`README_BEGIN` and :data:`README_END` regenerated.

    Examples
    ========

    >>> from proofs.coverage.table import readme_with_counts
    >>> readme_with_counts("no markers here", [])
    Traceback (most recent call last):
    ...
    ValueError: the README has no coverage block: put the lines <!-- coverage:begin --> and <!-- coverage:end --> in its Coverage section
    """
    start, end = text.find(README_BEGIN), text.find(README_END)
    if start == -1 or end < start:
        raise ValueError(f"the README has no coverage block: put the lines {README_BEGIN} and {README_END} in its "
                         "Coverage section")
    return text[:start] + README_BEGIN + "\n" + summary_markdown(claims) + "\n" + text[end:]
