"""What lines up in columns in a PDF but is no table: two columns of prose, signature blocks.

Real PDFs (fpdf2) in en, de, fr, nb. Two columns of running text, each word placed
on its own (so pypdf reads every word's position and a line is cut where the column
ends), with a gutter of 5 or 10 mm, written column after column or line by line, read
column after column: every sentence whole, the left column's text before the right's,
no table row. A signature block (two
parties side by side, "Name:", "Title:", "Date:" under each) stays text, does not
set the document's stated date, and a changed signatory is no party entry. Their
negative twins are tables: a sub-processor table whose purposes wrap onto a second
line (tests/diffing/test_pdf_entry_shapes.py) and a table of terms beside their
wrapped meaning (here), read row by row.
"""

from __future__ import annotations

import re

import pytest
from fpdf import FPDF

from policywatch.diffing import diff_documents
from policywatch.extract import extract
from tests.diffing.test_pdf_entry_shapes import place_words, word_places

# Per language (test text, not a rule's words): the title, the left column's and the
# right column's sentences, a signature block's parties and labels.
LANGUAGES = {
    "en": ("Privacy Policy",
           ["We keep the personal data you give us only for as long as the service needs it.",
            "We never sell it to anyone, and you can ask us for a copy of it at any time.",
            "Every company that works for us is bound by a written agreement with the same"
            " protection of personal data as ours."],
           ["You may object to the processing of your personal data for direct marketing.",
            "When you close your account we delete your data within thirty days of the request.",
            "Backups are kept for another ninety days and then overwritten by newer ones."],
           ("Customer", "Processor"), ("Name", "Title", "Date")),
    "de": ("Datenschutzerklärung",
           ["Wir speichern die personenbezogenen Daten, die Sie uns geben, nur so lange, wie"
            " der Dienst sie benötigt.",
            "Wir verkaufen sie niemals an Dritte, und Sie können jederzeit eine Kopie verlangen.",
            "Jedes Unternehmen, das für uns arbeitet, ist durch einen schriftlichen Vertrag"
            " an denselben Schutz der Daten gebunden."],
           ["Sie können der Verarbeitung Ihrer Daten für Zwecke der Direktwerbung widersprechen.",
            "Wenn Sie Ihr Konto schließen, löschen wir Ihre Daten innerhalb von dreißig Tagen.",
            "Sicherungskopien werden weitere neunzig Tage aufbewahrt und dann überschrieben."],
           ("Auftraggeber", "Auftragsverarbeiter"), ("Name", "Funktion", "Datum")),
    "fr": ("Politique de confidentialité",
           ["Nous conservons les données personnelles que vous nous confiez uniquement le"
            " temps nécessaire au service.",
            "Nous ne les vendons jamais à personne, et vous pouvez en demander une copie à"
            " tout moment.",
            "Chaque société qui travaille pour nous est liée par un contrat écrit qui assure"
            " la même protection des données."],
           ["Vous pouvez vous opposer au traitement de vos données à des fins de prospection.",
            "Lorsque vous fermez votre compte, nous supprimons vos données dans les trente jours.",
            "Les sauvegardes sont conservées quatre-vingt-dix jours de plus puis écrasées."],
           ("Client", "Sous-traitant"), ("Nom", "Fonction", "Date")),
    "nb": ("Personvernerklæring",
           ["Vi lagrer personopplysningene du gir oss bare så lenge tjenesten trenger dem.",
            "Vi selger dem aldri til noen, og du kan når som helst be om en kopi av dem.",
            "Hvert selskap som arbeider for oss er bundet av en skriftlig avtale med det samme"
            " vernet av personopplysninger som vårt."],
           ["Du kan protestere mot behandlingen av opplysningene dine til direkte markedsføring.",
            "Når du avslutter kontoen din, sletter vi opplysningene dine innen tretti dager.",
            "Sikkerhetskopier oppbevares i ytterligere nitti dager og blir så overskrevet."],
           ("Kunde", "Databehandler"), ("Navn", "Stilling", "Dato")),
}  # fmt: skip
DATES = {"en": "12 May 2025", "de": "12. Mai 2025", "fr": "12 mai 2025", "nb": "12. mai 2025"}


