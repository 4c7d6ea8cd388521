"""``vendors discover``, ``vendors add --domain`` and ``vendors sync`` with ``domain:``,
run as the real command against real sites served on loopback addresses."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from benchmarks.sites import Site, SiteServer
from tests.conftest import run_cli
from tests.discover import sites

pytestmark = pytest.mark.slow
DECOY_PATHS = (
    "/blog/how-we-think-about-privacy",
    "/account/privacy-settings",
    "/downloads/acme-security-and-privacy.pdf",
)


def serve(site: Site, host: str) -> Iterator[SiteServer]:
    with SiteServer(site, host=host) as server:
        yield server


@pytest.fixture(scope="module")
def acme() -> Iterator[SiteServer]:
    yield from serve(sites.acme_site(), "127.0.0.2")


@pytest.fixture(scope="module")
def fjordsoft() -> Iterator[SiteServer]:
    yield from serve(sites.fjordsoft_site(), "127.0.0.3")


@pytest.fixture(scope="module")
def decoys() -> Iterator[SiteServer]:
    yield from serve(sites.decoys_only_site(), "127.0.0.4")


@pytest.fixture
def movers() -> Iterator[SiteServer]:
    yield from serve(sites.moving_site(None), "127.0.0.5")


def found(server: SiteServer, output: str) -> dict[str, str]:
    documents = json.loads(output)["documents"]
    return {d["type"]: d["url"].removeprefix(server.base_url) for d in documents}


def one_line(result) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_english_site_every_document_no_decoy_robots_obeyed(acme):
    result = run_cli("vendors", "discover", acme.base_url, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert found(acme, result.stdout) == acme.site.truth
    every_url = result.stdout
    for decoy in DECOY_PATHS:
        assert acme.url(decoy) not in every_url
    assert not any(path.startswith("/internal/") for path in acme.requests)  # robots.txt
    for document in json.loads(result.stdout)["documents"]:
        assert 0.5 <= document["confidence"] <= 1 and document["evidence"]


def test_norwegian_site_as_a_table(fjordsoft):
    result = run_cli("vendors", "discover", fjordsoft.base_url)
    assert result.returncode == 0, result.stderr
    for doc_type, path in fjordsoft.site.truth.items():
        line = next(line for line in result.stdout.splitlines() if fjordsoft.url(path) in line)
        assert line.split()[0] == doc_type
    assert "brosjyre" not in result.stdout and "personverninnstillinger" not in result.stdout


def test_a_site_with_only_decoys_has_no_documents(decoys, tmp_path):
    result = run_cli("vendors", "add", "Acme", "--domain", decoys.base_url, "--yes",
                     "--db", str(tmp_path / "p.db"))  # fmt: skip
    assert result.returncode == 1
    assert one_line(result).startswith(f"Error: no legal page found on {decoys.base_url}/")
    assert not (tmp_path / "p.db").exists()
    # The blog post was read and rejected by its own text (the settings page and
    # the brochure already by the words of their links).
    assert "/blog/how-we-think-about-privacy" in decoys.requests


def test_a_moved_privacy_page_is_found_at_its_new_address(movers):
    """What rediscovery will ask: the best privacy policy on this domain now."""

    def privacy() -> dict[str, str]:
        result = run_cli(
            "vendors", "discover", movers.base_url, "--type", "privacy_policy", "--format", "json"
        )
        assert result.returncode == 0, result.stderr
        return found(movers, result.stdout)

    assert privacy() == {"privacy_policy": "/privacy"}
    movers.site.routes = sites.moving_site("home").routes  # old URL -> home page
    assert privacy() == {"privacy_policy": "/legal/privacy-notice"}
    # 410 at the old URL, a footer still pointing there: the sitemap has the new one.
    movers.site.routes = sites.moving_site("gone", footer_updated=False).routes
    movers.requests.clear()
    assert privacy() == {"privacy_policy": "/legal/privacy-notice"}
    assert "/privacy" in movers.requests


def test_unreachable_sites_get_one_line_and_exit_1():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    refused = run_cli("vendors", "discover", f"http://127.0.0.1:{port}/")
    assert refused.returncode == 1
    assert "refused the connection" in one_line(refused)
    unknown = run_cli("vendors", "discover", "no-such-vendor.invalid")
    assert unknown.returncode == 1
    assert "does not resolve" in one_line(unknown)


def test_loopback_is_refused_unless_allowed(acme):
    result = run_cli("vendors", "discover", acme.base_url, env={"POLICYWATCH_ALLOW_NETWORKS": ""})
    assert result.returncode == 1
    assert "loopback" in one_line(result) and "allow_networks" in result.stderr


def test_bad_input_is_a_usage_error():
    result = run_cli("vendors", "discover", "not a domain")
    assert result.returncode == 2
    assert "'not a domain' is not a domain" in one_line(result)
    result = run_cli("vendors", "discover", "http://[::1")
    assert result.returncode == 2
    assert "'http://[::1' is not a valid web address" in one_line(result)
    result = run_cli("vendors", "add", "Acme")
    assert result.returncode == 2 and "--domain" in one_line(result)


def test_add_shows_then_adds_on_confirmation(fjordsoft, tmp_path):
    db = tmp_path / "p.db"
    declined = run_cli("vendors", "add", "Fjordsoft", "--domain", fjordsoft.base_url,
                       "--db", str(db), input_text="n\n")  # fmt: skip
    assert declined.returncode == 0 and "Nothing added." in declined.stdout
    assert not db.exists()
    added = run_cli("vendors", "add", "Fjordsoft", "--domain", fjordsoft.base_url,
                    "--db", str(db), "--yes")  # fmt: skip
    assert added.returncode == 0, added.stderr
    rows = sqlite_utils.Database(db).query(
        "select v.slug, v.domain, d.doc_type, d.url from documents d join vendors v"
        " on v.id = d.vendor_id"
    )
    stored = {r["doc_type"]: r["url"].removeprefix(fjordsoft.base_url) for r in rows}
    assert stored == fjordsoft.site.truth
    assert {r["domain"] for r in sqlite_utils.Database(db)["vendors"].rows} == {fjordsoft.base_url}


def test_sync_discovers_vendors_given_by_domain_once(fjordsoft, acme, decoys, tmp_path: Path):
    db = tmp_path / "p.db"
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(
        "vendors:\n"
        f"  - name: Fjordsoft\n    domain: {fjordsoft.base_url}\n"
        f"  - name: Acme\n    domain: {acme.base_url}\n"
        f"    documents:\n      - url: {acme.url('/legal/terms')}\n        type: terms\n"
        f"  - name: Nothing Here\n    domain: {decoys.base_url}\n",
        encoding="utf-8",
    )
    first = run_cli("vendors", "sync", str(vendors), "--db", str(db))
    assert first.returncode == 1
    line = vendors.read_text().splitlines().index("  - name: Nothing Here") + 1
    assert f"{vendors}:{line}: vendor 'Nothing Here': no legal page found" in first.stderr
    assert "Traceback" not in first.stderr

    def documents() -> dict[str, set[str]]:
        rows = sqlite_utils.Database(db).query(
            "select v.slug, d.url from vendors v left join documents d on d.vendor_id = v.id"
            " and d.active = 1"
        )
        by_vendor: dict[str, set[str]] = {}
        for r in rows:
            by_vendor.setdefault(r["slug"], set()).update([r["url"]] if r["url"] else [])
        return by_vendor

    expected = {
        "fjordsoft": {fjordsoft.url(p) for p in fjordsoft.site.truth.values()},
        "acme": {acme.url("/legal/terms")},  # listed documents: no discovery
        "nothing-here": set(),
    }
    assert documents() == expected
    asked = len(fjordsoft.requests)
    vendors.write_text(vendors.read_text().replace("  - name: Nothing Here\n", "").replace(
        f"    domain: {decoys.base_url}\n", ""))  # fmt: skip
    second = run_cli("vendors", "sync", str(vendors), "--db", str(db))
    assert second.returncode == 0, second.stderr
    assert len(fjordsoft.requests) == asked  # found once; kept since
    assert documents()["fjordsoft"] == expected["fjordsoft"]
