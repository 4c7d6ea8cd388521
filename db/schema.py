"""The schema, as a sequence of sqlite-utils migrations.

Never edit an applied migration: add a new function at the end. Each runs
in its own transaction, recorded in ``_sqlite_migrations``.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("policywatch")


@migrations()
def m001_initial(db: Database) -> None:
    db.table("vendors").create(
        {"id": int, "slug": str, "name": str, "tags": str, "created_at": str},
        pk="id",
        not_null={"slug", "name"},
        defaults={"tags": "[]"},
    )
    db.table("vendors").create_index(["slug"], unique=True)

    db.table("documents").create(
        {
            "id": int,
            "vendor_id": int,
            "url": str,
            "doc_type": str,
            "title": str,
            "select_css": str,
            "remove_css": str,
            "render": str,
            "interval_seconds": int,
            "active": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("vendor_id", "vendors", "id")],
        not_null={"vendor_id", "url", "doc_type"},
        defaults={"doc_type": "privacy_policy", "interval_seconds": 86400, "active": 1},
    )
    db.table("documents").create_index(["vendor_id", "url"], unique=True)

    # Raw bodies, content-addressed: the same bytes are stored once however
    # often they are fetched, and extraction can be re-run over them later.
    db.table("snapshots").create(
        {
            "sha256": str,
            "content_type": str,
            "size": int,
            "compression": str,
            "body": bytes,
            "first_seen_at": str,
        },
        pk="sha256",
    )

    db.table("fetches").create(
        {
            "id": int,
            "document_id": int,
            "started_at": str,
            "url": str,
            "final_url": str,
            "status": int,
            "outcome": str,
            "reason": str,
            "error": str,
            "etag": str,
            "last_modified": str,
            "content_type": str,
            "size": int,
            "elapsed_ms": int,
            "snapshot_sha256": str,
            "version_id": int,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("snapshot_sha256", "snapshots", "sha256"),
        ],
    )
    db.table("fetches").create_index(["document_id", "started_at"])

    db.table("versions").create(
        {
            "id": int,
            "document_id": int,
            "number": int,
            "text_hash": str,
            "text": str,
            "title": str,
            "language": str,
            "word_count": int,
            "stated_date": str,
            "stated_date_precision": str,
            "stated_date_kind": str,
            "stated_date_snippet": str,
            "first_seen_at": str,
            "last_seen_at": str,
            "snapshot_sha256": str,
            "fetch_id": int,
            "origin": str,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("snapshot_sha256", "snapshots", "sha256"),
            ("fetch_id", "fetches", "id"),
        ],
        defaults={"origin": "crawl"},
    )
    db.table("versions").create_index(["document_id", "number"], unique=True)
    db.table("versions").create_index(["document_id", "text_hash"])
    db.table("fetches").add_foreign_key("version_id", "versions", "id")

    db.table("sections").create(
        {
            "id": int,
            "version_id": int,
            "position": int,
            "level": int,
            "heading": str,
            "text": str,
        },
        pk="id",
        foreign_keys=[("version_id", "versions", "id")],
    )
    db.table("sections").create_index(["version_id", "position"], unique=True)
    db.table("sections").enable_fts(["heading", "text"], create_triggers=True, tokenize="unicode61")

    db.table("changes").create(
        {
            "id": int,
            "document_id": int,
            "old_version_id": int,
            "new_version_id": int,
            "detected_at": str,
            "verdict": str,
            "material": int,
            "categories": str,
            "flags": str,
            "summary": str,
            "stats": str,
            "diff_json": str,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("old_version_id", "versions", "id"),
            ("new_version_id", "versions", "id"),
        ],
        defaults={"categories": "[]", "flags": "[]", "material": 0},
    )
    db.table("changes").create_index(["document_id", "detected_at"])
    db.table("changes").create_index(["new_version_id"], unique=True)

    db.table("change_items").create(
        {
            "id": int,
            "change_id": int,
            "position": int,
            "kind": str,
            "old_heading": str,
            "new_heading": str,
            "verdict": str,
            "categories": str,
            "reasons": str,
        },
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
        defaults={"categories": "[]", "reasons": "[]"},
    )
    db.table("change_items").create_index(["change_id", "position"])

    # The outbox: one row per (change, channel), written in the same
    # transaction as the change so a crash can neither lose nor invent one.
    db.table("alerts").create(
        {
            "id": int,
            "change_id": int,
            "channel": str,
            "status": str,
            "attempts": int,
            "next_attempt_at": str,
            "last_error": str,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
        defaults={"status": "pending", "attempts": 0},
    )
    db.table("alerts").create_index(["change_id", "channel"], unique=True)
    db.table("alerts").create_index(["status", "next_attempt_at"])


# Later migrations, one per area; each fills in its own body. Never edit one
# once it has shipped: add a new function instead.


@migrations()
def m002_crawl_health(db: Database) -> None:
    """Columns and tables for cron-safe crawling, the guard and flapping (issue 8).

    ``documents.current_version_id`` is the version the page shows now: with
    flapping pages (A/B tests, geo variants) it can point back to an older
    version, so "latest" is no longer "highest number". ``removed_at`` marks a
    document whose URL has answered 404/410 several times in a row (reported
    once). ``fetches.reason_code`` is a short, stable code for the reason
    (``login_wall``, ``timeout``, ...) so repeats can be counted.
    """
    db.table("documents").add_column("current_version_id", int, fk="versions", fk_col="id")
    db.table("documents").add_column("removed_at", str)
    db.table("fetches").add_column("reason_code", str)
    # Latest fetch of a given outcome per document (crawl_targets, status).
    db.table("fetches").create_index(["document_id", "outcome"])
    db.execute(
        "update documents set current_version_id = (select id from versions"
        " where document_id = documents.id order by number desc limit 1)"
    )


@migrations()
def m003_alert_delivery(db: Database) -> None:
    """Columns and tables for alert delivery and digests (issue 5)."""
    # batch_key: the idempotency key (Message-ID, Idempotency-Key); rows of one
    # digest share it. sending_at: set before the send, so a crash between send
    # and mark is visible. in_doubt: a re-send after such a crash.
    alerts = db.table("alerts")
    alerts.add_column("batch_key", str)
    alerts.add_column("sending_at", str)
    alerts.add_column("in_doubt", int, not_null_default=0)
    alerts.create_index(["batch_key"])


@migrations()
def m004_topics_facts(db: Database) -> None:
    """Tables for section topics and extracted facts (issue 6)."""
    # One row per (section, topic) with the words that placed it there.
    db.table("section_topics").create(
        {
            "id": int,
            "section_id": int,
            "version_id": int,
            "topic": str,
            "score": float,
            "matched": str,
        },
        pk="id",
        foreign_keys=[("section_id", "sections", "id"), ("version_id", "versions", "id")],
        defaults={"matched": "[]"},
    )
    db.table("section_topics").create_index(["version_id", "topic"])
    db.table("section_topics").create_index(["section_id"])
    db.table("facts").create(
        {
            "id": int,
            "version_id": int,
            "kind": str,
            "value": str,
            "normalised": str,
            "snippet": str,
            "section": str,
        },
        pk="id",
        foreign_keys=[("version_id", "versions", "id")],
    )
    db.table("facts").create_index(["version_id", "kind"])
    # Which versions were analysed, and by which rules version: a version
    # with no facts is then told apart from one never analysed (backfill).
    db.table("version_analysis").create(
        {"version_id": int, "analysed_at": str, "rules": str},
        pk="version_id",
        foreign_keys=[("version_id", "versions", "id")],
    )


@migrations()
def m005_datasette_views(db: Database) -> None:
    """Views and an index for browsing in Datasette (issue 4).

    The views denormalise vendor and document onto changes and documents so
    Datasette can facet on the vendor's name; they hold no data of their own.
    ``latest_sections_fts`` is a second full-text index that holds only the
    sections of each document's latest version, kept current by triggers.
    """
    # The home page and the feeds ask for the newest material changes.
    db.execute(
        "create index if not exists changes_material_detected on changes(material, detected_at)"
    )
    # Change lists in Datasette sort newest first; without this a table page sorts every row.
    db.execute("create index if not exists changes_detected on changes(detected_at)")
    db.create_view(
        "change_log",
        """select c.id as change_id, v.slug as vendor_slug, v.name as vendor, d.doc_type,
  c.document_id, d.url as document_url, c.detected_at, nv.stated_date, nv.number as version,
  c.verdict, c.material, c.categories, c.flags, c.summary, c.old_version_id, c.new_version_id
