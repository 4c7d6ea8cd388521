"""Topics and facts in the database: writing them per version, reading the matrix.

    >>> from policywatch.db import open_db
    >>> db = open_db(":memory:")
    >>> # store_analysis(db, version_id, doc) inside the version's transaction;
    >>> # ensure_analysis(db) backfills versions stored before issue 6.

Only SQL lives here; what the topics and facts *are* is decided by the pure
functions in :mod:`policywatch.diffing.topics` and :mod:`.facts`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from policywatch.crawler.extract.model import ExtractedDocument
from policywatch.db.connection import utcnow
from policywatch.diffing.facts import Fact, extract_facts
from policywatch.diffing.matrix import VendorAnalysis, analyse
from policywatch.diffing.topics import DocumentTopic, classify_sections

# The comparison matrix as one SQL query (vendors as rows, facts as columns),
# for Datasette's canned query "compare_vendors" in db/metadata.yaml. Empty
# :vendors means every vendor; empty :doc_type means privacy_policy.
# "not stated" is written out so it never reads as "no".
_YES_NO = "case when count(distinct normalised) > 1 then 'yes and no' else max(normalised) end"
_MATRIX_COLUMNS = [
    ("sells_data", "sale", _YES_NO),
    ("third_party_ads", "ad_sharing", _YES_NO),
    *(
        (column, kind, "group_concat(value, '; ')")
        for column, kind in [
            ("retention", "retention"),
            ("data_locations", "location"),
            ("transfer_mechanism", "transfer_mechanism"),
            ("third_parties", "third_party"),
            ("certifications", "certification"),
            ("breach_notice", "breach_notice"),
            ("children", "children_age"),
            ("governing_law", "governing_law"),
            ("contact_emails", "contact_email"),
            ("dpo", "dpo"),
            ("ai_training", "ai_training"),
        ]
    ),
]
MATRIX_SQL = (
    "select v.slug as vendor, ver.id as version_id, ver.stated_date,\n"
    + "".join(
        f"  coalesce((select {agg}\n    from facts where version_id = ver.id and kind = '{kind}'),"
        f" 'not stated') as {column},\n"
        for column, kind, agg in _MATRIX_COLUMNS
    )
    + """  (select group_concat(topic, ', ') from (select distinct topic from section_topics
    where version_id = ver.id order by topic)) as topics_covered
from vendors v
join documents d on d.vendor_id = v.id
  and d.doc_type = coalesce(nullif(:doc_type, ''), 'privacy_policy')
join versions ver on ver.id = d.current_version_id
where coalesce(:vendors, '') = ''
  or instr(',' || replace(:vendors, ' ', '') || ',', ',' || v.slug || ',') > 0
order by v.slug"""
)

# Bump when the lexicons or rules change, so ensure_analysis() recomputes.
RULES_VERSION = "1"


@dataclass
class VersionAnalysis:
    """Topics and facts of one document, computed apart from the database.

    The crawl computes it in a worker process (it is CPU work) and hands it
    to :func:`store_analysis` in the writing process.
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

    Call it inside the transaction that inserted the version, after its
    sections: it matches sections by position. It opens no transaction of
    its own, so the version and its analysis commit or vanish together.
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


def ensure_analysis(db: Database, *, force: bool = False) -> int:
    """Analyse versions that have none (or older rules); return how many.

    Each version gets its own transaction, so an interrupted backfill keeps
    what it finished.
    """
    from policywatch.db.versions import load_version

    sql = "select v.id from versions v left join version_analysis a on a.version_id = v.id"
    params: list[Any] = []
    if not force:
        sql += " where a.version_id is null or a.rules != ?"
        params.append(RULES_VERSION)
    ids = [r["id"] for r in db.query(sql + " order by v.id", params)]
    for version_id in ids:
        doc = load_version(db, version_id)
        with db.atomic():
            store_analysis(db, version_id, doc)
    return len(ids)


def known_slugs(db: Database) -> list[str]:
    return [r["slug"] for r in db.query("select slug from vendors order by slug")]


def latest_version_for(db: Database, slug: str, doc_type: str) -> dict[str, Any] | None:
    """The newest version of a vendor's document of ``doc_type`` (any URL)."""
    return next(
        db.query(
            """
            select ver.id as version_id, ver.number, ver.stated_date, ver.first_seen_at,
              ver.word_count, d.url, d.doc_type, v.slug, v.name
            from vendors v
            join documents d on d.vendor_id = v.id and d.doc_type = ?
            join versions ver on ver.document_id = d.id
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
