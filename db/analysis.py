"""Topics and facts in the database: writing them per version, reading the matrix.

    >>> from policywatch.db import open_db
    >>> from policywatch.db.analysis import ensure_analysis
    >>> db = open_db(":memory:")
    >>> ensure_analysis(db)  # topics and facts of every version that has none
    0

Only SQL lives here; what the topics and facts *are* is decided by the pure
functions in :mod:`policywatch.diffing.topics` and :mod:`.facts`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
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

# Bump when the lexicons, the topic model or the rules change, so ensure_analysis() recomputes.
RULES_VERSION = "2"


@dataclass
class VersionAnalysis:
    """Topics, facts and search terms of one document, computed apart from the database.

    :func:`ensure_analysis` computes it in worker processes (it is CPU
    work) and hands it to :func:`store_analysis` in the writing process.
    ``search_terms``: per section (by position), its stemmed search terms.
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
    section_ids = {
        r["position"]: r["id"]
        for r in db.query("select id, position from sections where version_id = ?", [version_id])
    }
    db.execute("delete from section_topics where version_id = ?", [version_id])
    db.execute("delete from facts where version_id = ?", [version_id])
    db.execute("delete from section_stems where version_id = ?", [version_id])
    rows = [
        {
            "section_id": section_ids.get(s.position),
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
    stems = [
        {"section_id": section_ids[position], "version_id": version_id, "stems": terms}
        for position, terms in enumerate(analysis.search_terms)
        if position in section_ids and terms
    ]
    if stems:
        db.table("section_stems").insert_all(stems)
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


def ensure_analysis(
    db: Database,
    *,
    force: bool = False,
    workers: int = 0,
    on_progress: Callable[[int], None] | None = None,
) -> int:
    """Analyse versions that have none (or older rules); return how many.

    The crawl stores versions without topics and facts so that downloads
    never wait for them; this is the stage that adds them (``policywatch
    analyse``). ``workers`` > 0 analyses in that many processes while this
    one writes. Each version gets its own transaction, so an interrupted run
    keeps what it finished and the next run does the rest.
    ``on_progress(1)`` is called after each version is stored.
    """
    from policywatch.db.versions import load_version

    ids = pending_analysis(db, force=force)
    if not ids:
        return 0
    docs = (load_version(db, version_id) for version_id in ids)
    with _analyser(workers) as analyse_many:
        for version_id, (doc, analysis) in zip(ids, analyse_many(docs), strict=True):
            with db.atomic():
                store_analysis(db, version_id, doc, analysis)
            if on_progress is not None:
                on_progress(1)
    return len(ids)


def _analyse_pair(doc: ExtractedDocument) -> tuple[ExtractedDocument, VersionAnalysis]:
    return doc, analyse_version(doc)


@contextmanager
def _analyser(
    workers: int,
) -> Iterator[Callable[[Iterable[ExtractedDocument]], Iterator[tuple[Any, VersionAnalysis]]]]:
    """``map`` over documents, in order: here, or in ``workers`` processes."""
    if workers <= 0:
        yield lambda docs: map(_analyse_pair, docs)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    # forkserver, as the crawl: a fork would copy this process's open database.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:

        def analyse_many(docs: Iterable[ExtractedDocument]) -> Iterator[Any]:
            # Executor.map would load every version at once; keep a few in flight.
            window: deque[Future[Any]] = deque()
            for doc in docs:
                window.append(pool.submit(_analyse_pair, doc))
                if len(window) >= 2 * workers:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()

        yield analyse_many


def known_slugs(db: Database) -> list[str]:
    return [r["slug"] for r in db.query("select slug from vendors order by slug")]


def latest_version_for(db: Database, slug: str, doc_type: str) -> dict[str, Any] | None:
    """The current version of a vendor's document of ``doc_type`` (any URL).

    Current as ``documents.current_version_id`` says (what the page shows
    now, also after it flipped back to an earlier version), the version
    the canned query ``compare_vendors`` shows too.
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
