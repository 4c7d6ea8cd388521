"""What a crawl's database holds per stored version, and what it would with other codecs
and full-text index options (measured side by side on the crawl's own texts).

    storage = storage_per_version(db)   # right after the first crawl
    print_storage(storage)
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any


def db_bytes(path: Path) -> int:
    """Database size including the WAL, after a checkpoint."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def storage_per_version(path: Path) -> dict[str, Any]:
    """Bytes the database holds per stored version, right after the crawl, and the
    reference it is measured against: the version's text compressed (zlib, as
    snapshots are) plus its stored snapshot."""
    import sqlite3
    import zlib

    from policywatch.db.textstore import register

    total = db_bytes(path)
    with sqlite3.connect(path) as conn:
        register(conn)  # versions.text is stored compressed: read through pw_text
        versions = conn.execute("select count(*) from versions").fetchone()[0]
        text = sum(
            len(zlib.compress(row[0].encode("utf-8")))
            for row in conn.execute("select pw_text(text_z) from versions")
        )
        snapshots = conn.execute(
            "select coalesce(sum(length(body)), 0) from snapshots where sha256 in"
            " (select snapshot_sha256 from versions)"
        ).fetchone()[0]
        try:  # where the bytes are (SQLite built with the dbstat table)
            tables = conn.execute(
                "select name, sum(pgsize) from dbstat group by name order by 2 desc limit 6"
            ).fetchall()
        except sqlite3.OperationalError:
            tables = []
    return {
        "versions": versions,
        "per_version": total / max(versions, 1),
        "reference": (text + snapshots) / max(versions, 1),
        "tables": [(name, size / max(versions, 1)) for name, size in tables],
        "text_codecs": text_codecs(path),
        "index_options": index_options(path),
    }


def text_codecs(path: Path, sample: int = 100) -> list[tuple[str, float, float]]:
    """Stored text per version and compression CPU per version, for each codec worth a look.

    (name, bytes per version, ms per version) over the first ``sample``
    versions: zlib at the level policywatch uses and at 9, and lzma from the
    standard library (zstandard is not a dependency; see README).
    """
    import lzma
    import sqlite3
    import zlib

    from policywatch.db.textstore import TEXT_LEVEL, register

    with sqlite3.connect(path) as conn:
        register(conn)
        texts = [
            r[0].encode("utf-8")
            for r in conn.execute(
                "select pw_text(text_z) from versions order by id limit ?", [sample]
            )
        ]
    codecs = {
        f"zlib {TEXT_LEVEL}": lambda b: zlib.compress(b, TEXT_LEVEL),
        "zlib 9": lambda b: zlib.compress(b, 9),
        "lzma": lzma.compress,
    }
    out = []
    for name, codec in codecs.items():
        start = time.process_time()
        size = sum(len(codec(t)) for t in texts)
        ms = 1000 * (time.process_time() - start)
        out.append((name, size / max(len(texts), 1), ms / max(len(texts), 1)))
    return out


# FTS5 options measured side by side on the crawl's distinct section texts.
# detail=full keeps token positions (phrase queries); column keeps which
# column a token is in; none only which rows. columnsize=0 drops the
# per-row token counts bm25 reads (it then tokenizes the content instead).
INDEX_OPTIONS = {
    "detail=full": "tokenize='unicode61'",
    "detail=full, columnsize=0": "tokenize='unicode61', columnsize=0",
    "detail=column": "tokenize='unicode61', detail=column",
    "detail=none (policywatch)": "tokenize='unicode61', detail=none",
    "detail=none, columnsize=0": "tokenize='unicode61', detail=none, columnsize=0",
    "porter, detail=full": "tokenize='porter unicode61'",
}


def index_options(path: Path) -> list[tuple[str, float]]:
    """Bytes per version of the literal index built with each of :data:`INDEX_OPTIONS`.

    Each is built contentless (the index alone: policywatch's reads its
    content from the sections view) in one pass, then merged with 'optimize',
    from the crawl's distinct section texts; "as crawled" is the real index
    as the crawl's incremental writes left it.
    """
    import sqlite3

    from policywatch.db.textstore import register

    with sqlite3.connect(path) as conn:
        register(conn)
        versions = conn.execute("select count(*) from versions").fetchone()[0]
        texts = conn.execute("select id, heading, text from section_text_content").fetchall()
        try:
            crawled = conn.execute(
                "select sum(pgsize) from dbstat where name like 'section_texts_fts%'"
            ).fetchone()[0]
        except sqlite3.OperationalError:
            return []
    out = [("as crawled (detail=none)", (crawled or 0) / max(versions, 1))]
    with tempfile.TemporaryDirectory() as tmp:
        for number, (label, options) in enumerate(INDEX_OPTIONS.items()):
            with sqlite3.connect(Path(tmp) / f"{number}.db") as scratch:
                scratch.execute(
                    f"create virtual table fts using fts5(heading, text, content='', {options})"
                )
                scratch.executemany(
                    "insert into fts (rowid, heading, text) values (?, ?, ?)", texts
                )
                scratch.execute("insert into fts (fts) values ('optimize')")
                scratch.commit()
                size = scratch.execute(
                    "select sum(pgsize) from dbstat where name like 'fts%'"
                ).fetchone()[0]
            out.append((label, size / max(versions, 1)))
    return out


def print_storage(s: dict[str, Any]) -> None:
    print(
        f"  bytes per stored version:         {s['per_version']:8.0f}"
        f" ({s['versions']} versions, database and WAL after the crawl)"
    )
    ratio = s["per_version"] / s["reference"]
    print(
        f"  ratio to compressed text + snapshot: {ratio:5.2f}  (reference {s['reference']:.0f}"
        " bytes; target <= 1.5)"
    )
    if s["tables"]:
        print("    largest: " + ", ".join(f"{n} {b / 1024:.1f} KB" for n, b in s["tables"]))
    for name, size, ms in s.get("text_codecs", []):
        print(f"    text as {name:<8} {size / 1024:6.1f} KB per version, {ms:5.2f} ms to compress")
    for label, size in s.get("index_options", []):
        print(f"    literal index, {label:<28} {size / 1024:6.1f} KB per version")