from changes c
join documents d on d.id = c.document_id
join vendors v on v.id = d.vendor_id
join versions nv on nv.id = c.new_version_id""",
        replace=True,
    )
    # "Stale": no successful fetch within twice the document's interval.
    db.create_view(
        "document_status",
        """select *, case when last_ok_fetch_at is null
    or julianday('now') - julianday(last_ok_fetch_at) > 2.0 * interval_seconds / 86400
    then 1 else 0 end as stale
from (
  select d.id as document_id, v.slug as vendor_slug, v.name as vendor, d.doc_type, d.url,
    d.active, d.interval_seconds, lv.number as latest_version, lv.stated_date,
    lv.first_seen_at as latest_version_first_seen_at, lf.started_at as last_fetch_at,
    lf.outcome as last_outcome, lf.status as last_status,
    coalesce(lf.reason, lf.error) as last_problem,
    (select max(started_at) from fetches where document_id = d.id
      and outcome in ('new_version', 'unchanged', 'not_modified', 'returned'))
      as last_ok_fetch_at
  from documents d
  join vendors v on v.id = d.vendor_id
  left join versions lv on lv.id = d.current_version_id
  left join fetches lf on lf.id = (
    select id from fetches where document_id = d.id order by started_at desc, id desc limit 1)
)""",
        replace=True,
    )
    # Full-text search over each document's current version only. The index
    # over all sections cannot be filtered to current versions cheaply (with
    # 100 versions a common word matches 100x the rows we want), so a second,
    # small FTS5 index follows documents.current_version_id (which a flapping
    # page can move back to an older version). Its content is the
    # latest_sections view, so snippet() and 'rebuild' read the right rows.
    db.create_view(
        "latest_sections",
        """select s.id, s.version_id, s.position, s.level, s.heading, s.text
