"""Lists of parties diffed entry by entry: real shapes, real corpus pairs, every verdict."""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.diffing import diff_documents
from policywatch.diffing.entries import read_entries
from policywatch.extract import extract
from tests.diffing import test_entry_shapes as shapes
from tests.subprocessor_pages import ADDED, CHANGED, NEW, OLD

from .conftest import corpus_doc


def doc(text: str, language: str = "en") -> ExtractedDocument:
    return ExtractedDocument(text=text, language=language)


def names(text: str, doc_type: str | None = None, language: str = "en") -> list[str]:
    return [e.name for e in read_entries(doc(text, language), doc_type).entries]


TABLE = "## Sub-processors\n\nName | Purpose | Location\n\n{}"


def table(*rows: str) -> str:
    return TABLE.format("\n\n".join(rows))


def test_html_table_page_added_entry_and_moved_location():
    old = extract(OLD, "text/html", "https://vendor.example/subprocessors")
    new = extract(NEW, "text/html", "https://vendor.example/subprocessors")
    result = diff_documents(old, new, doc_type="subprocessors")
    assert result.verdict == "material"
    described = [c.describe() for c in result.entries]
    assert described == [CHANGED, ADDED]
    assert {"recipients", "transfers"} <= set(result.categories)
    # The entry is the evidence: its row, as the page has it.
    added = next(r for r in result.reasons if r.explanation == ADDED)
    assert added.old is None and added.new and "Cloudflare" in added.new
    # Stripe moved and AWS's link changed: neither is an entry change.
    assert not any("Stripe" in d or "Amazon" in d for d in described)


def test_reordered_relinked_and_reformatted_lists_are_not_material():
    rows = ["[AWS](https://aws.example) | Hosting | United States", "Stripe | Payments | Ireland"]
    old = doc(table(*rows))
    new = doc(table(rows[1], "AWS | Hosting | United States"))
    assert diff_documents(old, new).verdict in {"cosmetic", "unchanged"}
    # The same list turned from a table into bullets under a recipients heading.
    bullets = doc(
        "## Sub-processors\n\n- Stripe: Payments (Ireland)\n\n- AWS: Hosting (United States)"
    )
    result = diff_documents(old, bullets)
    assert not result.material, [c.describe() for c in result.entries]


def test_same_company_renamed_is_not_material_a_new_one_is():
    old = doc(
        table("NexMo Inc | SMS for two-factor login | United States", "Stripe | Payments | US")
    )
    renamed = doc(table("Vonage (formerly NexMo) | SMS for two-factor login | United States",
                        "Stripe | Payments | US"))  # fmt: skip
    result = diff_documents(old, renamed)
    assert not result.material
    assert [c.kind for c in result.entries] == ["renamed"]
    swapped = doc(
        table("Twilio | SMS for two-factor login | United States", "Stripe | Payments | US")
    )
    result = diff_documents(old, swapped)
    assert result.material and {c.kind for c in result.entries} == {"added", "removed"}


def test_changed_purpose_data_and_location_name_their_category():
    old = doc("## Recipients\n\nName | Purpose | Data | Location\n\n"
              "Acme Analytics | Usage statistics | IP address | Germany\n\n"
              "Beta Mail | Newsletters | E-mail address | Germany")  # fmt: skip
    new = doc("## Recipients\n\nName | Purpose | Data | Location\n\n"
              "Acme Analytics | Usage stats, ad targeting | IP address, device ID | India\n\n"
              "Beta Mail | Newsletters | E-mail address | Germany")  # fmt: skip
    result = diff_documents(old, new)
    [change] = result.entries
    assert change.kind == "changed" and change.fields == ("location", "purpose", "data")
    assert set(change.categories) == {"transfers", "purposes", "data_categories"}
    assert result.verdict == "material"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # French and German headers (Markdown tables as extracted).
        ("Nom | Finalité | Pays\n\nOVH SAS | Hébergement | France\n\nBrevo | E-mails | France",
         "fr", ["OVH SAS", "Brevo"]),
        ("Name | Zweck | Standort\n\nHetzner Online GmbH | Hosting | Deutschland\n\n"
         "Mailjet SAS | E-Mail-Versand | Frankreich", "de", ["Hetzner Online GmbH", "Mailjet SAS"]),
        # Cells joined by " / " (a card layout's <br> cells), no header.
        ("Google Cloud / Cloud infrastructure / Worldwide\n\nBoldr / User support / Canada",
         "en", ["Google Cloud", "Boldr"]),
        # A "we share with" bullet list.
        ("We share your data with these service providers:\n\n- Stripe: payments (Ireland)\n\n"
         "- Intercom – support chat", "en", ["Stripe", "Intercom"]),
    ],
)  # fmt: skip
def test_list_shapes_and_languages(text, language, expected):
    assert names(text, language=language) == expected


