"""Stated dates on whole saved web pages: what a page's chrome, sidebars and lists of dates mean.

A policy saved from a real site sits among a consent dialog, a "skip to
content" link, navigation and breadcrumbs, a sidebar of dated posts, news
and events, a blog byline and dated comments, a product's release notes, a
dated press-release list, scripts, ``noscript`` and ``template`` content,
hidden elements, and a footer with a copyright span and "last login". None
of those dates is the policy's. The policy's own date may stand in the page
header band, above the title, in a ``<time>`` beside the title, in an "On
this page" box, or only in its last paragraph. Every page here is read
through ``extract`` end to end, in en, nb, de and fr, with CLDR's dates
(Babel) and the date lines of :mod:`tests.extract.date_languages`; each
piece of chrome is put on a page with each placement of the policy's own
date and on a page with none ("no date": a false date is worse than none).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from babel.dates import format_date

from policywatch.extract import extract
from tests.extract.date_languages import (
    BODY,
    CHANGE_LOG,
    PHRASING_NAMES,
    PHRASINGS,
    TITLE,
    phrased,
)
from tests.extract.stated_pages import site_page, stated

LANGUAGES = ("en", "nb", "de", "fr")
OWN = dt.date(2024, 3, 3)  # the policy's own date
# Other dates of the page, all later than the policy's, so a wrong pick shows.
POSTED, NEWS, EVENT, RELEASE, LOGIN = (
    dt.date(2024, 4, 5), dt.date(2024, 5, 19), dt.date(2024, 6, 20), dt.date(2024, 6, 2),
    dt.date(2024, 6, 4),
)  # fmt: skip

# What sites write around a policy, per language (test data, not cue words).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "skip": "Skip to content", "home": "Home", "legal": "Legal",
        "latest": "Latest posts", "news": "News", "events": "Upcoming events",
        "press": "Press releases", "releases": "Release notes", "toc": "On this page",
        "comments": "2 comments", "login": "Last login:", "byline": "Posted on {} by Jane Doe",
        "consent": "We updated our cookie policy on {}.", "post": "Updated pricing for teams",
        "post2": "Our new office in Oslo", "event": "Privacy meetup",
        "comment": "I revised my settings on {} after reading this.",
        "release": "Dark mode and faster sync", "release2": "New export formats",
        "press1": "Acme revised its partner terms", "press2": "Acme opens an office in Paris",
        "last": "This privacy policy was last modified on {}.",
        "sections": "Data we collect|How we use it|Your rights",
    },
    "nb": {
        "skip": "Hopp til innhold", "home": "Hjem", "legal": "Juridisk",
        "latest": "Siste innlegg", "news": "Nyheter", "events": "Kommende arrangementer",
        "press": "Pressemeldinger", "releases": "Versjonsnotater", "toc": "På denne siden",
        "comments": "2 kommentarer", "login": "Siste innlogging:",
        "byline": "Publisert {} av Kari Nordmann",
        "consent": "Vi oppdaterte informasjonskapselpolicyen vår {}.",
        "post": "Oppdaterte priser for team", "post2": "Vårt nye kontor i Oslo",
        "event": "Personvernmøte", "comment": "Jeg endret innstillingene mine {} etter dette.",
        "release": "Mørk modus og raskere synkronisering", "release2": "Nye eksportformater",
        "press1": "Acme reviderte partnervilkårene", "press2": "Acme åpner kontor i Paris",
        "last": "Denne personvernerklæringen ble sist endret {}.",
        "sections": "Hvilke opplysninger vi samler inn|Hvordan vi bruker dem|Dine rettigheter",
    },
    "de": {
        "skip": "Zum Inhalt springen", "home": "Startseite", "legal": "Rechtliches",
        "latest": "Neueste Beiträge", "news": "Neuigkeiten", "events": "Kommende Veranstaltungen",
        "press": "Pressemitteilungen", "releases": "Versionshinweise", "toc": "Auf dieser Seite",
        "comments": "2 Kommentare", "login": "Letzte Anmeldung:",
        "byline": "Veröffentlicht am {} von Max Mustermann",
        "consent": "Wir haben unsere Cookie-Richtlinie am {} aktualisiert.",
        "post": "Aktualisierte Preise für Teams", "post2": "Unser neues Büro in Oslo",
        "event": "Datenschutz-Treffen",
        "comment": "Ich habe meine Einstellungen am {} geändert.",
        "release": "Dunkelmodus und schnellere Synchronisierung", "release2": "Neue Exportformate",
        "press1": "Acme überarbeitet die Partnerbedingungen",
        "press2": "Acme eröffnet ein Büro in Paris",
        "last": "Diese Datenschutzerklärung wurde zuletzt am {} geändert.",
        "sections": "Welche Daten wir erheben|Wie wir sie nutzen|Ihre Rechte",
    },
    "fr": {
        "skip": "Aller au contenu", "home": "Accueil", "legal": "Mentions légales",
        "latest": "Derniers articles", "news": "Actualités", "events": "Événements à venir",
        "press": "Communiqués de presse", "releases": "Notes de version",
        "toc": "Sur cette page", "comments": "2 commentaires", "login": "Dernière connexion :",
        "byline": "Publié le {} par Marie Dupont",
        "consent": "Nous avons mis à jour notre politique de cookies le {}.",
        "post": "Mise à jour des tarifs pour les équipes", "post2": "Notre nouveau bureau à Oslo",
        "event": "Rencontre vie privée",
        "comment": "J'ai modifié mes paramètres le {} après cette lecture.",
        "release": "Mode sombre et synchronisation plus rapide",
        "release2": "Nouveaux formats d'export",
        "press1": "Acme révise ses conditions partenaires",
        "press2": "Acme ouvre un bureau à Paris",
        "last": "La présente politique de confidentialité a été modifiée le {}.",
        "sections": "Données collectées|Utilisation des données|Vos droits",
    },
}  # fmt: skip


def _day(day: dt.date, language: str) -> str:
    return format_date(day, "long", locale=language)


def _time(day: dt.date, language: str) -> str:
    return f"<time datetime='{day.isoformat()}'>{_day(day, language)}</time>"


def _text(language: str) -> str:
    """The policy's sections: headings and paragraphs of its language, no date."""
    return "".join(
        f"<h2>{n}. {heading}</h2><p>{BODY[language]}</p><p>{BODY[language]}</p>"
        for n, heading in enumerate(WORDS[language]["sections"].split("|"), 1)
    )


