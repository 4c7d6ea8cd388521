"""What each language calls a privacy policy, terms, a DPA, a sub-processor list and a
cookie policy, and the words such documents use: the cue tables of :mod:`.doctype`,
kept as data in ``doctype_cues.json`` and loaded here.

    >>> "datenschutz*" in CUES["de"].privacy_policy
    True
    >>> len(CUES["nb"].legal_text) > 0
    True

One table per language of :data:`policywatch.core.lexicon.LANGUAGES`, each with
the same fields, written the same way (``tests/discover/test_doctype_languages.py``
checks that every language has every field and a test case):

- ``privacy_policy``, ``terms``, ``dpa``, ``subprocessors``, ``cookie_policy``:
  what a document of that type is *called* (link text, page title, URL words);
- ``document``: generic words for "a document" (policy, notice, statement);
- ``hub``: pages that list legal documents (legal, trust center, compliance);
- ``decoy``: pages that share those words but are not documents (settings, blog,
  sign in, pricing, brochure);
- ``*_text``: the words a document of each type uses over and over in its body;
- ``legal_text``: the words of the legal register whatever the type (shall,
  pursuant to, hereinafter, in accordance with, the parties): how much a
  text reads as a legal document at all (:func:`.doctype_body.legal_register`).

Cues are phrases of the lexicon's one syntax (:mod:`policywatch.core.lexicon.phrases`),
matched with words joined by spaces, hyphens or nothing (``sub* processor*``
finds "Sub-processors" and "subprocessors"):

- ``word*`` is a word start that may go on (``datenschutz*`` finds
  "Datenschutzerklärung", ``prywatno*`` "prywatności"): inflected languages
  are written as stems; a bare word is that whole word only (``dpa``, ``agb``);
- ``*word*`` may also be the tail of a compound (``*einstellung*`` finds
  "Datenschutzeinstellungen");
- case and accents do not count; ä/ö/ü/æ/ø/å/ß also match their ASCII
  spellings (ae, oe, ...) as URLs write them.

The English table always applies as well: English words are common on
pages in every language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

from policywatch.core.lexicon import LANGUAGES

DATA = Path(__file__).with_name("doctype_cues.json")


@dataclass(frozen=True)
class Cues:
    """One language's cues; every field is a tuple of cue phrases (see the module doc)."""

    privacy_policy: tuple[str, ...]
    terms: tuple[str, ...]
    dpa: tuple[str, ...]
    subprocessors: tuple[str, ...]
    cookie_policy: tuple[str, ...]
    document: tuple[str, ...]
    hub: tuple[str, ...]
    decoy: tuple[str, ...]
    privacy_policy_text: tuple[str, ...]
    terms_text: tuple[str, ...]
    dpa_text: tuple[str, ...]
    subprocessors_text: tuple[str, ...]
    cookie_policy_text: tuple[str, ...]
    legal_text: tuple[str, ...]


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Cues))


def load(path: Path = DATA) -> dict[str, Cues]:
    """The tables of ``path``: every language, every field (a missing one is an error)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if sorted(raw) != sorted(LANGUAGES):
        raise ValueError(f"{path}: one table per language of {', '.join(LANGUAGES)}")
    return {
        language: Cues(**{name: tuple(table[name]) for name in FIELDS})
        for language, table in raw.items()
    }


CUES: dict[str, Cues] = load()
