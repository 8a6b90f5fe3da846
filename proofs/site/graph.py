r"""The dependency graph as clickable SVG, laid out here (no Graphviz): one cluster per paper.

Inside a paper's cluster a claim's layer is one more than the deepest claim of the same paper it uses; each layer is
a row (wrapped at :data:`ROW_NODES` nodes), ordered by the mean position of the claims it uses so that arrows stay
short.  Clusters are stacked in ledger order.  Each node is an ``<a>`` to the claim's page, its ``id`` is
``node-<claim id>`` and its colour the claim's status; an arrow goes from a claim to a claim that uses it.

Main definitions
----------------
* :func:`cluster_layout`, :func:`graph_svg`, :data:`STATUS_COLORS`.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from proofs.ledger.claim import PAPERS

__all__ = ["cluster_layout", "graph_svg", "STATUS_COLORS", "ROW_NODES"]

#: Node fill by status (the notebooks' colours).
STATUS_COLORS = {"confirmed": "#8fd18f", "refuted": "#f08080", "inconclusive": "#f5d76e", "error": "#bbbbbb"}

#: At most this many nodes in one row of a cluster.
ROW_NODES = 5
NODE_W, NODE_H, GAP_X, GAP_Y, PAD, HEAD = 200, 44, 16, 34, 18, 34


def _layers(members, by_id) -> dict[str, int]:
    inside = {c.id for c in members}
    layer: dict[str, int] = {}

    def depth(cid):
        if cid not in layer:
            uses = [u for u in by_id[cid].uses if u in inside]
            layer[cid] = 1 + max((depth(u) for u in uses), default=-1)
        return layer[cid]

    for c in members:
        depth(c.id)
    return layer


def cluster_layout(claims) -> tuple[dict, list, float, float]:
    """Node boxes ``{id: (x, y)}`` (top-left corners), clusters ``[(paper, x, y, w, h)]``, total width and height.

    Examples
    ========

    >>> from proofs.ledger.registry import claims
    >>> from proofs.site.graph import cluster_layout
    >>> pos, clusters, width, height = cluster_layout(claims())
    >>> len(pos) == len(claims()), [c[0] for c in clusters][:2]
    (True, ['laurent-vonbrecht-2018', 'kawaguchi-2016'])
    >>> cluster_layout(claims()) == (pos, clusters, width, height)
    True
    """
    claims = list(claims)
    by_id = {c.id: c for c in claims}
    order = {c.id: i for i, c in enumerate(claims)}
    pos: dict[str, tuple[float, float]] = {}
    clusters = []
    inner = ROW_NODES * NODE_W + (ROW_NODES - 1) * GAP_X
    y = PAD
    for paper in PAPERS:
        members = [c for c in claims if c.paper == paper]
        if not members:
            continue
        layer = _layers(members, by_id)
        rows: list[list[str]] = []
        slot: dict[str, float] = {}
        for level in range(max(layer.values()) + 1):
            ids = [c.id for c in members if layer[c.id] == level]

            def key(cid):
                xs = [slot[u] for u in by_id[cid].uses if u in slot]
                return (sum(xs) / len(xs) if xs else -1.0, order[cid])

            ids.sort(key=key)
            for start in range(0, len(ids), ROW_NODES):
                row = ids[start:start + ROW_NODES]
                rows.append(row)
                for i, cid in enumerate(row):
                    slot[cid] = i + (ROW_NODES - len(row)) / 2
        top = y
        y += HEAD
        for row in rows:
            offset = (ROW_NODES - len(row)) / 2
            for i, cid in enumerate(row):
                pos[cid] = (PAD * 2 + (i + offset) * (NODE_W + GAP_X), y)
            y += NODE_H + GAP_Y
        clusters.append((paper, PAD, top, inner + 2 * PAD, y - top - GAP_Y + PAD))
        y += 2 * PAD
    return pos, clusters, inner + 4 * PAD, y


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def graph_svg(claims, statuses: dict, href=lambda cid: f"claims/{cid}.html") -> Markup:
    """The graph as inline SVG; ``statuses`` maps claim ids to ``confirmed`` / ``refuted`` / ``inconclusive``.

    Examples
    ========

    >>> from proofs.ledger.registry import claims
    >>> from proofs.site.graph import graph_svg
    >>> svg = graph_svg(claims(), {c.id: c.recorded for c in claims()})
    >>> 'id="node-hessian_block_eq_of_squared_loss"' in svg and 'href="claims/hessian_block_eq_of_squared_loss.html"' in svg
    True
    """
    claims = list(claims)
    pos, clusters, width, height = cluster_layout(claims)
    by_id = {c.id: c for c in claims}
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" id="graph" viewBox="0 0 {width:.0f} {height:.0f}" '
           f'width="{width:.0f}" height="{height:.0f}">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>']
    for paper, x, y, w, h in clusters:
        out.append(f'<g class="cluster" id="cluster-{escape(paper)}"><rect x="{x}" y="{y}" width="{w}" height="{h}" '
                   f'rx="8"/><text x="{x + 10}" y="{y + 22}" class="cluster-title">{escape(paper)}: '
                   f'{escape(_short(PAPERS[paper], 90))}</text></g>')
    out.append('<g class="edges">')
    for c in claims:
        for u in c.uses:
            if u not in pos or c.id not in pos:
                continue
            (ux, uy), (vx, vy) = pos[u], pos[c.id]
            x1, y1 = ux + NODE_W / 2, uy + NODE_H
            x2, y2 = vx + NODE_W / 2, vy
            if vy <= uy:  # same row or upwards (another cluster): leave and enter from the side
                x1, y1 = ux + NODE_W, uy + NODE_H / 2
                x2, y2 = vx, vy + NODE_H / 2
            bend = max(30.0, abs(y2 - y1) / 2)
            across = " across" if by_id[u].paper != c.paper else ""
            out.append(f'<path class="edge{across}" data-from="{escape(u)}" data-to="{escape(c.id)}" '
                       f'd="M{x1:.1f},{y1:.1f} C{x1:.1f},{y1 + bend:.1f} {x2:.1f},{y2 - bend:.1f} {x2:.1f},{y2:.1f}" '
                       'marker-end="url(#arrow)"/>')
    out.append("</g>")
    for c in claims:
        x, y = pos[c.id]
        status = statuses.get(c.id, c.recorded)
        fill = STATUS_COLORS.get(status, "#ddd")
        out.append(f'<a class="node" id="node-{escape(c.id)}" href="{escape(href(c.id))}" data-status="{escape(status)}">'
                   f"<title>{escape(c.id)} ({escape(c.label)}): {escape(status)}</title>"
                   f'<rect x="{x:.1f}" y="{y:.1f}" width="{NODE_W}" height="{NODE_H}" rx="5" fill="{fill}"/>'
                   f'<text x="{x + NODE_W / 2:.1f}" y="{y + 17:.1f}" text-anchor="middle" class="node-label">'
                   f"{escape(_short(c.label, 28))}</text>"
                   f'<text x="{x + NODE_W / 2:.1f}" y="{y + 33:.1f}" text-anchor="middle" class="node-id">'
                   f"{escape(_short(c.id, 31))}</text></a>")
    out.append("</svg>")
    return Markup("".join(out))
