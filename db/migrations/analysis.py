"""Migrations of the analyse stage: section topics, facts, the stemmed search index.

Never edit a migration once it has shipped: add a new one (see :mod:`policywatch.db.migrations`).
"""

from __future__ import annotations

from sqlite_utils import Database


def m004_topics_facts(db: Database) -> None:
    """Tables for section topics and extracted facts (issue 6)."""
    # One row per (section, topic) with the words that placed it there.
    db.table("section_topics").create(
        {
            "id": int,
            "section_id": int,
            "version_id": int,
            "topic": str,
            "score": float,
            "matched": str,
        },
        pk="id",
        foreign_keys=[("section_id", "sections", "id"), ("version_id", "versions", "id")],
        defaults={"matched": "[]"},
    )
    db.table("section_topics").create_index(["version_id", "topic"])
    db.table("section_topics").create_index(["section_id"])
    db.table("facts").create(
        {
            "id": int,
            "version_id": int,
            "kind": str,
            "value": str,
            "normalised": str,
            "snippet": str,
            "section": str,
        },
        pk="id",
        foreign_keys=[("version_id", "versions", "id")],
    )
    db.table("facts").create_index(["version_id", "kind"])
    # Which versions were analysed, and by which rules version: a version
    # with no facts is then told apart from one never analysed (backfill).
    db.table("version_analysis").create(
        {"version_id": int, "analysed_at": str, "rules": str},
        pk="version_id",
        foreign_keys=[("version_id", "versions", "id")],
    )


def m019_search_stems(db: Database) -> None:
    """Stemmed, topic-aware search, and the sentences that state a section's topics (issue 14).

    ``section_topics.sentences``: the one or two sentences of the section that
    state the topic (JSON list), shown by the comparison instead of keywords.

    ``section_text_stems_fts`` indexes, per distinct section text
    (``section_texts``, migration m007; same rowid), the distinct stems of
    its heading and text (Snowball for the section's language; English
    words kept folded for FTS5's porter tokenizer), hyphens folded, so
    "retains" finds "retained" and "sub-processor" finds "subprocessors".
    Like the literal index, a text seen in 100 versions is stemmed and
    indexed once. It only answers which texts hold a word, in any form:
    phrases, snippets and positions are the literal index's, so this one
    keeps no copy of what it indexes (contentless) and no positions
    (``detail=none``), a small fraction of the literal index's size. The
    analyse stage writes it (``policywatch.db.analysis.store_analysis``) for
    texts not stemmed yet; section texts are never deleted, so neither are
    their stems.
    """
    db.table("section_topics").add_column("sentences", str, not_null_default="[]")
    # Search by topic over all versions ("retention" finds sections classified so).
    db.execute("create index section_topics_topic on section_topics(topic, version_id)")
    db.execute(
        "create virtual table section_text_stems_fts using fts5(stems, content='',"
        " detail=none, tokenize='porter unicode61 remove_diacritics 2')"
    )
