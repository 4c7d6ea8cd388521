"""The shared word-list layer: language data every part reads from one place.

Extraction (stated dates), diffing (signals, facts) and topics all take
their months, numbers, periods, countries and negation words from here, so
one language is never spelled twice. Where a well-kept library has the data
(CLDR through Babel), it comes from there, not from hand-typed lists.

- :mod:`.calendar`: month names and numeric date order per language (CLDR).
- :mod:`.countries`: country and region names per language (CLDR), with aliases.
- :mod:`.numbers`: number words 0..100 per language (num2words).
- :mod:`.periods`: hour/day/week/month/year words per language (CLDR units).
- :mod:`.negation`: negation, permission and commitment words, one list per language.
"""

# The languages policywatch reads: every official language of the EU, plus
# Norwegian (bokmål and nynorsk) and Icelandic. ISO 639-1 codes.
LANGUAGES: tuple[str, ...] = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is",
    "it", "lt", "lv", "mt", "nb", "nl", "nn", "pl", "pt", "ro", "sk", "sl", "sv",
)  # fmt: skip
