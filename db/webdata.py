"""The read queries behind the plugin's pages, run on Datasette's read-only connections.

Every function takes a :class:`datasette.database.Database` and returns plain
dicts, so the pages and the Atom feed share them::

    db = datasette.get_database()
    rows = await material_changes(db, limit=20)
"""

from __future__ import annotations

import json
import re
from typing import Any

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.stems import query_terms, stemmer, stemmer_name, words
from policywatch.core.taxonomy import category_for_query, topics

# The languages whose Snowball stems a query word is also looked up as.
STEMMED_LANGUAGES: frozenset[str | None] = frozenset(
    language for language in LANGUAGES if stemmer_name(language)
)
TOPIC_LABELS = {c.id: c.label for c in topics()}

# Columns every change listing shows (from the change_log view, migration m005).
CHANGE_COLUMNS = (
    "change_id, vendor_slug, vendor, doc_type, document_id, document_url, detected_at,"
    " stated_date, version, verdict, material, categories, flags, summary"
)

# snippet() markers: control characters that cannot occur in extracted text,
# so the page escapes the snippet first and only then turns them into <mark>.
MARK_START, MARK_END = "\x02", "\x03"


async def _rows(db: Any, sql: str, params: Any = None) -> list[dict[str, Any]]:
    results = await db.execute(sql, params or [])
    return [_decode(dict(row)) for row in results.rows]


async def _one(db: Any, sql: str, params: Any = None) -> dict[str, Any] | None:
    rows = await _rows(db, sql, params)
    return rows[0] if rows else None


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    """JSON list columns (categories, flags) as lists."""
    for key in ("categories", "flags"):
        if isinstance(row.get(key), str):
            try:
                row[key] = json.loads(row[key])
            except ValueError:
                row[key] = []
    return row


async def material_changes(
    db: Any, *, limit: int = 50, vendor_slug: str | None = None
) -> list[dict[str, Any]]:
    """Newest material changes first, optionally for one vendor."""
    # Ordered through the changes_material_detected index, then joined.
    sql = f"""select {CHANGE_COLUMNS} from change_log
        where change_id in (
            select c.id from changes c
            join documents d on d.id = c.document_id
            join vendors v on v.id = d.vendor_id
            where c.material = 1 and (:slug is null or v.slug = :slug)
            order by c.detected_at desc limit :limit)
        order by detected_at desc"""
    return await _rows(db, sql, {"slug": vendor_slug, "limit": limit})


async def change(db: Any, change_id: int) -> dict[str, Any] | None:
    """One change with its diff, and the two versions it lies between."""
    row = await _one(
        db,
        f"select {CHANGE_COLUMNS}, old_version_id, new_version_id from change_log"
        " where change_id = ?",
        [change_id],
    )
    if row is None:
        return None
    diff = await _one(db, "select diff_json from changes where id = ?", [change_id])
    row["diff"] = json.loads(diff["diff_json"]) if diff and diff["diff_json"] else None
    version_sql = (
        "select id, number, title, stated_date, stated_date_precision, stated_date_kind,"
        " stated_date_snippet, first_seen_at, last_seen_at, word_count from versions where id = ?"
    )
    row["old"] = await _one(db, version_sql, [row["old_version_id"]])
    row["new"] = await _one(db, version_sql, [row["new_version_id"]])
    return row


async def document(db: Any, document_id: int) -> dict[str, Any] | None:
    """A document, its status, every version (newest first) and the change into each."""
    row = await _one(db, "select * from document_status where document_id = ?", [document_id])
    if row is None:
        return None
    row["versions"] = await _rows(
        db,
        """select ver.id, ver.number, ver.title, ver.stated_date, ver.stated_date_precision,
            ver.stated_date_kind, ver.first_seen_at, ver.last_seen_at, ver.word_count,
            ver.origin, c.id as change_id, c.verdict, c.categories, c.summary
        from versions ver left join changes c on c.new_version_id = ver.id
        where ver.document_id = ? order by ver.number desc""",
        [document_id],
    )
    row["fetches"] = await _rows(
        db,
        "select started_at, status, outcome, coalesce(reason, error) as problem, elapsed_ms"
        " from fetches where document_id = ? order by started_at desc, id desc limit 10",
        [document_id],
    )
    return row


