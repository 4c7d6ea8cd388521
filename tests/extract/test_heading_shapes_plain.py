"""Heading shapes of pages with little or no heading markup, each beside its twins that stay text.

The shape table of ``test_heading_shapes.py`` continued (same languages, same
five sections under a title, run through :func:`extract` end to end): short
colon labels alone above their paragraph ("Retention:", "Conservation :"),
plain short lines on pages with no markup at all, bold-only paragraphs (and
the twin of upper-case headings among marked-up ones, which are not read
yet). Each positive page also carries
the shape's negative twins (a colon lead-in with its text on the same
line, "Note:" in a list, a one-line sentence, a long upper-case
disclaimer, a bold lead-in inside a paragraph, a signature block, table
cells): the sections must be exactly the five
topics, and the twins' text stays in the body.
"""

from __future__ import annotations

import pytest
from fpdf import FPDF

from policywatch.extract import extract
from tests.extract.test_heading_shapes import LANGUAGES, assert_the_five_topics, sections

COLON = {"en": ":", "nb": ":", "de": ":", "fr": " :"}  # French sets a space before it
NOTE = {"en": "Note", "nb": "Merk", "de": "Hinweis", "fr": "Remarque"}
SENTENCE = {
    "en": "We never sell your data.",
    "nb": "Vi selger aldri dataene dine.",
    "de": "Wir verkaufen Ihre Daten nie.",
    "fr": "Nous ne vendons jamais vos données.",
}
SIGNATURE = ["Acme Ltd", "Legal team", "1 Main Street", "London"]
CONTENT_TYPES = {"html": "text/html", "md": "text/markdown", "txt": "text/plain"}


def page(fmt: str, lang: str, heading: str, title: str, twin: str = "", tail: str = "") -> str:
    """A title over an introduction, then the five sections: ``heading`` over its paragraph.

    ``heading`` formats a topic (``{t}``, upper case ``{T}``, the language's
    colon ``{c}``); ``title`` formats the title; ``twin`` (formatted the same
    way, ``{text}`` the body) follows each section's paragraph, ``tail`` the last.
    """
    name, topics, text = LANGUAGES[lang]
    keys = {"c": COLON[lang], "text": text, "note": NOTE[lang], "sentence": SENTENCE[lang]}
    blocks = [title.format(title=name, T=name.upper()), _para(fmt, text)]
    for t in topics:
        blocks.append(heading.format(t=t, T=t.upper(), **keys))
        blocks.append(_para(fmt, f"{t}{COLON[lang]} {text}"))
        if twin:
            blocks.append(twin.format(t=t, T=t.upper(), **keys))
    if tail:
        blocks.append(tail)
    if fmt == "html":
        return f'<html lang="{lang}"><body><main>{"".join(blocks)}</main></body></html>'
    return "\n\n".join(blocks) + "\n"


def _para(fmt: str, text: str) -> str:
    return f"<p>{text}</p>" if fmt == "html" else text


def body_text(raw: str, fmt: str) -> str:
    return extract(raw.encode(), CONTENT_TYPES[fmt]).text


