"""Datasette for a policywatch database: metadata, plugin, and starting the server.

    ds = make_datasette("policywatch.db")   # the project's metadata, templates and plugin
    run_datasette("policywatch.db")         # serve on 127.0.0.1:8001 until Ctrl-C

Nothing can be written from the web, three times over: Datasette opens a
file database for queries with ``?mode=ro`` and runs arbitrary SQL only on
those read-only connections; no canned query may be marked ``write: true``
(``check_read_only`` refuses one); and our plugin answers every request other
than GET or HEAD with 405, so no POST reaches a writable code path.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from policywatch.db.health import ATTENTION_QUERY_SQL
from policywatch.db.matrix_query import MATRIX_SQL

PLUGIN_NAME = "policywatch"

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


def datasette_metadata(db_path: str) -> dict[str, Any]:
    """The project's metadata with the tables and queries under this database's name."""
    text = resources.files("policywatch.db").joinpath("metadata.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    raw["queries"]["compare_vendors"]["sql"] = MATRIX_SQL
    raw["queries"]["failing_or_stale_documents"]["sql"] = ATTENTION_QUERY_SQL
    check_read_only(raw["queries"])
    database = {"tables": raw.pop("tables"), "queries": raw.pop("queries")}
    return {**raw, "databases": {Path(db_path).stem: database}}


def check_read_only(queries: dict[str, Any]) -> None:
    """Refuse canned queries marked ``write: true``: the web side never writes."""
    for name, query in queries.items():
        if query.get("write"):
            raise ValueError(f"canned query {name} is writable; policywatch serves read-only")


def register_plugin() -> None:
    """Register :mod:`policywatch.db.plugin` with Datasette once per process."""
    from datasette.plugins import pm

    from policywatch.db import plugin

    if pm.get_plugin(PLUGIN_NAME) is None:
        pm.register(plugin, name=PLUGIN_NAME)


def make_datasette(db_path: str) -> Any:
    """A Datasette instance for ``db_path`` with our plugin, read-only from the web."""
    from datasette.app import Datasette

    register_plugin()
    return Datasette(
        files=[db_path],
        metadata=datasette_metadata(db_path),
        settings=SETTINGS,
        template_dir=package_dir("templates"),
        static_mounts=[("-/policywatch/static", package_dir("static"))],
    )


def run_datasette(db_path: str, *, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve until interrupted (Ctrl-C)."""
    import uvicorn

    ds = make_datasette(db_path)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
