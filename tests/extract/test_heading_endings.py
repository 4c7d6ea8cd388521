"""The heading scorer's ending feature: a line against the short paragraphs that end like it.

Pages without heading markup (headings styled by CSS come out as plain
paragraphs, or bold ones) leave the scorer only shape and context. One of
them: how many of the page's candidates share a line's shape and its ending
(open, stop, colon, question), so headings with no final stop are told from
one-line sentences, bold or not.
Read here in English, Norwegian, German and French, each page with a twin
line that must not share the headings' ending; every page is written for the test.
"""

from __future__ import annotations

import pytest

from policywatch.extract.blocks import BOLD, Block
from policywatch.extract.heading_features import features
from policywatch.extract.heading_text import ending

# Per language: three section headings, a paragraph, and a one-line sentence (a short
# paragraph that is text, ending on a full stop).
LANGUAGES = {
    "en": (
        ("Data we collect", "How we use it", "Your rights"),
        "We keep the personal data you give us only as long as the service needs it, and"
        " we never sell it to anyone.",
        "You can ask us for a copy.",
    ),
    "nb": (
        ("Data vi samler inn", "Hvordan vi bruker dem", "Dine rettigheter"),
        "Vi oppbevarer personopplysningene du gir oss bare så lenge tjenesten trenger dem,"
        " og vi selger dem aldri til noen.",
        "Du kan be oss om en kopi.",
    ),
    "de": (
        ("Welche Daten wir erheben", "Wie wir sie nutzen", "Ihre Rechte"),
        "Wir speichern die personenbezogenen Daten, die Sie uns geben, nur so lange, wie der"
        " Dienst sie braucht, und verkaufen sie nie.",
        "Sie können eine Kopie verlangen.",
    ),
    "fr": (
        ("Données que nous collectons", "Comment nous les utilisons", "Vos droits"),
        "Nous conservons les données personnelles que vous nous confiez uniquement le temps"
        " nécessaire au service, et nous ne les vendons jamais.",
        "Vous pouvez nous en demander une copie.",
    ),
}


def plain_page(heads: tuple[str, ...], para: str, extra: list[Block]) -> list[Block]:
    """A page without heading markup: each heading a paragraph over its text, then ``extra``."""
    blocks = []
    for head in heads:
        blocks += [Block("para", head), Block("para", f"{head}: {para}")]
    return blocks + extra


_SHORT = 60  # the headings and one-line sentences here; every paragraph is longer


def feats_of(blocks: list[Block], at: int) -> dict[str, float]:
    """The features of block ``at``, every short line of the page a candidate."""
    cands = [i for i, b in enumerate(blocks) if len(b.text) <= _SHORT]
    return features(blocks, cands)[cands.index(at)]


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_a_line_ending_like_its_siblings_shares_their_ending(lang):
    """Headings end open; a one-line sentence among them ends on a stop and shares less."""
    heads, para, sentence = LANGUAGES[lang]
    blocks = plain_page(heads, para, [Block("para", sentence), Block("para", para)])
    heading, line = feats_of(blocks, 0), feats_of(blocks, len(blocks) - 2)
    assert ending(heads[0]) == "open" and ending(sentence) == "stop"
    assert heading["plain.ended_share"] == pytest.approx(3 / 4)
    assert line["plain.ended_share"] == pytest.approx(1 / 4)


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_a_bold_line_ending_like_its_bold_siblings(lang):
    """Bold paragraphs: the headings end open, a bold one-line sentence ends on a stop."""
    heads, para, sentence = LANGUAGES[lang]
    page = plain_page(heads, para, [Block("para", sentence), Block("para", para)])
    blocks = [Block("para", b.text, BOLD) if len(b.text) <= _SHORT else b for b in page]
    heading, line = feats_of(blocks, 0), feats_of(blocks, len(blocks) - 2)
    assert "bold" in heading and "bold" in line
    assert heading["ended_share"] == pytest.approx(3 / 4)
    assert line["ended_share"] == pytest.approx(1 / 4)


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_marked_up_headings_are_not_weighed_by_their_ending(lang):
    """Markup already says which lines are siblings: the ending is weighed on plain pages only."""
    heads, para, sentence = LANGUAGES[lang]
    page = plain_page(heads, para, [Block("para", sentence), Block("para", para)])
    blocks = [Block("heading", b.text, 2) if b.text in heads else b for b in page]
    f = feats_of(blocks, 0)
    assert "markup" in f and not any(name.endswith("ended_share") for name in f)


@pytest.mark.parametrize(
    ("line", "end"),
    [("Dine rettigheter", "open"), ("Ihre Rechte?", "question"), ("Conservation :", "colon"),
     ("Vous pouvez nous en demander une copie.", "stop"), ("お問い合わせ。", "stop")],
)  # fmt: skip
def test_how_a_line_ends(line, end):
    assert ending(line) == end