def _modified(language: str, day: dt.date = OWN, name: str = "modified") -> str:
    """A date line of the policy: "Modified 3 March 2024" in the language's phrasing."""
    return phrased(PHRASINGS[language][PHRASING_NAMES.index(name)], _day(day, language))


# Where the policy's own date stands: (slot, html) pieces and the stated (value, kind).
def _placed(place: str, language: str) -> tuple[dict[str, str], tuple[str, str] | None]:
    title = f"<h1>{TITLE[language]}</h1>"
    line = f"<p>{_modified(language)}</p>"
    own = (OWN.isoformat(), "last_updated")
    words = WORDS[language]
    if place == "header band":
        band = f"<div class='page-hero'>{title}{line}</div>"
        return {"band": band, "policy": _text(language)}, own
    if place == "above the title":
        return {"policy": line + title + _text(language)}, own
    if place == "time beside the title":
        head = f"<div class='title-row'>{title}{_time(OWN, language)}</div>"
        return {"policy": head + _text(language)}, (OWN.isoformat(), "version")
    if place == "on-this-page box":
        links = "".join(
            f"<li><a href='#s{n}'>{h}</a></li>" for n, h in enumerate(words["sections"].split("|"))
        )
        box = f"<aside class='toc'><h2>{words['toc']}</h2><ul>{links}</ul>{line}</aside>"
        return {"policy": title + _text(language), "beside": box}, own
    if place == "header band without a cue":
        band = f"<div class='page-hero'>{title}<p>{_day(OWN, language)}</p></div>"
        return {"band": band, "policy": _text(language)}, (OWN.isoformat(), "version")
    if place == "label and date in a side box":
        label = PHRASINGS[language][PHRASING_NAMES.index("modified")]
        box = f"<aside class='meta'><dl><dt>{label}</dt><dd>{_day(OWN, language)}</dd></dl></aside>"
        return {"policy": title + _text(language), "beside": box}, own
    if place == "share bar":
        bar = f"<div class='share-bar'><span>{_modified(language)}</span><a href='/x'>X</a></div>"
        return {"policy": title + bar + _text(language)}, own
    if place == "last paragraph":
        last = f"<p>{words['last'].format(_day(OWN, language))}</p>"
        return {"policy": title + _text(language) + last}, own
    assert place == "none"
    return {"policy": title + _text(language)}, None


