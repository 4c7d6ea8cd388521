"""The fast rewrites of hot paths give exactly what the plain versions gave."""

from __future__ import annotations

import re
import unicodedata

import pytest

from policywatch.core.lexicon.date_cues import cue_regex
from policywatch.extract import dateorder, datetext, language, normalise
from tests.conftest import CORPUS

# The readable forms the fast ones replaced.
PLAIN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")
# The cue regex without its first-letter look-ahead.
PLAIN_CUE = re.compile(re.sub(r"\(\?=\[[^]]*\]\)", "", cue_regex().pattern, count=1), re.I)


def plain_normalise_inline(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(normalise.TYPOGRAPHIC_FOLDS)
    return re.sub(r"\s+", " ", text).strip()


TRICKY = [
    "Last updated: 3/11/25",
    "123/04/21 and 12020 and 21999",
    "© 2019–2024 Example",
    "Version 1920, not 1899 or 2100",
    "“Quoted”\u00a0text\u200b with\u2009thin\u202fspaces and soft\u00adhyphen",
    "  tabs\tand\nnewlines\r\n  ",
    "déjà vu (e\u0301 decomposed)",
    "",
    "double  space",
    " leading and trailing ",
    "ideographic\u3000space and line\u2028separator",
    "DATE OF LAST REVISION 1.1.2020, Dernière mise à jour, ÚLTIMA ACTUALIZACIÓN",
    "Stand vom 2. Mai, Senast uppdaterad, gjelder fra og med, Ändrad, Änderung",
    "Effective; Updated on; Fecha de entrada en vigor; Ikrafttræden; lastupdated",
]


def _corpus_paragraphs() -> list[str]:
    if not CORPUS.is_dir():
        return []
    paragraphs: list[str] = []
    for path in sorted(CORPUS.glob("*/*.md"))[::7]:  # a spread of vendors and languages
        paragraphs += path.read_text(encoding="utf-8").split("\n\n")
    return paragraphs


@pytest.mark.parametrize("source", ["tricky", "corpus"])
def test_year_prefilter_matches_the_readable_pattern(source):
    texts = TRICKY if source == "tricky" else _corpus_paragraphs()
    if not texts:
        pytest.skip("shared/corpus/dev not beside the repo")
    assert [datetext.has_year(t) for t in texts] == [bool(PLAIN_YEAR.search(t)) for t in texts]


@pytest.mark.parametrize("source", ["tricky", "corpus"])
def test_normalise_inline_matches_translate_and_regex(source):
    texts = TRICKY if source == "tricky" else _corpus_paragraphs()
    if not texts:
        pytest.skip("shared/corpus/dev not beside the repo")
    assert [normalise.normalise_inline(t) for t in texts] == [
        plain_normalise_inline(t) for t in texts
    ]


@pytest.mark.parametrize("source", ["tricky", "corpus"])
def test_cue_lookahead_matches_the_plain_trie(source):
    texts = TRICKY if source == "tricky" else _corpus_paragraphs()
    if not texts:
        pytest.skip("shared/corpus/dev not beside the repo")
    assert PLAIN_CUE.pattern != cue_regex().pattern
    spans = [[m.span() for m in cue_regex().finditer(t)] for t in texts]
    assert spans == [[m.span() for m in PLAIN_CUE.finditer(t)] for t in texts]
    assert any(spans)


def test_only_space_is_printable_whitespace():
    """normalise_inline skips split/join for printable text: it relies on this."""
    assert [c for c in range(0x110000) if chr(c).isspace() and chr(c).isprintable()] == [0x20]


@pytest.mark.parametrize(
    "fast", [dateorder.US_MARKERS, dateorder.EU_MARKERS, language.NYNORSK_WORDS]
)
@pytest.mark.parametrize("source", ["tricky", "corpus"])
def test_first_letter_lookaheads_change_no_match(fast, source):
    texts = TRICKY if source == "tricky" else _corpus_paragraphs()
    if not texts:
        pytest.skip("shared/corpus/dev not beside the repo")
    texts = [*texts, "Superseded on 3 EUR, U.S. and $5 under GDPR; ikkje korleis FRÅ berre"]
    plain = re.compile(re.sub(r"\(\?=\[[^]]*\]\)", "", fast.pattern, count=1), fast.flags)
    assert plain.pattern != fast.pattern
    assert [fast.findall(t) for t in texts] == [plain.findall(t) for t in texts]
