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

from tests.extract.date_languages import BODY, PHRASING_NAMES, PHRASINGS, TITLE, phrased
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


def _modified(language: str) -> str:
    """The policy's own date line: "Modified 3 March 2024" in the language's phrasing."""
    return phrased(PHRASINGS[language][PHRASING_NAMES.index("modified")], _day(OWN, language))


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
    if place == "last paragraph":
        last = f"<p>{words['last'].format(_day(OWN, language))}</p>"
        return {"policy": title + _text(language) + last}, own
    assert place == "none"
    return {"policy": title + _text(language)}, None


PLACES = (
    "header band", "above the title", "time beside the title", "on-this-page box",
    "last paragraph", "none",
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
    if piece == "footer copyright and last login":
        login = f"<p>© 2011–2024 Acme</p><p>{w['login']} {_day(LOGIN, language)} 09:14</p>"
        return {"footer": login}
    if piece == "scripts, noscript and template":
        ld = json.dumps({"@type": "WebPage", "datePublished": "2019-01-01",
                         "dateModified": RELEASE.isoformat()})  # fmt: skip
        stale = f"<p>{_modified(language).replace(_day(OWN, language), _day(NEWS, language))}</p>"
        return {
            "head": f"<script type='application/ld+json'>{ld}</script>",
            "band": f"<noscript>{stale}</noscript><template>{stale}</template>",
            "body_end": f"<script>var page = {{updated: '{NEWS.isoformat()}'}};</script>",
        }
    if piece == "hidden elements":
        stale = _modified(language).replace(_day(OWN, language), _day(NEWS, language))
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
