"""A change is material when what a sentence states changed, not when a topic word moved."""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.classify import judge
from policywatch.diffing.context import Context
from policywatch.diffing.filing import lead_topic
from policywatch.diffing.sentences import Unit
from policywatch.diffing.statements import changed
from policywatch.diffing.words import word_ops


def edit(old: str, new: str, heading: str | None = None) -> tuple[str, list[str]]:
    j = judge(Unit(old, new, word_ops(old, new)), heading)
    return j.verdict, [r.category for r in j.reasons]


def doc(*sections: tuple[str, str]) -> ExtractedDocument:
    secs = [Section(2, heading, text) for heading, text in sections]
    return ExtractedDocument(text="\n\n".join(t for _, t in sections), sections=secs)


FILLER = (
    "We process your personal data to provide the service and to keep it secure. "
    "You can ask us to access or correct your personal data at any time."
)


def test_a_reworded_sentence_with_the_same_statements_is_editorial():
    # Topic words ("partners", "service providers") in a reworded sentence say nothing new.
    assert edit(
        "We send your data to our service providers to run the service.",
        "Our partners receive your data so that we can run the service.",
        "Sharing",
    ) == ("editorial", [])


def test_a_promise_moved_to_another_section_is_not_a_change_of_substance():
    promise = "We do not sell your personal data to anyone."
    old = doc(("Sharing", f"{FILLER} {promise}"), ("Your rights", FILLER))
    new = doc(("Sharing", FILLER), ("Your rights", f"{FILLER} We never sell personal data."))
    assert diff_documents(old, new).verdict == "editorial"
    # Dropped for good, it is material.
    dropped = doc(("Sharing", FILLER), ("Your rights", FILLER))
    result = diff_documents(old, dropped)
    assert result.verdict == "material" and result.categories == ["sale_sharing"]


def test_only_limits_a_promise_like_a_negation():
    verdict, categories = edit(
        "We share your data with our processors.", "We share your data only with our processors."
    )
    assert verdict == "material" and categories == ["recipients"]


def test_a_data_category_new_to_the_section_is_material():
    old = doc(("What we collect", "We collect your name and e-mail address. " + FILLER))
    new = doc(("What we collect", "We collect your name, e-mail address and voiceprint. " + FILLER))
    result = diff_documents(old, new)
    assert result.verdict == "material" and result.categories == ["data_categories"]
    # Named elsewhere in the section already, the same word is a rewording.
    old = doc(("What we collect", "We collect your voiceprint. We collect your name. " + FILLER))
    # (The filler stays: cutting its "you can ask us to access or correct" is a right cut.)
    new = doc(
        ("What we collect", "We collect your voiceprint. We collect name, voiceprint. " + FILLER)
    )
    assert diff_documents(old, new).verdict != "material"


def test_an_entry_added_to_a_list_of_purposes():
    items = "- To provide the service.\n- To answer your questions."
    old = doc(("How we use your data", items))
    new = doc(("How we use your data", items + "\n- To show you personalised adverts."))
    result = diff_documents(old, new)
    assert result.verdict == "material" and "purposes" in result.categories


def test_words_added_to_a_sentence_under_a_data_heading():
    heading = "Messages, calls and video chat"
    assert lead_topic(heading) == "data_categories"
    ctx = Context(heading=heading, language="en")
    # One more entry in the sentence's list: an item of data collected.
    _, gained = changed(
        "We collect your name and your e-mail address.",
        "We collect your name, your call recordings and your e-mail address.",
        ctx,
    )
    # (Call recordings are a kind of data by name, too: a term beside the item.)
    assert ("item", "data_categories") in [(s.kind, s.category) for s in gained]
    assert {s.category for s in gained} == {"data_categories"}
    # A clause with its own modal verb says something of what is there: no new entry.
    _, gained = changed(
        "Your message will be encrypted in transit; provided that your provider supports TLS.",
        "Your message will be encrypted in transit; our reply will be protected in transit,"
        " provided that your provider supports TLS.",
        ctx,
    )
    assert not [s for s in gained if s.kind == "item"]


