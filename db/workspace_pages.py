"""The workspace's pages and forms (routes in :mod:`policywatch.db.workspace`).

Each handler reads through the same functions as the CLI (:mod:`.review`,
:mod:`.report`, :mod:`.contracts`, :mod:`.users`) on Datasette's connections:
reads with ``execute_fn``, the few writes (a review, a user) with
``execute_write_fn``. Every POST handler checks the actor's permission;
Datasette's CSRF middleware has already checked the form's token.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from datasette.utils.asgi import Forbidden, NotFound, Response
from sqlite_utils import Database

from policywatch.db import contracts, redline, review, users
from policywatch.db.auth import PREFIX, login_required, role_of, safe_next, workspace_database
from policywatch.db.report import build_report, report_csv, report_html

T = TypeVar("T")
# How many rows the home page shows per list; each links to the full list.
HOME_ROWS = 20


async def _database(datasette: Any) -> Any:
    db = await workspace_database(datasette)
    if db is None:
        raise NotFound("No policywatch database is served here")
    return db


async def _read(datasette: Any, fn: Callable[[Database], T]) -> T:
    db = await _database(datasette)
    result: T = await db.execute_fn(lambda conn: fn(Database(conn)))
    return result


async def _write(datasette: Any, fn: Callable[[Database], T]) -> T:
    db = await _database(datasette)
    result: T = await db.execute_write_fn(lambda conn: fn(Database(conn)), block=True)
    return result


async def _render(
    datasette: Any, request: Any, template: str, context: dict[str, Any], status: int = 200
) -> Response:
    db = await _database(datasette)
    context = {"db_name": db.name, "prefix": datasette.urls.path(PREFIX), **context}
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)


def _int(request: Any, name: str = "id") -> int:
    return int(request.url_vars[name])


def _day(value: str | None) -> str | None:
    """A ``YYYY-MM-DD`` query argument, or None when missing or not a date."""
    if not value:
        return None
    try:
        return review.parse_day(value)
    except ValueError:
        return None


def _filters(request: Any) -> review.ChangeFilter:
    args = request.args
    status = args.get("status") if args.get("status") in review.ALL_STATUSES else None
    verdict = args.get("verdict") if args.get("verdict") in review.OVERRIDE_VERDICTS else None
    return review.ChangeFilter(
        status=status,
        verdict=verdict,
        tag=args.get("tag") or None,
        vendor=args.get("vendor") or None,
        since=_day(args.get("since")),
        until=_day(args.get("until")),
        limit=500,
    )


# ---- login ----


async def login_page(datasette: Any, request: Any) -> Response:
    """GET: the form. POST: check the password, set the signed ``ds_actor`` cookie."""
    target = safe_next(request.args.get("next"), datasette)
    if not await login_required(datasette):
        return Response.redirect(str(datasette.urls.instance()))
    error = None
    if request.method == "POST":
        form = await request.post_vars()
        target = safe_next(form.get("next"), datasette)
        name, password = form.get("name", ""), form.get("password", "")
        user = await _write(datasette, lambda db: users.verify_login(db, name, password))
        if user is not None:
            response = Response.redirect(target)
            actor = datasette.sign({"a": {"id": user["name"]}}, "actor")
            response.set_cookie("ds_actor", actor, httponly=True, samesite="lax")
            return response
        error = "Wrong name or password."
    return await _render(
        datasette,
        request,
        "policywatch_login.html",
        {"next": target, "error": error},
        status=401 if error else 200,
    )


# ---- review ----


async def review_post(datasette: Any, request: Any) -> Response:
    """A reviewer's decision on a change, from the form on its page."""
    if request.method != "POST":
        return Response.text("POST the review form", status=405, headers={"Allow": "POST"})
    if not await datasette.permission_allowed(request.actor, users.REVIEW, default=False):
        raise Forbidden("Only reviewers and admins can review changes")
    change_id = _int(request)
    form = await request.post_vars()
    by = request.actor["id"]
    override = form.get("verdict_override") or None
    assignee = form.get("assignee") or None

    def record(db: Database) -> int:
        if assignee and users.user_role(db, assignee) is None:
            raise review.ReviewError(f"no user {assignee!r} to assign it to")
        return review.record_review(
            db,
            change_id,
            form.get("status", ""),
            by=by,
            note=form.get("note"),
            assignee=assignee,
            verdict_override=override,
            override_reason=form.get("override_reason"),
        )

    try:
        await _write(datasette, record)
    except review.ReviewError as exc:
        datasette.add_message(request, f"Not recorded: {exc}", datasette.ERROR)
    else:
        datasette.add_message(request, f"Change {change_id}: {form.get('status')}.")
    return Response.redirect(datasette.urls.path(f"{PREFIX}/change/{change_id}") + "#review")


async def change_vars(datasette: Any, request: Any) -> dict[str, Any]:
    """The review panel of a change page: state, deadline, audit trail, form."""
    change_id = _int(request)

    def load(db: Database) -> dict[str, Any]:
        people = [u["name"] for u in users.list_users(db)]
        return {
            "state": review.change_state(db, change_id),
            "history": review.review_history(db, change_id),
            "people": people,
        }

    data = await _read(datasette, load)
    allowed = await datasette.permission_allowed(request.actor, users.REVIEW, default=False)
    return {
        "pw_review": data["state"],
        "pw_history": data["history"],
        "pw_people": data["people"],
        "pw_can_review": allowed,
        "pw_statuses": review.REVIEW_STATUSES,
        "pw_verdicts": review.OVERRIDE_VERDICTS,
    }


