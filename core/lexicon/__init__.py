"""The shared word-list layer: language data every part reads from one place.

Extraction (stated dates), diffing (signals, facts) and topics all take
their months, numbers, periods, countries and negation words from here, so
one language is never spelled twice. Where a well-kept library has the data
(CLDR through Babel), it comes from there, not from hand-typed lists.

Every module, one line each:

- :mod:`.ad_cues`: advertising cues without a word for data (targeted ads, ads on
  other sites), per language.
- :mod:`.authorities`: the words that name a data protection supervisory authority,
  per language (a right to complain, never the controller).
- :mod:`.bound_parties`: which side of a DPA a clause binds (from :mod:`.party_roles`).
- :mod:`.calendar`: month names and numeric date order per language (CLDR).
- :mod:`.category_words`: the words a sentence of each materiality category uses
  (category × language).
- :mod:`.countries`: country and region names per language (CLDR), with aliases.
- :mod:`.currencies`: currency symbols, codes and names per language (CLDR): what
  makes a number an amount.
- :mod:`.data_kinds`: the kinds of personal data a policy names (GDPR Art. 4(1), 9,
  10), per language.
- :mod:`.date_cues`: the words a document uses to state its own date.
- :mod:`.documents`: the words a policy uses to name itself (privacy policy, DPA...).
- :mod:`.international`: the terms every language uses as they are (standards,
  products, acronyms), read on pages of any language.
- :mod:`.interstitials`: what an interstitial page says in place of the document
  (the guard's phrases).
- :mod:`.legal_forms`: company legal forms, what a company's name ends with.
- :mod:`.negation`: negation, permission and commitment words, one list per language.
- :mod:`.no_names`: capitalised words that name nobody: file formats (Python's MIME
  table) and markup placeholders ("PDF", "AUTOTITLE").
- :mod:`.numbers`: number words 0..100 per language (num2words).
- :mod:`.party_columns`: the column names of a list of parties (party, where, what
  data, what for) and the cells that are no fact about it.
- :mod:`.party_roles`: the roles a party holds towards personal data.
- :mod:`.periods`: hour/day/week/month/year words per language (CLDR units).
- :mod:`.phrases`: the one phrase matcher every word list is read with (optional
  spaces, word starts and ends, diacritics and their ASCII spellings).
- :mod:`.right_requests`: a right stated as a request ("you can ask us to delete"): the
  request cue and the actions asked for, per language.
- :mod:`.split_verbs`: verbs whose particle stands apart from them (category × language).
- :mod:`.stems`: words and their stems per language, shared by topic features and search.
- :mod:`.structure`: the words that label a document's numbered parts (article, section...).
- :mod:`.tokens`: what counts as a word when text is cut into words (one pattern).
"""

# The languages policywatch reads: every official language of the EU, plus
# Norwegian (bokmål and nynorsk) and Icelandic. ISO 639-1 codes.
LANGUAGES: tuple[str, ...] = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is",
    "it", "lt", "lv", "mt", "nb", "nl", "nn", "pl", "pt", "ro", "sk", "sl", "sv",
)  # fmt: skip

# Written standards of one language that pages mix: Norwegian bokmål and nynorsk.
SIBLINGS: dict[str, tuple[str, ...]] = {"nb": ("nn",), "nn": ("nb",)}


def languages_of(language: str | None, *, unknown: tuple[str, ...] = LANGUAGES) -> tuple[str, ...]:
    """The word lists a text in ``language`` is read with: its own (and its
    sibling's) and English, which pages in every language use; ``unknown``
    (every language unless told) when it is none policywatch reads.

    >>> languages_of("nb-NO"), languages_of("en"), len(languages_of(None))
    (('nb', 'nn', 'en'), ('en',), 27)
    """
    base = (language or "").split("-")[0].lower()
    base = {"no": "nb"}.get(base, base)
    if base not in LANGUAGES:
        return unknown
    return (base,) if base == "en" else (base, *SIBLINGS.get(base, ()), "en")
