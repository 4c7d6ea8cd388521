"""Migration of the Datasette views (change_log, document_status) and their indexes.

Never edit a migration once it has shipped: add a new one (see :mod:`policywatch.db.migrations`).
"""

from __future__ import annotations

from sqlite_utils import Database


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
