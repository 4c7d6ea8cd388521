"""What the recorder's state machine decides, as data: its inputs (:class:`History`,
:class:`Reread`) and its output (:class:`Decision`), apart from the rules in
:mod:`.decide` so that :mod:`.apply` and :mod:`.history` need not import them.

    >>> Decision(document_id=1, outcome=Outcome.UNCHANGED).make_current
    False

Every type here pickles: the crawl decides in worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from policywatch.core.model import ExtractedDocument
from policywatch.core.vocabulary import Outcome, Rediscover

# A text equal to one of this many newest versions is a return, not a change.
RECENT_VERSIONS = 10
REEXTRACT_FLAG = "reextract"


@dataclass(frozen=True)
class VersionRef:
    """What the state machine needs to know of a stored version (never its text)."""

    id: int
    text_hash: str
    snapshot_sha256: str | None = None
    first_seen_at: str | None = None
    last_seen_at: str | None = None  # the last fetch that showed this text


@dataclass
class History:
    """A document's stored state, as :func:`.history.load_history` reads it.

    ``current_doc`` (the current version's text and sections) is only
    needed when a body must be read (:func:`needs_text`): it is what the
    guard and the diff compare the new text with.
    """

    document_id: int
    doc_type: str | None = None  # the declared type: subprocessors lists are diffed by entry
    select_css: str | None = None
    remove_css: str | None = None
    removed_at: str | None = None
    current: VersionRef | None = None
    # text_hash -> the newest of the RECENT_VERSIONS versions with that text
    recent: dict[str, VersionRef] = field(default_factory=dict)
    gone_streak: int = 0  # the latest fetches in a row that answered 404/410
    current_doc: ExtractedDocument | None = None
    # The current version's id when its stored text is damaged (unreadable
    # versions.text_z): a new body is then read without comparing it with that text.
    unreadable_current: int | None = None


@dataclass
class Reread:
    """Input of a re-extraction: a stored snapshot read again (``policywatch reextract``)."""

    document_id: int
    body: bytes
    content_type: str | None
    snapshot_sha256: str
    # When the page last showed this snapshot's text: the day its stated date is
    # judged on (a change-log entry dated after it was planned then, not in force).
    seen_at: str | None = None


@dataclass
class Snapshot:
    """Raw bytes to keep, content-addressed (``compressed`` when not stored yet)."""

    sha256: str
    body: bytes
    content_type: str | None
    compressed: bytes | None = None


@dataclass
class NewVersion:
    doc: ExtractedDocument
    origin: str = "crawl"  # or "reextract": our extractor changed, not the vendor
    first_seen_at: str | None = None  # kept from the version it re-reads


@dataclass
class Decision:
    """Everything :func:`.apply.apply` writes for one fetch, decided up front.

    ``fetch`` is the fetches row (None for a re-read: nothing was fetched);
    ``confirms`` a stored version the page shows (again); ``change`` the diff
    from the current version to ``version``.
    """

    document_id: int
    outcome: Outcome
    fetch: dict[str, Any] | None = None
    reason: str | None = None
    code: str | None = None
    snapshot: Snapshot | None = None
    confirms: int | None = None
    make_current: bool = False
    clear_removed: bool = False
    mark_removed: bool = False
    version: NewVersion | None = None
    old_version_id: int | None = None
    change: dict[str, Any] | None = None
    alert: bool = True
    known: bool = False  # a failure already reported (a removed page still gone)
    # Look for the document on its vendor's site again (issue 17): why, or None.
    rediscover: Rediscover | None = None
    # The current version whose stored text could not be read (History.unreadable_current).
    unreadable_version: int | None = None
