"""The plugin's pages, canned queries, facets, feeds and exports, through Datasette's client."""

from __future__ import annotations

import re
import sqlite3
from xml.etree import ElementTree as ET

import pytest
import yaml

from policywatch.db import phrase
from policywatch.db.textstore import register
from tests.web.conftest import HOSTILE_NAME, Client

ATOM = "{http://www.w3.org/2005/Atom}"


def links(html: str) -> list[str]:
    return [h.replace("&amp;", "&") for h in re.findall(r'href="([^"]+)"', html)]


def test_home_opens_on_latest_material_changes(client: Client, ids: dict[str, int]) -> None:
    html = client.get("/").text
    assert "Latest material changes" in html
    section = html.split("Latest material changes", 1)[1]
    assert f'href="/-/policywatch/change/{ids["faveo_change"]}"' in section
    assert f'href="/-/policywatch/change/{ids["hostile_change"]}"' in section
    # Only material changes are listed; the cosmetic Fusetools edit is not.
    assert f'/-/policywatch/change/{ids["fusetools_change"]}"' not in section
    assert "14 dager → 180 dager" in section
    # Datasette's own list of the database and its biggest tables is still there, below.
    assert 'href="/policywatch"' in html
    for target in links(section):
        if target.startswith("/"):
            assert client.get(target).status_code == 200, target


def test_change_page_shows_verdict_reasons_and_redline(client: Client, ids: dict[str, int]) -> None:
    response = client.get(f"/-/policywatch/change/{ids['faveo_change']}")
    assert response.status_code == 200
    html = response.text
    assert "pw-verdict-material" in html and ">retention<" in html
    assert "silent edit" in html  # the flag, in words
    assert "period changed: 14 dager → 180 dager" in html  # a reason
    assert "<del>14</del>" in html and "<ins>180</ins>" in html  # the redline
    assert 'href="/-/policywatch/document/' in html and 'href="/-/policywatch/vendor/faveo"' in html
    # The export links resolve: row JSON and the items as CSV.
    exports = [h for h in links(html) if ".json" in h or ".csv" in h]
    assert exports
    for target in exports:
        assert client.get(target).status_code == 200, target
    side = client.get(f"/-/policywatch/change/{ids['faveo_change']}?mode=side_by_side")
    assert side.status_code == 200 and "pw-mode-side_by_side" in side.text


def test_document_page_shows_timeline_stated_vs_seen(client: Client, ids: dict[str, int]) -> None:
    html = client.get(f"/-/policywatch/document/{ids['hostile_document']}").text
    assert "Version timeline" in html
    timeline = html.split("Version timeline", 1)[1].split("Recent fetches", 1)[0]
    # Two versions, newest first, each with the date the policy states.
    assert timeline.count("2024-03-01") == 2
    assert "first version seen" in timeline
    assert f'href="/-/policywatch/change/{ids["hostile_change"]}"' in timeline
    assert "/policywatch/versions.csv?document_id=" in html


def test_vendor_page_links_documents_changes_and_feed(client: Client, ids: dict[str, int]) -> None:
    html = client.get("/-/policywatch/vendor/faveo").text
    assert "<h1>Faveo Helpdesk</h1>" in html
    assert f'href="/-/policywatch/document/{ids["faveo_document"]}"' in html
    assert f'href="/-/policywatch/change/{ids["faveo_change"]}"' in html
    assert 'href="/-/policywatch/vendor/faveo/feed.atom"' in html
    timeline = client.get("/policywatch/vendor_timeline.json?vendor=faveo&_shape=array").json()
    assert [r["version"] for r in timeline] == [2, 1]


