"""What a company's name looks like in a list of parties, and where an item splits.

    >>> bare_name("Amazon Web Services, Inc."), bare_name("Last Updated March 2024")
    (True, False)
    >>> split_item("Stripe, Inc.: Payments (Ireland)")
    ('Stripe, Inc.', 'Payments (Ireland)')
    >>> split_item("Stripe, Inc. (Europe): Payments (Ireland)")
    ('Stripe, Inc.', 'Payments (Ireland) (Europe)')

Read by :mod:`.entries`: a name on a line of its own, a name opening a bullet item
or a paragraph, a name with a legal form (``core/lexicon/legal_forms.py``).
"""

from __future__ import annotations

import re

from policywatch.core.lexicon import date_cues, function_words, languages_of, legal_forms
from policywatch.core.lexicon.determiners import is_determiner
from policywatch.diffing.text import plain

# A line is an entry when its name is at most this long.
MAX_NAME_WORDS = 7
# A name with its link markup ("[Amazon Web Services, Inc.](https://...)") fits in this.
MAX_NAME_CHARS = 200
# Paragraph entries (flattened definition lists) are short.
MAX_PARAGRAPH_WORDS = 80

# "Name: does this", "Name – does this", "Name (does this)", "Name, Inc. — does this".
ITEM_SPLIT = re.compile(r"\s*(?::\s|\s[-–—]\s|\()")
# The rest of "Name (note): does this" after its "(": the note, then what the party does.
NOTE_THEN_SPLIT = re.compile(r"([^()]{1,60})\)\s*(?::\s|[-–—]\s)(.+)$")
# "Acme Ltd Payments", "Acme Ltd: Payments", "Acme GmbH – Hosting": the separator after
# the legal form is neither the name's nor the purpose's.
COMPANY_END = re.compile(
    rf"^(.{{2,80}}?(?:,?\s(?:{legal_forms.NAME_END})\b\.?))(?:\s*:|\s+[-–—])?\s+(\S.*)$"
)
# The comma of "Stripe, Inc." belongs to the name: it does not make a CSV line of it.
FORM_COMMA = re.compile(rf",(?=\s*(?:{legal_forms.NAME_END})\b\.?\s*(?:[,(–—:-]|$))")
NAME_WITH_FORM = legal_forms.NAME_WITH_FORM
# Words a sentence starts with, never a company's first word: a few openers of notes
# in lists (any language), and the page language's rows (:func:`opens_sentence`).
# fmt: off
FUNCTION_WORDS = frozenset((
    "the", "this", "these", "that", "we", "our", "you", "your", "if", "in", "on", "for",
    "to", "of", "and", "or", "by", "with", "as", "at", "when", "where", "a", "an", "all",
    "any", "each", "please", "note", "see", "le", "la", "les", "des", "un", "une", "nous",
    "vous", "ce", "cette", "der", "die", "das", "wir", "sie", "ein", "eine", "den", "dem",
    "vi", "du", "det", "de", "en", "et",
))
# fmt: on


def opens_sentence(word: str, language: str | None = None) -> bool:
    """Whether ``word`` starts sentences, not names: a note opener, or one of the most
    frequent function words (core/lexicon/function_words.py: German nouns are
    capitalised, so "Alle Unterauftragsverarbeiter sind ..." starts like a name) or
    determiners (core/lexicon/determiners.py: "Sämtliche", "Chaque") of the page's
    language and English only; every row when the language is unknown. Another
    language's determiner is a name there ("Dine Brands" on an English page).

    >>> opens_sentence("Alle", "de"), opens_sentence("Dine", "en"), opens_sentence("Dine", "nb")
    (True, False, True)
    """
    folded = word.casefold()
    if folded in FUNCTION_WORDS:
        return True
    languages = languages_of(language, unknown=tuple(function_words.FUNCTION_WORDS))
    return any(
        folded in function_words.FUNCTION_WORDS.get(lang, ()) or is_determiner(word, lang)
        for lang in languages
    )


def party_paragraph(line: str) -> bool:
    """'Stripe, Inc.' or 'Stripe, Inc. (Ireland)': a company's name and a short note."""
    if len(line) > 2 * MAX_NAME_CHARS or line.count(" ") > 3 * MAX_NAME_WORDS:
        return False
    text = plain(line)
    m = COMPANY_END.match(text)
    return bool(NAME_WITH_FORM.match(text) or (m and len(m.group(2).split()) <= MAX_NAME_WORDS))


def split_item(text: str) -> tuple[str, str] | None:
    """A bullet item: its name before ':' / ' - ' / '(', the rest after (a bare name is fine)."""
    m = ITEM_SPLIT.search(text)
    if m is None:
        return (text.strip(), "") if len(text.split()) <= MAX_NAME_WORDS // 2 + 1 else None
    name, rest = text[: m.start()].strip(), text[m.end() :].strip()
    if m.group(0).strip() == "(":
        note = NOTE_THEN_SPLIT.match(rest)
        if note:
            # "Stripe, Inc. (Europe): Payments (Ireland)": the bracket says where the
            # party is, what follows the ':' what it does; the note goes with the rest
            # (as a closing note, where a place is read as the location).
            return name, f"{note.group(2).strip()} ({note.group(1).strip()})"
        if rest.endswith(")"):
            rest = rest[:-1].strip()
    return name, rest


def split_paragraph(text: str) -> tuple[str, str] | None:
    """'Stripe Inc. Payment provider.' or 'New Relic Application performance analytics.'

    >>> split_paragraph("Acme Group Ltd: Group services"), split_paragraph("Acme GmbH – Hosting")
    (('Acme Group Ltd', 'Group services'), ('Acme GmbH', 'Hosting'))
    """
    if len(text.split()) > MAX_PARAGRAPH_WORDS or date_cues.cue_regex().search(text):
        # "Last Updated March 2024" is the list's date line, not an entry "Last Updated".
        return None
    if bare_name(text):
        return text.strip(), ""
    m = COMPANY_END.match(text)
    if m:
        return m.group(1).strip(" ,"), m.group(2).strip()
    words = text.split()
    caps = 0
    while caps < len(words) and words[caps][:1].isupper():
        caps += 1
    if caps == 0 or caps >= len(words):
        return None
    if caps == 1:
        # "Sentry Error analytics" has two; one capitalised word then prose is a sentence.
        return None
    # The last capitalised word before the prose opens the description.
    return " ".join(words[: caps - 1]), " ".join(words[caps - 1 :])


def bare_name(text: str) -> bool:
    """A paragraph that is only a name: 'Google LLC', 'Amazon Web Services, Inc.' (ends
    with a legal form) or 'Cloudflare', 'New Relic' (a few capitalised words, no number:
    'Last Updated March 2024' is a date line, not a name)."""
    text = text.strip()
    if NAME_WITH_FORM.match(text):
        return True
    words = text.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS // 2 + 1
        and not any(c in text for c in ".:;?!")
        and all(w[:1].isupper() for w in words)
        and not any(c.isdigit() for c in text)
    )


def name_like(name: str, language: str | None = None) -> bool:
    """Whether a list item's name cell names a company: capitalised, short, not opened
    by a word that opens sentences in the page's ``language``; a name that ends in a
    legal form always does ("Vår Energi ASA", "Many Ltd").

    >>> name_like("Vår Energi ASA", "nb"), name_like("Alle Anbieter", "de")
    (True, False)
    """
    text = plain(name)
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    if NAME_WITH_FORM.match(text.strip()):
        return True
    first = words[0]
    if opens_sentence(first, language):
        return False
    return first[:1].isupper() or first[:1].isdigit() or any(c.isupper() for c in first[1:])
