"""The dependency graph's layout: clusters per paper, no overlapping nodes, arrows only along ``uses``."""

from __future__ import annotations

import re

from proofs.ledger import registry
from proofs.site.graph import NODE_H, NODE_W, cluster_layout, graph_svg


def test_nodes_do_not_overlap_and_sit_in_their_paper_cluster():
    claims = registry.claims()
    pos, clusters, width, height = cluster_layout(claims)
    boxes = sorted(pos.values())
    for (x1, y1), (x2, y2) in zip(boxes, boxes[1:]):
        assert not (abs(x1 - x2) < NODE_W and abs(y1 - y2) < NODE_H)
    frame = {paper: (x, y, w, h) for paper, x, y, w, h in clusters}
    for c in claims:
        x, y, w, h = frame[c.paper]
        px, py = pos[c.id]
        assert x <= px and px + NODE_W <= x + w and y <= py and py + NODE_H <= y + h
        assert px + NODE_W <= width and py + NODE_H <= height


def test_an_arrow_per_use_and_a_coloured_link_per_claim():
    claims = registry.claims()
    svg = graph_svg(claims, {c.id: c.recorded for c in claims})
    edges = set(re.findall(r'data-from="([^"]+)" data-to="([^"]+)"', svg))
    assert edges == {(u, c.id) for c in claims for u in c.uses}
    assert svg.count('class="node"') == len(claims)
    assert 'data-status="refuted"' in svg and "#f08080" in svg
