"""What generated vendor sites say, per language: link wordings, page titles, URL
slugs, document text and decoys. Used by ``benchmarks/discover.py`` only::

    >>> from benchmarks.discover_wording import BODIES, NAMES
    >>> sorted(NAMES) == sorted(BODIES)
    True

Written apart from the classifier's cue tables (extract/doctype_cues.py) and on
purpose wider than them: link wordings such as "How we use your data",
"Service providers we use" or "Rechtliches & Datenschutz", opaque URLs
(/p/4821), titles with a brand and a qualifier, and decoys that use the
documents' words (a blog post about privacy, a privacy settings sign-in page,
a product brochure, a "privacy & security" feature page, a "do not sell"
form). Sentences are plain text in the style of real documents.

One module per job: ``names`` (what documents and hubs are called and
where they live), ``bodies`` (what documents say), ``distractors`` (decoys,
traps and ordinary pages).
"""

from __future__ import annotations

from benchmarks.discover_wording.bodies import BODIES
from benchmarks.discover_wording.distractors import DECOYS, ORDINARY, TRAPS
from benchmarks.discover_wording.names import HUBS, NAMES, Names

__all__ = ["BODIES", "DECOYS", "HUBS", "NAMES", "ORDINARY", "TRAPS", "Names"]
