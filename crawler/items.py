"""What one fetch attempt produced; the spider yields these, the recorder stores them.

Deliberately free of Scrapy so the recorder and the tests can build them too.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FetchResult:
    document_id: int
    url: str
    started_at: str
    final_url: str | None = None
    status: int | None = None
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    elapsed_ms: int | None = None
    error: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