@pytest.mark.parametrize(
    "path",
    [
        "/-/policywatch/change/999999",
        "/-/policywatch/document/999999",
        "/-/policywatch/vendor/nobody",
        "/-/policywatch/vendor/nobody/feed.atom",
        "/-/policywatch/change/abc",
        "/-/policywatch/nothing-here",
        "/policywatch/versions/999999",
        "/nobody",
    ],
)
def test_unknown_ids_are_404(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "<h1>Not found</h1>" in response.text and 'href="/"' in response.text


def test_unknown_ids_in_json_are_404_json(client: Client) -> None:
    response = client.get("/policywatch/versions/999999.json")
    assert response.status_code == 404 and response.json()["ok"] is False


def test_search_latest_and_all_versions(client: Client) -> None:
    # "30 days" was in Acme's first version only; "5 years" is in the latest.
    latest = client.get("/-/policywatch/search?q=30+days").text
    assert "0 matching sections" in latest
    old = client.get("/-/policywatch/search?q=30+days&scope=all").text
    assert "1 matching section " in old and "<mark>30</mark> <mark>days</mark>" in old
    new = client.get("/-/policywatch/search?q=years").text
    assert "Acme" in new and "<mark>years</mark>" in new
    # FTS5 syntax in what people type is searched for, not an error.
    assert client.get('/-/policywatch/search?q="unbalanced+-+OR').status_code == 200
    rows = client.get("/policywatch/vendors_mentioning.json?q=dager&_shape=array").json()
    assert [r["vendor_slug"] for r in rows] == ["faveo"]
    assert client.get("/policywatch/vendors_mentioning").status_code == 200  # no q yet
    every = client.get("/policywatch/search_all_versions.json?q=account&_shape=array").json()
    assert {r["version"] for r in every if r["vendor_slug"] == "acme"} == {1, 2}


def test_latest_sections_index_follows_new_versions(web_db) -> None:
    conn = sqlite3.connect(web_db)
    register(conn)  # the sections views read the compressed text through pw_text
    # FTS5 checks the index of distinct section texts against its content.
    conn.execute("insert into section_texts_fts(section_texts_fts) values ('integrity-check')")

    phrase.register(conn)  # and the phrase search's two stages

    def hits(sections: str, q: str) -> set[int]:
        sql = (
            f"select s.version_id from section_texts_fts f join {sections} s on s.text_id = f.rowid"
            " where section_texts_fts match pw_fts_query(:q)"
            " and pw_has_phrase(coalesce(s.heading, '') || char(10) || s.text, :q)"
        )
        return {r[0] for r in conn.execute(sql, {"q": q})}

    latest = {r[0] for r in conn.execute("select distinct version_id from latest_sections")}
    assert len(latest) == 6  # one per document
    assert hits("latest_sections", "personal") <= latest
    assert hits("latest_sections", "personal") == hits("sections", "personal") & latest
    # "30 days" was only in Acme's first version.
    assert hits("sections", '"30 days"') and not hits("latest_sections", '"30 days"')
    conn.close()


def test_feeds_are_atom_with_material_changes(client: Client, ids: dict[str, int]) -> None:
    response = client.get("/-/policywatch/feed.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    hrefs = {e.find(f"{ATOM}link").get("href") for e in entries}  # type: ignore[union-attr]
    assert hrefs == {
        f"http://localhost/-/policywatch/change/{ids['faveo_change']}",
        f"http://localhost/-/policywatch/change/{ids['hostile_change']}",
    }
    # The hostile vendor name is XML text, not markup.
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert f"{HOSTILE_NAME}: privacy_policy changed (retention)" in titles
    one = ET.fromstring(client.get("/-/policywatch/vendor/faveo/feed.atom").content)
    assert len(one.findall(f"{ATOM}entry")) == 1
    assert one.findtext(f"{ATOM}title") == "policywatch: material changes of Faveo Helpdesk"


def test_canned_queries_answer_as_json_and_csv(client: Client, ids: dict[str, int]) -> None:
    rows = client.get("/policywatch/latest_material_changes.json?_shape=array").json()
    assert {r["change_id"] for r in rows} == {ids["faveo_change"], ids["hostile_change"]}
    assert set(rows[0]) >= {"vendor", "document", "date_seen", "stated_date", "summary"}
    csv = client.get("/policywatch/latest_material_changes.csv")
    assert csv.status_code == 200 and csv.text.startswith("vendor,vendor_slug,document")
    # HTML: the change id links to the change page.
    html = client.get("/policywatch/latest_material_changes").text
    assert f'<a href="/-/policywatch/change/{ids["faveo_change"]}">' in html
    assert client.get("/policywatch/failing_or_stale_documents.json").status_code == 200


def test_failing_documents_query_finds_a_failed_fetch(web_db, tmp_path) -> None:
    copy = tmp_path / "policywatch.db"
    src, dst = sqlite3.connect(web_db), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.execute(
        "insert into fetches (document_id, started_at, url, status, outcome, reason)"
        " select id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 second'), url, 503, 'http_error',"
        " 'HTTP 503' from documents where url like '%acme%'"
    )
    dst.commit()
    dst.close()
    rows = Client(copy).get("/policywatch/failing_or_stale_documents.json?_shape=array").json()
    assert [(r["vendor_slug"], r["last_outcome"]) for r in rows] == [("acme", "http_error")]


def test_facets_on_vendor_type_verdict_and_category(client: Client) -> None:
    data = client.get("/policywatch/change_log.json").json()
    facets = data["facet_results"]
    assert set(facets) >= {"vendor", "doc_type", "verdict", "categories"}
    verdicts = {f["value"]: f["count"] for f in facets["verdict"]["results"]}
    assert verdicts == {"material": 2, "cosmetic": 1}
    categories = {f["value"]: f["count"] for f in facets["categories"]["results"]}
    assert categories["retention"] == 2
    html = client.get("/policywatch/change_log").text
    assert 'href="/-/policywatch/vendor/faveo"' in html  # slugs link to vendor pages


FTS_TABLES = ("section_texts_fts", "section_text_stems_fts", "sqlite_")


def test_every_table_and_column_is_described(web_db) -> None:
    from policywatch.db.web import datasette_metadata

    tables = datasette_metadata(str(web_db))["databases"]["policywatch"]["tables"]
    conn = sqlite3.connect(web_db)
    register(conn)  # the sections views read the compressed text through pw_text
    names = [
        r[0]
        for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")
        if not r[0].startswith(FTS_TABLES)
    ]
    missing = []
    for name in names:
        described = tables.get(name, {})
        if not (described.get("description") or described.get("description_html")):
            missing.append(name)
        for column in (r[1] for r in conn.execute(f"pragma table_info([{name}])")):
            if not described.get("columns", {}).get(column):
                missing.append(f"{name}.{column}")
    assert missing == [], "describe these in db/metadata.yaml"


def test_nothing_can_be_written_from_the_web(client: Client) -> None:
    before = client.get("/policywatch/vendors.json?_shape=array").json()
    for sql in ("delete from vendors", "update vendors set name = 'x'", "drop table vendors"):
        response = client.get(f"/policywatch.json?sql={sql}")
        assert response.status_code == 400, sql
    # Nothing but GET and HEAD gets through, and no canned query is writable.
    for path in ("/policywatch/latest_material_changes", "/policywatch", "/-/messages"):
        response = client.post(path, data={"sql": "delete from vendors"})
        assert response.status_code == 405, path
    text = (client.ds.metadata()["databases"]["policywatch"]["queries"]).values()
    assert not any(q.get("write") for q in text)
    assert client.get("/policywatch/vendors.json?_shape=array").json() == before


def test_a_writable_canned_query_is_refused() -> None:
    from policywatch.db import web

    raw = yaml.safe_load(
        (web.resources.files("policywatch.db") / "metadata.yaml").read_text("utf-8")
    )
    raw["queries"]["oops"] = {"sql": "delete from vendors", "write": True}
    with pytest.raises(ValueError, match="writable"):
        web.check_read_only(raw["queries"])


def test_the_plugin_leaves_other_databases_alone(tmp_path) -> None:
    """Installed, the plugin loads into every Datasette: one without policywatch's
    tables keeps Datasette's own home page, metadata and methods."""
    import asyncio

    from datasette.app import Datasette

    from policywatch.db.web import register_plugin

    register_plugin()
    notes = tmp_path / "notes.db"
    with sqlite3.connect(notes) as conn:
        conn.execute("create table notes (id integer primary key, body text)")
    ds = Datasette(files=[str(notes)])
    home = asyncio.run(ds.client.get("/"))
    assert home.status_code == 200 and "Latest material changes" not in home.text
    assert "policywatch" not in home.text.lower()
    assert ds.metadata() == {}
    post = asyncio.run(ds.client.post("/notes", data={"sql": "select 1"}))
    assert "policywatch" not in post.text  # Datasette's own answer, not our read-only rule
    missing = asyncio.run(ds.client.get("/notes/nothing"))
    assert missing.status_code == 404 and "search the policies" not in missing.text
