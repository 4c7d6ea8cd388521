"""Options and errors shared by subcommands.

Every command that takes ``--db`` gets it from :func:`db_option`, which checks
the path before the command runs, so a bad path is one line and exit code 2
from every command, never a traceback from SQLite::

    @click.command()
    @db_option                 # read an existing database (never creates one)
    def status(db_path): ...

    @click.command()
    @db_option(create=True)    # may create it; its folder must exist
    def crawl(db_path): ...

    @click.command()
    @db_option(when_used=True) # only some inputs read it: call require_database()
    def diff(db_path): ...
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

DEFAULT_DB = "policywatch.db"
# Where 'policywatch demo' (and so 'make demo') writes its database.
DEMO_DB = "policywatch-demo.db"
SQLITE_MAGIC = b"SQLite format 3\x00"


class UsageFailure(click.ClickException):
    """A problem with what the user asked for or gave us (exit code 2)."""

    exit_code = EXIT_USAGE


def damaged_text_failure(exc: BaseException) -> UsageFailure | None:
    """``exc`` as one line naming the damaged version text it came from, else None.

    Every command's (the CLI group catches it): a ``versions.text_z`` that is
    not zlib data, read in Python or through SQL's ``pw_text``.
    """
    from policywatch.db.textstore import unreadable_text

    problem = unreadable_text(exc)
    return None if problem is None else UsageFailure(str(problem))


def db_option(
    func: F | None = None,
    *,
    create: bool = False,
    when_used: bool = False,
    default: str = DEFAULT_DB,
    envvar: str | None = "POLICYWATCH_DB",
    help: str = "SQLite database file (env: POLICYWATCH_DB).",
) -> Any:
    """``--db PATH`` (or ``$POLICYWATCH_DB``), default ``./policywatch.db``, checked.

    ``create``: the command may create the database (its folder must exist).
    ``when_used``: the command reads it only for some inputs and calls
    :func:`require_database` then. Otherwise the database must exist.
    """

    def check(ctx: click.Context, param: click.Parameter, value: str) -> str:
        if when_used:
            return value
        return require_database(value, create=create)

    def decorate(f: F) -> F:
        return click.option(
            "--db",
            "db_path",
            envvar=envvar,
            default=default,
            show_default=True,
            type=click.Path(dir_okay=False),
            callback=check,
            help=help,
        )(f)

    return decorate(func) if func is not None else decorate


def require_database(db_path: str, *, create: bool = False, context: str = "") -> str:
    """Return ``db_path`` if a command can use it, else raise :class:`UsageFailure`.

    A folder that does not exist, a file that is not SQLite, and (unless
    ``create``) a database that does not exist each get one line saying what
    to do. ``context`` prefixes the message (e.g. the input that needed it).
    """
    if db_path == ":memory:":
        return db_path
    path = Path(db_path)
    prefix = f"{context} " if context else ""
    folder = path.parent
    if not folder.is_dir():
        raise UsageFailure(
            f"{prefix}--db {db_path}: the folder {folder} does not exist. Create it first"
            f" (mkdir -p {folder}) or give another --db (or POLICYWATCH_DB)."
        )
    if path.is_file():
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
        if head and head != SQLITE_MAGIC:
            raise UsageFailure(
                f"{prefix}--db {db_path}: not a SQLite database. Give the policywatch"
                " database file (or a new file name to start one)."
            )
        return db_path
    if create:
        return db_path
    raise UsageFailure(f"{prefix}no database at {db_path}. {_how_to_get_one(db_path)}")


def _how_to_get_one(db_path: str) -> str:
    """What to do about a missing database: the demo's if it is here, else how to start one."""
    demo = Path(db_path).with_name(DEMO_DB)
    if Path(db_path).name == DEFAULT_DB and demo.is_file():
        return (
            f"The demo database is {demo}: give --db {demo}, or for this shell"
            f" export POLICYWATCH_DB={demo.resolve()}"
        )
    return (
        "Give --db PATH (or set POLICYWATCH_DB) to an existing database, or start one with"
        f" 'policywatch vendors sync vendors.yaml --db {db_path}' then 'policywatch crawl"
        f" --db {db_path}' (or try 'policywatch demo')."
    )


ALLOW_ENV = "POLICYWATCH_ALLOW_NETWORKS"


def fetch_settings(crawl: dict[str, Any] | None = None) -> dict[str, Any]:
    """Scrapy settings of every fetch: the crawl's and the ad hoc URLs' alike.

    From the vendors file's ``crawl:`` section (if any) and
    ``$POLICYWATCH_ALLOW_NETWORKS`` (comma-separated CIDRs the address guard
    lets through).
    """
    import os

    from policywatch.crawler.middlewares import parse_networks

    crawl = crawl or {}
    env_networks = os.environ.get(ALLOW_ENV, "")
    try:
        from_env = [str(n) for n in parse_networks(env_networks)]
    except ValueError as exc:
        raise UsageFailure(
            f"{ALLOW_ENV}={env_networks!r}: {exc}. Give comma-separated CIDRs, e.g. 127.0.0.0/8."
        ) from None
    settings: dict[str, Any] = {
        "POLICYWATCH_ALLOW_NETWORKS": [*crawl.get("allow_networks", []), *from_env]
    }
    for key, setting in (
        ("timeout", "DOWNLOAD_TIMEOUT"),
        ("retries", "RETRY_TIMES"),
        ("retry_after_max", "RETRY_AFTER_MAX"),
        ("concurrency_per_domain", "CONCURRENT_REQUESTS_PER_DOMAIN"),
        ("rediscover_days", "POLICYWATCH_REDISCOVER_DAYS"),
    ):
        if key in crawl:
            settings[setting] = crawl[key]
    return settings


class Day(click.ParamType):
    """A ``YYYY-MM-DD`` option; anything else is a usage error (exit 2) that says so."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from policywatch.db.review import parse_day

        try:
            return parse_day(str(value))
        except ValueError as exc:
            self.fail(f"{exc}.", param, ctx)


DAY = Day()
