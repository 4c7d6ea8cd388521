"""The document's language as an ISO 639-1 code.

>>> detect_language("Vi behandler personopplysninger om deg når du bruker tjenesten.")
'nb'
"""

from __future__ import annotations

import re

# py3langid says "no" for Norwegian; the corpus and the UI use "nb" (bokmål)
# and "nn" (nynorsk), which we tell apart by a few frequent nynorsk words.
_NYNORSK = re.compile(r"\b(?:ikkje|eg|korleis|kva|dykk|frå|berre|vere|nokre|desse)\b", re.I)
_SAMPLE = 6000


def detect_language(text: str, hint: str | None = None) -> str | None:
    """Language of ``text`` (a sample of it), falling back to the page's ``lang`` hint."""
    sample = text[:_SAMPLE]
    if len(sample.split()) < 5:
        return _from_hint(hint)
    import py3langid

    code, _ = py3langid.classify(sample)
    if code in ("no", "nb", "nn"):
        return "nn" if len(_NYNORSK.findall(sample)) >= 3 else "nb"
    return str(code)


def _from_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    code = hint.split("-")[0].split("_")[0].lower()
    return {"no": "nb"}.get(code, code) if re.fullmatch(r"[a-z]{2}", code) else None
