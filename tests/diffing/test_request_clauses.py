"""A right stated as a request reaches to the end of its clause, and only the user asks.

"You can ask us to send you the newsletter, and we delete your data after 30 days":
the deletion is the service's own (retention), not a right asked for; "Upon request
we delete your data within 30 days" is the service's promise, no one asks "us to".
In a section, one sentence's request does not reach into the next sentence. The
twins: a request whose actions are listed with commas is still read whole, and a
request added to a section that asked for something else is a right.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.classify import judge
from policywatch.diffing.context import Context
from policywatch.diffing.filing import requested
from policywatch.diffing.sentences import Unit

# fmt: off
# (heading, a request for something else, then the service's own deletion in the next
# clause, with a period {n}; a request listing actions with commas, and the action read).
CLAUSES = {
    "en": ("Newsletter",
           "You can ask us to send you the newsletter, and we delete your data after {n} days.",
           "You can ask us to correct, restrict, or delete your data.", "delete"),
    "nb": ("Nyhetsbrev",
           "Du kan be oss om å sende deg nyhetsbrevet, og vi sletter opplysningene dine etter "
           "{n} dager.",
           "Du kan be oss om å rette, begrense, eller slette opplysningene dine.", "slette"),
    "de": ("Newsletter",
           "Sie können uns bitten, Ihnen den Newsletter zu senden, und wir löschen Ihre Daten "
           "nach {n} Tagen.",
           "Sie können uns bitten, Ihre Daten zu berichtigen, einzuschränken oder zu löschen.",
           "löschen"),
    "fr": ("Lettre d'information",
           "Vous pouvez nous demander de vous envoyer la lettre d'information, et nous "
           "supprimons vos données après {n} jours.",
           "Vous pouvez nous demander de rectifier, limiter, ou supprimer vos données.",
           "supprimer"),
}
# The service's own promise made "upon request" (no one asks "us to"), with a period
# {n}; its twin: the user asking the service to delete.
UPON_REQUEST = {
    "en": ("Upon request we delete your data within {n} days.",
           "At your request we delete your data within {n} days.",
           "You may request that we delete your data."),
}
# (a section asking for a call-back then keeping a period; the request for deletion
# added; its twin: another request for a call-back added), per language.
SECTION = {
    "en": ("Contact", "You can ask us to call you back. We delete old accounts after a year.",
           "You can also ask us to delete your data.", "You can also ask us to call you later."),
    "nb": ("Kontakt",
           "Du kan be oss om å ringe deg tilbake. Vi sletter gamle kontoer etter ett år.",
           "Du kan også be oss om å slette opplysningene dine.",
           "Du kan også be oss om å ringe deg senere."),
    "de": ("Kontakt", "Sie können uns bitten, Sie zurückzurufen. Wir löschen alte Konten nach "
           "einem Jahr.",
           "Sie können uns auch bitten, Ihre Daten zu löschen.",
           "Sie können uns auch bitten, Sie später anzurufen."),
    "fr": ("Contact", "Vous pouvez nous demander de vous rappeler. Nous supprimons les anciens "
           "comptes après un an.",
           "Vous pouvez aussi nous demander de supprimer vos données.",
           "Vous pouvez aussi nous demander de vous appeler plus tard."),
}
# fmt: on


def _edit(old: str, new: str, heading: str, language: str) -> list[tuple[str, str]]:
    j = judge(Unit(old, new), Context(heading=heading, language=language))
    return [(r.category, r.explanation.split(":")[0]) for r in j.reasons]


@pytest.mark.parametrize("language", sorted(CLAUSES))
def test_the_service_deleting_after_a_request_clause_is_retention(language: str) -> None:
    heading, sentence, _listed, _action = CLAUSES[language]
    assert requested(sentence.format(n=30), language) == []
    old, new = sentence.format(n=30), sentence.format(n=90)
    assert _edit(old, new, heading, language) == [("retention", "period changed")]


@pytest.mark.parametrize("language", sorted(CLAUSES))
def test_actions_listed_with_commas_are_all_asked_for(language: str) -> None:
    _heading, _sentence, listed, action = CLAUSES[language]
    assert action in requested(listed, language)


@pytest.mark.parametrize("language", sorted(UPON_REQUEST))
def test_a_deletion_made_upon_request_is_the_services_retention(language: str) -> None:
    upon, at_your, asked = UPON_REQUEST[language]
    for sentence in (upon, at_your):
        assert requested(sentence.format(n=30), language) == [], sentence
        old, new = sentence.format(n=30), sentence.format(n=90)
        assert _edit(old, new, "Newsletter", language) == [("retention", "period changed")]
    assert requested(asked, language) == ["delete"]


def _doc(language: str, heading: str, text: str) -> ExtractedDocument:
    return ExtractedDocument(text=text, sections=[Section(2, heading, text)], language=language)


@pytest.mark.parametrize("language", sorted(SECTION))
def test_a_request_in_one_sentence_does_not_reach_into_the_next(language: str) -> None:
    heading, section, asked, call_back = SECTION[language]
    old = _doc(language, heading, section)
    added = diff_documents(old, _doc(language, heading, f"{section} {asked}"))
    assert (added.verdict, added.categories) == ("material", ["rights"])
    twin = diff_documents(old, _doc(language, heading, f"{section} {call_back}"))
    assert twin.verdict != "material"


# fmt: off
# Who asks, per language: (the service asking the user, which is no right; the user
# asking the service, and the action read from it).
WHO_ASKS = {
    "en": ("Applicable laws may require us to delete your data after ten years.",
           "You have the right to request that we delete your data.", "delete"),
    "nb": ("Vi kan be deg om å sende oss en kopi av legitimasjonen din.",
           "Du kan be oss om å slette opplysningene dine.", "slette"),
    "de": ("Wir können Sie bitten, uns eine Kopie Ihres Ausweises zu senden.",
           "Sie können von uns verlangen, Ihre Daten zu löschen.", "löschen"),
    "fr": ("Nous pouvons vous demander de nous envoyer une copie de votre pièce d'identité.",
           "Vous pouvez exiger que nous supprimions vos données.", "supprimions"),
    "es": ("Podemos solicitar que nos proporcione una copia de su documento de identidad.",
           "Puede solicitar que eliminemos sus datos.", "eliminemos"),
    "pt": ("Podemos pedir que atualize a sua palavra-passe se detetarmos um acesso indevido.",
           "Pode solicitar que apaguemos os seus dados.", "apaguemos"),
    "it": ("Possiamo chiedere che tu aggiorni la password se rileviamo un accesso anomalo.",
           "Puoi chiedere che cancelliamo i tuoi dati.", "cancelliamo"),
    "nl": ("Wij kunnen u vragen ons een kopie van uw identiteitsbewijs te sturen.",
           "U kunt ons vragen uw gegevens te verwijderen.", "verwijderen"),
    "sv": ("Vi kan be dig att skicka oss en kopia av din legitimation.",
           "Du kan begära att vi raderar dina uppgifter.", "raderar"),
    "da": ("Vi kan bede dig om at sende os en kopi af dit ID.",
           "Du kan kræve at vi sletter dine oplysninger.", "sletter"),
    "pl": ("Możemy zażądać od Ciebie kopii dokumentu tożsamości.",
           "Możesz zażądać usunięcia swoich danych.", "usunięcia"),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(WHO_ASKS))
def test_the_user_asking_the_service_is_a_right_the_service_asking_the_user_is_not(
    language: str,
) -> None:
    service_asks, user_asks, action = WHO_ASKS[language]
    assert requested(service_asks, language) == [], service_asks
    assert action in requested(user_asks, language), user_asks


# fmt: off
# (heading, a request to delete, the same with a synonym of deleting, with another kind
# of action instead (restricting)), per language.
SYNONYMS = {
    "en": ("Your rights", "You can ask us to delete your data.",
           "You can ask us to erase your data.", "You can ask us to restrict your data."),
    "nb": ("Dine rettigheter", "Du kan be oss om å slette opplysningene dine.",
           "Du kan be oss om å fjerne opplysningene dine.",
           "Du kan be oss om å begrense opplysningene dine."),
    "de": ("Ihre Rechte", "Sie können uns bitten, Ihre Daten zu löschen.",
           "Sie können uns bitten, Ihre Daten zu entfernen.",
           "Sie können uns bitten, Ihre Daten einzuschränken."),
    "fr": ("Vos droits", "Vous pouvez nous demander de supprimer vos données.",
           "Vous pouvez nous demander d'effacer vos données.",
           "Vous pouvez nous demander de limiter vos données."),
}
# (heading, a request for two actions, the same split over two sentences, the second
# action dropped instead), per language.
SPLIT = {
    "en": ("Your rights", "You can ask us to correct or delete your data.",
           "You can ask us to correct your data. You can also ask us to delete it.",
           "You can ask us to correct your data."),
    "nb": ("Dine rettigheter", "Du kan be oss om å rette eller slette opplysningene dine.",
           "Du kan be oss om å rette opplysningene dine. Du kan også be oss om å slette dem.",
           "Du kan be oss om å rette opplysningene dine."),
    "de": ("Ihre Rechte", "Sie können uns bitten, Ihre Daten zu berichtigen oder zu löschen.",
           "Sie können uns bitten, Ihre Daten zu berichtigen. Sie können uns auch bitten, "
           "sie zu löschen.",
           "Sie können uns bitten, Ihre Daten zu berichtigen."),
    "fr": ("Vos droits", "Vous pouvez nous demander de rectifier ou de supprimer vos données.",
           "Vous pouvez nous demander de rectifier vos données. Vous pouvez aussi nous "
           "demander de les supprimer.",
           "Vous pouvez nous demander de rectifier vos données."),
}
# fmt: on


def _verdict(language: str, heading: str, old: str, new: str) -> tuple[str, list[str]]:
    result = diff_documents(_doc(language, heading, old), _doc(language, heading, new))
    return result.verdict, result.categories


@pytest.mark.parametrize("language", sorted(SYNONYMS))
def test_a_synonym_of_the_action_asked_for_is_no_new_right_another_kind_is(
    language: str,
) -> None:
    heading, old, synonym, other_kind = SYNONYMS[language]
    assert _verdict(language, heading, old, synonym)[0] != "material"
    assert _verdict(language, heading, old, other_kind) == ("material", ["rights"])


@pytest.mark.parametrize("language", sorted(SPLIT))
def test_a_request_split_over_two_sentences_keeps_its_rights_dropping_one_does_not(
    language: str,
) -> None:
    heading, old, split, dropped = SPLIT[language]
    assert _verdict(language, heading, old, split)[0] != "material"
    assert _verdict(language, heading, old, dropped) == ("material", ["rights"])
