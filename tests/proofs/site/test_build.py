"""The built site: every claim has a page, nothing loads from the network, graph nodes and filters are wired."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from proofs.ledger import registry
from proofs.site.build import build_site, site_pages
from tests.proofs.site.helpers import ROOT, RUN, notebooks, outcomes

RESOURCE_TAGS = {"script": "src", "link": "href", "img": "src", "iframe": "src", "source": "src", "embed": "src",
                 "object": "data", "audio": "src", "video": "src"}


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(path: Path):
    parser = _Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.tags


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    written = build_site(out, registry.claims(), outcomes(), notebooks(), repo_root=ROOT)
    return out, written


def test_every_claim_has_a_page(site):
    out, written = site
    for c in registry.claims():
        assert f"claims/{c.id}.html" in written and (out / "claims" / f"{c.id}.html").is_file()
    for page in ("index.html", "graph.html", "findings.html", "static/katex/katex.min.js",
                 "static/katex/contrib/auto-render.min.js", "static/katex/LICENSE", "static/site.js"):
        assert (out / page).is_file(), page


def test_no_page_loads_anything_from_a_network_host(site):
    out, _ = site
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > len(registry.claims())
    for page in pages:
        for tag, attrs in tags(page):
            ref = attrs.get(RESOURCE_TAGS.get(tag, ""), "") or ""
            assert not re.match(r"^\s*(https?:)?//", ref), f"{page.name}: <{tag}> loads {ref}"
    for css in out.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")), css
        assert "@import" not in css.read_text(encoding="utf-8")


def test_local_links_and_resources_exist(site):
    out, _ = site
    for page in [out / "index.html", out / "findings.html", out / "graph.html",
                 *[out / "claims" / f"{i}.html" for i in RUN]]:
        for tag, attrs in tags(page):
            ref = attrs.get("href") or attrs.get("src")
            if not ref or ref.startswith(("data:", "#", "http")) or ref.endswith(".ipynb"):
                continue
            assert (page.parent / ref.split("#")[0]).resolve().exists(), f"{page.name}: {ref}"


def test_graph_nodes_link_to_claim_pages(site):
    out, _ = site
    nodes = [(a["id"], a["href"]) for tag, a in tags(out / "graph.html") if tag == "a" and "node" in a.get("class", "")]
    assert {n[len("node-"):] for n, _ in nodes} == {c.id for c in registry.claims()}
    for node, href in nodes:
        assert node[len("node-"):] in href and (out / href).is_file(), (node, href)


def test_ledger_filters_match_row_attributes(site):
    out, _ = site
    found = tags(out / "index.html")
    filters = [a["data-filter"] for tag, a in found if tag == "select" and "data-filter" in a]
    assert filters == ["paper", "status", "finding", "scope-kind"]
    rows = [a for tag, a in found if tag == "tr" and "claim-row" in a.get("class", "")]
    assert len(rows) == len(registry.claims())
    for row in rows:
        for name in filters + ["search", "id"]:
            assert f"data-{name}" in row, (row.get("data-id"), name)
    values = {name: {row[f"data-{name}"] for row in rows} for name in filters}
    assert {"confirmed", "refuted"} <= values["status"] and {"error", "misprint", "gap"} <= values["finding"]
    options = {a.get("value") for tag, a in found if tag == "option"}
    assert values["paper"] <= options and values["scope-kind"] <= options | {""}


def test_pages_show_the_certificate_and_the_checker(site):
    out, _ = site
    page = (out / "claims" / "local_min_not_global_of_three_layer_example.html").read_text(encoding="utf-8")
    assert "Witness" in page and "pmatrix" in page and "n_+, n_-, n_0" in page and "<svg" in page
    assert "What the checker verified" in page and "premises (2) and negation (1) verified" in page
    assert "Uses and used by" in page and "notebooks/nouiehed-razaviyayn-2018/" in page
    findings = (out / "findings.html").read_text(encoding="utf-8")
    assert findings.count('class="finding"') == sum(c.recorded == "refuted" for c in registry.claims())
    assert "slope 4 = the order" in findings


def test_same_claims_same_bytes():
    first = site_pages(registry.claims(), outcomes(), notebooks(), ROOT, ROOT / "site")
    second = site_pages(registry.claims(), outcomes(), notebooks(), ROOT, ROOT / "site")
    assert first == second
    assert not any(re.search(r"20\d\d-\d\d-\d\d[T ]\d\d:\d\d", text) for text in first.values())


def test_readme_shows_the_site_and_its_screenshots():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Blueprint site" in text and "dlnproof site --quick --out site" in text
    shots = re.findall(r"\]\((proofs/site/screenshots/[^)]+\.png)\)", text)
    assert len(shots) >= 2
    for shot in shots:
        path = ROOT / shot
        assert path.is_file() and path.stat().st_size < 300_000, shot
