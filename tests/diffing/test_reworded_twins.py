"""A reworded sentence that also changes what it promises stays material (issue 13).

The reworded DPA of ``test_clause_shapes.py`` (three activities said in other
words) is editorial: a reworded sentence is compared with the sentence it
rewords, its modals by the party they bind. These are its twins, per DPA
language: one sentence of the same DPA reworded AND changed in substance:

- ``not``: the rewording adds a negation ("..., the Processor does not share");
- ``may``: "must delete" reworded as "may delete" (a commitment made a permission);
- ``swap``: "the Processor deletes" reworded as "the Customer must delete";
- ``only``: "only for billing" reworded as "for billing and for marketing";

and the look-alike that must not trigger: ``same``, "must delete" reworded as the
present tense ("..., the Processor deletes"), the same commitment.

The pairing's own negative twin, per DPA language: two unrelated obligations of one
clause (notify the customer of a request; delete its data from backups) sharing the
clause's words ("the Processor shall", "the Customer", "personal data"). They must
stay a sentence removed and a sentence added, and no reason may quote the one as
the other's old wording. The threshold that keeps them apart is checked leaving
each language out.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.diffing.classify import judge
from policywatch.diffing.context import Context
from policywatch.diffing.sentences import (
    REWORDED_SIMILARITY,
    Unit,
    content_stems,
    sentence_units,
    stem_weights,
    weighted_overlap,
)
from policywatch.diffing.text import split_sentences
from policywatch.diffing.words import word_ops

from .conftest import guarded_diff
from .test_clause_shapes import BASE, DPA, dpa

# fmt: off
# language: twin: (old sentence, the same sentence reworded with the twin's change)
TWINS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "not": ("The Processor shares these data with its affiliates on request.",
                "On request, the Processor does not share these data with its affiliates."),
        "may": ("The Processor must delete these data when the Services end.",
                "When the Services end, the Processor may delete these data."),
        "swap": ("The Processor deletes these data when the Services end.",
                 "When the Services end, the Customer must delete these data."),
        "only": ("The Processor uses these data only for billing.",
                 "These data are used by the Processor for billing and for marketing."),
        "same": ("The Processor must delete these data when the Services end.",
                 "When the Services end, the Processor deletes these data."),
    },
    "de": {
        "not": ("Der Auftragsverarbeiter gibt diese Daten auf Anfrage an seine verbundenen"
                " Unternehmen weiter.",
                "Auf Anfrage gibt der Auftragsverarbeiter diese Daten nicht an seine verbundenen"
                " Unternehmen weiter."),
        "may": ("Der Auftragsverarbeiter muss diese Daten nach Ende der Leistungen löschen.",
                "Nach Ende der Leistungen kann der Auftragsverarbeiter diese Daten löschen."),
        "swap": ("Der Auftragsverarbeiter löscht diese Daten nach Ende der Leistungen.",
                 "Nach Ende der Leistungen muss der Kunde diese Daten löschen."),
        "only": ("Der Auftragsverarbeiter verwendet diese Daten nur für die Abrechnung.",
                 "Diese Daten verwendet der Auftragsverarbeiter für die Abrechnung und für"
                 " Marketing."),
        "same": ("Der Auftragsverarbeiter muss diese Daten nach Ende der Leistungen löschen.",
                 "Nach Ende der Leistungen löscht der Auftragsverarbeiter diese Daten."),
    },
    "fr": {
        "not": ("Le Sous-traitant communique ces données à ses sociétés affiliées sur demande.",
                "Sur demande, le Sous-traitant ne communique pas ces données à ses sociétés"
                " affiliées."),
        "may": ("Le Sous-traitant doit supprimer ces données à la fin des services.",
                "À la fin des services, le Sous-traitant peut supprimer ces données."),
        "swap": ("Le Sous-traitant supprime ces données à la fin des services.",
                 "À la fin des services, le Client doit supprimer ces données."),
        "only": ("Le Sous-traitant utilise ces données uniquement pour la facturation.",
                 "Ces données sont utilisées par le Sous-traitant pour la facturation et pour le"
                 " marketing."),
        "same": ("Le Sous-traitant doit supprimer ces données à la fin des services.",
                 "À la fin des services, le Sous-traitant supprime ces données."),
    },
    "es": {
        "not": ("El Encargado comunica estos datos a sus empresas afiliadas cuando se le"
                " solicita.",
                "Cuando se le solicita, el Encargado no comunica estos datos a sus empresas"
                " afiliadas."),
        "may": ("El Encargado debe suprimir estos datos al finalizar los servicios.",
                "Al finalizar los servicios, el Encargado puede suprimir estos datos."),
        "swap": ("El Encargado suprime estos datos al finalizar los servicios.",
                 "Al finalizar los servicios, el Cliente debe suprimir estos datos."),
        "only": ("El Encargado utiliza estos datos únicamente para la facturación.",
                 "Estos datos son utilizados por el Encargado para la facturación y para el"
                 " marketing."),
        "same": ("El Encargado debe suprimir estos datos al finalizar los servicios.",
                 "Al finalizar los servicios, el Encargado suprime estos datos."),
    },
    "it": {
        "not": ("Il Responsabile comunica tali dati alle sue società affiliate su richiesta.",
                "Su richiesta, il Responsabile non comunica tali dati alle sue società"
                " affiliate."),
        "may": ("Il Responsabile deve cancellare tali dati al termine dei servizi.",
                "Al termine dei servizi, il Responsabile può cancellare tali dati."),
        "swap": ("Il Responsabile cancella tali dati al termine dei servizi.",
                 "Al termine dei servizi, il Cliente deve cancellare tali dati."),
        "only": ("Il Responsabile utilizza tali dati esclusivamente per la fatturazione.",
                 "Tali dati sono utilizzati dal Responsabile per la fatturazione e per il"
                 " marketing."),
        "same": ("Il Responsabile deve cancellare tali dati al termine dei servizi.",
                 "Al termine dei servizi, il Responsabile cancella tali dati."),
    },
    "nl": {
        "not": ("De Verwerker deelt deze gegevens op verzoek met zijn gelieerde ondernemingen.",
                "Op verzoek deelt de Verwerker deze gegevens niet met zijn gelieerde"
                " ondernemingen."),
        "may": ("De Verwerker moet deze gegevens na afloop van de diensten verwijderen.",
                "Na afloop van de diensten mag de Verwerker deze gegevens verwijderen."),
        "swap": ("De Verwerker verwijdert deze gegevens na afloop van de diensten.",
                 "Na afloop van de diensten moet de Klant deze gegevens verwijderen."),
        "only": ("De Verwerker gebruikt deze gegevens alleen voor facturering.",
                 "Deze gegevens gebruikt de Verwerker voor facturering en voor marketing."),
        "same": ("De Verwerker moet deze gegevens na afloop van de diensten verwijderen.",
                 "Na afloop van de diensten verwijdert de Verwerker deze gegevens."),
    },
    "nb": {
        "not": ("Databehandleren deler disse opplysningene med sine tilknyttede selskaper på"
                " forespørsel.",
                "På forespørsel deler Databehandleren ikke disse opplysningene med sine"
                " tilknyttede selskaper."),
        "may": ("Databehandleren må slette disse opplysningene når tjenestene opphører.",
                "Når tjenestene opphører, kan Databehandleren slette disse opplysningene."),
        "swap": ("Databehandleren sletter disse opplysningene når tjenestene opphører.",
                 "Når tjenestene opphører, må Kunden slette disse opplysningene."),
        "only": ("Databehandleren bruker disse opplysningene bare til fakturering.",
                 "Disse opplysningene bruker Databehandleren til fakturering og til"
                 " markedsføring."),
        "same": ("Databehandleren må slette disse opplysningene når tjenestene opphører.",
                 "Når tjenestene opphører, sletter Databehandleren disse opplysningene."),
    },
    "sv": {
        "not": ("Biträdet delar dessa uppgifter med sina närstående bolag på begäran.",
                "På begäran delar Biträdet inte dessa uppgifter med sina närstående bolag."),
        "may": ("Biträdet måste radera dessa uppgifter när tjänsterna upphör.",
                "När tjänsterna upphör får Biträdet radera dessa uppgifter."),
        "swap": ("Biträdet raderar dessa uppgifter när tjänsterna upphör.",
                 "När tjänsterna upphör måste Kunden radera dessa uppgifter."),
        "only": ("Biträdet använder dessa uppgifter endast för fakturering.",
                 "Dessa uppgifter använder Biträdet för fakturering och för marknadsföring."),
        "same": ("Biträdet måste radera dessa uppgifter när tjänsterna upphör.",
                 "När tjänsterna upphör raderar Biträdet dessa uppgifter."),
    },
}
# fmt: on
# The twin a change of substance is, and the verdict it must get.
VERDICTS = {
    "not": "material",
    "may": "material",
    "swap": "material",
    "only": "material",
    "same": "editorial",
}  # fmt: skip
# The activity section (of the DPA's 22) whose text ends with the sentence.
AT = 5


def with_sentence(language: str, sentence: str) -> ExtractedDocument:
    """The base DPA with one more sentence at the end of one activity's section."""
    doc = dpa(language, BASE)
    sections = list(doc.sections)
    target = next(n for n, s in enumerate(sections) if s.heading.startswith(f"{AT + 1}. "))
    sections[target] = replace(sections[target], text=f"{sections[target].text} {sentence}")
    text = doc.text.replace(doc.sections[target].text, sections[target].text, 1)
    return replace(doc, text=text, sections=sections)