# Short colon labels alone on their line above their paragraph.
COLON_PAGES = {
    "html under an h1": ("html", "<p>{t}{c}</p>", "<h1>{title}</h1>"),
    "html with no markup": ("html", "<p>{t}{c}</p>", "<p>{title}</p>"),
    "markdown under a # title": ("md", "{t}{c}", "# {title}"),
    "markdown with no markup": ("md", "{t}{c}", "{title}"),
    "plain text": ("txt", "{t}{c}", "{T}"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("shape", COLON_PAGES)
def test_short_colon_labels_above_their_paragraphs_are_sections(shape: str, lang: str) -> None:
    fmt, heading, title = COLON_PAGES[shape]
    raw = page(fmt, lang, heading, title)
    found = sections(raw, CONTENT_TYPES[fmt])
    assert_the_five_topics(found, lang)


# Colon lines that are not headings, each written after every section's paragraph.
COLON_TWINS = {
    "html": {
        "a lead-in with its text on the same line": "<p>{note}{c} {text}</p>",
        "a label inside a list": "<ul><li>{note}{c}</li><li>{text}</li></ul>",
        "labels in table cells": "<table><tr><td>{note}{c}</td><td>{text}</td></tr></table>",
    },
    "md": {
        "a lead-in with its text on the same line": "{note}{c} {text}",
        "a label inside a list": "- {note}{c}\n- {text}",
    },
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("fmt", "twin"), [(fmt, twin) for fmt, twins in COLON_TWINS.items() for twin in twins]
)
def test_colon_lead_ins_list_labels_and_cells_beside_colon_headings_stay_text(fmt, twin, lang):
    html = fmt == "html"
    heading, title = ("<p>{t}{c}</p>", "<h1>{title}</h1>") if html else ("{t}{c}", "# {title}")
    raw = page(fmt, lang, heading, title, COLON_TWINS[fmt][twin])
    assert_the_five_topics(sections(raw, CONTENT_TYPES[fmt]), lang)
    assert f"{NOTE[lang]}{COLON[lang]}" in body_text(raw, fmt)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_colon_lead_ins_alone_head_nothing(fmt: str, lang: str) -> None:
    """The colon labels' twin on a page of its own: every paragraph opens with a label
    and its text on the same line ("Retention: we keep..."), and one lone label."""
    name, topics, text = LANGUAGES[lang]
    paras = [f"{t}{COLON[lang]} {text}" for t in topics] + [f"{NOTE[lang]}{COLON[lang]}", text]
    if fmt == "html":
        raw = f"<html lang='{lang}'><body><main><h1>{name}</h1>"
        raw += "".join(f"<p>{p}</p>" for p in paras) + "</main></body></html>"
    else:
        raw = f"# {name}\n\n" + "\n\n".join(paras) + "\n"
    assert sections(raw, CONTENT_TYPES[fmt]) == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("shape", ["html under an h1", "markdown under a # title"])
def test_a_signature_block_after_colon_headed_sections_stays_text(shape: str, lang: str):
    """A page read by its run of colon labels: its other short paragraphs are text."""
    fmt, heading, title = COLON_PAGES[shape]
    lines = [_para(fmt, line) for line in SIGNATURE]
    tail = "".join(lines) if fmt == "html" else "\n\n".join(lines)
    raw = page(fmt, lang, heading, title, tail=tail)
    assert_the_five_topics(sections(raw, CONTENT_TYPES[fmt]), lang)
    assert all(line in body_text(raw, fmt) for line in SIGNATURE)


# Plain short lines (sentence case, no final punctuation) on pages with no markup at all,
# read by the weights (HTML paragraphs styled by CSS are not read yet in every language:
# README, "Not handled yet").
PLAIN_PAGES = {
    "markdown without #": ("md", "{t}", "{title}"),
    "plain text": ("txt", "{t}", "{title}"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("shape", PLAIN_PAGES)
def test_plain_short_lines_above_their_paragraphs_are_sections(shape: str, lang: str) -> None:
    fmt, heading, title = PLAIN_PAGES[shape]
    assert_the_five_topics(sections(page(fmt, lang, heading, title), CONTENT_TYPES[fmt]), lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_line_sentences_beside_plain_headings_stay_text(lang: str) -> None:
    _, heading, title = PLAIN_PAGES["markdown without #"]
    raw = page("md", lang, heading, title, "{sentence}")
    assert_the_five_topics(sections(raw, "text/markdown"), lang)
    assert SENTENCE[lang] in body_text(raw, "md")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_one_line_sentences_above_paragraphs_head_nothing(fmt: str, lang: str) -> None:
    """The plain lines' twin: short lines that end a sentence, each above a paragraph."""
    topics = LANGUAGES[lang][1]
    heading = "<p>{t}. {sentence}</p>" if fmt == "html" else "{t}. {sentence}"
    raw = page(fmt, lang, heading, "<p>{title}</p>" if fmt == "html" else "{title}")
    assert sections(raw, CONTENT_TYPES[fmt]) == []
    assert all(t in body_text(raw, fmt) for t in topics)


def body_font_pdf(lang: str, heading: str) -> bytes:
    """A PDF set in one font throughout: the title, then each ``heading`` over its paragraph.

    (Body-font PDF lines that head sections, "Your rights" or "Retention:" each over its
    paragraph, are not read yet: README, "Not handled yet"; their twin is.)
    """
    title, topics, text = LANGUAGES[lang]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for line in [title, text]:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for t in topics:
        line = heading.format(t=t, c=COLON[lang], sentence=SENTENCE[lang])
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 5, f"{t}{COLON[lang]} {text} " * 2, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_one_line_sentences_above_paragraphs_head_nothing(lang: str) -> None:
    """The twin: each line above a paragraph ends a sentence ("We never sell your data.")."""
    raw = body_font_pdf(lang, "{sentence}")
    assert sections(raw, "application/pdf") == []
    assert SENTENCE[lang] in extract(raw, "application/pdf").text


def disclaimer(lang: str) -> str:
    """A legal disclaimer in upper case, as terms write one: long, ending a sentence."""
    _, topics, text = LANGUAGES[lang]
    words = " ".join([*text.upper().split(), *topics[3].upper().split()] * 2).split()
    return " ".join(words[:45]) + "."


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_a_long_upper_case_disclaimer_among_marked_up_headings_stays_text(fmt: str, lang: str):
    """The twin of upper-case headings among marked-up ones (``<p>DATA RETENTION</p>``
    between ``<h2>``s: not read yet, README): a long upper-case disclaimer after each
    section's paragraph is text, the five ``<h2>``/``##`` sections stay the sections."""
    name, topics, text = LANGUAGES[lang]
    blocks = [f"<h1>{name}</h1>" if fmt == "html" else f"# {name}", _para(fmt, text)]
    for t in topics:
        blocks.append(f"<h2>{t}</h2>" if fmt == "html" else f"## {t}")
        blocks += [_para(fmt, f"{t}: {text}"), _para(fmt, disclaimer(lang))]
    raw = "".join(blocks) if fmt == "html" else "\n\n".join(blocks) + "\n"
    if fmt == "html":
        raw = f"<html lang='{lang}'><body><main>{raw}</main></body></html>"
    assert_the_five_topics(sections(raw, CONTENT_TYPES[fmt]), lang)
    assert disclaimer(lang) in body_text(raw, fmt)


BOLD = {"html": "<p><strong>{t}</strong></p>", "md": "**{t}**"}
BOLD_LEAD_IN = {"html": "<p><strong>{note}{c}</strong> {text}</p>", "md": "**{note}{c}** {text}"}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_bold_only_paragraphs_are_sections_beside_bold_lead_ins(fmt: str, lang: str) -> None:
    title = "<h1>{title}</h1>" if fmt == "html" else "# {title}"
    raw = page(fmt, lang, BOLD[fmt], title, BOLD_LEAD_IN[fmt])
    assert_the_five_topics(sections(raw, CONTENT_TYPES[fmt]), lang)
    assert f"{NOTE[lang]}{COLON[lang]}" in body_text(raw, fmt)


TITLES = {
    "marked-up title": {"html": "<h1>{title}</h1>", "md": "# {title}"},
    "bold title": {"html": "<p><strong>{title}</strong></p>", "md": "**{title}**"},
}


def _one_word_changed(raw: str, lang: str, section: int) -> str:
    """The same page with one word inside one section's paragraph changed (a new version)."""
    _, topics, text = LANGUAGES[lang]
    old = f"{topics[section]}{COLON[lang]} {text}"
    words = old.split()
    words[len(words) // 2] += "s"
    assert old in raw
    return raw.replace(old, " ".join(words), 1)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", ["html", "md"])
@pytest.mark.parametrize("title", TITLES)
def test_bold_only_sections_stay_the_same_when_one_word_of_body_text_changes(
    title: str, fmt: str, lang: str
) -> None:
    """Two versions of one document, one word apart in a paragraph: the same sections."""
    raw = page(fmt, lang, BOLD[fmt], TITLES[title][fmt])
    before = sections(raw, CONTENT_TYPES[fmt])
    assert_the_five_topics(before, lang)
    for section in range(5):
        changed = _one_word_changed(raw, lang, section)
        assert sections(changed, CONTENT_TYPES[fmt]) == before, section


# Plain short lines on HTML pages of bare <p>s (no h-tags, no bold): the lines written
# alike, each over a longer paragraph on a page that nests nothing, head alike
# (headings_rhythm.flat_plain_run), whether the title is an <h1> or a <p> too.
BARE_TITLES = {"h1 title": "<h1>{title}</h1>", "p title": "<p>{title}</p>"}
BARE_TWINS = {
    "a one-line sentence": "<p>{sentence}</p>",
    "a list of short items": "<ul><li>{note}</li><li>{t}</li></ul>",
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("title", BARE_TITLES)
def test_plain_short_lines_on_bare_paragraph_pages_are_sections(title: str, lang: str) -> None:
    raw = page("html", lang, "<p>{t}</p>", BARE_TITLES[title])
    assert_the_five_topics(sections(raw, "text/html"), lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("twin", BARE_TWINS)
def test_sentences_and_list_items_beside_bare_paragraph_headings_stay_text(twin: str, lang):
    raw = page("html", lang, "<p>{t}</p>", "<p>{title}</p>", BARE_TWINS[twin])
    assert_the_five_topics(sections(raw, "text/html"), lang)
    kept = SENTENCE[lang] if twin == "a one-line sentence" else NOTE[lang]
    assert kept in body_text(raw, "html")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bare_one_line_sentences_above_paragraphs_head_nothing(lang: str) -> None:
    """The rhythm's twin: each short line over a paragraph ends a sentence."""
    raw = page("html", lang, "<p>{sentence}</p>", "<p>{title}</p>")
    assert sections(raw, "text/html") == []
