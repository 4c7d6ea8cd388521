"""Verbs whose particle stands apart from them: one table, category × language.

German and Dutch put a separable verb's particle at the end of a main clause
("wir **geben** Ihre Daten an Dritte **weiter**", "wij **geven** uw gegevens
**door**"), and the Scandinavian languages let an adverb or the subject come
between verb and particle ("vi **lämnar** inte **ut**", "vi **samler** ikke
**inn**"); English phrasal verbs do too ("we **pass** your data **on**"). A
stem written for the joined form ("weitergeben") never sees them.

:data:`SPLIT_VERBS` ``[category][language]`` lists, for the categories whose
acts are such verbs, each verb's finite forms and its particle:

- recipients: pass on / hand over, weitergeben, weiterleiten, offenlegen,
  gi videre, utlevere, lämna ut, lämna vidare, give videre;
- data_categories (collecting, recording): aufnehmen, aufzeichnen, vastleggen,
  samle inn, samla in, samle ind;
- transfers: doorgeven (as the table files "doorgeven");
- retention: aufbewahren, opslaan, ta bort;
- legal_basis: einwilligen;
- fees_termination: abbuchen, zurückzahlen, terugbetalen, säga upp, sige op.

French, Spanish, Italian, Polish and Portuguese have no separable verbs:
their verbs are one word, which the stems of
:mod:`policywatch.core.lexicon.category_words` already find.

:func:`split_verb` writes one entry as a pattern: the verb, at most
:data:`SPLIT_WORDS` words (what may stand between them in that language), then
the particle. A verb without its particle ("es gibt", "wir geben an", "deelt
... mee") is another verb and is not read.

    >>> import re
    >>> p = re.compile(split_verb(r"g[iea]b(?:e|st|t|en)?", "weiter", "de"))
    >>> bool(p.search("wir geben ihre daten nur an dritte weiter"))
    True
    >>> bool(p.search("wir geben ihre daten an")), bool(p.search("es gibt weitere rechte"))
    (False, False)
"""

from __future__ import annotations

# How many words may stand between verb and particle: a German or Dutch particle ends
# the clause (object, adverbs, a prepositional phrase between); elsewhere only the
# subject, a negation or an adverb does.
SPLIT_WORDS = {"de": 12, "nl": 12}
SPLIT_WORDS_ELSEWHERE = 4

# fmt: off
SPLIT_VERBS: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "recipients": {
        "en": ((r"pass(?:es|ed|ing)?", "on"), (r"hand(?:s|ed|ing)?", "over")),
        "de": ((r"g[iea]b(?:e|st|t|en)?", "weiter"), (r"leite(?:n|t|st)?", "weiter"),
               (r"leg(?:e|en|t|st)", "offen")),
        "nb": ((r"gi(?:r|tt)?|ga", "videre"), (r"lever(?:er|te)", "ut")),
        "sv": ((r"lämna(?:r|de|t)?", "ut"), (r"lämna(?:r|de|t)?", "vidare")),
        "da": ((r"giv(?:e|er|et)?|gav", "videre"),),
    },
    "data_categories": {
        "de": ((r"nehm(?:e|en|t)|nimmt|nahm(?:en)?", "auf"), (r"zeichn(?:e|en|et)", "auf")),
        "nl": ((r"leg(?:t|gen)?|legde(?:n)?", "vast"),),
        "nb": ((r"samle[rt]?", "inn"),),
        "sv": ((r"samla(?:r|de|t)?", "in"),),
        "da": ((r"samle[rt]?|samlede", "ind"),),
    },
    "transfers": {
        "nl": ((r"geef(?:t)?|geven|gaf|gaven", "door"),),
    },
    "retention": {
        "de": ((r"bewahr(?:e|en|t)", "auf"),),
        "nl": ((r"sla(?:at|an)?|sloeg(?:en)?", "op"),),
        "sv": ((r"ta(?:r)?|tog", "bort"),),
    },
    "legal_basis": {
        "de": ((r"willig(?:e|en|t|st)", "ein"),),
    },
    "fees_termination": {
        "de": ((r"buch(?:e|en|t)", "ab"), (r"zahl(?:e|en|t)", "zurück")),
        "nl": ((r"betaal(?:t)?|betalen|betaalde(?:n)?", "terug"),),
        "sv": ((r"säg(?:a|er)|sade", "upp"),),
        "da": ((r"sig(?:e|er)|sagde", "op"),),
    },
}
# fmt: on


def split_verb(forms: str, particle: str, language: str) -> str:
    """A word-start pattern for a verb (``forms``) and its particle further on.

    >>> split_verb("samlar", "in", "sv")
    '(?:samlar)(?: \\\\S+){0,4}? in\\\\b'
    """
    gap = SPLIT_WORDS.get(language, SPLIT_WORDS_ELSEWHERE)
    return rf"(?:{forms})(?: \S+){{0,{gap}}}? {particle}\b"


def split_stems(category: str, language: str) -> tuple[str, ...]:
    """The patterns of one cell of :data:`SPLIT_VERBS` (empty when it has none).

    >>> len(split_stems("recipients", "de")), split_stems("recipients", "fr")
    (3, ())
    """
    verbs = SPLIT_VERBS.get(category, {}).get(language, ())
    return tuple(split_verb(forms, particle, language) for forms, particle in verbs)
