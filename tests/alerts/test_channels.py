"""The ``alerts:`` list is checked when the vendors file is loaded, with FILE:LINE errors."""

from __future__ import annotations

import pytest

from policywatch.alerts.channels import ChannelError, parse_channels
from policywatch.config import ConfigError, parse_vendors_yaml

HEAD = """\
vendors:
  - name: Fusetools AS
    slug: fusetools
    documents:
      - url: https://example.com/privacy
alerts:
"""  # the alerts list starts on line 7


def load(alerts: str):
    return parse_vendors_yaml(HEAD + alerts, source="vendors.yaml")


def test_a_valid_list_loads_and_stays_raw():
    cfg = load(
        "  - type: slack\n"
        "    webhook_url: ${SLACK_WEBHOOK_URL}\n"
        "  - type: email\n"
        "    name: legal\n"
        "    to: legal@example.com\n"
        "    from: pw@example.com\n"
        "    smtp_host: smtp.example.com\n"
        "    smtp_port: 587\n"
        "    starttls: true\n"
        "    digest: daily\n"
    )
    assert cfg.alerts[0]["webhook_url"] == "${SLACK_WEBHOOK_URL}"  # never expanded here
    channels = parse_channels(cfg.alerts)
    assert [(c.name, c.when, c.digest) for c in channels] == [
        ("slack", "material", None),
        ("legal", "material", "daily"),
    ]


@pytest.mark.parametrize(
    ("alerts", "line", "words"),
    [
        ("  - type: teams\n    url: x\n", 7, "'teams' is not one of"),
        ("  - type: slack\n", 7, "needs 'webhook_url:'"),
        ("  - type: slack\n    webhook_url: https://hooks.slack.com/T/B/x\n", 8, "is a secret"),
        ("  - type: slack\n    webhook_url: ${SLACK_URL\n", 8, "malformed reference"),
        ("  - type: webhook\n    url: http://x\n    when: sometimes\n", 9, "'sometimes'"),
        ("  - type: webhook\n    url: http://x\n    vendors: [fusetool]\n", 9, "'fusetool'"),
        ("  - type: webhook\n    url: http://x\n    colour: red\n", 9, "unknown key 'colour'"),
        ("  - type: webhook\n    url: http://x\n    digest: weekly\n", 9, "'weekly'"),
        (
            "  - type: email\n    to: a@x\n    from: b@x\n    smtp_host: h\n    smtp_port: many\n",
            11,
            "port number",
        ),
        (
            "  - type: webhook\n    url: http://a\n  - type: webhook\n    url: http://b\n",
            9,
            "line 7 have no 'name:'",
        ),
        (
            "  - type: webhook\n    name: a\n    url: http://a\n"
            "  - type: slack\n    name: a\n    webhook_url: ${S}\n",
            10,
            "already used on line 7",
        ),
    ],
)
def test_problems_name_the_file_and_line(alerts, line, words):
    with pytest.raises(ConfigError) as err:
        load(alerts)
    assert str(err.value).startswith(f"vendors.yaml:{line}: ")
    assert words in str(err.value)


def test_unset_variable_is_named_at_send_time_not_load_time():
    [channel] = parse_channels([{"type": "slack", "webhook_url": "${SLACK_WEBHOOK_URL}"}])
    with pytest.raises(ChannelError, match="SLACK_WEBHOOK_URL is not set"):
        channel.secret("webhook_url", {})
    assert channel.secret("webhook_url", {"SLACK_WEBHOOK_URL": "http://127.0.0.1/x"}) == (
        "http://127.0.0.1/x"
    )
