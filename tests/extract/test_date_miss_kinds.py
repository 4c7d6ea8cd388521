"""Issue 12's miss kinds for the stated date, one small page per case and language.

Each page is written here from the language's cue phrases
(:mod:`policywatch.core.lexicon.date_cues`) and its dates as CLDR writes
them (Babel), never from a corpus document. ``PHRASINGS`` is written
independently of the cue list, from how each language's notices commonly
say "applies from", "in force from", "valid from", "modified", "revised",
"last reviewed" and "version of": it checks the cue list, it does not copy
it. Which date is "stated" follows ``../shared/corpus/dev/README.md``:
last updated / revised / modified, failing that effective, failing that
the version date; another version's date never.
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel import Locale
from babel.dates import format_date

from policywatch.core.lexicon.date_cues import CUES
from policywatch.extract import extract

# The languages core/lexicon covers with its fullest word lists.
CORE = ("en", "nb", "de", "fr", "es", "it", "nl", "sv", "da", "pl", "pt")
UPDATED = dt.date(2024, 3, 17)  # day > 12: no day/month ambiguity
EFFECTIVE = dt.date(2023, 11, 28)
AMBIGUOUS = dt.date(2024, 4, 3)  # 03/04 or 04/03: read by the language's order

TITLE = {
    "en": "Privacy Policy", "nb": "Personvernerklæring", "de": "Datenschutzerklärung",
    "fr": "Politique de confidentialité", "es": "Política de privacidad",
    "it": "Informativa sulla privacy", "nl": "Privacyverklaring", "sv": "Integritetspolicy",
    "da": "Privatlivspolitik", "pl": "Polityka prywatności", "pt": "Política de privacidade",
}  # fmt: skip
# A paragraph of ordinary policy text per language (no date, no cue).
BODY = {
    "en": "We keep the personal data you give us only as long as the service needs it.",
    "nb": "Vi lagrer personopplysningene du gir oss bare så lenge tjenesten trenger dem.",
    "de": "Wir speichern Ihre personenbezogenen Daten nur so lange, wie der Dienst sie braucht.",
    "fr": "Nous conservons vos données personnelles aussi longtemps que le service en a besoin.",
    "es": "Conservamos sus datos personales solo mientras el servicio los necesite.",
    "it": "Conserviamo i tuoi dati personali solo finché il servizio ne ha bisogno.",
    "nl": "Wij bewaren uw persoonsgegevens alleen zolang de dienst ze nodig heeft.",
    "sv": "Vi sparar dina personuppgifter bara så länge tjänsten behöver dem.",
    "da": "Vi gemmer dine personoplysninger kun så længe tjenesten har brug for dem.",
    "pl": "Przechowujemy Twoje dane osobowe tylko tak długo, jak potrzebuje ich usługa.",
    "pt": "Guardamos os seus dados pessoais apenas enquanto o serviço precisar deles.",
}
# How each language commonly writes issue 12's missed phrasings: (phrase, kind).
PHRASINGS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {"applies from": ("Applies from", "effective"),
           "in force from": ("In force from", "effective"),
           "valid from": ("Valid from", "effective"), "modified": ("Modified", "last_updated"),
           "revised": ("Revised", "last_updated"),
           "last reviewed": ("Last reviewed", "last_updated"),
           "version of": ("Version of", "version")},
    "nb": {"applies from": ("Gjelder fra", "effective"),
           "in force from": ("I kraft fra", "effective"),
           "valid from": ("Gyldig fra", "effective"), "modified": ("Endret", "last_updated"),
           "revised": ("Revidert", "last_updated"),
           "last reviewed": ("Sist gjennomgått", "last_updated"),
           "version of": ("Versjon av", "version")},
    "de": {"applies from": ("Gilt ab", "effective"),
           "in force from": ("In Kraft ab", "effective"),
           "valid from": ("Gültig ab", "effective"), "modified": ("Geändert am", "last_updated"),
           "revised": ("Überarbeitet am", "last_updated"),
           "last reviewed": ("Zuletzt überprüft", "last_updated"),
           "version of": ("Fassung vom", "version")},
    "fr": {"applies from": ("Applicable à compter du", "effective"),
           "in force from": ("En vigueur à compter du", "effective"),
           "valid from": ("Valable à partir du", "effective"),
           "modified": ("Modifiée le", "last_updated"), "revised": ("Révisée le", "last_updated"),
           "last reviewed": ("Dernière révision", "last_updated"),
           "version of": ("Version du", "version")},
    "es": {"applies from": ("Aplicable desde", "effective"),
           "in force from": ("En vigor desde", "effective"),
           "valid from": ("Válida desde", "effective"),
           "modified": ("Modificada el", "last_updated"),
           "revised": ("Revisada el", "last_updated"),
           "last reviewed": ("Última revisión", "last_updated"),
           "version of": ("Versión del", "version")},
    "it": {"applies from": ("Applicabile dal", "effective"),
           "in force from": ("In vigore dal", "effective"),
           "valid from": ("Valida dal", "effective"),
           "modified": ("Modificata il", "last_updated"),
           "revised": ("Revisionata il", "last_updated"),
           "last reviewed": ("Ultima revisione", "last_updated"),
           "version of": ("Versione del", "version")},
    "nl": {"applies from": ("Geldt vanaf", "effective"),
           "in force from": ("Van kracht vanaf", "effective"),
           "valid from": ("Geldig vanaf", "effective"),
           "modified": ("Gewijzigd op", "last_updated"), "revised": ("Herzien op", "last_updated"),
           "last reviewed": ("Laatst gecontroleerd", "last_updated"),
           "version of": ("Versie van", "version")},
    "sv": {"applies from": ("Gäller från", "effective"),
           "in force from": ("I kraft från", "effective"),
           "valid from": ("Giltig från", "effective"), "modified": ("Ändrad", "last_updated"),
           "revised": ("Reviderad", "last_updated"),
           "last reviewed": ("Senast granskad", "last_updated"),
           "version of": ("Version av", "version")},
    "da": {"applies from": ("Gælder fra", "effective"),
           "in force from": ("I kraft fra", "effective"),
           "valid from": ("Gyldig fra", "effective"), "modified": ("Ændret", "last_updated"),
           "revised": ("Revideret", "last_updated"),
           "last reviewed": ("Senest gennemgået", "last_updated"),
           "version of": ("Version af", "version")},
    "pl": {"applies from": ("Stosuje się od", "effective"),
           "in force from": ("Obowiązuje od", "effective"),
           "valid from": ("Ważna od", "effective"),
           "modified": ("Zmieniono", "last_updated"),
           "revised": ("Zaktualizowano", "last_updated"),
           "last reviewed": ("Ostatni przegląd", "last_updated"),
           "version of": ("Wersja z dnia", "version")},
    "pt": {"applies from": ("Aplicável a partir de", "effective"),
           "in force from": ("Em vigor desde", "effective"),
           "valid from": ("Válida a partir de", "effective"),
           "modified": ("Modificada em", "last_updated"),
           "revised": ("Revisada em", "last_updated"),
           "last reviewed": ("Última revisão", "last_updated"),
           "version of": ("Versão de", "version")},
}  # fmt: skip
# "As of <date>": the date the text is current at; the kind it is read as may vary.
AS_OF = {
    "en": "As of", "nb": "Per", "de": "Stand:", "fr": "À jour au", "es": "Actualizada a",
    "it": "Aggiornata al", "nl": "Bijgewerkt per", "sv": "Per", "da": "Pr.", "pl": "Stan na",
    "pt": "Atualizada em",
}  # fmt: skip
# Ordinal days as each language writes the first of a month, where it has its own form.
ORDINAL_FIRST = {"en": "1st", "fr": "1er", "es": "1º", "it": "1º", "pt": "1º"}


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


@pytest.mark.parametrize("phrasing", list(PHRASINGS["en"]))
@pytest.mark.parametrize("language", CORE)
def test_each_missed_phrasing_introduces_the_date(language, phrasing):
    phrase, kind = PHRASINGS[language][phrasing]
    page = _page(language, f"<p>{phrase} {_long(UPDATED, language)}</p>")
    assert _stated(page) == ("2024-03-17", kind), phrase


@pytest.mark.parametrize("language", CORE)
def test_as_of_a_date(language):
    page = _page(language, f"<p>{AS_OF[language]} {_long(UPDATED, language)}</p>")
    assert (_stated(page) or ("none",))[0] == "2024-03-17"


@pytest.mark.parametrize("language", CORE)
def test_text_after_the_date_on_the_same_line(language):
    line = f"{_cue(language, 'last_updated')}: {_long(UPDATED, language)}. {BODY[language]}"
    assert _stated(_page(language, f"<p>{line}</p>")) == ("2024-03-17", "last_updated")
    line = f"{_cue(language, 'last_updated')}: {_long(UPDATED, language)} | {TITLE[language]}"
    assert _stated(_page(language, f"<p>{line}</p>")) == ("2024-03-17", "last_updated")
    line = f"{_cue(language, 'last_updated')} {_long(UPDATED, language)} · 5 min"
    assert _stated(_page(language, f"<p>{line}</p>")) == ("2024-03-17", "last_updated")


@pytest.mark.parametrize("language", CORE)
def test_a_time_element_alone_under_the_title(language):
    line = f"<p><time datetime='2024-03-17'>{_long(UPDATED, language)}</time></p>"
    assert (_stated(_page(language, line)) or ("none",))[0] == "2024-03-17"


@pytest.mark.parametrize("language", CORE)
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
@pytest.mark.parametrize("language", CORE)
def test_a_date_line_outside_the_main_text(language, place):
    body = f"<p>{BODY[language]}</p>"
    text = body + "".join(f"<h2>{n}</h2>{body}{body}" for n in "ABC")
    line = f"{_cue(language, 'last_updated')}: {_long(UPDATED, language)}"
    html = PLACES[place].format(line=line, title=TITLE[language], text=text)
    page = f"<!doctype html><html lang='{language}'><body>{html}</body></html>".encode()
    assert _stated(page) == ("2024-03-17", "last_updated")
    assert "Home" not in extract(page, "text/html").text


@pytest.mark.parametrize("language", CORE)
def test_a_date_in_a_time_element(language):
    line = (
        f"<p>{_cue(language, 'last_updated')}: "
        f"<time datetime='2024-03-17'>{_long(UPDATED, language)}</time></p>"
    )
    assert _stated(_page(language, line)) == ("2024-03-17", "last_updated")


@pytest.mark.parametrize("language", CORE)
def test_markup_dates_alone_are_never_the_stated_date(language):
    head = "<meta property='article:modified_time' content='2024-03-17T10:00:00Z'>"
    assert _stated(_page(language, head=head)) is None


@pytest.mark.parametrize("language", CORE)
def test_a_version_and_date_table_states_its_newest_row(language):
    version, date_word = _cue(language, "version"), _date_word(language)
    rows = "".join(
        f"<tr><td>{n}</td><td>{_long(day, language)}</td></tr>"
        for n, day in (("1.0", EFFECTIVE), ("2.0", UPDATED))
    )
    table = f"<table><tr><th>{version}</th><th>{date_word}</th></tr>{rows}</table>"
    assert _stated(_page(language, table)) == ("2024-03-17", "version")


@pytest.mark.parametrize("language", CORE)
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


@pytest.mark.parametrize("separator", [". ", " | ", " · ", " • "])
@pytest.mark.parametrize("language", CORE)
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


@pytest.mark.parametrize("language", CORE)
def test_numeric_dates_in_the_language_order(language):
    # CLDR's short pattern with a four-digit year: 03.04.2024 (de, nb), 03/04/2024
    # (fr, es, it), 4/3/2024 (en), 2024-04-03 (sv).
    pattern = Locale.parse(language).date_formats["short"].pattern.replace("yy", "y")
    pattern = pattern.replace("yyy", "y")
    written = format_date(AMBIGUOUS, pattern, locale=language)
    line = f"<p>{_cue(language, 'last_updated')}: {written}</p>"
    assert _stated(_page(language, line)) == ("2024-04-03", "last_updated"), written
    iso = f"<p>{_cue(language, 'last_updated')}: 2024-04-03</p>"
    assert _stated(_page(language, iso)) == ("2024-04-03", "last_updated")


@pytest.mark.parametrize("pattern", ["full", "dd-MMM-y", "d MMM y"])
@pytest.mark.parametrize("language", CORE)
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


@pytest.mark.parametrize("language", CORE)
def test_month_and_year_only(language):
    written = format_date(UPDATED, "LLLL y", locale=language)
    line = f"<p>{_cue(language, 'last_updated')}: {written}</p>"
    assert _stated(_page(language, line)) == ("2024-03", "last_updated")


# False positives: dates a page carries that are not its stated date.


@pytest.mark.parametrize("language", CORE)
def test_a_copyright_year_and_a_cookie_lifetime_state_nothing(language):
    table = "<table><tr><th>Cookie</th><th>Expiry</th></tr><tr><td>_ga</td><td>13</td></tr></table>"
    foot = "<p>Copyright © 2019–2024 Example SA</p>"
    assert _stated(_page(language, table, foot=foot)) is None


@pytest.mark.parametrize("language", CORE)
def test_a_change_log_sentence_about_something_else_states_nothing(language):
    # A dated sentence deep in the text about a product change, not the document.
    cue = CUES[language]["last_updated"][0].replace("*", "")
    prose = f"{BODY[language]} {_long(UPDATED, language)} – {cue} app. {BODY[language]}"
    main = "".join(f"<h2>{n}</h2><p>{BODY[language]}</p>" for n in "DEFGHIJK")
    page = _page(language, main + f"<p>{prose} {BODY[language]} {BODY[language]}</p>")
    assert _stated(page) is None


@pytest.mark.parametrize("language", CORE)
def test_dated_blog_posts_beside_a_policy_state_nothing(language):
    aside = "".join(
        f"<li><a href='/blog/{n}'>{TITLE[language]} {n}</a> {_long(day, language)}</li>"
        for n, day in ((1, UPDATED), (2, EFFECTIVE))
    )
    foot = f"<aside><h3>Blog</h3><ul>{aside}</ul></aside>"
    assert _stated(_page(language, foot=foot)) is None


def _date_word(language: str) -> str:
    """The language's word for "date", as a table header writes it."""
    return {
        "en": "Date", "nb": "Dato", "de": "Datum", "fr": "Date", "es": "Fecha", "it": "Data",
        "nl": "Datum", "sv": "Datum", "da": "Dato", "pl": "Data", "pt": "Data",
    }[language]  # fmt: skip
