"""The words that name a data protection supervisory authority, per language.

A policy names the authority a person may complain to ("the Information
Commissioner's Office", "Datatilsynet", "die zuständige Datenschutzbehörde",
"la CNIL") and often gives its address. The authority is a data subject's right
(to lodge a complaint), never the controller: an e-mail address or a phone
number in such a sentence is the authority's channel. Each cell holds the same
parts: the generic "supervisory / data protection authority", then the national
authority's name(s). Word starts, matched on the comparison key.

:data:`policywatch.core.lexicon.category_words.CATEGORY_WORDS` reads them as
words of ``rights`` (added to each cell there, written once here), and
:func:`policywatch.diffing.filing.contact_category` files a contact beside them
under ``rights``.

    >>> from policywatch.core.lexicon.category_words import LANGUAGES
    >>> sorted(AUTHORITY_WORDS) == sorted(LANGUAGES)
    True
"""

from __future__ import annotations

# fmt: off
AUTHORITY_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"supervisory authorit", r"data protection (?:authorit|commission\b)",
           r"information commissioner", r"commissioner for data protection"),
    "nb": (r"tilsynsmyndighet", r"datatilsynet"),
    "de": (r"aufsichtsbehörde", r"datenschutzbehörde", r"datenschutzaufsicht",
           r"landesbeauftragt", r"bundesbeauftragt"),
    "fr": (r"autorité de contrôle", r"autorité de protection des données", r"cnil"),
    "es": (r"autoridad de control", r"agencia española de protección", r"aepd"),
    "it": (r"autorità di controllo", r"garante (?:per la protezione|privacy)"),
    "nl": (r"toezichthoud", r"autoriteit persoonsgegevens"),
    "sv": (r"tillsynsmyndighet", r"integritetsskyddsmyndighet"),
    "da": (r"tilsynsmyndighed", r"datatilsynet"),
    "pl": (r"organ(?:u)? nadzorcz", r"prezes(?:a)? uodo"),
    "pt": (r"autoridade de controlo", r"autoridade nacional de proteção", r"cnpd", r"anpd"),
}
# fmt: on