@pytest.mark.parametrize("twin", VERDICTS)
@pytest.mark.parametrize("language", sorted(TWINS))
def test_a_reworded_sentence_that_changes_its_promise(language, twin):
    old, new = TWINS[language][twin]
    result = guarded_diff(
        with_sentence(language, old), with_sentence(language, new), doc_type="dpa"
    )
    assert result.verdict == VERDICTS[twin], (result.verdict, result.categories, result.summary)


@pytest.mark.parametrize("language", sorted(TWINS))
def test_the_twins_are_rewordings_of_one_sentence(language):
    # Each pair is one edited sentence of one section, not a sentence added elsewhere.
    for twin, (old, new) in TWINS[language].items():
        result = guarded_diff(with_sentence(language, old), with_sentence(language, new))
        assert len(result.items) == 1, (twin, [i.new_heading for i in result.items])


@pytest.mark.parametrize("language", sorted(TWINS))
def test_a_reworded_clause_pairs_each_sentence_with_the_one_it_rewords(language):
    # The three sentences of one activity said in other words: each is an edit of the
    # old sentence saying the same thing, none is read whole as a new promise.
    w = DPA[language]
    p, d1, d2 = w["purposes"][2], w["data"][2], w["data"][3]
    old, new = (template.format(p=p, d1=d1, d2=d2) for template in w["activity"])
    units = sentence_units(old, new, language)
    assert units and all(u.old is not None and u.new is not None for u in units), units


