"""Email over SMTP (stdlib ``smtplib``): multipart text + HTML.

    - type: email
      to: [privacy@example.com, legal@example.com]
      from: policywatch@example.com
      smtp_host: smtp.example.com
      smtp_port: 587
      starttls: true               # or ssl: true for port 465
      username: policywatch
      password: ${SMTP_PASSWORD}
      ca_file: /etc/ssl/corp-ca.pem   # optional: trust a private CA

The ``Message-ID`` is derived from the alert's idempotency key, so every
attempt for one alert has the same id and a re-send after a crash can be
recognised (and is dropped by many mail systems) as a duplicate.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import formatdate

from policywatch import __version__
from policywatch.alerts.channels import Channel
from policywatch.alerts.message import Message, html, subject, text
from policywatch.alerts.senders import DEFAULT_TIMEOUT, DeliveryError


def build(channel: Channel, message: Message, env: Mapping[str, str] | None = None) -> EmailMessage:
    """The email for a message (no network): headers plus text and HTML parts."""
    sender = str(channel.value("from", env))
    to = channel.value("to", env)
    recipients = [to] if isinstance(to, str) else [str(x) for x in to]
    mail = EmailMessage()
    mail["Subject"] = subject(message)
    mail["From"] = sender
    mail["To"] = ", ".join(recipients)
    mail["Date"] = formatdate(usegmt=True)
    mail["Message-ID"] = message_id(message.key, sender)
    # Tells auto-responders and ticket systems not to answer a robot.
    mail["Auto-Submitted"] = "auto-generated"
    mail["X-Policywatch-Key"] = message.key
    mail["X-Policywatch-Changes"] = ", ".join(str(n.change_id) for n in message.notices)
    mail["X-Mailer"] = f"policywatch/{__version__}"
    mail.set_content(text(message))
    mail.add_alternative(html(message), subtype="html")
    return mail


def message_id(key: str, sender: str) -> str:
    """``<alert-12-3fa9c1d27b04@example.com>``: the same for every attempt of an alert."""
    domain = sender.rsplit("@", 1)[-1].strip("> ") or "policywatch.invalid"
    return f"<{key}@{domain}>"


def send(channel: Channel, message: Message, env: Mapping[str, str] | None = None) -> str | None:
    """Deliver; return a warning if some (not all) recipients were refused."""
    mail = build(channel, message, env)
    host = str(channel.value("smtp_host", env))
    use_ssl = bool(channel.value("ssl", env, False))
    port = int(channel.value("smtp_port", env, 465 if use_ssl else 25))
    timeout = float(channel.value("timeout", env, DEFAULT_TIMEOUT))
    ca_file = channel.value("ca_file", env)
    context = ssl.create_default_context(cafile=ca_file)
    try:
        smtp = (
            smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
            if use_ssl
            else smtplib.SMTP(host, port, timeout=timeout)
        )
        with smtp:
            if channel.value("starttls", env, False):
                smtp.starttls(context=context)
            if "username" in channel.settings:
                smtp.login(str(channel.value("username", env)), channel.secret("password", env))
            refused = smtp.send_message(mail)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryError(f"SMTP {host}:{port}: {type(exc).__name__}: {exc}") from None
    if refused:
        # Others were accepted, so a retry would duplicate theirs: this counts as
        # sent, and the refusal is kept on the row for the operator to see.
        return f"SMTP refused some recipients: {', '.join(refused)}"
    return None
