"""Search that understands words: the queries behind the search page and its exports.

    rows = await search(datasette.get_database(), "sub-processor")
    rows[0]["why"], rows[0]["snippet"]   # "words" or "topic"; matches between MARK_START/END

Three indexes answer, each holding every distinct section text once
(``section_texts``, migration m007), so current and all-version searches
share them:

- ``section_text_stems_fts`` (migration m019): the text's stems per
  language, hyphens folded, so "retained" finds "retain" and
  "sub-processor" finds "subprocessors";
- ``section_texts_fts``: the literal words, for phrases in quotes and the
  texts ``policywatch analyse`` has not stemmed yet. It keeps no positions
  (``detail=none``), so a phrase (or ``sub-processor``, two tokens) is
  asked of it as its tokens and checked on the section's text
  (:mod:`policywatch.db.phrase`);
- ``section_topics``: a query that names a topic ("retention",
  "sub-processors") also finds the sections classified under it.

Whatever a person types is never an FTS syntax error: words are quoted,
a phrase in double quotes is searched as written, and a query too long to
run raises :class:`SearchError` with what to do.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.stems import (
    HYPHENATED_WORD,
    query_terms,
    stemmer,
    stemmer_name,
    words,
)
from policywatch.core.taxonomy import category_for_query, topics
from policywatch.db.phrase import QUERY_PART, TOKEN, index_query, needs_check, parse
from policywatch.db.webdata import MARK_END, MARK_START, query_rows

# The languages whose Snowball stems a query word is also looked up as.
STEMMED_LANGUAGES: frozenset[str | None] = frozenset(
    language for language in LANGUAGES if stemmer_name(language)
)
TOPIC_LABELS = {c.id: c.label for c in topics()}

# Longer queries are refused with a message rather than run.
MAX_QUERY_CHARS = 300
MAX_QUERY_WORDS = 12


class SearchError(ValueError):
    """What a person typed cannot be searched for; the message says why and what to do."""


@dataclass(frozen=True)
class Query:
    """What a person typed, read as words (``prefix``: ended with ``*``) and phrases.

    >>> Query.parse('sub-processor "data retention" back*')
    Query(words=(('sub-processor', False), ('back', True)), phrases=('data retention',))
    """

    words: tuple[tuple[str, bool], ...]
    phrases: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> Query:
        found_words: list[tuple[str, bool]] = []
        phrases: list[str] = []
        for phrase, word in QUERY_PART.findall(text):
            if phrase.strip():
                if len(phrase.split()) == 1:  # one word in quotes is that word
                    found_words.append((phrase.strip(), False))
                else:
                    phrases.append(" ".join(phrase.split()))
            elif word:
                prefix = word.endswith("*") and len(word) > 1
                word = word.rstrip("*")
                if word:
                    found_words.append((word, prefix))
        return cls(tuple(found_words), tuple(phrases))

    def stemmed(self, languages: frozenset[str | None] = STEMMED_LANGUAGES) -> str:
        """The query for the stemmed index: each word as it may be indexed in any language.

        "" when the query has a phrase: a phrase is searched as written.

        >>> Query.parse("Sub-processors retained").stemmed(frozenset({"en", "fr"}))
        '("subprocessor" OR "subprocessors") AND "retained"'
        """
        if self.phrases:
            return ""
        parts = []
        for word, prefix in self.words:
            alternatives = sorted(query_terms(word, set(languages)))
            if not alternatives:
                continue
            star = "*" if prefix else ""
            # The index keeps no positions: a term the tokenizer would split
            # ("a_b") is asked for as its tokens, each present.
            quoted = [" AND ".join(f'"{t}"{star}' for t in TOKEN.findall(a)) for a in alternatives]
            quoted = [f"({q})" if " AND " in q else q for q in quoted if q]
            if not quoted:
                continue
            parts.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
        return " AND ".join(parts)

    def topic(self, text: str) -> str | None:
        """The topic the whole query names ("retention", "sub-processors"), if it names one."""
        return None if self.phrases else category_for_query(text)

    def count(self) -> int:
        return len(self.words) + sum(len(p.split()) for p in self.phrases)


def check_query(text: str) -> Query:
    """The query read from ``text``; :class:`SearchError` for one too long to run."""
    if len(text) > MAX_QUERY_CHARS:
        raise SearchError(
            f"The search is {len(text)} characters long; search for at most "
            f"{MAX_QUERY_CHARS} (a few words, or a phrase in quotes)."
        )
    query = Query.parse(text)
    if query.count() > MAX_QUERY_WORDS:
        raise SearchError(
            f"The search has more than {MAX_QUERY_WORDS} words; every word must appear in a "
            "section, so use fewer, more telling words."
        )
    return query


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

    A section matches when it holds every word in any form (the stemmed
    index), or literally (the literal index, which also covers versions not
    analysed yet, and alone answers a phrase in quotes), or when the query
    names a topic and the section is classified under it. Each row says
    ``why`` it matched ("words" or "topic") and carries a ``snippet`` with
    the matching words between ``MARK_START``/``MARK_END``. Raises
    :class:`SearchError` for a query that cannot be run.
    """
    query = check_query(text)
    if not parse(text):  # no word to search for
        return []
    literal = index_query(text)
    # Current versions: documents.current_version_id, as everywhere.
    current = "join documents cd on cd.current_version_id = sp.version_id" if latest_only else ""
    # The literal index has every token; the text says whether the phrases are in it.
    phrases = (
        "join sections s on s.id = sp.id"
        " and pw_has_phrase(coalesce(s.heading, '') || char(10) || s.text, :text)"
        if needs_check(text)
        else ""
    )
    found: dict[int, dict[str, Any]] = {}
    try:
        for fts, q in (("section_text_stems_fts", query.stemmed()), ("section_texts_fts", literal)):
            if not q:
                continue
            snippet = (
                f"snippet({fts}, 1, '{MARK_START}', '{MARK_END}', '…', 32)"
                if fts == "section_texts_fts"
                else "null"
            )
            for row in await query_rows(
                db,
                f"""select sp.id as section_id, bm25({fts}) as rank, {snippet} as snippet
                from {fts} join section_spans sp on sp.text_id = {fts}.rowid {current}
                {phrases if fts == "section_texts_fts" else ""}
                where {fts} match :q
                order by {"rank" if latest_only else "sp.id desc"} limit :limit""",
                {"q": q, "limit": limit, "text": text},
            ):
                entry = found.setdefault(row["section_id"], {"why": "words", "rank": row["rank"]})
                if row["snippet"] and phrases:
                    # Without positions FTS5 marks a phrase's words one by one: mark it as one.
                    entry["snippet"] = _ADJACENT_MARKS.sub(r"\1", row["snippet"])
                elif row["snippet"]:
                    entry["snippet"] = row["snippet"]
    except Exception as exc:  # sqlite3.OperationalError from a query we could not make safe
        raise SearchError(f"Could not search for {text!r}: {exc}. Try plain words.") from exc
    topic = query.topic(text)
    if topic is not None:
        for row in await query_rows(
            db,
            f"""select t.section_id, t.sentences from section_topics t
            join section_spans sp on sp.id = t.section_id {current}
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
    return await _results(db, text, found, latest_only=latest_only, limit=limit)


async def _results(
    db: Any, text: str, found: dict[int, dict[str, Any]], *, latest_only: bool, limit: int
) -> list[dict[str, Any]]:
    """The matched sections with their vendor, document and version, and a snippet each."""
    ids = list(found)
    details = {
        r["section_id"]: r
        for r in await query_rows(
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


# The end of one mark and the start of the next, with only spaces between.
_ADJACENT_MARKS = re.compile(re.escape(MARK_END) + r"(\s+)" + re.escape(MARK_START))
SNIPPET_WORDS = 32


def highlight_words(text: str, query: str, language: str | None) -> str:
    """A window of ``text`` around the first word matching a query word in any form.

    Matches are wrapped in ``MARK_START``/``MARK_END``; "" when no word matches.

    >>> marked = highlight_words("We retained nothing.", "retain", "en")
    >>> marked.replace(MARK_START, "[").replace(MARK_END, "]")
    'We [retained] nothing.'
    """
    stem = stemmer(language if language in STEMMED_LANGUAGES else "en")
    wanted = {stem("".join(words(w))) for w in query.split() if words(w)}
    spans = [
        (m.start(), m.end())
        for m in HYPHENATED_WORD.finditer(text)
        if stem("".join(words(m.group(0)))) in wanted
    ]
    if not spans:
        return ""
    tokens = list(HYPHENATED_WORD.finditer(text))
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