PLACES = (
    "header band", "above the title", "time beside the title", "on-this-page box",
    "last paragraph", "header band without a cue", "label and date in a side box", "share bar",
    "none",
)  # fmt: skip


def _list(label: str, entries: list[tuple[str, dt.date]], language: str, **attrs: str) -> str:
    """A list of dated links under its label, as sidebars and news lists write it."""
    items = "".join(
        f"<li><a href='/p/{n}'>{name}</a> {_time(day, language)}</li>"
        for n, (name, day) in enumerate(entries)
    )
    extra = "".join(f" {k}='{v}'" for k, v in attrs.items())
    return f"<section{extra}><h3>{label}</h3><ul>{items}</ul></section>"


# The pieces of chrome, each (slot, html) for a language.
def _chrome(piece: str, language: str) -> dict[str, str]:
    w = WORDS[language]
    if piece == "consent dialog":
        dialog = (
            "<div role='dialog' aria-modal='true' class='consent-modal'>"
            f"<p>{w['consent'].format(_day(NEWS, language))}</p><button>OK</button></div>"
        )
        return {"top": dialog}
    if piece == "skip link and breadcrumbs":
        crumbs = (
            f"<a class='skip-link' href='#main'>{w['skip']}</a>"
            f"<nav class='breadcrumbs'><a href='/'>{w['home']}</a> › "
            f"<a href='/legal'>{w['legal']}</a></nav>"
        )
        return {"band": crumbs}
    if piece == "sidebar of dated lists":
        side = (
            _list(w["latest"], [(w["post"], NEWS), (w["post2"], POSTED)], language)
            + _list(w["news"], [(w["press1"], RELEASE), (w["post2"], NEWS)], language)
            + _list(w["events"], [(w["event"], EVENT), (w["event"] + " 2", EVENT)], language)
        )
        return {"beside": f"<div class='col-side'>{side}</div>"}
    if piece == "press releases below the policy":
        press = _list(w["press"], [(w["press1"], NEWS), (w["press2"], RELEASE)], language)
        return {"below": press}
    if piece == "related article cards":
        cards = "".join(
            f"<article class='card'><h3><a href='/blog/{n}'>{name}</a></h3>"
            f"<p>{_time(day, language)}</p><p>{BODY[language]}</p></article>"
            for n, (name, day) in enumerate([(w["post"], NEWS), (w["post2"], POSTED)])
        )
        return {"below": f"<section><h2>{w['latest']}</h2>{cards}</section>"}
    if piece == "related cards in divs":
        cards = "".join(
            f"<div class='post-card'><div class='title'><a href='/blog/{n}'>{name}</a></div>"
            f"<div class='date'>{_day(day, language)}</div></div>"
            for n, (name, day) in enumerate([(w["post"], NEWS), (w["post2"], POSTED)])
        )
        return {"below": f"<div class='related'><h2>{w['latest']}</h2>{cards}</div>"}
    if piece == "dated comments":
        comments = "".join(
            f"<article class='comment'><p><b>Jane</b> {_time(day, language)}</p>"
            f"<p>{w['comment'].format(_day(day, language))}</p></article>"
            for day in (NEWS, RELEASE)
        )
        return {"below": f"<section id='comments'><h2>{w['comments']}</h2>{comments}</section>"}
    if piece == "product release notes":
        notes = "".join(
            f"<li>2.{n} – {_day(day, language)}: {name}</li>"
            for n, (name, day) in enumerate([(w["release"], RELEASE), (w["release2"], NEWS)])
        )
        return {"below": f"<section><h2>{w['releases']}</h2><ul>{notes}</ul></section>"}
    if piece == "menu with a dated entry":
        menu = (
            f"<nav class='main-menu'><ul><li><a href='/'>{w['home']}</a></li>"
            f"<li><a href='/news'>{w['news']}</a> ({w['post'].split()[0]} "
            f"{_day(NEWS, language)})</li></ul></nav>"
        )
        return {"band": menu}
    if piece == "aside of posts with update stamps":
        items = "".join(
            f"<li><a href='/blog/{n}'>{name}</a><span>{_modified(language, day)}</span></li>"
            for n, (name, day) in enumerate([(w["post"], NEWS), (w["post2"], RELEASE)])
        )
        return {"beside": f"<aside class='recent'><h3>{w['latest']}</h3><ul>{items}</ul></aside>"}
    if piece == "footer copyright and last login":
        login = f"<p>© 2011–2024 Acme</p><p>{w['login']} {_day(LOGIN, language)} 09:14</p>"
        return {"footer": login}
    if piece == "scripts, noscript and template":
        ld = json.dumps({"@type": "WebPage", "datePublished": "2019-01-01",
                         "dateModified": RELEASE.isoformat()})  # fmt: skip
        stale = f"<p>{_modified(language, NEWS)}</p>"
        return {
            "head": f"<script type='application/ld+json'>{ld}</script>",
            "band": f"<noscript>{stale}</noscript><template>{stale}</template>",
            "body_end": f"<script>var page = {{updated: '{NEWS.isoformat()}'}};</script>",
        }
    if piece == "hidden elements":
        stale = _modified(language, NEWS)
        hidden = (
            f"<p hidden>{stale}</p><p aria-hidden='true'>{stale}</p>"
            f"<p style='display: none'>{stale}</p>"
        )
        return {"band": hidden, "below": f"<div style='display:none'><p>{stale}</p></div>"}
    raise AssertionError(piece)


