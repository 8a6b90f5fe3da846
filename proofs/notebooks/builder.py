"""Notebooks from the ledger, built by pure functions: same claims, same bytes.

One notebook per claim (or per group of claims that share a ``notebook``
path) and an index.  Each claim notebook shows the statement and where it
comes from (paper, label, the quoted sentence), the derivation cells the
claim carries, the check (quick scope), the certificate re-verified by the
separate checker, the assertion that the outcome equals the recorded one,
and a closing cell with the outcome and its scope.  The index has the ledger
table and the dependency graph (nodes colored by recorded status, a layered
layout computed here: no graphviz).

Reproducibility: cell ids are derived from the claim id and the cell index,
metadata holds only the kernelspec (no timestamps, no versions), there are no
outputs, and :func:`dumps` writes JSON with sorted keys and a trailing newline.

Main definitions
----------------
* :func:`claim_notebook`, :func:`index_notebook`, :func:`build_notebooks`, :func:`dumps`.
* :func:`layered_layout`, :func:`draw_dependency_graph`, :data:`STATUS_COLORS`.
"""

from __future__ import annotations

import hashlib
import json
import os

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from proofs.coverage.table import summary_markdown
from proofs.ledger.claim import FINDINGS, PAPERS, Claim

__all__ = ["claim_notebook", "index_notebook", "build_notebooks", "dumps", "cell_id", "layered_layout",
           "draw_dependency_graph", "STATUS_COLORS", "INDEX_PATH"]

INDEX_PATH = "notebooks/index.ipynb"

#: Node colors of the dependency graph, by status (blueprint-like).
STATUS_COLORS = {"confirmed": "#8fd18f", "refuted": "#f08080", "inconclusive": "#f5d76e"}

_KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}


def cell_id(owner: str, index: int) -> str:
    """A fixed cell id from the owner (claim id or ``index``) and the cell's index.

    Examples
    ========

    >>> from proofs.notebooks.builder import cell_id
    >>> cell_id("hessian_block_eq", 0) == cell_id("hessian_block_eq", 0), len(cell_id("x", 3))
    (True, 16)
    """
    return hashlib.sha256(f"{owner}:{index}".encode()).hexdigest()[:16]


class _Cells:
    """Accumulates cells with ids derived from an owner and a running index."""

    def __init__(self):
        self.cells = []
        self.counts: dict[str, int] = {}

    def _next(self, owner):
        i = self.counts.get(owner, 0)
        self.counts[owner] = i + 1
        return cell_id(owner, i)

    def md(self, owner, text):
        self.cells.append(new_markdown_cell(text.strip("\n"), id=self._next(owner)))

    def code(self, owner, text):
        self.cells.append(new_code_cell(text.strip("\n"), id=self._next(owner)))


def _notebook(cells) -> nbformat.NotebookNode:
    nb = new_notebook(cells=cells, metadata={"kernelspec": dict(_KERNELSPEC)})
    nbformat.validate(nb)
    return nb


def _relative(from_path: str, to_path: str) -> str:
    return os.path.relpath(to_path, os.path.dirname(from_path)).replace(os.sep, "/")


def _claim_cells(out: _Cells, claim: Claim, by_id: dict) -> None:
    c = claim.id
    quoted = "\n".join(f"> {line}" for line in claim.source.splitlines())
    uses = ", ".join(f"[`{u}`]({_relative(claim.notebook, by_id[u].notebook)})" if u in by_id else f"`{u}`"
                     for u in claim.uses) or "none"
    reading = f"\n**Reading.** {claim.full_reading}\n" if claim.full_reading else ""
    out.md(c, f"""
# {claim.label} ({claim.paper}): `{claim.id}`

*{PAPERS[claim.paper]}*, {claim.label} ({claim.kind}).

**Statement.** {claim.statement}
{reading}
**Checked against** (quoted from the paper's extracted text; formulas there are garbled, so the
statement above is re-derived):

{quoted}

**Uses:** {uses}. **Recorded outcome:** {claim.recorded_text}.
""")
    out.code(c, f"""
from proofs.ledger.registry import get

claim = get({claim.id!r})
print(claim.label, "-", claim.id)
""")
    if claim.cells:
        out.md(c, "## Derivation\n\nExact computations (ring elements and rationals; SymPy expressions only for display).")
        for text in claim.cells:
            out.code(c, text)
    out.md(c, "## The check\n\nThe claim's check in its quick scope (`dlnproof check --quick`); "
              "`dlnproof check` runs the full scope.")
    out.code(c, """
outcome = claim.run(quick=True)
print(outcome.status, f"({outcome.finding})" if outcome.finding else "")
print(outcome.scope)
if outcome.details:
    print(outcome.details)
""")
    out.md(c, "## Certificate\n\nThe separate checker (`symbolic/checker/`, Fractions only, no SymPy) "
              "recomputes the certificate from scratch.")
    out.code(c, """
from proofs.ledger.registry import verify_certificate

certificate = outcome.certificate
certificate_ok = certificate is not None and verify_certificate(certificate)
if certificate is not None:  # its kind and named parts (premises and negation of a refutation)
    from proofs.ledger.report import certificate_summary
    print("\\n".join(certificate_summary(certificate)))
print("certificate re-verified:", certificate_ok)
assert certificate_ok or outcome.status == "inconclusive"
""")
    out.code(c, """
# the computed outcome is the one recorded in the ledger
assert outcome.status == claim.recorded, (outcome.status, claim.recorded)
assert (outcome.finding or "") == claim.recorded_finding, (outcome.finding, claim.recorded_finding)
""")
    out.md(c, "## Outcome")
    out.code(c, """
print(f"{claim.id}: {outcome.status}")
print(f"scope: {outcome.scope}")
print(f"certificate re-verified: {certificate_ok}")
""")


