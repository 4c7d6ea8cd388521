"""A date line with more text after the date, and a page stating two dates (12w step 4).

"Last updated 3 March 2024 — see what changed" and "Gültig ab 1. März 2024 für
alle Kunden" are date lines though the line goes on. A page stating both an
effective date and a "last updated" date states the "last updated" one, before
or after it, earlier or later (dev corpus README: "last updated / revised /
modified", failing that "effective", failing that the version). Per language
en, nb, de, fr; each with its twin.
"""

from __future__ import annotations

import pytest

from tests.extract.date_cue_rows import OTHER_THING
from tests.extract.stated_pages import html_page, stated

TITLE = {
    "en": "Privacy Policy",
    "nb": "Personvernerklæring",
    "de": "Datenschutzerklärung",
    "fr": "Politique de confidentialité",
}
BODY = {
    "en": "We keep your personal data only as long as the service needs it and never sell it.",
    "nb": "Vi lagrer personopplysningene dine bare så lenge tjenesten trenger dem.",
    "de": "Wir speichern Ihre Daten nur so lange, wie der Dienst sie benötigt.",
    "fr": "Nous conservons vos données uniquement le temps nécessaire au service.",
}
# (last updated with more text after the date, effective with more text after it)
TRAILING = {
    "en": ("Last updated 3 March 2024 — see what changed",
           "Effective 3 March 2024 for all customers"),
    "nb": ("Sist oppdatert 3. mars 2024 – se hva som er endret",
           "Gjelder fra 3. mars 2024 for alle kunder"),
    "de": ("Zuletzt aktualisiert am 3. März 2024 – siehe Änderungen",
           "Gültig ab 3. März 2024 für alle Kunden"),
    "fr": ("Dernière mise à jour le 3 mars 2024 : voir les changements",
           "En vigueur à compter du 3 mars 2024 pour tous les clients"),
}  # fmt: skip
# (effective 1 January 2024, last updated 3 March 2024, effective 1 May 2024)
TWO_DATES = {
    "en": ("Effective 1 January 2024", "Last updated 3 March 2024", "Effective 1 May 2024"),
    "nb": ("Gjelder fra 1. januar 2024", "Sist oppdatert 3. mars 2024", "Gjelder fra 1. mai 2024"),
    "de": ("Gültig ab 1. Januar 2024", "Zuletzt aktualisiert am 3. März 2024",
           "Gültig ab 1. Mai 2024"),
    "fr": ("En vigueur à compter du 1er janvier 2024", "Dernière mise à jour : 3 mars 2024",
           "En vigueur à compter du 1er mai 2024"),
}  # fmt: skip
LANGUAGES = sorted(TITLE)


def _page(language: str, *lines: str, middle: str = "") -> bytes:
    """The lines under the title, and ``middle`` as a paragraph of the fifth section."""
    top = "".join(f"<p>{line}</p>" for line in lines)
    body = "".join(
        f"<h2>{n}. {TITLE[language]}</h2><p>{BODY[language]}</p><p>{BODY[language]}</p>"
        + (f"<p>{middle}</p>" if middle and n == 5 else "")
        for n in range(1, 9)
    )
    return html_page(f"<h1>{TITLE[language]}</h1>{top}{body}", lang=language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_line_with_more_text_after_the_date(language):
    updated, effective = TRAILING[language]
    assert stated(_page(language, updated)) == ("2024-03-03", "last_updated")
    assert stated(_page(language, effective)) == ("2024-03-03", "effective")
    # Twin: the same words dating another thing in the running text state nothing.
    other = f"{OTHER_THING[language]} {effective[:1].lower()}{effective[1:]}."
    assert stated(_page(language, middle=other)) is None
    # Beside the page's own date line, that line stays the stated date.
    assert stated(_page(language, updated, middle=other)) == ("2024-03-03", "last_updated")


@pytest.mark.parametrize("language", LANGUAGES)
def test_last_updated_beats_an_earlier_or_later_effective_date(language):
    earlier, updated, later = TWO_DATES[language]
    want = ("2024-03-03", "last_updated")
    assert stated(_page(language, earlier, updated)) == want
    assert stated(_page(language, updated, earlier)) == want
    assert stated(_page(language, updated, later)) == want
    # Twin: without the "last updated" line, the effective date is the stated one.
    assert stated(_page(language, later)) == ("2024-05-01", "effective")