PIECES = (
    "consent dialog", "skip link and breadcrumbs", "sidebar of dated lists",
    "press releases below the policy", "dated comments", "product release notes",
    "footer copyright and last login", "scripts, noscript and template", "hidden elements",
    "menu with a dated entry", "aside of posts with update stamps", "related article cards",
    "related cards in divs",
)  # fmt: skip


def _page(language: str, *parts: dict[str, str]) -> bytes:
    slots: dict[str, str] = {}
    for part in parts:
        for slot, html in part.items():
            slots[slot] = slots.get(slot, "") + html
    policy = slots.pop("policy")
    return site_page(policy, lang=language, **slots)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_policys_own_date_wherever_it_stands(language, place):
    where, want = _placed(place, language)
    assert stated(_page(language, where)) == want


@pytest.mark.parametrize("piece", PIECES)
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_chrome_dates_are_never_the_policys(language, place, piece):
    where, want = _placed(place, language)
    assert stated(_page(language, where, _chrome(piece, language))) == want


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_with_every_piece_of_chrome_at_once(language, place):
    where, want = _placed(place, language)
    chrome = [_chrome(piece, language) for piece in PIECES]
    assert stated(_page(language, where, *chrome)) == want


# A blog-style page's byline is its publication date: weak, a version date that
# any cued date line beats, and the page's date when it states no other.
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_byline_is_the_pages_date_only_when_no_other_line_dates_it(language, place):
    where, want = _placed(place, language)
    byline = f"<p class='byline'>{WORDS[language]['byline'].format(_day(POSTED, language))}</p>"
    where["policy"] = byline + where["policy"]
    assert stated(_page(language, where)) == (want or (POSTED.isoformat(), "version"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_later_byline_never_beats_a_version_line(language):
    # Twin of the byline rule: both are version dates; the byline is later, the cue wins.
    byline = f"<p>{WORDS[language]['byline'].format(_day(POSTED, language))}</p>"
    version = f"<p>{_modified(language, OWN, 'version of')}</p>"
    for lines in (byline + version, version + byline):
        policy = f"<h1>{TITLE[language]}</h1>{lines}{_text(language)}"
        assert stated(_page(language, {"policy": policy})) == (OWN.isoformat(), "version")


# The twins: the same lines where the page's structure makes them the policy's.


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_line_in_a_widget_is_dropped_and_in_the_header_band_kept(language):
    line = f"<p>{_modified(language, NEWS)}</p>"
    plain = {"policy": f"<h1>{TITLE[language]}</h1>{_text(language)}"}
    for widget in (
        f"<div role='dialog'>{line}</div>", f"<div class='cookie-banner'>{line}</div>",
        f"<div id='newsletter-popup'>{line}</div>",
    ):  # fmt: skip
        assert stated(_page(language, plain, {"top": widget})) is None, widget
    band = {"band": f"<div class='page-hero'>{line}</div>"}
    assert stated(_page(language, plain, band)) == (NEWS.isoformat(), "last_updated")


@pytest.mark.parametrize("language", LANGUAGES)
def test_hidden_lines_are_never_read_but_a_collapsed_panel_is(language):
    line = _modified(language, NEWS)
    plain = {"policy": f"<h1>{TITLE[language]}</h1>{_text(language)}"}
    for hidden in (
        f"<p hidden>{line}</p>", f"<p aria-hidden='true'>{line}</p>",
        f"<p style='display:none'>{line}</p>", f"<noscript><p>{line}</p></noscript>",
        f"<template><p>{line}</p></template>",
    ):  # fmt: skip
        for slot in ("band", "below", "footer"):
            assert stated(_page(language, plain, {slot: hidden})) is None, (slot, hidden)
    panel = f"<div role='region' aria-labelledby='h' hidden><p>{line}</p></div>"
    assert stated(_page(language, plain, {"below": panel})) == (NEWS.isoformat(), "last_updated")
    assert stated(_page(language, plain, {"band": f"<p>{line}</p>"})) == (
        NEWS.isoformat(), "last_updated",
    )  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dated_comment_is_dropped_and_an_undated_one_or_a_comments_section_kept(language):
    words = WORDS[language]
    said = words["comment"].format(_day(NEWS, language))
    plain = {"policy": f"<h1>{TITLE[language]}</h1>{_text(language)}"}
    page = _page(language, plain, {"below": f"<article class='comment'><p>{said}</p></article>"})
    assert stated(page) is None
    assert said not in extract(page, "text/html").text
    # Twins: a comment with no date, and the policy's own section about comments.
    undated = f"{BODY[language]} (Jane)"
    for kept, text in (
        (f"<div class='comment'><p>{undated}</p></div>", undated),
        (f"<section id='comments'><h2>{words['comments']}</h2><p>{said}</p></section>", said),
    ):
        assert text in extract(_page(language, plain, {"below": kept}), "text/html").text, kept


def _entries(language: str, *, links: bool) -> str:
    """Two dated entries, oldest first, with or without a link to the page each names."""
    names = (WORDS[language]["release2"], WORDS[language]["release"])
    return "".join(
        f"<li>{_day(day, language)}: "
        + (f"<a href='/v/{n}'>{name}</a>" if links else name)
        + "</li>"
        for n, (name, day) in enumerate(zip(names, (OWN, NEWS), strict=True))
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_list_of_dated_links_dates_other_pages_unless_it_is_the_change_log(language):
    title = f"<h1>{TITLE[language]}</h1>"
    newest = (NEWS.isoformat(), "version")
    label = f"<h2>{WORDS[language]['news']}</h2>"
    linked = f"{label}<ul>{_entries(language, links=True)}</ul>"
    page = _page(language, {"policy": title + _text(language) + linked})
    assert stated(page) is None
    assert WORDS[language]["release"] in extract(page, "text/html").text  # the text stays
    # Twins: the same entries as the document's change log, with links or without.
    for links in (True, False):
        log = f"<h2>{CHANGE_LOG[language][0]}</h2><ul>{_entries(language, links=links)}</ul>"
        assert stated(_page(language, {"policy": title + _text(language) + log})) == newest
    # One entry with a link among plain bullets is the policy's own line.
    own = f"<ul><li>{_modified(language)} (<a href='#log'>…</a>)</li><li>{BODY[language]}</li></ul>"
    assert stated(_page(language, {"policy": title + own + _text(language)})) == (
        OWN.isoformat(), "last_updated",
    )  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_release_notes_are_the_products_and_a_version_history_the_policys(language):
    title = f"<h1>{TITLE[language]}</h1>"
    entries = f"<ul>{_entries(language, links=False)}</ul>"
    notes = f"<h2>{WORDS[language]['releases']}</h2>{entries}"
    assert stated(_page(language, {"policy": title + _text(language) + notes})) is None
    log = f"<h2>{CHANGE_LOG[language][0]}</h2>{entries}"
    assert stated(_page(language, {"policy": title + _text(language) + log})) == (
        NEWS.isoformat(), "version",
    )  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_menu_entry_in_a_band_is_another_pages_and_the_bands_date_line_the_policys(language):
    menu = (
        f"<nav><ul><li><a href='/'>{WORDS[language]['home']}</a></li><li><a href='/n'>"
        f"{WORDS[language]['news']}</a> {_modified(language, NEWS)}</li></ul>"
        f"<p>{_modified(language)}</p></nav>"
    )
    plain = {"policy": f"<h1>{TITLE[language]}</h1>{_text(language)}"}
    assert stated(_page(language, plain, {"band": menu})) == (OWN.isoformat(), "last_updated")
