"""The words a policy uses to name itself, for every language policywatch reads.

    >>> [m.group() for m in document_regex().finditer("Denne personvernerklæringen gjelder")]
    ['personvernerklæringen']

One entry per language: the nouns for a privacy policy, notice or
statement, terms and conditions, an agreement or contract (and its
addendum), and "document". Written as :mod:`.phrases` says (``*`` is any
word ending: compounds and inflections). They tell extraction that a
heading names the document (its title, not a section) and that a sentence
with a date speaks about the document itself ("This Privacy Policy was last
updated on ..."), not about a law or an event.
"""

from __future__ import annotations

import re
from functools import cache

from policywatch.core.lexicon import LANGUAGES, one_norwegian_row
from policywatch.core.lexicon.phrases import phrase_regex

DOCUMENT_WORDS: dict[str, tuple[str, ...]] = {
    "bg": ("политика*", "поверителност*", "условия*", "договор*", "споразумение*",
           "декларация*", "уведомление*", "документ*"),
    "cs": ("zásad*", "ochrana osobních údajů", "podmínk*", "smlouv*", "oznámení",
           "prohlášení", "dokument*"),
    "da": ("privatlivspolitik*", "persondatapolitik*", "privatliv*", "politik*", "erklæring*",
           "vilkår*", "betingelse*", "aftale*", "kontrakt*", "dokument*"),
    "de": ("datenschutz*", "nutzungsbedingung*", "geschäftsbedingung*", "bedingung*", "agb",
           "richtlinie*", "vereinbarung*", "vertrag*", "erklärung*", "hinweis*", "dokument*"),
    "el": ("πολιτική*", "απορρήτου", "όροι", "όρους", "όρων", "σύμβαση*", "συμφωνία*",
           "δήλωση*", "έγγραφο*"),
    "en": ("privacy", "polic*", "notice", "statement", "terms", "conditions", "agreement",
           "addendum", "contract", "document", "cookie*", "subprocessor*", "sub-processor*"),
    "es": ("política*", "privacidad", "aviso*", "términos", "condiciones", "contrato*",
           "acuerdo*", "declaración*", "documento*", "adenda*"),
    "et": ("privaatsuspoliitika*", "privaatsus*", "poliitika*", "tingimus*",
           "kasutustingimus*", "leping*", "teade*", "dokument*"),
    "fi": ("tietosuojaseloste*", "tietosuoja*", "käytän*", "ehdo*", "ehdot", "käyttöehdo*",
           "sopimu*", "seloste*", "asiakirja*"),
    "fr": ("politique*", "confidentialit*", "conditions", "cgu", "cgv", "contrat*", "accord*",
           "avenant*", "charte*", "déclaration*", "notice*", "document*"),
    "ga": ("beartas*", "polasaí*", "ráiteas*", "téarmaí", "coinníollacha", "comhaontú*",
           "conradh*", "fógra*", "doiciméad*"),
    "hr": ("pravila", "politik*", "uvjet*", "ugovor*", "izjav*", "obavijest*", "dokument*",
           "privatnost*"),
    "hu": ("adatvédelm*", "tájékoztató*", "szabályzat*", "feltétel*", "szerződés*",
           "nyilatkozat*", "dokumentum*", "ászf"),
    "is": ("persónuvernd*", "stefn*", "yfirlýsing*", "skilmál*", "samning*", "skjal*"),
    "it": ("informativa*", "politica*", "privacy", "termini", "condizioni", "contratto*",
           "accordo*", "dichiarazione*", "documento*", "addendum"),
    "lt": ("privatumo*", "politik*", "taisykl*", "sąlyg*", "sutart*", "pranešim*",
           "dokument*"),
    "lv": ("privātuma*", "politik*", "noteikum*", "līgum*", "paziņojum*", "dokument*"),
    "mt": ("politika*", "privatezza", "termini", "kundizzjonijiet", "ftehim*", "kuntratt*",
           "avviż*", "dokument*", "dikjarazzjoni*"),
    "nb": ("personvernerklæring*", "personvern*", "erklæring*", "retningslinje*", "vilkår*",
           "betingelse*", "avtale*", "kontrakt*", "dokument*"),
    "nl": ("privacyverklaring*", "privacybeleid", "beleid", "verklaring*", "voorwaarden",
           "algemene voorwaarden", "gebruiksvoorwaarden", "overeenkomst*", "contract*",
           "document*"),
    "nn": ("personvernerklæring*", "personvern*", "fråsegn*", "erklæring*", "vilkår*",
           "avtale*", "dokument*"),
    "pl": ("polityk*", "prywatności", "regulamin*", "warunk*", "umow*", "klauzul*",
           "dokument*"),
    "pt": ("política*", "privacidade", "aviso*", "termos", "condições", "contrato*",
           "acordo*", "declaração*", "documento*", "aditamento*"),
    "ro": ("politic*", "confidențialitate", "termeni", "condiți*", "contract*", "acord*",
           "declarați*", "document*"),
    "sk": ("zásad*", "ochrana osobných údajov", "podmienk*", "zmluv*", "oznámeni*",
           "vyhláseni*", "dokument*"),
    "sl": ("politik*", "pravilnik*", "pogoj*", "pogodb*", "obvestil*", "izjav*", "dokument*",
           "zasebnost*"),
    "sv": ("integritetspolicy*", "personuppgiftspolicy*", "policy*", "dataskydd*", "villkor*",
           "avtal*", "meddelande*", "dokument*"),
}  # fmt: skip

