"""Alert channels: the ``alerts:`` list of the vendors file, checked and typed.

    >>> chans = parse_channels([
    ...     {"type": "slack", "webhook_url": "${SLACK_WEBHOOK_URL}", "vendors": ["fusetools"]},
    ...     {"type": "email", "name": "legal", "to": "legal@example.com",
    ...      "from": "pw@example.com", "smtp_host": "localhost", "when": "any"},
    ... ])
    >>> [(c.name, c.type, c.when) for c in chans]
    [('slack', 'slack', 'material'), ('legal', 'email', 'any')]
    >>> chans[0].secret("webhook_url", {"SLACK_WEBHOOK_URL": "https://hooks.slack.com/x"})
    'https://hooks.slack.com/x'

Secrets are only ever given as ``${VAR}`` references and resolved from the
environment at send time, so they never reach the database (which stores the
channel *name* only) or a log line. Whether the variables are set is checked
when sending, not when loading: ``vendors sync`` must work without Slack
credentials on the machine.

Every problem is a :class:`ChannelError` phrased as ``FILE:LINE: problem.
Fix.`` when the YAML node is known (the vendors file loader passes it, and
reports it as its own error), or naming the channel otherwise.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import yaml

from policywatch.core.vocabulary import CHANGE_VERDICTS, Verdict

TYPES = ("slack", "email", "webhook", "apprise")
# 'when:' -> the least verdict a channel hears about.
WHEN_LEAST = {"material": Verdict.MATERIAL, "editorial": Verdict.EDITORIAL, "any": Verdict.COSMETIC}
WHEN = tuple(WHEN_LEAST)
DIGESTS = ("daily",)
COMMON_KEYS = {"name", "type", "when", "vendors", "tags", "digest", "digest_at", "base_url"}
REQUIRED = {
    "slack": {"webhook_url"},
    "email": {"to", "from", "smtp_host"},
    "webhook": {"url"},
    "apprise": {"url"},
}
OPTIONAL = {
    "slack": {"timeout"},
    "email": {"smtp_port", "starttls", "ssl", "username", "password", "ca_file", "timeout"},
    "webhook": {"headers", "timeout"},
    "apprise": set(),
}
# Keys whose value is a credential (or embeds one, like an apprise URL): these
# must be ``${VAR}`` references so the vendors file can live in git.
SECRET = {"slack": {"webhook_url"}, "email": {"password"}, "apprise": {"url"}, "webhook": set()}
# Each ${NAME} must be a complete reference; a stray "${" is a typo we report.
_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class ChannelError(ValueError):
    """A channel that cannot be used: a mistake in its settings, or an unset
    ``${VAR}`` at send time. The message says where and how to fix it."""


@dataclass(frozen=True)
class Channel:
    """One configured destination. ``settings`` keep ``${VAR}`` unexpanded."""

    name: str
    type: str
    when: str = "material"
    vendors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    digest: str | None = None
    digest_at: str = "08:00"
    base_url: str | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)
    line: int = 0

    def value(self, key: str, env: Mapping[str, str] | None = None, default: Any = None) -> Any:
        """A setting with ``${VAR}`` references expanded from ``env`` (default: os.environ)."""
        raw = self.settings.get(key, default)
        if isinstance(raw, str):
            return expand(raw, env, where=f"channel {self.name!r} key {key!r}")
        if isinstance(raw, dict):
            return {
                k: expand(str(v), env, where=f"channel {self.name!r} {key}.{k}")
                for k, v in raw.items()
            }
        return raw

    def secret(self, key: str, env: Mapping[str, str] | None = None) -> str:
        return str(self.value(key, env))

    def link_base(self, env: Mapping[str, str] | None = None) -> str | None:
        """Datasette's address for links: the channel's ``base_url`` or $POLICYWATCH_BASE_URL."""
        env = os.environ if env is None else env
        if self.base_url:
            base = expand(self.base_url, env, where=f"channel {self.name!r} key 'base_url'")
        else:
            base = env.get("POLICYWATCH_BASE_URL", "")
        return base.rstrip("/") or None

    def wants(self, verdict: str, vendor_slug: str, vendor_tags: list[str]) -> bool:
        """Should this channel hear about a change with this verdict, vendor and tags?

        ``vendors`` and ``tags`` widen each other: a change matches if its vendor
        is listed *or* carries a listed tag; with neither, every vendor matches.
        """
        if verdict not in CHANGE_VERDICTS:
            return False  # unchanged or suspect: not a change anyone is told about
        if CHANGE_VERDICTS.index(Verdict(verdict)) < CHANGE_VERDICTS.index(WHEN_LEAST[self.when]):
            return False
        if not self.vendors and not self.tags:
            return True
        return vendor_slug in self.vendors or bool(set(self.tags) & set(vendor_tags))

    def next_digest(self, after: dt.datetime) -> dt.datetime:
        """The first ``digest_at`` (UTC) strictly after ``after``."""
        hour, minute = (int(x) for x in self.digest_at.split(":"))
        at = after.replace(hour=hour, minute=minute, second=0, microsecond=0)
        return at if at > after else at + dt.timedelta(days=1)


def expand(value: str, env: Mapping[str, str] | None = None, *, where: str = "") -> str:
    """Replace each ``${VAR}`` in ``value``; an unset variable is a :class:`ChannelError`."""
    env = os.environ if env is None else env

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in env:
            raise ChannelError(
                f"{where}: environment variable {m.group(1)} is not set. "
                f"Export it before running policywatch."
            )
        return env[m.group(1)]

    return _REF.sub(sub, value)


def parse_channels(
    raw: list[Any],
    *,
    source: str = "<vendors>",
    node: yaml.Node | None = None,
    vendor_slugs: set[str] | None = None,
) -> list[Channel]:
    """Check the ``alerts:`` list and return typed channels.

    ``node`` (the YAML sequence node of the list) lets errors name a line;
    ``vendor_slugs`` lets a ``vendors:`` filter with a typo fail loudly
    instead of silently sending nothing.
    """
    lines = _lines(node)
    channels = [
        _parse_one(item, i, source, lines[i] if i < len(lines) else {}, vendor_slugs)
        for i, item in enumerate(raw)
    ]
    _name_unnamed(channels, source)
    seen: dict[str, int] = {}
    for ch in channels:
        if ch.name in seen:
            raise ChannelError(
                f"{source}:{ch.line}: alert channel name {ch.name!r} is already used on line "
                f"{seen[ch.name]}. Give each channel a different 'name:'."
            )
        seen[ch.name] = ch.line
    return channels


def _lines(node: yaml.Node | None) -> list[dict[str, int]]:
    """For each list item: ``{"": item line, key: line of that key's value}``."""
    if not isinstance(node, yaml.SequenceNode):
        return []
    out = []
    for item in node.value:
        lines = {"": item.start_mark.line + 1}
        if isinstance(item, yaml.MappingNode):
            lines.update({str(k.value): v.start_mark.line + 1 for k, v in item.value})
        out.append(lines)
    return out


def _parse_one(
    item: Any, index: int, source: str, lines: dict[str, int], slugs: set[str] | None
) -> Channel:
    line = lines.get("", 0)

    def fail(key: str, message: str) -> ChannelError:
        where = f"{source}:{lines.get(key, line)}" if line else source
        return ChannelError(f"{where}: alert channel #{index + 1}: {message}")

    if not isinstance(item, dict):
        raise fail("", "must be a mapping with 'type:' and its settings.")
    kind = item.get("type")
    if kind not in TYPES:
        raise fail("type", f"type {kind!r} is not one of: {', '.join(TYPES)}.")
    allowed = COMMON_KEYS | REQUIRED[kind] | OPTIONAL[kind]
    for key in item:
        if key not in allowed:
            allowed_list = ", ".join(sorted(allowed))
            raise fail(key, f"unknown key {key!r} for a {kind} channel. Allowed: {allowed_list}.")
    for key in sorted(REQUIRED[kind]):
        if key not in item or item[key] in (None, ""):
            raise fail("", f"a {kind} channel needs '{key}:'.")
    for key, value in item.items():
        _check_refs(key, value, fail)
    for key in SECRET[kind]:
        if key in item and not _REF.search(str(item[key])):
            raise fail(
                key,
                f"{key!r} is a secret: give it as an environment variable reference like "
                f"'${{{kind.upper()}_{key.upper()}}}' and export the value (never in git).",
            )
    name = item.get("name")
    if name is not None and not (isinstance(name, str) and _NAME.match(name)):
        raise fail("name", f"name {name!r} must be letters, digits, '-', '_' or '.'.")
    when = item.get("when", "material")
    if when not in WHEN:
        raise fail("when", f"when {when!r} is not one of: {', '.join(WHEN)}.")
    vendors = _strings(item, "vendors", fail)
    unknown = [v for v in vendors if slugs is not None and v not in slugs]
    if unknown:
        raise fail(
            "vendors",
            f"no vendor with slug {unknown[0]!r} in this file. Use a slug from 'vendors:'.",
        )
    digest = item.get("digest")
    if digest is not None and digest not in DIGESTS:
        raise fail("digest", f"digest {digest!r} is not one of: {', '.join(DIGESTS)}.")
    digest_at = str(item.get("digest_at", "08:00"))
    if not _CLOCK.match(digest_at):
        raise fail("digest_at", f"digest_at {digest_at!r} must be a UTC time like '08:00'.")
    if kind == "email":
        _check_email(item, fail)
    if kind == "webhook" and not isinstance(item.get("headers", {}), dict):
        raise fail("headers", "headers must be a mapping of 'Header-Name: value'.")
    if "timeout" in item and not (isinstance(item["timeout"], int | float) and item["timeout"] > 0):
        raise fail("timeout", "timeout must be a number of seconds.")
    settings = {k: v for k, v in item.items() if k not in COMMON_KEYS}
    return Channel(
        name=name or "",
        type=kind,
        when=when,
        vendors=tuple(vendors),
        tags=tuple(_strings(item, "tags", fail)),
        digest=digest,
        digest_at=digest_at,
        base_url=str(item["base_url"]) if item.get("base_url") else None,
        settings=settings,
        line=line,
    )


def _check_refs(key: str, value: Any, fail: Any) -> None:
    values = value.values() if isinstance(value, dict) else [value]
    for v in values:
        if isinstance(v, str) and "${" in _REF.sub("", v):
            raise fail(key, f"{key!r} has a malformed reference {v!r}. Write '${{NAME}}'.")


def _check_email(item: dict[str, Any], fail: Any) -> None:
    port = item.get("smtp_port", 25)
    if not isinstance(port, int) or not 0 < port < 65536:
        raise fail("smtp_port", f"smtp_port {port!r} must be a port number like 587.")
    for key in ("starttls", "ssl"):
        if not isinstance(item.get(key, False), bool):
            raise fail(key, f"{key} must be true or false.")
    if item.get("starttls") and item.get("ssl"):
        raise fail("ssl", "use either 'ssl: true' (port 465) or 'starttls: true', not both.")
    if ("username" in item) != ("password" in item):
        raise fail("username", "give both 'username:' and 'password:' (or neither).")
    to = item["to"]
    if not (isinstance(to, str) or (isinstance(to, list) and to)):
        raise fail("to", "to must be an address or a list of addresses.")


def _strings(item: dict[str, Any], key: str, fail: Any) -> list[str]:
    value = item.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise fail(key, f"{key} must be a list of names.")
    return list(value)


def _name_unnamed(channels: list[Channel], source: str) -> None:
    """Give unnamed channels their type as name, when that is unambiguous.

    The name is what the outbox stores, so it must survive reordering the
    list: ``slack-2`` would silently re-route a team's alerts when someone
    inserts a channel above it. Two unnamed channels of one type is an error.
    """
    first_unnamed: dict[str, Channel] = {}
    for i, ch in enumerate(channels):
        if ch.name:
            continue
        if ch.type in first_unnamed:
            raise ChannelError(
                f"{source}:{ch.line}: this {ch.type} channel and the one on line "
                f"{first_unnamed[ch.type].line} have no 'name:'; give each a name "
                f"(it identifies the channel's alerts in the database)."
            )
        first_unnamed[ch.type] = ch
        channels[i] = replace(ch, name=ch.type)


def as_channels(channels: list[Any]) -> list[Channel]:
    """Accept either parsed :class:`Channel` objects or the raw ``Config.alerts`` list."""
    if all(isinstance(c, Channel) for c in channels):
        return list(channels)
    return parse_channels(channels)
