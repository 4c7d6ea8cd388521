"""``policywatch topics`` and the taxonomy it classifies into, through the real command."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from policywatch.core import taxonomy
from policywatch.demo.server import LocalSite
from tests.conftest import DEMO, run_cli

FAVEO = DEMO / "site" / "faveo" / "personvern.html"
CONNECTMYAPPS = DEMO / "site" / "connectmyapps" / "privacy-policy.html"

# One policy paragraph per language the classifier is trained or read on, with
# the topic a reader files it under (each written for this test).
BY_LANGUAGE = {
    "en": (
        "How long we keep your data",
        "We retain your account data for 30 days after you close your account, "
        "and then delete it from our systems.",
        "retention",
    ),
    "fr": (
        "Durée de conservation",
        "Nous conservons les données de votre compte pendant trois ans après votre "
        "dernière connexion, puis nous les supprimons.",
        "retention",
    ),
    "de": (
        "Ihre Rechte",
        "Sie haben das Recht auf Auskunft über Ihre personenbezogenen Daten sowie auf "
        "Berichtigung und Löschung dieser Daten.",
        "rights",
    ),
    "nb": (
        "Informasjonskapsler",
        "Vi bruker informasjonskapsler og lignende teknologi for å måle bruken av nettstedet "
        "og for å vise deg annonser fra våre annonsepartnere.",
        "tracking_ads",
    ),
}


def topics_json(source: str) -> dict[str, list[dict[str, object]]]:
    result = run_cli("topics", source, "--format", "json")
    assert result.returncode == 0, result.stderr
    data: dict[str, list[dict[str, object]]] = json.loads(result.stdout)
    return data


def test_json_contract_sections_topics_sentences() -> None:
    data = topics_json(str(CONNECTMYAPPS))
    assert set(data) == {"sections"} and data["sections"]
    ids = set(taxonomy.topic_ids())
    seen = set()
    for section in data["sections"]:
        assert set(section) == {"heading", "topics"}
        for topic in section["topics"]:  # type: ignore[union-attr]
            assert set(topic) == {"topic", "sentences"}
            assert topic["topic"] in ids
            assert 1 <= len(topic["sentences"]) <= 2
            seen.add(topic["topic"])
    assert {"security", "transfers", "recipients"} <= seen


def test_each_language_is_classified(tmp_path: Path) -> None:
    for language, (heading, text, topic) in BY_LANGUAGE.items():
        page = tmp_path / f"{language}.html"
        page.write_text(
            f'<!DOCTYPE html><html lang="{language}"><body><main><h1>Policy</h1>'
            f"<h2>Intro</h2><p>{BY_LANGUAGE['en'][1] if language != 'en' else text}</p>"
            f"<h2>{heading}</h2><p>{text}</p></main></body></html>",
            encoding="utf-8",
        )
        sections = topics_json(str(page))["sections"]
        found = next(s for s in sections if s["heading"] == heading)
        topics = {t["topic"]: t["sentences"] for t in found["topics"]}  # type: ignore[union-attr, index]
        assert topic in topics, (language, found)
        assert topics[topic] == [text], (language, topics[topic])


def test_table_fits_the_terminal_and_quotes_sentences() -> None:
    result = run_cli("topics", str(FAVEO), env={**os.environ, "COLUMNS": "72"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 72
    assert "do_not_track" in result.stdout and "“" in result.stdout


def test_a_url_is_read_like_extract_reads_it(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(
        "<html><body><main><h1>P</h1><h2>Children</h2><p>Our service is not directed to "
        "children under 13 and we do not knowingly collect their data.</p></main></body></html>",
        encoding="utf-8",
    )
    with LocalSite(tmp_path) as server:
        data = topics_json(server.url("p.html"))
    children = next(s for s in data["sections"] if s["heading"] == "Children")
    assert "children" in {t["topic"] for t in children["topics"]}  # type: ignore[union-attr, index]


@pytest.mark.parametrize("source", ["no-such-file.html", "ftp://example.invalid/x"])
def test_bad_source_is_one_line_and_exit_2(source: str) -> None:
    result = run_cli("topics", source)
    assert result.returncode == 2
    assert source in result.stderr and "Traceback" not in result.stderr


def test_compare_table_fits_the_terminal() -> None:
    for columns in (80, 140):
        result = run_cli(
            "compare", str(FAVEO), str(CONNECTMYAPPS), env={**os.environ, "COLUMNS": str(columns)}
        )
        assert result.returncode == 0, result.stderr
        assert max(len(line) for line in result.stdout.splitlines()) <= columns
        assert "TOPICS" in result.stdout and "not stated" in result.stdout


def test_taxonomy_is_the_one_list() -> None:
    from policywatch.diffing.facts import FACT_KINDS
    from policywatch.diffing.lexicons import TOPIC_STEMS
    from policywatch.diffing.topics import TOPIC_IDS, model

    # Every materiality category of the taxonomy but the catch-all has the diff's words.
    assert set(TOPIC_STEMS) == set(taxonomy.materiality_ids()) - {"other"}
    # Every fact reader answers for the category the diff files it under.
    for kind, (_, category) in FACT_KINDS.items():
        assert taxonomy.category_of_fact(kind) == category, kind
    # Topics, the comparison and the model use the same ids.
    assert taxonomy.topic_ids() == TOPIC_IDS and set(model().topics) == set(TOPIC_IDS)
    for category in taxonomy.topics():
        assert category.terms and category.names, category.id
        assert category.opp115 in (None, *taxonomy.OPP115)
