"""The plugin's pages: their route handlers and what they share.

Which of a Datasette's databases are policywatch's (looked up once per
instance), where a page lives (:func:`page_path`), and one handler per
route that :func:`policywatch.db.plugin.register_routes` declares. Each
reads its data from its own module (``webdata``, ``search``, ``feed``)::

    /-/policywatch/change/{id}   change_page      /-/policywatch/search    search_page
    /-/policywatch/document/{id} document_page    /-/policywatch/compare   compare_page
    /-/policywatch/vendor/{slug} vendor_page      /-/policywatch/feed.atom site_feed
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from weakref import WeakKeyDictionary

from datasette.utils.asgi import NotFound, Response

from policywatch.db import feed, redline, search, web, webdata

PREFIX = "/-/policywatch"

# Per Datasette instance: the names of its policywatch databases, and their metadata.
served_databases: WeakKeyDictionary[Any, list[str]] = WeakKeyDictionary()
served_metadata: WeakKeyDictionary[Any, dict[str, Any]] = WeakKeyDictionary()


async def policywatch_databases(datasette: Any) -> list[str]:
    """Names of this Datasette's databases that hold policywatch's tables (looked up once)."""
    names = served_databases.get(datasette)
    if names is None:
        names = [
            name
            for name, db in datasette.databases.items()
            if name != "_internal" and set(await db.table_names()) >= web.POLICYWATCH_TABLES
        ]
        # A Datasette of other databases (the plugin is installed for all) gets none.
        served_metadata[datasette] = web.metadata_for(names) if names else {}
        served_databases[datasette] = names
    return names


def policywatch_database(datasette: Any) -> Any:
    """The policywatch database the pages show (the first, if several are served)."""
    names = served_databases.get(datasette)
    if not names:
        raise NotFound("No policywatch database is served here")
    return datasette.get_database(names[0])


def page_path(datasette: Any, kind: str, key: object) -> str:
    """``/-/policywatch/{kind}/{key}`` under Datasette's base_url."""
    return str(datasette.urls.path(f"{PREFIX}/{kind}/{quote(str(key), safe='')}"))


def _int(request: Any, name: str) -> int:
    try:
        return int(request.url_vars[name])
    except ValueError as exc:  # the route regexes only admit digits; belt and braces
        raise NotFound(f"{name} must be a number") from exc


async def _page(datasette: Any, request: Any, template: str, context: dict[str, Any]) -> Response:
    db = policywatch_database(datasette)
    context = {"db_name": db.name, "prefix": datasette.urls.path(PREFIX), **context}
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html)


async def change_page(datasette: Any, request: Any) -> Response:
    db = policywatch_database(datasette)
    row = await webdata.change(db, _int(request, "id"))
    if row is None:
        raise NotFound("No such change")
    mode = request.args.get("mode", "inline")
    mode = mode if mode in redline.MODES else "inline"
    reasons = (row["diff"] or {}).get("reasons", [])
    return await _page(
        datasette,
        request,
        "policywatch_change.html",
        {
            "change": row,
            "reasons": reasons,
            "mode": mode,
            "redline": redline.redline(row["diff"], mode),
        },
    )


async def document_page(datasette: Any, request: Any) -> Response:
    row = await webdata.document(policywatch_database(datasette), _int(request, "id"))
    if row is None:
        raise NotFound("No such document")
    return await _page(datasette, request, "policywatch_document.html", {"document": row})


async def vendor_page(datasette: Any, request: Any) -> Response:
    row = await webdata.vendor(policywatch_database(datasette), request.url_vars["slug"])
    if row is None:
        raise NotFound("No such vendor")
    return await _page(datasette, request, "policywatch_vendor.html", {"vendor": row})