def test_csv_source_and_flattened_definition_list():
    csv_doc = extract(
        b"Name,Purpose,Location\nAmazon Web Services,Cloud hosting,United States\n"
        b'Cloudflare,"CDN, security",United States\n',
        "text/csv",
        "https://vendor.example/subprocessors.csv",
    )
    assert [e.name for e in read_entries(csv_doc).entries] == ["Amazon Web Services", "Cloudflare"]
    rst = ("## Services\n\nStripe Inc. Subscription payment provider.\n\n"
           "New Relic Application performance analytics.\n\n"
           "Read the Docs uses the following sub-processors.")  # fmt: skip
    assert names(rst, "subprocessors") == ["Stripe Inc.", "New Relic"]
    # Outside a sub-processor list, paragraphs are prose, never entries.
    assert names(rst, "privacy_policy") == []


def test_prose_and_cookie_tables_are_not_lists_of_parties():
    assert (
        names("We keep data for 30 days.\n\n- You can ask for a copy.\n\n- You can object.") == []
    )
    cookies = "Cookie | Provider | Purpose\n\n_ga | Google | Analytics\n\n_fbp | Meta | Ads"
    assert names(cookies) == []
    address = (
        "Adikteev, 29 rue des Pyramides, 75001 Paris, France\n\nMixpanel, One Front Street, US"
    )
    assert names(address) == []


def test_subprocessor_list_corpus_pairs():
    # github-subprocessors v05 -> v06: eight added, one removed, Azure adds Canada.
    old = corpus_doc("github-subprocessors/v05_2025-05-28.md")
    new = corpus_doc("github-subprocessors/v06_2026-03-23.md")
    result = diff_documents(old, new, doc_type="subprocessors")
    kinds = {c.describe().split(":")[0] for c in result.entries}
    assert kinds == {"added", "removed", "changed"}
    assert any(c.describe().startswith("added: xAI (AI Inference") for c in result.entries)
    azure = next(c for c in result.entries if c.kind == "changed")
    assert "Canada" in azure.describe() and azure.categories == ("transfers",)
    # read-the-docs v01 -> v02: Intercom removed from its RST definition list.
    old = corpus_doc("read-the-docs-subprocessors/v01_2021-05-20.rst")
    new = corpus_doc("read-the-docs-subprocessors/v02_2023-01-03.rst")
    result = diff_documents(old, new, doc_type="subprocessors")
    assert [c.describe()[:24] for c in result.entries] == ["removed: Intercom, Inc. "]


def test_dpa_schedule_entries_and_product_scope():
    # anthropic-dpa v04 -> v05: Azure, Nutun (South Africa), Boldr (Canada) in; three out.
    result = diff_documents(
        corpus_doc("anthropic-dpa/v04_2026-03-21.md"), corpus_doc("anthropic-dpa/v05_2026-04-18.md")
    )
    described = [c.describe() for c in result.entries]
    assert "added: Nutun (User support, South Africa)" in described
    assert sum(d.startswith("removed:") for d in described) == 3
    assert {"recipients", "transfers"} <= set(result.categories)
    # v02 -> v03: the same rows relabelled, one sub-processor extended to all products.
    result = diff_documents(
        corpus_doc("anthropic-dpa/v02_2026-01-29.md"), corpus_doc("anthropic-dpa/v03_2026-03-11.md")
    )
    [change] = result.entries
    assert change.kind == "changed" and change.new and change.new.name == "Brave Search"
    assert change.categories == ("recipients",)


def test_doc_type_is_optional_and_json_carries_entries():
    old, new = (
        doc(table("AWS | Hosting | US", "Stripe | Payments | US")),
        doc(table("AWS | Hosting | US", "Stripe | Payments | US", "Cloudflare | CDN | US")),
    )
    data = diff_documents(old, new).to_dict()
    [entry] = data["entries"]
    assert entry["kind"] == "added" and entry["description"] == "added: Cloudflare (CDN, US)"
    assert entry["new"]["countries"] == ["US"]


