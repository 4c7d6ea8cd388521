"""The comparison matrix inside Datasette: a page with evidence and a canned query."""

from __future__ import annotations

from tests.web.conftest import Client


def test_compare_page_shows_the_matrix_with_evidence(client: Client) -> None:
    response = client.get("/-/policywatch/compare?vendors=faveo,connectmyapps")
    assert response.status_code == 200
    html = response.text
    assert "faveo" in html and "connectmyapps" in html
    assert "180 dager" in html  # Faveo's retention after the demo's edit
    assert "ISO 27001" in html
    assert "<script>" not in html.split("</head>", 1)[1].lower()


def test_compare_page_with_an_unknown_vendor_lists_the_known_ones(client: Client) -> None:
    html = client.get("/-/policywatch/compare?vendors=nosuchvendor").text
    assert "nosuchvendor" in html and "faveo" in html and "<form" in html


def test_compare_canned_query_separates_not_stated_from_no(client: Client) -> None:
    rows = client.get(
        "/policywatch/compare_vendors.json?_shape=array&vendors=faveo,nordhost&doc_type="
    ).json()
    by_vendor = {r["vendor"]: r for r in rows}
    assert by_vendor["faveo"]["sells_data"] == "no"
    assert by_vendor["nordhost"]["sells_data"] == "not stated"
