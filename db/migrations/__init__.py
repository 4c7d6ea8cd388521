"""The schema's history: every migration, in the order it is applied.

A database made by any earlier release is brought up to date by applying
the steps it has not recorded in ``_sqlite_migrations`` (sqlite-utils),
each in its own transaction. A step's id is its function's name and its
place is its place in ``STEPS``: never rename, reorder or edit one that has
shipped; add a new function to the module of its area and append it here::

    >>> STEPS[0].__name__, STEPS[-1].__name__
    ('m001_initial', 'm024_sections_name_their_version')
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

from policywatch.db.migrations import (
    alerts,
    analysis,
    browsing,
    crawling,
    initial,
    review,
    storage,
)

# The order databases in the field were migrated in (ids m018_* before
# m016_*: the issues landed in that order).
STEPS = (
    initial.m001_initial,
    crawling.m002_crawl_health,
    alerts.m003_alert_delivery,
    analysis.m004_topics_facts,
    browsing.m005_datasette_views,
    alerts.m006_alert_channels,
    storage.m007_store_text_once,
    crawling.m008_fetches_by_document,
    review.m018_users,
    review.m018_review_events,
    review.m018_contract_dates,
    review.m018_change_review,
    crawling.m016_fetch_render_and_redirect,
    analysis.m019_search_stems,
    crawling.m020_vendor_domain,
    crawling.m021_rediscoveries,
    storage.m022_version_text_compressed,
    storage.m023_positionless_text_index,
    storage.m024_sections_name_their_version,
)

migrations = Migrations("policywatch")
for _step in STEPS:
    migrations()(_step)
