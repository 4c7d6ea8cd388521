"""The vendors file: who we watch, where, and (later) who hears about it.

    >>> cfg = parse_vendors_yaml('''
    ... vendors:
    ...   - name: Fusetools AS
    ...     documents:
    ...       - url: https://example.com/privacy
    ... ''', source="vendors.yaml")
    >>> cfg.vendors[0].slug, cfg.vendors[0].documents[0].doc_type
    ('fusetools-as', 'privacy_policy')

Every problem is reported as ``FILE:LINE: what is wrong. How to fix it.``
and nothing is written before the whole file has been checked.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from policywatch.core.model import DOC_TYPES
from policywatch.core.vocabulary import DEFAULT_RENDER, Render

RENDER_MODES = tuple(mode.value for mode in Render)
DEFAULT_INTERVAL = 86400
_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
# Keys of the top-level 'crawl:' section (see crawl_section).
# Per vendor (owner too) or per document: who owns it and the contract's dates (issue 18).
CONTRACT_KEYS = ("owner", "signed", "notice_days")
CRAWL_KEYS = (
    "allow_networks",
    "timeout",
    "retries",
    "retry_after_max",
    "concurrency_per_domain",
    "rediscover_days",  # issue 17: at most one rediscovery per document in N days
)


class ConfigError(ValueError):
    """A vendors file problem, already phrased as ``FILE:LINE: problem. Fix.``"""


@dataclass
class DocumentConfig:
    url: str
    doc_type: str = "privacy_policy"
    select: str | None = None
    remove: str | None = None
    render: str = DEFAULT_RENDER.value  # http | browser | auto (see Render)
    interval_seconds: int = DEFAULT_INTERVAL
    signed: str | None = None
    notice_days: int | None = None
    line: int = 0


@dataclass
class VendorConfig:
    name: str
    slug: str
    tags: list[str] = field(default_factory=list)
    documents: list[DocumentConfig] = field(default_factory=list)
    owner: str | None = None
    signed: str | None = None
    notice_days: int | None = None
    line: int = 0
    # The vendor's site; with no documents listed, 'vendors sync' discovers them there.
    domain: str | None = None


@dataclass
class Config:
    """A parsed vendors file; ``alerts`` and ``crawl`` are kept as given."""

    vendors: list[VendorConfig]
    alerts: list[dict[str, Any]] = field(default_factory=list)
    crawl: dict[str, Any] = field(default_factory=dict)
    source: str = ""


def slugify(name: str) -> str:
    """``"Fusetools AS"`` -> ``"fusetools-as"``; ``"Bærum Kommune"`` -> ``"baerum-kommune"``."""
    text = name.replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = text.replace("Æ", "Ae").replace("Ø", "O").replace("Å", "A")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# A host name (or IPv4 address), optionally with a port: what 'domain:' accepts.
_LABEL = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
_HOST = re.compile(rf"^(?:{_LABEL}\.)*{_LABEL}(?::\d+)?$")


def parse_site(value: str) -> str:
    """A vendor's site as given: a domain (``"acme.example"``) or an http(s) URL.

    >>> parse_site(" Acme.Example "), parse_site("https://acme.example/en/")
    ('acme.example', 'https://acme.example/en/')
    """
    text = str(value).strip()
    if re.match(r"^https?://[^/\s]+", text, re.I):
        try:  # "http://[::1" and the like: say so before anything is fetched
            if urlsplit(text).hostname:
                return text
        except ValueError:
            pass
        raise ValueError(f"{text!r} is not a valid web address; give e.g. https://acme.example/")
    host = text.lower().rstrip("/")
    if "://" in host or not _HOST.match(host) or ("." not in host and ":" not in host):
        raise ValueError(
            f"{text!r} is not a domain or a web address; give e.g. acme.example"
            " or https://acme.example/"
        )
    return host


def parse_interval(value: Any) -> int:
    """``"1d"`` -> 86400, ``"6h"`` -> 21600, ``3600`` -> 3600."""
    if isinstance(value, int) and value > 0:
        return value
    m = _INTERVAL.match(str(value))
    if not m or int(m.group(1)) == 0:
        raise ValueError(f"interval {value!r} is not like 6h, 1d or 1w")
    return int(m.group(1)) * _UNITS[m.group(2)]


def load_vendors_file(path: str | Path) -> Config:
    """Read and validate a vendors file; raise :class:`ConfigError` on any problem."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{p}: no such file. Give the path to your vendors YAML file.") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not UTF-8 text ({exc.reason}). Save it as UTF-8.") from None
    return parse_vendors_yaml(text, source=str(p))


