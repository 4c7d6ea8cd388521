"""Is this pair really two versions of the same document?

A truncated download, an error page, a capture of another page or another
language would otherwise read as a mass deletion or a rewrite, and alert
people about nothing. Each check returns a reason a person can act on.

    >>> from policywatch.core.model import ExtractedDocument
    >>> old = ExtractedDocument(text="We keep your data for thirty days. " * 40)
    >>> suspect_reason(old, ExtractedDocument(text="Service unavailable"))
    'NEW is a near-empty shell (2 words, OLD has 280)'
"""

from __future__ import annotations

from functools import cache

from policywatch.core.model import ExtractedDocument
from policywatch.diffing.text import containment, plain, shingles, similarity

# Fewer words than this, against an OLD of more than NEAR_EMPTY * 4, is a shell.
NEAR_EMPTY = 40
# NEW keeping less than this share of OLD's words, mostly copied from OLD, is truncated.
TRUNCATED_SHARE = 0.5
# Below this 3-word-shingle overlap the two sides are different pages.
DIFFERENT_PAGE = 0.25
LANG_SAMPLE = 6000
LANG_MIN_WORDS = 60


def suspect_reason(old: ExtractedDocument, new: ExtractedDocument) -> str | None:
    """Why the pair cannot be compared as a change, or None when it can."""
    for side, doc in (("OLD", old), ("NEW", new)):
        if doc.suspect:
            return f"{side} was flagged by extraction: {doc.suspect}"
    wo, wn = len(plain(old.text).split()), len(plain(new.text).split())
    for side, mine, other in (("OLD", wo, wn), ("NEW", wn, wo)):
        if mine < NEAR_EMPTY and other > NEAR_EMPTY * 4:
            other_side = "NEW" if side == "OLD" else "OLD"
            return f"{side} is a near-empty shell ({mine} words, {other_side} has {other})"
    lo, ln = language(old), language(new)
    if lo and ln and lo != ln:
        return f"the language changed from {lo} to {ln}: a different page, not a new version"
    so, sn = shingles(old.text), shingles(new.text)
    if wn < wo * TRUNCATED_SHARE and containment(sn, so) > 0.8:
        return f"NEW lost most of OLD's text ({wn} of {wo} words): truncated or partial capture"
    if similarity(so, sn) < DIFFERENT_PAGE and max(containment(so, sn), containment(sn, so)) < 0.5:
        return (
            f"the two texts share only {similarity(so, sn):.0%} of their phrases:"
            " a different page or page variant, not a new version"
        )
    return None


def language(doc: ExtractedDocument) -> str | None:
    """The document's language: extraction's answer, else detected from the text."""
    text = plain(doc.text)
    if len(text.split()) < LANG_MIN_WORDS:
        return _base(doc.language) if doc.language else None
    return _detect(text[:LANG_SAMPLE]) or _base(doc.language)


def _base(code: str | None) -> str | None:
    if not code:
        return None
    code = code.split("-")[0].lower()
    # Norwegian comes as no, nb or nn depending on the detector.
    return "no" if code in {"nb", "nn", "no"} else code


@cache
def _detect(sample: str) -> str | None:
    import py3langid

    lang, _score = py3langid.classify(sample)
    return _base(str(lang))