# A sub-processor list that is only names: one-column tables (with or without a header
# cell) and plain paragraphs, whose names carry a comma before the legal form.
NAMES = ["Amazon Web Services, Inc.", "Stripe, Inc.", "Zendesk, Inc.", "Google LLC", "Mixpanel"]
LEADS = {
    "en": ("Sub-processors", "We use the following sub-processors to process personal data."),
    "de": ("Unterauftragsverarbeiter", "Wir setzen die folgenden Unterauftragsverarbeiter ein."),
    "fr": ("Sous-traitants ultérieurs", "Nous faisons appel aux sous-traitants suivants."),
    "nb": ("Underdatabehandlere", "Vi bruker følgende underdatabehandlere."),
}


def names_page(language: str, names: list[str], shape: str) -> bytes:
    heading, lead = LEADS[language]
    if shape == "table":
        body = "<table>" + "".join(f"<tr><td>{n}</td></tr>" for n in names) + "</table>"
    elif shape == "table-th":
        cells = "".join(f"<tr><td>{n}</td></tr>" for n in names)
        body = f"<table><tr><th>{heading}</th></tr>{cells}</table>"
    else:
        body = "".join(f"<p>{n}</p>" for n in names)
    html = (
        f'<html lang="{language}"><head><title>{heading}</title></head><body><main>'
        f"<h1>{heading}</h1><p>1.3.2024</p><p>{lead}</p><h2>{heading}</h2>{body}</main></body></html>"
    )
    return html.encode()


@pytest.mark.parametrize("shape", ["table", "table-th", "paragraphs"])
@pytest.mark.parametrize("language", sorted(LEADS))
def test_names_only_list_added_removed_and_reordered(language, shape):
    def read(names: list[str]) -> ExtractedDocument:
        return extract(names_page(language, names, shape), "text/html")

    old = read(NAMES)
    added = diff_documents(old, read([*NAMES, "Cloudflare, Inc."]), doc_type="subprocessors")
    assert added.material and "recipients" in added.categories
    assert [c.describe() for c in added.entries] == ["added: Cloudflare, Inc."]
    removed = diff_documents(old, read(NAMES[1:]), doc_type="subprocessors")
    assert [c.describe() for c in removed.entries] == ["removed: Amazon Web Services, Inc."]
    assert removed.material
    reordered = diff_documents(old, read(NAMES[::-1]), doc_type="subprocessors")
    assert not reordered.material, [c.describe() for c in reordered.entries]


def test_names_only_paragraphs_are_not_date_lines_or_sentences():
    text = (
        "## Sub-processors\n\nLast Updated March 2024\n\nWe use these.\n\n"
        "Stripe, Inc.\n\nGoogle LLC\n\nNew Relic"
    )
    assert names(text, "subprocessors") == ["Stripe, Inc.", "Google LLC", "New Relic"]
    dated = text.replace("March", "April")
    assert not diff_documents(doc(text), doc(dated), doc_type="subprocessors").material
    # "Stripe, Inc." is one name, not a CSV line of two cells.
    assert names("## Sub-processors\n\nStripe, Inc.\n\nAcme, Ltd.", "subprocessors") == [
        "Stripe, Inc.",
        "Acme, Ltd.",
    ]


ENTRIES = [
    ("Amazon Web Services, Inc.", "Cloud hosting", "United States"),
    ("Stripe, Inc.", "Payments", "Ireland"),
    ("Zendesk, Inc.", "Customer support", "United States"),
]
LABELS = {
    "en": ("Purpose", "Location"),
    "de": ("Zweck", "Standort"),
    "fr": ("Finalité", "Pays"),
    "nb": ("Formål", "Lokasjon"),
}


def heading_per_entry(language: str, entries: list[tuple[str, str, str]]) -> str:
    heading, lead = LEADS[language]
    purpose, place = LABELS[language]
    sections = "".join(
        f"\n\n### {name}\n\n{purpose}: {what}\n\n{place}: {where}" for name, what, where in entries
    )
    return f"# {heading}\n\n{lead}\n\n## {heading}{sections}"


