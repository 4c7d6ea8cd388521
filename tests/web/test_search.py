"""Search that understands words, on a database made by the real crawl and analyse.

Two vendors served from 127.0.0.1: an English policy that says "we retain"
(never "retention") and lists "subprocessors", and a French one.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from policywatch.demo.server import LocalSite
from tests.conftest import run_cli
from tests.web.conftest import Client

ENGLISH = """<!DOCTYPE html><html lang="en"><head><title>Keeper privacy policy</title></head><body>
<main><h1>Keeper privacy policy</h1>
<h2>What we collect</h2>
<p>We collect your name, your email address and the messages you send to our support team
when you open a ticket or write to us about your account.</p>
<h2>How long we hold your data</h2>
<p>We retain your account data for 30 days after you close your account, and then we delete it
from our systems and from our backups.</p>
<h2>Who helps us</h2>
<p>Our subprocessors host the service and send our emails. Each of our processors signs a data
processing agreement with us before it receives any personal data.</p>
<h2>Your rights</h2>
<p>You may ask for a copy of your personal data, or ask us to correct or erase it, by writing
to privacy@keeper.example.</p>
</main></body></html>"""

FRENCH = """<!DOCTYPE html><html lang="fr"><head><title>Politique de confidentialité</title></head>
<body><main><h1>Politique de confidentialité de Lagrange</h1>
<h2>Nos sous-traitants</h2>
<p>Nous faisons appel à des sous-traitants pour l'hébergement du service et l'envoi des
courriels. Chacun de nos sous-traitants s'engage par contrat à protéger vos données.</p>
<h2>Durée de conservation</h2>
<p>Nous conservons les données de votre compte pendant trois ans après votre dernière
connexion, puis nous les supprimons définitivement.</p>
</main></body></html>"""


@pytest.fixture(scope="module")
def search_client(tmp_path_factory: pytest.TempPathFactory) -> Client:
    tmp = tmp_path_factory.mktemp("search")
    db = tmp / "search.db"
    site = tmp / "site"
    for name, page in (("keeper", ENGLISH), ("lagrange", FRENCH)):
        (site / name).mkdir(parents=True)
        (site / name / "privacy.html").write_text(page, encoding="utf-8")
    with LocalSite(site) as server:
        config = {
            "vendors": [
                {
                    "name": name.title(),
                    "slug": name,
                    "documents": [
                        {"url": server.url(f"{name}/privacy.html"), "type": "privacy_policy"}
                    ],
                }
                for name in ("keeper", "lagrange")
            ],
            "crawl": {"allow_networks": ["127.0.0.0/8"]},
        }
        vendors = tmp / "vendors.yaml"
        vendors.write_text(json.dumps(config), encoding="utf-8")
        crawl = run_cli("crawl", "--db", str(db), "--vendors", str(vendors), "--no-alerts")
        assert crawl.returncode == 0, crawl.stdout + crawl.stderr
    analyse = run_cli("analyse", "--db", str(db))
    assert analyse.returncode == 0, analyse.stderr
    return Client(db)


def results(client: Client, q: str, scope: str = "latest") -> list[dict[str, object]]:
    response = client.get(f"/-/policywatch/search?q={q}&scope={scope}&format=json")
    assert response.status_code == 200, response.text
    rows: list[dict[str, object]] = response.json()
    return rows


def headings(rows: list[dict[str, object]]) -> set[object]:
    return {r["heading"] for r in rows}


def test_retention_finds_a_policy_that_says_we_retain(search_client: Client) -> None:
    rows = results(search_client, "retention")
    assert "How long we hold your data" in headings(rows)
    found = next(r for r in rows if r["heading"] == "How long we hold your data")
    assert found["why"] == "topic" and found["topic"] == "retention"
    # The French policy's "Durée de conservation" is classified under the same topic.
    assert "Durée de conservation" in headings(rows)


def test_word_forms_are_folded(search_client: Client) -> None:
    # "retained" and "retain" share a stem; plural and singular; hyphen or not.
    assert "How long we hold your data" in headings(results(search_client, "retained"))
    assert "Who helps us" in headings(results(search_client, "processor"))
    assert "Who helps us" in headings(results(search_client, "sub-processor"))
    assert "Nos sous-traitants" in headings(results(search_client, "sous-traitant"))
    # French Snowball stems: "donnée" finds "données".
    assert "Nos sous-traitants" in headings(results(search_client, "donnée"))
    # Every word must appear: no section holds both.
    assert results(search_client, "subprocessors+trois") == []


def test_the_page_marks_words_and_names_the_topic(search_client: Client) -> None:
    html = search_client.get("/-/policywatch/search?q=sub-processor").text
    assert "Who helps us" in html and "<mark>subprocessors</mark>" in html
    assert "Recipients and sub-processors" in html  # the topic the query names
    page = search_client.get("/-/policywatch/search?q=retention").text
    assert "topic: Data retention" in page and "We retain your account data" in page


def test_what_people_type_is_never_an_fts_error(search_client: Client) -> None:
    for q in [
        '"unbalanced',
        "a+OR+",
        "NEAR(x",
        "*",
        "-",
        "col:umn",
        "%22%22",
        "a_b",
        "l%27h%C3%A9",
    ]:
        response = search_client.get(f"/-/policywatch/search?q={q}")
        assert response.status_code == 200, (q, response.text[:300])
        assert "Could not search" not in response.text, q
    long = search_client.get("/-/policywatch/search?q=" + "word+" * 40).text
    assert "use fewer, more telling words" in long


def test_search_exports_what_the_page_shows(search_client: Client) -> None:
    response = search_client.get("/-/policywatch/search?q=retention&format=csv")
    assert response.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert {"How long we hold your data", "Durée de conservation"} <= {r["heading"] for r in table}
    assert all("\x02" not in r["snippet"] for r in table)


def test_all_versions_scope_uses_the_same_index(search_client: Client) -> None:
    rows = results(search_client, "retained", scope="all")
    assert "How long we hold your data" in headings(rows)


def test_a_phrase_in_quotes_is_searched_as_written(search_client: Client) -> None:
    # The words appear, in this order, in one section only.
    rows = results(search_client, '"after you close your account"')
    assert headings(rows) == {"How long we hold your data"}
    # The same words out of order are no phrase; unquoted they still match.
    assert results(search_client, '"close your account after"') == []
    assert "How long we hold your data" in headings(
        results(search_client, "close+your+account+after")
    )
    page = search_client.get('/-/policywatch/search?q="we+retain+your"').text
    assert "<mark>We retain your</mark>" in page


def test_stems_are_indexed_once_per_distinct_text(search_client: Client) -> None:
    import sqlite3

    conn = sqlite3.connect(search_client.ds.databases["search"].path)
    conn.execute(
        "insert into section_text_stems_fts(section_text_stems_fts) values ('integrity-check')"
    )
    stems = conn.execute("select count(*) from section_text_stems_fts").fetchone()[0]
    texts = conn.execute("select count(*) from section_texts").fetchone()[0]
    assert stems == texts > 0


def test_phrases_are_checked_on_the_text(search_client: Client) -> None:
    # The literal index keeps no positions: it finds the tokens, the text confirms the phrase,
    # casefolded, diacritics removed, as the index's unicode61 tokenizer reads them.
    assert headings(results(search_client, "%22VOS+DONNEES%22", "all")) == {"Nos sous-traitants"}
    assert results(search_client, "%22donn%C3%A9es+vos%22", "all") == []


def test_canned_queries_search_phrases_in_two_stages(search_client: Client) -> None:
    def vendors(query: str, q: str) -> list[object]:
        response = search_client.get(f"/{search_client.db_name}/{query}.json?q={q}&_shape=array")
        assert response.status_code == 200, response.text[:300]
        return sorted({r["vendor_slug"] for r in response.json()})

    for query in ("vendors_mentioning", "search_all_versions"):
        assert vendors(query, "%2230+days%22") == ["keeper"]
        assert vendors(query, "%22days+30%22") == []
        assert vendors(query, "sous-traitants") == ["lagrange"]  # two tokens, in a row
        assert vendors(query, "traitants-sous") == []
        assert vendors(query, "courri*") == ["lagrange"]
        assert vendors(query, "%22-%22") == []  # no word: nothing, not an FTS5 error


def test_datasette_table_pages_point_to_our_search(search_client: Client) -> None:
    # Datasette's own search box would send a phrase to the positionless index.
    for table in ("sections", "latest_sections"):
        for q in ("sub-processor", "%2230+days%22"):
            page = search_client.get(f"/{search_client.db_name}/{table}?_search={q}")
            assert page.status_code == 200, page.text[:300]
            assert 'id="_search"' not in page.text  # no search box
            assert 'href="/-/policywatch/search' in page.text