def _start(title: str) -> FPDF:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.ln(4)
    return pdf


def _two_columns(lang: str, gutter: float, by_line: bool) -> tuple[bytes, str, str]:
    """Two columns of prose, the left's sentences twice, the right's twice; written column
    after column, or ``by_line``: a line of the left column, then the right's beside it."""
    title, left, right, _, _ = LANGUAGES[lang]
    pdf = _start(title)
    width, top = (pdf.epw - gutter) / 2, pdf.get_y()
    left_text, right_text = " ".join(left * 2), " ".join(right * 2)
    places = word_places(pdf, left_text, pdf.l_margin, width, top)
    places += word_places(pdf, right_text, pdf.l_margin + width + gutter, width, top)
    place_words(pdf, sorted(places, key=lambda p: p[1]) if by_line else places)
    return bytes(pdf.output()), left_text, right_text


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# (gutter mm, written line by line): a 5 mm gutter only in column order, as pypdf gives
# no word's end here and the guessed ends join some lines' two columns (pypdf's own text
# reads such a page line by line too).
LAYOUTS = [(5.0, False), (10.0, False), (10.0, True)]


@pytest.mark.parametrize(("gutter", "by_line"), LAYOUTS, ids=["5mm", "10mm", "10mm line order"])
@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_two_columns_of_prose_read_column_after_column(
    lang: str, gutter: float, by_line: bool
) -> None:
    body, left_text, right_text = _two_columns(lang, gutter, by_line)
    text = extract(body, "application/pdf").text
    assert " | " not in text, text
    flat = _flat(text)
    # Every sentence whole (each is cut across lines in its column), the left column first.
    assert left_text in flat and right_text in flat, text
    assert flat.index(left_text) < flat.index(right_text)


def _signature_dpa(lang: str, signatory: str) -> bytes:
    title, left, right, (customer, processor), (name, role, date) = LANGUAGES[lang]
    pdf = _start(title)
    for sentence in left + right:
        pdf.multi_cell(0, 5, sentence, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    signed = f"{date}: {DATES[lang]}"
    block = [(customer, processor), (f"{name}: {signatory}", f"{name}: Mary Major"),
             (f"{role}: CEO", f"{role}: CTO"), (signed, signed)]  # fmt: skip
    for one, other in block:
        y = pdf.get_y()
        pdf.cell(85, 6, one)
        pdf.set_xy(pdf.l_margin + 95, y)
        pdf.cell(0, 6, other, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_a_signature_block_is_no_table_and_no_stated_date(lang: str) -> None:
    old = extract(_signature_dpa(lang, "John Roe"), "application/pdf")
    assert " | " not in old.text and "Mary Major" in old.text, old.text
    assert old.stated_date is None, old.stated_date  # the day it was signed is no version date
    new = extract(_signature_dpa(lang, "Richard Miles"), "application/pdf")
    assert not diff_documents(old, new, doc_type="dpa").entries


TERMS = [("Personal data", "any information relating to an identified or identifiable natural"
          " person, directly or indirectly"),
         ("Controller", "the company that alone or jointly with others decides why and how"
          " personal data is processed"),
         ("Processor", "a company that processes personal data on behalf of the controller"
          " and only on its documented instructions"),
         ("Sub-processor", "a processor engaged by the processor to carry out specific"
          " processing activities for the controller")]  # fmt: skip


def test_terms_beside_their_wrapped_meaning_stay_rows() -> None:
    """The twin of two columns of prose: short first cells, long wrapped second ones."""
    pdf = _start("Definitions")
    with pdf.table(col_widths=(40, 90), width=130, line_height=5, v_align="TOP") as table:
        for term, meaning in [("Term", "Meaning"), *TERMS]:
            row = table.row()
            row.cell(term)
            row.cell(meaning)
    text = extract(bytes(pdf.output()), "application/pdf").text
    rows = [line for line in text.splitlines() if " | " in line]
    assert rows == ["Term | Meaning", *(f"{t} | {m}" for t, m in TERMS)], text
