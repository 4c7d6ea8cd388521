"""A sales channel sells no data.

Per language (``core/lexicon/category_words``): "canaux de vente", "sales channels",
"salgskanaler", "Vertriebskanäle" beside a word for data give no sale_sharing, and a
shop's name ("Vente-Privée") neither; the twin, a sale of the data, does. Then
through :func:`diff_documents`: the sentence added is filed accordingly.
"""

from __future__ import annotations

import pytest

from policywatch.diffing import diff_documents
from policywatch.diffing.lexicons import topics
from policywatch.diffing.text import key

from .conftest import one_section

# fmt: off
# language: (sentences without the category, the twin with it)
SALE = {
    "en": (["We distribute our products through our sales channels and share data with partners."],
           "We sell your personal data to our partners."),
    "nb": (["Vi bruker salgskanaler og deler data med partnere."],
           "Vi selger personopplysningene dine til partnere."),
    "de": (["Wir nutzen Vertriebskanäle und teilen Daten mit Partnern.",
            "Wir nutzen Verkaufskanäle und teilen Daten mit Partnern."],
           "Wir verkaufen Ihre Daten an Partner."),
    "fr": (["Nous distribuons nos produits via nos canaux de vente et partageons des "
            "données avec nos partenaires.",
            "Vente-Privée traite vos données personnelles."],
           "Nous procédons à la vente de vos données à nos partenaires."),
}
# fmt: on
HOLDS = {
    "en": "Acme provides the service.",
    "nb": "Acme leverer tjenesten.",
    "de": "Acme erbringt den Dienst.",
    "fr": "Acme fournit le service.",
}


@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
def test_a_sales_channel_gives_no_sale_and_a_sale_of_data_does(language: str) -> None:
    others, twin = SALE[language]
    for sentence in others:
        assert "sale_sharing" not in topics(key(sentence), language), sentence
    assert "sale_sharing" in topics(key(twin), language), twin


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_sales_channel_added_is_no_sale_change(language: str) -> None:
    others, twin = SALE[language]
    old = one_section(HOLDS[language], language)
    channel = diff_documents(old, one_section(f"{HOLDS[language]} {others[-1]}", language))
    assert "sale_sharing" not in channel.categories, channel.categories
    sale = diff_documents(old, one_section(f"{HOLDS[language]} {twin}", language))
    assert "sale_sharing" in sale.categories, sale.categories


# A sale to others or beside a rental, not "of" the data: the data word comes after the
# buyer or the rental. Its twins, a sale or rental with no data its object (a home for
# sale or rent, items sold to other customers), are no sale of data.
# fmt: off
SALES_TO_OTHERS = {
    "en": (["We may engage in the sale or rental of your personal data.",
            "We make no sale to third parties of your personal information."],
           ["When you list a home for sale or rent, we publish your contact data with the ad.",
            "We handle the sale to other customers of items you return."]),
    "nb": (["Vi kan drive med salg eller utleie av personopplysningene dine.",
            "Vi foretar ikke noe salg til tredjeparter av personopplysningene dine."],
           ["Når du legger ut en bolig for salg eller utleie, publiserer vi "
            "kontaktopplysningene dine i annonsen.",
            "Vi står for salg til andre kunder av varer du returnerer."]),
    "de": (["Ein Verkauf oder eine Vermietung Ihrer Daten findet nicht statt.",
            "Es erfolgt kein Verkauf Ihrer Daten an Dritte."],
           ["Unsere Verkaufsstellen verarbeiten Ihre Daten."]),
    "fr": (["Nous pouvons procéder à la vente ou à la location de vos données personnelles.",
            "Nous pouvons procéder à la vente ou la location de vos données.",
            "Nous ne procédons à aucune vente à des tiers de vos informations."],
           ["Pour une annonce de vente ou location, nous publions vos données de contact.",
            "Nous organisons la vente à des tiers des articles que vous retournez."]),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(SALES_TO_OTHERS))
def test_a_sale_of_the_data_to_others_is_a_sale_and_other_sales_are_not(language: str) -> None:
    sales, others = SALES_TO_OTHERS[language]
    for sentence in sales:
        assert "sale_sharing" in topics(key(sentence), language), sentence
    for sentence in others:
        assert "sale_sharing" not in topics(key(sentence), language), sentence