def claim_notebook(claims) -> nbformat.NotebookNode:
    """The notebook of one claim, or of several claims sharing a notebook path.

    ``claims`` is a :class:`~proofs.ledger.claim.Claim` or a sequence of them; ``uses``
    links are resolved among the claims given plus any in ``by_id`` order.
    """
    group = [claims] if isinstance(claims, Claim) else list(claims)
    if not group or len({c.notebook for c in group}) != 1:
        raise ValueError("claim_notebook takes claims that share one notebook path")
    return _claim_notebook(group, {c.id: c for c in group})


def _claim_notebook(group, by_id) -> nbformat.NotebookNode:
    out = _Cells()
    for claim in group:
        _claim_cells(out, claim, by_id)
    return _notebook(out.cells)


def _table(claims) -> str:
    lines = ["| id | paper | label | kind | status | uses |", "| --- | --- | --- | --- | --- | --- |"]
    for c in claims:
        link = f"[`{c.id}`]({_relative(INDEX_PATH, c.notebook)})"
        uses = ", ".join(f"`{u}`" for u in c.uses) or ""
        lines.append(f"| {link} | {c.paper} | {c.label} | {c.kind} | {c.recorded_text} | {uses} |")
    return "\n".join(lines)


def index_notebook(claims) -> nbformat.NotebookNode:
    """The index: the ledger table (recorded statuses) and the dependency graph."""
    claims = list(claims)
    counts = {s: sum(c.recorded == s for c in claims) for s in STATUS_COLORS}
    findings = ", ".join(f"{n} {f}" for f, n in ((f, sum(c.recorded_finding == f for c in claims)) for f in FINDINGS)
                         if n)
    out = _Cells()
    out.md("index", f"""
# The claims ledger

{len(claims)} claims from {len({c.paper for c in claims})} papers: {counts['confirmed']} confirmed,
{counts['refuted']} refuted ({findings}), {counts['inconclusive']} inconclusive (the outcomes recorded from running each
check; `dlnproof check` reruns them). Each claim has its notebook; a universal statement is confirmed only
within the scope its notebook states.

{_table(claims)}
""")
    out.md("index", "## Coverage\n\nEvery numbered statement and asserted proof step of each paper, counted: covered by "
                    "claims, excluded with a reason (a definition, cited, ...), or missing (checkable, not yet in the "
                    "ledger); `dlnproof coverage --paper KEY` lists them with their lines in `../shared/papers/`.\n\n"
                    + summary_markdown(claims))
    out.md("index", "## Dependency graph\n\nAn arrow goes from a claim to a claim that uses it; "
                    "colors are the recorded outcomes (green confirmed, red refuted, yellow inconclusive).")
    out.code("index", """
import matplotlib.pyplot as plt

from proofs.ledger.registry import claims
from proofs.notebooks.builder import draw_dependency_graph

fig = draw_dependency_graph(claims())
plt.show()
""")
    return _notebook(out.cells)


WALKTHROUGH_PATH = "notebooks/classifier.ipynb"


def walkthrough_notebook(case_names) -> nbformat.NotebookNode:
    """The classifier walkthrough: each case classified, its certificate re-verified, its curves plotted."""
    out = _Cells()
    owner = "classifier_walkthrough"
    out.md(owner, """# `dlnproof classify`, case by case

Each case is a problem in the CLI's JSON format (`proofs/notebooks/classifier_walkthrough.py`). For each: the verdict, the
exact Hessian inertia, the certificate, the separate checker's re-verification (exact rational arithmetic only), and
the loss along each certificate curve $x(t) = x_0 + \\sum_p t^p C_p$ against $t$. A singular PSD Hessian never
proves a minimum, and straight lines are not enough: Peano's $f = (y - x^2)(y - 2x^2)$ is minimal at $0$ on every
line, yet decreases along $x = t,\\ y = 3t^2/2$.""")
    out.code(owner, """import json

import matplotlib.pyplot as plt

from proofs.notebooks.classifier_walkthrough import CASES, plot_certificate_curves
from symbolic.checker.verdicts import verify
from symbolic.landscape.classify import classify_json, objective_from_json""")
    out.code(owner, """# Peano along lines: the first nonzero Taylor coefficient is positive on every line tried
F, x0 = objective_from_json(CASES["Peano's f = (y - x^2)(y - 2x^2) at the origin"])
for v in [["1", "0"], ["0", "1"], ["1", "1"], ["1", "-3"], ["1/5", "1"], ["1", "1/100"]]:
    c = F.taylor(x0, [v], 4)
    first = next((m, str(cm)) for m, cm in enumerate(c) if cm != 0)
    print("direction", v, "-> first nonzero coefficient (order, value):", first)""")
    for name in case_names:
        out.md(owner, f"## {name}")
        out.code(owner, f"""problem = CASES[{name!r}]
result = classify_json(problem)
print("verdict:", result["verdict"], "| strict:", result["strict"], "| inertia:", result["hessian_inertia"])
print("certificate:", json.dumps(result["certificate"])[:400])
print("separate checker:", verify(problem, result))
if result["certificate"] and ("descent" in result["certificate"] or result["certificate"].get("kind") == "curve"):
    plot_certificate_curves(problem, result)
    plt.show()""")
    out.md(owner, "The same results come from `dlnproof classify FILE.json --json` with each problem saved as a file.")
    return _notebook(out.cells)


