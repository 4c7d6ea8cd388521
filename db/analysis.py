"""Topics and facts in the database: writing them per version, reading the matrix.

    >>> from policywatch.db import open_db
    >>> pending_analysis(open_db(":memory:"))  # versions with no topics and facts yet
    []

The analyse stage that fills them in is :mod:`policywatch.recorder.analysis`.
Only SQL lives here; what the topics and facts *are* is decided by the pure
functions in :mod:`policywatch.diffing.topics` and :mod:`.facts`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from policywatch.core.lexicon.stems import index_terms
from policywatch.core.model import ExtractedDocument
from policywatch.db.connection import utcnow
from policywatch.diffing.facts import Fact, extract_facts
from policywatch.diffing.matrix import VendorAnalysis, analyse
from policywatch.diffing.topics import (
    DocumentTopic,
    SectionTopics,
    TopicHit,
    classify_sections,
    document_topics,
)

# Bump when the lexicons, the topic model or the rules change, so the analyse stage recomputes.
RULES_VERSION = "3"


@dataclass
class VersionAnalysis:
    """Topics, facts and search terms of one document, computed apart from the database.

    The analyse stage (:mod:`policywatch.recorder.analysis`) computes it in
    worker processes (it is CPU work) and hands it to :func:`store_analysis`
    in the writing process. ``search_terms``: per section (by position), its
    stemmed search terms.
    """

    topics: list[Any]
    facts: list[Fact]
    search_terms: list[str]


def analyse_version(doc: ExtractedDocument) -> VersionAnalysis:
    terms = [index_terms(f"{s.heading}\n{s.text}", doc.language) for s in doc.sections]
    return VersionAnalysis(classify_sections(doc), extract_facts(doc), terms)


def store_analysis(
    db: Database,
    version_id: int,
    doc: ExtractedDocument,
    analysis: VersionAnalysis | None = None,
) -> None:
    """Write (or rewrite) the topics and facts of one stored version.

    Call it inside a transaction, once the version's sections are stored:
    it matches sections by position. It opens no transaction of its own, so
    an analysis is stored whole or not at all.
    """
    analysis = analysis or analyse_version(doc)
    spans = {
        r["position"]: (r["id"], r["text_id"])
        for r in db.query(
            "select id, position, text_id from section_spans where version_id = ?", [version_id]
        )
    }
    db.execute("delete from section_topics where version_id = ?", [version_id])
    db.execute("delete from facts where version_id = ?", [version_id])
    rows = [
        {
            "section_id": spans[s.position][0] if s.position in spans else None,
            "version_id": version_id,
            "topic": hit.topic,
            "score": hit.score,
            "sentences": json.dumps(list(hit.sentences), ensure_ascii=False),
        }
        for s in analysis.topics
        for hit in s.topics
    ]
    if rows:
        db.table("section_topics").insert_all(rows)
    store_search_terms(db, spans, analysis.search_terms)
    facts = [{"version_id": version_id, **f.to_dict()} for f in analysis.facts]
    if facts:
        db.table("facts").insert_all(facts)
    db.execute(
        "insert or replace into version_analysis (version_id, analysed_at, rules) values (?, ?, ?)",
        [version_id, utcnow(), RULES_VERSION],
    )


def store_search_terms(
    db: Database, spans: dict[int, tuple[int, int | None]], search_terms: list[str]
) -> None:
    """Index the stems of each section text that has none yet (each distinct text once).

    ``spans``: position -> (section id, text id); ``search_terms``: per position.
    A text shared by many versions keeps the stems of the first one analysed;
    a change to how stems are made needs a migration that empties the
    index (``analyse --all`` keeps stems already stored).
    """
    wanted = {
        text_id: terms
        for position, terms in enumerate(search_terms)
        if terms and position in spans and (text_id := spans[position][1]) is not None
    }
    if not wanted:
        return
    marks = ", ".join("?" * len(wanted))
    for r in db.query(
        f"select rowid from section_text_stems_fts where rowid in ({marks})", list(wanted)
    ):
        wanted.pop(r["rowid"])
    for text_id, terms in wanted.items():
        db.execute(
            "insert into section_text_stems_fts (rowid, stems) values (?, ?)", [text_id, terms]
        )


def pending_analysis(db: Database, *, force: bool = False) -> list[tuple[int, int]]:
    """(version id, document id) of the versions with no topics and facts yet (or older rules).

    Current versions come first: they are the ones the comparison shows. Each
    document's pending versions follow one another (its current one first,
    then by id), the documents in the order of their first one: versions of
    one document repeat most of their texts, which the analysis reads once
    per process (see :func:`policywatch.recorder.analysis.document_tasks`).
    With ``force`` every version is listed.
    """
    sql = (
        "select v.id, v.document_id, d.id is null as older from versions v"
        " left join version_analysis a on a.version_id = v.id"
        " left join documents d on d.current_version_id = v.id"
    )
    params: list[Any] = []
    if not force:
        sql += " where a.version_id is null or a.rules != ?"
        params.append(RULES_VERSION)
    first = "over (partition by document_id order by older, id)"
    ordered = (
        f"select id, document_id, first_value(older) {first} as lead_older,"
        f" first_value(id) {first} as lead_id, older from ({sql})"
    )
    return [
        (r["id"], r["document_id"])
        for r in db.query(
            f"select id, document_id from ({ordered}) order by lead_older, lead_id, older, id",
            params,
        )
    ]


def known_slugs(db: Database) -> list[str]:
    return [r["slug"] for r in db.query("select slug from vendors order by slug")]


def latest_version_for(db: Database, slug: str, doc_type: str) -> dict[str, Any] | None:
    """The current version of a vendor's document of ``doc_type`` (any URL).

    Current is ``documents.current_version_id``, as everywhere (after a flip
    back it is an older version than the newest one), the version the canned
    query ``compare_vendors`` shows too.
    """
    return next(
        db.query(
            """
            select ver.id as version_id, ver.number, ver.stated_date, ver.first_seen_at,
              ver.word_count, d.id as document_id, d.url, d.doc_type, v.slug, v.name
            from vendors v
            join documents d on d.vendor_id = v.id and d.doc_type = ?
            join versions ver on ver.id = d.current_version_id
            where v.slug = ?
            order by d.active desc, ver.first_seen_at desc, ver.id desc
            limit 1
            """,
            [doc_type, slug],
        ),
        None,
    )


def load_facts(db: Database, version_id: int) -> list[Fact]:
    return [
        Fact(r["kind"], r["value"], r["normalised"], r["snippet"], r["section"] or "")
        for r in db.query(
            "select kind, value, normalised, snippet, section from facts"
            " where version_id = ? order by id",
            [version_id],
        )
    ]


def load_topics(db: Database, version_id: int) -> dict[str, DocumentTopic]:
    """Stored section topics folded per topic, as :func:`document_topics` does."""
    sections: dict[int, SectionTopics] = {}
    for r in db.query(
        """
        select t.topic, t.score, t.sentences, s.position, s.heading from section_topics t
        left join sections s on s.id = t.section_id
        where t.version_id = ? order by s.position, t.score desc, t.id
        """,
        [version_id],
    ):
        position = r["position"] if r["position"] is not None else -1
        section = sections.setdefault(position, SectionTopics(position, r["heading"] or ""))
        sentences = tuple(json.loads(r["sentences"] or "[]"))
        section.topics.append(TopicHit(r["topic"], r["score"], sentences))
    return document_topics(list(sections.values()))


def vendor_analysis(
    db: Database, slug: str, doc_type: str = "privacy_policy", *, store: bool = True
) -> VendorAnalysis:
    """A vendor's latest document as the matrix needs it; analyses it if missing.

    With ``store=False`` (a read-only reader such as a web page) a missing
    analysis is computed in memory and not written. Raises ``LookupError``
    naming what is missing.
    """
    row = latest_version_for(db, slug, doc_type)
    if row is None:
        if slug not in known_slugs(db):
            raise LookupError(f"no vendor with slug {slug!r}")
        raise LookupError(f"vendor {slug!r} has no stored version of a {doc_type} document")
    version_id = row["version_id"]
    analysed = next(
        db.query("select rules from version_analysis where version_id = ?", [version_id]), None
    )
    meta = {
        "slug": row["slug"],
        "name": row["name"],
        "url": row["url"],
        "doc_type": row["doc_type"],
        "document_id": row["document_id"],
        "version_id": version_id,
        "version": row["number"],
        "stated_date": row["stated_date"],
    }
    if analysed is None or analysed["rules"] != RULES_VERSION:
        from policywatch.db.versions import load_version

        doc = load_version(db, version_id)
        if not store:
            return analyse(slug, doc, **meta)
        with db.atomic():
            store_analysis(db, version_id, doc)
    return VendorAnalysis(slug, load_facts(db, version_id), load_topics(db, version_id), meta)
