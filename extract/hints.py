"""The dates a page's markup gives it: weak evidence for :mod:`.dates`, never a date alone.

    >>> import lxml.html
    >>> date_hints(lxml.html.fromstring('<p><time datetime="2024-03-05">5 March</time></p>'))
    ['2024-03-05']

Meta tags (``article:modified_time``, ``dateModified``...), ``<time
datetime>``, JSON-LD and Markdown front matter (``date:``,
``last_modified_at:``, ``updated:``) often disagree with the date the text states (a CMS
stamps every save), so they only add weight to a date the text states too.
"""

from __future__ import annotations

import re

from lxml import etree

# Where markup states a page's dates: meta tags, <time datetime>, JSON-LD.
_HINT_XPATH = etree.XPath(
    "//meta[@property='article:modified_time' or @property='og:updated_time'"
    " or @itemprop='dateModified' or @name='last-modified' or @name='dcterms.modified'"
    " or @property='article:published_time' or @itemprop='datePublished']/@content"
    " | //time/@datetime"
    " | //script[@type='application/ld+json']/text()"
)
_ISO_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d-[01]\d-[0-3]\d)")


def date_hints(root: etree._Element) -> list[str]:
    """ISO dates that the page's markup gives (weak evidence, see :mod:`.dates`)."""
    found: list[str] = []
    for value in _HINT_XPATH(root):
        found += _ISO_DAY.findall(str(value)[:20_000])
    return found[:50]


def text_hints(metadata: str) -> list[str]:
    """ISO dates in a block of metadata such as Markdown front matter (weak evidence).

    >>> text_hints("title: Privacy\\nlast_modified_at: 2024-03-01T10:00:00Z")
    ['2024-03-01']
    """
    return _ISO_DAY.findall(metadata[:20_000])[:50]
