"""The team workspace in Datasette: users, login, roles and review (issue 18).

A second Datasette plugin beside :mod:`policywatch.db.plugin`, registered by
:func:`policywatch.db.web.register_plugin`. Without users in the database
nothing changes: the workspace is read-only for whoever can reach it (by
default only this machine). Once ``policywatch users add`` has run:

- every page asks for a login (:func:`asgi_wrapper`, one gate for all paths,
  Datasette's own and ours) and sends an anonymous visitor to
  ``/-/policywatch/login``;
- the login sets Datasette's signed ``ds_actor`` cookie (``{"id": NAME}``);
  the role is read from the ``users`` table on each check, so removing a
  user or changing a role takes effect at once;
- :func:`permission_allowed` answers Datasette's permission checks: viewers
  read, reviewers also review (``policywatch-review``), admins also manage
  users (``policywatch-manage-users``);
- the forms post with Datasette's CSRF token (asgi-csrf refuses a POST
  without it), and each handler checks the permission again.

Routes (pages in :mod:`policywatch.db.workspace_pages`)::

    /-/policywatch/login                     GET form, POST name + password
    /-/policywatch/change/{id}/review        POST a review (reviewers)
    /-/policywatch/changes?...               change list with review state and filters
    /-/policywatch/vendor                    vendor index
    /-/policywatch/report?since=...          the audit report (.csv too)
    /-/policywatch/document/{id}/since?date= what changed since a day (signing)
    /-/policywatch/users                     users (admins)
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.actor_auth_cookie import actor_from_request as cookie_actor
from datasette.utils.asgi import Request, Response

from policywatch.db import users, workspace_pages
from policywatch.db.auth import LOGIN, PREFIX, login_required, role_of, workspace_database

# Paths a visitor reaches without a login: the login form and the styles it uses.
OPEN_PATHS = re.compile(r"^/-/(policywatch/login$|static/|policywatch/static/)|^/favicon\.ico$")
# The only paths that accept a POST (policywatch serve refuses every other one):
# our forms, and Datasette's own logout.
POST_PATHS = re.compile(r"^/-/(policywatch/(login|users|change/\d+/review)|logout)$")


def route_path(datasette: Any, path: str) -> str:
    """``path`` as Datasette routes it: without the ``base_url`` prefix, if any."""
    base = str(datasette.setting("base_url") or "/")
    if base != "/" and path.startswith(base):
        return "/" + path[len(base) :]
    return path


def accepts_post(datasette: Any, path: str) -> bool:
    """Whether ``path`` is one of the workspace's forms (see :mod:`policywatch.db.plugin`)."""
    return POST_PATHS.search(route_path(datasette, path)) is not None


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """The login gate: with users, an anonymous request goes to the login form."""

    def wrap(app: Any) -> Any:
        async def gate(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] != "http" or OPEN_PATHS.search(route_path(datasette, scope["path"])):
                await app(scope, receive, send)
                return
            if await login_required(datasette):
                request = Request(scope, receive)
                if await role_of(datasette, cookie_actor(datasette, request)) is None:
                    await _to_login(datasette, request).asgi_send(send)
                    return
            await app(scope, receive, send)

        return gate

    return wrap


def _to_login(datasette: Any, request: Request) -> Response:
    if request.method not in ("GET", "HEAD"):
        return Response.text("Log in first: /-/policywatch/login", status=403)
    here = request.path + (f"?{request.query_string}" if request.query_string else "")
    login = datasette.urls.path(LOGIN)
    return Response.redirect(f"{login}?{urlencode({'next': here})}")


@hookimpl
def permission_allowed(datasette: Any, actor: Any, action: str, resource: Any) -> Any:
    """Roles decide when users exist; without users nobody reviews or manages users."""
    ours = action in (users.REVIEW, users.MANAGE_USERS)

    async def inner() -> bool | None:
        if not await login_required(datasette):
            return False if ours else None
        role = await role_of(datasette, actor)
        if role is None:
            return False  # the gate already stops anonymous visitors; belt and braces
        if ours or action == users.READ:
            return users.allowed(role, action)
        if action == "view-table" and resource and resource[1] == "users":
            return False  # password hashes are nobody's reading; admins use /-/policywatch/users
        if action == "execute-sql":
            # Arbitrary SQL could read the users table: admins only, once there are users.
            return users.allowed(role, users.MANAGE_USERS)
        return None  # Datasette's defaults for the rest (read-only tables and queries)

    return inner


@hookimpl
def forbidden(datasette: Any, request: Any, message: str) -> Any:
    """A 403 for someone not logged in becomes the login form (when there are users)."""
    if request.actor is not None:
        return None  # Datasette's own 403 page

    async def inner() -> Response:
        if await login_required(datasette):
            return _to_login(datasette, request)
        # The same page as Datasette's default hook (a hook cannot decline once async).
        html = await datasette.render_template(
            "error.html", {"title": "Forbidden", "error": message}, request=request
        )
        return Response.html(html, status=403)

    return inner


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    pages = workspace_pages
    return [
        (rf"^{LOGIN}$", pages.login_page),
        (rf"^{PREFIX}/change/(?P<id>\d+)/review$", pages.review_post),
        (rf"^{PREFIX}/changes$", pages.changes_page),
        (rf"^{PREFIX}/vendors?/?$", pages.vendor_index_page),
        (rf"^{PREFIX}/report(?P<csv>\.csv)?$", pages.report_page),
        (rf"^{PREFIX}/document/(?P<id>\d+)/since$", pages.since_page),
        (rf"^{PREFIX}/users$", pages.users_page),
    ]


@hookimpl
def extra_template_vars(template: str, request: Any, datasette: Any) -> Any:
    """Review state, tags, owner and contract dates on the existing pages and the home page."""
    builders = {
        "index.html": workspace_pages.home_vars,
        "policywatch_change.html": workspace_pages.change_vars,
        "policywatch_document.html": workspace_pages.document_vars,
        "policywatch_vendor.html": workspace_pages.vendor_vars,
    }
    build = builders.get(template)
    if build is None or request is None:
        return {}

    async def inner() -> dict[str, Any]:
        if await workspace_database(datasette) is None:
            return {}
        return await build(datasette, request)

    return inner


@hookimpl
def menu_links(datasette: Any, actor: Any) -> Any:
    async def inner() -> list[dict[str, str]]:
        if await workspace_database(datasette) is None:
            return []
        links = [
            {"href": datasette.urls.path(f"{PREFIX}/changes?status=new"), "label": "Unreviewed"},
            {"href": datasette.urls.path(f"{PREFIX}/vendor"), "label": "Vendors"},
            {"href": datasette.urls.path(f"{PREFIX}/report"), "label": "Audit report"},
        ]
        if await datasette.permission_allowed(actor, users.MANAGE_USERS, default=False):
            links.append({"href": datasette.urls.path(f"{PREFIX}/users"), "label": "Users"})
        elif actor is None and await login_required(datasette):
            links.append({"href": datasette.urls.path(LOGIN), "label": "Log in"})
        return links

    return inner
