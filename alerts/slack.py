"""Slack incoming webhooks, with a Block Kit message.

    - type: slack
      webhook_url: ${SLACK_WEBHOOK_URL}
      base_url: https://policywatch.example.com   # optional: "View change" button

Slack answers ``200 ok`` or an error word (``invalid_payload``,
``no_service``, ...) that we keep as the alert's error. Incoming webhooks
have no idempotency key, so a re-send after a crash is marked in the
message as a possible duplicate (see docs/alerts.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from policywatch.alerts.channels import Channel
from policywatch.alerts.message import Message, Notice, clip, subject
from policywatch.alerts.senders import DEFAULT_TIMEOUT, DeliveryError

# Slack rejects a message with more than 50 blocks; leave room for the header.
MAX_DIGEST_NOTICES = 12


def send(channel: Channel, message: Message, env: Mapping[str, str] | None = None) -> str | None:
    url = channel.secret("webhook_url", env)
    timeout = float(channel.value("timeout", env, DEFAULT_TIMEOUT))
    try:
        response = httpx.post(url, json=payload(message), timeout=timeout)
    except httpx.HTTPError as exc:
        # The webhook URL is the secret: never let it into the stored error.
        reason = f"{type(exc).__name__}: {exc}".replace(url, "<webhook_url>")
        raise DeliveryError(f"Slack webhook unreachable: {reason}") from None
    if response.status_code != 200:
        raise DeliveryError(f"Slack answered HTTP {response.status_code}: {response.text[:200]}")
    return None


def esc(text: str) -> str:
    """Slack mrkdwn needs only these three escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def payload(message: Message) -> dict[str, Any]:
    """The JSON body: ``text`` (notifications, fallback) and ``blocks``."""
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": clip(subject(message), 150)}}
    ]
    if message.in_doubt:
        blocks.append(_context("Possible duplicate: an earlier attempt may have been delivered."))
    notices = message.notices[:MAX_DIGEST_NOTICES] if message.digest else message.notices[:1]
    for notice in notices:
        if message.digest:
            blocks.append({"type": "divider"})
            blocks.append(_section(f"*{esc(notice.headline)}*"))
        blocks += _notice_blocks(notice)
    if message.digest and len(message.notices) > len(notices):
        blocks.append(_context(f"and {len(message.notices) - len(notices)} more changes"))
    return {"text": clip(subject(message), 300), "blocks": blocks}


def _notice_blocks(n: Notice) -> list[dict[str, Any]]:
    document = f"<{n.document_url}|{esc(n.document)}>"
    fields = [
        f"*Vendor*\n{esc(n.vendor)}",
        f"*Document*\n{document}",
        f"*Verdict*\n{esc(n.verdict)}",
        f"*Categories*\n{esc(', '.join(n.categories) or '-')}",
    ]
    if n.objection_deadline:  # issue 18: a DPA / sub-processor change's deadline
        fields.append(f"*Object by*\n{esc(n.objection_deadline)}")
    blocks: list[dict[str, Any]] = [
        {"type": "section", "fields": [{"type": "mrkdwn", "text": f} for f in fields]},
        _section(esc(clip(n.summary, 2900))),
    ]
    if n.entries:
        more = [f"and {n.more_entries} more"] if n.more_entries else []
        lines = "\n".join(f"• {esc(clip(e, 300))}" for e in [*n.entries, *more])
        blocks.append(_section(f"*Entries*\n{lines}"))
    for r in n.reasons:
        where = f" · {esc(r.section)}" if r.section else ""
        blocks.append(
            _section(
                f"*{esc(r.category)}*{where}: {esc(clip(r.explanation, 300))}\n"
                f"~{esc(clip(r.old, 1000))}~\n→ {esc(clip(r.new, 1000))}"
            )
        )
    if n.more_reasons:
        blocks.append(_context(f"and {n.more_reasons} more reasons"))
    if n.link:
        button = {
            "type": "button",
            "text": {"type": "plain_text", "text": "View change"},
            "url": n.link,
        }
        blocks.append({"type": "actions", "elements": [button]})
    return blocks


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": esc(text)}]}
