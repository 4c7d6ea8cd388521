"""Issue 12's miss kinds for the stated date, one small page per case and language.

Each page is written here, for every language of
:data:`~policywatch.core.lexicon.LANGUAGES`, from the language's cue phrases
(:mod:`policywatch.core.lexicon.date_cues`), the tables of
:mod:`tests.extract.date_languages` and its dates as CLDR writes them
(Babel), never from a corpus document. Its ``PHRASINGS`` are written
independently of the cue list: they check it, they do not copy it. Which
date is "stated" follows ``../shared/corpus/dev/README.md``: last updated /
revised / modified, failing that effective, failing that the version date;
another version's date never.
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel import Locale
from babel.dates import format_date

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.calendar import day_first, numeric_order
from policywatch.core.lexicon.date_cues import CUES
from policywatch.extract import extract
from tests.extract.date_languages import (
    AS_OF,
    BODY,
    CHANGE_LOG,
    DATE_WORD,
    NEXT_REVIEW,
    ORDINAL_FIRST,
    PHRASING_KINDS,
    PHRASING_NAMES,
    PHRASINGS,
    TITLE,
    phrased,
)

UPDATED = dt.date(2024, 3, 17)  # day > 12: no day/month ambiguity
EFFECTIVE = dt.date(2023, 11, 28)
AMBIGUOUS = dt.date(2024, 4, 3)  # 03/04 or 04/03: read by the language's order


def test_every_language_has_its_tables():
    for table in (TITLE, BODY, PHRASINGS, AS_OF, DATE_WORD, NEXT_REVIEW, CHANGE_LOG):
        assert tuple(sorted(table)) == LANGUAGES
    assert all(len(row) == len(PHRASING_NAMES) for row in PHRASINGS.values())


def _cue(language: str, kind: str) -> str:
    phrase = CUES[language][kind][0].replace("*", "")
    return phrase[:1].upper() + phrase[1:]


def _long(day: dt.date, language: str) -> str:
    return format_date(day, "long", locale=language)


def _page(language: str, main: str = "", top: str = "", head: str = "", foot: str = "") -> bytes:
    body = f"<p>{BODY[language]}</p>"
    sections = "".join(f"<h2>{n}</h2>{body}{body}" for n in ("A", "B", "C"))
    return (
        f"<!doctype html><html lang='{language}'><head><title>{TITLE[language]}</title>{head}"
        f"</head><body><header><nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav>{top}"
        f"</header><main><h1>{TITLE[language]}</h1>{main}{body}{sections}</main>"
        f"<footer>{foot}<p>© 2024 Example SA</p></footer></body></html>"
    ).encode()


def _stated(page: bytes) -> tuple[str, str] | None:
    found = extract(page, "text/html").stated_date
    return (found.value, found.kind) if found else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_missed_phrasing_introduces_the_date(language):
    for name, phrase in zip(PHRASING_NAMES, PHRASINGS[language], strict=True):
        line = phrased(phrase, _long(UPDATED, language))
        want = ("2024-03-17", PHRASING_KINDS[name])
        assert _stated(_page(language, f"<p>{line}</p>")) == want, line


@pytest.mark.parametrize("language", LANGUAGES)
def test_as_of_a_date(language):
    page = _page(language, f"<p>{AS_OF[language]} {_long(UPDATED, language)}</p>")
    assert (_stated(page) or ("none",))[0] == "2024-03-17"


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_after_the_date_on_the_same_line(language):
    line = f"{_cue(language, 'last_updated')}: {_long(UPDATED, language)}. {BODY[language]}"
    assert _stated(_page(language, f"<p>{line}</p>")) == ("2024-03-17", "last_updated")
    line = f"{_cue(language, 'last_updated')}: {_long(UPDATED, language)} | {TITLE[language]}"
    assert _stated(_page(language, f"<p>{line}</p>")) == ("2024-03-17", "last_updated")
    line = f"{_cue(language, 'last_updated')} {_long(UPDATED, language)} · 5 min"
    assert _stated(_page(language, f"<p>{line}</p>")) == ("2024-03-17", "last_updated")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_time_element_alone_under_the_title(language):
    line = f"<p><time datetime='2024-03-17'>{_long(UPDATED, language)}</time></p>"
    assert (_stated(_page(language, line)) or ("none",))[0] == "2024-03-17"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_line_in_the_page_header_beside_the_title(language):
    top = (
        f"<div class='hero'><span>{TITLE[language]}</span>"
        f"<p>{_cue(language, 'last_updated')}: {_long(UPDATED, language)}</p></div>"
    )
    assert _stated(_page(language, top=top)) == ("2024-03-17", "last_updated")


# Where pages put the date line outside their main text: {line}, {title}, {text}.
PLACES = {
    "an aside beside main": (
        "<header><nav><a href='/'>Home</a></nav></header><div><main><h1>{title}</h1>{text}"
        "</main><aside class='meta'><p>{line}</p></aside></div><footer><p>© 2024</p></footer>"
    ),
    "a meta div after main": (
        "<main><h1>{title}</h1>{text}</main><div class='page-meta'><p>{line}</p></div>"
        "<footer><p>© 2024</p></footer>"
    ),
    "small under the h1 in the header": (
        "<header class='page-header'><nav><a href='/'>Home</a> <a href='/p'>Pricing</a></nav>"
        "<h1>{title}</h1><small>{line}</small></header><main>{text}</main>"
    ),
    "a footer with its navigation": (
        "<main><h1>{title}</h1>{text}</main><footer><nav><a href='/a'>About</a></nav>"
        "<p>{line}</p><p>© 2024 Acme</p></footer>"
    ),
    "a banner role": (
        "<div role='banner'><a href='/'>Acme</a><h1>{title}</h1><p>{line}</p></div>"
        "<div role='main'>{text}</div>"
    ),
    "the sidebar navigation": (
        "<nav class='sidebar'><ul><li><a href='/p'>Privacy</a></li><li><a href='/t'>Terms</a>"
        "</li></ul><p>{line}</p></nav><main><h1>{title}</h1>{text}</main>"
    ),
}


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_line_outside_the_main_text(language, place):
    body = f"<p>{BODY[language]}</p>"
    text = body + "".join(f"<h2>{n}</h2>{body}{body}" for n in "ABC")
    line = f"{_cue(language, 'last_updated')}: {_long(UPDATED, language)}"
    html = PLACES[place].format(line=line, title=TITLE[language], text=text)
    page = f"<!doctype html><html lang='{language}'><body>{html}</body></html>".encode()
    assert _stated(page) == ("2024-03-17", "last_updated")
    assert "Home" not in extract(page, "text/html").text


# The shapes saved web pages put a date line in, per language: {cue}, {effective}, {date}, {title}.
WEB_SHAPES = {
    "label and value in the header": ("top", "<dl><dt>{cue}</dt><dd>{date}</dd></dl>"),
    "effective label and value": ("top", "<dl><dt>{effective}</dt><dd>{date}</dd></dl>"),
    "reading time after the date": ("top", "<p>{cue}: {date} | 5 min</p>"),
    "side-by-side items": ("top", "<div><span>{title}</span><span>{cue} {date}</span></div>"),
    "bold label": ("main", "<p><strong>{cue}:</strong> {date}</p>"),
    "ISO date in the footer": ("foot", "<p>© 2024 Example SA. {cue} 2024-03-17</p>"),
    "label heading at the foot": ("foot", "<h3>{cue}</h3><p>{date}</p>"),
}


@pytest.mark.parametrize("shape", WEB_SHAPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_web_page_date_shapes(language, shape):
    where, markup = WEB_SHAPES[shape]
    line = markup.format(
        cue=_cue(language, "last_updated"), effective=_cue(language, "effective"),
        date=_long(UPDATED, language), title=TITLE[language],
    )  # fmt: skip
    kind = "effective" if "{effective}" in markup else "last_updated"
    assert _stated(_page(language, **{where: line})) == ("2024-03-17", kind), line


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_in_a_time_element(language):
    line = (
        f"<p>{_cue(language, 'last_updated')}: "
        f"<time datetime='2024-03-17'>{_long(UPDATED, language)}</time></p>"
    )
    assert _stated(_page(language, line)) == ("2024-03-17", "last_updated")


@pytest.mark.parametrize("language", LANGUAGES)
def test_markup_dates_alone_are_never_the_stated_date(language):
    head = "<meta property='article:modified_time' content='2024-03-17T10:00:00Z'>"
    assert _stated(_page(language, head=head)) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_version_and_date_table_states_its_newest_row(language):
    version, date_word = _cue(language, "version"), DATE_WORD[language]
    rows = "".join(
        f"<tr><td>{n}</td><td>{_long(day, language)}</td></tr>"
        for n, day in (("1.0", EFFECTIVE), ("2.0", UPDATED))
    )
    table = f"<table><tr><th>{version}</th><th>{date_word}</th></tr>{rows}</table>"
    assert _stated(_page(language, table)) == ("2024-03-17", "version")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("updated_first", [True, False])
def test_effective_and_updated_the_updated_date_is_stated(language, updated_first):
    # The README's rule: "last updated" wins even when the effective date is later.
    later_effective = dt.date(2024, 5, 20)
    lines = [
        f"<p>{_cue(language, 'last_updated')}: {_long(UPDATED, language)}</p>",
        f"<p>{_cue(language, 'effective')}: {_long(later_effective, language)}</p>",
    ]
    main = "".join(lines if updated_first else lines[::-1])
    assert _stated(_page(language, main)) == ("2024-03-17", "last_updated")


@pytest.mark.parametrize("separator", [". ", " | ", " · ", " • ", " "])
@pytest.mark.parametrize("language", LANGUAGES)
def test_two_labelled_dates_on_one_line(language, separator):
    updated, effective = _cue(language, "last_updated"), _cue(language, "effective")
    version = _cue(language, "version")
    other = CUES[language]["other"][0].replace("*", "").capitalize()
    later, earlier = _long(dt.date(2024, 5, 20), language), _long(EFFECTIVE, language)
    new, older = _long(UPDATED, language), f"{other} {version.lower()}"
    lines = {
        f"{updated}: {new}{separator}{effective}: {later}": ("2024-03-17", "last_updated"),
        f"{effective}: {later}{separator}{updated}: {new}": ("2024-03-17", "last_updated"),
        f"{version}: {new}{separator}{older}: {earlier}": ("2024-03-17", "version"),
        f"{older}: {earlier}{separator}{version}: {new}": ("2024-03-17", "version"),
    }  # fmt: skip
    for line, want in lines.items():
        assert _stated(_page(language, f"<p>{line}</p>")) == want, line


@pytest.mark.parametrize("language", LANGUAGES)
def test_numeric_dates_in_the_language_order(language):
    # CLDR's short pattern with a four-digit year: 03.04.2024 (de, nb), 03/04/2024
    # (fr, es, it), 4/3/2024 (en), 2024-04-03 (sv).
    pattern = Locale.parse(language).date_formats["short"].pattern.replace("yy", "y")
    pattern = pattern.replace("yyy", "y")
    written = format_date(AMBIGUOUS, pattern, locale=language)
    line = f"<p>{_cue(language, 'last_updated')}: {written}</p>"
    if numeric_order(language) is None and day_first(language) is not None:
        # Split by CLDR (English): the page must tell the order; alone it is no date.
        # (hu and lt have no order either, but their short form puts the year first.)
        assert _stated(_page(language, line)) is None, written
        line += "<p>California residents have rights under the CCPA.</p>"
    assert _stated(_page(language, line)) == ("2024-04-03", "last_updated"), written
    iso = f"<p>{_cue(language, 'last_updated')}: 2024-04-03</p>"
    assert _stated(_page(language, iso)) == ("2024-04-03", "last_updated")


@pytest.mark.parametrize("pattern", ["full", "dd-MMM-y", "d MMM y"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_full_and_abbreviated_cldr_forms(language, pattern):
    # "Sunday, March 17, 2024" (CLDR's full form, with the weekday), "17-Mar-2024".
    written = format_date(UPDATED, pattern, locale=language)
    line = f"<p>{_cue(language, 'last_updated')}: {written}</p>"
    assert _stated(_page(language, line)) == ("2024-03-17", "last_updated"), written


@pytest.mark.parametrize("language", sorted(ORDINAL_FIRST))
def test_ordinal_days(language):
    month = format_date(dt.date(2024, 3, 1), "MMMM", locale=language)
    written = {"en": f"March {ORDINAL_FIRST['en']}, 2024"}.get(
        language, f"{ORDINAL_FIRST[language]} {month} 2024"
    )
    line = f"<p>{_cue(language, 'effective')}: {written}</p>"
    assert _stated(_page(language, line)) == ("2024-03-01", "effective"), written


@pytest.mark.parametrize("language", LANGUAGES)
def test_month_and_year_only(language):
    written = format_date(UPDATED, "LLLL y", locale=language)
    line = f"<p>{_cue(language, 'last_updated')}: {written}</p>"
    assert _stated(_page(language, line)) == ("2024-03", "last_updated")


NEXT_YEAR = dt.date(2025, 3, 17)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_next_review_date_is_another_texts_date(language):
    updated = f"{_cue(language, 'last_updated')}: {_long(UPDATED, language)}"
    for phrase in NEXT_REVIEW[language]:
        review = phrased(phrase, _long(NEXT_YEAR, language))
        for line in (f"{updated} · {review}", f"{updated}, {review[:1].lower()}{review[1:]}"):
            found = _stated(_page(language, f"<p>{line}</p>"))
            assert found == ("2024-03-17", "last_updated"), line
        # Twin: the next review date alone under the title states nothing.
        assert _stated(_page(language, f"<p>{review}</p>")) is None, review


# A change log's entries newest first, oldest first and in no order: every entry counts the same.
LOG_ORDERS = {
    "newest first": (UPDATED, EFFECTIVE, AMBIGUOUS.replace(year=2022)),
    "oldest first": (AMBIGUOUS.replace(year=2022), EFFECTIVE, UPDATED),
    "shuffled": (EFFECTIVE, UPDATED, AMBIGUOUS.replace(year=2022)),
}


def _log(label: str, language: str, days: tuple[dt.date, ...] = (UPDATED, EFFECTIVE)) -> str:
    entries = "".join(f"<li>{_long(day, language)}: {BODY[language]}</li>" for day in days)
    return f"<h2>{label}</h2><ul>{entries}</ul>"


@pytest.mark.parametrize("order", LOG_ORDERS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_change_log_states_its_newest_entry_as_a_version(language, order):
    for label in CHANGE_LOG[language]:
        log = _log(label, language, LOG_ORDERS[order])
        assert _stated(_page(language, log)) == ("2024-03-17", "version"), label
        # A date line of the page is the date a reader means, whatever the log says.
        line = f"<p>{_cue(language, 'last_updated')}: {_long(EFFECTIVE, language)}</p>"
        assert _stated(_page(language, line + log)) == ("2023-11-28", "last_updated"), label
    # Twin: the same dated list under a heading that is no change-log label.
    other = _log(TITLE[language], language, LOG_ORDERS[order])
    assert _stated(_page(language, other)) is None


@pytest.mark.parametrize("order", LOG_ORDERS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_change_log_in_the_footer_states_its_newest_entry(language, order):
    # The footer band keeps a change log's label and all its entries, in any order.
    for label in CHANGE_LOG[language]:
        log = _log(label, language, LOG_ORDERS[order])
        assert _stated(_page(language, foot=log)) == ("2024-03-17", "version"), label
        line = f"<p>{_cue(language, 'last_updated')}: {_long(EFFECTIVE, language)}</p>"
        assert _stated(_page(language, line, foot=log)) == ("2023-11-28", "last_updated"), label
    assert _stated(_page(language, foot=_log(TITLE[language], language))) is None


# False positives: dates a page carries that are not its stated date.


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_copyright_year_and_a_cookie_lifetime_state_nothing(language):
    table = "<table><tr><th>Cookie</th><th>Expiry</th></tr><tr><td>_ga</td><td>13</td></tr></table>"
    foot = "<p>Copyright © 2019–2024 Example SA</p>"
    assert _stated(_page(language, table, foot=foot)) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_change_log_sentence_about_something_else_states_nothing(language):
    # A dated sentence deep in the text about a product change, not the document.
    cue = CUES[language]["last_updated"][0].replace("*", "")
    prose = f"{BODY[language]} {_long(UPDATED, language)} – {cue} app. {BODY[language]}"
    main = "".join(f"<h2>{n}</h2><p>{BODY[language]}</p>" for n in "DEFGHIJK")
    page = _page(language, main + f"<p>{prose} {BODY[language]} {BODY[language]}</p>")
    assert _stated(page) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_dated_blog_posts_beside_a_policy_state_nothing(language):
    aside = "".join(
        f"<li><a href='/blog/{n}'>{TITLE[language]} {n}</a> {_long(day, language)}</li>"
        for n, day in ((1, UPDATED), (2, EFFECTIVE))
    )
    foot = f"<aside><h3>Blog</h3><ul>{aside}</ul></aside>"
    assert _stated(_page(language, foot=foot)) is None