from sections s join documents d on d.current_version_id = s.version_id""",
        replace=True,
    )
    db.execute(
        "create virtual table latest_sections_fts using fts5(heading, text,"
        " content='latest_sections', content_rowid='id', tokenize='unicode61')"
    )
    db.execute("insert into latest_sections_fts(latest_sections_fts) values ('rebuild')")
    # A document's current version changes: the old one's sections leave the
    # index (an external-content delete needs the old values) and the new
    # one's come in. Versions are made current after their sections exist.
    db.execute(
        """create trigger latest_sections_fts_current after update of current_version_id
on documents when old.current_version_id is not new.current_version_id begin
  insert into latest_sections_fts(latest_sections_fts, rowid, heading, text)
  select 'delete', s.id, s.heading, s.text from sections s
  where s.version_id = old.current_version_id;
  insert into latest_sections_fts(rowid, heading, text)
  select s.id, s.heading, s.text from sections s where s.version_id = new.current_version_id;
end"""
    )
    is_current = "{0}.version_id in (select current_version_id from documents)"
    db.execute(
        f"""create trigger latest_sections_fts_ad after delete on sections
when {is_current.format("old")} begin
  insert into latest_sections_fts(latest_sections_fts, rowid, heading, text)
  values ('delete', old.id, old.heading, old.text);
end"""
    )
    db.execute(
        f"""create trigger latest_sections_fts_au after update on sections
when {is_current.format("old")} begin
  insert into latest_sections_fts(latest_sections_fts, rowid, heading, text)
  values ('delete', old.id, old.heading, old.text);
  insert into latest_sections_fts(rowid, heading, text) values (new.id, new.heading, new.text);
