"""``policywatch demo``: crawl a local vendor site twice and open the result."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import resources
from pathlib import Path

import click

from policywatch.commands.common import DEMO_DB, UsageFailure, db_option

# (vendor name, slug, path on the demo site, document type)
DEMO_VENDORS = [
    ("Fusetools AS", "fusetools", "fusetools/privacy.html", "privacy_policy"),
    ("Fusion Connect, Inc.", "fusion", "fusion/Fusion_Privacy_Policy.pdf", "privacy_policy"),
    ("Faveo Helpdesk", "faveo", "faveo/personvern.html", "privacy_policy"),
    ("Nordhost", "nordhost", "nordhost/personvern.html", "privacy_policy"),
    ("ConnectMyApps", "connectmyapps", "connectmyapps/privacy-policy.html", "privacy_policy"),
]


def demo_vendors_yaml(base_url: str) -> str:
    """A vendors file for the demo site (JSON is valid YAML)."""
    return json.dumps(
        {
            "vendors": [
                {"name": name, "slug": slug, "documents": [{"url": f"{base_url}/{p}", "type": t}]}
                for name, slug, p, t in DEMO_VENDORS
            ],
            # The demo site is on this machine; real crawls refuse private addresses.
            "crawl": {"allow_networks": ["127.0.0.0/8"]},
        },
        indent=2,
    )


def copy_package_dir(name: str, dest: Path) -> None:
    source = resources.files("policywatch.demo").joinpath(name)
    with resources.as_file(source) as path:
        shutil.copytree(path, dest, dirs_exist_ok=True)


def run_cli(*args: str) -> int:
    """Each crawl runs in its own process: Twisted's reactor starts once per process."""
    return subprocess.call([sys.executable, "-m", "policywatch", *args])


@click.command("demo")
@db_option(
    create=True,
    default=DEMO_DB,
    # Not $POLICYWATCH_DB: the demo replaces its database, never the user's own.
    envvar=None,
    help="Where to write the demo database (replaced on each run).",
)
@click.option("--port", default=8001, show_default=True, help="Port for Datasette.")
@click.option("--no-serve", is_flag=True, help="Stop after the crawls; do not start Datasette.")
def demo(db_path: str, port: int, no_serve: bool) -> None:
    """Crawl a local demo vendor site twice and open the result in Datasette.

    \b
    1. Serves five real vendor policies (four HTML pages, one PDF) on 127.0.0.1.
    2. Crawls them into a fresh SQLite file.
    3. Edits two pages: a retention period (material), punctuation (cosmetic).
    4. Crawls again and prints what changed.
    5. Reads topics and facts for the vendor comparison ('policywatch analyse').
    6. Starts Datasette on the result (Ctrl-C to stop).
    """
    from policywatch.db import open_db
    from policywatch.db.web import CannotListen, listen, run_datasette
    from policywatch.demo.server import LocalSite

    try:
        # Taken now, so a busy port is said before the crawls, not after them.
        sock = None if no_serve else listen("127.0.0.1", port)
    except CannotListen as exc:
        raise UsageFailure(f"{exc} (with make: make demo PORT={port + 1})") from None
    for suffix in ("", "-wal", "-shm"):
        Path(db_path + suffix).unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="policywatch-demo-") as tmp:
        site_dir, changed_dir = Path(tmp) / "site", Path(tmp) / "changed"
        copy_package_dir("site", site_dir)
        copy_package_dir("changed", changed_dir)
        with LocalSite(site_dir) as site:
            vendors_file = Path(tmp) / "vendors.yaml"
            vendors_file.write_text(demo_vendors_yaml(site.base_url), encoding="utf-8")
            env_db = ["--db", db_path]
            click.secho(f"Demo vendor site on {site.base_url}", bold=True)
            os.environ.setdefault("POLICYWATCH_ALLOW_NETWORKS", "127.0.0.0/8")
            click.secho("First crawl", bold=True)
            # The demo runs 'analyse' itself after the crawls: no hint to run it.
            crawl = ("crawl", *env_db, "--vendors", str(vendors_file), "-v", "--no-alerts")
            if run_cli(*crawl, "--analyse-next") > 1:
                raise SystemExit(2)
            for page in changed_dir.iterdir():
                shutil.copyfile(page, site_dir / page.name.replace("__", "/"))
            click.secho("Two pages edited; second crawl", bold=True)
            run_cli(*crawl, "--analyse-next")
    click.secho("Topics and facts for the vendor comparison", bold=True)
    run_cli("analyse", *env_db)
    from policywatch.db.versions import list_changes

    db = open_db(db_path)
    click.secho("\nWhat changed:", bold=True)
    for row in list_changes(db):
        click.echo(f"  {row['name']}: {row['verdict'].upper()} - {row['summary']}")
    db.close()
    click.echo(
        f"\nThe demo database is {db_path}. Other commands use ./policywatch.db unless told:"
        f" give them --db {db_path} (e.g. policywatch status --db {db_path}), or for this"
        f" shell: export POLICYWATCH_DB={Path(db_path).resolve()}"
    )
    if sock is None:
        click.echo(f"Browse it with: policywatch serve --db {db_path}")
        return
    click.secho(f"\nOpening Datasette on http://127.0.0.1:{port}/ (Ctrl-C to stop)", bold=True)
    run_datasette(db_path, sock=sock)
