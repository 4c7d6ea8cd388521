"""The ``policywatch`` command line.

Subcommands live in :mod:`policywatch.commands` and are imported only when
run, so ``policywatch --help`` does not pay for Scrapy or Datasette.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from policywatch import __version__

# name -> "module:attribute"; one line per subcommand.
COMMANDS: dict[str, str] = {
    "vendors": "policywatch.commands.vendors:vendors",
    "crawl": "policywatch.commands.crawl:crawl",
    "status": "policywatch.commands.status:status",
    "serve": "policywatch.commands.serve:serve",
    "demo": "policywatch.commands.demo:demo",
    "extract": "policywatch.commands.extract:extract_command",
    "diff": "policywatch.commands.diff:diff_command",
    "alerts": "policywatch.commands.alerts:alerts",
    "analyse": "policywatch.commands.analyse:analyse_command",
    "compare": "policywatch.commands.compare:compare",
    "topics": "policywatch.commands.topics:topics_command",
    "reextract": "policywatch.commands.reextract:reextract_command",
    # The team's review workflow (issue 18).
    "users": "policywatch.commands.users:users",
    "review": "policywatch.commands.review:review_command",
    "changes": "policywatch.commands.changes:changes_command",
    "report": "policywatch.commands.report:report_command",
}


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module only when it is used."""

    def __init__(self, *args: Any, lazy: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module_name, attr = self.lazy[cmd_name].split(":")
            command = getattr(importlib.import_module(module_name), attr)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            # A damaged version text, whichever command read it: one line
            # naming the version and what to do, never SQLite's traceback.
            from policywatch.commands.common import damaged_text_failure

            failure = damaged_text_failure(exc)
            if failure is None:
                raise
            raise failure from None


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policywatch")
def cli() -> None:
    """Track vendors' privacy policies, terms, DPAs and sub-processor lists.

    \b
    Typical use:
      policywatch vendors sync vendors.yaml   # load your vendor list
      policywatch crawl                       # fetch, version, diff (cron this)
      policywatch analyse                     # topics and facts for the comparison
      policywatch topics policy.html          # what each section says, by topic
      policywatch serve                       # browse history in Datasette
      policywatch demo                        # try it all on a local test site
    """
