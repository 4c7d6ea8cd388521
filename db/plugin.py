"""policywatch's own Datasette plugin: change, document, vendor and search pages, feeds.

Registered by :func:`policywatch.db.web.make_datasette`, so ``policywatch
serve`` needs nothing else installed. Routes::

    /-/policywatch/change/{id}              redline, verdict, categories and reasons
    /-/policywatch/document/{id}            version timeline: stated date vs first seen
    /-/policywatch/vendor/{slug}            a vendor's documents and changes
    /-/policywatch/search?q=...&scope=all   full-text search, latest versions by default
    /-/policywatch/compare?vendors=a,b      topics and facts side by side (CSV, JSON too)
    /-/policywatch/feed.atom                material changes, every vendor
    /-/policywatch/vendor/{slug}/feed.atom  material changes of one vendor

Pages are Jinja templates under ``db/templates`` with autoescaping on; the
only markup built from data comes from :mod:`policywatch.db.redline`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup

from policywatch.db import feed, redline, webdata

PREFIX = "/-/policywatch"
# Views whose id columns link to the plugin's pages (see render_cell).
LINKED_VIEWS = {"change_log", "document_status"}
PAGE_COLUMNS = {"change_id": "change", "document_id": "document", "vendor_slug": "vendor"}


def page_path(datasette: Any, kind: str, key: object) -> str:
    """``/-/policywatch/{kind}/{key}`` under Datasette's base_url."""
    return str(datasette.urls.path(f"{PREFIX}/{kind}/{quote(str(key), safe='')}"))


def _int(request: Any, name: str) -> int:
    try:
        return int(request.url_vars[name])
    except ValueError as exc:  # the route regexes only admit digits; belt and braces
        raise NotFound(f"{name} must be a number") from exc


async def _page(datasette: Any, request: Any, template: str, context: dict[str, Any]) -> Response:
    db = datasette.get_database()
    context = {"db_name": db.name, "prefix": datasette.urls.path(PREFIX), **context}
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html)


async def change_page(datasette: Any, request: Any) -> Response:
    db = datasette.get_database()
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
    row = await webdata.document(datasette.get_database(), _int(request, "id"))
    if row is None:
        raise NotFound("No such document")
    return await _page(datasette, request, "policywatch_document.html", {"document": row})


async def vendor_page(datasette: Any, request: Any) -> Response:
    row = await webdata.vendor(datasette.get_database(), request.url_vars["slug"])
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
            results = await webdata.search(
                datasette.get_database(), q, latest_only=scope == "latest"
            )
        except webdata.SearchError as exc:
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
            "topic_label": webdata.TOPIC_LABELS.get(
                webdata.category_for_query(q) or "" if q else ""
            ),
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
    context = await datasette.get_database().execute_fn(
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
    db = datasette.get_database()
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


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    return [
        (rf"^{PREFIX}/change/(?P<id>\d+)$", change_page),
        (rf"^{PREFIX}/document/(?P<id>\d+)$", document_page),
        (rf"^{PREFIX}/vendor/(?P<slug>[^/]+)/feed\.atom$", vendor_feed),
        (rf"^{PREFIX}/vendor/(?P<slug>[^/]+)$", vendor_page),
        (rf"^{PREFIX}/search$", search_page),
        (rf"^{PREFIX}/compare$", compare_page),
        (rf"^{PREFIX}/feed\.atom$", site_feed),
    ]


@hookimpl
def extra_template_vars(template: str, datasette: Any) -> Any:
    """The home page opens on the latest material changes and what needs attention."""
    if template != "index.html":
        return {}

    async def inner() -> dict[str, Any]:
        db = datasette.get_database()
        problems = await db.execute(
            "select count(*) from document_status where active = 1 and (stale = 1"
            " or last_outcome not in ('new_version', 'unchanged', 'not_modified'))"
        )
        return {
            "pw_db": db.name,
            "pw_prefix": datasette.urls.path(PREFIX),
            "pw_changes": await webdata.material_changes(db, limit=20),
            "pw_problems": problems.first()[0],
        }

    return inner


@hookimpl
def render_cell(value: Any, column: str, table: str | None, datasette: Any) -> Markup | None:
    """In canned queries and our views, ids and slugs link to the plugin's pages."""
    if value is None or column not in PAGE_COLUMNS:
        return None
    if table is not None and table not in LINKED_VIEWS:
        return None  # tables keep Datasette's own foreign-key links
    path = page_path(datasette, PAGE_COLUMNS[column], value)
    return Markup('<a href="{}">{}</a>').format(path, value)


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """Answer 405 to every request that is not GET or HEAD.

    Datasette's read-only connections already refuse writes; this closes the
    remaining doors (canned-query POSTs, any write plugin installed by
    accident) so the guarantee does not rest on one mechanism.
    """

    def wrap(app: Any) -> Any:
        async def read_only(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD"):
                response = Response.text(
                    "policywatch serve is read-only", status=405, headers={"Allow": "GET, HEAD"}
                )
                await response.asgi_send(send)
                return
            await app(scope, receive, send)

        return read_only

    return wrap


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path(f"{PREFIX}/search"), "label": "Search policies"},
        {"href": datasette.urls.path(f"{PREFIX}/compare"), "label": "Compare vendors"},
        {"href": datasette.urls.path(f"{PREFIX}/feed.atom"), "label": "Feed of material changes"},
    ]
