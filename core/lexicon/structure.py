"""The words that label a document's numbered parts, for every language policywatch reads.

    >>> import re
    >>> re.match(clause_label_pattern() + r"\\s*\\d", "Artículo 3", re.I) is not None
    True
    >>> re.match(annex_label_pattern(), "Załącznik nr 2", re.I) is not None
    True

One entry per language in :data:`LANGUAGES`, each with the same two kinds:

- ``clause``: the labels before a clause number ("Article 3", "§ 4",
  "Artículo 5", "Článek 2", "Kapitel 1");
- ``annex``: the labels of an annex, schedule or appendix ("Annex 1",
  "Anhang", "Załącznik", "Priloga").

Extraction reads numbering with them: a numbered clause is a heading
wherever a PDF put it, and an annex heads a top-level part of its own.
Written as :mod:`.phrases` says (lower case, ``*`` for any word ending).
"""

from __future__ import annotations

from functools import cache

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.phrases import trie_pattern

STRUCTURE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "bg": {"clause": ("член", "раздел", "глава", "точка"), "annex": ("приложение",)},
    "cs": {"clause": ("článek", "oddíl", "kapitola", "část"), "annex": ("příloha",)},
    "da": {"clause": ("artikel", "afsnit", "kapitel", "punkt", "paragraf"), "annex": ("bilag",)},
    "de": {"clause": ("artikel", "abschnitt", "kapitel", "ziffer", "teil", "§"),
           "annex": ("anhang", "anlage")},
    "el": {"clause": ("άρθρο", "ενότητα", "κεφάλαιο", "τμήμα"), "annex": ("παράρτημα",)},
    "en": {"clause": ("article", "art.", "section", "clause", "chapter", "part"),
           "annex": ("annex", "schedule", "appendix", "attachment", "exhibit")},
    "es": {"clause": ("artículo", "sección", "cláusula", "capítulo", "apartado"),
           "annex": ("anexo", "apéndice")},
    "et": {"clause": ("artikkel", "jaotis", "peatükk", "punkt"), "annex": ("lisa",)},
    "fi": {"clause": ("artikla", "kohta", "luku", "osa"), "annex": ("liite",)},
    "fr": {"clause": ("article", "section", "clause", "chapitre", "titre", "partie"),
           "annex": ("annexe", "appendice")},
    "ga": {"clause": ("airteagal", "alt", "caibidil", "cuid"),
           "annex": ("iarscríbhinn", "sceideal")},
    "hr": {"clause": ("članak", "odjeljak", "poglavlje", "dio", "točka"),
           "annex": ("prilog", "dodatak")},
    "hu": {"clause": ("cikk", "szakasz", "fejezet", "pont", "rész"),
           "annex": ("melléklet", "függelék")},
    "is": {"clause": ("grein", "kafli", "hluti", "liður"), "annex": ("viðauki",)},
    "it": {"clause": ("articolo", "art.", "sezione", "clausola", "capitolo", "paragrafo"),
           "annex": ("allegato", "appendice")},
    "lt": {"clause": ("straipsnis", "skyrius", "skirsnis", "punktas"), "annex": ("priedas",)},
    "lv": {"clause": ("pants", "sadaļa", "nodaļa", "punkts"), "annex": ("pielikums",)},
    "mt": {"clause": ("artikolu", "taqsima", "kapitolu", "klawsola"),
           "annex": ("anness", "appendiċi")},
    "nb": {"clause": ("artikkel", "punkt", "kapittel", "paragraf", "avsnitt"),
           "annex": ("vedlegg", "bilag")},
    "nl": {"clause": ("artikel", "sectie", "clausule", "hoofdstuk", "afdeling"),
           "annex": ("bijlage",)},
    "nn": {"clause": ("artikkel", "punkt", "kapittel", "paragraf"), "annex": ("vedlegg",)},
    "pl": {"clause": ("artykuł", "sekcja", "rozdział", "punkt", "ustęp", "§"),
           "annex": ("załącznik", "aneks")},
    "pt": {"clause": ("artigo", "secção", "seção", "cláusula", "capítulo"),
           "annex": ("anexo", "apêndice")},
    "ro": {"clause": ("articolul", "articol", "secțiunea", "capitolul", "clauza"),
           "annex": ("anexa", "anexă")},
    "sk": {"clause": ("článok", "oddiel", "kapitola", "časť"), "annex": ("príloha",)},
    "sl": {"clause": ("člen", "razdelek", "poglavje", "točka"), "annex": ("priloga",)},
    "sv": {"clause": ("artikel", "avsnitt", "kapitel", "punkt", "paragraf"),
           "annex": ("bilaga",)},
}  # fmt: skip

assert tuple(sorted(STRUCTURE_WORDS)) == LANGUAGES, "one entry per language"


def _words(kind: str) -> list[str]:
    return sorted({w for entry in STRUCTURE_WORDS.values() for w in entry[kind]})


@cache
def clause_label_pattern() -> str:
    """A regex fragment (use case-blind) for any language's clause label."""
    return "(?:" + trie_pattern(_words("clause")) + ")"


@cache
def annex_label_pattern() -> str:
    """A regex fragment (use case-blind) for any language's annex label."""
    return "(?:" + trie_pattern(_words("annex")) + ")"
