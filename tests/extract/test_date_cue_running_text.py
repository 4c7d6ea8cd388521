"""A one-word date cue inside a sentence about something else does not date the page (issue 12).

"The company modified its name on 1 March 2019" is a fact about the company,
not the page's date. A one-word cue of change or publication
(:func:`~policywatch.core.lexicon.date_cues.is_participle`: "modified",
"endra", "geändert", "modifié", "published") dates the page only when it
opens its line or sentence, labels a value ("Endra: 1. mars 2024") or
stands in a sentence naming the document ("Denne erklæringen ble endret
1. mars 2024"). Each language has the review's cases and their twins.
"""

from __future__ import annotations

import pytest

from tests.extract.stated_pages import html_page, stated

TITLES = {
    "en": "Privacy Policy",
    "nb": "Personvernerklæring",
    "de": "Datenschutzerklärung",
    "fr": "Politique de confidentialité",
}


# A paragraph of policy text in each language, so the page reads as that language.
POLICY_TEXT = {
    "en": "We collect the data you give us when you sign up and use it to provide the service.",
    "nb": "Vi samler inn opplysningene du gir oss når du registrerer deg, og bruker dem til "
    "å levere tjenesten du har bedt om.",
    "de": "Wir erheben die Daten, die Sie uns bei der Registrierung geben, und nutzen sie, "
    "um den Dienst zu erbringen, den Sie angefordert haben.",
    "fr": "Nous collectons les données que vous nous donnez lors de votre inscription et "
    "les utilisons pour fournir le service que vous avez demandé.",
}


def policy_page(lang: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in (*paragraphs, POLICY_TEXT[lang], POLICY_TEXT[lang]))
    return html_page(f"<h1>{TITLES[lang]}</h1>{body}", lang=lang, sections=False)


# Each page's own effective line, beside which a running-text date must not win.
EFFECTIVE = {
    "en": "Effective from 1 January 2024",
    "nb": "Gjelder fra 1. januar 2024",
    "de": "Gültig ab 1. Januar 2024",
    "fr": "En vigueur à compter du 1 janvier 2024",
}

# (language, a sentence whose one-word cue dates something else than the page)
RUNNING_TEXT = [
    ("en", "The company modified its name on 1 March 2019."),
    ("en", "We changed our processes after the law was updated 15 June 2018."),
    ("en", "The regulator's guidance was published 3 February 2021 and applies to all."),
    ("nb", "Selskapet endra navn 1. mars 2019 fra Acme AS til Foo AS."),
    ("nb", "Selskapet endret navn 1. mars 2019 fra Acme AS til Foo AS."),
    ("nb", "Vi har endra rutinene etter at loven ble vedtatt 15. juni 2018."),
    ("nb", "Datatilsynets veileder ble offentliggjort 3. februar 2021 og gjelder alle."),
    ("nb", "Veilederen ble publisert 3. februar 2021 og gjelder alle."),
    ("de", "Die Firma hat ihren Namen geändert am 1. März 2019 von Acme GmbH in Foo GmbH."),
    ("de", "Der Leitfaden der Behörde wurde veröffentlicht 3. Februar 2021 und gilt für alle."),
    ("de", "Das Gesetz wurde aktualisiert am 15. Juni 2018 und gilt seitdem."),
    ("fr", "La société a modifié son nom le 1 mars 2019 de Acme SA en Foo SA."),
    ("fr", "Le guide de la CNIL a été publié le 3 février 2021 et s'applique à tous."),
    ("fr", "La loi a été actualisée le 15 juin 2018 et s'applique depuis."),
]


@pytest.mark.parametrize(("lang", "sentence"), RUNNING_TEXT)
def test_a_participle_in_running_text_leaves_the_effective_date(lang: str, sentence: str) -> None:
    found = stated(policy_page(lang, EFFECTIVE[lang], sentence))
    assert found is not None and found[1] == "effective", (sentence, found)


@pytest.mark.parametrize(("lang", "sentence"), RUNNING_TEXT)
def test_a_participle_in_running_text_dates_no_undated_page(lang: str, sentence: str) -> None:
    assert stated(policy_page(lang, sentence)) is None, sentence


# The twins: the same words opening the line or labelling the date still date the
# page, beside the effective line too (a "last updated" line is the stronger kind).
DATE_LINES = [
    ("en", "Last updated 1 March 2024"),
    ("en", "Updated: 1 March 2024"),
    ("nb", "Sist endra 1. mars 2024"),
    ("nb", "Endra: 1. mars 2024"),
    ("de", "Geändert am 1. März 2024"),
    ("de", "Aktualisiert: 1. März 2024"),
    ("fr", "Modifié le 1 mars 2024"),
    ("fr", "Mis à jour le 1 mars 2024"),
]


@pytest.mark.parametrize(("lang", "line"), DATE_LINES)
def test_a_participle_opening_its_line_dates_the_page(lang: str, line: str) -> None:
    assert stated(policy_page(lang, EFFECTIVE[lang], line)) == ("2024-03-01", "last_updated"), line
    assert stated(policy_page(lang, line)) == ("2024-03-01", "last_updated"), line


# A sentence that names the document states its date, the participle inside it or not.
DOCUMENT_SENTENCES = [
    ("en", "This policy was updated on 1 March 2024."),
    ("en", "This privacy policy was published 1 March 2024 and applies to all."),
    ("nb", "Denne erklæringen ble endret 1. mars 2024."),
    ("nb", "Denne personvernerklæringen ble publisert 1. mars 2024 og gjelder alle."),
    ("de", "Diese Datenschutzerklärung wurde aktualisiert am 1. März 2024."),
    ("de", "Diese Datenschutzerklärung wurde veröffentlicht am 1. März 2024 und gilt für alle."),
    ("fr", "Cette politique a été modifiée le 1 mars 2024."),
    ("fr", "Cette politique a été publiée le 1 mars 2024 et s'applique à tous."),
]


@pytest.mark.parametrize(("lang", "sentence"), DOCUMENT_SENTENCES)
def test_a_participle_in_a_sentence_naming_the_document_dates_the_page(
    lang: str, sentence: str
) -> None:
    found = stated(policy_page(lang, sentence))
    assert found is not None and found[0] == "2024-03-01", (sentence, found)
