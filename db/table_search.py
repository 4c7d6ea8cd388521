"""Datasette's own search box over the section text, answered by policywatch's search page.

The section text indexes keep no token positions (``detail=none``: migration
m023; the stems index is contentless too), so Datasette's table search
(``?_search=``) cannot answer a quoted phrase on them: FTS5 refuses it and
Datasette answers HTTP 400 "phrase queries are not supported", or, on a
table it finds no index for (``section_texts``), silently shows every row.
A hand-typed search of the section text therefore goes to the search page
(:mod:`policywatch.db.search`), which answers phrases in two stages
(:mod:`policywatch.db.phrase`), in the same format (HTML, ``.json``,
``.csv``)::

    >>> page = "/-/policywatch/search"
    >>> search_page_for("/pw/section_texts.json", b"_search=%2230+days%22", ["pw"], page)
    '/-/policywatch/search?q=%2230+days%22&scope=all&format=json'
    >>> search_page_for("/pw/vendors", b"_search=acme", ["pw"], page) is None
    True
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

from datasette.utils import tilde_decode

# The full-text indexes of section text: positionless, so phrases are ours to answer.
TEXT_INDEXES = frozenset({"section_texts_fts", "section_text_stems_fts"})
# Tables whose search Datasette would refuse or ignore without a word. The
# sections views are not among them: their pages show no search box and say
# where to search (metadata.yaml), unless ``_fts_table`` names an index.
SEARCHED_HERE = frozenset({"section_texts", "section_text_content", *TEXT_INDEXES})
# The search page's scope by table: the current versions' sections, else every version's.
SCOPES = {"latest_sections": "latest"}
# The search page's export formats, named as Datasette's table extensions.
FORMATS = ("json", "csv")


def search_page_for(
    path: str, query_string: bytes, databases: list[str], search_path: str
) -> str | None:
    """Where a table page's search of the section text goes (``search_path?q=...``), else None.

    ``path``: the request's path below Datasette's base_url; ``databases``: the
    policywatch databases served. Only a non-empty ``_search`` (or
    ``_search_COLUMN``) on a text index or ``section_texts``, or one naming a
    text index as ``_fts_table``, goes; every other search stays Datasette's.
    """
    if b"_search" not in query_string:
        return None
    parts = path.strip("/").split("/")
    if len(parts) != 2 or tilde_decode(parts[0]) not in databases:
        return None
    table, _, extension = parts[1].partition(".")
    table = tilde_decode(table)
    args = parse_qs(query_string.decode("utf-8", "replace"))
    words = [
        value.strip()
        for name, values in args.items()
        if name == "_search" or name.startswith("_search_")
        for value in values
        if value.strip()
    ]
    fts_table = (args.get("_fts_table") or [""])[0]
    if not words or (table not in SEARCHED_HERE and fts_table not in TEXT_INDEXES):
        return None
    query = {"q": " ".join(words), "scope": SCOPES.get(table, "all")}
    if extension in FORMATS:
        query["format"] = extension
    return f"{search_path}?{urlencode(query)}"
