"""Date line shapes, several dates and impossible dates on whole pages (issue 12t, steps 2-4).

Each shape a saved page writes its date line in (text after the date, a
remark in parentheses, a footer band, "Version 3.2, <date>", a date in a
``div`` beside the title, an ``aside``) is put on a whole page in en, nb,
de and fr, and beside it its twin: the same shape dating another page, a
product release or an earlier version. Which of several dates is stated
follows ``../shared/corpus/dev/README.md``: last updated, failing that
effective, failing that the version date; an earlier version's date or an
announced future version's never. A date more than a year after the fetch,
before 1995, or whose day is a template's slot is never stated.
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date

from tests.extract.date_languages import BODY, TITLE
from tests.extract.stated_pages import site_page, stated

LANGUAGES = ("en", "nb", "de", "fr")
OWN = dt.date(2024, 3, 3)
OLD, OLDER = dt.date(2023, 1, 10), dt.date(2022, 2, 14)
LATER = dt.date(2024, 6, 20)

# How each language writes the lines around a date (test data, not cue words).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "updated": "Last updated", "changes": "Changes to this policy",
        "account": "Changes to your account", "terms": "Terms of Service",
        "effective": "Effective", "see": "see changes",
        "replaces": "replaces the version of", "version": "Version", "news": "News",
        "previous": "Previous versions", "releases": "Release notes",
        "future": "A new version takes effect on {}.", "on": "On", "signed": "Approved by the DPO",
        "post": "Updated pricing for teams",
    },
    "nb": {
        "updated": "Sist oppdatert", "changes": "Endringer i denne erklæringen",
        "account": "Endringer i kontoen din", "terms": "Vilkår for bruk",
        "effective": "Gjelder fra", "see": "se endringer",
        "replaces": "erstatter versjonen av", "version": "Versjon", "news": "Nyheter",
        "previous": "Tidligere versjoner", "releases": "Versjonsnotater",
        "future": "En ny versjon vil tre i kraft {}.", "on": "Den",
        "signed": "Godkjent av personvernombudet", "post": "Oppdaterte priser for team",
    },
    "de": {
        "updated": "Zuletzt aktualisiert",
        "changes": "Änderungen dieser Datenschutzerklärung",
        "account": "Änderungen an Ihrem Konto", "terms": "Nutzungsbedingungen",
        "effective": "Gültig ab", "see": "siehe Änderungen",
        "replaces": "ersetzt die Fassung vom", "version": "Version", "news": "Neuigkeiten",
        "previous": "Frühere Fassungen", "releases": "Versionshinweise",
        "future": "Eine neue Fassung wird am {} in Kraft treten.", "on": "Am",
        "signed": "Freigegeben vom Datenschutzbeauftragten",
        "post": "Aktualisierte Preise für Teams",
    },
    "fr": {
        "updated": "Dernière mise à jour",
        "changes": "Modifications de la présente politique",
        "account": "Changements de votre compte", "terms": "Conditions d'utilisation",
        "effective": "Entrée en vigueur",
        "see": "voir les modifications", "replaces": "remplace la version du",
        "version": "Version", "news": "Actualités", "previous": "Versions précédentes",
        "releases": "Notes de version", "future": "Une nouvelle version entrera en vigueur le {}.",
        "on": "Le", "signed": "Validé par le DPD",
        "post": "Mise à jour des tarifs pour les équipes",
    },
}  # fmt: skip


def _day(day: dt.date, language: str) -> str:
    return format_date(day, "long", locale=language)


def _text(language: str, sections: int = 3) -> str:
    return "".join(
        f"<h2>{n}. {TITLE[language]} {n}</h2><p>{BODY[language]}</p><p>{BODY[language]}</p>"
        for n in range(1, sections + 1)
    )


def _page(language: str, policy: str, **slots: str) -> bytes:
    return site_page(policy, lang=language, **slots)


def _titled(language: str, lines: str = "", after: str = "") -> bytes:
    return _page(language, f"<h1>{TITLE[language]}</h1>{lines}{_text(language)}{after}")


def _cards(language: str, *days: dt.date) -> str:
    """News cards: each a link and a date in divs with no class in common."""
    return "".join(
        f"<div><div class='t{n}'><a href='/news/{n}'>{WORDS[language]['post']} {n}</a></div>"
        f"<div class='d{n}'>{_day(day, language)}</div></div>"
        for n, day in enumerate(days)
    )


# Step 2: the shapes of a date line, each with its twin.


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_after_the_date_on_the_line(language):
    w = WORDS[language]
    line = f"<p>{w['updated']} {_day(OWN, language)} – <a href='#log'>{w['see']}</a></p>"
    assert stated(_titled(language, line)) == (OWN.isoformat(), "last_updated")
    # Twin: the same line on news cards below the policy dates the news, not the page.
    news = "".join(
        f"<article class='card'><h3><a href='/n/{n}'>{w['post']}</a></h3><p>{w['updated']} "
        f"{_day(day, language)} – {w['see']}</p></article>"
        for n, day in enumerate((LATER, OLD))
    )
    assert stated(_titled(language, after=f"<h2>{w['news']}</h2>{news}")) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_earlier_versions_date_in_parentheses(language):
    w = WORDS[language]
    old = f"({w['replaces']} {_day(OLD, language)})"
    line = f"<p>{w['effective']}: {_day(OWN, language)} {old}</p>"
    assert stated(_titled(language, line)) == (OWN.isoformat(), "effective")
    # Twin: the earlier version's date alone is never the stated date.
    assert stated(_titled(language, f"<p>{old[1:-1]}</p>")) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_line_in_the_footer_band(language):
    w = WORDS[language]
    line = f"<p>{TITLE[language]} ({w['updated'].lower()} {_day(OWN, language)})</p>"
    page = _page(language, f"<h1>{TITLE[language]}</h1>{_text(language)}", footer=line)
    assert stated(page) == (OWN.isoformat(), "last_updated")
    # Twins: the same line naming another document dates that document, unless the
    # page is that document; dated links in the footer's menu name other pages.
    line = f"<p>{w['terms']} ({w['updated'].lower()} {_day(OWN, language)})</p>"
    page = _page(language, f"<h1>{TITLE[language]}</h1>{_text(language)}", footer=line)
    assert stated(page) is None
    page = _page(language, f"<h1>{w['terms']}</h1>{_text(language)}", footer=line)
    assert stated(page) == (OWN.isoformat(), "last_updated")
    links = "".join(
        f"<li><a href='/n/{n}'>{w['post']}</a> {_day(day, language)}</li>"
        for n, day in enumerate((LATER, OLD))
    )
    page = _page(
        language, f"<h1>{TITLE[language]}</h1>{_text(language)}", footer=f"<ul>{links}</ul>"
    )
    assert stated(page) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_version_number_and_its_date(language):
    w = WORDS[language]
    line = f"<p>{w['version']} 3.2, {_day(OWN, language)}</p>"
    assert stated(_titled(language, line)) == (OWN.isoformat(), "version")
    # Twin: the same line in the product's release notes is the product's version.
    notes = "".join(
        f"<li>{w['version']} 3.{n}, {_day(day, language)}</li>" for n, day in ((2, LATER), (1, OLD))
    )
    assert stated(_titled(language, after=f"<h2>{w['releases']}</h2><ul>{notes}</ul>")) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dated_div_beside_the_title(language):
    head = (
        f"<div><div class='headline'>{TITLE[language]}</div>"
        f"<div class='meta-info'>{_day(OWN, language)}</div></div>"
    )
    assert stated(_page(language, head + _text(language))) == (OWN.isoformat(), "version")
    # Twin: the same pair of divs, repeated with a link each, are news cards.
    cards = _cards(language, LATER, OLD)
    assert stated(_titled(language, after=f"<h2>{WORDS[language]['news']}</h2>{cards}")) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_line_in_an_aside_beside_the_text(language):
    w = WORDS[language]
    aside = f"<aside><p>{w['updated']}: {_day(OWN, language)}</p></aside>"
    page = _page(language, f"<h1>{TITLE[language]}</h1>{_text(language)}", beside=aside)
    assert stated(page) == (OWN.isoformat(), "last_updated")
    # Twin: an aside listing dated posts dates those posts.
    posts = "".join(
        f"<li><a href='/p/{n}'>{w['post']}</a> {_day(day, language)}</li>"
        for n, day in enumerate((LATER, OLD))
    )
    aside = f"<aside><h3>{w['news']}</h3><ul>{posts}</ul></aside>"
    page = _page(language, f"<h1>{TITLE[language]}</h1>{_text(language)}", beside=aside)
    assert stated(page) is None


# Step 3: several dates on one page.


@pytest.mark.parametrize("language", LANGUAGES)
def test_effective_and_a_later_last_updated(language):
    w = WORDS[language]
    effective = f"<p>{w['effective']}: {_day(OWN, language)}</p>"
    updated = f"<p>{w['updated']}: {_day(LATER, language)}</p>"
    for lines in (effective + updated, updated + effective):
        assert stated(_titled(language, lines)) == (LATER.isoformat(), "last_updated")
    # Twin: without the last-updated line, the effective date is the one.
    assert stated(_titled(language, effective)) == (OWN.isoformat(), "effective")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_version_label_with_earlier_versions_listed_below(language):
    w = WORDS[language]
    label = f"<p>{w['version']}: {_day(OWN, language)}</p>"
    earlier = "".join(f"<li>{_day(day, language)}</li>" for day in (OLD, OLDER))
    listed = f"<p>{w['previous']}:</p><ul>{earlier}</ul>"
    assert stated(_titled(language, label + listed)) == (OWN.isoformat(), "version")
    # Twin: the list of earlier versions alone states nothing.
    assert stated(_titled(language, listed)) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_announced_future_version_is_never_stated(language):
    w = WORDS[language]
    updated = f"<p>{w['updated']}: {_day(OWN, language)}</p>"
    future = f"<p>{w['future'].format(_day(LATER, language))}</p>"
    assert stated(_titled(language, updated + future)) == (OWN.isoformat(), "last_updated")
    assert stated(_titled(language, future + updated)) == (OWN.isoformat(), "last_updated")
    assert stated(_titled(language, future)) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sign_off_date_under_the_text(language):
    w = WORDS[language]
    sign_off = f"<p>{w['on']} {_day(OWN, language)}</p><p>{w['signed']}</p>"
    assert stated(_titled(language, after=sign_off)) == (OWN.isoformat(), "version")
    # A date line of the page beats the sign-off's bare date.
    updated = f"<p>{w['updated']}: {_day(LATER, language)}</p>"
    assert stated(_titled(language, updated, sign_off)) == (LATER.isoformat(), "last_updated")


# Step 4: dates that cannot be a policy's.


@pytest.mark.parametrize("language", LANGUAGES)
def test_impossible_dates_are_never_stated(language):
    w = WORDS[language]
    today = dt.date.today()
    for day in (today.replace(year=today.year + 2, day=min(today.day, 28)), dt.date(1994, 3, 3)):
        line = f"<p>{w['updated']}: {_day(day, language)}</p>"
        assert stated(_titled(language, line)) is None, day
    # Twins: a date within the year ahead, and the first possible year.
    for day in (today + dt.timedelta(days=100), dt.date(1995, 3, 3)):
        line = f"<p>{w['updated']}: {_day(day, language)}</p>"
        assert stated(_titled(language, line)) == (day.isoformat(), "last_updated"), day


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_template_slot_for_the_day_is_never_stated(language):
    w = WORDS[language]
    month = format_date(OWN, "LLLL y", locale=language)
    for slot in ("[1]", "[DD]", "{{ day }}"):
        line = f"<p>{w['updated']}: {slot} {month}</p>"
        assert stated(_titled(language, line)) is None, slot
    # Twin: the slot filled in (the fix a day later), and a month alone.
    filled = f"<p>{w['updated']}: {_day(OWN, language)}</p>"
    assert stated(_titled(language, filled)) == (OWN.isoformat(), "last_updated")
    alone = f"<p>{w['updated']}: {month}</p>"
    assert stated(_titled(language, alone)) == (OWN.isoformat()[:7], "last_updated")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_label_and_its_date_in_adjacent_inline_elements(language):
    # "<span>Last updated</span><span>3 March 2024</span>": CSS sets them apart, the text
    # glues them ("Last updated3 March 2024", "Zuletzt aktualisiertMärz ...").
    w = WORDS[language]
    spans = f"<div><span>{w['updated']}</span><span>{_day(OWN, language)}</span></div>"
    assert stated(_titled(language, spans)) == (OWN.isoformat(), "last_updated")
    # Twin: the same pair in news cards, each with its link, dates the news.
    cards = "".join(
        f"<div class='card'><a href='/n/{n}'>{w['post']}</a><span>{w['updated']}</span>"
        f"<span>{_day(day, language)}</span></div>"
        for n, day in enumerate((LATER, OLD))
    )
    assert stated(_titled(language, after=f"<h2>{w['news']}</h2>{cards}")) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_dated_entries_under_changes_to_this_policy_are_its_versions(language):
    # "Changes to this policy": a change word and the document's name label a change log.
    w = WORDS[language]
    entries = "".join(f"<li>{_day(day, language)}: {BODY[language]}</li>" for day in (OLD, OWN))
    log = f"<h2>{w['changes']}</h2><ul>{entries}</ul>"
    assert stated(_titled(language, after=log)) == (OWN.isoformat(), "version")
    # Twin: the same entries under changes to something else are no change log.
    other = f"<h2>{w['account']}</h2><ul>{entries}</ul>"
    assert stated(_titled(language, after=other)) is None
