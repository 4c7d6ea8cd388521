"""Datasette for a policywatch database: metadata, plugin, and starting the server."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml


def datasette_metadata(db_path: str) -> dict[str, Any]:
    """The project's metadata with the tables and queries under this database's name."""
    text = resources.files("policywatch.db").joinpath("metadata.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    database = {"tables": raw.pop("tables"), "queries": raw.pop("queries")}
    return {**raw, "databases": {Path(db_path).stem: database}}


def make_datasette(db_path: str) -> Any:
    """A Datasette instance for ``db_path``, read-only from the web."""
    from datasette.app import Datasette

    return Datasette(
        files=[db_path],
        metadata=datasette_metadata(db_path),
        settings={"sql_time_limit_ms": 3000, "facet_time_limit_ms": 500},
    )


def run_datasette(db_path: str, *, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve until interrupted (Ctrl-C)."""
    import uvicorn

    ds = make_datasette(db_path)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
