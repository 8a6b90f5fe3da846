"""The built site in a real browser: Debian's Chromium driven by Python playwright (never ``playwright install``).

Builds the site (``dlnproof site --quick``), opens it from ``file://`` and checks that the math typesets with no KaTeX
error, that a graph node leads to its claim's page, that the ledger's filters and search reduce the rows, that the
findings page shows plots and witnesses, and that no page asks any network host for anything; screenshots are saved
(to ``$DLNPROOF_SCREENSHOTS`` if set, else the test's temporary directory).  Needs ``apt-get install -y chromium``
and ``pip install playwright``: locally the tests skip without them, on CI (``CI=true``) they fail.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from proofs.ledger import registry

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _need_browser():
    missing = []
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("Python playwright (pip install playwright; never `playwright install`)")
    if not Path(CHROMIUM).exists():
        missing.append(f"Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
    if missing:
        message = "browser tests need " + " and ".join(missing)
        if ON_CI:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    _need_browser()
    from proofs.cli.main import main

    out = tmp_path_factory.mktemp("site")
    assert main(["site", "--out", str(out), "--quick"]) == 0
    return out


@pytest.fixture(scope="module")
def browser():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.remote = []
    pg.on("request", lambda r: pg.remote.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    yield pg
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    target = os.environ.get("DLNPROOF_SCREENSHOTS")
    path = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _open(page, site: Path, rel: str):
    page.goto((site / rel).as_uri())
    page.wait_for_selector("body[data-math=done]", state="attached", timeout=60000)


@pytest.mark.parametrize("rel", ["index.html", "findings.html", "claims/local_min_not_global_of_three_layer_example.html",
                                 "claims/hessian_block_eq_of_squared_loss.html"])
def test_math_typesets_without_errors(site, page, rel):
    _open(page, site, rel)
    assert page.locator(".katex").count() > 0
    errors = [e.get_attribute("title") for e in page.locator(".katex-error").all()]
    assert errors == [], errors
    assert page.remote == [], f"{rel} asked the network for {page.remote}"


def test_every_claim_page_typesets_without_errors(site, page):
    bad = {}
    for c in registry.claims():
        _open(page, site, f"claims/{c.id}.html")
        n = page.locator(".katex-error").count()
        if n:
            bad[c.id] = n
    assert bad == {}
    assert page.remote == []


def test_clicking_a_graph_node_opens_its_claim(site, page, shots):
    _open(page, site, "graph.html")
    page.screenshot(path=str(shots / "graph.png"))
    claim = "local_min_not_global_of_three_layer_example"
    node = page.locator(f"#node-{claim}")
    node.scroll_into_view_if_needed()
    node.click()
    page.wait_for_url(f"**/claims/{claim}.html")
    page.wait_for_selector("body[data-math=done]", state="attached")
    assert page.locator(".claim-id code").first.inner_text() == claim
    assert page.locator("svg.plot").count() >= 1
    page.screenshot(path=str(shots / "claim.png"), full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": 1560})


def test_ledger_filters_and_search_reduce_rows(site, page, shots):
    _open(page, site, "index.html")
    rows = page.locator("tr.claim-row:not(.hidden)")
    total = len(registry.claims())
    assert rows.count() == total
    page.screenshot(path=str(shots / "ledger.png"))
    page.select_option("#filter-status", "refuted")
    refuted = sum(c.recorded == "refuted" for c in registry.claims())
    assert rows.count() == refuted == int(page.inner_text("#shown"))
    page.select_option("#filter-finding", "gap")
    assert 0 < rows.count() < refuted
    page.select_option("#filter-status", "")
    page.select_option("#filter-finding", "")
    page.fill("#search", "hessian")
    assert 0 < rows.count() < total
    assert all("hessian" in r.get_attribute("data-search") for r in rows.all())
    page.fill("#search", "")
    page.select_option("#filter-paper", "zhang-2019")
    assert rows.count() == sum(c.paper == "zhang-2019" for c in registry.claims())
    page.select_option("#filter-paper", "")
    page.click("th:has-text('status')")
    first = rows.first.get_attribute("data-status")
    page.click("th:has-text('status')")
    assert rows.first.get_attribute("data-status") != first


def test_findings_page_shows_plots_and_witnesses(site, page, shots):
    _open(page, site, "findings.html")
    sections = page.locator("section.finding")
    assert sections.count() == sum(c.recorded == "refuted" for c in registry.claims())
    assert page.locator("section.finding svg.plot").count() >= 1
    for section in sections.all():
        assert section.locator("svg.plot, .witness").count() >= 1, section.get_attribute("id")
    page.screenshot(path=str(shots / "findings.png"))