@pytest.mark.parametrize("doc_type", ["subprocessors", None])
@pytest.mark.parametrize("language", sorted(LEADS))
def test_one_heading_per_entry(language, doc_type):
    old = doc(heading_per_entry(language, ENTRIES), language)
    cloudflare = ("Cloudflare, Inc.", "CDN", "United States")
    new = doc(heading_per_entry(language, [*ENTRIES, cloudflare]), language)
    added = diff_documents(old, new, doc_type=doc_type)
    assert added.material and "recipients" in added.categories
    assert [c.describe() for c in added.entries] == ["added: Cloudflare, Inc. (CDN, United States)"]
    moved = [ENTRIES[0], (ENTRIES[1][0], ENTRIES[1][1], "Germany"), ENTRIES[2]]
    relocated = diff_documents(old, doc(heading_per_entry(language, moved), language))
    assert relocated.material and "transfers" in relocated.categories
    assert not diff_documents(
        old, doc(heading_per_entry(language, ENTRIES[::-1]), language)
    ).material


def test_headings_that_group_or_describe_are_not_entries():
    # Groups of a sub-processor list: names under the headings, not the headings.
    grouped = (
        "# Sub-processors\n\n## Infrastructure\n\nAmazon Web Services, Inc. Hosting.\n\n"
        "## Monitoring\n\nSentry\n\nNew Relic"
    )
    assert "Infrastructure" not in names(grouped, "subprocessors")
    # A policy's subsections on recipients name kinds of recipient, not companies.
    policy = (
        "# Privacy Policy\n\n## Who we share data with\n\n### Service Providers\n\n"
        "Companies that host our service.\n\n### Affiliates\n\nOur group companies.\n\n"
        "### Public Authorities\n\nWhen the law requires it."
    )
    assert names(policy) == []


@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
@pytest.mark.parametrize("shape", [shapes.blank_name_cell, shapes.md_blank_name_cell])
def test_a_blank_name_cell_goes_on_with_the_party_above(shape, language):
    """A second row of a party, its name cell left blank: its purpose and place are that
    party's, in their columns (no party named "Backups", no place read as a purpose)."""
    page = shapes.page(shape, list(shapes.PARTIES), language, "subprocessors")
    entries = read_entries(page, "subprocessors").entries
    assert [e.name for e in entries] == [p.name for p in shapes.PARTIES]
    first = entries[0]
    assert first.purpose == f"{shapes.PARTIES[0].purpose}; {shapes.SECOND_ROW[0]}"
    assert first.countries == {"US", "IE"}, first


@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
def test_a_blank_first_cell_keeps_the_columns_in_place(language):
    """The empty header over row numbers, and a table whose first row has no name: the
    cells after the blank one stay under their headers."""
    w, parties = shapes.WORDS[language], list(shapes.PARTIES)
    page = shapes.page(shapes.numbered(lambda lang: ""), parties, language, "subprocessors")
    entries = read_entries(page, "subprocessors").entries
    assert [(e.name, e.purpose) for e in entries] == [(p.name, p.purpose) for p in parties]
    assert not any(e.other for e in entries), entries  # the numbers are no column of theirs
    # Nothing above to go on with: the blank-named first row is no party, the rest are.
    rows = [f"{p.name} | {p.purpose} | {shapes.place(p, language)}" for p in parties]
    text = f"## {w.title}\n\n{w.name} | {w.purpose} | {w.location}\n\n | Backups | X\n\n"
    doc = ExtractedDocument(text=text + "\n\n".join(rows), language=language)
    assert [(e.name, e.purpose) for e in read_entries(doc, "subprocessors").entries] == [
        (p.name, p.purpose) for p in parties
    ]


NUMBERED_NAMES = ["Stripe, Inc.", "Zendesk, Inc.", "Acme, Inc."]


@pytest.mark.parametrize("header", ["No. | Name", " | Name", ""])
def test_a_numbered_list_of_names_drops_its_numbers(header):
    """Names beside row numbers, under "No.", a blank header or none: the names only."""
    rows = [f"{n} | {name}" for n, name in enumerate(NUMBERED_NAMES, 1)]
    text = "## Sub-processors\n\n" + "\n\n".join(([header] if header else []) + rows)
    assert names(text, "subprocessors") == NUMBERED_NAMES


def test_clause_numbers_beside_their_text_are_no_names():
    """The twin: numbers beside sentences are clauses, and a number alone names no one."""
    clauses = [
        "1 | We keep your data for as long as the contract with the customer runs.",
        "2 | We tell you about every new processor thirty days before it starts.",
        "3 | You may object to a new processor within those thirty days.",
    ]
    assert names("## Sub-processors\n\n" + "\n\n".join(clauses), "subprocessors") == []