end"""
    )


@migrations()
def m006_alert_channels(db: Database) -> None:
    """The vendors file's ``alerts:`` channels, stored by ``vendors sync`` (issue 15).

    A crawl or ``alerts send`` without ``--vendors`` uses them, so a change
    found by such a crawl is never left without its alerts. ``settings`` is
    the channel as written in the file (JSON): secrets only as ``${VAR}``
    names, resolved from the environment at send time, never stored.
    """
    db.table("alert_channels").create(
        {"position": int, "settings": str, "synced_at": str},
        pk="position",
        not_null={"settings"},
    )


@migrations()
def m007_store_text_once(db: Database) -> None:
    """A version's text is stored once, and each distinct section text is indexed once (issue 15).

    ``versions.text`` is the one copy. A section is a span of it
    (``section_spans``: offsets, no text); the ``sections`` view reads the
    heading and text back with ``substr`` and keeps every reader's columns.
    ``section_texts`` holds each distinct (heading, text) once, by hash, and
    ``section_texts_fts`` indexes those: an unchanged section seen in 100
    versions is indexed once, so the all-versions index answers searches of
    current versions too (joined to ``documents.current_version_id``) and the
    second index of current versions, with its triggers, goes.
    """
    from policywatch.core.model import Section
    from policywatch.db.versions import section_hash, spans_of

    triggers = ["latest_sections_fts_current", "latest_sections_fts_ad", "latest_sections_fts_au"]
    for trigger in [*triggers, "sections_ai", "sections_ad", "sections_au"]:
        db.execute(f"drop trigger if exists {trigger}")
    db.execute("drop table if exists latest_sections_fts")
    db.execute("drop table if exists sections_fts")
    db.execute("drop view if exists latest_sections")
    # Renaming keeps the ids, and section_topics' foreign key follows the new name.
    db.execute("alter table sections rename to section_spans")
    db.table("section_texts").create(
        {"id": int, "sha256": str, "first_span_id": int},
        pk="id",
        not_null={"sha256"},
        foreign_keys=[("first_span_id", "section_spans", "id")],
    )
    db.table("section_texts").create_index(["sha256"], unique=True)
    for column in ("heading_start", "heading_length", "text_start", "text_length"):
        db.execute(f"alter table section_spans add column {column} integer")
    db.execute("alter table section_spans add column text_id integer references section_texts(id)")
    # Only for a section that is not a span of its version's text (never, from our extractor).
    db.execute("alter table section_spans add column heading_override text")
    db.execute("alter table section_spans add column text_override text")
    known: dict[str, int] = {}
    versions = [r["id"] for r in db.query("select id from versions order by id")]
    for version_id in versions:
        text = next(db.query("select text from versions where id = ?", [version_id]))["text"]
        rows = list(
            db.query(
                "select id, heading, text from section_spans where version_id = ?"
                " order by position",
                [version_id],
            )
        )
        sections = [Section(0, r["heading"] or "", r["text"] or "") for r in rows]
        for row, section, span in zip(rows, sections, spans_of(text, sections), strict=True):
            digest = section_hash(section)
            if digest not in known:
                cursor = db.execute(
                    "insert into section_texts (sha256, first_span_id) values (?, ?)",
                    [digest, row["id"]],
                )
                known[digest] = int(cursor.lastrowid or 0)
            db.execute(
                "update section_spans set heading_start = ?, heading_length = ?, text_start = ?,"
                " text_length = ?, heading_override = ?, text_override = ?, text_id = ?"
                " where id = ?",
                [*span, known[digest], row["id"]],
            )
    db.execute("alter table section_spans drop column heading")
    db.execute("alter table section_spans drop column text")
    db.table("section_spans").create_index(["text_id"])
    db.execute(
        "create index if not exists documents_current_version on documents(current_version_id)"
    )
    db.create_view(
        "sections",
        """select sp.id, sp.version_id, sp.position, sp.level,
  coalesce(sp.heading_override, substr(v.text, sp.heading_start + 1, sp.heading_length)) as heading,
  coalesce(sp.text_override, substr(v.text, sp.text_start + 1, sp.text_length)) as text,
  sp.text_id