def parse_vendors_yaml(text: str, *, source: str = "<vendors>") -> Config:
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(
            f"{source}:{line}: not valid YAML ({problem}). "
            "Check indentation and quote values that contain ':' or '#'."
        ) from None
    return _Parser(source).config(root)


class _Parser:
    """Walks the YAML node tree so every error can name its line."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, node: yaml.Node | None, message: str) -> ConfigError:
        line = node.start_mark.line + 1 if node is not None else 1
        return ConfigError(f"{self.source}:{line}: {message}")

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping of 'key: value' lines.")
        return {str(k.value): (k, v) for k, v in node.value}

    def scalar(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.value == "":
            raise self.fail(node, f"{what} must be a single non-empty value.")
        return str(node.value)

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list (lines starting with '- ').")
        return list(node.value)

    def unknown(self, fields: dict[str, Any], allowed: set[str], what: str) -> None:
        for key, (knode, _) in fields.items():
            if key not in allowed:
                raise self.fail(
                    knode, f"unknown key {key!r} in {what}. Allowed: {', '.join(sorted(allowed))}."
                )

    def config(self, root: yaml.Node | None) -> Config:
        if root is None:
            raise self.fail(None, "the file is empty. Start it with 'vendors:' and a list.")
        top = self.mapping(root, "the file")
        self.unknown(top, {"vendors", "alerts", "crawl"}, "the top level")
        if "vendors" not in top:
            raise self.fail(root, "no 'vendors:' list. Add 'vendors:' with one '- name:' each.")
        vendors = [self.vendor(n) for n in self.sequence(top["vendors"][1], "'vendors'")]
        seen: dict[str, int] = {}
        for v in vendors:
            if v.slug in seen:
                raise ConfigError(
                    f"{self.source}:{v.line}: vendor slug {v.slug!r} is already used on line "
                    f"{seen[v.slug]}. Give one of them a different 'slug:'."
                )
            seen[v.slug] = v.line
        alerts = yaml.safe_load(yaml.serialize(top["alerts"][1])) if "alerts" in top else []
        crawl = yaml.safe_load(yaml.serialize(top["crawl"][1])) if "crawl" in top else {}
        if not isinstance(alerts, list):
            raise self.fail(top["alerts"][1], "'alerts' must be a list of channels.")
        if not isinstance(crawl, dict):
            raise self.fail(top["crawl"][1], "'crawl' must be a mapping of settings.")
        if crawl:
            crawl = self.crawl_section(top["crawl"][1])
        if alerts:
            # The channels' own rules live with the channels (alerts/ never reads this module).
            from policywatch.alerts.channels import ChannelError, parse_channels

            slugs = {v.slug for v in vendors}
            try:
                parse_channels(
                    alerts, source=self.source, node=top["alerts"][1], vendor_slugs=slugs
                )
            except ChannelError as exc:
                raise ConfigError(str(exc)) from None
        return Config(vendors=vendors, alerts=alerts or [], crawl=crawl or {}, source=self.source)

    def crawl_section(self, node: yaml.Node) -> dict[str, Any]:
        """The top-level ``crawl:`` settings, checked; values normalised (seconds, CIDRs)."""
        import ipaddress

        fields = self.mapping(node, "'crawl'")
        self.unknown(fields, set(CRAWL_KEYS), "'crawl'")
        crawl: dict[str, Any] = {}
        if "allow_networks" in fields:
            nets = []
            for item in self.sequence(fields["allow_networks"][1], "'allow_networks'"):
                text = self.scalar(item, "a network")
                try:
                    nets.append(str(ipaddress.ip_network(text, strict=False)))
                except ValueError:
                    raise self.fail(
                        item, f"{text!r} is not a network. Use CIDR notation, e.g. 127.0.0.0/8."
                    ) from None
            crawl["allow_networks"] = nets
        for key in ("timeout", "retry_after_max"):
            if key in fields:
                try:
                    crawl[key] = parse_interval(fields[key][1].value)
                except ValueError as exc:
                    raise self.fail(fields[key][1], f"{exc}. Use e.g. '30s' or '2m'.") from None
        for key, least in (("retries", 0), ("concurrency_per_domain", 1), ("rediscover_days", 1)):
            if key in fields:
                value = str(fields[key][1].value)
                if not value.isdigit() or int(value) < least:
                    raise self.fail(fields[key][1], f"{key} must be a whole number >= {least}.")
                crawl[key] = int(value)
        return crawl

    def vendor(self, node: yaml.Node) -> VendorConfig:
        fields = self.mapping(node, "each vendor")
        allowed = {"name", "slug", "tags", "documents", "domain", *CONTRACT_KEYS}
        self.unknown(fields, allowed, "a vendor")
        if "name" not in fields:
            raise self.fail(node, "vendor has no 'name:'. Add e.g. 'name: Fusetools AS'.")
        name = self.scalar(fields["name"][1], "'name'")
        slug = self.scalar(fields["slug"][1], "'slug'") if "slug" in fields else slugify(name)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug):
            raise self.fail(
                fields.get("slug", fields["name"])[1],
                f"slug {slug!r} must be lower-case letters, digits and '-'. Set 'slug:'.",
            )
        tags = []
        if "tags" in fields:
            tags = [self.scalar(t, "a tag") for t in self.sequence(fields["tags"][1], "'tags'")]
        domain = None
        if "domain" in fields:
            try:
                domain = parse_site(self.scalar(fields["domain"][1], "'domain'"))
            except ValueError as exc:
                raise self.fail(fields["domain"][1], f"{exc}.") from None
        docs: list[DocumentConfig] = []
        if "documents" in fields:
            doc_nodes = self.sequence(fields["documents"][1], "'documents'")
            docs = [self.document(d) for d in doc_nodes]
            if not docs:
                raise self.fail(
                    fields["documents"][1], f"vendor {name!r} has an empty document list."
                )
        elif not domain:  # with a domain alone, 'vendors sync' discovers them
            raise self.fail(
                node,
                f"vendor {name!r} has no 'documents:'. Add one '- url:', or 'domain:' to"
                " discover them.",
            )
        vendor = VendorConfig(name, slug, tags, docs, line=node.start_mark.line + 1, domain=domain)
        self.contract(fields, vendor)
        return vendor

    def document(self, node: yaml.Node) -> DocumentConfig:
        fields = self.mapping(node, "each document")
        allowed = {"url", "type", "select", "remove", "render", "interval", "signed", "notice_days"}
        self.unknown(fields, allowed, "a document")
        if "url" not in fields:
            raise self.fail(node, "document has no 'url:'. Add e.g. 'url: https://...'.")
        url = self.scalar(fields["url"][1], "'url'")
        if not re.match(r"^https?://[^/\s]+", url):
            raise self.fail(fields["url"][1], f"url {url!r} must start with http:// or https://.")
        doc = DocumentConfig(url=url, line=node.start_mark.line + 1)
        if "type" in fields:
            doc.doc_type = self.scalar(fields["type"][1], "'type'")
            if doc.doc_type not in DOC_TYPES:
                raise self.fail(
                    fields["type"][1],
                    f"type {doc.doc_type!r} is not one of: {', '.join(DOC_TYPES)}.",
                )
        for key in ("select", "remove"):
            if key in fields:
                setattr(doc, key, self.scalar(fields[key][1], f"'{key}'"))
        if "render" in fields:
            doc.render = self.scalar(fields["render"][1], "'render'")
            if doc.render not in RENDER_MODES:
                raise self.fail(
                    fields["render"][1],
                    f"render {doc.render!r} is not one of: {', '.join(RENDER_MODES)}"
                    " (auto, the default, uses the browser only when a page needs it).",
                )
        if "interval" in fields:
            try:
                doc.interval_seconds = parse_interval(fields["interval"][1].value)
            except ValueError as exc:
                raise self.fail(fields["interval"][1], f"{exc}. Use e.g. '1d' or '6h'.") from None
        self.contract(fields, doc)
        return doc

    def contract(self, fields: dict[str, Any], target: VendorConfig | DocumentConfig) -> None:
        """``owner``, ``signed: YYYY-MM-DD`` and ``notice_days: N`` (issue 18), checked."""
        import datetime as dt

        if "owner" in fields and isinstance(target, VendorConfig):
            target.owner = self.scalar(fields["owner"][1], "'owner'")
        if "signed" in fields:
            node = fields["signed"][1]
            text = self.scalar(node, "'signed'")
            try:
                target.signed = dt.date.fromisoformat(text).isoformat()
            except ValueError:
                raise self.fail(
                    node, f"signed {text!r} is not a date. Write it as YYYY-MM-DD."
                ) from None
        if "notice_days" in fields:
            node = fields["notice_days"][1]
            text = self.scalar(node, "'notice_days'")
            if not text.isdigit():
                raise self.fail(node, f"notice_days {text!r} must be a whole number of days.")
            target.notice_days = int(text)
