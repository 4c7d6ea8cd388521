"""A JSON POST of the change (or digest) to any URL.

    - type: webhook
      url: https://hooks.example.com/policywatch
      headers: {Authorization: "Bearer ${HOOK_TOKEN}"}    # optional

The body is :meth:`Message.to_dict`. Every attempt for the same alert
carries the same ``Idempotency-Key`` header (also in the body), so a
receiver that remembers keys can drop the duplicate that a crash between
send and mark can cause. Any 2xx is success; anything else is retried.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from policywatch import __version__
from policywatch.alerts.channels import Channel
from policywatch.alerts.message import Message
from policywatch.alerts.senders import DEFAULT_TIMEOUT, DeliveryError


def send(channel: Channel, message: Message, env: Mapping[str, str] | None = None) -> str | None:
    url = channel.secret("url", env)
    headers = {
        **channel.value("headers", env, {}),
        "Idempotency-Key": message.key,
        "User-Agent": f"policywatch/{__version__}",
    }
    timeout = float(channel.value("timeout", env, DEFAULT_TIMEOUT))
    try:
        response = httpx.post(url, json=message.to_dict(), headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise DeliveryError(f"webhook unreachable: {type(exc).__name__}: {exc}") from None
    if not response.is_success:
        raise DeliveryError(f"webhook answered HTTP {response.status_code}: {response.text[:200]}")
    return None
