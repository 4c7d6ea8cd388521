"""Everything else (Teams, Discord, Telegram, ...) through an apprise URL.

    - type: apprise
      url: ${TEAMS_APPRISE_URL}     # e.g. msteams://..., discord://...; see apprise's docs

The URL embeds the service's token, so it must be a ``${VAR}`` reference.
apprise reports failure as ``False`` and logs the reason; we capture that log
so the alert row says what went wrong.
"""

from __future__ import annotations

from collections.abc import Mapping

from policywatch.alerts.channels import Channel
from policywatch.alerts.message import Message, markdown, subject
from policywatch.alerts.senders import DeliveryError


def send(channel: Channel, message: Message, env: Mapping[str, str] | None = None) -> str | None:
    import logging

    import apprise

    notifier = apprise.Apprise()
    if not notifier.add(channel.secret("url", env)):
        raise DeliveryError(f"channel {channel.name!r}: apprise does not understand its url")
    with apprise.LogCapture(level=logging.WARNING) as log:
        ok = notifier.notify(
            title=subject(message),
            body=markdown(message),
            body_format=apprise.NotifyFormat.MARKDOWN,
        )
        problems = log.getvalue().strip()
    if not ok:
        raise DeliveryError(f"apprise could not deliver: {problems[-300:] or 'no reason given'}")
    return None
