"""The comparison matrix inside Datasette: its frame, columns, sentences, exports, canned query."""

from __future__ import annotations

import csv
import io

from tests.web.conftest import HOSTILE_NAME, Client


def test_compare_page_is_a_datasette_page_with_sentences(client: Client) -> None:
    response = client.get("/-/policywatch/compare?vendors=faveo,connectmyapps")
    assert response.status_code == 200
    html = response.text
    # Datasette's frame: its header/navigation and our breadcrumbs.
    assert 'class="crumbs"' in html and "/-/policywatch/compare" in html
    assert "policywatch.css" in html
    # Columns: vendor names (not slugs alone), document type, version, stated date, links.
    assert "Faveo" in html and "ConnectMyApps" in html
    assert "/-/policywatch/vendor/faveo" in html and "/-/policywatch/document/" in html
    assert "version " in html and ("states " in html)
    assert "180 dager" in html  # Faveo's retention after the demo's edit
    assert "ISO 27001" in html
    # Topics are sentences in quotes, never "matched:" keyword lists.
    assert "<blockquote>" in html and "matched:" not in html
    assert "format=csv" in html and "format=json" in html


def test_compare_page_exports_csv_and_json(client: Client) -> None:
    data = client.get("/-/policywatch/compare?vendors=faveo,nordhost&format=json").json()
    assert data["vendors"] == ["faveo", "nordhost"]
    rows = {r["id"]: r for r in data["rows"]}
    assert rows["sale"]["cells"]["faveo"]["status"] == "no"
    assert rows["sale"]["cells"]["nordhost"]["status"] == "not_stated"
    covered = [
        c
        for r in data["rows"]
        if r["group"] == "topic"
        for c in r["cells"].values()
        if c["status"] == "covered"
    ]
    assert covered and all(c["values"] and c["evidence"] for c in covered)
    response = client.get("/-/policywatch/compare?vendors=faveo,nordhost&format=csv")
    assert response.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(response.text)))
    assert table[0] == ["row", "label", "faveo", "nordhost"]
    assert any(r[0] == "topic:retention" for r in table)


def test_compare_page_escapes_vendor_names(client: Client) -> None:
    html = client.get("/-/policywatch/compare?vendors=acme,faveo").text
    assert HOSTILE_NAME not in html  # shown, but escaped
    assert "Acme &lt;script&gt;" in html


def test_compare_page_with_an_unknown_vendor_lists_the_known_ones(client: Client) -> None:
    html = client.get("/-/policywatch/compare?vendors=nosuchvendor,<b>x</b>").text
    assert "nosuchvendor" in html and "faveo" in html and "<form" in html
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_compare_canned_query_separates_not_stated_from_no(client: Client) -> None:
    rows = client.get(
        "/policywatch/compare_vendors.json?_shape=array&vendors=faveo,nordhost&doc_type="
    ).json()
    by_vendor = {r["vendor"]: r for r in rows}
    assert by_vendor["faveo"]["sells_data"] == "no"
    assert by_vendor["nordhost"]["sells_data"] == "not stated"
