"""The guard on its own: real policy histories pass, interstitial pages do not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policywatch.extract import extract, guard
from tests.conftest import CORPUS
from tests.crawl.test_faults import CAPTCHA_PAGE, LOGIN_PAGE

URL = "https://vendor.example/legal/privacy"


def _histories() -> list[list[Path]]:
    return [
        sorted(d.glob("v*.md"))
        for d in sorted(p for p in CORPUS.iterdir() if p.is_dir())
        if len(list(d.glob("v*.md"))) > 1
    ]


def _labels() -> dict[str, str]:
    """new file -> the verdict a person gave the change to it (not every pair is labelled)."""
    rows = [json.loads(line) for line in (CORPUS / "change_labels.jsonl").open()]
    return {r["new_file"]: r["verdict"] for r in rows}


def test_real_version_histories_are_not_flagged():
    """Every consecutive pair of the dev corpus, as the crawl would see it: the
    previous *recorded* version (a flagged one is never recorded) against the next.
    No pair a person labelled as a real change (cosmetic, editorial, material) may
    start a flag; the capture switches they labelled suspect must."""
    episodes, labels = [], _labels()
    for files in _histories():
        previous: guard.Previous | None = None
        last_flag = None
        for path in files:
            doc = extract(path.read_bytes(), "text/markdown", path.resolve().as_uri())
            verdict = guard.check(guard.Page.of(doc, URL), previous)
            name = f"{path.parent.name}/{path.name}"
            if verdict.ok:
                previous, last_flag = guard.Previous.of(doc), None
                continue
            # A flagged capture is never recorded, so the next one is judged against
            # the same earlier version: a page that stays switched (another language,
            # a combined page split into parts) stays flagged for the same reason
            # until a person accepts it ('crawl --accept-change').
            if last_flag is not None:
                assert verdict.code == last_flag, (name, verdict)
                continue
            episodes.append(name)
            assert labels.get(name, "suspect") == "suspect", (name, verdict)
            last_flag = verdict.code
    # The language switches and page splits in the corpus are caught, nothing else.
    assert len(episodes) < 8
    assert {
        "badoo-privacy-policy/v04_2023-07-14.md",
        "badoo-terms-of-service/v04_2023-05-19.md",
        "happn-cookie-policy/v04_2024-07-17.md",
        "finya-privacy-policy/v02_2024-07-01.md",
    } <= set(episodes)


@pytest.mark.parametrize(
    "snapshot", sorted(CORPUS.glob("*/v*.html"))[:40], ids=lambda p: p.parent.name + "/" + p.name
)
def test_real_html_snapshots_are_not_interstitials(snapshot):
    body = snapshot.read_bytes()
    doc = extract(body, "text/html", URL)
    verdict = guard.check_page(guard.Page(url=URL, text=doc.text, title=doc.title, body=body))
    assert verdict.code not in (guard.LOGIN_WALL, guard.CAPTCHA, guard.ACCESS_DENIED), verdict


def _page(body: bytes, final_url: str | None = None) -> guard.Page:
    doc = extract(body, "text/html", URL)
    return guard.Page(url=URL, final_url=final_url, text=doc.text, title=doc.title, body=body)


POLICY = " ".join(
    f"Section {i}. We keep account data for {i * 10} days and share it only with processors"
    " bound by contract."
    for i in range(60)
)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (LOGIN_PAGE, guard.LOGIN_WALL),
        (CAPTCHA_PAGE, guard.CAPTCHA),
        (
            b"<title>Access Denied</title><h1>Access Denied</h1><p>You don't have permission to"
            b" access this page on this server. Reference #18.2f4e</p>",
            guard.ACCESS_DENIED,
        ),
        (
            b"<h1>403 ERROR</h1><p>The request could not be satisfied. Request blocked.</p>",
            guard.ACCESS_DENIED,
        ),
        (b"<title>Seite nicht gefunden</title><h1>Seite nicht gefunden</h1>", guard.SOFT_404),
        (b"<h1>502 Bad Gateway</h1><p>cloudflare</p>", guard.ERROR_PAGE),
        (b"<html><body><p>Loading...</p></body></html>", guard.EMPTY),
    ],
)
def test_interstitial_pages_are_suspect(body, code):
    assert guard.check(_page(body)).code == code


def test_a_policy_mentioning_recaptcha_and_login_is_fine():
    text = POLICY + " We use Google reCAPTCHA on the login page; you can sign in to access data."
    assert guard.check(guard.Page(url=URL, text=text), guard.Previous(POLICY)).ok


def test_relative_checks():
    previous = guard.Previous(POLICY)
    half = POLICY[: len(POLICY) // 3]
    assert guard.check(guard.Page(url=URL, text=half), previous).code == guard.TRUNCATED
    other = " ".join(
        f"Our helpdesk product {i} helps teams answer tickets fast." for i in range(20)
    )
    moved = guard.Page(url=URL, final_url="https://vendor.example/products", text=other)
    assert guard.check(moved, previous).code == guard.WRONG_DOCUMENT
    assert guard.check(guard.Page(url=URL, text=other), previous).code == guard.LOST_TEXT
    french = " ".join(
        f"Article {i}. Nous conservons les données du compte pendant {i * 10} jours et ne les"
        " partageons qu'avec des sous-traitants liés par contrat."
        for i in range(60)
    )
    assert guard.check(guard.Page(url=URL, text=french), previous).code == guard.LANGUAGE_SWITCH
    broken = POLICY.replace("days", "dÃ¦ys").replace("share", "shâ€™re")
    assert guard.check(guard.Page(url=URL, text=broken), previous).code == guard.MOJIBAKE
    # A person who checked it can waive the relative checks (no previous).
    assert guard.check(guard.Page(url=URL, text=french)).ok


def test_another_variant_of_the_page_is_suspect():
    """The members' notice served in place of the public one (finya privacy v01 -> v02):
    the title gains a qualifier and the texts share little either way."""
    # Both notices share the company's boilerplate (a fifth of the phrases), no more.
    members = POLICY[: len(POLICY) // 5] + " ".join(
        f"Clause {i}. Members' profiles, photos and messages are kept {i} months on our"
        " servers in Hamburg."
        for i in range(50)
    )
    public = guard.Previous(POLICY, title="Privacy notice")
    variant = guard.Page(url=URL, text=members, title="Privacy notice (members' area)")
    verdict = guard.check(variant, public)
    assert verdict.code == guard.WRONG_DOCUMENT and "members' area" in (verdict.reason or "")
    # ... and back again.
    back = guard.Previous(members, title="Privacy notice (members' area)")
    assert guard.check(guard.Page(url=URL, text=POLICY, title="Privacy notice"), back).code == (
        guard.WRONG_DOCUMENT
    )
    # A rewrite that keeps much of the text is a version, whatever its title says.
    rewrite = POLICY + " " + members[: len(members) // 3]
    titled = guard.Page(url=URL, text=rewrite, title="Privacy notice (2026)")
    assert guard.check(titled, public).ok
    # So is a new text under a new name that is no qualified form of the old one.
    renamed = guard.Page(url=URL, text=members + " " + POLICY[:3000], title="Data protection")
    assert guard.check(renamed, public).ok


def test_home_page_after_redirect_is_the_wrong_document():
    page = guard.Page(url=URL, final_url="https://vendor.example/", text=POLICY)
    assert guard.check(page).code == guard.WRONG_DOCUMENT