# ---- lists ----


async def changes_page(datasette: Any, request: Any) -> Response:
    f = _filters(request)
    rows = await _read(datasette, lambda db: review.list_changes(db, f))
    tags = await _read(datasette, review.all_tags)
    return await _render(
        datasette,
        request,
        "policywatch_changes.html",
        {
            "rows": rows,
            "filters": f,
            "tags": tags,
            "statuses": review.ALL_STATUSES,
            "verdicts": review.OVERRIDE_VERDICTS,
        },
    )


async def vendor_index_page(datasette: Any, request: Any) -> Response:
    tag = request.args.get("tag") or None
    vendors = await _read(datasette, lambda db: review.vendor_index(db, tag))
    tags = await _read(datasette, review.all_tags)
    return await _render(
        datasette,
        request,
        "policywatch_vendors.html",
        {"vendors": vendors, "tag": tag, "tags": tags},
    )


async def vendor_vars(datasette: Any, request: Any) -> dict[str, Any]:
    slug = request.url_vars.get("slug")
    rows = await _read(datasette, lambda db: review.vendor_index(db))
    vendor = next((v for v in rows if v["slug"] == slug), None)
    return {"pw_vendor": vendor}


async def home_vars(datasette: Any, request: Any) -> dict[str, Any]:
    """The team's home page: unreviewed material changes, deadlines, what needs attention."""
    from policywatch.db.health import document_health

    def load(db: Database) -> dict[str, Any]:
        unreviewed = review.ChangeFilter(status="new", verdict="material", limit=HOME_ROWS)
        return {
            "unreviewed": review.list_changes(db, unreviewed),
            "deadlines": review.open_deadlines(db, limit=HOME_ROWS),
            "attention": [h for h in document_health(db) if h.flags],
            "tags": review.all_tags(db),
        }

    data = await _read(datasette, load)
    return {
        "pw_team": data,
        "pw_today": dt.datetime.now(dt.UTC).date().isoformat(),
    }


# ---- report ----


async def report_page(datasette: Any, request: Any) -> Response:
    """The audit report for ``?since=&until=&tag=``; a form to choose them without ``since``."""
    since = _day(request.args.get("since"))
    until = _day(request.args.get("until"))
    tag = request.args.get("tag") or None
    if since is None:
        tags = await _read(datasette, review.all_tags)
        default = (dt.datetime.now(dt.UTC).date() - dt.timedelta(days=90)).isoformat()
        return await _render(
            datasette, request, "policywatch_report_form.html", {"tags": tags, "default": default}
        )
    report = await _read(datasette, lambda db: build_report(db, since=since, until=until, tag=tag))
    if request.url_vars.get("csv"):
        filename = f"policywatch-report-{since}-{until or 'today'}.csv"
        return Response(
            report_csv(report),
            content_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{filename}"'},
        )
    link = datasette.urls.path(f"{PREFIX}/change/") + "{}"
    return Response.html(report_html(report, change_url=link))


# ---- contract dates ----


async def document_vars(datasette: Any, request: Any) -> dict[str, Any]:
    document_id = _int(request)
    contract = await _read(datasette, lambda db: contracts.document_contract(db, document_id))
    return {"pw_contract": contract}


async def since_page(datasette: Any, request: Any) -> Response:
    """``?date=YYYY-MM-DD``: the version in force that day against the current one."""
    document_id = _int(request)
    contract = await _read(datasette, lambda db: contracts.document_contract(db, document_id))
    if contract is None:
        raise NotFound("No such document")
    day = _day(request.args.get("date")) or contract["signed"]
    mode = request.args.get("mode", "inline")
    mode = mode if mode in redline.MODES else "inline"
    result, problem = None, None
    if day is None:
        problem = "Choose a day: no signing date is set for this document or its vendor."
    else:
        try:
            result = await _read(
                datasette, lambda db: contracts.changes_since(db, document_id, day)
            )
        except LookupError as exc:
            problem = str(exc)
    return await _render(
        datasette,
        request,
        "policywatch_since.html",
        {
            "contract": contract,
            "day": day,
            "mode": mode,
            "result": result,
            "problem": problem,
            "redline": redline.redline(result.diff, mode) if result else None,
            "reasons": result.diff.get("reasons", []) if result else [],
        },
    )


# ---- users (admins) ----


async def users_page(datasette: Any, request: Any) -> Response:
    """List users; admins add one or remove one (POST with the CSRF token)."""
    if not await datasette.permission_allowed(request.actor, users.MANAGE_USERS, default=False):
        raise Forbidden("Only admins manage users")
    if request.method == "POST":
        form = await request.post_vars()
        name = form.get("name", "").strip()
        try:
            if form.get("action") == "remove":
                if name == request.actor["id"]:
                    raise users.UserError("you cannot remove yourself while logged in.")
                await _write(datasette, lambda db: users.remove_user(db, name))
                datasette.add_message(request, f"User {name} removed.")
            else:
                role, password = form.get("role", ""), form.get("password", "")
                await _write(datasette, lambda db: users.add_user(db, name, role, password))
                datasette.add_message(request, f"User {name} ({role}) added.")
        except users.UserError as exc:
            datasette.add_message(request, f"Not done: {exc}", datasette.ERROR)
        return Response.redirect(datasette.urls.path(f"{PREFIX}/users"))
    rows = await _read(datasette, users.list_users)
    me = await role_of(datasette, request.actor)
    return await _render(
        datasette,
        request,
        "policywatch_users.html",
        {"users": rows, "roles": users.ROLES, "me": me},
    )
