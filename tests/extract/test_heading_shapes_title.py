"""The title's company is no section (issue 12 §2): a date marked up as a heading under the title.

Pages write the document's date as a heading of the sections' own level right
below the title ("# Privacy Policy" / "## Last updated: 1 March 2024", an
``<h2>`` in HTML). A reader sees a subtitle, not a section: no tune label
holds a heading with a date in it. The twin: a heading that names a year
without a date cue ("Our 2024 commitments") right below the title is the
first section, as is a plain topic there. Each in en/nb/de/fr, Markdown and
HTML (the title also inside a page's header band).
"""

from __future__ import annotations

import pytest

from policywatch.extract import extract
from tests.extract.test_heading_shapes import LANGUAGES, assert_the_five_topics

DATE_LINE = {
    "en": "Last updated: 1 March 2024",
    "nb": "Sist oppdatert: 1. mars 2024",
    "de": "Zuletzt aktualisiert: 1. März 2024",
    "fr": "Dernière mise à jour : 1er mars 2024",
}
YEAR_TOPIC = {
    "en": "Our 2024 commitments",
    "nb": "Våre løfter for 2024",
    "de": "Unsere Zusagen für 2024",
    "fr": "Nos engagements pour 2024",
}
FORMATS = {"md": "text/markdown", "html": "text/html", "html with a header band": "text/html"}


def _page(fmt: str, lang: str, first: str) -> str:
    """The title, then ``first`` as a heading of the sections' level over the introduction."""
    name, topics, text = LANGUAGES[lang]
    if fmt == "md":
        return f"# {name}\n\n## {first}\n\n{text}\n\n" + "".join(
            f"## {t}\n\n{text}\n\n" for t in topics
        )
    sections = "".join(f"<h2>{t}</h2><p>{text}</p>" for t in topics)
    if fmt == "html":
        body = f"<main><h1>{name}</h1><h2>{first}</h2><p>{text}</p>{sections}</main>"
    else:
        body = (
            f'<header><a href="/">Acme</a><h1>{name}</h1></header>'
            f"<main><h2>{first}</h2><p>{text}</p>{sections}</main>"
        )
    return f'<html lang="{lang}"><body>{body}</body></html>'


def _top(raw: str, fmt: str) -> list[str]:
    doc = extract(raw.encode(), FORMATS[fmt])
    return [s.heading for s in doc.sections if s.level == 2]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_date_heading_under_the_title_is_no_section(fmt: str, lang: str) -> None:
    raw = _page(fmt, lang, DATE_LINE[lang])
    assert_the_five_topics(_top(raw, fmt), lang)
    doc = extract(raw.encode(), FORMATS[fmt])
    assert doc.title == LANGUAGES[lang][0]
    assert DATE_LINE[lang] in doc.text
    assert doc.stated_date is not None and doc.stated_date.value == "2024-03-01"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_year_without_a_date_cue_under_the_title_is_the_first_section(fmt: str, lang: str):
    found = _top(_page(fmt, lang, YEAR_TOPIC[lang]), fmt)
    assert found[0] == YEAR_TOPIC[lang]
    assert_the_five_topics(found[1:], lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_topic_right_under_the_title_is_the_first_section(fmt: str, lang: str) -> None:
    topics = LANGUAGES[lang][1]
    found = _top(_page(fmt, lang, topics[3]), fmt)
    assert found[0] == topics[3]
    assert_the_five_topics(found[1:], lang)
