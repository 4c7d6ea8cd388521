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

from policywatch.core.model import ExtractedDocument
from policywatch.db.connection import utcnow
from policywatch.diffing.facts import Fact, extract_facts
from policywatch.diffing.matrix import VendorAnalysis, analyse
from policywatch.diffing.topics import DocumentTopic, classify_sections

# Bump when the lexicons or rules change, so the analyse stage recomputes.
RULES_VERSION = "1"


@dataclass
class VersionAnalysis:
    """Topics and facts of one document, computed apart from the database.

    The analyse stage (:mod:`policywatch.recorder.analysis`) computes it in
    worker processes (it is CPU work) and hands it to :func:`store_analysis`
    in the writing process.
    """

    topics: list[Any]
    facts: list[Fact]


def analyse_version(doc: ExtractedDocument) -> VersionAnalysis:
    return VersionAnalysis(classify_sections(doc), extract_facts(doc))


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
    section_ids = {
        r["position"]: r["id"]
        for r in db.query("select id, position from sections where version_id = ?", [version_id])
    }
    db.execute("delete from section_topics where version_id = ?", [version_id])
    db.execute("delete from facts where version_id = ?", [version_id])
    rows = [
        {
            "section_id": section_ids.get(s.position),
            "version_id": version_id,
            "topic": hit.topic,
            "score": hit.score,
            "matched": json.dumps(list(hit.matched), ensure_ascii=False),
        }
        for s in analysis.topics
        for hit in s.topics
    ]
    if rows:
        db.table("section_topics").insert_all(rows)
    facts = [{"version_id": version_id, **f.to_dict()} for f in analysis.facts]
    if facts:
        db.table("facts").insert_all(facts)
    db.execute(
        "insert or replace into version_analysis (version_id, analysed_at, rules) values (?, ?, ?)",
        [version_id, utcnow(), RULES_VERSION],
    )


def pending_analysis(db: Database, *, force: bool = False) -> list[int]:
    """Ids of the versions that have no topics and facts yet (or older rules).

    Current versions come first: they are the ones the comparison shows.
    With ``force`` every version is listed.
    """
    sql = (
        "select v.id from versions v left join version_analysis a on a.version_id = v.id"
        " left join documents d on d.current_version_id = v.id"
    )
    params: list[Any] = []
    if not force:
        sql += " where a.version_id is null or a.rules != ?"
        params.append(RULES_VERSION)
    sql += " order by d.id is null, v.id"
    return [r["id"] for r in db.query(sql, params)]


def known_slugs(db: Database) -> list[str]:
    return [r["slug"] for r in db.query("select slug from vendors order by slug")]


def latest_version_for(db: Database, slug: str, doc_type: str) -> dict[str, Any] | None:
    """The current version of a vendor's document of ``doc_type`` (any URL).

    Current is ``documents.current_version_id``, as everywhere: after a flip
    back it is an older version than the newest one.
    """
    return next(
        db.query(
            """
            select ver.id as version_id, ver.number, ver.stated_date, ver.first_seen_at,
              ver.word_count, d.url, d.doc_type, v.slug, v.name
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
    out: dict[str, DocumentTopic] = {}
    for r in db.query(
        """
        select t.topic, t.score, t.matched, s.heading from section_topics t
        left join sections s on s.id = t.section_id
        where t.version_id = ? order by s.position, t.id
        """,
        [version_id],
    ):
        entry = out.setdefault(r["topic"], DocumentTopic(r["topic"], 0.0, [], []))
        entry.score = round(entry.score + r["score"], 2)
        if r["heading"] and r["heading"] not in entry.sections:
            entry.sections.append(r["heading"])
        entry.matched.extend(w for w in json.loads(r["matched"]) if w not in entry.matched)
    return out


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
    meta = {k: row[k] for k in ("slug", "name", "url", "doc_type", "version_id", "stated_date")}
    if analysed is None or analysed["rules"] != RULES_VERSION:
        from policywatch.db.versions import load_version

        doc = load_version(db, version_id)
        if not store:
            return analyse(slug, doc, **meta)
        with db.atomic():
            store_analysis(db, version_id, doc)
    return VendorAnalysis(slug, load_facts(db, version_id), load_topics(db, version_id), meta)
