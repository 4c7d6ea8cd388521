"""The review workflow from the command line, on real SQLite files built by real crawls."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3

import pytest

from tests.review.conftest import NOTICE_DAYS, SIGNED, Team, cli


def changes_json(team: Team, *args: str) -> list[dict]:
    result = cli("changes", "--format", "json", *args, db=team.db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def first_seen_day(team: Team, change_id: int) -> dt.date:
    conn = sqlite3.connect(team.db)
    (seen,) = conn.execute(
        "select v.first_seen_at from changes c join versions v on v.id = c.new_version_id"
        " where c.id = ?",
        [change_id],
    ).fetchone()
    conn.close()
    return dt.date.fromisoformat(seen[:10])


def test_vendors_file_gives_tags_owner_signed_and_notice_days(team: Team) -> None:
    rows = {r["change_id"]: r for r in changes_json(team)}
    faveo, fusetools = rows[team.faveo_change], rows[team.fusetools_change]
    assert faveo["tags"] == ["tier-1", "helpdesk"] and faveo["owner"] == "Ana Berg"
    assert faveo["signed"] == SIGNED and faveo["notice_days"] == NOTICE_DAYS
    assert faveo["verdict"] == "material" and faveo["doc_type"] == "dpa"
    deadline = first_seen_day(team, team.faveo_change) + dt.timedelta(days=NOTICE_DAYS)
    assert faveo["objection_deadline"] == deadline.isoformat()
    # Cosmetic, a privacy policy, and no notice_days: no deadline.
    assert fusetools["objection_deadline"] is None and fusetools["owner"] is None
    assert [r["change_id"] for r in changes_json(team, "--tag", "tier-1")] == [team.faveo_change]


def test_the_email_alert_carries_the_objection_deadline(team: Team) -> None:
    deadline = first_seen_day(team, team.faveo_change) + dt.timedelta(days=NOTICE_DAYS)
    mails = [m for m in team.mails if "Faveo" in m["Subject"]]
    assert len(mails) == 1, [m["Subject"] for m in team.mails]
    plain = mails[0].get_body(("plain",)).get_content()
    html = mails[0].get_body(("html",)).get_content()
    assert f"Object by:  {deadline.isoformat()}" in plain
    assert deadline.isoformat() in html and "Object by" in html
    # The cosmetic change sent no mail at all ("when: material").
    assert not [m for m in team.mails if "Fusetools" in m["Subject"]]


def test_review_moves_a_change_out_of_the_unreviewed_list(team: Team) -> None:
    unreviewed = [r["change_id"] for r in changes_json(team, "--unreviewed")]
    assert team.faveo_change in unreviewed and team.fusetools_change in unreviewed

    result = cli(
        "review",
        str(team.faveo_change),
        "--status",
        "acknowledged",
        "--note",
        "Legal accepts the longer retention",
        "--assign",
        "bo",
        "--by",
        "ana",
        db=team.db,
    )
    assert result.returncode == 0, result.stderr
    assert "acknowledged by ana" in result.stdout

    unreviewed = [r["change_id"] for r in changes_json(team, "--unreviewed")]
    assert unreviewed == [team.fusetools_change]
    row = next(r for r in changes_json(team) if r["change_id"] == team.faveo_change)
    assert (row["review_status"], row["reviewed_by"], row["assignee"]) == (
        "acknowledged",
        "ana",
        "bo",
    )
    assert row["note"] == "Legal accepts the longer retention"
    # Acknowledged is no longer open: no deadline on the home page's list.
    assert row["open"] == 0

    table = cli("changes", "--unreviewed", db=team.db)
    assert table.returncode == 0 and "1 changes, 1 unreviewed." in table.stdout
    lines = list(csv.DictReader(io.StringIO(cli("changes", "--format", "csv", db=team.db).stdout)))
    assert {line["review_status"] for line in lines} == {"acknowledged", "new"}


def test_a_verdict_override_keeps_the_original_and_needs_a_reason(team: Team) -> None:
    change = str(team.faveo_change)
    no_reason = cli(
        "review", change, "--status", "dismissed", "--verdict", "editorial", "--by", "a", db=team.db
    )
    assert no_reason.returncode == 2
    assert "needs a reason" in no_reason.stderr and "Traceback" not in no_reason.stderr
    ok = cli(
        "review",
        change,
        "--status",
        "dismissed",
        "--verdict",
        "editorial",
        "--reason",
        "Only the Norwegian wording",
        "--by",
        "ana",
        db=team.db,
    )
    assert ok.returncode == 0, ok.stderr
    row = next(r for r in changes_json(team) if r["change_id"] == team.faveo_change)
    assert (row["verdict"], row["original_verdict"], row["verdict_override"]) == (
        "editorial",
        "material",
        "editorial",
    )
    assert row["override_reason"] == "Only the Norwegian wording"
    # No longer material: no objection deadline, not in --verdict material.
    assert row["objection_deadline"] is None
    assert team.faveo_change not in [
        r["change_id"] for r in changes_json(team, "--verdict", "material")
    ]
    # The change row itself still says what policywatch found.
    conn = sqlite3.connect(team.db)
    assert conn.execute("select verdict from changes where id = ?", [change]).fetchone() == (
        "material",
    )


def test_review_events_are_append_only(team: Team) -> None:
    cli("review", str(team.faveo_change), "--status", "escalated", "--by", "ana", db=team.db)
    conn = sqlite3.connect(team.db)
    for sql in ("update review_events set note = 'x'", "delete from review_events"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    assert conn.execute("select count(*) from review_events").fetchone() == (1,)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["999999", "--status", "acknowledged", "--by", "ana"], "no change with id 999999"),
        (["{change}", "--status", "done", "--by", "ana"], "'done' is not one of"),
        (["{change}", "--status", "dismissed", "--reason", "x", "--by", "a"], "give --verdict"),
    ],
)
def test_bad_reviews_are_refused_and_write_nothing(team: Team, args: list, message: str) -> None:
    args = [a.format(change=team.faveo_change) for a in args]
    result = cli("review", *args, db=team.db)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    conn = sqlite3.connect(team.db)
    assert conn.execute("select count(*) from review_events").fetchone() == (0,)


def test_users_and_who_may_review(team: Team) -> None:
    added = cli(
        "users",
        "add",
        "rita",
        "--role",
        "reviewer",
        "--password-stdin",
        db=team.db,
        stdin="s3cret-pass\n",
    )
    assert added.returncode == 0, added.stderr
    short = cli(
        "users", "add", "vic", "--role", "viewer", "--password-stdin", db=team.db, stdin="x\n"
    )
    assert short.returncode == 2 and "too short" in short.stderr
    cli(
        "users",
        "add",
        "vic",
        "--role",
        "viewer",
        "--password-stdin",
        db=team.db,
        stdin="viewer-pass\n",
    )
    listed = cli("users", "list", "--format", "json", db=team.db)
    assert [(u["name"], u["role"]) for u in json.loads(listed.stdout)] == [
        ("rita", "reviewer"),
        ("vic", "viewer"),
    ]
    conn = sqlite3.connect(team.db)
    (stored,) = conn.execute("select password_hash from users where name = 'rita'").fetchone()
    assert stored.startswith("$argon2id$") and "s3cret-pass" not in stored

    # With users, --by must be a reviewer (a viewer may not, nor a stranger).
    change = str(team.faveo_change)
    for who in ("vic", "mallory"):
        refused = cli("review", change, "--status", "acknowledged", "--by", who, db=team.db)
        assert refused.returncode == 2 and "not a reviewer" in refused.stderr
    assert (
        cli("review", change, "--status", "acknowledged", "--by", "rita", db=team.db).returncode
        == 0
    )

    removed = cli("users", "remove", "rita", db=team.db)
    assert removed.returncode == 0
    assert cli("users", "remove", "rita", db=team.db).returncode == 2
    # Her review stays in the audit trail under her name.
    row = next(r for r in changes_json(team) if r["change_id"] == team.faveo_change)
    assert row["reviewed_by"] == "rita"


def test_report_html_and_csv_cover_the_period(team: Team) -> None:
    cli(
        "review",
        str(team.faveo_change),
        "--status",
        "escalated",
        "--note",
        "Ask the vendor <why> 180 days",
        "--by",
        "ana",
        db=team.db,
    )
    today = dt.datetime.now(dt.UTC).date()
    html = cli("report", "--since", today.isoformat(), "--format", "html", db=team.db)
    assert html.returncode == 0, html.stderr
    page = html.stdout
    assert page.count('class="change"') == 2
    assert "Ask the vendor &lt;why&gt; 180 days" in page  # the note, escaped
    assert "escalated" in page and "ana" in page
    assert "180" in page and "<blockquote" in page  # the evidence, quoted
    assert "Faveo Helpdesk" in page and "Fusetools AS" in page

    tagged = cli(
        "report", "--since", today.isoformat(), "--tag", "tier-1", "--format", "csv", db=team.db
    )
    rows = list(csv.DictReader(io.StringIO(tagged.stdout)))
    assert [int(r["change_id"]) for r in rows] == [team.faveo_change]
    assert rows[0]["review_status"] == "escalated" and rows[0]["reviewed_by"] == "ana"
    assert rows[0]["objection_deadline"] and "retention" in rows[0]["reasons"]

    yesterday = (today - dt.timedelta(days=1)).isoformat()
    empty = cli(
        "report", "--since", "2020-01-01", "--until", yesterday, "--format", "csv", db=team.db
    )
    assert len(list(csv.DictReader(io.StringIO(empty.stdout)))) == 0

    bad = cli("report", "--since", "last week", "--format", "html", db=team.db)
    assert bad.returncode == 2 and "--since" in bad.stderr and "YYYY-MM-DD" in bad.stderr
    backwards = cli(
        "report", "--since", "2024-02-01", "--until", "2024-01-01", "--format", "csv", db=team.db
    )
    assert backwards.returncode == 2 and "before --since" in backwards.stderr


SEEN = "update versions set first_seen_at = ? where document_id = ? and number = ?"


def test_diff_accepts_the_version_in_force_on_a_day(team: Team) -> None:
    # As if the first version had been crawled on 2024-01-10 and the second on 2024-06-01.
    conn = sqlite3.connect(team.db)
    doc = team.faveo_document
    conn.execute(SEEN, ["2024-01-10T08:00:00.000000Z", doc, 1])
    conn.execute(SEEN, ["2024-06-01T08:00:00.000000Z", doc, 2])
    conn.commit()
    conn.close()
    since_signing = cli(
        "diff", f"document:{doc}@{SIGNED}", f"document:{doc}@2024-06-01", db=team.db
    )
    assert since_signing.returncode == 0, since_signing.stderr
    assert "verdict: material" in since_signing.stdout and "180" in since_signing.stdout
    same = cli("diff", f"document:{doc}@2024-05-31", f"document:{doc}@{SIGNED}", db=team.db)
    assert "verdict: unchanged" in same.stdout
    before = cli("diff", f"document:{doc}@2024-01-09", f"document:{doc}@2024-06-01", db=team.db)
    assert before.returncode == 2
    assert "no stored version on 2024-01-09" in before.stderr and "2024-01-10" in before.stderr
    garbled = cli("diff", f"document:{doc}@June", f"document:{doc}@2024-06-01", db=team.db)
    assert garbled.returncode == 2 and "YYYY-MM-DD" in garbled.stderr


def test_bad_vendors_file_contract_values_name_the_line(team: Team, tmp_path) -> None:
    config = json.loads(team.vendors.read_text())
    config["vendors"][0]["signed"] = "15.01.2024"
    bad = tmp_path / "bad.yaml"
    bad.write_text(json.dumps(config, indent=1))
    result = cli("vendors", "sync", str(bad), db=team.db)
    assert result.returncode == 2
    assert "bad.yaml:" in result.stderr and "YYYY-MM-DD" in result.stderr
    config["vendors"][0]["signed"] = SIGNED
    config["vendors"][0]["notice_days"] = "thirty"
    bad.write_text(json.dumps(config, indent=1))
    result = cli("vendors", "sync", str(bad), db=team.db)
    assert result.returncode == 2 and "notice_days" in result.stderr
