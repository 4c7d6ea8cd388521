"""policywatch's own Datasette plugin: change, document, vendor and search pages, feeds.

Installed as a Datasette plugin (the ``datasette`` entry point in
pyproject.toml), so ``datasette policywatch.db`` shows the same pages as
``policywatch serve``, which registers it itself if needed
(:func:`policywatch.db.web.make_datasette`). It brings everything
policywatch adds to Datasette, for the databases holding policywatch's
tables: the metadata and canned queries (``db/metadata.yaml``), the
templates (``db/templates``), the stylesheet, error pages that print no
traceback for a visitor's mistake (4xx), and the read-only rule. Routes::

    /-/policywatch/change/{id}              redline, verdict, categories and reasons
    /-/policywatch/document/{id}            version timeline: stated date vs first seen
    /-/policywatch/vendor/{slug}            a vendor's documents and changes
    /-/policywatch/search?q=...&scope=all   full-text search, latest versions by default
    /-/policywatch/compare?vendors=a,b      topics and facts side by side (CSV, JSON too)
    /-/policywatch/feed.atom                material changes, every vendor
    /-/policywatch/vendor/{slug}/feed.atom  material changes of one vendor

Pages are Jinja templates under ``db/templates`` with autoescaping on; the
only markup built from data comes from :mod:`policywatch.db.redline`.

This module declares the hooks and routes; the pages' handlers are in
:mod:`policywatch.db.pages`, and each hook's work in its own ``db/`` module.
"""

from __future__ import annotations

import traceback
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Base400, Response, asgi_static
from markupsafe import Markup

from policywatch.db import (
    phrase,
    table_search,
    textstore,
    web,
    webdata,
    workspace,
)
from policywatch.db.health import ATTENTION_COUNT_SQL
from policywatch.db.pages import (
    PREFIX,
    change_page,
    compare_page,
    document_page,
    page_path,
    policywatch_database,
    policywatch_databases,
    search_page,
    served_databases,
    served_metadata,
    site_feed,
    vendor_feed,
    vendor_page,
)

# Views whose id columns link to the plugin's pages (see render_cell).
LINKED_VIEWS = {"change_log", "document_status"}
PAGE_COLUMNS = {"change_id": "change", "document_id": "document", "vendor_slug": "vendor"}
# Datasette's own error handler prints a traceback with every local variable
# for each 404; handle_exception below takes its place.
DEFAULT_ERROR_HANDLER = "datasette.handle_exception"


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
        (rf"^{PREFIX}/static/(?P<path>.+)$", asgi_static(web.package_dir("static"))),
    ]


@hookimpl
def startup(datasette: Any) -> Any:
    async def inner() -> None:
        from datasette.plugins import pm

        if pm.get_plugin(DEFAULT_ERROR_HANDLER) is not None:
            pm.unregister(name=DEFAULT_ERROR_HANDLER)
        await policywatch_databases(datasette)

    return inner


@hookimpl
def prepare_connection(conn: Any) -> None:
    """Every Datasette connection reads the compressed version text (``pw_text``)
    and checks phrases the positionless index cannot (``pw_has_phrase``).

    A damaged text reads as its marker ("[text unreadable: version 12]"), so
    one bad row does not take a page down (:mod:`policywatch.db.textstore`).
    """
    textstore.register(conn, unreadable="marker")
    phrase.register(conn)


@hookimpl
def get_metadata(datasette: Any, key: str, database: str | None, table: str | None) -> Any:
    """Titles, descriptions, facets and canned queries of the policywatch databases."""
    return served_metadata.get(datasette, {})


@hookimpl
def prepare_jinja2_environment(env: Any, datasette: Any) -> None:
    """Our templates (db/templates) after the user's --template-dir, before Datasette's own."""
    from jinja2 import ChoiceLoader, FileSystemLoader

    ours = FileSystemLoader(web.package_dir("templates"))
    theirs = [FileSystemLoader(datasette.template_dir)] if datasette.template_dir else []
    env.loader = ChoiceLoader([*theirs, ours, env.loader])


