"""The current schema: what each table and view holds, and which migration made it.

The schema is built by migrations only (:mod:`policywatch.db.migrations`,
applied by :func:`policywatch.db.open_db`); this is the map of where they
left it, so a reader does not replay eighteen steps to learn a column::

    >>> from policywatch.db import open_db
    >>> db = open_db(":memory:")
    >>> "text_z" in db["versions"].columns_dict and "text" not in db["versions"].columns_dict
    True
    >>> [m.name for m in migrations.pending(db)]
    []

Tables (migration that made them, then those that changed them):

- ``vendors`` (m001; m018_contract_dates: owner, signed, notice_days; m020: domain)
- ``documents`` (m001; m002: current_version_id, removed_at; m018_contract_dates)
- ``snapshots``: raw bodies, content-addressed (m001)
- ``fetches`` (m001; m002: reason_code; m016: render, redirected_to)
- ``versions``: one per distinct text, the text zlib-compressed in ``text_z``
  and read in SQL as ``pw_text(text_z)`` (m001; m022) — :mod:`policywatch.db.textstore`
- ``section_spans``: a section is a span of its version's text (m001 as
  ``sections``; m007); ``section_texts``: each distinct section text once (m007)
- ``changes``, ``change_items``, ``alerts`` (m001; m003), ``alert_channels`` (m006)
- ``section_topics``, ``facts``, ``version_analysis`` (m004; m019: sentences)
- ``users``, ``review_events`` (append-only) (m018)
- ``rediscoveries`` (m021)

Full-text indexes: ``section_texts_fts`` (literal words, no positions:
m023, phrases in two stages by :mod:`policywatch.db.phrase`) and
``section_text_stems_fts`` (stems, contentless: m019).

Views (store nothing): ``sections`` and ``latest_sections`` (spans of the
version's text: m007, m022, m024), ``section_text_content`` (the literal
index's content: m007), ``change_log`` and ``document_status`` (m005),
``change_review`` (m018), and the views generated from the vocabulary on
every open (:mod:`policywatch.db.views`).
"""

from __future__ import annotations

from policywatch.db.migrations import migrations

__all__ = ["migrations"]