from section_spans sp join versions v on v.id = sp.version_id""",
    )
    db.create_view(
        "latest_sections",
        """select s.* from sections s join documents d on d.current_version_id = s.version_id""",
    )
    # The index's content: each distinct text read from the first section that had it.
    db.create_view(
        "section_text_content",
        """select st.id, s.heading, s.text
from section_texts st join sections s on s.id = st.first_span_id""",
    )
    db.execute(
        "create virtual table section_texts_fts using fts5(heading, text,"
        " content='section_text_content', content_rowid='id', tokenize='unicode61')"
    )
    db.execute("insert into section_texts_fts(section_texts_fts) values ('rebuild')")


@migrations()
def m008_fetches_by_document(db: Database) -> None:
    """An index of each document's fetches in the order they were recorded (issue 15).

    The health of a document (``document_status``, ``policywatch status``) reads
    its latest fetch and the fetches since its latest success: with this index
    both are a seek, however many fetches a year of hourly crawls has stored.
    """
    db.execute("create index if not exists fetches_document_order on fetches(document_id, id)")


# ---- issue 18: the team's review workflow (users, review events, contract dates) ----


@migrations()
def m018_users(db: Database) -> None:
    """Workspace users (issue 18): a name, a role, and an Argon2 hash of the password.

    The password itself is never stored; see :mod:`policywatch.db.users`.
    """
    db.table("users").create(
        {"name": str, "role": str, "password_hash": str, "created_at": str},
        pk="name",
        not_null={"role", "password_hash"},
    )


@migrations()
def m018_review_events(db: Database) -> None:
    """The audit trail of reviews (issue 18): one row per transition, never changed.

    Triggers refuse every UPDATE and DELETE, so the trail is append-only
    whatever writes to the file. A change's review state is read from its
    latest events by the ``change_review`` view (migration m018_change_review).
    """
    db.table("review_events").create(
        {
            "id": int,
            "change_id": int,
            "at": str,
            "by": str,
            "status": str,
            "assignee": str,
            "note": str,
            "verdict_override": str,
            "override_reason": str,
        },
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
        not_null={"change_id", "at", "by", "status"},
    )
    db.table("review_events").create_index(["change_id", "id"])
    for verb in ("update", "delete"):
        db.execute(
            f"""create trigger review_events_no_{verb} before {verb} on review_events
begin select raise(abort, 'review_events is an append-only audit trail'); end"""
        )


@migrations()
def m018_contract_dates(db: Database) -> None:
    """Owner and contract dates from the vendors file (issue 18).

    ``signed`` is the day the contract or DPA was accepted; ``notice_days``
    the objection window of a DPA's sub-processor clause. A document's own
    value wins over its vendor's.
    """
    db.table("vendors").add_column("owner", str)
    db.table("vendors").add_column("signed", str)
    db.table("vendors").add_column("notice_days", int)
    db.table("documents").add_column("signed", str)
    db.table("documents").add_column("notice_days", int)


@migrations()
def m018_change_review(db: Database) -> None:
    """The ``change_review`` view: every change with its review state, tags, owner, deadline.

    Derived from ``review_events`` only (it stores nothing), so the state can
    never disagree with the audit trail. The rules, each defined here once:

    - ``review_status``: the latest event's status; ``new`` without one, and
      ``not_needed`` for a re-extraction (our extractor changed, not the vendor);
    - ``verdict``/``material``: the latest override if a reviewer gave one,
      else the verdict policywatch found (kept as ``original_verdict``);
    - ``objection_deadline``: for a material change to a DPA or sub-processor
      list whose document or vendor has ``notice_days``: first seen + N days.
    """
    db.create_view(
        "change_review",
        """select r.*,
  case when r.review_status in ('new', 'escalated') then 1 else 0 end as open,
  case when r.material = 1 and r.doc_type in ('dpa', 'subprocessors')
    and r.notice_days is not null and r.review_status != 'not_needed'
    then date(r.first_seen_at, '+' || r.notice_days || ' days') end as objection_deadline