@hookimpl
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Any:
    """Error pages, quietly for what the visitor asked wrong (4xx, e.g. an unknown id).

    Like Datasette's default handler (which this one replaces at startup),
    but a 404 is not a fault of the server: only a 5xx prints its traceback.
    """
    from datasette.utils import add_cors_headers
    from datasette.views.base import DatasetteError

    async def inner() -> Response:
        title = None
        info: dict[str, Any] = {}
        if isinstance(exception, Base400):
            status, message = exception.status, str(exception.args[0] if exception.args else "")
            if message == str(status):  # Datasette's NotFound("404") for an unknown path
                message = f"Nothing at {request.path}"
        elif isinstance(exception, DatasetteError):
            status, info, title = exception.status, dict(exception.error_dict), exception.title
            message = Markup(exception.message) if exception.message_is_html else exception.message
        else:
            status, message = 500, str(exception)
        if status >= 500:
            traceback.print_exception(exception)  # a fault here: the console must show it
        info.update({"ok": False, "error": message, "status": status, "title": title})
        headers: dict[str, str] = {}
        if datasette.cors:
            add_cors_headers(headers)
        if request.path.endswith(".json"):
            return Response.json(info, status=status, headers=headers)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        context = {
            **info,
            "urls": datasette.urls,
            "app_css_hash": datasette.app_css_hash(),
            "menu_links": lambda: [],
            "pw_db": bool(served_databases.get(datasette)),
        }
        html = await template.render_async(context)
        return Response.html(html, status=status, headers=headers)

    return inner


@hookimpl
def extra_template_vars(template: str, datasette: Any) -> Any:
    """The home page opens on the latest material changes and what needs attention."""
    if template != "index.html":
        return {}

    async def inner() -> dict[str, Any]:
        if not await policywatch_databases(datasette):
            return {}
        db = policywatch_database(datasette)
        problems = await db.execute(ATTENTION_COUNT_SQL)
        return {
            "pw_db": db.name,
            "pw_prefix": datasette.urls.path(PREFIX),
            "pw_changes": await webdata.material_changes(db, limit=20),
            "pw_problems": problems.first()[0],
        }

    return inner


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, datasette: Any
) -> Markup | None:
    """In canned queries and our views, ids and slugs link to the plugin's pages.

    A version's compressed text (``versions.text_z``) shows as its text,
    escaped, or as its marker if it is damaged.
    """
    if column == "text_z" and isinstance(value, bytes):
        # A sqlite3.Row: "in" would look among its values, not its columns.
        version_id = row["id"] if table == "versions" and "id" in list(row.keys()) else None
        try:
            text = textstore.text_of(value, version_id)
        except textstore.UnreadableText:
            text = textstore.unreadable_marker(version_id)
        return Markup("{}").format(text)
    if value is None or column not in PAGE_COLUMNS:
        return None
    if table is not None and table not in LINKED_VIEWS:
        return None  # tables keep Datasette's own foreign-key links
    path = page_path(datasette, PAGE_COLUMNS[column], value)
    return Markup('<a href="{}">{}</a>').format(path, value)


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """Answer 405 to every request that is not GET or HEAD; send a table page's
    search of the section text to the search page (:mod:`policywatch.db.table_search`).

    Datasette's read-only connections already refuse writes; this closes the
    remaining doors (canned-query POSTs, any write plugin installed by
    accident) so the guarantee does not rest on one mechanism.
    """

    def wrap(app: Any) -> Any:
        async def read_only(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] == "http" and b"_search" in scope.get("query_string", b""):
                # Datasette's search of the positionless section text: ours answers it.
                base = datasette.setting("base_url").rstrip("/")
                location = table_search.search_page_for(
                    scope["path"].removeprefix(base),
                    scope["query_string"],
                    await policywatch_databases(datasette),
                    datasette.urls.path(f"{PREFIX}/search"),
                )
                if location is not None:
                    await Response.redirect(location).asgi_send(send)
                    return
            if (
                scope["type"] == "http"
                and scope["method"] not in ("GET", "HEAD")
                and not workspace.accepts_post(datasette, scope["path"])  # its forms
                and await policywatch_databases(datasette)
            ):
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
    if not served_databases.get(datasette):
        return []
    return [
        {"href": datasette.urls.path(f"{PREFIX}/search"), "label": "Search policies"},
        {"href": datasette.urls.path(f"{PREFIX}/compare"), "label": "Compare vendors"},
        {"href": datasette.urls.path(f"{PREFIX}/feed.atom"), "label": "Feed of material changes"},
    ]
