"""Words with two senses, which a sentence uses in the data sense only beside a data word.

"Transfer" is a transfer of personal data in "we transfer your data to the US", and
no such thing in "Premium credits are not transferable" or "the Commission will
transfer your complaint"; "consent" is a legal basis for processing in "we process
your data with your consent", not in "the double click is consent to the contract"
or "this technology needs your consent to be switched on". So a category whose
every word found in a sentence is one of these (:data:`TWO_SENSES`) counts only
when the sentence also has a word for personal data or its processing
(:data:`DATA_WORDS`). The category's unambiguous words (standard contractual
clauses, third country, legal basis, legitimate interest) count on their own.

One row per language, the same concepts in each: data, information, personal
data, processing (the noun and the verb's participle). Word starts, matched on a
comparison key (lower case, no punctuation), as the category table's stems.

    >>> import re
    >>> words = re.compile("|".join(DATA_WORDS["fr"]))
    >>> bool(words.search("nous transférons vos données")), bool(words.search("les crédits"))
    (True, False)
"""

from __future__ import annotations

# fmt: off
DATA_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"data\b", r"information\b", r"personal\b", r"processing\b", r"processed\b"),
    "nb": (r"opplysning", r"personopplysning", r"informasjon", r"data\b", r"dataene",
           r"behandl"),
    "de": (r"daten", r"personenbezogen", r"information", r"verarbeit"),
    "fr": (r"données", r"information", r"traitement", r"traitée?s?\b"),
    "es": (r"datos", r"información", r"tratamiento"),
    "it": (r"dati\b", r"informazion", r"trattament"),
    "nl": (r"gegevens", r"persoonsgegevens", r"informatie", r"verwerk"),
    "sv": (r"uppgift", r"personuppgift", r"data\b", r"datan", r"information", r"behandl"),
    "da": (r"oplysning", r"personoplysning", r"persondata", r"data\b", r"dataene", r"behandl"),
    "pl": (r"dan(?:e|ych|ymi)\b", r"informacj", r"przetwarz"),
    "pt": (r"dados", r"informaç", r"tratamento"),
}

# The words of a category that have another sense (see the module docstring): the verb
# of transferring, and consent. Each a word start the category's row also matches.
TWO_SENSES: dict[str, dict[str, tuple[str, ...]]] = {
    "transfers": {
        "en": (r"transfer",), "nb": (r"overfør",), "de": (r"übermitt",),
        "fr": (r"transf[eé]r",), "es": (r"transfer",), "it": (r"trasferi",),
        "nl": (r"doorgifte", r"doorgegeven", r"doorgeven"), "sv": (r"överför",),
        "da": (r"overfør",), "pl": (r"przekazuj",), "pt": (r"transfer",),
    },
    "legal_basis": {
        "en": (r"consent",), "nb": (r"samtykke",), "de": (r"einwillig",),
        "fr": (r"consentement",), "es": (r"consentimiento",), "it": (r"consenso",),
        "nl": (r"toestemming",), "sv": (r"samtycke",), "da": (r"samtykke",),
        "pl": (r"zgod",), "pt": (r"consentimento",),
    },
}
# fmt: on