async def search_page(datasette: Any, request: Any) -> Response:
    """``?q=...[&scope=all][&format=csv|json]``: the page, or its results as a file."""
    q = (request.args.get("q") or "").strip()
    scope = "all" if request.args.get("scope") == "all" else "latest"
    results: list[dict[str, Any]] = []
    error = None
    if q:
        try:
            results = await search.search(
                policywatch_database(datasette), q, latest_only=scope == "latest"
            )
        except search.SearchError as exc:
            error = str(exc)
    export = request.args.get("format")
    if export in EXPORTS:
        rows = [{k: r[k] for k in SEARCH_EXPORT_COLUMNS} for r in results]
        return _export(rows, export, "search")
    return await _page(
        datasette,
        request,
        "policywatch_search.html",
        {
            "q": q,
            "scope": scope,
            "error": error,
            "topic_label": search.TOPIC_LABELS.get(search.Query.parse(q).topic(q) or ""),
            "results": [{**r, "snippet_html": redline.highlight(r["snippet"])} for r in results],
        },
    )


EXPORTS = ("csv", "json")
SEARCH_EXPORT_COLUMNS = (
    "vendor", "vendor_slug", "doc_type", "document_id", "version", "version_id",
    "first_seen_at", "stated_date", "heading", "why", "topic", "snippet",
)  # fmt: skip


def _export(rows: list[dict[str, Any]], fmt: str, name: str) -> Response:
    """Rows as a CSV or JSON download (the text as stored; match markers removed)."""
    import csv
    import io
    import json

    def plain(value: Any) -> Any:
        if isinstance(value, str):
            return value.replace(webdata.MARK_START, "").replace(webdata.MARK_END, "")
        return value

    rows = [{k: plain(v) for k, v in r.items()} for r in rows]
    if fmt == "json":
        body = json.dumps(rows, ensure_ascii=False, indent=2)
        return Response(body, content_type="application/json; charset=utf-8")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["empty"])
    writer.writeheader()
    writer.writerows(rows)
    return Response(
        out.getvalue(),
        content_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}.csv"'},
    )


async def compare_page(datasette: Any, request: Any) -> Response:
    """``?vendors=a,b,c[&doc_type=dpa][&format=csv|json]``: topics and facts, side by side."""
    from sqlite_utils import Database

    from policywatch.db.compare_page import compare_context, matrix_csv

    vendors = request.args.get("vendors", "")
    doc_type = request.args.get("doc_type") or "privacy_policy"
    context = await policywatch_database(datasette).execute_fn(
        lambda conn: compare_context(Database(conn), vendors, doc_type)
    )
    export, matrix = request.args.get("format"), context["matrix"]
    if export in EXPORTS and matrix is not None:
        if export == "json":
            return Response.json(matrix.to_dict())
        return Response(
            matrix_csv(matrix),
            content_type="text/csv; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="compare.csv"'},
        )
    return await _page(datasette, request, "policywatch_compare.html", context)


async def _feed(datasette: Any, request: Any, slug: str | None) -> Response:
    db = policywatch_database(datasette)
    title = "policywatch: material changes"
    site = datasette.absolute_url(request, datasette.urls.path("/"))
    if slug is not None:
        vendor = await webdata.vendor(db, slug)
        if vendor is None:
            raise NotFound("No such vendor")
        title = f"policywatch: material changes of {vendor['name']}"
        site = datasette.absolute_url(request, page_path(datasette, "vendor", slug))
    rows = await webdata.material_changes(db, limit=50, vendor_slug=slug)
    body = feed.atom_feed(
        rows,
        title=title,
        feed_url=datasette.absolute_url(request, request.path),
        site_url=site,
        change_url=lambda i: datasette.absolute_url(request, page_path(datasette, "change", i)),
    )
    return Response(body, content_type=feed.CONTENT_TYPE)


async def site_feed(datasette: Any, request: Any) -> Response:
    return await _feed(datasette, request, None)


async def vendor_feed(datasette: Any, request: Any) -> Response:
    return await _feed(datasette, request, request.url_vars["slug"])
