"""Bad input gives a clear error or a ``suspect`` result, never a crash or garbage text."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from policywatch.extract import ExtractionError, extract
from policywatch.extract.pdf import garbage_reason

SITE = Path(__file__).resolve().parents[2] / "policywatch" / "demo" / "site"
NORWEGIAN = (
    "<html><head><title>Personvern</title></head><body><h1>Personvernerklæring</h1>"
    "<p>Vi behandler personopplysninger om deg når du bruker tjenesten vår. Blåbærsyltetøy "
    "og ærlige svar på spørsmål om hvordan vi lagrer data i Norge og hvor lenge vi gjør det.</p>"
    "<p>Sist endret: 02.10.2019</p></body></html>"
)


@pytest.mark.parametrize("body", [b"", b"   \n\t  "])
def test_empty_body_is_suspect(body):
    doc = extract(body, "text/html", "https://example.com/privacy")
    assert doc.suspect == "empty: no text"
    assert doc.text == ""


def test_binary_junk_served_as_html_is_suspect():
    junk = random.Random(7).randbytes(50_000)
    doc = extract(junk, "text/html; charset=utf-8", "https://example.com/privacy")
    assert doc.suspect is not None and doc.suspect.startswith("binary")
    assert doc.text == ""


def test_latin1_without_charset_keeps_norwegian_letters():
    doc = extract(NORWEGIAN.encode("latin-1"), "text/html")
    assert "Personvernerklæring" in doc.text and "Blåbærsyltetøy" in doc.text
    assert "\ufffd" not in doc.text
    assert doc.language == "nb"
    assert doc.stated_date is not None and doc.stated_date.value == "2019-10-02"


def test_latin1_bytes_with_a_wrong_utf8_charset():
    doc = extract(NORWEGIAN.encode("latin-1"), "text/html; charset=utf-8")
    assert "ærlige svar på spørsmål" in doc.text


def test_utf8_bytes_with_a_wrong_latin1_charset():
    doc = extract(NORWEGIAN.encode("utf-8"), "text/html; charset=iso-8859-1")
    assert "ærlige svar på spørsmål" in doc.text and "Ã" not in doc.text


def test_thirty_megabyte_page_is_suspect_not_parsed():
    page = b"<html><body>" + b"<p>filler text " + b"x" * 30_000_000 + b"</p></body></html>"
    doc = extract(page, "text/html")
    assert doc.suspect is not None and doc.suspect.startswith("too-large")


def test_large_but_real_page_is_extracted():
    # A 3 MB page of inline script around a real policy: the script is dropped.
    real = (SITE / "fusetools" / "privacy.html").read_bytes()
    padded = real.replace(b"</head>", b"<script>" + b"var a=1;" * 400_000 + b"</script></head>")
    doc = extract(padded, "text/html")
    assert doc.suspect is None
    assert doc.stated_date is not None and doc.stated_date.value == "2018-11-06"
    assert "var a" not in doc.text


def test_corrupt_pdf_raises_a_clear_error():
    real = (SITE / "fusion" / "Fusion_Privacy_Policy.pdf").read_bytes()
    with pytest.raises(ExtractionError, match="PDF"):
        extract(real[:1500], "application/pdf")


def test_not_a_pdf_at_all_raises():
    with pytest.raises(ExtractionError):
        extract(b"%PDF-1.7\n this is not a pdf", "application/pdf")


def test_page_with_no_text_is_suspect():
    page = b"<html><body><nav><a href='/'>Home</a></nav><div><img src='a.png'></div></body></html>"
    doc = extract(page, "text/html")
    assert doc.suspect == "empty: no text"


def test_tiny_page_is_suspect():
    doc = extract(b"<html><body><p>Access denied</p></body></html>", "text/html")
    assert doc.suspect is not None and doc.suspect.startswith("too-short")


def test_undecodable_pdf_text_is_recognised_as_garbage():
    assert garbage_reason("(cid:3)(cid:4)(cid:5) (cid:6)(cid:7) " * 50)
    assert garbage_reason("§¤ 1#2 %%& ¤¤ 33 ## " * 50)
    assert garbage_reason("We keep your personal data for thirty days. " * 20) is None


def test_bad_css_selector_is_a_clear_error():
    with pytest.raises(ExtractionError, match="selector"):
        extract(NORWEGIAN.encode(), "text/html", select="p[[")


def test_select_and_remove_take_precedence():
    page = (SITE / "fusetools" / "privacy.html").read_bytes()
    doc = extract(page, "text/html", select="article", remove="h2")
    assert "Our privacy policy" not in doc.text
    assert "Your privacy is important to us" in doc.text
