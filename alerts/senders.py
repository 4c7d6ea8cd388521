"""Send a :class:`Message` through a :class:`Channel`: one entry point for every type.

    send(channel, message)          # raises DeliveryError on failure

Each channel type lives in its own module and is imported only when used
(apprise loads hundreds of plugins; a crawl with only email should not).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from policywatch.alerts.channels import Channel
from policywatch.alerts.message import Message

MODULES = {
    "slack": "policywatch.alerts.slack",
    "email": "policywatch.alerts.mail",
    "webhook": "policywatch.alerts.webhook",
    "apprise": "policywatch.alerts.via_apprise",
}
DEFAULT_TIMEOUT = 30.0


class DeliveryError(Exception):
    """The channel did not accept the message; the text says why (no secrets)."""


def send(channel: Channel, message: Message, env: Mapping[str, str] | None = None) -> str | None:
    """Deliver ``message`` or raise :class:`DeliveryError` (or ``ChannelError`` for config).

    Returns a warning to keep on the row when delivery half-worked in a way
    that must not be retried (some email recipients refused).
    """
    module = importlib.import_module(MODULES[channel.type])
    note: str | None = module.send(channel, message, env)
    return note