async def vendor(db: Any, slug: str) -> dict[str, Any] | None:
    """A vendor, the status of each of its documents and its latest changes."""
    row = await _one(
        db, "select id, slug, name, tags, created_at from vendors where slug = ?", [slug]
    )
    if row is None:
        return None
    row["documents"] = await _rows(
        db, "select * from document_status where vendor_slug = ? order by doc_type, url", [slug]
    )
    row["changes"] = await _rows(
        db,
        f"select {CHANGE_COLUMNS} from change_log where change_id in ("
        " select c.id from changes c join documents d on d.id = c.document_id"
        " where d.vendor_id = ? order by c.detected_at desc limit 50)"
        " order by detected_at desc",
        [row["id"]],
    )
    return row


class SearchError(ValueError):
    """What a person typed cannot be searched for; the message says why and what to do."""


# Longer queries are refused with a message rather than run.
MAX_QUERY_CHARS = 300
MAX_QUERY_WORDS = 12
_QUERY_WORD = re.compile(r"[^\s\"]+")


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must appear.

    Quoting each word means punctuation, ``-`` and ``OR`` are searched for
    literally instead of being FTS5 syntax errors; a trailing ``*`` keeps
    its meaning as a prefix search.

    >>> fts_query('sub-processor "OR" data*')
    '"sub-processor" "OR" "data"*'
    """
    terms = []
    for word in _QUERY_WORD.findall(text):
        prefix = word.endswith("*") and len(word) > 1
        word = word.rstrip("*")
        if word:
            terms.append('"' + word + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def stems_query(text: str, languages: frozenset[str | None] = STEMMED_LANGUAGES) -> str:
    """The query for the stemmed index: each word as it may be indexed in any language.

    >>> stems_query("Sub-processors retained", frozenset({"en", "fr"}))
    '("subprocessor" OR "subprocessors") AND "retained"'
    """
    parts = []
    for word in _QUERY_WORD.findall(text):
        prefix = word.endswith("*") and len(word) > 1
        alternatives = sorted(query_terms(word.rstrip("*"), set(languages)))
        if not alternatives:
            continue
        star = "*" if prefix else ""
        quoted = [f'"{a}"{star}' for a in alternatives]
        parts.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(parts)


def check_query(text: str) -> None:
    """Raise :class:`SearchError` for a query too long to run."""
    if len(text) > MAX_QUERY_CHARS:
        raise SearchError(
            f"The search is {len(text)} characters long; search for at most "
            f"{MAX_QUERY_CHARS} (a few words, or a phrase in quotes)."
        )
    if len(_QUERY_WORD.findall(text)) > MAX_QUERY_WORDS:
        raise SearchError(
            f"The search has more than {MAX_QUERY_WORDS} words; every word must appear in a "
            "section, so use fewer, more telling words."
        )


_RESULT_COLUMNS = """v.slug as vendor_slug, v.name as vendor, d.id as document_id, d.doc_type,
            ver.id as version_id, ver.number as version, ver.first_seen_at, ver.stated_date,
            ver.language, s.id as section_id, s.heading, s.text"""
_RESULT_JOINS = """join versions ver on ver.id = s.version_id
        join documents d on d.id = ver.document_id
        join vendors v on v.id = d.vendor_id"""


async def search(
    db: Any, text: str, *, latest_only: bool = True, limit: int = 100
) -> list[dict[str, Any]]:
    """Sections matching ``text``: of current versions best first, or of all versions newest first.

    A section matches when it holds every word, in any form (stems per
    language, hyphens and plurals folded: ``section_stems_fts``, migration
    m006), or holds them literally (the literal indexes, which also cover
    versions ``policywatch analyse`` has not reached yet), or when the
    query names a topic (``retention``, ``sub-processors``) and the section
    is classified under it. Each row says ``why`` it matched and carries a
    ``snippet`` with the matching words between ``MARK_START``/``MARK_END``.
    Raises :class:`SearchError` for a query that cannot be run.
    """
    check_query(text)
    literal, stemmed = fts_query(text), stems_query(text)
    if not literal:
        return []
    topic = category_for_query(text)
    current = "join documents cd on cd.current_version_id = s.version_id" if latest_only else ""
    found: dict[int, dict[str, Any]] = {}
    try:
        for row in await _rows(
            db,
            f"""select s.id as section_id, bm25(section_stems_fts) as rank
            from section_stems_fts join sections s on s.id = section_stems_fts.rowid {current}
            where section_stems_fts match :q
            order by {"rank" if latest_only else "s.id desc"} limit :limit""",
            {"q": stemmed, "limit": limit},
        ):
            found.setdefault(row["section_id"], {"why": "words", "rank": row["rank"]})
        fts = "latest_sections_fts" if latest_only else "sections_fts"
        for row in await _rows(
            db,
            f"""select {fts}.rowid as section_id, {fts}.rank as rank,
                snippet({fts}, 1, '{MARK_START}', '{MARK_END}', '…', 32) as snippet
            from {fts} where {fts} match :q
            order by {"rank" if latest_only else f"{fts}.rowid desc"} limit :limit""",
            {"q": literal, "limit": limit},
        ):
            entry = found.setdefault(row["section_id"], {"why": "words", "rank": row["rank"]})
            entry["snippet"] = row["snippet"]
    except Exception as exc:  # sqlite3.OperationalError from a query we could not make safe
        raise SearchError(f"Could not search for {text!r}: {exc}. Try plain words.") from exc
    if topic is not None:
        for row in await _rows(
            db,
            f"""select t.section_id, t.score, t.sentences from section_topics t
            join sections s on s.id = t.section_id {current}
            where t.topic = :topic order by {"t.score desc" if latest_only else "t.id desc"}
            limit :limit""",
            {"topic": topic, "limit": limit},
        ):
            entry = found.setdefault(
                row["section_id"], {"why": "topic", "rank": 0.0, "sentences": row["sentences"]}
            )
            entry["topic"] = topic
    if not found:
        return []
    ids = list(found)
    details = {
        r["section_id"]: r
        for r in await _rows(
            db,
            f"select {_RESULT_COLUMNS} from sections s {_RESULT_JOINS}"
            f" where s.id in ({', '.join('?' * len(ids))})",
            ids,
        )
    }
    out = []
    for section_id, match in found.items():
        if section_id not in details:
            continue
        row = details[section_id]
        body = row.pop("text") or ""
        snippet = match.get("snippet") or highlight_words(body, text, row["language"])
        if not snippet and match.get("sentences"):
            snippet = " … ".join(json.loads(match["sentences"]))
        row.update(
            why=match["why"],
            topic=match.get("topic"),
            topic_label=TOPIC_LABELS.get(match.get("topic") or ""),
            snippet=snippet or body[:200],
        )
        out.append((match, row))
    if latest_only:  # words before topic-only matches, each best first
        out.sort(key=lambda p: (p[0]["why"] != "words", p[0]["rank"]))
    else:
        out.sort(key=lambda p: -p[1]["section_id"])
    return [row for _, row in out[:limit]]


_TEXT_WORD = re.compile(r"\w+(?:[-\u2010\u2011\u00ad]\w+)*")
SNIPPET_WORDS = 32


def highlight_words(text: str, query: str, language: str | None) -> str:
    """A window of ``text`` around the first word matching a query word in any form.

    Matches are wrapped in ``MARK_START``/``MARK_END``; "" when no word matches.

    >>> marked = highlight_words("We retained nothing.", "retain", "en")
    >>> marked.replace(MARK_START, "[").replace(MARK_END, "]")
    'We [retained] nothing.'
    """
    stem = stemmer(language if language in STEMMED_LANGUAGES else "en")
    wanted = {stem("".join(words(w))) for w in _QUERY_WORD.findall(query) if words(w)}
    spans = [
        (m.start(), m.end())
        for m in _TEXT_WORD.finditer(text)
        if stem("".join(words(m.group(0)))) in wanted
    ]
    if not spans:
        return ""
    tokens = list(_TEXT_WORD.finditer(text))
    first = next(i for i, m in enumerate(tokens) if (m.start(), m.end()) == spans[0])
    lo = max(0, first - SNIPPET_WORDS // 3)
    hi = min(len(tokens), lo + SNIPPET_WORDS)
    start = 0 if lo == 0 else tokens[lo].start()
    end = len(text) if hi == len(tokens) else tokens[hi - 1].end()
    marked, at = [], start
    for a, b in spans:
        if a < start or b > end:
            continue
        marked += [text[at:a], MARK_START, text[a:b], MARK_END]
        at = b
    marked.append(text[at:end])
    return ("…" if lo else "") + "".join(marked) + ("…" if hi < len(tokens) else "")
