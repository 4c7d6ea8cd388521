"""Options and errors shared by subcommands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


class UsageFailure(click.ClickException):
    """A problem with what the user asked for or gave us (exit code 2)."""

    exit_code = EXIT_USAGE


def db_option(func: F) -> F:
    """``--db PATH`` (or ``$POLICYWATCH_DB``), default ``./policywatch.db``."""
    return click.option(
        "--db",
        "db_path",
        envvar="POLICYWATCH_DB",
        default="policywatch.db",
        show_default=True,
        type=click.Path(dir_okay=False),
        help="SQLite database file (env: POLICYWATCH_DB).",
    )(func)