from (
  select c.id as change_id, v.slug as vendor_slug, v.name as vendor, v.tags, v.owner,
    d.id as document_id, d.doc_type, d.url as document_url,
    c.detected_at, nv.first_seen_at, nv.number as version, nv.stated_date,
    coalesce(d.signed, v.signed) as signed, coalesce(d.notice_days, v.notice_days) as notice_days,
    c.verdict as original_verdict, o.verdict_override, o.override_reason,
    coalesce(o.verdict_override, c.verdict) as verdict,
    case when o.verdict_override is null then c.material
      else o.verdict_override = 'material' end as material,
    c.categories, c.flags, c.summary,
    coalesce(e.status, case when exists (select 1 from json_each(c.flags)
      where value = 'reextract') then 'not_needed' else 'new' end) as review_status,
    (select assignee from review_events where change_id = c.id and assignee is not null
      order by id desc limit 1) as assignee,
    e.note, e.by as reviewed_by, e.at as reviewed_at,
    (select count(*) from review_events where change_id = c.id) as review_events
  from changes c
  join documents d on d.id = c.document_id
  join vendors v on v.id = d.vendor_id
  join versions nv on nv.id = c.new_version_id
  left join review_events e on e.id = (
    select id from review_events where change_id = c.id order by id desc limit 1)
  left join review_events o on o.id = (
    select id from review_events where change_id = c.id and verdict_override is not null
    order by id desc limit 1)
) r""",
        replace=True,
    )


# ---- issue 16: real vendors on the real web (rendering, redirects) ----


@migrations()
def m016_fetch_render_and_redirect(db: Database) -> None:
    """How each fetch was made and where it ended (issue 16).

    ``fetches.render``: ``http`` or ``browser`` (headless Chromium ran the
    page's scripts); ``fetches.redirected_to``: the page a fetch ended on when
    a redirect took it to another path or host (the one rule:
    :func:`policywatch.core.vocabulary.redirect_target`), which ``status``
    flags ``redirected``. Older fetches were all plain HTTP.
    """
    db.table("fetches").add_column("render", str)
    db.table("fetches").add_column("redirected_to", str)
    db.execute("update fetches set render = 'http' where render is null")


# ---- issue 14: stemmed, topic-aware search; the sentences that state a topic ----


@migrations()
def m019_search_stems(db: Database) -> None:
    """Stemmed, topic-aware search, and the sentences that state a section's topics (issue 14).

    ``section_topics.sentences``: the one or two sentences of the section that
    state the topic (JSON list), shown by the comparison instead of keywords.

    ``section_text_stems_fts`` indexes, per distinct section text
    (``section_texts``, migration m007; same rowid), the distinct stems of
    its heading and text (Snowball for the section's language; English
    words kept folded for FTS5's porter tokenizer), hyphens folded, so
    "retains" finds "retained" and "sub-processor" finds "subprocessors".
    Like the literal index, a text seen in 100 versions is stemmed and
    indexed once. It only answers which texts hold a word, in any form:
    phrases, snippets and positions are the literal index's, so this one
    keeps no copy of what it indexes (contentless) and no positions
    (``detail=none``), a small fraction of the literal index's size. The
    analyse stage writes it (``policywatch.db.analysis.store_analysis``) for
    texts not stemmed yet; section texts are never deleted, so neither are
    their stems.
    """
    db.table("section_topics").add_column("sentences", str, not_null_default="[]")
    # Search by topic over all versions ("retention" finds sections classified so).
    db.execute("create index section_topics_topic on section_topics(topic, version_id)")
    db.execute(
        "create virtual table section_text_stems_fts using fts5(stems, content='',"
        " detail=none, tokenize='porter unicode61 remove_diacritics 2')"
    )


# ---- issue 17: discovery ----


@migrations()
def m020_vendor_domain(db: Database) -> None:
    """``vendors.domain``: the site its documents were discovered on (issue 17).

    Set from ``domain:`` in the vendors file or ``vendors add --domain``; a
    moved document is looked for again on it.
    """
    db.table("vendors").add_column("domain", str)


@migrations()
def m021_rediscoveries(db: Database) -> None:
    """``rediscoveries``: what the crawl found when it looked for a document again (issue 17).

    A fetch that found the URL gone or leading to the home page makes the
    crawl run discovery for the document's type on its vendor's site (at
    most once per document every ``rediscover_days``). One row per run: why
    (``trigger``), where (``site``), what it came to (``outcome``: found,
    same_url, not_found, failed) and the URL found. The document's URL is
    never changed here: ``document_status`` flags ``moved`` with ``moved_to``.
    """
    db.table("rediscoveries").create(
        {
            "id": int,
            "document_id": int,
            "fetch_id": int,
            "at": str,
            "trigger": str,
            "site": str,
            "outcome": str,
            "url": str,
            "confidence": float,
            "evidence": str,
            "pages_fetched": int,
            "error": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("fetch_id", "fetches", "id")],
        not_null={"document_id", "at", "trigger", "site", "outcome"},
    )
    db.table("rediscoveries").create_index(["document_id", "id"])


# ---- issue 15: storage ----


@migrations()
def m022_version_text_compressed(db: Database) -> None:
    """A version's text is stored compressed: ``versions.text_z`` (issue 15).

    ``text_z`` holds the text zlib-compressed and SQL reads it as text with
    ``pw_text(text_z)`` (:mod:`policywatch.db.textstore`), a function every
    connection policywatch, Datasette and sqlite-utils open registers. The
    ``sections`` view reads each section's words through it, so the
    sections, the full-text index's content and every query on them read
    text as before. SQLite cannot drop a column a view names, so the views
    are dropped and created again around the change, ``sections`` reading
    ``pw_text(v.text_z)`` where it read ``v.text``.
    """
    from policywatch.db.textstore import compress_text, register

    register(db.conn)
    db.execute("alter table versions add column text_z blob")
    for (version_id,) in db.execute("select id from versions").fetchall():
        text = db.execute("select text from versions where id = ?", [version_id]).fetchone()[0]
        db.execute(
            "update versions set text_z = ? where id = ?",
            [None if text is None else compress_text(text), version_id],
        )
    views = db.execute(
        "select name, sql from sqlite_master where type = 'view' order by rowid"
    ).fetchall()
    for name, _ in views:
        db.execute(f"drop view [{name}]")
    db.execute("alter table versions drop column text")
    for name, sql in views:
        db.execute(SECTIONS_VIEW if name == "sections" else sql)


# The sections view: spans of their version's text, read through pw_text.
SECTIONS_VIEW = """CREATE VIEW sections AS select sp.id, sp.version_id, sp.position, sp.level,
  coalesce(sp.heading_override,
    substr(pw_text(v.text_z), sp.heading_start + 1, sp.heading_length)) as heading,
  coalesce(sp.text_override, substr(pw_text(v.text_z), sp.text_start + 1, sp.text_length)) as text,
  sp.text_id
from section_spans sp join versions v on v.id = sp.version_id"""


@migrations()
def m023_positionless_text_index(db: Database) -> None:
    """``section_texts_fts`` keeps no token positions: ``detail=none`` (issue 15).

    Positions were about a third of a version's stored bytes (README,
    storage). Without them FTS5 still answers which section texts hold
    every word, not whether they stand in a row, so a phrase is searched in
    two stages (:mod:`policywatch.db.phrase`): its tokens from the index,
    then ``pw_has_phrase`` on the section's text. The index is dropped and
    built again from its content, in this migration's transaction.
    """
    db.execute("drop table section_texts_fts")
    db.execute(
        "create virtual table section_texts_fts using fts5(heading, text,"
        " content='section_text_content', content_rowid='id', tokenize='unicode61',"
        " detail=none)"
    )
    db.execute("insert into section_texts_fts(section_texts_fts) values ('rebuild')")
