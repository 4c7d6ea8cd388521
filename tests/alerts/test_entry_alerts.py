"""A new sub-processor reaches Slack and e-mail as an entry: real receivers on 127.0.0.1.

The list as HTML in English, Norwegian and German, and as a PDF
(:mod:`tests.subprocessor_lists`).
"""

from __future__ import annotations

import pytest

from policywatch.alerts.delivery import send_pending
from tests.alerts.conftest import record_bodies, setup_db
from tests.subprocessor_lists import CASES, ListCase

VENDORS = """\
vendors:
  - name: Acme Cloud
    slug: acme
    documents:
      - url: http://127.0.0.1:9/acme/subprocessors.html
        type: subprocessors
alerts:
"""


def record_list_change(db, channels, case: ListCase) -> int:
    doc = next(db.query("select * from documents"))
    return record_bodies(db, doc, [case.old, case.new], channels, case.content_type)


@pytest.mark.parametrize("case_name", sorted(CASES))
def test_slack_and_email_show_the_entries(tmp_path, db_path, receiver, smtp, case_name):
    case = CASES[case_name]
    ADDED, CHANGED = case.added, case.changed
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(
        VENDORS
        + "  - type: slack\n    webhook_url: ${SLACK_WEBHOOK_URL}\n"
        + "  - type: email\n    to: [privacy@example.com]\n    from: pw@example.com\n"
        + f"    smtp_host: 127.0.0.1\n    smtp_port: {smtp.port}\n"
    )
    db, config = setup_db(db_path, vendors)
    change_id = record_list_change(db, config.alerts, case)
    change = next(db.query("select verdict from changes where id = ?", [change_id]))
    assert change["verdict"] == "material"

    report = send_pending(db, config.alerts, env={"SLACK_WEBHOOK_URL": receiver.url("/slack")})

    assert report.sent == 2, report.lines()
    [request] = receiver.requests
    entries = next(
        b for b in request.json["blocks"] if "*Entries*" in b.get("text", {}).get("text", "")
    )
    assert f"• {ADDED}" in entries["text"]["text"] and f"• {CHANGED}" in entries["text"]["text"]
    [mail] = smtp.messages
    assert "sub-processor list" in mail["Subject"]
    plain = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    assert f"  {ADDED}" in plain and f"  {CHANGED}" in plain
    assert f"<li>{ADDED}</li>" in html
