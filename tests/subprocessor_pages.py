"""Two versions of a sub-processor page, as a vendor publishes it: a real HTML table.

The new version adds Cloudflare (US), moves Stripe to another row, changes a
link and changes Zendesk's location.
Tests of the diff, the CLI, the Datasette change page and the alerts use it.
"""

from __future__ import annotations

_PAGE = """<!doctype html><html lang="en"><head><title>Sub-processors</title></head><body>
<main><h1>Sub-processors</h1>
<p>Last updated: {date}</p>
<p>We use the following sub-processors to provide the service. Each is bound by a
data processing agreement with terms at least as protective as ours.</p>
<h2>Infrastructure and support</h2>
<table><tr><th>Name</th><th>Purpose</th><th>Location</th></tr>
{rows}
</table>
<h2>Changes</h2>
<p>We notify customers of a new sub-processor at least 30 days in advance by e-mail.
Customers may object within that period as described in the data processing agreement.</p>
</main></body></html>"""

_OLD_ROWS = [
    ("<a href='https://aws.amazon.com'>Amazon Web Services, Inc.</a>", "Cloud hosting", "Ireland"),
    ("Stripe", "Payment processing", "United States"),
    ("Zendesk", "Customer support tickets", "Ireland"),
    ("Mailgun", "Transactional e-mail", "United States"),
]
_NEW_ROWS = [
    ("<a href='https://aws.amazon.com/legal'>Amazon Web Services, Inc.</a>", "Cloud hosting",
     "Ireland"),
    ("Zendesk", "Customer support tickets", "United States"),
    ("Mailgun", "Transactional e-mail", "United States"),
    ("Stripe", "Payment processing", "United States"),
    ("Cloudflare", "Cloud services", "United States"),
]  # fmt: skip


def _page(rows: list[tuple[str, str, str]], date: str) -> bytes:
    cells = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return _PAGE.format(rows=cells, date=date).encode()


OLD = _page(_OLD_ROWS, "1 March 2025")
NEW = _page(_NEW_ROWS, "1 April 2025")
# What every surface must show of the change.
ADDED = "added: Cloudflare (Cloud services, United States)"
CHANGED = "changed: Zendesk: location Ireland → United States"