# language: (an obligation to notify the customer, an unrelated obligation to delete,
# both in the words every clause of the DPA uses)
# fmt: off
UNRELATED: dict[str, tuple[str, str]] = {
    "en": ("The Processor shall notify the Customer without delay of any request it receives"
           " from a data subject concerning the Customer Personal Data.",
           "The Processor shall delete the Customer Personal Data held in backups when the"
           " Customer closes its account."),
    "de": ("Der Auftragsverarbeiter muss den Kunden unverzüglich über jede Anfrage einer"
           " betroffenen Person zu den personenbezogenen Daten des Kunden informieren.",
           "Der Auftragsverarbeiter muss die personenbezogenen Daten des Kunden in"
           " Sicherungskopien löschen, wenn der Kunde sein Konto schließt."),
    "fr": ("Le Sous-traitant doit informer le Client sans délai de toute demande d'une"
           " personne concernée relative aux données personnelles du Client.",
           "Le Sous-traitant doit supprimer les données personnelles du Client conservées dans"
           " les sauvegardes lorsque le Client ferme son compte."),
    "es": ("El Encargado debe informar al Cliente sin demora de cualquier solicitud de un"
           " interesado relativa a los datos personales del Cliente.",
           "El Encargado debe suprimir los datos personales del Cliente guardados en copias de"
           " seguridad cuando el Cliente cierre su cuenta."),
    "it": ("Il Responsabile deve informare il Cliente senza ritardo di qualsiasi richiesta di"
           " un interessato relativa ai dati personali del Cliente.",
           "Il Responsabile deve cancellare i dati personali del Cliente conservati nei backup"
           " quando il Cliente chiude il suo account."),
    "nl": ("De Verwerker moet de Klant onverwijld informeren over elk verzoek van een"
           " betrokkene over de persoonsgegevens van de Klant.",
           "De Verwerker moet de persoonsgegevens van de Klant in back-ups verwijderen wanneer"
           " de Klant zijn account sluit."),
    "nb": ("Databehandleren må uten opphold varsle Kunden om enhver forespørsel fra en"
           " registrert om Kundens personopplysninger.",
           "Databehandleren må slette Kundens personopplysninger i sikkerhetskopier når Kunden"
           " avslutter kontoen sin."),
    "sv": ("Biträdet måste utan dröjsmål underrätta Kunden om varje begäran från en"
           " registrerad som gäller Kundens personuppgifter.",
           "Biträdet måste radera Kundens personuppgifter i säkerhetskopior när Kunden"
           " avslutar sitt konto."),
}
# fmt: on


def _section(language: str) -> str:
    """The text of the activity section the twins end."""
    return next(s.text for s in dpa(language, BASE).sections if s.heading.startswith(f"{AT + 1}. "))


@pytest.mark.parametrize("language", sorted(DPA))
def test_unrelated_obligations_of_one_clause_do_not_pair(language):
    old, new = UNRELATED[language]
    section = _section(language)
    units = sentence_units(f"{section} {old}", f"{section} {new}", language)
    assert [(u.old, u.new) for u in units] == [(old, None), (None, new)], units
    result = guarded_diff(
        with_sentence(language, old), with_sentence(language, new), doc_type="dpa"
    )
    # No reason reads the deletion as the notice reworded ("'notify ...' -> 'delete ...'").
    assert not [r for r in result.reasons if r.old == old and r.new is not None], result.reasons
    # One duty of the processor gone and another come: material in every language, the
    # added duty filed under what its action is about (deleting data: retention).
    assert result.verdict == "material", (result.verdict, result.summary)
    assert [r for r in result.reasons if r.new == new and r.category == "retention"], result.reasons


