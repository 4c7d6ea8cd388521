"""Advertising and tracking cues that carry no word for data, in every language.

:data:`AD_CUES` ``[category][language]`` holds, for en, nb, de, fr, es, it,
nl, sv, da, pl and pt, the words of advertising that a sentence may use
without naming any data: targeted / personalised / interest-based ads,
retargeting, ad networks, pixels and SDKs (``tracking_ads``, the taxonomy's
cookies, tracking and advertising), and ads shown on other sites and apps,
cross-context behavioural advertising, which the CCPA calls "sharing"
(``sale_sharing``). Each entry is a regular expression matched at a word
start on a comparison key (lower case, no punctuation).
:mod:`policywatch.diffing.data_kinds` reads it.

    >>> sorted(AD_CUES["sale_sharing"]) == sorted(AD_CUES["tracking_ads"])
    True
"""

from __future__ import annotations

# fmt: off
# Advertising and tracking cues that carry no word for data.
AD_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "tracking_ads": {
        "en": (r"(?:targeted|personali[sz]ed|interest.?based|behaviou?ral|tailored) "
               r"(?:ads|advert|advertising|marketing)", r"re.?targeting", r"remarketing",
               r"ad(?:vertising)? networks?", r"ad exchanges?", r"(?:tracking|conversion) pixels?",
               r"pixels?\b", r"web beacons?", r"sdks?\b", r"software development kits?"),
        "nb": (r"(?:målrettet|tilpasset|personlig|interessebasert)e? "
               r"(?:annonse|reklame|markedsføring)",
               r"retargeting", r"remarketing", r"annonsenettverk", r"sporingspiksler?",
               r"piksler?\b", r"sdk"),
        "de": (r"(?:personalisiert|interessenbasiert|zielgerichtet|maßgeschneidert"
               r"|nutzungsbasiert)\w* "
               r"(?:werbung|anzeigen|werbeanzeigen)", r"retargeting", r"remarketing",
               r"werbenetzwerk", r"zählpixel", r"tracking.?pixel", r"pixel", r"sdk"),
        "fr": (r"publicités? (?:ciblées?|personnalisées?|comportementales?|basées? sur (?:vos|les) "
               r"centres? d.?intérêt)", r"ciblage publicitaire", r"reciblage", r"retargeting",
               r"remarketing", r"régies? publicitaires?", r"réseaux? publicitaires?", r"pixels?\b",
               r"balises? web", r"sdk"),
        "es": (r"publicidad (?:personalizada|dirigida|segmentada|comportamental|basada en (?:sus )?"
               r"intereses)", r"anuncios (?:personalizados|dirigidos)", r"retargeting",
               r"remarketing", r"redes? publicitarias?", r"píxel", r"balizas web", r"sdk"),
        "it": (r"pubblicità (?:personalizzata|mirata|comportamentale|basata sugli interessi)",
               r"annunci (?:personalizzati|mirati)", r"retargeting", r"remarketing",
               r"ret[ei] pubblicitari[ae]", r"pixel", r"web beacon", r"sdk"),
        "nl": (r"(?:gepersonaliseerde|gerichte|op interesses gebaseerde) (?:advertenties|reclame)",
               r"retargeting", r"remarketing", r"advertentienetwerk", r"pixels?\b",
               r"web ?beacons?", r"sdk"),
        "sv": (r"(?:riktad|anpassad|personanpassad|intressebaserad)e? "
               r"(?:annonser|reklam|marknadsföring)",
               r"retargeting", r"remarketing", r"annonsnätverk", r"pixlar", r"pixel", r"sdk"),
        "da": (r"(?:målrettede|personaliserede|tilpassede|interessebaserede) "
               r"(?:annoncer|reklamer|markedsføring)", r"retargeting", r"remarketing",
               r"annoncenetværk", r"pixel", r"sdk"),
        "pl": (r"reklam\w* (?:spersonalizowan|ukierunkowan|behawioraln|dopasowan)",
               r"spersonalizowan\w* reklam", r"retargeting", r"remarketing",
               r"sie(?:ć|ci) reklamow", r"piksel", r"sdk"),
        "pt": (r"publicidade (?:personalizada|direcionada|dirigida|segmentada|comportamental)",
               r"anúncios (?:personalizados|direcionados)", r"retargeting", r"remarketing",
               r"redes? (?:de publicidade|publicitárias?)", r"píxe", r"sdk"),
    },
    "sale_sharing": {
        "en": (r"cross.?context (?:behaviou?ral )?advertising",
               r"(?:ads|advertis\w*) (?:on|across) (?:other|third.?party|non.?affiliated) "
               r"(?:\w+ )?(?:sites|websites|apps|services|platforms)",
               r"cross.?(?:site|device) (?:tracking|advertising|ads)"),
        "nb": (r"(?:annonser|reklame) på andre (?:nettsteder|tjenester|apper|plattformer)",
               r"på tvers av (?:nettsteder|tjenester|apper)"),
        "de": (r"(?:werbung|anzeigen) (?:auf|in) (?:anderen|fremden|dritt)\w* "
               r"(?:websites|webseiten|seiten|apps|diensten|plattformen)",
               r"(?:website|seiten|geräte|kontext)übergreifend"),
        "fr": (r"publicit\w* (?:sur|dans) d.?autres (?:sites|applications|services|plateformes)",
               r"(?:suivi|publicité) (?:inter|multi).?(?:sites|appareils|contextes)"),
        "es": (r"(?:publicidad|anuncios) en otr[oa]s (?:sitios|servicios|aplicaciones|plataformas)",
               r"publicidad (?:conductual )?(?:en|de) contexto cruzado"),
        "it": (r"(?:pubblicità|annunci) su altri (?:siti|servizi|app|piattaforme)",
               r"pubblicità (?:comportamentale )?(?:cross.?context|tra contesti)"),
        "nl": (r"(?:advertenties|reclame) op andere (?:websites|sites|diensten|apps|platforms)",
               r"sitesoverschrijdend"),
        "sv": (r"(?:annonser|reklam) på andra (?:webbplatser|sajter|tjänster|appar|plattformar)",
               r"över flera webbplatser"),
        "da": (r"(?:annoncer|reklamer) på andre (?:websteder|hjemmesider|tjenester|apps|platforme)",
               r"på tværs af (?:websteder|hjemmesider|tjenester|apps)"),
        "pl": (r"reklam\w* (?:na|w) inn\w* "
               r"(?:stronach|witrynach|serwisach|aplikacjach|platformach)",),
        "pt": (r"(?:publicidade|anúncios) (?:em outr[oa]s|noutr[oa]s) "
               r"(?:sites|websites|serviços|aplicações|aplicativos|plataformas)",
               r"publicidade comportamental (?:em |de )?contexto cruzado"),
    },
}
# fmt: on