def test_countries_are_filed_by_what_their_sentence_says():
    # Where data is hosted: a transfer.
    verdict, categories = edit(
        "Your data is hosted in Ireland.", "Your data is hosted in Ireland and the United States."
    )
    assert verdict == "material" and categories == ["transfers"]
    # Whom a sentence is for: no statement on its own.
    scope = "Users residing in the UK may also click here to learn more about our measures."
    assert judge(Unit(None, scope, []), "Community rules").verdict == "editorial"
    # A supervisory authority's address is about a right, not the controller.
    authority = "You can complain to the supervisory authority at complaints@dpa.example."
    removed = judge(Unit(authority, None, []), "Complaints")
    assert removed.verdict == "material" and {r.category for r in removed.reasons} == {"rights"}


def test_form_only_changes_are_cosmetic():
    # A heading that became the first words of its text (a definition list re-cut).
    old = doc(("Definitions", "App Store The platform run by Apple for downloading apps."))
    new = doc(("App Store", "The platform run by Apple for downloading apps."))
    assert diff_documents(old, new).verdict == "cosmetic"
    # Template slots and ordinal dates are dates.
    assert judge(Unit("Last Modified: [1] May 2026", "Last Modified: 5 May 2026", [])).verdict == (
        "cosmetic"
    )
    bumped = judge(Unit("Effective date: 16th of June, 2023", "Effective date: March 17, 2025", []))
    assert bumped.verdict == "cosmetic" and bumped.flags == {"date_bump"}
    assert judge(Unit("© 2023 Acme Inc.", "© 2024 Acme Inc.", [])).verdict == "cosmetic"
    # A navigation card: a heading and a line that is no sentence.
    card = doc(("Branches", "How we process your data in our branches"))
    grown = ExtractedDocument(
        text=FILLER + "\n\n" + card.text,
        sections=[Section(2, "Overview", FILLER), *card.sections],
    )
    assert diff_documents(doc(("Overview", FILLER)), grown).verdict == "cosmetic"


def test_a_word_extended_is_no_typo():
    old = "Our community welcomes the LGBTQ+ community."
    assert edit(old, old.replace("LGBTQ", "LGBTQIA"))[0] == "editorial"


def test_german_nouns_are_no_parties():
    ctx = Context(heading="Weitergabe an Dritte", language="de")
    old = "Wir geben Ihre Daten an Dienstleister weiter, die die Webseite betreiben."
    new = "Wir geben Ihre Daten an Dienstleister weiter, die die Internetseite betreiben."
    assert judge(Unit(old, new, word_ops(old, new)), ctx).verdict == "editorial"
    named = new.replace("Dienstleister", "Google Analytics")
    verdict = judge(Unit(new, named, word_ops(new, named)), ctx).verdict
    assert verdict == "material"


@pytest.mark.parametrize(
    "heading",
    [
        "Information we collect",
        "Categories of personal data",
        "Données que nous collectons",
        "Welche Daten wir erheben",
        "Hvilke personopplysninger samler vi inn?",
    ],
)
def test_a_heading_about_what_is_collected_leads_with_data_categories(heading):
    # Per language (en, fr, de, nb): a sentence added under it may be one more kind of data.
    assert lead_topic(heading) == "data_categories"


# One retention sentence per language: "we keep your account data N days after you close it".
RETENTION = {
    "en": "We keep your account data for {} days after you close your account.",
    "de": "Wir speichern Ihre Kontodaten {} Tage nach der Schließung Ihres Kontos.",
    "fr": "Nous conservons vos données de compte pendant {} jours après la clôture du compte.",
    "nb": "Vi lagrer kontoopplysningene dine i {} dager etter at du har avsluttet kontoen.",
    "es": "Conservamos los datos de su cuenta durante {} días después de cerrar su cuenta.",
    "it": "Conserviamo i dati del tuo account per {} giorni dopo la chiusura dell'account.",
    "nl": "Wij bewaren uw accountgegevens {} dagen nadat u uw account hebt gesloten.",
    "sv": "Vi sparar dina kontouppgifter i {} dagar efter att du har avslutat ditt konto.",
    "da": "Vi opbevarer dine kontooplysninger i {} dage efter, at du har lukket din konto.",
    "pl": "Przechowujemy dane Twojego konta przez {} dni po zamknięciu konta.",
    "pt": "Conservamos os dados da sua conta durante {} dias após o encerramento da conta.",
}


@pytest.mark.parametrize("language", sorted(RETENTION))
def test_a_retention_period_changed_in_each_language(language):
    def version(days: int) -> ExtractedDocument:
        text = RETENTION[language].format(days)
        return ExtractedDocument(text=text, sections=[Section(2, "", text)], language=language)

    result = diff_documents(version(30), version(90))
    assert result.verdict == "material" and "retention" in result.categories
