"""Datasette for a policywatch database: the plugin's metadata, and starting the server.

    ds = make_datasette("policywatch.db")   # Datasette with the policywatch plugin
    run_datasette("policywatch.db")         # serve on 127.0.0.1:8001 until Ctrl-C
    datasette policywatch.db                # the same pages (the plugin's entry point)

Everything policywatch adds to Datasette comes from one place, the plugin
(:mod:`policywatch.db.plugin`): pages, templates, metadata and canned
queries, error pages, read-only. ``policywatch serve`` adds only settings
and where it listens.

Nothing can be written from the web, three times over: Datasette opens a
file database for queries with ``?mode=ro`` and runs arbitrary SQL only on
those read-only connections; no canned query may be marked ``write: true``
(``check_read_only`` refuses one); and our plugin answers every request other
than GET or HEAD with 405, so no POST reaches a writable code path.
"""

from __future__ import annotations

import copy
import errno
import os
import secrets
import socket
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from policywatch.core.vocabulary import Flag, Outcome
from policywatch.db.health import ATTENTION_QUERY_SQL
from policywatch.db.matrix_query import MATRIX_SQL

PLUGIN_NAME = "policywatch"
# A database holding these tables is a policywatch database: the plugin's
# metadata, pages and read-only rule apply to it (and to no other).
POLICYWATCH_TABLES = frozenset({"vendors", "documents", "versions", "changes"})

SETTINGS = {
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    # Only immutable databases can be downloaded anyway; say so explicitly.
    "allow_download": False,
    # Suggesting facets tries every column of a table on every page view: over
    # a second on 100,000 changes. Our facets are configured in metadata.yaml.
    "suggest_facets": False,
}


def package_dir(name: str) -> str:
    """A folder shipped inside policywatch.db (templates, static)."""
    return str(resources.files("policywatch.db").joinpath(name))


@lru_cache(maxsize=1)
def _project_metadata() -> dict[str, Any]:
    """metadata.yaml, read once, with the compare query's SQL filled in."""
    text = resources.files("policywatch.db").joinpath("metadata.yaml").read_text("utf-8")
    raw: dict[str, Any] = yaml.safe_load(text)
    raw["queries"]["compare_vendors"]["sql"] = MATRIX_SQL
    raw["queries"]["failing_or_stale_documents"]["sql"] = ATTENTION_QUERY_SQL
    describe_vocabulary(raw["tables"])
    check_read_only(raw["queries"])
    return raw


def describe_vocabulary(tables: dict[str, Any]) -> None:
    """Describe the outcome and flag columns from the vocabulary, never by hand.

    A new outcome or flag in :mod:`policywatch.core.vocabulary` is described
    here the day it exists, in the same words ``policywatch status`` uses.
    """
    outcomes = ", ".join(outcome.value for outcome in Outcome)
    tables["fetches"]["columns"]["outcome"] = (
        f"What the fetch came to: {outcomes}. Only new_version stores a version; suspect,"
        " blocked, not_a_policy and errors never do."
    )
    status = tables["document_status"]["columns"]
    status["last_outcome"] = f"What the last fetch came to ({outcomes})."
    for flag in Flag:
        status[flag.value] = f"1 if flagged {flag.value}: {flag.help}."


def metadata_for(database_names: Iterable[str]) -> dict[str, Any]:
    """The project's metadata, its tables and queries under each of these databases.

    A copy: Datasette merges other metadata (``datasette -m``) into what it gets.
    """
    raw = copy.deepcopy(_project_metadata())
    database = {"tables": raw.pop("tables"), "queries": raw.pop("queries")}
    return {**raw, "databases": {name: database for name in database_names}}


def datasette_metadata(db_path: str) -> dict[str, Any]:
    """:func:`metadata_for` the database Datasette names after this file."""
    return metadata_for([Path(db_path).stem])


def check_read_only(queries: dict[str, Any]) -> None:
    """Refuse canned queries marked ``write: true``: the web side never writes."""
    for name, query in queries.items():
        if query.get("write"):
            raise ValueError(f"canned query {name} is writable; policywatch serves read-only")


def register_plugin() -> None:
    """Register :mod:`policywatch.db.plugin` unless its entry point already did."""
    from datasette.plugins import pm

    from policywatch.db import plugin

    if pm.get_plugin(PLUGIN_NAME) is None:
        pm.register(plugin, name=PLUGIN_NAME)
    from policywatch.db import workspace  # users, login, review (issue 18)

    if pm.get_plugin(f"{PLUGIN_NAME}-workspace") is None:
        pm.register(workspace, name=f"{PLUGIN_NAME}-workspace")


def make_datasette(db_path: str) -> Any:
    """A Datasette instance for ``db_path`` with our plugin, read-only from the web."""
    from datasette.app import Datasette

    register_plugin()
    return Datasette(files=[db_path], settings=SETTINGS, secret=signing_secret(db_path))


def signing_secret(db_path: str) -> str | None:
    """The secret Datasette signs login cookies and CSRF tokens with.

    ``$DATASETTE_SECRET`` if set; else one kept beside the database in
    ``DB.secret`` (created once, readable by its owner only), so a restart of
    ``policywatch serve`` does not log the team out. None for ``:memory:``
    (Datasette then makes one up per process).
    """
    if os.environ.get("DATASETTE_SECRET"):
        return os.environ["DATASETTE_SECRET"]
    if db_path == ":memory:":
        return None
    path = Path(f"{db_path}.secret")
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    secret = secrets.token_hex(32)
    try:
        # O_EXCL: two servers starting at once agree on the first one's secret.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(secret + "\n")
    return secret


class CannotListen(ValueError):
    """The server cannot listen where asked; the message says what to do."""


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port``, or :class:`CannotListen` saying what to do.

    Bound here, before anything slow runs, and handed to the server, so a busy
    port is said at once and in words, not as uvicorn's raw error.
    """
    try:
        # proto=IPPROTO_TCP, as asyncio's own sockets: asyncio sets TCP_NODELAY
        # only on those, and without it every response waits ~40 ms (Nagle).
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
        )[0]
        sock = socket.socket(family, kind, proto)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.listen(socket.SOMAXCONN)
        except OSError:
            sock.close()
            raise
        return sock
    except socket.gaierror as exc:
        raise CannotListen(f"cannot listen on {host}: unknown address ({exc})") from None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise CannotListen(
                f"port {port} on {host} is already in use (another 'policywatch serve' or"
                f" 'demo' still running?): stop it, or choose another port, e.g. --port"
                f" {port + 1}"
            ) from None
        if exc.errno == errno.EACCES:
            raise CannotListen(
                f"no permission to listen on port {port}: choose one above 1023, e.g. --port 8001"
            ) from None
        raise CannotListen(f"cannot listen on {host} port {port}: {exc.strerror}") from None


def run_datasette(
    db_path: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8001,
    sock: socket.socket | None = None,
) -> None:
    """Serve until interrupted (Ctrl-C), on ``sock`` if given (see :func:`listen`)."""
    import uvicorn

    sock = sock or listen(host, port)
    ds = make_datasette(db_path)
    server = uvicorn.Server(uvicorn.Config(ds.app(), log_level="warning"))
    server.run(sockets=[sock])
