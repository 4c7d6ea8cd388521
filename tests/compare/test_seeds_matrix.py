"""The five seed policies through the real ``policywatch compare``: the expected matrix.

Each expectation below was read off the seed texts in ../shared/seeds by a
person (the quoted words are in the policy); the command must reproduce it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import DEMO, run_cli

SITE = DEMO / "site"
SEEDS = {
    "fusetools": SITE / "fusetools" / "privacy.html",
    "fusion": SITE / "fusion" / "Fusion_Privacy_Policy.pdf",
    "faveo": SITE / "faveo" / "personvern.html",
    "nordhost": SITE / "nordhost" / "personvern.html",
    "connectmyapps": SITE / "connectmyapps" / "privacy-policy.html",
}


@pytest.fixture(scope="module")
def matrix() -> dict[str, Any]:
    result = run_cli("compare", *(str(p) for p in SEEDS.values()), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # Columns are named after the files; map them back to vendor names.
    names = dict(zip(data["vendors"], SEEDS, strict=True))
    return {
        row["id"]: {names[label]: cell for label, cell in row["cells"].items()}
        for row in data["rows"]
    }


def values(cell: dict[str, Any]) -> str:
    return " | ".join(cell["values"])


# (row, vendor, expected status, substrings expected in the values)
EXPECTED: list[tuple[str, str, str, tuple[str, ...]]] = [
    # "vil informasjonen din aldri bli solgt" / "does not rent out or sell Customer's Data"
    ("sale", "faveo", "no", ()),
    ("sale", "connectmyapps", "no", ()),
    # Silent on selling: "not stated", never "no".
    ("sale", "fusetools", "not_stated", ()),
    ("sale", "fusion", "not_stated", ()),
    ("sale", "nordhost", "not_stated", ()),
    # "Vi sletter alle dataene dine ved utløpet av 14 dager etter oppsigelsen av kontoen din"
    ("retention", "faveo", "stated", ("14 dager", "after termination")),
    # "within three months" of termination; leads "stored for three years"
    ("retention", "connectmyapps", "stated", ("three months", "three years")),
    ("retention", "fusion", "stated", ("as long as reasonably necessary",)),
    ("retention", "nordhost", "stated", ("så lenge",)),
    # "i USA og Det europeiske økonomiske samarbeidsområdet"
    ("location", "faveo", "stated", ("United States", "EU/EEA")),
    # "behandlingen i EU / EØS" and "land utenfor EU / EØS"
    ("location", "nordhost", "stated", ("EU/EEA", "outside EU/EEA")),
    # sub-processor table: AWS and Azure, both EU/EEA
    (
        "third_party",
        "connectmyapps",
        "stated",
        ("Amazon Web Services (EU/EEA)", "Microsoft Azure (EU/EEA)"),
    ),
    ("location", "connectmyapps", "stated", ("EU/EEA",)),
    ("transfer_mechanism", "connectmyapps", "stated", ("Standard Contractual Clauses",)),
    ("third_party", "faveo", "stated", ("PayPal",)),
    # "currently undergoing ISO 27001 certification which is expected to be complete"
    ("certification", "connectmyapps", "stated", ("ISO 27001 (in progress)",)),
    ("certification", "fusion", "not_stated", ()),
    ("certification", "faveo", "not_stated", ()),
    # No seed promises to notify customers of a breach.
    ("breach_notice", "connectmyapps", "not_stated", ()),
    ("breach_notice", "fusion", "not_stated", ()),
    ("children_age", "faveo", "stated", ("under 13",)),
    ("children_age", "fusion", "stated", ("under 18",)),
    ("children_age", "nordhost", "not_stated", ()),
    # CCPA rights, "within 45 days of receiving that Request"
    ("privacy_law", "fusion", "stated", ("CCPA",)),
    ("request_response", "fusion", "stated", ("45 days",)),
    ("right", "fusion", "stated", ("erasure",)),
    ("privacy_law", "connectmyapps", "stated", ("GDPR",)),
    ("right", "fusetools", "stated", ("access", "erasure", "portability", "objection")),
    ("contact_email", "fusetools", "stated", ("contact@fusetools.com",)),
    ("contact_email", "fusion", "stated", ("privacyofficer@fusionconnect.com",)),
    ("contact_email", "faveo", "stated", ("support@faveohelpdesk.com",)),
    ("contact_email", "connectmyapps", "stated", ("privacy@connectmyapps.com",)),
    ("contact_email", "nordhost", "not_stated", ()),
    ("dpo", "fusion", "stated", ("Privacy officer",)),
    ("dpo", "connectmyapps", "not_stated", ()),
    ("governing_law", "connectmyapps", "stated", ("Norwegian",)),
    # Faveo and ConnectMyApps let ad partners track; Nordhost says nothing about ads.
    ("ad_sharing", "faveo", "yes", ()),
    ("ad_sharing", "connectmyapps", "yes", ()),
    ("ad_sharing", "nordhost", "not_stated", ()),
    ("ai_training", "fusion", "not_stated", ()),
    # Topics: "covered" with the sentences that state them, never keywords.
    # Faveo's "Ikke spor (DNT)" paragraph; children; retention; security; transfers.
    ("topic:do_not_track", "faveo", "covered", ("DNT",)),
    ("topic:do_not_track", "connectmyapps", "not_stated", ()),
    ("topic:children", "fusion", "covered", ("18",)),
    ("topic:retention", "faveo", "covered", ("14 dager",)),
    # Its security sentences sit under "Data Security measures" and "3. HOW WE PROTECT
    # DATA?"; either section's are right (the purposes list's "Information security"
    # bullet is not).
    ("topic:security", "connectmyapps", "covered", ("security measures",)),
    ("topic:transfers", "nordhost", "covered", ("EØS",)),
]


@pytest.mark.parametrize(("row", "vendor", "status", "contains"), EXPECTED)
def test_seed_matrix_cell(
    matrix: dict[str, Any], row: str, vendor: str, status: str, contains: tuple[str, ...]
) -> None:
    cell = matrix[row][vendor]
    assert cell["status"] == status, (row, vendor, cell)
    for text in contains:
        assert text in values(cell), (row, vendor, text, cell["values"])
    if status != "not_stated":
        assert cell["evidence"], "every stated cell carries the snippet it came from"


def test_no_seed_states_a_retention_it_does_not_have(matrix: dict[str, Any]) -> None:
    # Fusetools only says "as long as necessary": no number of days may appear.
    assert not any(ch.isdigit() for ch in values(matrix["retention"]["fusetools"]))


def test_table_and_html_formats(tmp_path: Any) -> None:
    table = run_cli("compare", str(SEEDS["faveo"]), str(SEEDS["nordhost"]))
    assert table.returncode == 0, table.stderr
    assert "not stated" in table.stdout and "faveo/personvern.html" in table.stdout
    page = run_cli("compare", str(SEEDS["connectmyapps"]), "--format", "html")
    assert page.returncode == 0
    assert page.stdout.startswith("<!DOCTYPE html>") and "ISO 27001" in page.stdout
    # The snippet 'Amazon Web Services, Inc. ("AWS")' is escaped, never raw quotes in markup.
    assert "&quot;AWS&quot;" in page.stdout


def test_bad_input_is_a_usage_error(tmp_path: Any) -> None:
    missing = run_cli("compare", "no-such-vendor", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 2
    assert "no-such-vendor" in missing.stderr and "no database" in missing.stderr


def test_topic_cells_are_sentences_of_the_policy(matrix: dict[str, Any]) -> None:
    """A covered topic shows one or two sentences copied from the policy, not keywords."""
    texts = {}
    for vendor, path in SEEDS.items():
        result = run_cli("extract", str(path), "--format", "markdown")
        assert result.returncode == 0, result.stderr
        texts[vendor] = " ".join(result.stdout.split())
    covered = 0
    for row_id, cells in matrix.items():
        if not row_id.startswith("topic:"):
            continue
        for vendor, cell in cells.items():
            if cell["status"] != "covered":
                continue
            covered += 1
            assert 1 <= len(cell["values"]) <= 2, (row_id, vendor, cell["values"])
            for sentence in cell["values"]:
                assert len(sentence.split()) >= 3, (row_id, vendor, sentence)
                start = sentence.rstrip("…")[:60]
                assert start in texts[vendor], (row_id, vendor, sentence)
    assert covered >= 25
