"""The weekly review in a real headless Chromium against the real ``policywatch serve``.

A team database (tests/review/conftest.py: tags, owner, a DPA with a 30-day
objection window, a material and a cosmetic change) with three users made
by the real CLI. With ``POLICYWATCH_SCREENSHOTS=1`` the README's workspace
screenshots are saved to ``docs/``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.review.conftest import Team, build_team, cli
from tests.web import test_browser
from tests.web.conftest import start_serve, stop
from tests.web.test_browser import Watched

# The browser fixtures of test_browser.py, shared (one Chromium per module).
browser, watched, shots = test_browser.browser, test_browser.watched, test_browser.shots

pytestmark = [pytest.mark.browser]
if not Path("/usr/bin/chromium").exists():
    pytestmark.append(pytest.mark.skip(reason="needs Debian's chromium at /usr/bin/chromium"))

PASSWORDS = {"rita": "reviewer-pass", "vic": "viewer-pass", "ada": "admin-pass"}
ROLES = {"rita": "reviewer", "vic": "viewer", "ada": "admin"}


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    for built in build_team(tmp_path_factory.mktemp("team-web")):
        for name, password in PASSWORDS.items():
            added = cli(
                "users", "add", name, "--role", ROLES[name], "--password-stdin",
                db=built.db, stdin=password + "\n",
            )  # fmt: skip
            assert added.returncode == 0, added.stderr
        yield built


@pytest.fixture(scope="module")
def served(team: Team) -> Iterator[str]:
    process, base = start_serve(team.db)
    yield base
    stop(process)


def events(team: Team) -> int:
    conn = sqlite3.connect(team.db)
    (n,) = conn.execute("select count(*) from review_events").fetchone()
    conn.close()
    return int(n)


def log_in(page: Any, base: str, name: str, then: str) -> None:
    page.goto(base + then)
    assert "/-/policywatch/login" in page.url  # sent to the login form first
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORDS[name])
    page.click("form.pw-login button[type=submit]")
    page.wait_for_load_state()
    assert page.url == base + then


def test_anonymous_visitors_are_sent_to_login(watched: Watched, served: str, team: Team) -> None:
    page = watched.page
    for path in (f"/-/policywatch/change/{team.faveo_change}", "/", "/team/changes"):
        response = page.goto(served + path)
        assert response is not None and response.ok
        assert page.url.startswith(served + "/-/policywatch/login?next=")
        assert page.locator("input[type=password]").count() == 1
    page.fill("input[name=name]", "rita")
    page.fill("input[name=password]", "wrong password")
    page.click("form.pw-login button[type=submit]")
    assert "Wrong name or password" in page.content()


def test_reviewer_acknowledges_a_change_and_it_leaves_the_unreviewed_list(
    watched: Watched, served: str, team: Team, shots: Path
) -> None:
    page = watched.page
    log_in(page, served, "rita", "/")
    unreviewed = page.locator("#unreviewed-material-changes + table tr[data-change]")
    assert unreviewed.evaluate_all("rows => rows.map(r => +r.dataset.change)") == [
        team.faveo_change
    ]
    assert page.locator("#objection-deadlines").count() == 1
    assert "tier-1" in page.inner_text(".pw-team") and "Ana Berg" in page.inner_text(".pw-team")
    page.screenshot(path=str(shots / "screenshot-team-home.png"), full_page=True)

    page.click(f"#unreviewed-material-changes + table a[href$='/change/{team.faveo_change}']")
    page.check("input[name=status][value=acknowledged]")
    page.fill("textarea[name=note]", "Legal accepts 180 days; no objection <b>needed</b>")
    page.select_option("select[name=assignee]", "ada")
    page.click("form.pw-review-form button[type=submit]")
    page.wait_for_load_state()
    trail = page.inner_text("table.pw-trail")
    assert "rita" in trail and "acknowledged" in trail
    assert "Legal accepts 180 days; no objection <b>needed</b>" in trail  # shown as text
    assert "assigned to ada" in page.inner_text(".pw-review-state")
    page.locator("#review").screenshot(path=str(shots / "screenshot-review.png"))

    page.goto(served + "/-/policywatch/changes?status=new")
    listed = page.locator("tr[data-change]").evaluate_all(
        "rows => rows.map(r => +r.dataset.change)"
    )
    assert team.faveo_change not in listed and team.fusetools_change in listed
    page.goto(served + "/")
    assert page.locator("#no-unreviewed").count() == 1
    assert watched.errors == []


def test_viewer_sees_no_form_and_forged_posts_are_refused(
    watched: Watched, served: str, team: Team
) -> None:
    page = watched.page
    change = f"/-/policywatch/change/{team.faveo_change}"
    log_in(page, served, "vic", change)
    assert page.locator("#review").count() == 1  # the state and trail are shown
    assert page.locator("form.pw-review-form").count() == 0
    before = events(team)

    cookies = {c["name"]: c["value"] for c in watched.context.cookies()}
    token = cookies["ds_csrftoken"]
    # With a valid CSRF token, a viewer is still not a reviewer: 403.
    as_viewer = page.request.post(
        served + change + "/review", form={"csrftoken": token, "status": "dismissed"}
    )
    assert as_viewer.status == 403
    # Without the token (a forged cross-site form), asgi-csrf refuses it: 403.
    forged = page.request.post(served + change + "/review", form={"status": "dismissed"})
    assert forged.status == 403 and "did not match" in forged.text()
    # Password hashes are not browsable, and a viewer runs no SQL of their own.
    db = team.db.stem
    assert page.request.get(f"{served}/{db}/users").status == 403
    assert page.request.get(f"{served}/{db}?sql=select+password_hash+from+users").status == 403
    assert page.request.get(f"{served}/{db}/review_events").ok
    # And nothing but the workspace's forms accepts a POST at all.
    assert page.request.post(served + "/team/changes", form={"csrftoken": token}).status == 405
    assert events(team) == before


def test_admin_manages_users_and_the_report_prints(
    watched: Watched, served: str, team: Team, shots: Path
) -> None:
    page = watched.page
    log_in(page, served, "ada", "/-/policywatch/users")
    page.fill("form.pw-filters input[name=name]", "newbie")
    page.select_option("form.pw-filters select[name=role]", "viewer")
    page.fill("form.pw-filters input[name=password]", "newbie-pass")
    page.click("form.pw-filters button[type=submit]")
    assert "newbie" in page.inner_text("table.pw-users")
    listed = cli("users", "list", db=team.db).stdout
    assert "newbie" in listed and "viewer" in listed

    page.goto(served + "/-/policywatch/report")
    page.click("form.pw-filters button:not([formaction])")
    page.wait_for_load_state()
    assert page.locator("section.change").count() == 2
    assert "Audit report" in page.inner_text("h1")
    page.emulate_media(media="print")
    page.screenshot(path=str(shots / "screenshot-report.png"), full_page=True)
