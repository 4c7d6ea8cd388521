"""The privacy laws a policy names, each pattern with its canonical name.

    >>> [name for pattern, name in PRIVACY_LAWS if re.search(pattern, "under the DSGVO", re.I)]
    ['GDPR']
    >>> law_regex().search("Seit dem Inkrafttreten der DSGVO am 25. Mai 2018").group()
    'DSGVO'

One ``(pattern, name)`` row per law, its patterns in English, Norwegian
bokmål, French and German where the name is not the same in every language,
matched case-blind. The facts report the name
(:mod:`policywatch.diffing.facts_names`); extraction tells a law's date from
the document's ("Since the GDPR came into force on 25 May 2018",
:mod:`policywatch.extract.dates`).
"""

from __future__ import annotations

import re
from functools import cache

PRIVACY_LAWS: list[tuple[str, str]] = [
    (r"\bUK GDPR\b", "UK GDPR"),
    (
        r"\bGDPR\b|General Data Protection Regulation|personvernforordningen|\bRGPD\b|\bDSGVO\b",
        "GDPR",
    ),
    (r"\bCCPA\b|California Consumer Privacy Act", "CCPA"),
    (r"\bCPRA\b|California Privacy Rights Act", "CPRA"),
    (r"\bLGPD\b", "LGPD"),
    (r"\bPIPEDA\b", "PIPEDA"),
    (r"personopplysningsloven", "Norwegian Personal Data Act"),
    (r"Data Protection Directive|EU-direktivet om databeskyttelse|95/46", "EU Directive 95/46/EC"),
    (
        r"Federal Act on Data Protection|\bFADP\b|\bnLPD\b|"
        r"sveitsiske føderale lov\w* om databeskyttelse",
        "Swiss FADP",
    ),
    (r"\bCOPPA\b|Children's Online Privacy Protection", "COPPA"),
    (r"\bHIPAA\b", "HIPAA"),
]


@cache
def law_regex() -> re.Pattern[str]:
    """Any law of :data:`PRIVACY_LAWS`, case-blind."""
    return re.compile("|".join(f"(?:{pattern})" for pattern, _ in PRIVACY_LAWS), re.I)
