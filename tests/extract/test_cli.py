"""The real ``policywatch extract`` command, on a file and on a URL."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from policywatch.cli import cli

SITE = Path(__file__).resolve().parents[2] / "policywatch" / "demo" / "site"


def test_extract_json_contract():
    result = CliRunner().invoke(cli, ["extract", str(SITE / "nordhost" / "personvern.html")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for key in ("title", "language", "stated_date", "sections", "text", "word_count"):
        assert key in data
    assert data["stated_date"]["value"] == "2018-07-01"
    assert set(data["stated_date"]) >= {"value", "precision", "kind", "snippet"}
    assert all(set(s) == {"level", "heading", "text"} for s in data["sections"])
    assert data["language"] == "nb"


def test_extract_markdown_prints_the_normalised_text():
    result = CliRunner().invoke(
        cli, ["extract", "--format", "markdown", str(SITE / "fusion" / "Fusion_Privacy_Policy.pdf")]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Fusion's Privacy Policy Statement")


def test_extract_from_a_url(local_site):
    # The demo site is on 127.0.0.1: a private address, fetched only when allowed.
    runner = CliRunner(env={"POLICYWATCH_ALLOW_NETWORKS": "127.0.0.0/8"})
    result = runner.invoke(cli, ["extract", local_site.url("/fusetools/privacy.html")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["stated_date"]["value"] == "2018-11-06"


def test_a_url_is_fetched_as_the_crawl_fetches_it(local_site):
    """The address guard, then robots.txt, as in the crawl (tests/test_edges_fetch.py has more)."""
    url = local_site.url("/fusetools/privacy.html")
    refused = CliRunner(env={"POLICYWATCH_ALLOW_NETWORKS": None}).invoke(cli, ["extract", url])
    assert refused.exit_code == 2
    assert "loopback address" in refused.output and "POLICYWATCH_ALLOW_NETWORKS" in refused.output
    assert local_site.requests == []  # not even robots.txt was asked for
    allowed = CliRunner(env={"POLICYWATCH_ALLOW_NETWORKS": "127.0.0.0/8"})
    disallowed = allowed.invoke(cli, ["extract", local_site.url("/internal/draft.html")])
    assert disallowed.exit_code == 2 and "robots.txt" in disallowed.output
    assert "/robots.txt" in local_site.requests
    assert "/internal/draft.html" not in local_site.requests


def test_missing_file_is_a_clear_error():
    result = CliRunner().invoke(cli, ["extract", "/nonexistent/policy.html"])
    assert result.exit_code != 0
    assert "no such file" in result.output


def test_corrupt_pdf_is_a_clear_error(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes((SITE / "fusion" / "Fusion_Privacy_Policy.pdf").read_bytes()[:1000])
    result = CliRunner().invoke(cli, ["extract", str(broken)])
    assert result.exit_code != 0
    assert "PDF" in result.output
