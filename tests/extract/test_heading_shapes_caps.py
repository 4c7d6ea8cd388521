"""Upper-case paragraphs among marked-up headings: sections, beside twins that stay text.

A page may mark up most of its sections as ``<h2>`` (``##``) and set one or
two as plain paragraphs in capitals ("SHARING WITH OTHERS"). Such a
paragraph is a heading candidate on every page (``outline.heading_candidates``)
and the scorer judges it (``plain.among_markup``), no rule: the twins are an
upper-case warning sentence among the same headings, and a short bold
sentence opening a paragraph, which stay text. Four languages, HTML and Markdown.
"""

from __future__ import annotations

import pytest

from tests.extract.test_heading_shapes import LANGUAGES, assert_the_five_topics, sections

# A short warning set in capitals: a sentence (it ends in a full stop), never a heading.
WARNING = {
    "en": "WE NEVER SELL YOUR PERSONAL DATA TO ANYONE.",
    "nb": "VI SELGER ALDRI PERSONOPPLYSNINGENE DINE TIL NOEN.",
    "de": "WIR VERKAUFEN IHRE PERSONENBEZOGENEN DATEN NIE AN DRITTE.",
    "fr": "NOUS NE VENDONS JAMAIS VOS DONNÉES PERSONNELLES.",
}
# A short bold sentence opening a paragraph: emphasis inside text, never a heading.
BOLD_SENTENCE = {
    "en": "We never sell your data.",
    "nb": "Vi selger aldri dataene dine.",
    "de": "Wir verkaufen Ihre Daten nie.",
    "fr": "Nous ne vendons jamais vos données.",
}


def _page(fmt: str, lang: str, caps: set[int], warning: bool = False) -> str:
    """Five sections under a title: those in ``caps`` as upper-case paragraphs, the rest h2."""
    title, topics, text = LANGUAGES[lang]
    parts = []
    for n, topic in enumerate(topics):
        body = f"{topic}: {text}"
        if n in caps:
            head = f"<p>{topic.upper()}</p>" if fmt == "html" else topic.upper()
        else:
            head = f"<h2>{topic}</h2>" if fmt == "html" else f"## {topic}"
        bold = (
            f"<p><b>{BOLD_SENTENCE[lang]}</b> {text}</p>"
            if fmt == "html"
            else f"**{BOLD_SENTENCE[lang]}** {text}"
        )
        caps_warning = f"<p>{WARNING[lang]}</p>" if fmt == "html" else WARNING[lang]
        extra = [caps_warning, bold] if warning and n in (1, 3) else []  # fmt: skip
        parts += [head, f"<p>{body}</p>" if fmt == "html" else body, *extra]
    if fmt == "html":
        main = f"<h1>{title}</h1><p>{text}</p>" + "".join(parts)
        return f'<html lang="{lang}"><body><main>{main}</main></body></html>'
    return f"# {title}\n\n{text}\n\n" + "\n\n".join(parts) + "\n"


CONTENT_TYPES = {"html": "text/html", "md": "text/markdown"}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", CONTENT_TYPES)
@pytest.mark.parametrize("caps", [{2}, {1, 3}], ids=["one", "two"])
def test_upper_case_paragraphs_among_h2_are_sections(caps: set[int], fmt: str, lang: str):
    found = sections(_page(fmt, lang, caps), CONTENT_TYPES[fmt])
    assert_the_five_topics(found, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", CONTENT_TYPES)
def test_an_upper_case_warning_and_a_bold_sentence_among_h2_stay_text(fmt: str, lang: str):
    raw = _page(fmt, lang, set(), warning=True)
    found = sections(raw, CONTENT_TYPES[fmt])
    assert_the_five_topics(found, lang)
    assert all(WARNING[lang] not in h and BOLD_SENTENCE[lang] not in h for h in found)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", CONTENT_TYPES)
def test_upper_case_sections_and_a_warning_sentence_together(fmt: str, lang: str):
    """Both at once: the capitals of a heading and of a sentence are told apart by its shape."""
    found = sections(_page(fmt, lang, {2}, warning=True), CONTENT_TYPES[fmt])
    assert_the_five_topics(found, lang)