def dumps(nb) -> str:
    """The notebook's bytes: JSON, sorted keys, one-space indent, trailing newline."""
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def build_notebooks(claims) -> dict[str, str]:
    """Every notebook of the ledger: ``{relative path: text}``, index last."""
    claims = list(claims)
    by_id = {c.id: c for c in claims}
    groups: dict[str, list] = {}
    for c in claims:
        groups.setdefault(c.notebook, []).append(c)
    out = {path: dumps(_claim_notebook(group, by_id)) for path, group in groups.items()}
    from proofs.notebooks.classifier_walkthrough import CASES

    out[WALKTHROUGH_PATH] = dumps(walkthrough_notebook(list(CASES)))
    out[INDEX_PATH] = dumps(index_notebook(claims))
    return out


# -- the dependency graph ------------------------------------------------------------

def layered_layout(claims) -> dict[str, tuple[float, float]]:
    """Positions ``{id: (x, y)}``: a claim's layer is one more than the deepest claim it uses.

    Layer :math:`\\ell` is drawn at :math:`y = -\\ell`; within a layer, claims are
    ordered by the mean position of the claims they use (ledger order breaks
    ties) and centred on :math:`x = 0`.

    Examples
    ========

    >>> from proofs.ledger.registry import claims
    >>> from proofs.notebooks.builder import layered_layout
    >>> pos = layered_layout(claims())
    >>> pos["gradient_eq_closed_form_of_differentiable_loss"][1], pos["hessian_block_eq_of_squared_loss"][1]
    (0, -2)
    """
    claims = list(claims)
    by_id = {c.id: c for c in claims}
    order = {c.id: i for i, c in enumerate(claims)}
    layer: dict[str, int] = {}

    def depth(cid, seen=()):
        if cid in layer:
            return layer[cid]
        if cid in seen:
            raise ValueError(f"dependency cycle through {cid}")
        uses = [u for u in by_id[cid].uses if u in by_id]
        layer[cid] = 0 if not uses else 1 + max(depth(u, seen + (cid,)) for u in uses)
        return layer[cid]

    for c in claims:
        depth(c.id)
    pos: dict[str, tuple[float, float]] = {}
    for level in range(max(layer.values(), default=-1) + 1):
        members = [c.id for c in claims if layer[c.id] == level]

        def key(cid):
            xs = [pos[u][0] for u in by_id[cid].uses if u in pos]
            return (sum(xs) / len(xs) if xs else 0.0, order[cid])

        members.sort(key=key)
        width = len(members)
        for i, cid in enumerate(members):
            pos[cid] = (i - (width - 1) / 2, -level)
    return pos


def draw_dependency_graph(claims, ax=None):
    """Draw the ledger's dependency graph with matplotlib; return the figure."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    claims = list(claims)
    pos = layered_layout(claims)
    layers = {y for _, y in pos.values()}
    widest = max((sum(1 for p in pos.values() if p[1] == y) for y in layers), default=1)
    if ax is None:
        fig, ax = plt.subplots(figsize=(max(6.0, 3.2 * widest), 1.0 + 1.6 * max(len(layers), 1)))
    else:
        fig = ax.figure
    for c in claims:
        for u in c.uses:
            if u in pos:
                ax.annotate("", xy=pos[c.id], xytext=pos[u],
                            arrowprops={"arrowstyle": "-|>", "color": "0.35", "shrinkA": 18, "shrinkB": 18})
    for c in claims:
        x, y = pos[c.id]
        ax.text(x, y, f"{c.paper}\n{c.label}\n{c.id}", ha="center", va="center", fontsize=7,
                bbox={"boxstyle": "round,pad=0.4", "facecolor": STATUS_COLORS[c.recorded], "edgecolor": "0.3"})
    xs = [p[0] for p in pos.values()] or [0]
    ys = [p[1] for p in pos.values()] or [0]
    ax.set_xlim(min(xs) - 0.9, max(xs) + 0.9)
    ax.set_ylim(min(ys) - 0.7, max(ys) + 0.7)
    ax.axis("off")
    ax.legend(handles=[Patch(facecolor=col, edgecolor="0.3", label=s) for s, col in STATUS_COLORS.items()],
              loc="lower right", fontsize=7, frameon=False)
    return fig