assert tuple(sorted(DOCUMENT_WORDS)) == LANGUAGES, "one entry per language"


# The words a page uses for itself, one row per language of
# :data:`~policywatch.core.lexicon.function_words.FUNCTION_WORDS`: a label line
# "Page mise à jour le 3 mars 2024" dates the page, "Vendor list updated on …"
# its vendor list (:func:`policywatch.extract.dateclauses.bare_label`).
PAGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("page", "pages", "webpage", "web page", "content", "contents", "text", "version"),
    "nb": ("side", "siden", "sida", "nettsid*", "innhold*", "tekst*", "versjon*"),
    "de": ("seite*", "webseite*", "internetseite*", "inhalt*", "text*", "fassung*", "version*"),
    "fr": ("page*", "contenu*", "texte*", "version*"),
    "es": ("página*", "contenido*", "texto*", "versión", "versiones"),
    "it": ("pagina", "pagine", "contenut*", "testo", "testi", "versione", "versioni"),
    "nl": ("pagina*", "inhoud", "tekst*", "versie*"),
    "sv": ("sida", "sidan", "sidor*", "innehåll*", "text*", "version*"),
    "da": ("side", "siden", "sider*", "indhold*", "tekst*", "version*"),
    "pl": ("stron*", "treść*", "treśc*", "tekst*", "wersj*"),
    "pt": ("página*", "conteúdo*", "texto*", "versão", "versões"),
}  # fmt: skip


@cache
def page_regex(language: str | None) -> re.Pattern[str] | None:
    """A case-blind regex finding a word for the page itself in ``language``
    (:data:`PAGE_WORDS`), None for a language the table does not hold.

        >>> page_regex("nb").search("Nettsiden oppdatert") is not None
        True
        >>> page_regex("nb").search("Leverandørliste oppdatert") is None
        True
    """
    base = one_norwegian_row(language)
    return phrase_regex(PAGE_WORDS[base]) if base in PAGE_WORDS else None


@cache
def document_regex(language: str | None = None) -> re.Pattern[str]:
    """A case-blind regex finding a word for a policy document.

    In ``language`` and English (pages mix in English names) when given, else
    in every language: word stems of one language are everyday words of
    another ("contract*" is Dutch for a contract, English "contractual").
    """
    base = (language or "").split("-")[0].lower()
    if base in DOCUMENT_WORDS:
        entries = [DOCUMENT_WORDS[base], DOCUMENT_WORDS["en"]]
    else:
        entries = list(DOCUMENT_WORDS.values())
    return phrase_regex(sorted({word for entry in entries for word in entry}))
