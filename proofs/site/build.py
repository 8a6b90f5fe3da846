"""The blueprint site: a static, offline set of pages generated from the claims and their outcomes.

Pages: ``index.html`` (the ledger: a searchable, sortable table with filters by paper, status, finding and scope
kind), ``claims/<id>.html`` (one per claim: the paper's sentence, the statement, status, reading, finding, scope,
details, derivation, the certificate rendered, what the checker verified, uses and used-by, the notebook section),
``graph.html`` (the dependency graph, :mod:`proofs.site.graph`), ``findings.html`` (every refutation with its
paper text, counterexample and plot), ``certificates/<id>.json`` and ``static/`` (CSS, the small vanilla script,
KaTeX's dist with its licence).  Nothing is loaded from a network host; the same claims and outcomes give the same
bytes (no timestamps, no timings).

Main definitions
----------------
* :func:`build_site`, :func:`site_pages`, :data:`STATIC`.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from proofs.ledger.claim import PAPERS, SCOPE_KINDS, STATUSES, FINDINGS, Outcome
from proofs.ledger.report import FINDING_TEXT, certificate_summary
from proofs.site.certificate import certificate_html, checked_parts, data_html, find_curves, parts_html
from proofs.site.graph import STATUS_COLORS, graph_svg
from proofs.site.notebook_html import cells_html, claim_cells
from proofs.site.plot import loglog_svg, loss_along_curve

__all__ = ["build_site", "site_pages", "STATIC", "TEMPLATES"]

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
#: Certificates larger than this (characters of JSON) are linked, not inlined as JSON.
INLINE_JSON = 20000
#: At most this many plots on one page.
MAX_PLOTS = 3


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(PAPERS=PAPERS, STATUS_COLORS=STATUS_COLORS, FINDING_TEXT=FINDING_TEXT)
    return env


def _plots(cert) -> list[Markup]:
    plots = []
    for problem, curve in find_curves(cert):
        if len(plots) == MAX_PLOTS:
            break
        try:
            points = loss_along_curve(problem, curve)
        except (KeyError, IndexError, TypeError, ValueError, ZeroDivisionError):
            continue  # a curve of another shape (not a network's weights): no plot
        order = int(curve["order"])
        way = "decreases" if points and points[-1][1] < 0 else "increases"
        dims = ", ".join(str(d) for d in problem.get("dims", []))
        svg = loglog_svg(points, order, f"dims ({dims}): L {way} along the curve; slope {order} = the order")
        if svg and svg not in plots:
            plots.append(svg)
    return plots


def _record(claim, outcome, by_id, used_by) -> dict:
    """Everything a template needs about one claim."""
    error = outcome if isinstance(outcome, str) else None
    o = outcome if isinstance(outcome, Outcome) else None
    status = o.status if o else "error"
    cert = o.certificate if o else None
    cert_json = json.dumps(cert, indent=1, ensure_ascii=False) if cert is not None else ""
    return {
        "claim": claim, "id": claim.id, "status": status, "error": error, "outcome": o,
        "finding": (o.finding or "") if o else "", "scope_kind": (o.scope_kind or "") if o else "",
        "scope": o.scope if o else "", "details": o.details if o else "",
        "certificate_ok": o.certificate_ok if o else None,
        "uses": [by_id[u] for u in claim.uses if u in by_id], "used_by": [by_id[u] for u in used_by if u in by_id],
        "cert": cert, "cert_json": cert_json if len(cert_json) <= INLINE_JSON else "",
        "cert_size": len(cert_json), "summary": certificate_summary(cert) if cert is not None else [],
    }


def _relative(path: str, root: Path | None, page_dir: Path | None) -> str:
    """The link from a page in ``page_dir`` to ``root/path`` (empty without both)."""
    if root is None or page_dir is None:
        return ""
    return os.path.relpath(root / path, page_dir).replace(os.sep, "/")


def site_pages(claims, outcomes: dict, notebooks: dict | None = None, repo_root: Path | None = None,
               out: Path | None = None) -> dict[str, str | bytes]:
    """Every generated page: ``{relative path: text}`` (static files excluded).

    ``outcomes`` maps claim ids to :class:`~proofs.ledger.claim.Outcome` (or an error string); ``notebooks`` maps
    notebook paths to notebook objects (generated, or executed) whose cells the claim pages show; ``repo_root``
    (with ``out``) makes the notebook paths links.
    """
    from proofs.ledger.registry import claims as registry_claims, used_by as registry_used_by

    claims = list(claims)
    by_id = {c.id: c for c in claims}
    ids = set(by_id)
    registered = {c.id: c for c in registry_claims()}
    users = {c.id: [u for u in (registry_used_by(c.id) if registered.get(c.id) is c else
                                [d.id for d in claims if c.id in d.uses]) if u in ids] for c in claims}
    records = [_record(c, outcomes.get(c.id, "not run"), by_id, users[c.id]) for c in claims]
    env = _environment()
    pages: dict[str, str | bytes] = {}
    common = {"papers": [p for p in PAPERS if any(c.paper == p for c in claims)], "statuses": STATUSES,
              "finding_kinds": FINDINGS, "scope_kinds": SCOPE_KINDS}
    counts = {s: sum(r["status"] == s for r in records) for s in (*STATUSES, "error")}
    pages["index.html"] = env.get_template("index.html").render(root="", title="The claims ledger", records=records,
                                                                counts=counts, **common)
    statuses = {r["id"]: r["status"] for r in records}
    pages["graph.html"] = env.get_template("graph.html").render(
        root="", title="Dependency graph", svg=graph_svg(claims, statuses), counts=counts, **common)
    findings = []
    for r in records:
        if r["status"] != "refuted":
            continue
        cert = r["cert"] or {}
        findings.append({**r, "witness": data_html(cert.get("witness")),
                         "negation": parts_html("Negation (the witness violates the conclusion)", cert.get("negation")),
                         "plots": _plots(cert)})
    pages["findings.html"] = env.get_template("findings.html").render(root="", title="Findings", findings=findings,
                                                                      **common)
    claim_template = env.get_template("claim.html")
    for r in records:
        claim = r["claim"]
        nb = (notebooks or {}).get(claim.notebook)
        section = cells_html(claim_cells(nb, claim.id)) if nb is not None else Markup("")
        pages[f"claims/{claim.id}.html"] = claim_template.render(
            root="../", title=f"{claim.label}: {claim.id}", r=r, certificate=certificate_html(r["cert"]),
            checked=checked_parts(r["cert"]), plots=_plots(r["cert"]), notebook_cells=section,
            notebook_link=_relative(claim.notebook, repo_root, out / "claims" if out is not None else None),
            derivation=cells_html([{"cell_type": "code", "source": text} for text in claim.cells]), **common)
        if r["cert"] is not None:
            pages[f"certificates/{claim.id}.json"] = json.dumps(r["cert"], indent=1, ensure_ascii=False) + "\n"
    return pages


def build_site(out, claims, outcomes: dict, notebooks: dict | None = None, repo_root: Path | None = None) -> list[str]:
    """Write the site under ``out`` (created; previous pages replaced); return the written paths, sorted."""
    out = Path(out).resolve()
    pages = site_pages(claims, outcomes, notebooks, repo_root, out)
    for sub in ("claims", "certificates", "static"):
        if (out / sub).is_dir():
            shutil.rmtree(out / sub)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for rel, text in sorted(pages.items()):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8") if isinstance(text, str) else path.write_bytes(text)
        written.append(rel)
    for src in sorted(STATIC.rglob("*")):
        if src.is_file():
            rel = src.relative_to(HERE).as_posix()
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, out / rel)
            written.append(rel)
    return sorted(written)