def _scores(language: str) -> tuple[list[float], list[float]]:
    """The pairing scores of one language: rewordings (the reworded activity's three
    sentences, the five twins) and unrelated same-clause pairs (the activity's sentences
    crossed, the unrelated obligations), each weighed in its own section's two versions."""

    def score(old_text: str, new_text: str, old: str, new: str) -> float:
        weight = stem_weights([*split_sentences(old_text), *split_sentences(new_text)], language)
        return weighted_overlap(content_stems(old, language), content_stems(new, language), weight)

    w = DPA[language]
    p, d1, d2 = w["purposes"][2], w["data"][2], w["data"][3]
    old, new = (template.format(p=p, d1=d1, d2=d2) for template in w["activity"])
    so, sn = split_sentences(old), split_sentences(new)
    section = _section(language)
    reworded = [score(old, new, so[k], sn[k]) for k in range(len(so))] + [
        score(f"{section} {a}", f"{section} {b}", a, b) for a, b in TWINS[language].values()
    ]
    a, b = UNRELATED[language]
    unrelated = [
        score(old, new, so[k], sn[m]) for k in range(len(so)) for m in range(len(sn)) if k != m
    ] + [score(f"{section} {a}", f"{section} {b}", a, b)]
    return reworded, unrelated


def test_the_threshold_holds_leaving_a_language_out():
    """The threshold is the middle of the gap between the unrelated pairs' highest score
    and the rewordings' lowest; fitted without one language, it still parts that one's."""
    scores = {language: _scores(language) for language in sorted(DPA)}
    assert all(len(scores[lang][0]) == 8 and len(scores[lang][1]) == 7 for lang in scores)
    for left_out in scores:
        rest = [scores[lang] for lang in scores if lang != left_out]
        fitted = (max(max(u) for _r, u in rest) + min(min(r) for r, _u in rest)) / 2
        reworded, unrelated = scores[left_out]
        assert max(unrelated) < fitted <= min(reworded), (left_out, fitted, scores[left_out])
    highest_unrelated = max(max(u) for _r, u in scores.values())
    lowest_reworded = min(min(r) for r, _u in scores.values())
    assert highest_unrelated < REWORDED_SIMILARITY <= lowest_reworded


def test_unrelated_sentences_of_a_changed_run_stay_whole():
    # Negative twin: a sentence with no counterpart is still added (and read) whole.
    units = sentence_units(
        "We keep invoices for ten years.",
        "Our offices are closed on public holidays in France.",
        "en",
    )
    assert [(u.old is None, u.new is None) for u in units] == [(False, True), (True, False)]


# language: (a permission, the same as a plain statement; a prohibition, the same said
# plainly). "may share" -> "share" is a flip; "may not share" -> "do not share" is none.
# fmt: off
PERMISSIONS: dict[str, tuple[str, str, str, str]] = {
    "en": ("We may share these data with our affiliates.",
           "We share these data with our affiliates.",
           "We may not share these data with our affiliates.",
           "We do not share these data with our affiliates."),
    "nb": ("Vi kan dele disse opplysningene med våre tilknyttede selskaper.",
           "Vi deler disse opplysningene med våre tilknyttede selskaper.",
           "Vi kan ikke dele disse opplysningene med våre tilknyttede selskaper.",
           "Vi deler ikke disse opplysningene med våre tilknyttede selskaper."),
    "de": ("Wir können diese Daten an verbundene Unternehmen weitergeben.",
           "Wir geben diese Daten an verbundene Unternehmen weiter.",
           "Wir dürfen diese Daten nicht an verbundene Unternehmen weitergeben.",
           "Wir geben diese Daten nicht an verbundene Unternehmen weiter."),
    "fr": ("Nous pouvons partager ces données avec nos sociétés affiliées.",
           "Nous partageons ces données avec nos sociétés affiliées.",
           "Nous ne pouvons pas partager ces données avec nos sociétés affiliées.",
           "Nous ne partageons pas ces données avec nos sociétés affiliées."),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(PERMISSIONS))
def test_a_permission_made_plain_is_a_flip_a_prohibition_made_plain_is_not(language):
    may, plain, may_not, plain_not = PERMISSIONS[language]
    ctx = Context(heading="Sharing", language=language)
    assert judge(Unit(may, plain, word_ops(may, plain)), ctx).verdict == "material"
    assert judge(Unit(may_not, plain_not, word_ops(may_not, plain_not)), ctx).verdict == (
        "editorial"
    )
